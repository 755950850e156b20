"""Issue 16, class 1: what a person types has a bounded cost.

Every free-text field has a maximum length that the form shows; Markdown is
rendered once, when it is saved, and pages read the stored HTML, so a hostile
text costs its author one bounded render and costs readers nothing.
"""

import importlib
from unittest import mock

import pytest
from django import forms
from django.apps import apps
from django.db import models
from django.urls import reverse

from country_pages import services as page_services
from country_pages.forms import SECTION_FORMS
from country_pages.models import SECTION_MARKDOWN_FIELDS, Need
from partnerships.models import Interest
from portal.limits import TEXT
from portal.markdown import RenderedMarkdown
from tests.factories import NeedFactory
from tests.ia_meetings.factories import AgendaItemFactory, MeetingFactory
from tests.partnerships.factories import InterestFactory, PartnershipFactory

OUR_APPS = (
    "portal",
    "country_pages",
    "ia_meetings",
    "partnerships",
    "meeting_reports",
    "article7",
    "committee",
)

# Text the portal writes itself, never a person: no limit needed.
MACHINE_TEXT = {
    ("country_pages", "PageMap", "svg"),
    ("meeting_reports", "ReportVersion", "error"),
    ("committee", "DossierVersion", "error"),
    ("article7", "ReportPdf", "error"),
    ("portal", "OutboxEmail", "body"),
    ("portal", "OutboxEmail", "html_body"),
}


def test_every_free_text_field_has_a_maximum_length():
    unbounded = [
        f"{model._meta.label}.{field.name}"
        for app in OUR_APPS
        for model in apps.get_app_config(app).get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.TextField)
        and field.editable
        and field.max_length is None
        and (app, model.__name__, field.name) not in MACHINE_TEXT
    ]
    assert unbounded == []


