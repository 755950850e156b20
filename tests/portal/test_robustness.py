"""Issue 16, class 2: no input gives a server error.

Walks every URL pattern of the portal, read from the resolver (so an address
added later is walked too), as every role, with malformed values: NUL bytes,
numbers beyond 64 bits, 1 MB strings, odd Unicode and undecodable bytes, missing
and repeated fields, in the address, in the query string and in every form the
page shows (posted back to its action). Any 5xx fails, listing what was sent.
Runs on SQLite and, in CI, on PostgreSQL (where NUL bytes used to fail).
"""

import io
import itertools
import re
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from country_pages import services as page_services
from ia_meetings.models import Participant
from ia_meetings.services.invitations import participant_response_token
from partnerships.models import Objective
from portal.models import DocumentStatus
from tests.factories import NeedFactory
from tests.ia_meetings.factories import MaterialFactory
from tests.meeting_reports.factories import held_meeting, version_in
from tests.partnerships.factories import (
    CommitmentFactory,
    InterestFactory,
    PartnershipFactory,
    PlatformFactory,
)

ROLES = ["anonymous", "donor", "focal_point", "other_focal_point", "committee", "isu"]

MEGABYTE = "x" * 1_000_000
# Values for a field or a parameter; each role tries some, so every value is
# tried at every address and every role at every address.
VALUES = {
    "nul": "a\x00b",
    "huge": "9" * 40,
    "negative": "-99999999999999999999",
    "unicode": "\u202e\U0001f4a3\ufeff\u0301\u2028ǅß",
    "float": "1e400",
    "megabyte": MEGABYTE,
}
# In the address, where a converter would accept them.
PATH_VALUES = ["%00", "9" * 40, "%FF%FE", "x" * 5000, "-1", "%E2%80%AE"]
# Parameters pages commonly read, beside those of the forms they show.
QUERY_NAMES = [
    "q", "country", "state", "theme", "region", "status", "page", "sort",
    "format", "year", "when", "kind", "version", "next", "a", "b", "gap_min",
    "gap_max", "year_from", "year_to", "actor", "action", "since", "until", "role",
]  # fmt: skip


class _Forms(HTMLParser):
    """The forms of a page: method, action and field names."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "method": (attrs.get("method") or "get").lower(),
                    "action": attrs.get("action") or "",
                    "fields": [],
                    "files": [],
                }
            )
        elif tag in ("input", "select", "textarea") and self.forms:
            name = attrs.get("name")
            if not name:
                return
            if attrs.get("type") == "file":
                self.forms[-1]["files"].append(name)
            else:
                self.forms[-1]["fields"].append(name)


def _patterns(resolver=None, prefix="", namespace=None):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue  # the Django admin's own; tried below for its index
            yield from _patterns(
                entry, prefix + str(entry.pattern), entry.namespace or namespace
            )
        elif isinstance(entry, URLPattern):
            yield namespace, entry.name, prefix + str(entry.pattern)


PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>|\(\?P<(?P<rname>\w+)>[^)]*\)")


def _fill(pattern: str, values: dict) -> str:
    """The address of `pattern` with each parameter from `values`."""
    route = pattern.replace("^", "").replace("$", "")

    def sub(match):
        # A parameter the world does not know (a new address) still gets a
        # value: the address is walked, if only to a 404.
        return str(values.get(match.group("name") or match.group("rname"), "1"))

    route = PARAM.sub(sub, route)
    route = route.replace("\\", "")
    return "/" + route


def _params(pattern: str) -> list[str]:
    return [m.group("name") or m.group("rname") for m in PARAM.finditer(pattern)]


@pytest.fixture
def world(make_user, angola, zimbabwe):
    """One of everything an address can name, for Angola, and each role's user."""
    users = {role: make_user(role) for role in ROLES}
    focal = users["focal_point"]
    need = NeedFactory(state=angola, is_published=True)
    page_services.page_section_save(
        state=angola,
        key="contacts",
        user=focal,
        is_visible=True,
        content={"national_authority": "CNIDAH"},
        expected_version=0,
    )
    page_services.country_page_publish(state=angola, user=focal)
    meeting = held_meeting(state=angola, participants=2)
    item = meeting.agenda_items.get(code="II.A")
    material = MaterialFactory(agenda_item=item)
    participant = Participant.objects.filter(meeting=meeting).first()
    version = version_in(DocumentStatus.READY, meeting=meeting)
    version.pages, version.size = 3, 1000
    version.save(update_fields=["pages", "size"])
    partnership = PartnershipFactory(state=angola)
    commitment = CommitmentFactory(partnership=partnership)
    objective = Objective.objects.create(
        partnership=partnership, text="Survey", target_date="2027-01-01"
    )
    interest = InterestFactory(need=need, donor=users["donor"])
    platform = PlatformFactory(state=angola)
    member = platform.members.create(name="UNDP", group="un")
    assignment = focal.focal_point_assignments.first()
    by_param = {
        "iso3": "AGO",
        "key": "contacts",
        "number": 1,
        "item_pk": item.pk,
        "participant_pk": participant.pk,
        "point_pk": meeting.action_points.first().pk,
        "follow_up_pk": meeting.follow_ups.first().pk,
        "token": participant_response_token(participant=participant),
        "kind": "objectives",
    }
    pk_by_url = {
        "portal:user_role": focal.pk,
        "portal:donor_decide": users["donor"].pk,
        "country_pages:need_edit": need.pk,
        "country_pages:need_delete": need.pk,
        "country_pages:focal_point_remove": assignment.pk if assignment else 1,
        "ia_meetings:material_download": material.pk,
        "ia_meetings:material_remove": material.pk,
        "partnerships:interest_create": need.pk,
        "partnerships:interest": interest.pk,
        "partnerships:platform_member_remove": member.pk,
    }
    item_by_url = {
        "partnerships:objective_met": objective.pk,
        "partnerships:item_remove": objective.pk,
    }

    def values(namespace, name):
        url = f"{namespace}:{name}" if namespace else name
        pk = pk_by_url.get(url)
        if pk is None:
            pk = partnership.pk if namespace == "partnerships" else meeting.pk
        return {
            **by_param,
            "pk": pk,
            "item_pk": item_by_url.get(url, by_param["item_pk"]),
            "uidb36": "1",
            "key": by_param["key"],
        } | ({"key": "nokey-123"} if name and name.startswith("account_") else {})

    del commitment
    return users, values


