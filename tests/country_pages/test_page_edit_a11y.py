"""Form accessibility that a screen-reader user notices."""

from django.urls import reverse


def test_the_sdg_checkboxes_are_a_group_named_by_a_legend(focal_point, client_for):
    page = client_for(focal_point).get(
        reverse("country_pages:section_edit", args=["AGO", "national_context"])
    )
    html = page.content.decode()
    assert page.status_code == 200
    fieldset = html[html.index('<fieldset class="choice-group"') :]
    fieldset = fieldset[: fieldset.index("</fieldset>")]
    assert "<legend>" in fieldset and "Sustainable Development Goals" in fieldset
    assert fieldset.count('type="checkbox"') == 17
