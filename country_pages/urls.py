from django.urls import path

from . import views

app_name = "country_pages"

urlpatterns = [
    path("countries/", views.index, name="index"),
    path("countries/<str:iso3>/", views.detail, name="detail"),
    path("countries/<str:iso3>/follow/", views.follow, name="follow"),
    path("countries/<str:iso3>/status/", views.status_edit, name="status_edit"),
    path("countries/<str:iso3>/edit/", views.edit, name="edit"),
    path("countries/<str:iso3>/edit/preview/", views.preview, name="preview"),
    path("countries/<str:iso3>/edit/publish/", views.publish, name="publish"),
    path(
        "countries/<str:iso3>/edit/sections/<str:key>/",
        views.section_edit,
        name="section_edit",
    ),
    path("countries/<str:iso3>/edit/needs/add/", views.need_add, name="need_add"),
    path(
        "countries/<str:iso3>/edit/needs/<int:pk>/", views.need_edit, name="need_edit"
    ),
    path(
        "countries/<str:iso3>/edit/needs/<int:pk>/delete/",
        views.need_delete,
        name="need_delete",
    ),
    path("countries/<str:iso3>/edit/maps/add/", views.map_add, name="map_add"),
    path(
        "countries/<str:iso3>/edit/maps/<int:pk>/delete/",
        views.map_delete,
        name="map_delete",
    ),
    path("countries/<str:iso3>/maps/<int:pk>/", views.map_file, name="map_file"),
    path("countries/<str:iso3>/history/", views.history, name="history"),
    path("countries/<str:iso3>/history/compare/", views.compare, name="compare"),
    path(
        "countries/<str:iso3>/history/<int:number>/",
        views.revision,
        name="revision",
    ),
    path(
        "countries/<str:iso3>/history/<int:number>/restore/",
        views.restore,
        name="restore",
    ),
    path("manage/focal-points/", views.focal_points, name="focal_points"),
    path(
        "manage/focal-points/<int:pk>/remove/",
        views.focal_point_remove,
        name="focal_point_remove",
    ),
]
