"""Bad input in a form's page gets a clear message beside it and changes
nothing: negative areas or quantities, a year outside the reporting period, a
percentage over 100, an unknown currency."""

import pytest
from django.urls import reverse

from article7.models import CooperationRow, HazardousArea, LandRelease, ReportForm

pytestmark = pytest.mark.django_db


def _post(client, report, code, prefix, row, narrative="Typed text is kept."):
    form = ReportForm.objects.get(report=report, code=code)
    data = {
        "status": "changed",
        "narrative": narrative,
        "version": form.version,
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-INITIAL_FORMS": "0",
    } | {f"{prefix}-0-{k}": v for k, v in row.items()}
    return client.post(reverse("article7:form", args=[report.pk, code]), data)


AREA = {"region": "Moxico", "category": "cha", "number_of_areas": "1"}
RELEASE = {"region": "", "cancelled_m2": "0", "reduced_m2": "0", "cleared_m2": "5",
           "mines_destroyed": "0", "other_devices_destroyed": "0"}  # fmt: skip
MONEY = {"direction": "received", "partner": "Japan", "pillar": "clearance",
         "year": "2025", "amount": "1000"}  # fmt: skip


@pytest.mark.parametrize(
    "code,prefix,row,message,model",
    [
        ("C", "areas", AREA | {"area_m2": "-5"}, "This cannot be negative.",
         HazardousArea),
        ("C", "areas", AREA | {"area_m2": "5", "percent_marked": "120"},
         "A percentage cannot be over 100.", HazardousArea),
        ("G", "release", RELEASE | {"year": "2019"},
         "2019 is outside the reporting period: this report covers 2025.",
         LandRelease),
        ("J", "cooperation", MONEY | {"currency": "XYZ"},
         "Unknown currency “XYZ”: choose an ISO 4217 code such as USD or EUR.",
         CooperationRow),
        ("J", "cooperation", MONEY | {"currency": "USD", "amount": "-1"},
         "This cannot be negative.", CooperationRow),
    ],
)  # fmt: skip
def test_bad_rows_are_refused_with_a_message_and_nothing_changes(
    code, prefix, row, message, model, draft, make_user, client_for
):
    client = client_for(make_user("focal_point"))
    response = _post(client, draft, code, prefix, row)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert "Typed text is kept." in html
    assert not model.objects.filter(report=draft).exists()
    assert ReportForm.objects.get(report=draft, code=code).narrative == ""


def test_a_stale_form_shows_both_versions(draft, make_user, client_for):
    client = client_for(make_user("focal_point"))
    form = ReportForm.objects.get(report=draft, code="A")
    url = reverse("article7:form", args=[draft.pk, "A"])
    first = {"status": "changed", "narrative": "Law 5/2024 adopted.",
             "version": form.version}  # fmt: skip
    assert client.post(url, first).status_code == 302
    response = client.post(url, first | {"narrative": "My older text"})
    html = response.content.decode()
    assert "Someone else saved this while you were editing" in html
    assert "Law 5/2024 adopted." in html and "My older text" in html
    assert ReportForm.objects.get(pk=form.pk).narrative == "Law 5/2024 adopted."


def test_a_file_that_is_not_a_report_is_refused_on_the_page(
    draft, make_user, client_for
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(make_user("focal_point"))
    response = client.post(
        reverse("article7:file_upload", args=[draft.pk]),
        {"file": SimpleUploadedFile("report.pdf", b"GIF89a not a pdf")},
        follow=True,
    )
    assert "The file&#x27;s content is not a PDF document" in response.content.decode()
    draft.refresh_from_db()
    assert not draft.file


def test_submitting_twice_says_so(draft, make_user, client_for):
    client = client_for(make_user("focal_point"))
    url = reverse("article7:submit", args=[draft.pk])
    client.post(url)
    response = client.post(url, follow=True)
    assert "This version was submitted already on" in response.content.decode()
