from django.urls import path

from .views import dashboards, interest, needs, partners, partnerships, platforms

app_name = "partnerships"


urlpatterns = [
    path("needs/", needs.need_list, name="needs"),
    path("needs/<int:pk>/", needs.need_detail, name="need_detail"),
    path("needs/<int:pk>/interest/", interest.interest_create, name="interest_create"),
    path("partnerships/", partnerships.partnership_list, name="index"),
    path("partnerships/new/", partnerships.partnership_create, name="create"),
    path("partnerships/partners/", partners.partner_list, name="partners"),
    path("partnerships/partners/new/", partners.partner_create, name="partner_create"),
    path("partnerships/charts/", dashboards.charts, name="charts"),
    path("partnerships/dashboard/", dashboards.dashboard, name="dashboard"),
    path("partnerships/interest/<int:pk>/", interest.interest_detail, name="interest"),
    path("partnerships/<int:pk>/", partnerships.partnership_detail, name="detail"),
    path("partnerships/<int:pk>/edit/", partnerships.partnership_edit, name="edit"),
    path(
        "partnerships/<int:pk>/objectives/<int:item_pk>/met/",
        partnerships.objective_met,
        name="objective_met",
    ),
    path(
        "partnerships/<int:pk>/<str:kind>/add/",
        partnerships.partnership_item_add,
        name="item_add",
    ),
    path(
        "partnerships/<int:pk>/<str:kind>/<int:item_pk>/remove/",
        partnerships.partnership_item_remove,
        name="item_remove",
    ),
    # More specific than country_pages' countries/<iso3>/, so both resolve.
    path("countries/<str:iso3>/platform/", platforms.platform_detail, name="platform"),
    path(
        "countries/<str:iso3>/platform/edit/",
        platforms.platform_edit,
        name="platform_edit",
    ),
    path(
        "countries/<str:iso3>/platform/members/",
        platforms.platform_member_add,
        name="platform_member_add",
    ),
    path(
        "countries/<str:iso3>/platform/members/<int:pk>/remove/",
        platforms.platform_member_remove,
        name="platform_member_remove",
    ),
]
