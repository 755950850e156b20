"""A State's Article 7 reports: the list, one report, its cover page and forms,
submission, review and correction."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from country_pages.views.lookups import state_from_iso3
from portal.document_views import document_download, document_requested_message
from portal.editing import form_save
from portal.permissions import permission_required
from portal.services import ServiceError

from .. import selectors, services
from ..due import obligations
from ..forms import (
    TABLES,
    CoverForm,
    ReportFileForm,
    ReportFormForm,
    ReportStartForm,
    ReviewForm,
    formset_rows,
    row_formset,
)
from ..models import FormCode, ReportPdf
from ..status import steps_for


def report_from_pk(request, pk, **kwargs):
    """The report of the address with its rows; looked up once per request."""
    report = getattr(request, "_article7_report", None)
    if report is None or report.pk != pk:
        report = selectors.report_with_rows(pk=pk)
        if report is None:
            raise Http404(_("No such report."))
        request._article7_report = report
    return report


def state_reports(request, iso3):
    """A State's Article 7 reports that the reader may open, and, for those who
    act for the State, what is due and a way to start the next report.

    Everyone may open it; the list is filtered by the read rule.
    """
    state = state_from_iso3(request, iso3)
    reports = list(selectors.report_list(user=request.user, state=state))
    can_create = request.user.has_perm("article7.create_report", state)
    due = []
    if can_create:
        due = obligations(states=[state], today=timezone.localdate())
    return render(
        request,
        "article7/state_reports.html",
        {
            "state": state,
            "reports": reports,
            "due": due,
            "can_create": can_create,
            "start_form": ReportStartForm(
                initial={"year": timezone.localdate().year - 1}
            ),
        },
    )


@require_POST
@permission_required("article7.create_report", fn=state_from_iso3)
def report_start(request, iso3):
    """Start the draft for a year, pre-filled from the last report. The State's
    focal points and the ISU."""
    state = state_from_iso3(request, iso3)
    form = ReportStartForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the calendar year the report is on."))
        return redirect("article7:state_reports", iso3=state.iso3)
    try:
        report = services.report_start(
            state=state, year=form.cleaned_data["year"], user=request.user
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("article7:state_reports", iso3=state.iso3)
    messages.success(
        request,
        _("The draft of the report for %(year)s is ready.") % {"year": report.year},
    )
    return redirect(report)


@permission_required("article7.read_report", fn=report_from_pk)
def report_detail(request, pk):
    """One version of a report: cover page and every form, read-only; its
    other versions; the buttons the reader may use. Public once published;
    otherwise the State, the ISU and the Committees."""
    report = report_from_pk(request, pk)
    guidance = selectors.guidance_current()
    pdfs = selectors.report_pdfs(report=report)
    return render(
        request,
        "article7/report_detail.html",
        {
            "report": report,
            "state": report.state,
            "sections": selectors.form_sections(report),
            "versions": selectors.report_versions(report=report, user=request.user),
            "steps": steps_for(user=request.user, report=report),
            "can_edit": request.user.has_perm("article7.edit_report", report),
            "can_correct": request.user.has_perm("article7.correct_report", report),
            "file_form": ReportFileForm(),
            "pdfs": pdfs,
            "pdf_pending": any(pdf.is_pending for pdf in pdfs),
            "may_request_pdf": request.user.has_perm("article7.request_pdf", report),
            "guidance": {s.form: s for s in guidance.sections.all()}
            if guidance
            else {},
        },
    )


@permission_required("article7.edit_report", fn=report_from_pk)
def cover_edit(request, pk):
    """Edit the cover page of a draft: point of contact and period. The State's
    focal points and the ISU."""
    report = report_from_pk(request, pk)
    conflict = {}
    if request.method == "POST":
        form = CoverForm(request.POST, instance=report)
        if form.is_valid():
            saved, _record = form_save(
                form,
                conflict,
                lambda: services.report_cover_save(
                    report=report,
                    user=request.user,
                    expected_version=form.expected_version,
                    values=form.values(),
                ),
            )
            if saved:
                messages.success(request, _("Cover page saved as a draft."))
                return redirect(report)
    else:
        form = CoverForm(instance=report)
    return render(
        request,
        "article7/cover_form.html",
        {
            "report": report,
            "state": report.state,
            "form": form,
            "guidance": selectors.guidance_for(form="cover"),
            **conflict,
        },
    )


@permission_required("article7.edit_report", fn=report_from_pk)
def form_edit(request, pk, code):
    """Edit one form of a draft: its cover-page line, narrative and rows, with
    the guidance beside each question. The State's focal points and the ISU.

    A save that would overwrite someone else's newer save of the same form is
    refused and both versions are shown; a refused save changes nothing.
    """
    report = report_from_pk(request, pk)
    if code not in FormCode.values:
        raise Http404(_("No such form."))
    record = next(f for f in report.forms.all() if f.code == code)
    tables = TABLES.get(code, [])
    conflict = {}
    if request.method == "POST":
        form = ReportFormForm(request.POST, instance=record)
        formsets = [
            (table, row_formset(table, report=report, data=request.POST))
            for table in tables
        ]
        # Every formset is validated, so each shows its own errors at once.
        valid = form.is_valid() & all([fs.is_valid() for _table, fs in formsets])
        if valid:
            saved, _record = form_save(
                form,
                conflict,
                lambda: services.report_form_save(
                    report=report,
                    code=code,
                    user=request.user,
                    expected_version=form.expected_version,
                    values=form.values(),
                    rows={table.prefix: formset_rows(fs) for table, fs in formsets},
                ),
            )
            if saved:
                messages.success(
                    request,
                    _("“%(form)s” saved as a draft.") % {"form": FormCode(code).label},
                )
                return redirect(report.get_absolute_url() + f"#form-{code}")
    else:
        form = ReportFormForm(instance=record)
        formsets = [
            (
                table,
                row_formset(
                    table, report=report, rows=getattr(report, table.related_name).all()
                ),
            )
            for table in tables
        ]
    return render(
        request,
        "article7/form_edit.html",
        {
            "report": report,
            "state": report.state,
            "code": code,
            "title": FormCode(code).label,
            "form": form,
            "formsets": formsets,
            "guidance": selectors.guidance_for(form=code),
            **conflict,
        },
    )


@require_POST
@permission_required("article7.edit_report", fn=report_from_pk)
def file_upload(request, pk):
    """Attach the report as a PDF or Word file. The State's focal points and the
    ISU, on a draft."""
    report = report_from_pk(request, pk)
    form = ReportFileForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a PDF or Word file to upload."))
        return redirect(report)
    try:
        services.report_file_attach(
            report=report, user=request.user, file=form.cleaned_data["file"]
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The report file is attached to the draft."))
    return redirect(report)


@permission_required("article7.read_report", fn=report_from_pk)
def file_download(request, pk):
    """The report's uploaded file, for whoever may read the report."""
    report = report_from_pk(request, pk)
    if not report.file:
        raise Http404(_("This report has no file."))
    try:
        handle = report.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is missing from storage.")) from exc
    return FileResponse(
        handle,
        as_attachment=True,
        filename=report.file_name,
        content_type=report.file_type,
    )


