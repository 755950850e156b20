"""Every partnerships page and action, tried by every role: what the role reads
on the page, and what an action changes in the database (nothing when it is
refused)."""

import pytest
from django.urls import resolve, reverse

from partnerships.models import Interest, Partner, Partnership, Platform
from portal.summaries import SummaryItem
from tests.conftest import ROLES
from tests.factories import NeedFactory
from tests.roles import assert_refused, assert_shows

from .factories import CommitmentFactory, InterestFactory, PlatformFactory

EVERYONE = set(ROLES)
KEEPERS = {"focal_point", "other_focal_point", "isu"}
ANGOLA = {"focal_point", "isu"}
OVERSIGHT = {"committee", "chair", "isu"}


@pytest.fixture
def data(db):
    commitment = CommitmentFactory(partnership__title="Clearance of Cuando Cubango")
    PlatformFactory()
    need = NeedFactory(title="Survey of the eastern border")
    return {
        "partnership": commitment.partnership,
        "partner": commitment.partner,
        "need": need,
    }


# view name, its arguments, the roles that may open it, what they read there.
GET_MATRIX = [
    ("partnerships:needs", [], EVERYONE, ["Survey of the eastern border"]),
    ("partnerships:index", [], EVERYONE, ["Clearance of Cuando Cubango"]),
    ("partnerships:partners", [], EVERYONE, ["<h1>Partners</h1>", "{partner}"]),
    ("partnerships:charts", [], EVERYONE, ["Funding committed by year"]),
    ("partnerships:detail", ["{pk}"], EVERYONE, ["Clearance of Cuando Cubango"]),
    ("partnerships:platform", ["AGO"], EVERYONE, ["(ANAMA)"]),
    ("partnerships:platform", ["ZWE"], EVERYONE, ["has not recorded a National"]),
    ("partnerships:dashboard", [], OVERSIGHT, ["<h1>Partnerships across countries"]),
    ("partnerships:create", [], KEEPERS, ["New partnership for completion"]),
    ("partnerships:partner_create", [], KEEPERS, ["<h1>Add a partner</h1>"]),
    ("partnerships:edit", ["{pk}"], ANGOLA, ["Edit “Clearance of Cuando Cubango”"]),
    ("partnerships:platform_edit", ["AGO"], ANGOLA, ['value="National Mine']),
    ("partnerships:interest_create", ["{need}"], {"donor"}, ["<h1>Register interest"]),
]


def fill(values, data):
    return [
        str(v).format(
            pk=data["partnership"].pk, need=data["need"].pk, partner=data["partner"]
        )
        for v in values
    ]


@pytest.mark.parametrize(
    "name,args,allowed,texts",
    GET_MATRIX,
    ids=[f"{m[0]}-{i}" for i, m in enumerate(GET_MATRIX)],
)
def test_each_page_shows_its_records_to_the_roles_it_is_for(
    name, args, allowed, texts, role, make_user, client_for, data
):
    user = make_user(role)
    response = client_for(user).get(reverse(name, args=fill(args, data)))
    if role in allowed:
        assert_shows(response, *fill(texts, data))
    else:
        assert_refused(response, user, hidden=tuple(fill(texts, data)))


ITEM_FIELDS = {
    "partners": "Responsibility",
    "objectives": "Objective or target",
    "commitments": "First year",
    "dialogue": "Progress",
}


@pytest.mark.parametrize("kind", ITEM_FIELDS)
def test_only_angolas_keepers_open_the_forms_adding_to_its_partnership(
    kind, role, make_user, client_for, data
):
    user = make_user(role)
    url = reverse("partnerships:item_add", args=[data["partnership"].pk, kind])
    response = client_for(user).get(url)
    if role in ANGOLA:
        assert_shows(response, "Clearance of Cuando Cubango", ITEM_FIELDS[kind])
    else:
        assert_refused(response, user, hidden=(ITEM_FIELDS[kind],))


def test_interest_is_read_by_its_donor_and_the_states_keepers(
    role, make_user, client_for, data
):
    user = make_user(role)
    interest = InterestFactory(need=data["need"], message="We can fund a team.")
    if role == "donor":
        interest.donor = user
        interest.save()
    url = reverse("partnerships:interest", args=[interest.pk])
    response = client_for(user).get(url)
    if role in {"donor"} | ANGOLA:
        html = assert_shows(response, "Survey of the eastern border", "fund a team")
        # Only the State's keepers get the answer form.
        assert ('name="status"' in html) == (role in ANGOLA)
    else:
        assert_refused(response, user, hidden=("We can fund a team.",))


# Actions: the effect for the roles allowed, nothing for the others ---


