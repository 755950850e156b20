from django.urls import path

from .views import (
    editing,
    focal_points,
    history,
    index,
    maps,
    needs,
    page,
    reference,
    status,
    translation,
)

app_name = "country_pages"

urlpatterns = [
    path("countries/", index.index, name="index"),
    path("countries/<iso3:iso3>/", page.detail, name="detail"),
    path("countries/<iso3:iso3>/follow/", page.follow, name="follow"),
    path("countries/<iso3:iso3>/status/", status.status_edit, name="status_edit"),
    path("countries/<iso3:iso3>/edit/", editing.edit, name="edit"),
    path("countries/<iso3:iso3>/edit/preview/", editing.preview, name="preview"),
    path("countries/<iso3:iso3>/edit/publish/", editing.publish, name="publish"),
    path(
        "countries/<iso3:iso3>/edit/sections/<slug:key>/",
        editing.section_edit,
        name="section_edit",
    ),
    path(
        "countries/<iso3:iso3>/edit/original-language/",
        translation.original_language,
        name="original_language",
    ),
    path(
        "countries/<iso3:iso3>/edit/translations/<slug:language>/",
        translation.translation_edit,
        name="translation_edit",
    ),
    path(
        "countries/<iso3:iso3>/edit/translations/<slug:language>/sections/<slug:key>/",
        translation.section_translation_edit,
        name="section_translation_edit",
    ),
    path(
        "countries/<iso3:iso3>/edit/translations/<slug:language>/needs/<id:pk>/",
        translation.need_translation_edit,
        name="need_translation_edit",
    ),
    path(
        "countries/<iso3:iso3>/edit/translations/<slug:language>/preview/",
        translation.translation_preview,
        name="translation_preview",
    ),
    path(
        "countries/<iso3:iso3>/edit/translations/<slug:language>/publish/",
        translation.translation_publish,
        name="translation_publish",
    ),
    path("countries/<iso3:iso3>/edit/needs/add/", needs.need_add, name="need_add"),
    path(
        "countries/<iso3:iso3>/edit/needs/<id:pk>/", needs.need_edit, name="need_edit"
    ),
    path(
        "countries/<iso3:iso3>/edit/needs/<id:pk>/delete/",
        needs.need_delete,
        name="need_delete",
    ),
    path("countries/<iso3:iso3>/edit/maps/add/", maps.map_add, name="map_add"),
    path(
        "countries/<iso3:iso3>/edit/maps/<id:pk>/delete/",
        maps.map_delete,
        name="map_delete",
    ),
    path("countries/<iso3:iso3>/maps/<id:pk>/", maps.map_file, name="map_file"),
    path("countries/<iso3:iso3>/history/", history.history, name="history"),
    path("countries/<iso3:iso3>/history/compare/", history.compare, name="compare"),
    path(
        "countries/<iso3:iso3>/history/<id:number>/",
        history.revision,
        name="revision",
    ),
    path(
        "countries/<iso3:iso3>/history/<id:number>/restore/",
        history.restore,
        name="restore",
    ),
    path("manage/focal-points/", focal_points.focal_points, name="focal_points"),
    path("manage/reference-data/", reference.reference_data, name="reference_data"),
    path(
        "manage/focal-points/<id:pk>/remove/",
        focal_points.focal_point_remove,
        name="focal_point_remove",
    ),
]
