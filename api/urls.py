"""/api/v1/: outside the language prefixes, like /healthz/ (portal/urls.py)."""

from django.urls import include, path, re_path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import views

app_name = "api"

router = DefaultRouter()
router.include_root_view = True
router.register("states", views.StatePartyViewSet, basename="state")
router.register("needs", views.NeedViewSet, basename="need")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("partnerships", views.PartnershipViewSet, basename="partnership")
router.register(
    "article7-reports", views.Article7ReportViewSet, basename="article7-report"
)

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="api:docs", permanent=False)),
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "v1/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api:schema"),
        name="docs",
    ),
    path("v1/funding/", views.FundingView.as_view(), name="funding"),
    path("v1/", include(router.urls)),
    re_path(r"^.*$", views.not_found),
]
