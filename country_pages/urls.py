from django.urls import path

from . import views

app_name = "country_pages"

urlpatterns = [
    path("countries/", views.index, name="index"),
    path("countries/<str:iso3>/", views.detail, name="detail"),
    path("countries/<str:iso3>/follow/", views.follow, name="follow"),
    path("countries/<str:iso3>/status/", views.status_edit, name="status_edit"),
    path("manage/focal-points/", views.focal_points, name="focal_points"),
    path(
        "manage/focal-points/<int:pk>/remove/",
        views.focal_point_remove,
        name="focal_point_remove",
    ),
]
