"""Every write to Article 7 reports and their guidance.

A report is edited only as a draft, form by form, each with the shared
optimistic edit (portal.services.versioned_update): a save that would
overwrite someone else's newer save is refused. Submitting locks the version;
the ISU acknowledges or publishes it; a correction is a new draft that
supersedes the old version when submitted, and the old version stays readable.
"""

import datetime as dt
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from country_pages.models import StateParty
from country_pages.services import country_page_cache_drop
from portal.documents import document_request
from portal.effects import on_commit
from portal.emails import email_send
from portal.models import Role, User
from portal.services import (
    ServiceError,
    audit_record,
    field_changes,
    versioned_update,
)

from . import selectors
from .document import report_pdf_snapshot
from .forms import TABLES
from .models import (
    REPORT_FILE_TYPES,
    Article7Report,
    FormCode,
    FormStatus,
    ReportChannel,
    ReportForm,
    ReportKind,
    ReportPdf,
    ReportStatus,
)
from .status import CURRENT_STATUSES, step_to

# Uploaded report files: the Convention's own reports run to a few MB.
REPORT_FILE_MAX_BYTES = 20 * 1024 * 1024

# Forms whose rows describe the situation at the end of the year (what remains,
# what is held) and carry over to next year's draft; the others are the year's.
CARRIED_OVER = ("B", "C", "D", "H")


def _require_draft(report: Article7Report) -> None:
    if report.status != ReportStatus.DRAFT:
        raise ServiceError(
            _(
                "This version was submitted on %(day)s and can no longer be "
                "changed. To change it, start a correction."
            )
            % {"day": _day(report.submitted_at)}
        )


def _day(moment) -> str:
    if moment is None:
        return "—"
    return date_format(timezone.localtime(moment), "DATE_FORMAT")


def report_kind_for(*, state: StateParty, year: int) -> str:
    """The report covering the year of entry into force is the initial one."""
    if year <= state.entry_into_force.year:
        return ReportKind.INITIAL
    return ReportKind.ANNUAL


@transaction.atomic
def report_start(
    *, state: StateParty, year: int, user: User, today: dt.date | None = None
) -> Article7Report:
    """Start the State's draft for `year`, pre-filled from its last report."""
    today = today or timezone.localdate()
    if year > today.year:
        raise ServiceError(
            _("A report covers a past calendar year: %(year)s has not begun.")
            % {"year": year}
        )
    if year < state.entry_into_force.year:
        raise ServiceError(
            _(
                "The Convention entered into force for %(state)s in %(eif)s; "
                "there is no report for %(year)s."
            )
            % {
                "state": state.local_name,
                "eif": state.entry_into_force.year,
                "year": year,
            }
        )
    existing = Article7Report.objects.filter(state=state, year=year)
    if existing.filter(status=ReportStatus.DRAFT).exists():
        raise ServiceError(
            _("A draft of the report for %(year)s exists already.") % {"year": year}
        )
    if existing.filter(status__in=CURRENT_STATUSES).exists():
        raise ServiceError(
            _(
                "The report for %(year)s was submitted already; to change it, "
                "start a correction from that report."
            )
            % {"year": year}
        )
    kind = report_kind_for(state=state, year=year)
    start = max(dt.date(year, 1, 1), state.entry_into_force)
    if start.year != year:
        start = dt.date(year, 1, 1)
    report = Article7Report.objects.create(
        state=state,
        year=year,
        kind=kind,
        number=(
            existing.order_by("-number").values_list("number", flat=True).first() or 0
        )
        + 1,
        period_start=start,
        period_end=dt.date(year, 12, 31),
        created_by=user,
        updated_by=user,
    )
    previous = (
        Article7Report.objects.filter(
            state=state, year__lt=year, status__in=CURRENT_STATUSES
        )
        .order_by("-year", "-number")
        .first()
    )
    if previous is not None:
        _copy(previous, report, carry_over_only=True)
    else:
        ReportForm.objects.bulk_create(
            ReportForm(report=report, code=code, updated_by=user)
            for code in FormCode.values
        )
    audit_record(
        actor=user,
        action="article7.start",
        summary=f"{state.name}: Article 7 report for {year} started"
        + (f", pre-filled from {previous.year}" if previous else ""),
        target=report,
    )
    return report


