"""In a browser: Angola's focal point prepares the Article 7 report, form by
form with the guidance beside each, submits it and downloads its PDF; a
refused figure keeps what was typed and says why."""

import pytest

from article7.models import Article7Report, HazardousArea, ReportPdf
from tests.browser.conftest import sign_in
from tests.factories import TEST_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_focal_point_prepares_submits_and_downloads_the_report(
    page, make_user, angola, tmp_path
):
    focal_point = make_user("focal_point")
    sign_in(page, focal_point.email, TEST_PASSWORD)

    page.goto("/countries/AGO/article7/")
    page.get_by_label("Calendar year reported on").fill("2025")
    page.get_by_role("button", name="Start the draft").click()
    page.get_by_text("The draft of the report for 2025 is ready.").wait_for()
    report = Article7Report.objects.get(state=angola, year=2025)

    # Cover page: the point of contact.
    page.get_by_role("link", name="Edit the cover page").click()
    page.get_by_label("Point of contact: organisation").fill(
        "National Inter-Sectoral Commission for Demining"
    )
    page.get_by_role("button", name="Save draft").click()
    page.get_by_text("Cover page saved as a draft.").wait_for()

    # Form C, with the guidance beside it.
    page.goto(f"/article7/reports/{report.pk}/forms/C/")
    guidance = page.locator("aside.guidance")
    guidance.get_by_role("heading", name="Guidance:").wait_for()
    assert "Source:" in guidance.inner_text()
    row = page.locator("fieldset.formset-row").first
    row.get_by_label("Region or province").fill("Moxico")
    row.get_by_label("Category").select_option("cha")
    row.get_by_label("Area (m²)").fill("-5")
    page.get_by_role("button", name="Save draft").click()
    # Refused: the message, what was typed is still there, nothing saved.
    page.get_by_text("This cannot be negative.").first.wait_for()
    assert row.get_by_label("Region or province").input_value() == "Moxico"
    assert not HazardousArea.objects.filter(report=report).exists()
    row.get_by_label("Area (m²)").fill("1250000")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(f"**/article7/reports/{report.pk}/**")
    assert HazardousArea.objects.get(report=report).area_m2 == 1_250_000

    # Submit: locked, and the PDF of what was submitted is made.
    page.goto(report.get_absolute_url())
    page.get_by_role("button", name="Submit the report").click()
    page.get_by_text("A submitted version is read-only.").wait_for()
    assert page.get_by_role("link", name="Edit the cover page").count() == 0
    page.locator("#pdf").get_by_text("Ready").wait_for()
    with page.expect_download() as download:
        page.locator("#pdf").get_by_role("link", name="PDF, ").click()
    saved = tmp_path / "report.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")
    assert download.value.suggested_filename == "Article7-AGO-2025-v1-en.pdf"
    assert ReportPdf.objects.get(report=report).status == "ready"
