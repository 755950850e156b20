from django.urls import path

from .views import accountability, across, changes, impact

app_name = "committee"

urlpatterns = [
    path("committee/", across.across, name="across"),
    path("countries/<str:iso3>/changes/", changes.changes, name="changes"),
    path("accountability/", accountability.accountability, name="accountability"),
    path(
        "countries/<str:iso3>/accountability/",
        accountability.accountability_state,
        name="accountability_state",
    ),
    path("ia-impact/", impact.impact, name="impact"),
    path("countries/<str:iso3>/ia-impact/", impact.impact_state, name="impact_state"),
]
