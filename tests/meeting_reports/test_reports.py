"""Follow-up reports: what a PDF shows, versions, retries, sharing and e-mail."""

import hashlib
import io

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from country_pages.services import country_page_cache_key
from ia_meetings.models import AgendaItem, MeetingStatus
from meeting_reports import document, selectors, services, tasks
from meeting_reports.models import ReportAudience, ReportVersion
from portal import documents
from portal.documents import snapshot_hash
from portal.models import DocumentStatus
from portal.services import ServiceError
from tests.ia_meetings.factories import MeetingFactory
from tests.meeting_reports.factories import held_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(angola):
    return held_meeting(state=angola)


def make_report(meeting, user, capture):
    """Ask for the report and let the (eager) worker render it after commit."""
    with capture(execute=True):
        version = services.report_request(meeting=meeting, user=user)
    version.refresh_from_db()
    return version


def pdf_text(version) -> tuple[int, str]:
    with version.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_a_real_pdf_shows_the_states_presentation_under_ii_a_to_f(
    meeting, isu, django_capture_on_commit_callbacks
):
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert version.status == DocumentStatus.READY, version.error
    pages, text = pdf_text(version)
    assert pages == version.pages >= 4
    for code in ("II.A", "II.B", "II.C", "II.D", "II.E", "II.F", "III", "IV"):
        assert code in text
    assert "Angola" in text
    assert "Circumstances, needs and challenges in mine clearance" in text
    assert "Contents" in text and "Action points" in text and "Participants" in text
    assert "Clearance of Moxico" in text  # the State's published need
    assert "Europe/Zurich" in text  # the time zone of the dates on the cover
    assert f"Page 2 of {pages}" in text  # running page numbers
    with version.file.open("rb") as handle:
        data = handle.read()
    assert version.checksum == hashlib.sha256(data).hexdigest()
    assert version.size == len(data)
    assert version.file.name == (
        f"ia_meetings/reports/{meeting.pk}/{version.content_hash}.pdf"
    )
    assert version.file_name.startswith("IA-report-AGO-")
    assert version.file_name.endswith("-v1.pdf")
    assert version.started_at <= version.finished_at
    assert version.snapshot["state"]["name"] == "Angola"


def test_the_same_content_never_makes_a_second_version(
    meeting, isu, focal_point, django_capture_on_commit_callbacks
):
    first = make_report(meeting, isu, django_capture_on_commit_callbacks)
    again = make_report(meeting, focal_point, django_capture_on_commit_callbacks)

    assert again.pk == first.pk
    assert ReportVersion.objects.filter(meeting=meeting).count() == 1


def test_a_report_asked_for_in_another_language_is_a_version_of_its_own(
    meeting, isu, django_capture_on_commit_callbacks
):
    """English keeps the version it had; French and Arabic get their own, each
    written in its language (and Arabic right to left)."""
    english = make_report(meeting, isu, django_capture_on_commit_callbacks)
    with translation.override("fr"):
        french = make_report(meeting, isu, django_capture_on_commit_callbacks)
        french_again = make_report(meeting, isu, django_capture_on_commit_callbacks)
    with translation.override("ar"):
        arabic = make_report(meeting, isu, django_capture_on_commit_callbacks)
    english_again = make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert (english.number, french.number, arabic.number) == (1, 2, 3)
    assert french_again.pk == french.pk and english_again.pk == english.pk
    assert "language" not in english.snapshot
    assert french.status == arabic.status == DocumentStatus.READY
    html = document.report_html(snapshot=french.snapshot, number=french.number)
    assert '<html lang="fr" dir="ltr">' in html
    html = document.report_html(snapshot=arabic.snapshot, number=arabic.number)
    assert '<html lang="ar" dir="rtl">' in html
    html = document.report_html(snapshot=english.snapshot, number=english.number)
    assert '<html lang="en" dir="ltr">' in html
    assert '"Page " counter(page) " of " counter(pages)' in html


def test_changed_minutes_make_version_2(
    meeting, isu, django_capture_on_commit_callbacks
):
    first = make_report(meeting, isu, django_capture_on_commit_callbacks)
    AgendaItem.objects.filter(meeting=meeting, code="III").update(
        minutes="Donors offered **survey** support."
    )
    second = make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert (first.number, second.number) == (1, 2)
    assert second.content_hash != first.content_hash
    assert second.status == DocumentStatus.READY
    assert "Donors offered survey support." in pdf_text(second)[1]
    assert first.file.name != second.file.name


def test_a_meeting_not_yet_held_has_no_report(angola, isu):
    meeting = MeetingFactory(state=angola, status=MeetingStatus.SCHEDULED)
    with pytest.raises(ServiceError, match="once the meeting has been held"):
        services.report_request(meeting=meeting, user=isu)
    assert not ReportVersion.objects.exists()


