"""Meetings that recur: a National Mine Action Platform meets "on a regular
basis (e.g. quarterly)" [003 §7]. The next meeting is proposed from the last
one in one step: kind, title pattern, setting, format, venue, time of day and
zone, focus, agenda structure and participants carried over, the date
proposed from the series' cadence. Open action points stay on the meeting
that decided them and are shown on each later meeting of the series until
done (selectors.series_open_action_points).
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.models import User
from portal.services import ServiceError, audit_record

from ..cadence import next_meeting_times
from ..models import AgendaItem, Meeting, MeetingSeries, Participant
from .meetings import meeting_propose

DEFAULT_CADENCE_MONTHS = 3


def series_title(series_title: str, starts_local: dt.datetime) -> str:
    """The title pattern: the series' title with the month and year."""
    return _("%(title)s, %(month)s") % {
        "title": series_title,
        "month": date_format(starts_local, "F Y"),
    }


@transaction.atomic
def meeting_series_start(*, meeting: Meeting, user: User) -> MeetingSeries:
    """Make `meeting` the first of a series (its title and kind)."""
    if meeting.series_id:
        return meeting.series
    series = MeetingSeries.objects.create(
        state_id=meeting.state_id,
        title=meeting.title[:200],
        kind=meeting.kind,
        cadence_months=DEFAULT_CADENCE_MONTHS,
        created_by=user,
    )
    Meeting.objects.filter(pk=meeting.pk).update(series=series)
    meeting.series = series
    audit_record(
        actor=user,
        action="meeting.series_start",
        summary=f"{meeting.state.name}: series “{series.title}” started",
        target=meeting,
    )
    return series


@transaction.atomic
def meeting_series_next(*, meeting: Meeting, user: User) -> Meeting:
    """Propose the next meeting of `meeting`'s series (started if needed)."""
    series = meeting_series_start(meeting=meeting, user=user)
    last = series.meetings.order_by("-starts_at", "-pk").first()
    if last is not None and last.pk != meeting.pk:
        raise ServiceError(
            _(
                "A later meeting of this series exists already: propose the next "
                "one from “%(title)s”."
            )
            % {"title": last.title}
        )
    starts, ends = next_meeting_times(meeting, cadence_months=series.cadence_months)
    new = meeting_propose(
        state=meeting.state,
        user=user,
        title=series_title(series.title, timezone.localtime(starts, meeting.tzinfo))[
            :200
        ],
        kind=series.kind,
        setting=meeting.setting,
        format=meeting.format,
        starts_at=starts,
        ends_at=ends,
        timezone=meeting.timezone,
        venue=meeting.venue,
        online_link=meeting.online_link,
        visibility=meeting.visibility,
        previous_meeting=meeting,
        focus=meeting.focus,
        series=series,
        contacts_shared=meeting.contacts_shared,
    )
    # The agenda as the last meeting had it (structure, not minutes).
    new.agenda_items.all().delete()
    AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=new,
            order=item.order,
            code=item.code,
            title=item.title,
            by_state=item.by_state,
            presenter=item.presenter,
            start_time=item.start_time,
        )
        for item in meeting.agenda_items.order_by("order", "pk")
    )
    # The same people, not yet invited.
    Participant.objects.bulk_create(
        Participant(
            meeting=new,
            group=participant.group,
            organisation=participant.organisation,
            name=participant.name,
            email=participant.email,
            added_by=user,
        )
        for participant in meeting.participants.order_by("pk")
    )
    audit_record(
        actor=user,
        action="meeting.series_next",
        summary=f"{meeting.state.name}: {new.title} proposed from {meeting.title}",
        target=new,
    )
    return new


@transaction.atomic
def meeting_series_update(
    *, series: MeetingSeries, user: User, title: str, cadence_months: int
) -> MeetingSeries:
    if not 1 <= cadence_months <= 24:
        raise ServiceError(_("A series meets every 1 to 24 months."))
    series.title = title.strip()[:200]
    series.cadence_months = cadence_months
    series.save(update_fields=["title", "cadence_months"])
    audit_record(
        actor=user,
        action="meeting.series_update",
        summary=f"{series.title}: every {cadence_months} months",
        target=series.meetings.order_by("-starts_at").first(),
        state_code=series.state.iso3,
    )
    return series


@transaction.atomic
def series_secretary_set(
    *, series: MeetingSeries, user: User, email: str, remove: bool = False
) -> User:
    """Name (or remove) the series' secretariat or facilitator [003 §10]: a
    registered person who writes and circulates minutes and action points of
    its meetings, with no right on the country page."""
    person = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if person is None:
        raise ServiceError(
            _("Nobody is registered with %(email)s; ask them to sign up first.")
            % {"email": email.strip()}
        )
    if remove:
        series.secretaries.remove(person)
    else:
        series.secretaries.add(person)
    audit_record(
        actor=user,
        action="meeting.series_secretary_" + ("remove" if remove else "add"),
        summary=f"{series.title}: {person.email}",
        target=series.state,
    )
    return person
