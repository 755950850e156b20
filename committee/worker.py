"""The dossier as a kind of rendered document (portal.documents): its HTML
from the snapshot and where its PDF lives. Registered in apps.py."""

from .dossier import dossier_html
from .models import DossierVersion, dossier_file_key


def dossier_version_html(version: DossierVersion, made_at) -> str:
    return dossier_html(
        snapshot=version.snapshot, number=version.number, made_at=made_at
    )


def dossier_version_file_key(version: DossierVersion) -> str:
    return dossier_file_key(iso3=version.state.iso3, content_hash=version.content_hash)