def _copy(source: Article7Report, target: Article7Report, *, carry_over_only: bool):
    """Copy the cover page, forms and rows of `source` into `target`.

    For next year's draft, the forms describing the year's events start empty
    and the others are marked unchanged since `source`'s year; a correction
    copies everything as it was.
    """
    for name in (
        "contact_organisation",
        "contact_name",
        "contact_email",
        "contact_phone",
    ):
        setattr(target, name, getattr(source, name))
    target.save(update_fields=["contact_organisation", "contact_name", "contact_email",
                               "contact_phone"])  # fmt: skip
    forms = {form.code: form for form in source.forms.all()}
    copies = []
    for code in FormCode.values:
        form = forms.get(code)
        copy = ReportForm(report=target, code=code, updated_by=target.updated_by)
        if form is not None:
            if not carry_over_only:
                copy.status = form.status
                copy.last_reported_year = form.last_reported_year
                copy.narrative = form.narrative
            elif code in CARRIED_OVER or code in ("A", "E", "F"):
                copy.narrative = form.narrative
                if form.status == FormStatus.NOT_APPLICABLE:
                    copy.status = FormStatus.NOT_APPLICABLE
                else:
                    copy.status = FormStatus.UNCHANGED
                    copy.last_reported_year = (
                        form.last_reported_year
                        if form.status == FormStatus.UNCHANGED
                        else source.year
                    )
        copies.append(copy)
    ReportForm.objects.bulk_create(copies)
    for code, tables in TABLES.items():
        if carry_over_only and code not in CARRIED_OVER:
            continue
        for table in tables:
            rows = getattr(source, table.related_name).all()
            table.model.objects.bulk_create(
                table.model(
                    report=target, **{name: getattr(row, name) for name in table.fields}
                )
                for row in rows
            )


@transaction.atomic
def report_correct(*, report: Article7Report, user: User) -> Article7Report:
    """Start a correction of a submitted version: a draft copy of it that will
    supersede it once submitted."""
    if report.status not in CURRENT_STATUSES:
        raise ServiceError(_("Only the current submitted version can be corrected."))
    if Article7Report.objects.filter(
        state_id=report.state_id, year=report.year, status=ReportStatus.DRAFT
    ).exists():
        raise ServiceError(
            _("A draft of the report for %(year)s exists already.")
            % {"year": report.year}
        )
    correction = Article7Report.objects.create(
        state_id=report.state_id,
        year=report.year,
        kind=report.kind,
        number=report.number + 1,
        period_start=report.period_start,
        period_end=report.period_end,
        channel=report.channel,
        supersedes=report,
        is_demo=report.is_demo,
        created_by=user,
        updated_by=user,
    )
    _copy(report, correction, carry_over_only=False)
    audit_record(
        actor=user,
        action="article7.correct",
        summary=f"{report.state.name}: correction of the {report.year} report "
        f"(version {report.number}) started",
        target=correction,
    )
    return correction


@transaction.atomic
def report_cover_save(
    *, report: Article7Report, user: User, expected_version: int, values: dict
) -> Article7Report:
    """Save the cover page's point of contact and period."""
    _require_draft(report)
    changes = field_changes(report, values)
    saved = versioned_update(
        report, expected_version=expected_version, values=values, actor=user
    )
    audit_record(
        actor=user,
        action="article7.cover",
        summary=f"{report.state.name}: cover page of the {report.year} report saved",
        target=saved,
        changes=changes,
    )
    return saved


@transaction.atomic
def report_form_save(
    *,
    report: Article7Report,
    code: str,
    user: User,
    expected_version: int,
    values: dict,
    rows: dict[str, list[dict]],
) -> ReportForm:
    """Save one form's cover-page line, narrative and typed rows together.

    `rows` maps each table's prefix to its rows, which replace the saved ones.
    Refused as a whole (nothing changes) when a rule of the domain is broken.
    """
    _require_draft(report)
    form = ReportForm.objects.get(report=report, code=code)
    tables = TABLES.get(code, [])
    if code == FormCode.G:
        _check_release(report=report, rows=rows.get("release", []))
    changes = field_changes(form, values)
    saved = versioned_update(
        form, expected_version=expected_version, values=values, actor=user
    )
    for table in tables:
        table.model.objects.filter(report=report).delete()
        table.model.objects.bulk_create(
            table.model(report=report, **row) for row in rows.get(table.prefix, [])
        )
        changes[table.prefix] = ("…", f"{len(rows.get(table.prefix, []))} rows")
    Article7Report.objects.filter(pk=report.pk).update(
        updated_at=timezone.now(), updated_by=user
    )
    audit_record(
        actor=user,
        action="article7.form",
        summary=f"{report.state.name}: {FormCode(code).label} of the {report.year} "
        "report saved",
        target=report,
        changes=changes,
    )
    return saved


def remaining_area(report: Article7Report) -> int | None:
    """Form C's total: the area still known or suspected to be mined at the
    end of the report's year (None when the report gives no areas)."""
    return report.hazardous_areas.aggregate(total=Sum("area_m2"))["total"]


