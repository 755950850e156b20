from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingReportsConfig(AppConfig):
    name = "meeting_reports"
    verbose_name = _("Meeting reports")

    def ready(self):
        from portal.documents import DocumentKind, document_kind_register

        from . import tasks, worker
        from .models import ReportVersion

        document_kind_register(
            DocumentKind(
                model=ReportVersion,
                task=lambda: tasks.render_report,
                html=worker.report_version_html,
                file_key=worker.report_version_file_key,
                ready=worker.report_ready,
                related=("meeting__state",),
            )
        )
