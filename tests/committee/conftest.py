"""Angola's story for the committee's views: a public IA launch held a year
ago, a restricted follow-up, action points and follow-ups, a partnership with
funding, and two publishes of its page."""

import datetime as dt

import pytest
from django.utils import timezone

from country_pages.models import PageRevision
from ia_meetings.models import ActionPointStatus, MeetingKind, MeetingStatus, Visibility
from tests.ia_meetings.factories import (
    ActionPointFactory,
    FollowUpFactory,
    MeetingFactory,
)
from tests.partnerships.factories import CommitmentFactory, PartnershipFactory

LAUNCH_DAYS_AGO = 400


def days_ago(days: int) -> dt.datetime:
    return (timezone.now() - dt.timedelta(days=days)).replace(microsecond=0)


def need(pk, title, status="open", secured="0", cost="1000000.00"):
    return {
        "id": pk,
        "theme": "clearance",
        "title": title,
        "description": "",
        "estimated_cost": cost,
        "currency": "USD",
        "funding_secured": secured,
        "start_year": 2026,
        "end_year": 2027,
        "age_gender_considerations": "",
        "status": status,
    }


def publish(state, number, days, needs, context="Before"):
    revision = PageRevision.objects.create(
        state=state,
        number=number,
        snapshot={
            "sections": {
                "national_context": {"visible": True, "content": {"text": context}}
            },
            "needs": needs,
            "maps": [],
        },
    )
    PageRevision.objects.filter(pk=revision.pk).update(created_at=days_ago(days))
    return revision


@pytest.fixture
def angola_story(db, angola):
    launch = MeetingFactory(
        state=angola,
        title="Angola: launch of the IA",
        kind=MeetingKind.IA_LAUNCH,
        status=MeetingStatus.HELD,
        starts_at=days_ago(LAUNCH_DAYS_AGO),
    )
    restricted = MeetingFactory(
        state=angola,
        title="Angola: restricted follow-up",
        kind=MeetingKind.IA_FOLLOW_UP,
        status=MeetingStatus.HELD,
        visibility=Visibility.COMMITTEE,
        starts_at=days_ago(100),
    )
    ActionPointFactory(
        meeting=launch,
        description="Publish the survey results",
        due_date=timezone.localdate() - dt.timedelta(days=10),
    )
    ActionPointFactory(
        meeting=launch,
        description="Convene operators",
        status=ActionPointStatus.DONE,
    )
    ActionPointFactory(meeting=restricted, description="Secret undertaking")
    FollowUpFactory(meeting=launch)
    FollowUpFactory(meeting=restricted, notes="restricted")
    partnership = PartnershipFactory(
        state=angola, title="Clearing Cuando Cubango", start_date=timezone.localdate()
    )
    CommitmentFactory(
        partnership=partnership,
        partner__name="Norway",
        year_from=2023,
        year_to=2026,
    )
    CommitmentFactory(
        partnership=partnership, partner__name="Japan", year_from=2026, year_to=2026
    )
    publish(
        angola,
        1,
        LAUNCH_DAYS_AGO + 10,
        [need(1, "Kept need"), need(2, "Funded need"), need(3, "Closed need")],
    )
    publish(
        angola,
        2,
        50,
        [
            need(1, "Kept need"),
            need(2, "Funded need", status="funded", secured="1000000.00"),
            need(4, "New need"),
        ],
        context="After",
    )
    return {"launch": launch, "restricted": restricted, "partnership": partnership}