def _check_release(*, report: Article7Report, rows: list[dict]) -> None:
    """A year's release cannot exceed what remained at the end of the year
    before, as the State's report for that year gave it."""
    released: dict[int, int] = {}
    for row in rows:
        total = sum(
            row.get(k) or 0 for k in ("cancelled_m2", "reduced_m2", "cleared_m2")
        )
        released[row["year"]] = released.get(row["year"], 0) + total
    for year, total in sorted(released.items()):
        before = (
            Article7Report.objects.filter(
                state_id=report.state_id, year=year - 1, status__in=CURRENT_STATUSES
            )
            .order_by("-number")
            .first()
        )
        remaining = remaining_area(before) if before is not None else None
        if remaining is not None and total > remaining:
            raise ServiceError(
                _(
                    "The area released in %(year)s (%(released)s m²) is larger than "
                    "the area that remained at the end of %(before)s (%(remaining)s "
                    "m², Form C of that report). Check the figures; nothing was saved."
                )
                % {
                    "year": year,
                    "released": number_format(total, force_grouping=True),
                    "before": year - 1,
                    "remaining": number_format(remaining, force_grouping=True),
                }
            )


def report_file_check(*, file) -> str:
    """The content type of an acceptable report file; refuses anything else,
    whatever its name says."""
    suffix = PurePosixPath(file.name or "").suffix.lower()
    if suffix not in REPORT_FILE_TYPES:
        raise ServiceError(
            _("Upload the report as a PDF or Word file (.pdf, .docx or .doc).")
        )
    if not file.size:
        raise ServiceError(_("The file is empty."))
    if file.size > REPORT_FILE_MAX_BYTES:
        raise ServiceError(
            _("The file is %(size).1f MB; the limit is %(limit).0f MB.")
            % {"size": file.size / 1048576, "limit": REPORT_FILE_MAX_BYTES / 1048576}
        )
    content_type, signatures = REPORT_FILE_TYPES[suffix]
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    valid = any(head.startswith(signature) for signature in signatures)
    if valid and suffix == ".docx":
        try:
            with zipfile.ZipFile(file) as archive:
                valid = "word/document.xml" in archive.namelist()
        except zipfile.BadZipFile:
            valid = False
        file.seek(0)
    if not valid:
        raise ServiceError(
            _("The file's content is not a %(type)s document, whatever its name says.")
            % {"type": suffix[1:].upper()}
        )
    return content_type


@transaction.atomic
def report_file_attach(*, report: Article7Report, user: User, file) -> Article7Report:
    """Give the report as a file (the current system's way): a first-class
    report, with or without the online forms."""
    _require_draft(report)
    content_type = report_file_check(file=file)
    old = report.file.name
    name = PurePosixPath(file.name).name[:200]
    report.file.save(name, file, save=False)
    report.file_name = name
    report.file_type = content_type
    report.file_size = file.size
    report.channel = ReportChannel.UPLOAD
    report.updated_by = user
    try:
        report.save(
            update_fields=[
                "file", "file_name", "file_type", "file_size", "channel",
                "updated_by", "updated_at",
            ]
        )  # fmt: skip
    except Exception:
        report.file.delete(save=False)
        raise
    if old:
        storage = report.file.storage
        on_commit(storage.delete, old)
    audit_record(
        actor=user,
        action="article7.file",
        summary=f"{report.state.name}: file {name} attached to the "
        f"{report.year} report",
        target=report,
    )
    return report


