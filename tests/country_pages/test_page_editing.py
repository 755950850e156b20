"""Editing a country page in the browser's forms: preview, conflicts, safety."""

import pytest
from django.urls import reverse

from country_pages import services
from country_pages.forms import SECTION_FORMS
from country_pages.models import Need, PageSection
from tests.factories import need_values

SECTION_URL = reverse("country_pages:section_edit", args=["AGO", "national_context"])


def test_preview_renders_markdown_without_saving(focal_point, client_for, angola):
    response = client_for(focal_point).post(
        SECTION_URL,
        {
            "is_visible": "on",
            "version": 0,
            "background": "**Bold** claim",
            "preview": "1",
        },
    )
    html = response.content.decode()
    assert "Preview (not saved yet)" in html
    assert "<strong>Bold</strong> claim" in html
    assert not PageSection.objects.filter(state=angola).exists()


def test_saving_a_section_says_it_is_a_draft(focal_point, client_for, angola):
    response = client_for(focal_point).post(
        SECTION_URL,
        {"is_visible": "on", "version": 0, "background": "Text", "sdgs": ["1", "16"]},
        follow=True,
    )
    assert "saved as a draft" in response.content.decode()
    section = PageSection.objects.get(state=angola, key="national_context")
    assert section.content["sdgs"] == ["1", "16"]
    assert section.updated_by == focal_point


