from django.urls import path

from .views import across, changes

app_name = "committee"

urlpatterns = [
    path("committee/", across.across, name="across"),
    path("countries/<str:iso3>/changes/", changes.changes, name="changes"),
]
