"""Issue 15, items 5 and 6: the needs browser's totals per currency, sortable
headings, Country choices and "Register interest" only where there is
something to fund; a page per need (funding, interest, partnerships,
history); a need's funding secured split into recorded commitments and what
the State typed in."""

import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser

from country_pages import services as page_services
from country_pages.models import NeedStatus
from partnerships import services
from partnerships.forms import CommitmentForm
from partnerships.models import Interest
from portal.services import ServiceError
from tests.factories import NeedFactory
from tests.partnerships.factories import (
    CommitmentFactory,
    InterestFactory,
    PartnershipFactory,
)
from tests.roles import assert_refused, assert_shows

pytestmark = pytest.mark.django_db
NEEDS = "/needs/"


def totals(html: str) -> dict[str, list[str]]:
    table = re.search(r'<table class="table table-totals">(.*?)</table>', html, re.S)
    if table is None:
        return {}
    return {
        currency: [re.sub(r"<[^>]+>", "", cell).strip() for cell in cells]
        for currency, cells in (
            (m.group(1), re.findall(r"<td[^>]*>(.*?)</td>", m.group(2)))
            for m in re.finditer(
                r'<tr><th scope="row">(\w+)</th>(.*?)</tr>', table.group(1), re.S
            )
        )
    }


def test_the_browser_totals_the_filtered_needs_per_currency(client, zimbabwe):
    NeedFactory(estimated_cost=1000, funding_secured=400, currency="USD")
    NeedFactory(estimated_cost=500, funding_secured=600, currency="USD")
    NeedFactory(estimated_cost=None, funding_secured=50, currency="USD")
    NeedFactory(estimated_cost=300, funding_secured=0, currency="EUR")
    NeedFactory(state=zimbabwe, estimated_cost=9000, funding_secured=0)
    NeedFactory(estimated_cost=7777, is_published=False)
    html = assert_shows(
        client.get(NEEDS, {"country": "AGO"}),
        "1 need has no estimated cost yet",
    )
    # Count, estimated cost, secured, gap (a need over-funded has no negative
    # gap); EUR apart, never converted; the draft and Zimbabwe left out.
    assert totals(html) == {
        "EUR": ["1", "300", "0", "300"],
        "USD": ["3", "1,500", "1,050", "600"],
    }
    everything = totals(client.get(NEEDS).content.decode())
    assert everything["USD"] == ["4", "10,500", "1,050", "9,600"]


def test_column_headings_sort_and_say_the_order(client):
    NeedFactory(title="Small gap", estimated_cost=100, funding_secured=50)
    NeedFactory(title="Large gap", estimated_cost=900, funding_secured=0)
    html = client.get(NEEDS, {"theme": "clearance"}).content.decode()
    assert 'href="?theme=clearance&amp;sort=gap"' in html
    html = client.get(NEEDS, {"theme": "clearance", "sort": "gap"}).content.decode()
    assert re.search(
        r'<th scope="col" class="numeric" aria-sort="ascending">'
        r'<a href="\?theme=clearance&amp;sort=-gap">',
        html,
    )
    assert html.index("Small gap") < html.index("Large gap")
    html = client.get(NEEDS, {"sort": "-secured"}).content.decode()
    assert 'aria-sort="descending"' in html
    assert html.index("Small gap") < html.index("Large gap")


def test_the_country_choice_offers_only_states_with_published_needs(client, zimbabwe):
    NeedFactory()
    NeedFactory(state=zimbabwe, is_published=False)
    html = client.get(NEEDS).content.decode()
    select = re.search(r'<select name="country".*?</select>', html, re.S).group(0)
    assert re.findall(r'<option value="(\w+)"', select) == ["AGO"]
    # A State without published needs is refused with a message, not a 500.
    html = assert_shows(client.get(NEEDS, {"country": "ZWE"}), "Select a valid")


def test_a_fully_funded_need_takes_no_interest(donor, client_for):
    funded = NeedFactory(title="Covered", estimated_cost=100, funding_secured=100)
    completed = NeedFactory(title="Done", status=NeedStatus.COMPLETED)
    open_need = NeedFactory(title="Open")
    client = client_for(donor)
    html = client.get(NEEDS).content.decode()
    assert html.count("Fully funded") == 2
    assert f"/needs/{open_need.pk}/interest/" in html
    assert f"/needs/{funded.pk}/interest/" not in html
    for need in (funded, completed):
        url = f"/needs/{need.pk}/interest/"
        assert_shows(client.get(url), "This need is fully funded")
        client.post(url, {"message": "We could help"})
        assert not Interest.objects.filter(need=need).exists()
        with pytest.raises(ServiceError):
            services.interest_register(donor=donor, need=need, message="Help")
    page = client.get(funded.get_absolute_url()).content.decode()
    assert "This need is fully funded" in page
    assert f"/needs/{funded.pk}/interest/" not in page


