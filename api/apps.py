from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Open data API")

    def ready(self):
        # Registers the token's security scheme with drf-spectacular.
        from . import schema  # noqa: F401
