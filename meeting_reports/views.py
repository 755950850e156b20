"""The report page of a meeting: its versions, their status and downloads, the
request for a new version and the sharing decision."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.document_views import document_download, document_requested_message
from portal.permissions import permission_required
from portal.services import ServiceError

from . import selectors, services
from .forms import ReportRequestForm, ReportSharingForm


def report_meeting(request, pk, **kwargs):
    """The meeting of the address; looked up once per request (permission and view)."""
    if not hasattr(request, "_report_meeting"):
        request._report_meeting = selectors.report_meeting_get(pk=pk)
    return request._report_meeting


def report_version(request, pk, number):
    return selectors.report_version_get(meeting_id=pk, number=number)


def _report_context(request, meeting):
    versions = list(selectors.report_version_list(meeting=meeting, user=request.user))
    user = request.user
    return {
        "meeting": meeting,
        "versions": versions,
        "pending": any(v.is_pending for v in versions),
        "audience": selectors.report_audience(meeting=meeting),
        "may_request": user.has_perm("meeting_reports.request_report", meeting),
        "may_share": user.has_perm("meeting_reports.share_report", meeting),
        "may_see_progress": user.has_perm(
            "meeting_reports.view_report_progress", meeting
        ),
        "waiting_for_broker": any(v.is_waiting_for_broker for v in versions),
        # A version this reader may hand to the workers again (the button says
        # so): one the broker never took.
        "ask_again": any(
            v.is_waiting_for_broker and user.has_perm("meeting_reports.ask_again", v)
            for v in versions
        ),
    }


@permission_required("meeting_reports.view_reports", fn=report_meeting)
def report(request, pk):
    """A meeting's report versions, their status and downloads.

    Readers are the ISU, the committee, the State's focal points and whom the
    State shared the reports with (participants, or everyone); the ISU and the
    focal points ask for a new version and decide the sharing here.
    """
    meeting = report_meeting(request, pk)
    context = _report_context(request, meeting)
    context["request_form"] = ReportRequestForm()
    context["sharing_form"] = ReportSharingForm(
        initial={"audience": context["audience"]}
    )
    return render(request, "meeting_reports/report_detail.html", context)


@permission_required("meeting_reports.view_reports", fn=report_meeting)
def report_versions(request, pk):
    """The versions table alone, for the page's script to refresh while a
    version is queued or rendering. Same readers as the page."""
    meeting = report_meeting(request, pk)
    return render(
        request,
        "meeting_reports/report_versions.html",
        _report_context(request, meeting),
    )


@require_POST
@permission_required("meeting_reports.request_report", fn=report_meeting)
def report_request(request, pk):
    """Make (or ask again for) the report of a held meeting. ISU and the State."""
    meeting = report_meeting(request, pk)
    form = ReportRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["language"]))
        return redirect("meeting_reports:detail", pk=meeting.pk)
    try:
        version = services.report_request(
            meeting=meeting, user=request.user, language=form.cleaned_data["language"]
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("meeting_reports:detail", pk=meeting.pk)
    document_requested_message(request, version)
    return redirect("meeting_reports:detail", pk=meeting.pk)


@require_POST
@permission_required("meeting_reports.share_report", fn=report_meeting)
def report_share(request, pk):
    """The State (or the ISU for it) decides who may read the reports."""
    meeting = report_meeting(request, pk)
    form = ReportSharingForm(request.POST)
    if form.is_valid():
        try:
            sharing = services.report_share(
                meeting=meeting,
                user=request.user,
                audience=form.cleaned_data["audience"],
            )
        except ServiceError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("Reports shared with: %(audience)s.")
                % {"audience": sharing.get_audience_display()},
            )
            return redirect("meeting_reports:detail", pk=meeting.pk)
    context = _report_context(request, meeting)
    context["sharing_form"] = form
    return render(request, "meeting_reports/report_detail.html", context, status=400)


@permission_required("meeting_reports.download_report", fn=report_version)
def report_download(request, pk, number):
    """One version's PDF, for its readers (see `report`)."""
    version = report_version(request, pk, number)
    return document_download(version)
