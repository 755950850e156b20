"""Who may read and make a meeting's reports.

Readers are the ISU and the committee always, the State's focal points their
own, and beyond them whom the State chose (ReportSharing): the meeting's
participants, or everyone. The State (or the ISU for it) asks for a new version
of a held meeting's report and decides the sharing.

Predicates take a Meeting or a ReportVersion; which steps a version may take
is the state machine's (portal.documents.DOCUMENT_STEPS, read through step_allowed).
"""

import rules
from django.db.models import Q
from django.utils.translation import gettext as _

from ia_meetings.models import MeetingStatus
from ia_meetings.rules import (
    can_act,
    focal_meeting_state_ids,
    is_meeting_state_focal_point,
    is_participant,
    meeting_of,
    participant_meeting_ids,
)
from portal.documents import DocumentStep, step_allowed
from portal.models import DocumentStatus
from portal.permissions import refusal_reason
from portal.rules import is_committee, is_isu

from .models import ReportAudience, ReportSharing


def report_audience_of(obj) -> str:
    meeting = meeting_of(obj)
    try:
        return meeting.report_sharing.audience
    except ReportSharing.DoesNotExist:
        return ReportAudience.COMMITTEE


@rules.predicate
def report_shared_with_participants(user, obj):
    return obj is not None and report_audience_of(obj) in (
        ReportAudience.PARTICIPANTS,
        ReportAudience.PUBLIC,
    )


@rules.predicate
def report_is_public(user, obj):
    return obj is not None and report_audience_of(obj) == ReportAudience.PUBLIC


@rules.predicate
def is_held(user, obj):
    meeting = meeting_of(obj)
    return bool(meeting is not None and meeting.status == MeetingStatus.HELD)


@rules.predicate
def is_report_ready(user, obj):
    return getattr(obj, "status", None) == DocumentStatus.READY


@rules.predicate
def may_be_asked_again(user, version):
    """The state machine lets a requester hand this version over again."""
    return version is not None and step_allowed(
        version=version, step=DocumentStep.ASK_AGAIN
    )


may_read_reports = (
    is_isu
    | is_committee
    | is_meeting_state_focal_point
    | (is_participant & report_shared_with_participants)
    | report_is_public
)
rules.add_perm("meeting_reports.view_reports", may_read_reports)


def reports_readable_q(user, *, prefix: str = "") -> Q | None:
    """`may_read_reports` as a filter on meetings (`prefix` reaches the meeting
    from another model, e.g. "meeting__"); None when `user` reads every
    meeting's reports. A meeting without a sharing decision is the
    committee's."""
    if is_isu(user) or is_committee(user):
        return None
    audience = f"{prefix}report_sharing__audience"
    readable = Q(**{audience: ReportAudience.PUBLIC})
    states = focal_meeting_state_ids(user)
    if states:
        readable |= Q(**{f"{prefix}state_id__in": states})
    meetings = participant_meeting_ids(user)
    if meetings:
        readable |= Q(**{f"{prefix}pk__in": meetings}) & Q(
            **{
                f"{audience}__in": [
                    ReportAudience.PARTICIPANTS,
                    ReportAudience.PUBLIC,
                ]
            }
        )
    return readable


rules.add_perm("meeting_reports.download_report", is_report_ready & may_read_reports)
# Failed attempts and their errors; who asked and when.
rules.add_perm(
    "meeting_reports.view_report_progress",
    is_isu | is_committee | is_meeting_state_focal_point,
)
rules.add_perm("meeting_reports.request_report", can_act & is_held)
rules.add_perm("meeting_reports.share_report", can_act)
# Asking again for a version (obj: the version) that is waiting, failed, or
# whose worker was lost; asking for the report does it for the same content.
rules.add_perm("meeting_reports.ask_again", can_act & is_held & may_be_asked_again)

# The Django admin: ISU staff only.
rules.add_perm("meeting_reports", is_isu)
for _model in ("reportversion", "reportsharing"):
    for _action in ("view", "add", "change", "delete"):
        rules.add_perm(f"meeting_reports.{_action}_{_model}", is_isu)


@refusal_reason("meeting_reports.view_reports")
@refusal_reason("meeting_reports.download_report")
def report_refusal(user, obj):
    """Why a reader may not open a meeting's reports: whom the State shared
    them with, and whom to ask."""
    if obj is None:
        return ""
    audience = report_audience_of(obj)
    if audience == ReportAudience.COMMITTEE:
        return _(
            "The State has shared this meeting's report with the Committee and "
            "the ISU only. If you took part in the meeting, ask the State's focal "
            "point (or the ISU) to share the report with its participants."
        )
    if audience == ReportAudience.PARTICIPANTS:
        if not user.is_authenticated:
            return _(
                "This meeting's report is shared with its participants. Sign in "
                "with the e-mail address your invitation was sent to."
            )
        return _(
            "This meeting's report is shared with its participants, and "
            "%(email)s is not on its list of participants. If you took part, "
            "sign in with the address your invitation was sent to, or ask the ISU."
        ) % {"email": user.email}
    return ""
