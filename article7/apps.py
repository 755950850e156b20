from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Article7Config(AppConfig):
    # Its country_sections.py, meeting_sections.py and panels.py are discovered
    # by country_pages, ia_meetings and portal.
    name = "article7"
    verbose_name = _("Article 7 reports")

    def ready(self):
        from portal.documents import DocumentKind, document_kind_register

        from . import document, tasks
        from .models import ReportPdf

        # A submitted version's PDF is rendered like the meeting reports.
        document_kind_register(
            DocumentKind(
                model=ReportPdf,
                task=lambda: tasks.render_pdf,
                html=document.report_pdf_version_html,
                file_key=document.report_pdf_version_file_key,
            )
        )
