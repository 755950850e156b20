from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingReportsConfig(AppConfig):
    name = "meeting_reports"
    verbose_name = _("Meeting reports")
