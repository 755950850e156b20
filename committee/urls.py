from django.urls import path

from .views import accountability, across, changes, dossier, exchange, impact

app_name = "committee"

urlpatterns = [
    path("committee/", across.across, name="across"),
    path("countries/<iso3:iso3>/changes/", changes.changes, name="changes"),
    path("accountability/", accountability.accountability, name="accountability"),
    path(
        "countries/<iso3:iso3>/accountability/",
        accountability.accountability_state,
        name="accountability_state",
    ),
    path("ia-impact/", impact.impact, name="impact"),
    path("countries/<iso3:iso3>/ia-impact/", impact.impact_state, name="impact_state"),
    path("exchange/", exchange.exchange, name="exchange"),
    path("exchange/new/", exchange.listing_create, name="listing_create"),
    path(
        "exchange/matches/<id:pk>/record/",
        exchange.exchange_record,
        name="exchange_record",
    ),
    path("countries/<iso3:iso3>/dossier/", dossier.dossier, name="dossier"),
    path(
        "countries/<iso3:iso3>/dossier/request/",
        dossier.dossier_request,
        name="dossier_request",
    ),
    path(
        "countries/<iso3:iso3>/dossier/<id:number>.pdf",
        dossier.dossier_download,
        name="dossier_download",
    ),
]
