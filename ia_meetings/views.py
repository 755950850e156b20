import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.views.decorators.http import require_POST

from country_pages.models import StateParty
from country_pages.selectors import states_for_focal_point
from portal.editing import conflict_context, saved_value
from portal.permissions import permission_required
from portal.rules import is_isu
from portal.services import EditConflict, ServiceError

from . import calendar, selectors, services
from .filters import MeetingFilter
from .forms import (
    ActionPointForm,
    AgendaItemForm,
    FollowUpForm,
    MaterialForm,
    MeetingForm,
    ParticipantForm,
    ResponseForm,
    StateChoiceForm,
)
from .models import (
    ActionPoint,
    AgendaItem,
    FollowUp,
    Material,
    Meeting,
    MeetingStatus,
    Participant,
)
from .registry import meeting_parts
from .status import status_change_permission, status_changes_for


def _once(request, key, read):
    """Read an object once per request: the permission check and the view
    share it, as it was when the request came in."""
    cache = request.__dict__.setdefault("_ia_meetings_objects", {})
    if key not in cache:
        cache[key] = read()
    return cache[key]


def meeting_from_pk(request, pk, **kwargs):
    return _once(
        request,
        ("meeting", pk),
        lambda: get_object_or_404(Meeting.objects.select_related("state"), pk=pk),
    )


def item_from_pk(request, pk, item_pk, **kwargs):
    return _once(
        request,
        ("item", pk, item_pk),
        lambda: get_object_or_404(
            AgendaItem.objects.select_related("meeting__state"),
            pk=item_pk,
            meeting_id=pk,
        ),
    )


def material_from_pk(request, pk):
    return _once(
        request,
        ("material", pk),
        lambda: get_object_or_404(
            Material.objects.select_related("meeting__state"), pk=pk
        ),
    )


def state_from_iso3(request, iso3):
    return _once(
        request,
        ("state", iso3.upper()),
        lambda: get_object_or_404(StateParty, iso3=iso3.upper()),
    )


def _base_url(request) -> str:
    return request.build_absolute_uri("/")


def _states_user_can_propose_for(user):
    return (
        StateParty.objects.all() if is_isu(user) else states_for_focal_point(user=user)
    )


# --- Lists and the meeting page -----------------------------------------------


def meeting_list(request):
    """Upcoming or past meetings, filtered by country, kind and year.

    Everyone: the public sees public meetings once scheduled; signed-in people
    also those of their States and those they take part in; the committee and
    the ISU all (rules.meetings_readable_q).
    """
    when = "past" if request.GET.get("when") == "past" else "upcoming"
    filterset = MeetingFilter(
        request.GET, queryset=selectors.meeting_list(user=request.user, when=when)
    )
    page = Paginator(filterset.qs, 25).get_page(request.GET.get("page"))
    return render(
        request,
        "ia_meetings/meeting_list.html",
        {
            "filter": filterset,
            "page": page,
            "when": when,
            "can_propose": _states_user_can_propose_for(request.user).exists()
            if request.user.is_authenticated
            else False,
        },
    )


@permission_required("ia_meetings.read_meeting", fn=meeting_from_pk)
def meeting_detail(request, pk):
    """A meeting: details, agenda with materials and minutes, participants,
    action points, follow-ups and the status history. Who sees what is in
    rules.py: participants and minutes in draft only for those involved; the
    status changes offered are those status.py allows this reader now."""
    meeting = meeting_from_pk(request, pk)
    insider = request.user.has_perm("ia_meetings.view_restricted", meeting)
    meeting = selectors.meeting_detail(pk=pk, with_participants=insider)
    return render(
        request,
        "ia_meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "insider": insider,
            "counts": selectors.participant_counts(meeting=meeting)
            if insider
            else None,
            "agenda_items": list(meeting.agenda_items.all()),
            "status_changes": status_changes_for(user=request.user, meeting=meeting),
            "parts": meeting_parts(meeting=meeting, user=request.user),
        },
    )


# --- Proposing and changing a meeting -----------------------------------------


