"""The meeting lists, a meeting's page, proposing and changing a meeting,
and its status changes."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from country_pages.models import StateParty
from country_pages.selectors import states_for_focal_point
from portal.caching import anonymous_page
from portal.editing import form_save, saved_value
from portal.exports import list_export, url_maker
from portal.permissions import permission_required
from portal.rules import is_isu
from portal.services import ServiceError

from .. import selectors
from ..cadence import next_meeting_times
from ..filters import MeetingFilter
from ..forms import MeetingForm, StateChoiceForm
from ..models import Meeting, MeetingStatus
from ..registry import meeting_parts
from ..services import meetings, notices
from ..status import status_change_permission
from .lookups import base_url, meeting_from_pk

# What the ISU or the State reads once the status changed: one whole sentence
# each, so that every language can say it its own way.
STATUS_SET_MESSAGES = {
    MeetingStatus.PROPOSED: gettext_lazy("The meeting is now proposed."),
    MeetingStatus.SCHEDULED: gettext_lazy("The meeting is now scheduled."),
    MeetingStatus.HELD: gettext_lazy("The meeting is now held."),
    MeetingStatus.CANCELLED: gettext_lazy("The meeting is now cancelled."),
}


def _states_user_can_propose_for(user):
    return (
        StateParty.objects.all() if is_isu(user) else states_for_focal_point(user=user)
    )


# --- Lists and the meeting page -----------------------------------------------


@anonymous_page
def meeting_list(request):
    """Upcoming or past meetings, filtered by country, kind and year.

    Everyone: the public sees public meetings once scheduled; signed-in people
    also those of their States and those they take part in; the committee and
    the ISU all (rules.meetings_readable_q). `?format=csv` and `?format=json`
    export the filtered list with every column.
    """
    when = "past" if request.GET.get("when") == "past" else "upcoming"
    filterset = MeetingFilter(
        request.GET, queryset=selectors.meeting_list(user=request.user, when=when)
    )
    exported = list_export(
        request,
        rows=lambda: selectors.meeting_export_rows(
            meetings=filterset.qs,
            url=url_maker(request, "ia_meetings:detail", pk=999999999),
        ),
        columns=selectors.MEETING_EXPORT_COLUMNS,
        filename=f"meetings-{when}",
    )
    if exported is not None:
        return exported
    page = Paginator(filterset.qs, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "ia_meetings/meeting_list.html",
        {
            "filter": filterset,
            "page": page,
            "when": when,
            "can_propose": _states_user_can_propose_for(request.user).exists()
            if request.user.is_authenticated
            else False,
        },
    )


@anonymous_page
@permission_required("ia_meetings.read_meeting", fn=meeting_from_pk)
def meeting_detail(request, pk):
    """The reading page of a meeting: details, agenda with presenters,
    materials and minutes, action points with their progress, follow-ups and
    the status history. Who sees what is in rules.py: participants and draft
    minutes only for those involved; related meetings only where the reader
    may open them. Everything one can do with it is on the management view
    (manage.meeting_manage), linked for those who may act."""
    meeting = meeting_from_pk(request, pk)
    insider = request.user.has_perm("ia_meetings.view_restricted", meeting)
    meeting = selectors.meeting_detail(pk=pk, with_participants=insider)
    related = selectors.related_meetings_readable(meeting=meeting, user=request.user)
    carried_over = selectors.series_open_action_points(
        meeting=meeting, user=request.user
    )
    return render(
        request,
        "ia_meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "insider": insider,
            "counts": selectors.participant_counts(meeting=meeting)
            if insider
            else None,
            "agenda_items": list(meeting.agenda_items.all()),
            "related": related,
            "later": [
                m for m in meeting.subsequent_meetings.all() if m.pk in related["ids"]
            ],
            # A series page lists only what its reader may open; it exists
            # for them once they may open this meeting of it.
            "series_readable": bool(meeting.series_id),
            "carried_over": carried_over,
            "parts": meeting_parts(meeting=meeting, user=request.user),
        },
    )


# --- Proposing and changing a meeting -----------------------------------------


@permission_required("ia_meetings.propose_somewhere")
def meeting_propose(request):
    """The State's focal point (or the ISU for it) proposes a meeting."""
    states = _states_user_can_propose_for(request.user)
    chooser = StateChoiceForm(request.GET or None, states=states)
    if not request.GET.get("state") and states.count() == 1:
        state = states.first()
    elif chooser.is_bound and chooser.is_valid():
        state = chooser.cleaned_data["state"]
    else:
        return render(
            request, "ia_meetings/meeting_state_choose.html", {"form": chooser}
        )
    if not request.user.has_perm("ia_meetings.propose_meeting", state):
        raise Http404
    initial = {"timezone": meetings.DEFAULT_TIMEZONE}
    previous_pk = request.GET.get("previous", "")
    previous = (
        Meeting.objects.select_related("series")
        .filter(state=state, pk=previous_pk)
        .first()
        if previous_pk.isdigit()
        else None
    )
    if previous:
        # "Propose a subsequent meeting": the same kind, place and time of
        # day, one cadence later (the series', or quarterly).
        cadence = previous.series.cadence_months if previous.series else 3
        starts, ends = next_meeting_times(previous, cadence_months=cadence)
        initial |= {
            name: getattr(previous, name)
            for name in (
                "kind",
                "title",
                "setting",
                "format",
                "venue",
                "online_link",
                "timezone",
                "visibility",
                "focus",
                "contacts_shared",
            )
        }
        initial |= {
            "previous_meeting": previous.pk,
            "starts_at": timezone.localtime(starts, previous.tzinfo).replace(
                tzinfo=None
            ),
            "ends_at": timezone.localtime(ends, previous.tzinfo).replace(tzinfo=None),
        }
    form = MeetingForm(request.POST or None, state=state, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = meetings.meeting_propose(
                state=state, user=request.user, **form.values()
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _(
                    "“%(title)s” is proposed with the standard agenda. The ISU will "
                    "confirm and schedule it."
                )
                % {"title": meeting.title},
            )
            return redirect(meeting)
    return render(
        request,
        "ia_meetings/meeting_form.html",
        {"form": form, "state": state, "meeting": None},
    )


def _meeting_conflict_fields(form, current: Meeting) -> list[tuple[str, str]]:
    """The saved meeting beside the form: its times where it takes place."""
    fields = []
    for name, field in form.fields.items():
        if name == "version":
            continue
        if name in ("starts_at", "ends_at"):
            local = timezone.localtime(getattr(current, name), current.tzinfo)
            value = f"{date_format(local, 'j F Y, H:i')} ({current.timezone})"
        else:
            value = saved_value(current, name)
        fields.append((field.label or name, value))
    return fields


@permission_required("ia_meetings.edit_meeting", fn=meeting_from_pk)
def meeting_edit(request, pk):
    """Change a meeting's details: the State and the ISU.

    When the change is one those invited see (date, time, time zone, venue,
    format, join link), the page first shows who will be told and what, with
    a note to add; saving then e-mails them (services.notices).
    """
    meeting = meeting_from_pk(request, pk)
    form = MeetingForm(request.POST or None, instance=meeting, state=meeting.state)
    context = {"form": form, "state": meeting.state, "meeting": meeting}
    if request.method == "POST" and form.is_valid():
        values = form.values()
        preview = notices.notice_preview(meeting, values)
        if preview.changed and request.POST.get("notice") != "confirmed":
            context["notice"] = preview
            return render(request, "ia_meetings/meeting_form.html", context)
        ok, saved = form_save(
            form,
            context,
            lambda: meetings.meeting_update(
                meeting=meeting,
                user=request.user,
                expected_version=form.expected_version,
                note=request.POST.get("notice_note", "").strip()[:2000],
                base_url=base_url(request),
                **values,
            ),
            conflict_fields=lambda current: _meeting_conflict_fields(form, current),
        )
        if ok:
            if preview.changed:
                count = len(preview.recipients)
                messages.success(
                    request,
                    ngettext(
                        "Meeting saved; %(count)s person invited is told of the "
                        "change.",
                        "Meeting saved; %(count)s people invited are told of the "
                        "change.",
                        count,
                    )
                    % {"count": count},
                )
            else:
                messages.success(request, _("Meeting saved."))
            return redirect(saved)
    return render(request, "ia_meetings/meeting_form.html", context)


@require_POST
@permission_required("ia_meetings.change_status", fn=meeting_from_pk)
def meeting_status(request, pk):
    """Confirm and schedule, mark held, or reopen (ISU); cancel (State or ISU):
    the changes of status.TRANSITIONS."""
    meeting = meeting_from_pk(request, pk)
    to_status = request.POST.get("status", "")
    if not request.user.has_perm(status_change_permission(to_status), meeting):
        raise PermissionDenied
    if to_status not in MeetingStatus.values:
        messages.error(request, _("Unknown status."))
        return redirect(meeting)
    try:
        meetings.meeting_status_set(
            meeting=meeting,
            user=request.user,
            to_status=to_status,
            note=request.POST.get("note", ""),
            base_url=base_url(request),
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, STATUS_SET_MESSAGES[to_status])
    return redirect(meeting)
