from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommitteeConfig(AppConfig):
    name = "committee"
    verbose_name = _("The committee's view")

    def ready(self):
        from portal.documents import DocumentKind, document_kind_register

        from . import tasks, worker
        from .models import DossierVersion

        document_kind_register(
            DocumentKind(
                model=DossierVersion,
                task=lambda: tasks.render_dossier,
                html=worker.dossier_version_html,
                file_key=worker.dossier_version_file_key,
                related=("state",),
            )
        )
