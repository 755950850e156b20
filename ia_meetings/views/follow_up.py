"""The follow-up of a meeting, at the discretion of the affected State."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.permissions import permission_required

from ..forms import FollowUpForm
from ..models import FollowUp
from ..services import follow_up as follow_ups
from .confirm import confirm_page
from .editing import meeting_record_edit
from .lookups import meeting_from_pk


@permission_required("ia_meetings.manage_follow_ups", fn=meeting_from_pk)
def follow_up_edit(request, pk, follow_up_pk=None):
    """Add or change a follow-up: the State and the ISU."""
    meeting = meeting_from_pk(request, pk)
    follow_up = (
        get_object_or_404(FollowUp, pk=follow_up_pk, meeting_id=pk)
        if follow_up_pk
        else None
    )
    return meeting_record_edit(
        request,
        meeting=meeting,
        instance=follow_up,
        form_class=FollowUpForm,
        add=follow_ups.follow_up_add,
        update=lambda obj, **kw: follow_ups.follow_up_update(follow_up=obj, **kw),
        saved_message=_("Follow-up saved."),
        anchor="follow-up",
    )


@permission_required("ia_meetings.manage_follow_ups", fn=meeting_from_pk)
def follow_up_delete(request, pk, follow_up_pk):
    """Remove a follow-up, after saying what goes with it."""
    follow_up = get_object_or_404(
        FollowUp.objects.select_related("meeting__state"),
        pk=follow_up_pk,
        meeting_id=pk,
    )
    manage_url = reverse("ia_meetings:manage", args=[pk]) + "#follow-ups"
    if request.method != "POST":
        lost = [_("The follow-up “%(kind)s”.") % {"kind": follow_up.get_kind_display()}]
        if follow_up.notes:
            lost.append(_("Its notes."))
        return confirm_page(
            request,
            meeting=follow_up.meeting,
            question=_("Remove this follow-up?"),
            lost=lost,
            button=_("Remove the follow-up"),
            cancel_url=manage_url,
        )
    follow_ups.follow_up_delete(follow_up=follow_up, user=request.user)
    messages.success(request, _("Follow-up removed."))
    return redirect(manage_url)
