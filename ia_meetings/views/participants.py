"""The participants of a meeting, their invitations and answers, attendance
and the contact list."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from portal.exports import csv_response
from portal.permissions import permission_required
from portal.services import ServiceError

from .. import selectors
from ..calendar import CANCEL, REQUEST, invitation_calendar
from ..forms import (
    ParticipantBulkForm,
    ParticipantForm,
    ParticipantPickForm,
    ResponseForm,
)
from ..models import MeetingStatus, Participant
from ..services import invitations, participants
from .confirm import confirm_page
from .lookups import base_url, meeting_from_pk


@permission_required("ia_meetings.view_restricted", fn=meeting_from_pk)
def participant_list(request, pk):
    """Participants by group with invitation, response and attendance; the
    State and the ISU add people here."""
    meeting = meeting_from_pk(request, pk)
    can_manage = request.user.has_perm("ia_meetings.manage_participants", meeting)
    form = (
        ParticipantForm(request.POST or None, meeting=meeting) if can_manage else None
    )
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if form.is_valid():
            try:
                participant = participants.participant_add(
                    meeting=meeting, user=request.user, **form.cleaned_data
                )
            except ServiceError as exc:
                form.add_error("email", str(exc))
            else:
                messages.success(
                    request, _("%(name)s added.") % {"name": participant.name}
                )
                return redirect("ia_meetings:participants", pk=meeting.pk)
    return render(
        request,
        "ia_meetings/participant_list.html",
        {
            "meeting": meeting,
            "participants": list(
                meeting.participants.order_by("group", "organisation", "name")
            ),
            "form": form,
            "counts": selectors.participant_counts(meeting=meeting),
        },
    )


@permission_required("ia_meetings.manage_participants", fn=meeting_from_pk)
def participant_remove(request, pk, participant_pk):
    """Take someone off the list, after saying what goes with them."""
    participant = get_object_or_404(
        Participant.objects.select_related("meeting__state"),
        pk=participant_pk,
        meeting_id=pk,
    )
    list_url = reverse("ia_meetings:participants", args=[pk])
    if request.method != "POST":
        lost = [
            _("%(name)s (%(organisation)s) leaves the list; they are not told.")
            % {"name": participant.name, "organisation": participant.organisation}
        ]
        if participant.invitation_sent_at:
            lost.append(
                _(
                    "Their invitation link stops working; their answer (%(answer)s) "
                    "is forgotten."
                )
                % {"answer": participant.get_response_display().lower()}
            )
        owned = participant.action_points.count()
        if owned:
            lost.append(
                ngettext(
                    "%(count)s action point they own keeps its organisation as "
                    "owner, without them.",
                    "%(count)s action points they own keep their organisation as "
                    "owner, without them.",
                    owned,
                )
                % {"count": owned}
            )
        return confirm_page(
            request,
            meeting=participant.meeting,
            question=_("Remove %(name)s from the list?") % {"name": participant.name},
            lost=lost,
            button=_("Remove from the list"),
            cancel_url=list_url,
        )
    participants.participant_remove(participant=participant, user=request.user)
    messages.success(
        request, _("%(name)s removed from the list.") % {"name": participant.name}
    )
    return redirect(list_url)


@require_POST
@permission_required("ia_meetings.invite_participants", fn=meeting_from_pk)
def participants_invite(request, pk):
    """The ISU sends the invitations (by a Celery task, after commit)."""
    meeting = meeting_from_pk(request, pk)
    try:
        count = participants.participants_invite(
            meeting=meeting,
            user=request.user,
            base_url=base_url(request),
            resend=request.POST.get("resend") == "1",
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            ngettext(
                "%(count)s invitation is being sent.",
                "%(count)s invitations are being sent.",
                count,
            )
            % {"count": count},
        )
    return redirect("ia_meetings:participants", pk=pk)


@require_POST
@permission_required("ia_meetings.record_attendance", fn=meeting_from_pk)
def participant_attendance(request, pk):
    meeting = meeting_from_pk(request, pk)
    count = participants.participant_attendance_set(
        meeting=meeting,
        user=request.user,
        attended_ids=[int(v) for v in request.POST.getlist("attended") if v.isdigit()],
    )
    messages.success(
        request,
        ngettext(
            "Attendance saved: %(count)s attended.",
            "Attendance saved: %(count)s attended.",
            count,
        )
        % {"count": count},
    )
    return redirect("ia_meetings:participants", pk=pk)


@permission_required("ia_meetings.download_contact_list", fn=meeting_from_pk)
def contact_list(request, pk):
    """The contact list (CSV): participants, the State, the committee, the ISU."""
    meeting = meeting_from_pk(request, pk)
    header, *rows = selectors.contact_list_rows(meeting=meeting)
    # The headings are in the reader's language: a file for people, which
    # spreadsheets read as UTF-8 thanks to the byte order mark.
    return csv_response(
        (dict(zip(header, row, strict=True)) for row in rows),
        columns=header,
        filename=f"meeting-{meeting.pk}-contacts",
        byte_order_mark=True,
    )


def respond(request, token):
    """Accept or decline an invitation through the signed link; no account needed."""
    try:
        participant = invitations.participant_from_token(token=token)
    except ServiceError as exc:
        return render(
            request, "ia_meetings/respond.html", {"error": str(exc)}, status=400
        )
    initial = (
        {"response": request.GET.get("answer")} if request.GET.get("answer") else None
    )
    form = ResponseForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            participant = invitations.participant_respond(
                token=token, response=form.cleaned_data["response"]
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            return render(
                request,
                "ia_meetings/respond.html",
                {
                    "participant": participant,
                    "meeting": participant.meeting,
                    "done": True,
                    "token": token,
                },
            )
    return render(
        request,
        "ia_meetings/respond.html",
        {
            "participant": participant,
            "meeting": participant.meeting,
            "form": form,
            "token": token,
        },
    )


def respond_ics(request, token):
    """The invited person's calendar entry, through their signed link: it
    works without an account, even for a meeting the public cannot read."""
    try:
        participant = invitations.participant_from_token(token=token)
    except ServiceError as exc:
        return render(
            request, "ia_meetings/respond.html", {"error": str(exc)}, status=400
        )
    meeting = participant.meeting
    body = invitation_calendar(
        meeting,
        base_url=base_url(request),
        attendee=participant.email,
        method=CANCEL if meeting.status == MeetingStatus.CANCELLED else REQUEST,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@permission_required("ia_meetings.manage_participants", fn=meeting_from_pk)
def participant_edit(request, pk, participant_pk):
    """Correct a participant's group, organisation, name or e-mail."""
    meeting = meeting_from_pk(request, pk)
    participant = get_object_or_404(Participant, pk=participant_pk, meeting_id=pk)
    form = ParticipantForm(request.POST or None, instance=participant, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            participants.participant_update(
                participant=participant, user=request.user, **form.cleaned_data
            )
        except ServiceError as exc:
            form.add_error("email", str(exc))
        else:
            messages.success(request, _("%(name)s saved.") % {"name": participant.name})
            return redirect(
                reverse("ia_meetings:participants", args=[pk])
                + f"#participant-{participant.pk}"
            )
    return render(
        request,
        "ia_meetings/participant_edit.html",
        {"meeting": meeting, "participant": participant, "form": form},
    )


@permission_required("ia_meetings.manage_participants", fn=meeting_from_pk)
def participants_bulk(request, pk):
    """Add several participants at once: pasted lines or a CSV file are
    shown first, each line with what is wrong with it; the good ones are
    added only when the person confirms. Registered donors can be picked."""
    meeting = meeting_from_pk(request, pk)
    list_url = reverse("ia_meetings:participants", args=[pk])
    donors = selectors.registered_donors_to_pick(meeting=meeting)
    pick = ParticipantPickForm(
        request.POST if request.POST.get("step") == "pick" else None, people=donors
    )
    form = ParticipantBulkForm(
        request.POST if request.POST.get("step") in ("preview", "add") else None,
        request.FILES or None,
        initial={"default_group": "other"},
    )
    rows = None
    if request.method == "POST" and request.POST.get("step") == "pick":
        if pick.is_valid():
            count = participants.participants_add_registered(
                meeting=meeting,
                user=request.user,
                people=pick.cleaned_data["people"],
                group="donor",
            )
            messages.success(
                request,
                ngettext(
                    "%(count)s participant added.",
                    "%(count)s participants added.",
                    count,
                )
                % {"count": count},
            )
            return redirect(list_url)
    elif request.method == "POST" and form.is_valid():
        text, group = form.cleaned_data["text"], form.cleaned_data["default_group"]
        if request.POST.get("step") == "add":
            try:
                count = participants.participants_bulk_add(
                    meeting=meeting, user=request.user, text=text, default_group=group
                )
            except ServiceError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s participant added.",
                        "%(count)s participants added.",
                        count,
                    )
                    % {"count": count},
                )
                return redirect(list_url)
        rows = participants.participants_bulk_parse(
            meeting=meeting, text=text, default_group=group
        )
    return render(
        request,
        "ia_meetings/participant_bulk.html",
        {
            "meeting": meeting,
            "form": form,
            "pick": pick if donors.exists() else None,
            "rows": rows,
            "good": [row for row in rows or [] if not row.error],
            "bad": [row for row in rows or [] if row.error],
            "text": form.cleaned_data.get("text", "") if rows is not None else "",
        },
    )
