from django.urls import path

from . import views

app_name = "meeting_reports"

urlpatterns = [
    path("meetings/<id:pk>/report/", views.report, name="detail"),
    path(
        "meetings/<id:pk>/report/versions/",
        views.report_versions,
        name="versions",
    ),
    path("meetings/<id:pk>/report/request/", views.report_request, name="request"),
    path("meetings/<id:pk>/report/share/", views.report_share, name="share"),
    path(
        "meetings/<id:pk>/report/<id:number>.pdf",
        views.report_download,
        name="download",
    ),
]