def _form_data(form, value, *, repeat=False):
    fields = {}
    for name in form["fields"]:
        fields.setdefault(name, [])
        if repeat:
            fields[name].append("1")
        fields[name].append(value)
    if value is MEGABYTE and form["fields"]:
        # One field of 1 MB (all of them would be refused as too big a request).
        fields = {name: ["x"] for name in fields}
        fields[form["fields"][0]] = [MEGABYTE]
    for name in form["files"]:
        fields[name] = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        fields[name].name = "map.png"
    return fields


def _assert_no_server_error(client, method, url, failures, **kwargs):
    response = getattr(client, method)(url, **kwargs)
    if response.status_code >= 500:
        data = kwargs.get("data")
        shown = {k: (str(v)[:20]) for k, v in (data or {}).items()}
        failures.append((method.upper(), url[:120], shown, response.status_code))
    return response


def test_no_address_gives_a_server_error_to_any_role_with_any_input(world):
    users, values = world
    patterns = [p for p in _patterns() if p[1] != "healthz"]
    assert len(patterns) > 80, "the resolver should list every page"
    kinds = list(VALUES)
    failures = []
    tried = 0
    for (number, (namespace, name, pattern)), (turn, role) in itertools.product(
        enumerate(patterns), enumerate(ROLES)
    ):
        client = Client(raise_request_exception=False)
        if users[role] is not None:
            client.force_login(users[role])
        good = values(namespace, name)
        url = _fill(pattern, good)
        # Each address gets every malformed value, one per role.
        value = VALUES[kinds[(number + turn) % len(kinds)]]
        # The page as it is, to find its forms.
        page = _assert_no_server_error(client, "get", url, failures)
        tried += 1
        # Each parameter of the address replaced by a malformed one (by one
        # role per address, in turn: converters refuse them for everyone).
        for param in _params(pattern) if number % len(ROLES) == turn else ():
            bad = PATH_VALUES[(number + len(param)) % len(PATH_VALUES)]
            _assert_no_server_error(
                client, "get", _fill(pattern, {**good, param: bad}), failures
            )
            tried += 1
        forms = []
        if page.status_code == 200 and "html" in page.get("Content-Type", ""):
            parser = _Forms()
            parser.feed(page.content.decode(errors="replace"))
            forms = parser.forms
        # The query string: common parameters and those of the page's own
        # search forms, malformed, then repeated.
        names = set(QUERY_NAMES[(number + turn) % 5 :: 5])
        for form in forms:
            if form["method"] == "get":
                names.update(form["fields"])
        # Each name twice: a number, then the malformed value (read last).
        short = value if value is not MEGABYTE else "x" * 10_000
        query = "&".join(
            f"{quote(n)}=1&{quote(n)}={quote(short)}" for n in sorted(names)
        )
        _assert_no_server_error(client, "get", f"{url}?{query}&%FF=%FE", failures)
        tried += 1
        # Every form the page shows (once each), posted back.
        posted, seen = [], set()
        for form in forms:
            action = urljoin(url, form["action"]) if form["action"] else url
            signature = (urlsplit(action).path, tuple(sorted(form["fields"])))
            if form["method"] == "post" and signature not in seen:
                seen.add(signature)
                posted.append((action, form))
        if not posted:
            posted = [(url, {"fields": sorted(names)[:3], "files": []})]
        for action, form in posted[:3]:
            if urlsplit(action).netloc:
                continue
            # Malformed with each field repeated, or empty: by turns, so each
            # form gets both from the roles that see it.
            empty = (number + turn) % 3 == 0
            data = {} if empty else _form_data(form, value, repeat=True)
            _assert_no_server_error(client, "post", action, failures, data=data)
            tried += 1
    # The admin, for the ISU who may use it and the anonymous who may not.
    for role in ("anonymous", "isu"):
        client = Client(raise_request_exception=False)
        if users[role] is not None:
            client.force_login(users[role])
        for url in ("/admin/", "/admin/portal/user/?q=a%00b&o=999999999999999999999"):
            _assert_no_server_error(client, "get", url, failures)
    assert not failures, f"{len(failures)} server errors in {tried} requests:\n" + (
        "\n".join(map(str, failures))
    )


def test_a_nul_byte_is_refused_with_a_clear_message_and_changes_nothing(
    world, client_for, angola
):
    users, _values = world
    focal = client_for(users["focal_point"])
    response = focal.post(
        "/countries/AGO/edit/sections/contacts/",
        {"is_visible": "on", "version": 1, "national_authority": "New\x00name"},
    )
    assert response.status_code == 400
    assert "NUL byte" in response.content.decode()
    saved = angola.page_sections.get(key="contacts")
    assert saved.content["national_authority"] == "CNIDAH"
    for url in ("/countries/%00/", "/needs/?country=%00", "/meetings/?kind=a%00"):
        response = client_for(None).get(url)
        assert response.status_code in (400, 404), url


def test_an_id_beyond_64_bits_is_not_found(world, client_for):
    users, _values = world
    response = client_for(users["isu"]).get("/meetings/99999999999999999999999/")
    assert response.status_code == 404
