from django.urls import path

from .views import dashboards, interest, needs, partners, partnerships, platforms

app_name = "partnerships"


urlpatterns = [
    path("needs/", needs.need_list, name="needs"),
    path("needs/<id:pk>/interest/", interest.interest_create, name="interest_create"),
    path("partnerships/", partnerships.partnership_list, name="index"),
    path("partnerships/new/", partnerships.partnership_create, name="create"),
    path("partnerships/partners/", partners.partner_list, name="partners"),
    path("partnerships/partners/new/", partners.partner_create, name="partner_create"),
    path("partnerships/charts/", dashboards.charts, name="charts"),
    path("partnerships/dashboard/", dashboards.dashboard, name="dashboard"),
    path("partnerships/interest/<id:pk>/", interest.interest_detail, name="interest"),
    path("partnerships/<id:pk>/", partnerships.partnership_detail, name="detail"),
    path("partnerships/<id:pk>/edit/", partnerships.partnership_edit, name="edit"),
    path(
        "partnerships/<id:pk>/objectives/<id:item_pk>/met/",
        partnerships.objective_met,
        name="objective_met",
    ),
    path(
        "partnerships/<id:pk>/<slug:kind>/add/",
        partnerships.partnership_item_add,
        name="item_add",
    ),
    path(
        "partnerships/<id:pk>/<slug:kind>/<id:item_pk>/remove/",
        partnerships.partnership_item_remove,
        name="item_remove",
    ),
    # More specific than country_pages' countries/<iso3>/, so both resolve.
    path("countries/<iso3:iso3>/platform/", platforms.platform_detail, name="platform"),
    path(
        "countries/<iso3:iso3>/platform/edit/",
        platforms.platform_edit,
        name="platform_edit",
    ),
    path(
        "countries/<iso3:iso3>/platform/members/",
        platforms.platform_member_add,
        name="platform_member_add",
    ),
    path(
        "countries/<iso3:iso3>/platform/members/<id:pk>/remove/",
        platforms.platform_member_remove,
        name="platform_member_remove",
    ),
]