@require_POST
@permission_required("article7.act_for_report", fn=report_from_pk)
def submit(request, pk):
    """Submit a draft: it is locked and numbered. The State's focal points and
    the ISU; submitting the same version again is refused with a message."""
    report = report_from_pk(request, pk)
    try:
        report = services.report_submit(report=report, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Submitted: version %(number)s of the report for %(year)s.")
            % {"number": report.number, "year": report.year},
        )
    return redirect(report)


@require_POST
@permission_required("article7.review_reports", fn=report_from_pk)
def review(request, pk):
    """Acknowledge or publish a submitted version. The ISU."""
    report = report_from_pk(request, pk)
    form = ReviewForm(request.POST)
    try:
        if not form.is_valid():
            raise ServiceError(_("That is not a step the ISU takes on a report."))
        services.report_step(
            report=report, user=request.user, target=form.cleaned_data["target"]
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The report's status is updated."))
    return redirect(report)


@require_POST
@permission_required("article7.correct_report", fn=report_from_pk)
def correct(request, pk):
    """Start a correction of a submitted version. The State's focal points and
    the ISU."""
    report = report_from_pk(request, pk)
    try:
        correction = services.report_correct(report=report, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect(report)
    messages.success(
        request,
        _(
            "A correction of the report for %(year)s is ready as a draft; version "
            "%(number)s stays as it was until the correction is submitted."
        )
        % {"year": report.year, "number": report.number},
    )
    return redirect(correction)


def report_pdf_version(request, pk, number):
    """The PDF version of the address; looked up once per request (the
    permission check and the view both need it)."""
    version = getattr(request, "_article7_pdf", None)
    if version is None or (version.report_id, version.number) != (pk, number):
        version = get_object_or_404(
            ReportPdf.objects.select_related("report"), report_id=pk, number=number
        )
        request._article7_pdf = version
    return version


def report_of_pdf(request, pk, number):
    """The report a PDF version is of, for the read rule."""
    return report_pdf_version(request, pk, number).report


@require_POST
@permission_required("article7.request_pdf", fn=report_from_pk)
def pdf_request(request, pk):
    """Make (or find, for the same content) the PDF of a submitted version in
    the reader's language."""
    report = report_from_pk(request, pk)
    try:
        version = services.report_pdf_request(
            report=report, user=request.user, language=translation.get_language()
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        document_requested_message(request, version)
    return redirect(f"{report.get_absolute_url()}#pdf")


@permission_required("article7.download_pdf", fn=report_of_pdf)
def pdf_download(request, pk, number):
    """One PDF version of a submitted report, for the report's readers."""
    return document_download(report_pdf_version(request, pk, number))