def test_interest_is_answered_by_the_states_keepers_only(
    role, make_user, client_for, data
):
    user = make_user(role)
    interest = InterestFactory(need=data["need"])
    if role == "donor":  # the donor who registered it reads it, cannot answer
        interest.donor = user
        interest.save()
    url = reverse("partnerships:interest", args=[interest.pk])
    response = client_for(user).post(
        url, {"status": "discussed", "answer": "Let us talk in May.", "version": 1}
    )
    interest.refresh_from_db()
    if role in ANGOLA:
        assert response["Location"] == url
        assert (interest.status, interest.version) == ("discussed", 2)
        assert interest.answer == "Let us talk in May."
    else:
        assert_refused(response, user)
        assert (interest.status, interest.version, interest.answer) == (
            "registered",
            1,
            "",
        )


def test_the_donor_reads_the_states_answer_on_the_interest_page(
    make_user, client_for, data
):
    donor = make_user("donor")
    interest = InterestFactory(
        need=data["need"], donor=donor, answer="Write to **the NMAC**."
    )
    html = assert_shows(
        client_for(donor).get(reverse("partnerships:interest", args=[interest.pk])),
        "Answer from Angola",
        "Write to <strong>the NMAC</strong>.",
    )
    assert 'name="answer"' not in html


def test_only_angolas_keepers_edit_its_partnership(role, make_user, client_for, data):
    user = make_user(role)
    p = data["partnership"]
    form = {
        "title": "Renamed",
        "description": "d",
        "start_date": "2024-01-01",
        "status": "active",
        "version": p.version,
    }
    response = client_for(user).post(reverse("partnerships:edit", args=[p.pk]), form)
    saved = Partnership.objects.get(pk=p.pk)
    if role in ANGOLA:
        assert response["Location"] == p.get_absolute_url()
        assert (saved.title, saved.updated_by) == ("Renamed", user)
    else:
        assert_refused(response, user)
        assert (saved.title, saved.version) == (p.title, 1)


def test_a_keeper_starts_a_partnership_for_their_own_state_only(
    role, make_user, client_for, angola
):
    user = make_user(role)
    form = {
        "state": angola.pk,
        "title": "Mine risk education in Moxico",
        "description": "d",
        "start_date": "2025-01-01",
        "status": "planned",
    }
    response = client_for(user).post(reverse("partnerships:create"), form)
    created = Partnership.objects.filter(title="Mine risk education in Moxico")
    if role in ANGOLA:
        assert response["Location"] == created.get().get_absolute_url()
    elif role == "other_focal_point":  # Angola is not among their States
        assert_shows(response, "Select a valid choice")
        assert not created.exists()
    else:
        assert_refused(response, user)
        assert not created.exists()


def test_keepers_add_a_partner(role, make_user, client_for, db):
    user = make_user(role)
    response = client_for(user).post(
        reverse("partnerships:partner_create"), {"name": "UNDP", "kind": "un"}
    )
    if role in KEEPERS:
        assert response["Location"] == reverse("partnerships:partners")
        assert Partner.objects.get(name="UNDP").kind == "un"
    else:
        assert_refused(response, user)
        assert not Partner.objects.filter(name="UNDP").exists()


ITEM_POSTS = {
    "objectives": {"text": "Clear 10 km²", "target_date": "2026-12-31"},
    "dialogue": {"date": "2025-03-01", "progress": "Two teams deployed."},
}


@pytest.mark.parametrize("kind", ITEM_POSTS)
def test_only_angolas_keepers_add_to_its_partnership(
    kind, role, make_user, client_for, data
):
    user = make_user(role)
    p = data["partnership"]
    prefix = {"objectives": "objective", "dialogue": "dialogue"}[kind]
    response = client_for(user).post(
        reverse("partnerships:item_add", args=[p.pk, kind]),
        {f"{prefix}-{k}": v for k, v in ITEM_POSTS[kind].items()},
    )
    added = getattr(p, kind).exists()
    if role in ANGOLA:
        assert response["Location"] == f"{p.get_absolute_url()}#{kind}"
        assert added
    else:
        assert_refused(response, user)
        assert not added


def test_only_angolas_keepers_remove_from_its_partnership(
    role, make_user, client_for, data
):
    user = make_user(role)
    p = data["partnership"]
    objective = p.objectives.create(text="Clear 10 km²", target_date="2026-12-31")
    response = client_for(user).post(
        reverse("partnerships:item_remove", args=[p.pk, "objectives", objective.pk])
    )
    if role in ANGOLA:
        assert response["Location"] == f"{p.get_absolute_url()}#objectives"
        assert not p.objectives.exists()
    else:
        assert_refused(response, user)
        assert p.objectives.get() == objective


