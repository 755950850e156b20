"""A meeting's action points, and those of all a State's meetings."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from portal.exports import list_export, url_maker
from portal.permissions import permission_required
from portal.services import ServiceError

from .. import selectors
from ..forms import ActionPointForm, ActionPointProgressForm
from ..models import ActionPoint
from ..services import action_points
from .confirm import confirm_page
from .editing import meeting_record_edit
from .lookups import meeting_from_pk, state_from_iso3


@permission_required("ia_meetings.manage_action_points", fn=meeting_from_pk)
def action_point_edit(request, pk, point_pk=None):
    """Add or change an action point: the State and the ISU."""
    meeting = meeting_from_pk(request, pk)
    point = (
        get_object_or_404(ActionPoint, pk=point_pk, meeting_id=pk) if point_pk else None
    )
    return meeting_record_edit(
        request,
        meeting=meeting,
        instance=point,
        form_class=ActionPointForm,
        add=action_points.action_point_add,
        update=lambda obj, **kw: action_points.action_point_update(point=obj, **kw),
        saved_message=_("Action point saved."),
        anchor="action",
    )


@permission_required("ia_meetings.manage_action_points", fn=meeting_from_pk)
def action_point_delete(request, pk, point_pk):
    """Remove an action point, after saying what goes with it."""
    point = get_object_or_404(
        ActionPoint.objects.select_related("meeting__state"), pk=point_pk, meeting_id=pk
    )
    manage_url = reverse("ia_meetings:manage", args=[pk]) + "#action-points"
    if request.method != "POST":
        updates = point.updates.count()
        return confirm_page(
            request,
            meeting=point.meeting,
            question=_("Remove this action point?"),
            lost=[
                _("“%(text)s”, owned by %(owner)s.")
                % {"text": str(point), "owner": point.owner},
                ngettext(
                    "Its %(count)s progress update.",
                    "Its %(count)s progress updates.",
                    updates,
                )
                % {"count": updates},
            ],
            button=_("Remove the action point"),
            cancel_url=manage_url,
        )
    action_points.action_point_delete(point=point, user=request.user)
    messages.success(request, _("Action point removed."))
    return redirect(manage_url)


@permission_required("ia_meetings.manage_action_points", fn=meeting_from_pk)
def action_point_progress(request, pk, point_pk):
    """Record a dated progress update on an action point (its status with it):
    the State, the ISU and the series' secretariat."""
    point = get_object_or_404(
        ActionPoint.objects.select_related("meeting__state", "owner_participant"),
        pk=point_pk,
        meeting_id=pk,
    )
    form = ActionPointProgressForm(
        request.POST or None,
        initial={"status": point.status, "date": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            action_points.action_point_progress_add(
                point=point, user=request.user, **form.cleaned_data
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Progress recorded."))
            return redirect(point.meeting.get_absolute_url() + f"#action-{point.pk}")
    return render(
        request,
        "ia_meetings/actionpoint_progress.html",
        {
            "form": form,
            "meeting": point.meeting,
            "point": point,
            "updates": list(point.updates.select_related("author")),
        },
    )


def country_action_points(request, iso3):
    """A State's action points tracked to done: open, overdue and done, with
    their counts; `?format=csv` and `?format=json` download them with every
    column. Everyone: the public sees those of public meetings; the State,
    the committee and the ISU all."""
    state = state_from_iso3(request, iso3)
    exported = list_export(
        request,
        rows=lambda: selectors.action_point_export_rows(
            state=state,
            user=request.user,
            url=url_maker(request, "ia_meetings:detail", pk=999999999),
        ),
        columns=selectors.ACTION_POINT_EXPORT_COLUMNS,
        filename=f"action-points-{state.iso3}",
    )
    if exported is not None:
        return exported
    points = selectors.country_action_points(state=state, user=request.user)
    return render(
        request,
        "ia_meetings/actionpoint_country.html",
        {
            "state": state,
            "full": request.user.has_perm(
                "ia_meetings.view_country_action_points", state
            ),
            "sections": [
                (pgettext("action points", "Overdue"), points.overdue, "overdue"),
                (pgettext("action points", "Open"), points.open, "open"),
                (pgettext("action points", "Done"), points.done, "done"),
            ],
        },
    )
