import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.ia_meetings.factories import ActionPointFactory, MeetingFactory

pytestmark = pytest.mark.django_db


def test_the_dashboard_shows_meetings_to_prepare_and_overdue_action_points(
    focal_point, isu, donor, client_for
):
    meeting = MeetingFactory(title="Angola: IA follow-up", status="proposed")
    ActionPointFactory(
        meeting=meeting,
        description="Send the survey data",
        due_date=timezone.localdate() - dt.timedelta(days=2),
    )
    page = client_for(focal_point).get(reverse("portal:dashboard")).content.decode()
    assert "Meetings to prepare" in page and "Angola: IA follow-up" in page
    assert "Overdue action points" in page and "Send the survey data" in page
    page = client_for(isu).get(reverse("portal:dashboard")).content.decode()
    assert "Meetings to convene" in page
    page = client_for(donor).get(reverse("portal:dashboard")).content.decode()
    assert "Overdue action points" not in page
