from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class IaMeetingsConfig(AppConfig):
    name = "ia_meetings"
    verbose_name = _("IA meetings")

    def ready(self):
        # The apps above add their sections of a meeting's page (the report)
        # from their meeting_sections.py (ia_meetings.registry).
        autodiscover_modules("meeting_sections")
