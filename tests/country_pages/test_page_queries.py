"""A page's SQL query count does not grow with its needs, maps and revisions."""

import pytest
from django.urls import reverse

from country_pages import selectors, services
from country_pages.models import Need, PageMap, PageRevision
from tests.factories import IsuFactory
from tests.roles import assert_shows


def fill(state, user, count):
    """`count` needs, maps and published revisions on the State's page."""
    services.page_section_save(
        state=state,
        key="national_context",
        user=user,
        is_visible=True,
        content={"background": "Context", "sdgs": ["1", "5"]},
        expected_version=0,
    )
    Need.objects.bulk_create(
        Need(
            state=state,
            theme=["clearance", "victim_assistance"][i % 2],
            title=f"Need {i}",
            description="Description",
            estimated_cost=1000,
            funding_secured=10,
            start_year=2026,
            end_year=2027,
            is_published=True,
            version=1,
        )
        for i in range(count)
    )
    PageMap.objects.bulk_create(
        PageMap(
            state=state,
            title=f"Map {i}",
            kind="geojson",
            file=f"x/{i}.geojson",
            content_type="application/geo+json",
            extension="geojson",
            svg="<svg></svg>",
            is_published=True,
        )
        for i in range(count)
    )
    services.country_page_publish(state=state, user=user)
    snapshot = selectors.page_snapshot(state=state)
    PageRevision.objects.bulk_create(
        PageRevision(state=state, number=n, snapshot=snapshot, created_by=user)
        for n in range(2, count + 1)
    )


# Queries the apps above may spend on what they contribute through
# country_pages.registry (the IA and partnerships sections, the index's IA
# platform column, the status section's latest Article 7 report; committee's
# "what the IA brought", two); the rest is this app's own, measured.
CONTRACTS = 9
VIEWS = [
    # (url name, kwargs, who asks, ceiling, what the page shows of the rows)
    ("country_pages:detail", {"iso3": "AGO"}, None, 4 + CONTRACTS, "Need 0"),
    (
        "country_pages:detail",
        {"iso3": "AGO"},
        "focal_point",
        8 + CONTRACTS,
        "Map 0",
    ),
    ("country_pages:index", {}, None, 1 + CONTRACTS, "Zimbabwe"),
    # 9: the page's versions in other languages, one query.
    ("country_pages:edit", {"iso3": "AGO"}, "focal_point", 9, "Need 0"),
    (
        "country_pages:preview",
        {"iso3": "AGO"},
        "focal_point",
        10 + CONTRACTS,
        "Map 0",
    ),
    # 7: each revision's language and the one before it in that language.
    ("country_pages:history", {"iso3": "AGO"}, "focal_point", 7, "Revision 1<"),
    (
        "country_pages:revision",
        {"iso3": "AGO", "number": 1},
        "focal_point",
        5 + CONTRACTS,
        "Need 0",
    ),
    ("country_pages:compare", {"iso3": "AGO"}, "focal_point", 7, "Changes from"),
    (
        "country_pages:section_edit",
        {"iso3": "AGO", "key": "national_context"},
        "focal_point",
        5,
        "Context",
    ),
]


@pytest.mark.parametrize("count", [1, 20])
@pytest.mark.parametrize(
    "name,kwargs,who,ceiling,shown",
    VIEWS,
    ids=[f"{v[0]}-{v[2] or 'anonymous'}" for v in VIEWS],
)
def test_a_pages_queries_do_not_grow_with_its_rows(
    name,
    kwargs,
    who,
    ceiling,
    shown,
    count,
    make_user,
    client_for,
    angola,
    django_assert_max_num_queries,
):
    user = make_user(who) if who else None
    fill(angola, IsuFactory(email="filler@example.org"), count)
    client = client_for(user)
    with django_assert_max_num_queries(ceiling):
        response = client.get(reverse(name, kwargs=kwargs))
    assert_shows(response, shown)


def test_a_cached_page_costs_an_anonymous_reader_no_query(
    client, angola, django_assert_num_queries
):
    url = reverse("country_pages:detail", args=["AGO"])
    first = client.get(url)
    with django_assert_num_queries(0):
        again = client.get(url)
    assert again.content == first.content


def test_signed_in_readers_and_unknown_states_are_not_served_from_the_cache(
    client, make_user, client_for, angola
):
    url = reverse("country_pages:detail", args=["AGO"])
    client.get(url)
    signed_in = client_for(make_user("donor")).get(url).content.decode()
    assert "Follow Angola" in signed_in
    missing = client.get(reverse("country_pages:detail", args=["XYZ"]))
    assert missing.status_code == 404
    assert "Follow" not in missing.content.decode()
