from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self):
        # Each app contributes dashboard panels from its panels.py.
        autodiscover_modules("panels")
        from . import signals  # noqa: F401  (connects the two-factor receivers)
