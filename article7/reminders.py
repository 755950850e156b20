"""E-mail reminders of reports due (a periodic task, Celery beat).

A State's focal points hear 30 and 7 days before a report is due and the day
after it is late. Each reminder is recorded (ReminderSent), so running the task
again, or twice on a day, sends nothing twice.
"""

import datetime as dt

from django.db import IntegrityError, transaction
from django.utils import timezone

from country_pages.models import FocalPointAssignment, StateParty
from portal.emails import email_send

from .due import DueStatus, obligations
from .models import ReminderSent

STAGES = ((30, "30d"), (7, "7d"))


def reminder_stage(*, due: dt.date, today: dt.date) -> str | None:
    days = (due - today).days
    if days < 0:
        return "late"
    for limit, stage in sorted(STAGES):
        if days <= limit:
            return stage
    return None


def reminders_send(*, today: dt.date | None = None) -> int:
    """Send the reminders due today; returns how many e-mails were written."""
    today = today or timezone.localdate()
    items = [
        item
        for item in obligations(states=StateParty.objects.all(), today=today)
        if item.status in (DueStatus.DUE, DueStatus.LATE)
    ]
    contacts: dict[int, list[str]] = {}
    for state_id, email in FocalPointAssignment.objects.filter(
        state__in=[item.state.pk for item in items], user__is_active=True
    ).values_list("state_id", "user__email"):
        contacts.setdefault(state_id, []).append(email)
    sent = 0
    for item in items:
        stage = reminder_stage(due=item.due_date, today=today)
        to = contacts.get(item.state.pk)
        if stage is None or not to:
            continue
        try:
            with transaction.atomic():
                ReminderSent.objects.create(
                    state=item.state,
                    year=item.year,
                    kind=item.kind,
                    stage=stage,
                    due_date=item.due_date,
                    recipients=len(to),
                )
                email_send(
                    template="article7/emails/reminder",
                    context={
                        "item": item,
                        "late": stage == "late",
                    },
                    to=to,
                )
        except IntegrityError:  # sent already at this stage
            continue
        sent += 1
    return sent
