"""A meeting, or a State's meetings, as iCalendar."""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from portal.caching import anonymous_page
from portal.permissions import permission_required

from .. import selectors
from ..calendar import calendar_for
from .lookups import base_url, meeting_from_pk, state_from_iso3


@anonymous_page
@permission_required("ia_meetings.read_meeting", fn=meeting_from_pk)
def meeting_ics(request, pk):
    """The meeting as an iCalendar entry."""
    meeting = meeting_from_pk(request, pk)
    body = calendar_for([meeting], base_url=base_url(request), name=meeting.title)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{meeting.pk}.ics"'
    return response


@anonymous_page
def country_ics(request, iso3):
    """A State's meetings as an iCalendar feed: what the reader may see."""
    state = state_from_iso3(request, iso3)
    meetings = selectors.country_feed(state=state, user=request.user)
    body = calendar_for(
        meetings,
        base_url=base_url(request),
        name=_("%(state)s: IA meetings") % {"state": state.local_name},
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{state.iso3}-meetings.ics"'
    return response
