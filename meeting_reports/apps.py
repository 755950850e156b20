from django.apps import AppConfig


class MeetingReportsConfig(AppConfig):
    name = "meeting_reports"
    verbose_name = "Meeting reports"