def test_a_conflicting_save_shows_both_texts_and_keeps_the_editors(
    focal_point, isu, client_for, angola
):
    services.page_section_save(
        state=angola,
        key="national_context",
        user=isu,
        is_visible=True,
        content={"background": "The ISU's wording"},
        expected_version=0,
    )
    client = client_for(focal_point)
    response = client.post(
        SECTION_URL,
        {"is_visible": "on", "version": 0, "background": "The focal point's wording"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Someone else saved this while you were editing" in html
    assert "The ISU&#x27;s wording" in html
    assert "The focal point&#x27;s wording" in html
    # The form now carries the saved version: saving again is a deliberate choice.
    assert 'name="version" value="1"' in html
    section = PageSection.objects.get(state=angola, key="national_context")
    assert section.content["background"] == "The ISU's wording"
    client.post(
        SECTION_URL,
        {"is_visible": "on", "version": 1, "background": "Merged wording"},
    )
    section.refresh_from_db()
    assert section.content["background"] == "Merged wording"


NEED_DATA = {
    "theme": "clearance",
    "title": "Clearance of Cuito Cuanavale",
    "description": "Survey and clearance.",
    "estimated_cost": "1000000",
    "currency": "USD",
    "funding_secured": "200000",
    "start_year": "2026",
    "end_year": "2028",
    "status": "open",
    "version": "0",
}


def test_a_need_with_bad_figures_gets_messages_and_saves_nothing(
    focal_point, client_for
):
    response = client_for(focal_point).post(
        reverse("country_pages:need_add", args=["AGO"]),
        {
            **NEED_DATA,
            "start_year": "2028",
            "end_year": "2026",
            "funding_secured": "2000000",
            "estimated_cost": "-5",
        },
    )
    html = response.content.decode()
    assert "The time frame ends before it starts." in html
    assert "Enter an amount of zero or more." in html
    assert "Funding secured exceeds the estimated cost." in html
    assert not Need.objects.filter(title=NEED_DATA["title"]).exists()


def test_a_conflicting_need_save_shows_both_versions(
    focal_point, isu, client_for, angola
):
    need = services.need_create(
        state=angola,
        user=isu,
        theme="clearance",
        title="Original",
        description="Survey and clearance.",
    )
    services.need_update(
        need=need,
        user=isu,
        expected_version=1,
        **need_values(need, title="ISU's title"),
    )
    client = client_for(focal_point)
    url = reverse("country_pages:need_edit", args=["AGO", need.pk])
    response = client.post(
        url, {**NEED_DATA, "title": "Focal point's title", "version": "1"}
    )
    html = response.content.decode()
    assert "Someone else saved this while you were editing" in html
    assert "ISU&#x27;s title" in html and "Focal point&#x27;s title" in html
    assert 'name="version" value="2"' in html
    need.refresh_from_db()
    assert need.title == "ISU's title"
    # Saving again, now with the saved version, replaces theirs on purpose.
    client.post(url, {**NEED_DATA, "title": "Merged title", "version": "2"})
    need.refresh_from_db()
    assert (need.title, need.version, need.updated_by) == (
        "Merged title",
        3,
        focal_point,
    )


SCRIPT = '<script>alert("x")</script>'


def test_a_script_typed_into_any_field_shows_as_text(
    focal_point, client_for, angola, client
):
    editor = client_for(focal_point)
    for key, form_class in SECTION_FORMS.items():
        data = {"is_visible": "on", "version": 0}
        for name, field in form_class.content_fields():
            if field.__class__.__name__ == "CharField":
                data[name] = f"{key} {name} {SCRIPT}"
        if key == "resources":
            data.update(
                {
                    "links-TOTAL_FORMS": 1,
                    "links-INITIAL_FORMS": 0,
                    "links-0-kind": "other",
                    "links-0-title": f"Link {SCRIPT}",
                    "links-0-url": "https://example.org/",
                }
            )
        response = editor.post(
            reverse("country_pages:section_edit", args=["AGO", key]), data
        )
        assert response.status_code == 302, key
        saved = PageSection.objects.get(state=angola, key=key).content
        assert (SCRIPT in str(saved)) is (len(data) > 2), key
    editor.post(
        reverse("country_pages:need_add", args=["AGO"]),
        {
            **NEED_DATA,
            "title": f"Need {SCRIPT}",
            "description": SCRIPT,
            "age_gender_considerations": SCRIPT,
        },
    )
    services.country_page_publish(state=angola, user=focal_point)
    for page in (
        client.get(reverse("country_pages:detail", args=["AGO"])),
        editor.get(reverse("country_pages:preview", args=["AGO"])),
        editor.get(reverse("country_pages:revision", args=["AGO", 1])),
    ):
        html = page.content.decode()
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert" in html


def test_a_javascript_link_in_markdown_is_dropped(focal_point, client_for, angola):
    client_for(focal_point).post(
        SECTION_URL,
        {
            "is_visible": "on",
            "version": 0,
            "background": "[click](javascript:alert(1))",
        },
    )
    services.country_page_publish(state=angola, user=focal_point)
    html = client_for(None).get(reverse("country_pages:detail", args=["AGO"]))
    # It stays text a reader sees, never a link they could follow.
    assert 'href="javascript' not in html.content.decode()
    assert "[click](javascript:alert(1))" in html.content.decode()


def test_resource_links_need_a_valid_address(focal_point, client_for, angola):
    response = client_for(focal_point).post(
        reverse("country_pages:section_edit", args=["AGO", "resources"]),
        {
            "is_visible": "on",
            "version": 0,
            "links-TOTAL_FORMS": 1,
            "links-INITIAL_FORMS": 0,
            "links-0-kind": "article7",
            "links-0-title": "Report",
            "links-0-url": "not a url",
        },
    )
    assert "Enter a valid URL." in response.content.decode()
    assert not PageSection.objects.filter(state=angola).exists()


@pytest.mark.parametrize("key", ["unknown", "STATUS"])
def test_an_unknown_section_is_not_found(key, focal_point, client_for):
    response = client_for(focal_point).get(
        reverse("country_pages:section_edit", args=["AGO", key])
    )
    assert response.status_code == 404
    assert "Show this section on the page" not in response.content.decode()


def test_history_compares_two_revisions_and_the_draft(focal_point, client_for, angola):
    for version, text in enumerate(["Alpha", "Beta"]):
        services.page_section_save(
            state=angola,
            key="national_context",
            user=focal_point,
            is_visible=True,
            content={"background": text},
            expected_version=version,
        )
        services.country_page_publish(state=angola, user=focal_point)
    client = client_for(focal_point)
    url = reverse("country_pages:compare", args=["AGO"])
    html = client.get(url, {"from": 1, "to": 2}).content.decode()
    assert "Changes from revision 1 to revision 2" in html
    assert "Alpha" in html and "Beta" in html
    services.page_section_save(
        state=angola,
        key="national_context",
        user=focal_point,
        is_visible=True,
        content={"background": "Gamma"},
        expected_version=2,
    )
    html = client.get(url, {"from": 2, "to": "draft"}).content.decode()
    assert "the current draft" in html and "Gamma" in html
    assert client.get(url, {"from": 9, "to": 2}).status_code == 404
    assert client.get(url, {"from": "x", "to": 2}).status_code == 404


def test_a_conflict_on_the_links_shows_the_saved_links_and_keeps_the_typed_ones(
    focal_point, isu, client_for, angola
):
    services.page_section_save(
        state=angola,
        key="resources",
        user=isu,
        is_visible=False,
        content={
            "links": [
                {
                    "kind": "article7",
                    "title": "Report saved by the ISU",
                    "url": "https://example.org/isu",
                }
            ]
        },
        expected_version=0,
    )
    response = client_for(focal_point).post(
        reverse("country_pages:section_edit", args=["AGO", "resources"]),
        {
            "is_visible": "on",
            "version": 0,
            "links-TOTAL_FORMS": 1,
            "links-INITIAL_FORMS": 0,
            "links-0-kind": "website",
            "links-0-title": "Link typed by the focal point",
            "links-0-url": "https://example.org/fp",
        },
    )
    html = response.content.decode()
    box = html[html.index('class="conflict-fields"') :].split("</dl>")[0]
    assert "Report saved by the ISU — https://example.org/isu" in box
    assert "<dt>Show this section on the page</dt><dd><pre" in box and "No" in box
    assert 'value="Link typed by the focal point"' in html
    section = PageSection.objects.get(state=angola, key="resources")
    assert section.content["links"][0]["title"] == "Report saved by the ISU"