def test_only_angolas_keepers_mark_an_objective_met(role, make_user, client_for, data):
    user = make_user(role)
    p = data["partnership"]
    objective = p.objectives.create(text="Clear 10 km²", target_date="2026-12-31")
    response = client_for(user).post(
        reverse("partnerships:objective_met", args=[p.pk, objective.pk]), {"met": "1"}
    )
    objective.refresh_from_db()
    assert objective.is_met == (role in ANGOLA)
    if role not in ANGOLA:
        assert_refused(response, user)


def test_only_angolas_keepers_edit_its_platform(role, make_user, client_for, data):
    user = make_user(role)
    response = client_for(user).post(
        reverse("partnerships:platform_edit", args=["AGO"]),
        {
            "lead_authority": "CNIDAH",
            "focus": "Article 5",
            "cadence_months": "3",
            "version": 1,
        },
    )
    platform = Platform.objects.get(state__iso3="AGO")
    if role in ANGOLA:
        assert response["Location"] == platform.get_absolute_url()
        assert (platform.lead_authority, platform.version) == ("CNIDAH", 2)
    else:
        assert_refused(response, user)
        assert platform.lead_authority == "National Mine Action Agency (ANAMA)"


def test_only_angolas_keepers_add_a_platform_member(role, make_user, client_for, data):
    user = make_user(role)
    response = client_for(user).post(
        reverse("partnerships:platform_member_add", args=["AGO"]),
        {"name": "UNDP", "group": "un"},
    )
    added = Platform.objects.get(state__iso3="AGO").members.filter(name="UNDP")
    assert added.exists() == (role in ANGOLA)
    if role not in ANGOLA:
        assert_refused(response, user)


def test_only_angolas_keepers_remove_a_platform_member(
    role, make_user, client_for, data
):
    user = make_user(role)
    member = Platform.objects.get().members.create(name="UNDP", group="un")
    response = client_for(user).post(
        reverse("partnerships:platform_member_remove", args=["AGO", member.pk])
    )
    assert Platform.objects.get().members.exists() == (role not in ANGOLA)
    if role not in ANGOLA:
        assert_refused(response, user)


def test_only_an_approved_donor_registers_interest(role, make_user, client_for, data):
    user = make_user(role)
    response = client_for(user).post(
        reverse("partnerships:interest_create", args=[data["need"].pk]),
        {"message": "We can help.", "indicative_amount": "1000", "currency": "EUR"},
    )
    registered = Interest.objects.filter(need=data["need"])
    if role == "donor":
        assert response["Location"] == reverse("partnerships:needs")
        assert registered.get().donor == user
    else:
        assert_refused(response, user)
        assert not registered.exists()


# What the pages show ---


def test_partnership_list_filters_keep_their_selection(client, data, angola):
    response = client.get(
        reverse("partnerships:index"), {"country": "AGO", "is_south_south": "false"}
    )
    assert_shows(
        response,
        '<option value="AGO" selected>Angola</option>',
        '<option value="false" selected>No</option>',
        data["partnership"].title,
    )


def test_platform_address_resolves_beside_the_country_page():
    assert resolve("/countries/SDN/platform/").view_name == "partnerships:platform"
    assert resolve("/countries/SDN/").view_name == "country_pages:detail"
    assert reverse("partnerships:needs") == "/needs/"
    assert reverse("partnerships:index") == "/partnerships/"


def test_nav_shows_needs_and_partnerships(client, db):
    assert_shows(client.get("/"), 'href="/needs/"', 'href="/partnerships/"')


def test_platform_page_lists_nmap_meetings_from_the_meetings_app(
    monkeypatch, client, data
):
    calls = []

    def meetings(*, state, user, kind=""):
        calls.append(kind)
        return [SummaryItem("NMAP meeting, Luanda", "/meetings/1/")]

    monkeypatch.setattr("ia_meetings.selectors.country_meetings", meetings)
    response = client.get(reverse("partnerships:platform", args=["AGO"]))
    assert_shows(response, '<a href="/meetings/1/">NMAP meeting, Luanda</a>')
    assert calls == ["nmap"]


def test_overdue_warning_on_the_platform_page_is_for_the_state_and_oversight(
    monkeypatch, role, make_user, client_for, data
):
    monkeypatch.setattr(
        "ia_meetings.selectors.last_meeting_start", lambda *, state, kind: None
    )
    url = reverse("partnerships:platform", args=["AGO"])
    html = assert_shows(client_for(make_user(role)).get(url), "(ANAMA)")
    shown = "A meeting is overdue." in html
    assert shown == (role in {"focal_point", "isu", "committee", "chair"})
