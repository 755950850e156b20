from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from . import views

portal_patterns = [
    path("", views.home, name="home"),
    path("healthz/", views.healthz, name="healthz"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/donor-request/", views.donor_request, name="donor_request"),
    path("manage/", views.manage, name="manage"),
    path("manage/users/", views.user_list, name="user_list"),
    path("manage/users/<int:pk>/role/", views.user_role, name="user_role"),
    path("manage/donors/", views.donor_requests, name="donor_requests"),
    path("manage/donors/<int:pk>/decide/", views.donor_decide, name="donor_decide"),
    path("manage/audit/", views.audit, name="manage_audit"),
]

# The admin signs in through allauth, so it gets the same rate limits and 2FA.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "IA Portal administration"

urlpatterns = [
    path("", include((portal_patterns, "portal"))),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("", include("country_pages.urls")),
    path("", include("ia_meetings.urls")),
    path("", include("partnerships.urls")),
    path("", include("meeting_reports.urls")),
]