def _form_classes():
    for app in OUR_APPS:
        try:
            importlib.import_module(f"{app}.forms")
        except ImportError:
            continue

    def walk(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    return [c for c in walk(forms.BaseForm) if c.__module__.split(".")[0] in OUR_APPS]


# allauth's sign-up form drops its username field: the portal signs in by e-mail.
NOT_SHOWN = {"portal.forms.SignupForm.username"}


def test_every_typed_text_field_of_a_form_has_a_maximum_length():
    unbounded = [
        f"{cls.__module__}.{cls.__name__}.{name}"
        for cls in _form_classes()
        for name, field in getattr(cls, "base_fields", {}).items()
        if type(field) is forms.CharField
        and not isinstance(field.widget, (forms.HiddenInput, forms.PasswordInput))
        and field.max_length is None
    ]
    assert set(unbounded) - NOT_SHOWN == set()


def test_every_markdown_field_has_its_stored_html_beside_it():
    for model in apps.get_models():
        if issubclass(model, RenderedMarkdown):
            for name in model.markdown_fields:
                assert model._meta.get_field(f"{name}_html").editable is False
    for key, form in SECTION_FORMS.items():
        typed = {n for n, f in form.base_fields.items() if getattr(f, "is_markdown", 0)}
        assert typed == set(SECTION_MARKDOWN_FIELDS.get(key, ())), key


def test_the_form_tells_how_long_a_text_may_be(donor, client_for, angola):
    need = NeedFactory(state=angola, is_published=True)
    page = client_for(donor).get(
        reverse("partnerships:interest_create", args=[need.pk])
    )
    html = page.content.decode()
    assert f'maxlength="{TEXT}"' in html
    assert "Up to 5,000 characters." in html


def test_a_too_long_interest_message_is_refused_and_nothing_is_saved(
    donor, client_for, angola
):
    need = NeedFactory(state=angola, is_published=True)
    response = client_for(donor).post(
        reverse("partnerships:interest_create", args=[need.pk]),
        {"message": "[" * 8_000, "indicative_amount": "1000", "currency": "USD"},
    )
    assert response.status_code == 200
    assert "Ensure this value has at most 5000 characters" in response.content.decode()
    assert not Interest.objects.exists()


def test_a_section_longer_than_its_limit_is_refused(focal_point, client_for, angola):
    response = client_for(focal_point).post(
        reverse("country_pages:section_edit", args=["AGO", "contacts"]),
        {"is_visible": "on", "version": 0, "national_authority": "[" * 20_000},
    )
    assert response.status_code == 200
    assert "at most 5000 characters" in response.content.decode()
    assert not angola.page_sections.exists()


def test_markdown_is_rendered_when_saved(focal_point, angola):
    need = page_services.need_create(
        state=angola,
        user=focal_point,
        theme="clearance",
        title="Survey",
        description="A **national** survey",
    )
    assert (
        need.description_html
        == '<p dir="auto">A <strong>national</strong> survey</p>\n'
    )
    section = page_services.page_section_save(
        state=angola,
        key="contacts",
        user=focal_point,
        is_visible=True,
        content={"national_authority": "*Mine Action Centre*"},
        expected_version=0,
    )
    assert section.content_html == {
        "national_authority": '<p dir="auto"><em>Mine Action Centre</em></p>\n'
    }
    Need.objects.filter(pk=need.pk).update(description="now _this_")
    need.refresh_from_db()
    assert need.description_html == '<p dir="auto">now <em>this</em></p>\n'


def _no_rendering(*args, **kwargs):
    raise AssertionError("Markdown rendered while a page was read")


@pytest.mark.django_db
def test_reading_pages_renders_no_markdown(focal_point, donor, isu, client_for, angola):
    """The focal point's page of a donor's interest used to render the message
    at every view (8,000 `[` took 10 s); pages now show the stored HTML."""
    need = NeedFactory(state=angola, description="Clear **the north**")
    page_services.page_section_save(
        state=angola,
        key="national_context",
        user=focal_point,
        is_visible=True,
        content={"background": "A *short* history"},
        expected_version=0,
    )
    page_services.country_page_publish(state=angola, user=focal_point)
    need.refresh_from_db()
    interest = InterestFactory(need=need, donor=donor, message="We **can** help")
    meeting = MeetingFactory(state=angola, purpose="To *agree*", status="scheduled")
    AgendaItemFactory(meeting=meeting, content="Item **text**")
    partnership = PartnershipFactory(state=angola, description="With **Japan**")
    pages = [
        (None, reverse("country_pages:detail", args=["AGO"]), "<em>short</em>"),
        (None, reverse("country_pages:detail", args=["AGO"]), "<strong>the north"),
        (
            focal_point,
            reverse("partnerships:interest", args=[interest.pk]),
            "<strong>can</strong>",
        ),
        (isu, meeting.get_absolute_url(), "<em>agree</em>"),
        (isu, meeting.get_absolute_url(), "<strong>text</strong>"),
        (None, partnership.get_absolute_url(), "<strong>Japan</strong>"),
    ]
    with mock.patch("markdown_it.MarkdownIt.render", _no_rendering):
        for user, url, shown in pages:
            response = client_for(user).get(url)
            assert shown in response.content.decode(), url


@pytest.mark.django_db
def test_article7_and_progress_pages_render_no_markdown(
    focal_point, isu, client_for, angola
):
    """Article 7's narratives and guidance and an action point's progress
    notes came later than the rest: they too show HTML stored at save."""
    import datetime as dt

    from article7 import services as article7_services
    from article7.models import GuideSection, ReportForm
    from ia_meetings.services.action_points import action_point_progress_add
    from tests.ia_meetings.factories import ActionPointFactory

    report = article7_services.report_start(
        state=angola, year=2025, user=focal_point, today=dt.date(2026, 3, 1)
    )
    form = ReportForm.objects.get(report=report, code="C")
    article7_services.report_form_save(
        report=report,
        code="C",
        user=focal_point,
        expected_version=form.version,
        values={"narrative": "Survey of the **east**"},
        rows={},
    )
    section = GuideSection.objects.get(form="C", edition__is_current=True)
    GuideSection.objects.filter(pk=section.pk).update(body="Read *Article 5*")
    point = ActionPointFactory(meeting__state=angola, description="Mark **roads**")
    action_point_progress_add(
        point=point, user=focal_point, status="open", note="Half **done**"
    )
    pages = [
        (focal_point, report.get_absolute_url(), "<strong>east</strong>"),
        (focal_point, reverse("article7:guidance"), "<em>Article 5</em>"),
        (
            isu,
            reverse(
                "ia_meetings:action_point_progress", args=[point.meeting_id, point.pk]
            ),
            "<strong>done</strong>",
        ),
        (
            isu,
            reverse(
                "ia_meetings:action_point_progress", args=[point.meeting_id, point.pk]
            ),
            "<strong>roads</strong>",
        ),
    ]
    with mock.patch("markdown_it.MarkdownIt.render", _no_rendering):
        for user, url, shown in pages:
            response = client_for(user).get(url)
            assert shown in response.content.decode(), url


@pytest.mark.parametrize(
    "old, new",
    [
        ("a " * 10_000, "b " * 10_000),
        ("a b " * 5_000, "b a " * 5_000),
        ("[" * 20_000, "[" * 19_999 + "x"),
        (
            " ".join(f"w{i % 50}" if i % 2 else f"u{i}" for i in range(3_300)),
            " ".join(f"w{i * 7 % 50}" if i % 3 else f"u{i}" for i in range(3_300)),
        ),
    ],
    ids=["disjoint", "swapped", "one-word", "anchored-repeats"],
)
def test_comparing_two_longest_minutes_is_bounded_and_true(old, new):
    """The minutes history compares two revisions at every view: difflib alone
    took 39 s on two texts of 800 repeated words (its time grows with the cube
    of the length). Now two texts of the longest minutes compare in well under
    a second, and the comparison still rebuilds both texts exactly."""
    import time

    from portal.diff import word_diff

    old, new = old[:20_000], new[:20_000]
    started = time.process_time()
    parts = word_diff(old, new)
    assert time.process_time() - started < 3
    assert "".join(p.text for p in parts if p.kind != "ins") == old
    assert "".join(p.text for p in parts if p.kind != "del") == new