def test_raw_html_typed_by_a_user_reaches_the_pdf_as_text(meeting):
    AgendaItem.objects.filter(meeting=meeting, code="II.A").update(
        content="<script>alert(1)</script> <img src=http://example.org/x.png>"
    )
    html = document.report_html(
        snapshot=document.report_snapshot(meeting=meeting), number=1
    )
    assert "<script>" not in html and "<img src=http" not in html
    assert "&lt;script&gt;" in html


def test_the_snapshot_has_no_email_addresses(meeting):
    snapshot = document.report_snapshot(meeting=meeting)
    assert "@" not in str(snapshot["participants"])
    assert {g["group"] for g in snapshot["participants"]} >= {"State", "Donor"}


def test_a_transient_error_is_retried_and_then_succeeds(
    meeting, isu, monkeypatch, django_capture_on_commit_callbacks
):
    real = documents.pdf_render
    calls = []

    def flaky(*, html):
        calls.append(1)
        if len(calls) == 1:
            raise OSError("storage is busy")
        return real(html=html)

    monkeypatch.setattr(documents, "pdf_render", flaky)
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert version.status == DocumentStatus.READY
    assert version.attempts == 2
    assert version.error == ""


def test_after_the_last_try_the_failure_is_shown_with_a_clear_message(
    meeting, isu, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*, html):
        raise OSError("disk full")

    monkeypatch.setattr(documents, "pdf_render", broken)
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)

    tries = tasks.render_report.max_retries + 1
    assert version.status == DocumentStatus.FAILED
    assert version.attempts == tries
    assert f"failed {tries} times (disk full)" in version.error
    assert "Ask for the document again" in version.error
    assert version.finished_at is not None and not version.file


def test_a_fault_another_try_would_repeat_fails_at_once(
    meeting, isu, monkeypatch, django_capture_on_commit_callbacks
):
    def bug(*, html):
        raise ValueError("bad layout")

    monkeypatch.setattr(documents, "pdf_render", bug)
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert version.status == DocumentStatus.FAILED
    assert version.attempts == 1
    assert "ValueError: bad layout" in version.error


def test_asking_again_after_a_failure_renders_the_same_version(
    meeting, isu, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(
        documents, "pdf_render", lambda *, html: (_ for _ in ()).throw(ValueError())
    )
    failed = make_report(meeting, isu, django_capture_on_commit_callbacks)
    monkeypatch.undo()
    again = make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert again.pk == failed.pk and again.number == 1
    assert again.status == DocumentStatus.READY


def test_rendering_a_ready_version_again_changes_nothing(
    meeting, isu, django_capture_on_commit_callbacks
):
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)
    assert tasks.render_report.apply(args=[version.pk]).get() == "skipped"
    after = ReportVersion.objects.get(pk=version.pk)
    assert (after.checksum, after.attempts, after.finished_at) == (
        version.checksum,
        version.attempts,
        version.finished_at,
    )


def test_participants_are_emailed_a_link_when_the_report_is_shared_with_them(
    meeting, isu, focal_point, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.report_share(
            meeting=meeting, user=focal_point, audience=ReportAudience.PARTICIPANTS
        )
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)

    emails = {p.email.lower() for p in meeting.participants.all()}
    assert {m.to[0] for m in mail.outbox} == emails
    assert all(len(m.to) == 1 for m in mail.outbox)
    assert f"/meetings/{meeting.pk}/report/" in mail.outbox[0].body
    assert f"version {version.number}" in mail.outbox[0].body


def test_participants_are_emailed_in_the_language_of_the_report(
    meeting, isu, focal_point, django_capture_on_commit_callbacks
):
    """A report asked for in French links to the French report page."""
    with django_capture_on_commit_callbacks(execute=True):
        services.report_share(
            meeting=meeting, user=focal_point, audience=ReportAudience.PARTICIPANTS
        )
    with translation.override("fr"):
        make_report(meeting, isu, django_capture_on_commit_callbacks)

    assert mail.outbox
    assert all(f"/fr/meetings/{meeting.pk}/report/" in m.body for m in mail.outbox)


