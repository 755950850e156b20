from django.urls import path

from . import views

app_name = "meeting_reports"

urlpatterns = [
    path("meetings/<int:pk>/report/", views.report, name="detail"),
    path(
        "meetings/<int:pk>/report/versions/",
        views.report_versions,
        name="versions",
    ),
    path("meetings/<int:pk>/report/request/", views.report_request, name="request"),
    path("meetings/<int:pk>/report/share/", views.report_share, name="share"),
    path(
        "meetings/<int:pk>/report/<int:number>.pdf",
        views.report_download,
        name="download",
    ),
]
