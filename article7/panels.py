"""Dashboard panels: what Article 7 reports are due, late or submitted."""

from django.utils import timezone
from django.utils.translation import gettext as _

from country_pages.models import StateParty
from country_pages.rules import focal_state_ids
from portal.dashboard import Panel, register
from portal.rules import is_isu

from .due import DueStatus, obligation_counts, obligations
from .models import Article7Report, ReportStatus


@register
def state_reports_due(request):
    """A focal point's States: each one's report due, late or submitted, and
    drafts in progress."""
    state_ids = focal_state_ids(request.user)
    if not state_ids:
        return None
    states = StateParty.objects.filter(pk__in=state_ids).order_by("name")
    items = obligations(states=states, today=timezone.localdate())
    drafts = list(
        Article7Report.objects.filter(
            state_id__in=state_ids, status=ReportStatus.DRAFT
        ).select_related("state")
    )
    return Panel(
        title=_("Article 7 reports"),
        template="article7/panels/state_reports_due.html",
        context={"items": items, "drafts": drafts},
        order=15,
        urgent=any(item.status == DueStatus.LATE for item in items),
    )


@register
def isu_reports_due(request):
    """For the ISU: this cycle's reports across States Parties, and who is late."""
    if not is_isu(request.user):
        return None
    items = obligations(
        states=StateParty.objects.order_by("name"), today=timezone.localdate()
    )
    to_review = Article7Report.objects.filter(status=ReportStatus.SUBMITTED).count()
    return Panel(
        title=_("Article 7 reports this cycle"),
        template="article7/panels/isu_reports_due.html",
        context={
            "counts": obligation_counts(items),
            "late": [item for item in items if item.status == DueStatus.LATE],
            "to_review": to_review,
        },
        order=14,
    )
