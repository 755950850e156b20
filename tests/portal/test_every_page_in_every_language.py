"""Every public page, and every signed-in page of every role, reads in English,
French, Spanish and Arabic without an error and with the right `lang` and
`dir` (issue 11, item 7).

One test per role and language walks the role's pages, so the world is built
once per test and the whole matrix stays quick.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from country_pages import services
from country_pages.translation import services as translations
from tests.factories import IsuFactory, NeedFactory
from tests.ia_meetings.factories import ActionPointFactory, MeetingFactory
from tests.partnerships.factories import (
    CommitmentFactory,
    InterestFactory,
    PlatformFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = {"en": "ltr", "fr": "ltr", "es": "ltr", "ar": "rtl"}

PUBLIC = [
    ("portal:home", {}),
    ("country_pages:index", {}),
    ("country_pages:detail", {"iso3": "AGO"}),
    ("country_pages:detail", {"iso3": "SDN"}),
    ("partnerships:needs", {}),
    ("ia_meetings:list", {}),
    ("ia_meetings:detail", {"pk": "meeting"}),
    ("partnerships:index", {}),
    ("partnerships:detail", {"pk": "partnership"}),
    ("partnerships:charts", {}),
    ("partnerships:platform", {"iso3": "AGO"}),
]
SIGN_IN = [
    ("account_login", {}),
    ("account_signup", {}),
    ("account_reset_password", {}),
]
SIGNED_IN = [("portal:dashboard", {})]
ROLE_PAGES = {
    "anonymous": PUBLIC + SIGN_IN,
    "member": PUBLIC + SIGNED_IN,
    "donor": PUBLIC
    + SIGNED_IN
    + [
        ("partnerships:interest_create", {"pk": "need"}),
        ("partnerships:interest", {"pk": "interest"}),
    ],
    "focal_point": PUBLIC
    + SIGNED_IN
    + [
        ("country_pages:edit", {"iso3": "AGO"}),
        ("country_pages:preview", {"iso3": "AGO"}),
        ("country_pages:history", {"iso3": "AGO"}),
        ("country_pages:revision", {"iso3": "AGO", "number": 1}),
        ("country_pages:compare", {"iso3": "AGO"}),
        (
            "country_pages:section_edit",
            {"iso3": "AGO", "key": "national_context"},
        ),
        ("country_pages:need_add", {"iso3": "AGO"}),
        ("country_pages:need_edit", {"iso3": "AGO", "pk": "need"}),
        ("country_pages:map_add", {"iso3": "AGO"}),
        ("country_pages:translation_edit", {"iso3": "AGO", "language": "fr"}),
        (
            "country_pages:section_translation_edit",
            {"iso3": "AGO", "language": "fr", "key": "national_context"},
        ),
        (
            "country_pages:need_translation_edit",
            {"iso3": "AGO", "language": "fr", "pk": "need"},
        ),
        ("country_pages:translation_preview", {"iso3": "AGO", "language": "fr"}),
        ("ia_meetings:propose", {}),
        ("ia_meetings:edit", {"pk": "meeting"}),
        ("partnerships:create", {}),
        ("partnerships:edit", {"pk": "partnership"}),
        ("partnerships:partners", {}),
        ("meeting_reports:detail", {"pk": "meeting"}),
    ],
    "committee": PUBLIC
    + SIGNED_IN
    + [
        ("country_pages:preview", {"iso3": "AGO"}),
        ("country_pages:history", {"iso3": "AGO"}),
        ("partnerships:dashboard", {}),
        ("meeting_reports:detail", {"pk": "meeting"}),
    ],
    "isu": PUBLIC
    + SIGNED_IN
    + [
        ("portal:manage", {}),
        ("portal:user_list", {}),
        ("portal:donor_requests", {}),
        ("portal:manage_audit", {}),
        ("country_pages:focal_points", {}),
        ("country_pages:reference_data", {}),
        ("country_pages:status_edit", {"iso3": "AGO"}),
        ("country_pages:edit", {"iso3": "AGO"}),
        ("country_pages:translation_edit", {"iso3": "AGO", "language": "ar"}),
        ("partnerships:dashboard", {}),
        ("ia_meetings:edit", {"pk": "meeting"}),
    ],
}


@pytest.fixture
def world(angola, zimbabwe):
    """Angola's page published with a need and a French version; a meeting with
    an action point; a partnership with a commitment; a platform; interest."""
    isu = IsuFactory(email="isu.world@example.org")
    services.page_section_save(
        state=angola,
        key="national_context",
        user=isu,
        is_visible=True,
        content={"background": "Angola's context.", "sdgs": ["1"]},
        expected_version=0,
    )
    need = NeedFactory(state=angola, title="Clearance of Cuando Cubango")
    services.country_page_publish(state=angola, user=isu)
    translations.page_section_translation_save(
        state=angola,
        key="national_context",
        language="fr",
        user=isu,
        content={"background": "Le contexte de l'Angola."},
        expected_version=0,
    )
    translations.page_translation_publish(state=angola, language="fr", user=isu)
    meeting = MeetingFactory()
    ActionPointFactory(meeting=meeting)
    commitment = CommitmentFactory()
    PlatformFactory(state=angola)
    return {
        "need": need,
        "meeting": meeting,
        "partnership": commitment.partnership,
        "interest": None,
    }


def _address(name, kwargs, world, language):
    kwargs = {k: world[v].pk if v in world else v for k, v in kwargs.items()}
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("role", list(ROLE_PAGES))
def test_every_page_of_every_role_reads_in_every_language(
    role, language, world, make_user, client_for
):
    user = make_user(role)
    if role == "donor":
        world["interest"] = InterestFactory(donor=user, need=world["need"])
    client = client_for(user)
    for name, kwargs in ROLE_PAGES[role]:
        address = _address(name, kwargs, world, language)
        response = client.get(address)
        assert response.status_code == 200, (address, response.status_code)
        html = response.content.decode()
        match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', html)
        assert match, address
        assert match.groups() == (language, LANGUAGES[language]), address
