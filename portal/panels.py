"""Dashboard panels of the portal itself: donor access requests (ISU)."""

from django.utils.translation import gettext as _

from .dashboard import Panel, register
from .rules import is_isu
from .selectors import donor_request_list


@register
def donor_requests_panel(request):
    if not is_isu(request.user):
        return None
    waiting = list(donor_request_list()[:11])
    if not waiting:
        return None
    return Panel(
        title=_("Donor access requests to decide"),
        template="portal/panels/donor_requests.html",
        context={"requests": waiting[:10], "more": len(waiting) > 10},
        order=5,
        urgent=True,
    )