def test_a_need_has_its_own_page_for_whoever_may_read_it(role, make_user, client_for):
    user = make_user(role)
    published = NeedFactory(title="Moxico clearance")
    draft = NeedFactory(title="Moxico draft", is_published=False)
    client = client_for(user)
    assert_shows(client.get(published.get_absolute_url()), "Moxico clearance")
    reader = user or AnonymousUser()
    response = client.get(draft.get_absolute_url())
    if reader.has_perm("country_pages.read_need", draft):
        assert_shows(response, "Moxico draft", "Draft")
    else:
        assert_refused(response, user, hidden=("Moxico draft",))
    assert client.get("/needs/999999/").status_code == 404


def test_the_need_page_counts_interest_for_all_and_names_it_to_those_it_concerns(
    role, make_user, client_for
):
    user = make_user(role)
    need = NeedFactory()
    theirs = InterestFactory(need=need, donor__organisation="Fund of Norway")
    if role == "donor":
        InterestFactory(need=need, donor=user)
    html = assert_shows(
        client_for(user).get(need.get_absolute_url()),
        "registered interest in this need",
    )
    reader = user or AnonymousUser()
    assert ("Fund of Norway" in html) == reader.has_perm(
        "partnerships.read_interest", theirs
    )
    if role == "donor":
        assert html.count("/partnerships/interest/") == 1


def test_the_need_page_lists_partnerships_and_the_history_since_publication(
    client, focal_point, client_for
):
    need = NeedFactory(is_published=False, estimated_cost=100)
    need.refresh_from_db()
    page_services.need_update(
        need=need,
        user=focal_point,
        expected_version=need.version,
        **{**_facts(need), "estimated_cost": Decimal("150")},
    )
    page_services.country_page_publish(state=need.state, user=focal_point)
    need.refresh_from_db()
    page_services.need_update(
        need=need,
        user=focal_point,
        expected_version=need.version,
        **{**_facts(need), "funding_secured": Decimal("90"), "status": "funded"},
    )
    partnership = PartnershipFactory(title="Moxico together")
    InterestFactory(need=need, partnership=partnership)
    html = assert_shows(
        client.get(need.get_absolute_url()),
        "Moxico together",
        "Published.",
        "Funding secured: 250000.00 → 90.00",
        "Status: Open → Funded",
    )
    assert "Estimated cost: 100.00 → 150.00" not in html
    insider = client_for(focal_point).get(need.get_absolute_url())
    assert_shows(insider, "Estimated cost: 100.00 → 150.00")


def _facts(need) -> dict:
    return {
        name: getattr(need, name)
        for name in (
            "theme",
            "title",
            "description",
            "estimated_cost",
            "currency",
            "funding_secured",
            "start_year",
            "end_year",
            "age_gender_considerations",
            "status",
        )
    }


def test_funding_secured_says_what_recorded_commitments_account_for(client):
    need = NeedFactory(estimated_cost=1_000_000, funding_secured=400_000)
    CommitmentFactory(
        need=need, amount=100_000, year_from=2025, year_to=2026, currency="USD"
    )
    CommitmentFactory(need=need, amount=50_000, currency="EUR")
    html = assert_shows(
        client.get(need.get_absolute_url()),
        "400,000 USD secured: 200,000 USD from commitments recorded in "
        "partnerships, 200,000 USD as typed in by the State.",
        "another currency: not counted",
    )
    assert "more than the" not in html
    CommitmentFactory(need=need, amount=300_000, currency="USD")
    assert_shows(
        client.get(need.get_absolute_url()),
        "add up to 500,000 USD, more than the 400,000 USD",
    )


def test_a_commitment_funds_only_a_need_of_the_partnerships_state(zimbabwe):
    partnership = PartnershipFactory()
    own = NeedFactory()
    other = NeedFactory(state=zimbabwe)
    form = CommitmentForm(partnership=partnership)
    assert list(form.fields["need"].queryset) == [own]
    commitment = CommitmentFactory(partnership=partnership)
    with pytest.raises(ServiceError):
        services.commitment_add(
            partnership=partnership,
            actor=None,
            partner=commitment.partner,
            kind="financial",
            year_from=2025,
            amount=Decimal(10),
            currency="USD",
            need=other,
        )
    added = services.commitment_add(
        partnership=partnership,
        actor=None,
        partner=commitment.partner,
        kind="financial",
        year_from=2025,
        amount=Decimal(10),
        currency="USD",
        need=own,
    )
    assert added.need == own


def test_the_need_page_has_a_query_ceiling(
    client_for, isu, django_assert_max_num_queries
):
    need = NeedFactory()
    for _ in range(10):
        InterestFactory(need=need)
        CommitmentFactory(need=need)
    client = client_for(isu)
    with django_assert_max_num_queries(16):
        assert client.get(need.get_absolute_url()).status_code == 200