def test_a_report_for_the_committee_only_emails_no_participant(
    meeting, isu, django_capture_on_commit_callbacks
):
    make_report(meeting, isu, django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_widening_the_sharing_emails_participants_the_latest_report(
    meeting, isu, focal_point, django_capture_on_commit_callbacks
):
    make_report(meeting, isu, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.report_share(
            meeting=meeting, user=focal_point, audience=ReportAudience.PARTICIPANTS
        )
    assert len(mail.outbox) == meeting.participants.count()


def test_a_public_report_is_listed_on_the_country_page_and_drops_its_cache(
    meeting, isu, focal_point, angola, client, django_capture_on_commit_callbacks
):
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)
    assert selectors.report_public_list(state=angola) == []
    cache.set(country_page_cache_key("AGO"), "stale page")

    with django_capture_on_commit_callbacks(execute=True):
        services.report_share(
            meeting=meeting, user=focal_point, audience=ReportAudience.PUBLIC
        )

    assert cache.get(country_page_cache_key("AGO")) is None
    listed = selectors.report_public_list(state=angola)
    assert [item.url for item in listed] == [version.get_absolute_url()]
    page = client.get(reverse("country_pages:detail", args=["AGO"])).content
    assert b"Meeting reports" in page
    assert version.get_absolute_url().encode() in page


def test_an_unknown_audience_is_refused(meeting, focal_point):
    with pytest.raises(ServiceError):
        services.report_share(meeting=meeting, user=focal_point, audience="world")


def test_the_demo_has_the_sudan_launch_report_shared_with_participants(
    django_capture_on_commit_callbacks,
):
    import io

    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        call_command("demo", stdout=io.StringIO())
    version = ReportVersion.objects.get(meeting__state__iso3="SDN")
    assert version.status == DocumentStatus.READY, version.error
    assert version.meeting.report_sharing.audience == ReportAudience.PARTICIPANTS
    assert "Sudan" in pdf_text(version)[1]


def test_partnership_figures_and_their_svg_chart_are_shown_once_available(
    meeting, monkeypatch
):
    from partnerships.selectors import CountryPartnershipSummary

    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        '<rect x="10" y="10" width="40" height="80" fill="#0b3c5d"/></svg>'
    )
    summary = CountryPartnershipSummary(
        partners_by_kind=[("States providing assistance", ["Japan", "Norway"])],
        funding_chart_svg=svg,
        funding_table=[(2026, "Japan", "USD 1,000,000")],
    )
    monkeypatch.setattr(
        document, "country_partnership_summary", lambda *, state, user: summary
    )
    snapshot = document.report_snapshot(meeting=meeting)
    html = document.report_html(snapshot=snapshot, number=1)
    pdf, _ = documents.pdf_render(html=html)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    assert 'src="data:image/svg+xml;base64,' in html
    assert "States providing assistance" in text and "Japan, Norway" in text
    assert "USD 1,000,000" in text
    assert "No partnerships of Angola" not in text


def test_the_report_says_plainly_when_there_are_no_partnerships_yet(meeting):
    html = document.report_html(
        snapshot=document.report_snapshot(meeting=meeting), number=1
    )
    assert "No partnerships of Angola are recorded in the portal yet." in html


def test_weasyprint_may_not_fetch_anything_from_the_network():
    fetcher = documents._local_only_fetcher()
    for url in ("http://example.org/x.css", "https://example.org/x.png"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    with pytest.raises(ValueError):
        fetcher.fetch("file:///etc/passwd")


def test_a_version_whose_worker_died_while_rendering_is_taken_over(
    meeting, isu, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.utils import timezone

    snapshot = document.report_snapshot(meeting=meeting)
    stuck = ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        status=DocumentStatus.RENDERING,
        snapshot=snapshot,
        content_hash=snapshot_hash(snapshot),
        started_at=timezone.now() - dt.timedelta(minutes=11),
        attempts=1,
    )
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)
    assert version.pk == stuck.pk
    assert version.status == DocumentStatus.READY
    assert version.attempts == 2


def test_versions_left_waiting_for_the_broker_are_handed_over_by_a_command(meeting):
    import io

    from django.core.management import call_command
    from django.utils import timezone

    snapshot = document.report_snapshot(meeting=meeting)
    waiting = ReportVersion.objects.create(
        meeting=meeting,
        number=1,
        snapshot=snapshot,
        content_hash=snapshot_hash(snapshot),
        enqueue_failed_at=timezone.now(),
    )
    out = io.StringIO()
    call_command("documents_requeue", stdout=out)
    waiting.refresh_from_db()
    assert waiting.status == DocumentStatus.READY
    assert "handed to the workers: 1 of 1" in out.getvalue()


def test_the_report_shows_the_donor_base_per_year(
    meeting, angola, isu, django_capture_on_commit_callbacks
):
    from tests.partnerships.factories import CommitmentFactory, PartnershipFactory

    partnership = PartnershipFactory(state=angola, status="active")
    CommitmentFactory(partnership=partnership, year_from=2024, year_to=2025)
    CommitmentFactory(partnership=partnership, year_from=2025, year_to=2025)
    version = make_report(meeting, isu, django_capture_on_commit_callbacks)
    assert version.status == DocumentStatus.READY, version.error
    assert version.snapshot["donor_base"] == [[2024, 1, 1, 100], [2025, 2, 1, 100]]
    _pages, text = pdf_text(version)
    text = " ".join(text.split())
    assert "Donor base per year" in text
    # Table headings print in capitals.
    assert "Donor base per year YEAR DONORS FIRST-TIME DONORS" in text
    assert "2025 2 1 100 %" in text