@transaction.atomic
def report_submit(*, report: Article7Report, user: User) -> Article7Report:
    """Submit the draft: it is locked, timestamped and becomes the State's
    report for its year; a correction supersedes the version it corrects."""
    if not (report.file or report.contact_organisation):
        raise ServiceError(
            _(
                "Name the point of contact on the cover page, or upload the report "
                "file, before submitting."
            )
        )
    now = timezone.now()
    try:
        moved = Article7Report.objects.filter(
            pk=report.pk, status=ReportStatus.DRAFT
        ).update(status=ReportStatus.SUBMITTED, submitted_at=now, submitted_by=user)
    except IntegrityError as exc:  # pragma: no cover (the status check comes first)
        raise ServiceError(_("This version was submitted already.")) from exc
    if not moved:
        report.refresh_from_db()
        raise ServiceError(
            _(
                "This version was submitted already on %(day)s; nothing was "
                "submitted again."
            )
            % {"day": _day(report.submitted_at)}
        )
    if report.supersedes_id:
        Article7Report.objects.filter(pk=report.supersedes_id).update(
            status=ReportStatus.SUPERSEDED
        )
    report.refresh_from_db()
    audit_record(
        actor=user,
        action="article7.submit",
        summary=f"{report.state.name}: Article 7 report for {report.year} submitted "
        f"(version {report.number})",
        target=report,
    )
    isu = User.objects.filter(role=Role.ISU, is_active=True).values_list(
        "email", flat=True
    )
    email_send(
        template="article7/emails/submitted",
        context={
            "report": report,
            "state": report.state,
            "base_url": settings.PORTAL_BASE_URL,
        },
        to=list(isu),
    )
    on_commit(country_page_cache_drop, state=report.state)
    # The PDF of what was submitted, in the submitter's language, is made at
    # once: ready when the ISU opens the report.
    report_pdf_request(
        report=report,
        user=user,
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    return report


@transaction.atomic
def report_step(*, report: Article7Report, user: User, target: str) -> Article7Report:
    """The ISU acknowledges or publishes a submitted version."""
    step = step_to(target)
    if step is None or step.target == ReportStatus.SUBMITTED:
        raise ServiceError(_("That is not a step the ISU takes on a report."))
    values = {"status": target, "reviewed_by": user}
    if target == ReportStatus.ACKNOWLEDGED:
        values["acknowledged_at"] = timezone.now()
    if target == ReportStatus.PUBLISHED:
        values["published_at"] = timezone.now()
    if not Article7Report.objects.filter(pk=report.pk, status__in=step.sources).update(
        **values
    ):
        raise ServiceError(
            _("This report is “%(status)s” now; nothing was changed.")
            % {"status": Article7Report.objects.get(pk=report.pk).get_status_display()}
        )
    report.refresh_from_db()
    audit_record(
        actor=user,
        action=f"article7.{target}",
        summary=f"{report.state.name}: Article 7 report for {report.year} "
        f"(version {report.number}) {target}",
        target=report,
    )
    on_commit(country_page_cache_drop, state=report.state)
    return report


@transaction.atomic
def guide_save(*, record, user: User, expected_version: int, values: dict):
    """Save a guidance section or question (ISU)."""
    changes = field_changes(record, values)
    saved = versioned_update(
        record, expected_version=expected_version, values=values, actor=user
    )
    audit_record(
        actor=user,
        action="article7.guidance",
        summary=f"Article 7 guidance saved: {saved}",
        target=saved,
        changes=changes,
    )
    return saved


@transaction.atomic
def guide_edition_copy(*, edition, user: User, code: str, title: str):
    """Start a new edition of the guidance from `edition` (e.g. after a Review
    Conference adopts a new action plan); it becomes current when the ISU says."""
    from .models import GuideEdition, GuideQuestion, GuideSection

    if GuideEdition.objects.filter(code=code).exists():
        raise ServiceError(_("An edition with this code exists already."))
    copy = GuideEdition.objects.create(code=code, title=title, note=edition.note)
    for section in edition.sections.prefetch_related("questions"):
        new = GuideSection.objects.create(
            edition=copy,
            form=section.form,
            order=section.order,
            heading=section.heading,
            body=section.body,
            source=section.source,
            verified=section.verified,
            updated_by=user,
        )
        GuideQuestion.objects.bulk_create(
            GuideQuestion(
                section=new,
                order=q.order,
                prompt=q.prompt,
                help=q.help,
                updated_by=user,
            )
            for q in section.questions.all()
        )
    audit_record(
        actor=user,
        action="article7.guidance_edition",
        summary=f"Guidance edition {code} started from {edition.code}",
        target=copy,
    )
    return copy


@transaction.atomic
def guide_edition_make_current(*, edition, user: User):
    """Show `edition` beside the forms from now on."""
    from .models import GuideEdition

    GuideEdition.objects.filter(is_current=True).update(is_current=False)
    GuideEdition.objects.filter(pk=edition.pk).update(is_current=True)
    audit_record(
        actor=user,
        action="article7.guidance_current",
        summary=f"Guidance edition {edition.code} made current",
        target=edition,
    )


# --- The PDF of a submitted version ----------------------------------------------


@transaction.atomic
def report_pdf_request(*, report: Article7Report, user, language: str) -> ReportPdf:
    """Ask for the PDF of a submitted version in `language`.

    A draft has no PDF (it still changes). Asking twice, even while the first
    is rendering, renders once: the same content is the same version
    (portal.documents.document_request).
    """
    # One request per report at a time: the second waits here, then finds the
    # first one's version by its content.
    report = Article7Report.objects.select_for_update().get(pk=report.pk)
    if report.status == ReportStatus.DRAFT:
        raise ServiceError(_("A draft has no PDF yet: submit the report first."))
    report = selectors.report_with_rows(pk=report.pk)
    with translation.override(language):
        snapshot = report_pdf_snapshot(report=report)
    version, created = document_request(
        model=ReportPdf,
        of={"report": report},
        snapshot=snapshot,
        user=user,
        language=language,
    )
    if created:
        audit_record(
            actor=user,
            action="article7.pdf",
            summary=f"{report.state.name}: PDF of the Article 7 report for "
            f"{report.year} (version {report.number}, {language})",
            target=report,
        )
    return version
