from django.urls import path

from . import views

app_name = "partnerships"


urlpatterns = [
    path("needs/", views.need_list, name="needs"),
    path("needs/<int:pk>/interest/", views.interest_create, name="interest_create"),
    path("partnerships/", views.partnership_list, name="index"),
    path("partnerships/new/", views.partnership_create, name="create"),
    path("partnerships/partners/", views.partner_list, name="partners"),
    path("partnerships/partners/new/", views.partner_create, name="partner_create"),
    path("partnerships/charts/", views.charts, name="charts"),
    path("partnerships/dashboard/", views.dashboard, name="dashboard"),
    path("partnerships/interest/<int:pk>/", views.interest_detail, name="interest"),
    path("partnerships/<int:pk>/", views.partnership_detail, name="detail"),
    path("partnerships/<int:pk>/edit/", views.partnership_edit, name="edit"),
    path(
        "partnerships/<int:pk>/<str:kind>/add/",
        views.partnership_item_add,
        name="item_add",
    ),
    path(
        "partnerships/<int:pk>/<str:kind>/<int:item_pk>/remove/",
        views.partnership_item_remove,
        name="item_remove",
    ),
    # More specific than country_pages' countries/<iso3>/, so both resolve.
    path("countries/<str:iso3>/platform/", views.platform_detail, name="platform"),
    path(
        "countries/<str:iso3>/platform/edit/",
        views.platform_edit,
        name="platform_edit",
    ),
    path(
        "countries/<str:iso3>/platform/members/",
        views.platform_member_add,
        name="platform_member_add",
    ),
    path(
        "countries/<str:iso3>/platform/members/<int:pk>/remove/",
        views.platform_member_remove,
        name="platform_member_remove",
    ),
]
