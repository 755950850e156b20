"""Presentations and documents uploaded for an agenda item: only the types
and sizes the portal accepts, stored under names nobody can guess."""

from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from portal.effects import on_commit
from portal.models import User
from portal.services import ServiceError, audit_record

from ..models import MATERIAL_TYPES, AgendaItem, Material
from .country_page import country_page_changed


def material_max_bytes() -> int:
    return settings.IA_MATERIAL_MAX_BYTES


def material_check(*, file) -> str:
    """The content type of an acceptable upload; refuses anything else."""
    suffix = PurePosixPath(file.name or "").suffix.lower()
    if suffix not in MATERIAL_TYPES:
        raise ServiceError(
            _(
                "This type of file is not accepted. Upload a PDF, PowerPoint (.pptx), "
                "Word (.docx) or Excel (.xlsx) file, or a PNG or JPEG image."
            )
        )
    limit = material_max_bytes()
    if file.size > limit:
        raise ServiceError(
            _("The file is %(size).1f MB; the limit is %(limit).0f MB.")
            % {"size": file.size / 1048576, "limit": limit / 1048576}
        )
    if not file.size:
        raise ServiceError(_("The file is empty."))
    content_type, signatures = MATERIAL_TYPES[suffix]
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    if not any(head.startswith(signature) for signature in signatures):
        raise ServiceError(
            _("The file's content is not a %(type)s file, whatever its name says.")
            % {"type": suffix[1:].upper()}
        )
    return content_type


@transaction.atomic
def material_upload(
    *, item: AgendaItem, user: User, title: str, file: UploadedFile
) -> Material:
    content_type = material_check(file=file)
    original_name = PurePosixPath(file.name).name[:200]
    material = Material(
        meeting_id=item.meeting_id,
        agenda_item=item,
        title=title.strip() or original_name,
        original_name=original_name,
        content_type=content_type,
        size=file.size,
        uploaded_by=user,
    )
    material.file.save(original_name, file, save=False)
    try:
        material.save()
    except Exception:
        # Keep storage and database in step: no orphan file for a failed row.
        material.file.delete(save=False)
        raise
    audit_record(
        actor=user,
        action="material.upload",
        summary=f"{item.meeting.title}: {material.title} ({item.code})",
        target=item.meeting,
    )
    country_page_changed(item.meeting)
    return material


@transaction.atomic
def material_remove(*, material: Material, user: User) -> None:
    meeting = material.meeting
    audit_record(
        actor=user,
        action="material.remove",
        summary=f"{meeting.title}: {material.title} removed",
        target=meeting,
    )
    material.delete()
    # The file goes once the row is gone for good: a rollback keeps both.
    on_commit(material.file.storage.delete, material.file.name)
    country_page_changed(meeting)
