import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_pages_render_for_isu(meeting_with_agenda, isu, client_for):
    client = client_for(isu)
    m = meeting_with_agenda
    item = m.agenda_items.get(code="II.A")
    for url in [
        reverse("ia_meetings:list"),
        reverse("ia_meetings:list") + "?when=past&state=AGO&kind=ia_launch&year=2026",
        m.get_absolute_url(),
        reverse("ia_meetings:edit", args=[m.pk]),
        reverse("ia_meetings:propose") + "?state=AGO",
        reverse("ia_meetings:propose"),
        reverse("ia_meetings:agenda_add", args=[m.pk]),
        reverse("ia_meetings:agenda_edit", args=[m.pk, item.pk]),
        reverse("ia_meetings:material_upload", args=[m.pk, item.pk]),
        reverse("ia_meetings:participants", args=[m.pk]),
        reverse("ia_meetings:contact_list", args=[m.pk]),
        reverse("ia_meetings:ics", args=[m.pk]),
        reverse("ia_meetings:country_ics", args=["AGO"]),
        reverse("ia_meetings:action_point_add", args=[m.pk]),
        reverse("ia_meetings:follow_up_add", args=[m.pk]),
        reverse("ia_meetings:country_action_points", args=["AGO"]),
        reverse("portal:dashboard"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
