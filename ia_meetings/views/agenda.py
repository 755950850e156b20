"""A meeting's agenda: adding, renaming and ordering items, writing their
presentation and minutes, and locking the minutes as final."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from portal.editing import form_save
from portal.forms import posted_version
from portal.permissions import permission_required
from portal.rules import is_isu
from portal.services import ServiceError

from ..forms import AgendaItemForm
from ..services import agenda
from .confirm import confirm_page
from .lookups import item_from_pk, meeting_from_pk


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
        item = agenda.agenda_item_add(meeting=meeting, user=request.user, **values)
        messages.success(request, _("“%(item)s” added to the agenda.") % {"item": item})
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
        unchanged = {name: getattr(item, name) for name in agenda.AGENDA_ITEM_FIELDS}
        ok, saved = form_save(
            form,
            context,
            lambda: agenda.agenda_item_update(
                item=item,
                user=request.user,
                expected_version=form.expected_version,
                **(unchanged | form.values()),
            ),
        )
        if ok:
            messages.success(request, _("“%(item)s” saved.") % {"item": saved})
            return redirect(meeting.get_absolute_url() + f"#item-{item.pk}")
    return render(request, "ia_meetings/agendaitem_form.html", context)


@require_POST
@permission_required("ia_meetings.finalise_minutes", fn=item_from_pk)
def agenda_item_finalise(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    try:
        version = posted_version(request.POST)
        if version is None:
            raise ServiceError(_("The page was out of date; reload it and try again."))
        agenda.agenda_item_finalise(
            item=item, user=request.user, expected_version=version
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("The minutes of “%(item)s” are final.") % {"item": item}
        )
    return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")


@require_POST
@permission_required("ia_meetings.reopen_minutes", fn=item_from_pk)
def agenda_item_reopen(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    agenda.agenda_item_reopen(item=item, user=request.user)
    messages.success(
        request,
        _("The minutes of “%(item)s” can be edited again.") % {"item": item},
    )
    return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")


@require_POST
@permission_required("ia_meetings.edit_agenda", fn=meeting_from_pk)
def agenda_item_move(request, pk, item_pk):
    item = item_from_pk(request, pk, item_pk)
    agenda.agenda_item_move(
        item=item, user=request.user, direction=request.POST.get("direction", "")
    )
    return redirect(item.meeting.get_absolute_url() + f"#item-{item.pk}")


@permission_required("ia_meetings.edit_agenda", fn=meeting_from_pk)
def agenda_item_delete(request, pk, item_pk):
    """Remove an agenda item, after saying what goes with it."""
    item = item_from_pk(request, pk, item_pk)
    manage_url = reverse("ia_meetings:manage", args=[pk]) + "#agenda"
    if request.method != "POST":
        files = item.materials.count()
        lost = [_("The item “%(item)s” from the agenda.") % {"item": item}]
        if item.content:
            lost.append(_("Its presentation as written."))
        if item.minutes:
            lost.append(_("Its minutes and their history."))
        return confirm_page(
            request,
            meeting=item.meeting,
            question=_("Remove “%(item)s”?") % {"item": item},
            lost=lost,
            button=_("Remove the item"),
            cancel_url=manage_url,
            blocked=ngettext(
                "This item has %(count)s material; remove it first so nothing "
                "is lost by accident.",
                "This item has %(count)s materials; remove them first so nothing "
                "is lost by accident.",
                files,
            )
            % {"count": files}
            if files
            else "",
        )
    try:
        agenda.agenda_item_delete(item=item, user=request.user)
    except ServiceError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("“%(item)s” removed from the agenda.") % {"item": item}
        )
    return redirect(manage_url)
