from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from .converters import register

        # Before any URLconf is read: <id:pk>, <iso3:iso3>, <token:token>.
        register()
        # Each app contributes dashboard panels from its panels.py.
        autodiscover_modules("panels")
        from . import signals  # noqa: F401  (connects the two-factor receivers)
        from .content import watch_connection

        # Every write to the content bumps the content version (portal.content).
        connection_created.connect(watch_connection, dispatch_uid="portal.content")