@permission_required("ia_meetings.propose_somewhere")
def meeting_propose(request):
    """The State's focal point (or the ISU for it) proposes a meeting."""
    states = _states_user_can_propose_for(request.user)
    chooser = StateChoiceForm(request.GET or None, states=states)
    if not request.GET.get("state") and states.count() == 1:
        state = states.first()
    elif chooser.is_bound and chooser.is_valid():
        state = chooser.cleaned_data["state"]
    else:
        return render(
            request, "ia_meetings/meeting_state_choose.html", {"form": chooser}
        )
    if not request.user.has_perm("ia_meetings.propose_meeting", state):
        raise Http404
    initial = {"timezone": services.DEFAULT_TIMEZONE}
    previous_pk = request.GET.get("previous", "")
    previous = (
        Meeting.objects.filter(state=state, pk=previous_pk).first()
        if previous_pk.isdigit()
        else None
    )
    if previous:
        # "Propose a subsequent meeting" from a meeting's page.
        initial |= {
            "previous_meeting": previous.pk,
            "kind": "ia_follow_up",
            "visibility": previous.visibility,
        }
    form = MeetingForm(request.POST or None, state=state, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_propose(
                state=state, user=request.user, **form.values()
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"“{meeting.title}” is proposed with the standard agenda. The ISU "
                "will confirm and schedule it.",
            )
            return redirect(meeting)
    return render(
        request,
        "ia_meetings/meeting_form.html",
        {"form": form, "state": state, "meeting": None},
    )


def _meeting_conflict_fields(form, current: Meeting) -> list[tuple[str, str]]:
    """The saved meeting beside the form: its times where it takes place."""
    fields = []
    for name, field in form.fields.items():
        if name == "version":
            continue
        if name in ("starts_at", "ends_at"):
            local = timezone.localtime(getattr(current, name), current.tzinfo)
            value = f"{date_format(local, 'j F Y, H:i')} ({current.timezone})"
        else:
            value = saved_value(current, name)
        fields.append((field.label or name, value))
    return fields


@permission_required("ia_meetings.edit_meeting", fn=meeting_from_pk)
def meeting_edit(request, pk):
    """Change a meeting's details: the State and the ISU."""
    meeting = meeting_from_pk(request, pk)
    form = MeetingForm(request.POST or None, instance=meeting, state=meeting.state)
    context = {"form": form, "state": meeting.state, "meeting": meeting}
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.meeting_update(
                meeting=meeting,
                user=request.user,
                expected_version=form.expected_version,
                **form.values(),
            )
        except EditConflict as exc:
            context |= conflict_context(
                form, exc, fields=_meeting_conflict_fields(form, exc.current)
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Meeting saved.")
            return redirect(saved)
    return render(request, "ia_meetings/meeting_form.html", context)


@require_POST
@permission_required("ia_meetings.change_status", fn=meeting_from_pk)
def meeting_status(request, pk):
    """Confirm and schedule, mark held, or reopen (ISU); cancel (State or ISU):
    the changes of status.TRANSITIONS."""
    meeting = meeting_from_pk(request, pk)
    to_status = request.POST.get("status", "")
    if not request.user.has_perm(status_change_permission(to_status), meeting):
        raise PermissionDenied
    if to_status not in MeetingStatus.values:
        messages.error(request, "Unknown status.")
        return redirect(meeting)
    try:
        services.meeting_status_set(
            meeting=meeting,
            user=request.user,
            to_status=to_status,
            note=request.POST.get("note", ""),
            base_url=_base_url(request),
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, f"The meeting is now {MeetingStatus(to_status).label.lower()}."
        )
    return redirect(meeting)


# --- Calendar -----------------------------------------------------------------


@permission_required("ia_meetings.read_meeting", fn=meeting_from_pk)
def meeting_ics(request, pk):
    """The meeting as an iCalendar entry."""
    meeting = meeting_from_pk(request, pk)
    body = calendar.calendar_for(
        [meeting], base_url=_base_url(request), name=meeting.title
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


def country_ics(request, iso3):
    """A State's meetings as an iCalendar feed: what the reader may see."""
    state = state_from_iso3(request, iso3)
    meetings = selectors.country_feed(state=state, user=request.user)
    body = calendar.calendar_for(
        meetings, base_url=_base_url(request), name=f"{state.name}: IA meetings"
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{state.iso3}-meetings.ics"'
    return response


# --- Agenda -------------------------------------------------------------------


@permission_required("ia_meetings.edit_agenda", fn=meeting_from_pk)
def agenda_item_add(request, pk):
    """Add an item to the agenda: the State and the ISU."""
    meeting = meeting_from_pk(request, pk)
    is_staff = is_isu(request.user)
    form = AgendaItemForm(
        request.POST or None,
        structure=True,
        writing=False,
        set_by_state=is_staff,
        initial={"by_state": True},
    )
    if request.method == "POST" and form.is_valid():
        values = form.values()
        if not is_staff:
            # A focal point adds to the State's own presentation.
            values["by_state"] = True
        item = services.agenda_item_add(meeting=meeting, user=request.user, **values)
        messages.success(request, f"“{item}” added to the agenda.")
        return redirect(meeting.get_absolute_url() + "#agenda")
    return render(
        request,
        "ia_meetings/agendaitem_form.html",
        {"form": form, "meeting": meeting, "item": None},
    )


@permission_required("ia_meetings.open_agenda_item", fn=item_from_pk)
def agenda_item_edit(request, pk, item_pk):
    """Rename an agenda item (the State, the ISU) and write its presentation and
    minutes (section II: the State; every item: the ISU)."""
    item = item_from_pk(request, pk, item_pk)
    meeting = item.meeting
    structure = request.user.has_perm("ia_meetings.edit_agenda", meeting)
    writing = request.user.has_perm("ia_meetings.edit_agenda_item", item)
    form = AgendaItemForm(
        request.POST or None,
        instance=item,
        structure=structure,
        writing=writing,
        set_by_state=is_isu(request.user),
    )
    context = {"form": form, "meeting": meeting, "item": item}
    if request.method == "POST" and form.is_valid():
        # What this person may not change stays as they saw it; the version
        # check makes sure it is still so.
        unchanged = {name: getattr(item, name) for name in services.AGENDA_ITEM_FIELDS}
        try:
            saved = services.agenda_item_update(
                item=item,
                user=request.user,
                expected_version=form.expected_version,
                **(unchanged | form.values()),
            )
        except EditConflict as exc:
            context |= conflict_context(form, exc)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"“{saved}” saved.")
            return redirect(meeting.get_absolute_url() + f"#item-{item.pk}")
    return render(request, "ia_meetings/agendaitem_form.html", context)


@require_POST
@permission_required("ia_meetings.finalise_minutes", fn=item_from_pk)
def agenda_item_finalise(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    try:
        services.agenda_item_finalise(
            item=item,
            user=request.user,
            expected_version=int(request.POST.get("version") or 0),
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"The minutes of “{item}” are final.")
    return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")


@require_POST
@permission_required("ia_meetings.reopen_minutes", fn=item_from_pk)
def agenda_item_reopen(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    services.agenda_item_reopen(item=item, user=request.user)
    messages.success(request, f"The minutes of “{item}” can be edited again.")
    return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")


@require_POST
@permission_required("ia_meetings.edit_agenda", fn=meeting_from_pk)
def agenda_item_move(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    services.agenda_item_move(
        item=item, user=request.user, direction=request.POST.get("direction", "")
    )
    return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")


@require_POST
@permission_required("ia_meetings.edit_agenda", fn=meeting_from_pk)
def agenda_item_delete(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    try:
        services.agenda_item_delete(item=item, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"“{item}” removed from the agenda.")
    return redirect(item.meeting.get_absolute_url() + "#agenda")


# --- Materials ----------------------------------------------------------------


@permission_required("ia_meetings.upload_material", fn=meeting_from_pk)
def material_upload(request, pk, item_pk):
    """Upload a presentation or document for an agenda item."""
    item = item_from_pk(request, pk, item_pk)
    form = MaterialForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            material = services.material_upload(
                item=item,
                user=request.user,
                title=form.cleaned_data["title"],
                file=form.cleaned_data["file"],
            )
        except ServiceError as exc:
            form.add_error("file", str(exc))
        else:
            messages.success(request, f"“{material.title}” uploaded.")
            return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")
    return render(
        request,
        "ia_meetings/material_form.html",
        {
            "form": form,
            "meeting": item.meeting,
            "item": item,
            "max_mb": services.material_max_bytes() // (1024 * 1024),
        },
    )


@permission_required("ia_meetings.read_material", fn=material_from_pk)
def material_download(request, pk):
    """A material's file, for whoever may read its meeting."""
    material = material_from_pk(request, pk)
    try:
        handle = material.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404("The file is missing from storage.") from exc
    return FileResponse(
        handle,
        as_attachment=not material.content_type.startswith("image/"),
        filename=material.original_name,
        content_type=material.content_type,
    )


@require_POST
@permission_required("ia_meetings.remove_material", fn=material_from_pk)
def material_remove(request, pk):
    material = material_from_pk(request, pk)
    meeting = material.meeting
    services.material_remove(material=material, user=request.user)
    messages.success(request, f"“{material.title}” removed.")
    return redirect(meeting.get_absolute_url() + f"#item-{material.agenda_item_id}")


# --- Participants -------------------------------------------------------------


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
                participant = services.participant_add(
                    meeting=meeting, user=request.user, **form.cleaned_data
                )
            except ServiceError as exc:
                form.add_error("email", str(exc))
            else:
                messages.success(request, f"{participant.name} added.")
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


@require_POST
@permission_required("ia_meetings.manage_participants", fn=meeting_from_pk)
def participant_remove(request, pk, participant_pk):
    participant = get_object_or_404(Participant, pk=participant_pk, meeting_id=pk)
    services.participant_remove(participant=participant, user=request.user)
    messages.success(request, f"{participant.name} removed from the list.")
    return redirect("ia_meetings:participants", pk=pk)


@require_POST
@permission_required("ia_meetings.invite_participants", fn=meeting_from_pk)
def participants_invite(request, pk):
    """The ISU sends the invitations (by a Celery task, after commit)."""
    meeting = meeting_from_pk(request, pk)
    try:
        count = services.participants_invite(
            meeting=meeting,
            user=request.user,
            base_url=_base_url(request),
            resend=request.POST.get("resend") == "1",
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{count} invitation(s) are being sent.")
    return redirect("ia_meetings:participants", pk=pk)


@require_POST
@permission_required("ia_meetings.record_attendance", fn=meeting_from_pk)
def participant_attendance(request, pk):
    meeting = meeting_from_pk(request, pk)
    count = services.participant_attendance_set(
        meeting=meeting,
        user=request.user,
        attended_ids=[int(v) for v in request.POST.getlist("attended") if v.isdigit()],
    )
    messages.success(request, f"Attendance saved: {count} attended.")
    return redirect("ia_meetings:participants", pk=pk)


def _csv_safe(value: str) -> str:
    # Spreadsheets run cells that start with these as formulas.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@permission_required("ia_meetings.download_contact_list", fn=meeting_from_pk)
def contact_list(request, pk):
    """The contact list (CSV): participants, the State, the committee, the ISU."""
    meeting = meeting_from_pk(request, pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="meeting-{meeting.pk}-contacts.csv"'
    )
    response.write("\ufeff")  # so that spreadsheets read the file as UTF-8
    writer = csv.writer(response)
    for row in selectors.contact_list_rows(meeting=meeting):
        writer.writerow([_csv_safe(cell) for cell in row])
    return response


def respond(request, token):
    """Accept or decline an invitation through the signed link; no account needed."""
    try:
        participant = services.participant_from_token(token=token)
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
            participant = services.participant_respond(
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
                },
            )
    return render(
        request,
        "ia_meetings/respond.html",
        {"participant": participant, "meeting": participant.meeting, "form": form},
    )


# --- Action points and follow-ups ---------------------------------------------


def _edit_versioned(
    request, *, meeting, instance, form_class, add, update, label, anchor
):
    """Add (instance None) or change an action point or a follow-up."""
    form = form_class(request.POST or None, instance=instance, meeting=meeting)
    context = {"form": form, "meeting": meeting, "object": instance}
    if request.method == "POST" and form.is_valid():
        try:
            if instance is None:
                saved = add(meeting=meeting, user=request.user, **form.values())
            else:
                saved = update(
                    instance,
                    user=request.user,
                    expected_version=form.expected_version,
                    **form.values(),
                )
        except EditConflict as exc:
            context |= conflict_context(form, exc)
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"{label} saved.")
            return redirect(meeting.get_absolute_url() + f"#{anchor}-{saved.pk}")
    return render(
        request,
        f"ia_meetings/{form_class.Meta.model._meta.model_name}_form.html",
        context,
    )


@permission_required("ia_meetings.manage_action_points", fn=meeting_from_pk)
def action_point_edit(request, pk, point_pk=None):
    """Add or change an action point: the State and the ISU."""
    meeting = meeting_from_pk(request, pk)
    point = (
        get_object_or_404(ActionPoint, pk=point_pk, meeting_id=pk) if point_pk else None
    )
    return _edit_versioned(
        request,
        meeting=meeting,
        instance=point,
        form_class=ActionPointForm,
        add=services.action_point_add,
        update=lambda obj, **kw: services.action_point_update(point=obj, **kw),
        label="Action point",
        anchor="action",
    )


@require_POST
@permission_required("ia_meetings.manage_action_points", fn=meeting_from_pk)
def action_point_delete(request, pk, point_pk):
    point = get_object_or_404(
        ActionPoint.objects.select_related("meeting"), pk=point_pk, meeting_id=pk
    )
    services.action_point_delete(point=point, user=request.user)
    messages.success(request, "Action point removed.")
    return redirect(point.meeting.get_absolute_url() + "#action-points")


@permission_required("ia_meetings.manage_follow_ups", fn=meeting_from_pk)
def follow_up_edit(request, pk, follow_up_pk=None):
    """Add or change a follow-up: the State and the ISU."""
    meeting = meeting_from_pk(request, pk)
    follow_up = (
        get_object_or_404(FollowUp, pk=follow_up_pk, meeting_id=pk)
        if follow_up_pk
        else None
    )
    return _edit_versioned(
        request,
        meeting=meeting,
        instance=follow_up,
        form_class=FollowUpForm,
        add=services.follow_up_add,
        update=lambda obj, **kw: services.follow_up_update(follow_up=obj, **kw),
        label="Follow-up",
        anchor="follow-up",
    )


@require_POST
@permission_required("ia_meetings.manage_follow_ups", fn=meeting_from_pk)
def follow_up_delete(request, pk, follow_up_pk):
    follow_up = get_object_or_404(
        FollowUp.objects.select_related("meeting__state"),
        pk=follow_up_pk,
        meeting_id=pk,
    )
    services.follow_up_delete(follow_up=follow_up, user=request.user)
    messages.success(request, "Follow-up removed.")
    return redirect(follow_up.meeting.get_absolute_url() + "#follow-ups")


@permission_required("ia_meetings.view_country_action_points", fn=state_from_iso3)
def country_action_points(request, iso3):
    """Every action point across a State's meetings: open, overdue, done.
    The State, the committee and the ISU."""
    state = state_from_iso3(request, iso3)
    points = selectors.country_action_points(state=state, user=request.user)
    return render(
        request,
        "ia_meetings/actionpoint_country.html",
        {
            "state": state,
            "sections": [
                ("Overdue", points.overdue, "overdue"),
                ("Open", points.open, "open"),
                ("Done", points.done, "done"),
            ],
        },
    )
