"""The management view of a meeting, its cancellation, the series of
recurring meetings and the circulation of minutes.

The reading page (meetings.meeting_detail) shows the meeting; this page
gathers what those who may act can do now. Each action is offered only when
status.py allows it at this moment, and destructive ones ask first, saying
what will be lost (confirm.py).
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from portal.permissions import permission_required
from portal.services import ServiceError

from .. import selectors
from ..forms import SeriesForm, SeriesSecretaryForm
from ..models import MeetingSeries, MeetingStatus
from ..registry import meeting_parts
from ..services import meetings, minutes, series
from ..services.meetings import STATUS_NOTE_MAX_LENGTH
from ..services.notices import notice_recipients
from ..status import action_allowed, status_changes_for
from .confirm import confirm_page
from .lookups import base_url, meeting_from_pk

PERMISSIONS = {
    "edit": "ia_meetings.edit_meeting",
    "shape": "ia_meetings.edit_agenda",
    "upload": "ia_meetings.upload_material",
    "remove_material": "ia_meetings.remove_material",
    "actions": "ia_meetings.manage_action_points",
    "follow_ups": "ia_meetings.manage_follow_ups",
    "participants": "ia_meetings.manage_participants",
    "invite": "ia_meetings.invite_participants",
    "attendance": "ia_meetings.record_attendance",
    "next": "ia_meetings.schedule_next",
    "circulate": "ia_meetings.circulate_minutes",
    "propose": "ia_meetings.propose_meeting",
}


@permission_required("ia_meetings.manage_meeting", fn=meeting_from_pk)
def meeting_manage(request, pk):
    """What the State, the ISU and the series' secretariat can do with the
    meeting now: its status, details, participants and invitations, agenda
    and minutes, materials, action points, follow-ups, and its history."""
    meeting = selectors.meeting_detail(pk=pk, with_participants=False)
    user = request.user
    can = {key: user.has_perm(perm, meeting) for key, perm in PERMISSIONS.items()}
    can["propose"] = user.has_perm("ia_meetings.propose_meeting", meeting.state)
    counts = selectors.participant_counts(meeting=meeting)
    changes = status_changes_for(user=user, meeting=meeting)
    return render(
        request,
        "ia_meetings/meeting_manage.html",
        {
            "meeting": meeting,
            "can": can,
            "counts": counts,
            "agenda_items": list(meeting.agenda_items.all()),
            "status_changes": [
                c for c in changes if c.target != MeetingStatus.CANCELLED
            ],
            "can_cancel": any(c.target == MeetingStatus.CANCELLED for c in changes),
            "uninvited": counts["total"] - counts["invited"],
            "status_note_max_length": STATUS_NOTE_MAX_LENGTH,
            "history": selectors.meeting_history(meeting=meeting),
            "carried_over": selectors.series_open_action_points(
                meeting=meeting, user=user
            ),
            "parts": meeting_parts(meeting=meeting, user=user),
        },
    )


@permission_required("ia_meetings.cancel_meeting", fn=meeting_from_pk)
def meeting_cancel(request, pk):
    """Cancel the meeting after saying who will be told and what it ends."""
    meeting = meeting_from_pk(request, pk)
    if request.method == "POST":
        try:
            meetings.meeting_status_set(
                meeting=meeting,
                user=request.user,
                to_status=MeetingStatus.CANCELLED,
                note=request.POST.get("note", "").strip(),
                base_url=base_url(request),
            )
        except ServiceError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The meeting is now cancelled."))
        return redirect(meeting)
    told = notice_recipients(meeting).count()
    lost = [
        ngettext(
            "%(count)s person invited who has not declined is told by e-mail, "
            "with a calendar file that removes the meeting.",
            "%(count)s people invited who have not declined are told by e-mail, "
            "with a calendar file that removes the meeting.",
            told,
        )
        % {"count": told},
        _(
            "Answers stop; the agenda, participants and materials can no longer "
            "be changed. Only the ISU can reopen the meeting as proposed."
        ),
    ]
    return confirm_page(
        request,
        meeting=meeting,
        question=_("Cancel “%(title)s”?") % {"title": meeting.title},
        lost=lost,
        button=_("Cancel the meeting"),
        cancel_url=meeting.get_absolute_url(),
        note_label=_("Note for those told (optional)"),
    )


@require_POST
@permission_required("ia_meetings.schedule_next", fn=meeting_from_pk)
def meeting_next(request, pk):
    """Propose the next meeting of the series from this one, in one step."""
    meeting = meeting_from_pk(request, pk)
    try:
        new = series.meeting_series_next(meeting=meeting, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("ia_meetings:manage", pk=pk)
    messages.success(
        request,
        _(
            "“%(title)s” is proposed with the same agenda and participants; "
            "check its date and details."
        )
        % {"title": new.title},
    )
    return redirect(new)


@require_POST
@permission_required("ia_meetings.circulate_minutes", fn=meeting_from_pk)
def minutes_circulate(request, pk):
    """E-mail the minutes and action points to the participants."""
    meeting = meeting_from_pk(request, pk)
    try:
        count = minutes.minutes_circulate(
            meeting=meeting, user=request.user, base_url=base_url(request)
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            ngettext(
                "The minutes are sent to %(count)s participant.",
                "The minutes are sent to %(count)s participants.",
                count,
            )
            % {"count": count},
        )
    return redirect("ia_meetings:manage", pk=pk)


def _series_from_pk(request, pk, **kwargs):
    cache = request.__dict__.setdefault("_ia_meetings_objects", {})
    key = ("series", pk)
    if key not in cache:
        cache[key] = get_object_or_404(
            MeetingSeries.objects.select_related("state"), pk=pk
        )
    return cache[key]


def series_detail(request, pk):
    """A series' past and next meetings, with a warning when the next is
    overdue by its cadence. Meetings listed are those the reader may open;
    the State and the ISU change the cadence and name the secretariat."""
    item = _series_from_pk(request, pk)
    overview = selectors.series_overview(series=item, user=request.user)
    if not (overview.past or overview.upcoming):
        raise Http404
    may_manage = request.user.has_perm("ia_meetings.propose_meeting", item.state)
    form = SeriesForm(
        request.POST if request.POST.get("form") == "series" else None, instance=item
    )
    secretary_form = SeriesSecretaryForm(
        request.POST if request.POST.get("form") == "secretary" else None
    )
    if request.method == "POST":
        if not may_manage:
            raise Http404
        if request.POST.get("form") == "series" and form.is_valid():
            try:
                series.meeting_series_update(
                    series=item, user=request.user, **form.cleaned_data
                )
            except ServiceError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Series saved."))
                return redirect(item)
        if request.POST.get("form") == "secretary" and secretary_form.is_valid():
            try:
                series.series_secretary_set(
                    series=item,
                    user=request.user,
                    email=secretary_form.cleaned_data["email"],
                    remove=request.POST.get("remove") == "1",
                )
            except ServiceError as exc:
                secretary_form.add_error("email", str(exc))
            else:
                messages.success(request, _("Secretariat saved."))
                return redirect(item)
    return render(
        request,
        "ia_meetings/series_detail.html",
        {
            "series": item,
            "overview": overview,
            "may_manage": may_manage,
            "form": form,
            "secretary_form": secretary_form,
            "secretaries": list(item.secretaries.order_by("email"))
            if may_manage
            else [],
            "can_next": bool(
                may_manage
                and overview.past
                and not overview.upcoming
                and action_allowed("next_in_series", overview.past[0])
            ),
        },
    )
