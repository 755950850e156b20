"""Presentations and documents for an agenda item: upload, download, removal."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.permissions import permission_required
from portal.services import ServiceError

from ..forms import MaterialForm
from ..services import materials
from .confirm import confirm_page
from .lookups import item_from_pk, material_from_pk, meeting_from_pk


@permission_required("ia_meetings.upload_material", fn=meeting_from_pk)
def material_upload(request, pk, item_pk):
    """Upload a presentation or document for an agenda item."""
    item = item_from_pk(request, pk, item_pk)
    form = MaterialForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            material = materials.material_upload(
                item=item,
                user=request.user,
                title=form.cleaned_data["title"],
                file=form.cleaned_data["file"],
            )
        except ServiceError as exc:
            form.add_error("file", str(exc))
        else:
            messages.success(
                request, _("“%(title)s” uploaded.") % {"title": material.title}
            )
            return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")
    return render(
        request,
        "ia_meetings/material_form.html",
        {
            "form": form,
            "meeting": item.meeting,
            "item": item,
            "max_mb": materials.material_max_bytes() // (1024 * 1024),
        },
    )


@permission_required("ia_meetings.read_material", fn=material_from_pk)
def material_download(request, pk):
    """A material's file, for whoever may read its meeting."""
    material = material_from_pk(request, pk)
    try:
        handle = material.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is missing from storage.")) from exc
    return FileResponse(
        handle,
        as_attachment=not material.content_type.startswith("image/"),
        filename=material.original_name,
        content_type=material.content_type,
    )


@permission_required("ia_meetings.remove_material", fn=material_from_pk)
def material_remove(request, pk):
    """Remove an uploaded file, after saying which."""
    material = material_from_pk(request, pk)
    meeting = material.meeting
    manage_url = reverse("ia_meetings:manage", args=[meeting.pk]) + "#agenda"
    if request.method != "POST":
        return confirm_page(
            request,
            meeting=meeting,
            question=_("Remove “%(title)s”?") % {"title": material.title},
            lost=[
                _("The file %(name)s (%(size)s); it cannot be restored.")
                % {
                    "name": material.original_name,
                    "size": filesizeformat(material.size),
                }
            ],
            button=_("Remove the file"),
            cancel_url=manage_url,
        )
    materials.material_remove(material=material, user=request.user)
    messages.success(request, _("“%(title)s” removed.") % {"title": material.title})
    return redirect(manage_url)
