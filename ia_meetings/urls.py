from django.urls import path

from . import views

app_name = "ia_meetings"

urlpatterns = []

# --- Follow-up reports (issue 6) ----------------------------------------------
urlpatterns += [
    path("meetings/<int:pk>/report/", views.report, name="report"),
    path(
        "meetings/<int:pk>/report/versions/",
        views.report_versions,
        name="report_versions",
    ),
    path(
        "meetings/<int:pk>/report/request/",
        views.report_request,
        name="report_request",
    ),
    path("meetings/<int:pk>/report/share/", views.report_share, name="report_share"),
    path(
        "meetings/<int:pk>/report/<int:number>.pdf",
        views.report_download,
        name="report_download",
    ),
]
