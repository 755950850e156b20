"""The follow-up of a meeting, at the discretion of the affected State."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.permissions import permission_required

from ..forms import FollowUpForm
from ..models import FollowUp
from ..services import follow_up as follow_ups
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


@require_POST
@permission_required("ia_meetings.manage_follow_ups", fn=meeting_from_pk)
def follow_up_delete(request, pk, follow_up_pk):
    follow_up = get_object_or_404(
        FollowUp.objects.select_related("meeting__state"),
        pk=follow_up_pk,
        meeting_id=pk,
    )
    follow_ups.follow_up_delete(follow_up=follow_up, user=request.user)
    messages.success(request, _("Follow-up removed."))
    return redirect(follow_up.meeting.get_absolute_url() + "#follow-ups")
