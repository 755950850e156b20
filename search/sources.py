"""What portal-wide search looks through: one source per kind of record, each
reading through the selector (and so the read rule) of the page that lists
that kind, so that nothing a reader may not open is found or counted.

A source names its searchable fields with their weight (A most, D least),
where its State is, and how one row reads as a result.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from country_pages.selectors import state_index
from ia_meetings.selectors import meeting_list_for_user
from meeting_reports.models import ReportVersion
from meeting_reports.rules import reports_readable_q
from partnerships.models import PartnershipPartner
from partnerships.selectors import need_browser_list, partner_list, partnership_list
from portal.models import DocumentStatus


@dataclass(frozen=True)
class Source:
    kind: str
    label: object
    records: Callable[..., QuerySet]
    # (field, weight): weight "A" (most) to "D" (least), as PostgreSQL ranks them.
    fields: tuple[tuple[str, str], ...]
    # Narrows the records to one State (a StateParty).
    in_country: Callable[[QuerySet, object], QuerySet]
    title: Callable[[dict], str]
    url: Callable[[dict], str]
    detail: Callable[[dict], str]
    # What a result row reads (values()).
    values: tuple[str, ...]
    # On PostgreSQL, the stored, indexed search document of these fields
    # (search.models), as a path from the records; None: built per query.
    document: str | None = None


def _text(value, words: int = 30) -> str:
    return Truncator(value or "").words(words)


def _reports(*, user) -> QuerySet:
    ready = ReportVersion.objects.filter(status=DocumentStatus.READY)
    latest = ready.filter(meeting=OuterRef("meeting")).order_by("-number")
    versions = ready.filter(number=Subquery(latest.values("number")[:1]))
    readable = reports_readable_q(user, prefix="meeting__")
    return versions if readable is None else versions.filter(readable)


SOURCES = (
    Source(
        kind="countries",
        label=_("Countries"),
        records=lambda *, user: state_index(user=user),
        fields=(("name", "A"), ("iso3", "A"), ("region", "C")),
        in_country=lambda qs, state: qs.filter(pk=state.pk),
        title=lambda row: row["name"],
        url=lambda row: reverse("country_pages:detail", kwargs={"iso3": row["iso3"]}),
        detail=lambda row: row["region"],
        values=("iso3", "name", "region"),
    ),
    Source(
        kind="needs",
        label=_("Needs"),
        records=lambda *, user: need_browser_list(user=user),
        fields=(
            ("title", "A"),
            ("description", "B"),
            ("age_gender_considerations", "C"),
            ("state__name", "C"),
        ),
        in_country=lambda qs, state: qs.filter(state=state),
        title=lambda row: row["title"],
        url=lambda row: reverse("partnerships:need_detail", kwargs={"pk": row["pk"]}),
        detail=lambda row: f"{row['state__name']} · {_text(row['description'])}",
        values=("pk", "title", "description", "state__name", "state__iso3"),
        document="search_row__search_document",
    ),
    Source(
        kind="meetings",
        label=_("Meetings"),
        records=lambda *, user: meeting_list_for_user(user=user),
        fields=(
            ("title", "A"),
            ("purpose", "B"),
            ("highlights", "B"),
            ("venue", "C"),
            ("state__name", "C"),
        ),
        in_country=lambda qs, state: qs.filter(state=state),
        title=lambda row: row["title"],
        url=lambda row: reverse("ia_meetings:detail", kwargs={"pk": row["pk"]}),
        detail=lambda row: (
            f"{row['state__name']} · {date_format(row['starts_at'], 'DATE_FORMAT')}"
        ),
        values=("pk", "title", "state__name", "starts_at"),
        document="search_row__search_document",
    ),
    Source(
        kind="partnerships",
        label=_("Partnerships"),
        records=lambda *, user: partnership_list(user=user).prefetch_related(None),
        fields=(
            ("title", "A"),
            ("description", "B"),
            ("success_story", "C"),
            ("good_practice", "C"),
            ("state__name", "C"),
        ),
        in_country=lambda qs, state: qs.filter(state=state),
        title=lambda row: row["title"],
        url=lambda row: reverse("partnerships:detail", kwargs={"pk": row["pk"]}),
        detail=lambda row: f"{row['state__name']} · {_text(row['description'])}",
        values=("pk", "title", "description", "state__name"),
        document="search_row__search_document",
    ),
    Source(
        kind="partners",
        label=_("Partners"),
        records=lambda *, user: partner_list(),
        fields=(("name", "A"), ("description", "B")),
        in_country=lambda qs, state: qs.filter(
            pk__in=PartnershipPartner.objects.filter(partnership__state=state).values(
                "partner_id"
            )
        ),
        title=lambda row: row["name"],
        url=lambda row: reverse("partnerships:partners"),
        detail=lambda row: _text(row["description"]),
        values=("pk", "name", "description"),
        document="search_row__search_document",
    ),
    Source(
        kind="reports",
        label=_("Reports"),
        records=_reports,
        fields=(
            ("meeting__title", "A"),
            ("meeting__highlights", "B"),
            ("meeting__purpose", "B"),
            ("meeting__state__name", "C"),
        ),
        in_country=lambda qs, state: qs.filter(meeting__state=state),
        title=lambda row: row["meeting__title"],
        url=lambda row: reverse(
            "meeting_reports:detail", kwargs={"pk": row["meeting_id"]}
        ),
        detail=lambda row: (
            f"{row['meeting__state__name']} · "
            f"{date_format(row['meeting__starts_at'], 'DATE_FORMAT')}"
        ),
        values=(
            "meeting_id",
            "meeting__title",
            "meeting__state__name",
            "meeting__starts_at",
        ),
        # The meeting's document: its title, purpose and highlights (and
        # venue) and its State, as the meeting's own search.
        document="meeting__search_row__search_document",
    ),
)
SOURCES_BY_KIND = {source.kind: source for source in SOURCES}
