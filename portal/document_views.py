"""What every rendered document's pages share (portal.documents): the message
after someone asked for a version, and the download of a ready one."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

from .models import DocumentStatus, RenderedDocument


def document_requested_message(request, version: RenderedDocument) -> None:
    """Tell the person who asked where the version stands."""
    version.refresh_from_db()
    number = {"number": version.number}
    if version.is_waiting_for_broker:
        messages.warning(
            request,
            _(
                "Version %(number)s is saved, but the rendering service cannot "
                "be reached right now. Nothing is lost: ask again in a few minutes."
            )
            % number,
        )
    elif version.status == DocumentStatus.READY:
        messages.success(request, _("Version %(number)s is ready.") % number)
    elif version.status == DocumentStatus.FAILED:
        messages.error(
            request,
            _("Version %(number)s failed: %(error)s")
            % {**number, "error": version.error},
        )
    else:
        messages.success(
            request,
            _("Version %(number)s is being made; this page shows when it is ready.")
            % number,
        )


def document_download(version: RenderedDocument) -> FileResponse:
    """A ready version's PDF as an attachment named by `version.file_name`."""
    if version.status != DocumentStatus.READY:
        raise Http404(_("This version is not ready."))
    try:
        handle = version.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("This file is missing; ask for it again.")) from exc
    return FileResponse(
        handle,
        as_attachment=True,
        filename=version.file_name,
        content_type="application/pdf",
    )
