from allauth.account.decorators import secure_admin_login
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

portal_patterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("help/formatting/", views.formatting_help, name="formatting_help"),
    path("dashboard/donor-request/", views.donor_request, name="donor_request"),
    path("dashboard/language/", views.language_preference, name="language"),
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

# Pages people read are at the same address in English and under /fr/, /es/
# and /ar/ in the other languages. Machine addresses have no language.
urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    path("api/", include("api.urls")),
    path("admin/", admin.site.urls),
    *i18n_patterns(
        path("", include((portal_patterns, "portal"))),
        path("accounts/", include("allauth.urls")),
        path("", include("country_pages.urls")),
        path("", include("article7.urls")),
        path("", include("ia_meetings.urls")),
        path("", include("partnerships.urls")),
        path("", include("meeting_reports.urls")),
        path("", include("committee.urls")),
        path("", include("search.urls")),
        prefix_default_language=False,
    ),
]
