"""The needs and maps a country page lists are exactly those its reader may read.

The public page lists what the public may read (read_need, read_map for an
anonymous reader), whoever looks at it; the preview and the editor list what
their reader may read, drafts included for those who read the State's drafts
(rules.page_items_visible_filter beside the predicates).
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.urls import reverse

from country_pages import services
from country_pages.models import MapKind, Need, PageMap
from tests.factories import IsuFactory, NeedFactory
from tests.roles import assert_refused

TITLES = {
    ("AGO", True): "Angola published need",
    ("AGO", False): "Angola draft need",
    ("ZWE", True): "Zimbabwe published need",
    ("ZWE", False): "Zimbabwe draft need",
}


@pytest.fixture
def pages(angola, zimbabwe):
    """A published page for each State, with a published and a draft need and map."""
    author = IsuFactory(email="isu.author@example.org")
    for state in (angola, zimbabwe):
        NeedFactory(state=state, title=TITLES[(state.iso3, True)])
        services.page_map_add(
            state=state,
            user=author,
            title=f"{state.name} published map",
            upload=_geojson_file(),
            kind=MapKind.GEOJSON,
            content_type="application/geo+json",
            extension="geojson",
            svg="<svg></svg>",
        )
        services.country_page_publish(state=state, user=author)
        NeedFactory(state=state, title=TITLES[(state.iso3, False)], is_published=False)
        services.page_map_add(
            state=state,
            user=author,
            title=f"{state.name} draft map",
            upload=_geojson_file(),
            kind=MapKind.GEOJSON,
            content_type="application/geo+json",
            extension="geojson",
            svg="<svg></svg>",
        )


def _geojson_file():
    return ContentFile(b"{}", name="map.geojson")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def listed(html: str, items) -> set[str]:
    return {item.title for item in items if item.title in html}


def readable(user, perm, items) -> set[str]:
    return {item.title for item in items if user.has_perm(perm, item)}


def angolas_items():
    return (
        list(Need.objects.filter(state__iso3="AGO")),
        list(PageMap.objects.filter(state__iso3="AGO")),
    )


def test_the_public_page_lists_what_the_public_may_read(
    role, make_user, client_for, pages
):
    user = make_user(role)
    html = client_for(user).get(reverse("country_pages:detail", args=["AGO"]))
    html = html.content.decode()
    needs, maps = angolas_items()
    public = AnonymousUser()
    assert listed(html, needs) == readable(public, "country_pages.read_need", needs)
    assert listed(html, maps) == readable(public, "country_pages.read_map", maps)
    assert listed(html, needs) == {"Angola published need"}


@pytest.mark.parametrize("page", ["country_pages:preview", "country_pages:edit"])
def test_the_preview_and_editor_list_what_their_reader_may_read(
    page, role, make_user, client_for, pages
):
    user = make_user(role)
    response = client_for(user).get(reverse(page, args=["AGO"]))
    needs, maps = angolas_items()
    allowed = {
        "country_pages:preview": {"focal_point", "isu", "committee", "chair"},
        "country_pages:edit": {"focal_point", "isu"},
    }[page]
    if role not in allowed:
        assert_refused(response, user, hidden=("Angola published need",))
        return
    html = response.content.decode()
    assert listed(html, needs) == readable(user, "country_pages.read_need", needs)
    assert listed(html, maps) == readable(user, "country_pages.read_map", maps)
    assert listed(html, needs) == {"Angola published need", "Angola draft need"}
    assert "Zimbabwe" not in " ".join(listed(html, needs))
