"""A meeting's action points, and those of all a State's meetings."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from portal.exports import list_export, url_maker
from portal.permissions import permission_required

from .. import selectors
from ..forms import ActionPointForm
from ..models import ActionPoint
from ..services import action_points
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


@require_POST
@permission_required("ia_meetings.manage_action_points", fn=meeting_from_pk)
def action_point_delete(request, pk, point_pk):
    point = get_object_or_404(
        ActionPoint.objects.select_related("meeting"), pk=point_pk, meeting_id=pk
    )
    action_points.action_point_delete(point=point, user=request.user)
    messages.success(request, _("Action point removed."))
    return redirect(point.meeting.get_absolute_url() + "#action-points")


@permission_required("ia_meetings.view_country_action_points", fn=state_from_iso3)
def country_action_points(request, iso3):
    """Every action point across a State's meetings: open, overdue, done.
    The State, the committee and the ISU. `?format=csv` and `?format=json`
    export them all with every column."""
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
            "sections": [
                (pgettext("action points", "Overdue"), points.overdue, "overdue"),
                (pgettext("action points", "Open"), points.open, "open"),
                (pgettext("action points", "Done"), points.done, "done"),
            ],
        },
    )
