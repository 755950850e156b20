"""Portal-wide search: every kind of record a reader may open, ranked.

On PostgreSQL, full-text search: each source's fields are weighed (A to D)
into a search vector, stored and GIN-indexed for needs, meetings,
partnerships, partners and reports (search.models: stemmed in English,
French, Spanish and Arabic at once, kept current by triggers), built per
query for the few States; the words as people type them (quotes, `or`,
`-word`) are stemmed in the reader's language, matched and ranked with
ts_rank. On SQLite (the fresh-machine default)
every word must appear in one of the fields, and a record ranks by the weight
of the fields that hold the whole query. Either way each source reads through
its page's selector, so the read rules decide what is found and counted, and
a search costs two queries a source (its count and its best rows) whatever
the number of records.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.utils.translation import get_language

from .sources import SOURCES, SOURCES_BY_KIND, Source

# PostgreSQL's text search configurations for the portal's languages.
TEXT_SEARCH_CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "ar": "arabic"}
WEIGHT_SCORES = {"A": 1.0, "B": 0.4, "C": 0.2, "D": 0.1}
MAX_WORDS = 8


@dataclass
class Hit:
    title: str
    url: str
    detail: str
    rank: float


@dataclass
class Group:
    kind: str
    label: str
    count: int
    hits: list[Hit] = field(default_factory=list)


def text_search_config() -> str:
    return TEXT_SEARCH_CONFIGS.get((get_language() or "en")[:2], "simple")


def full_text() -> bool:
    return connection.vendor == "postgresql"


def _matching(source: Source, records: QuerySet, query: str) -> QuerySet:
    """The records that match `query`, annotated with their `rank`."""
    if full_text():
        config = text_search_config()
        search = SearchQuery(query, config=config, search_type="websearch")
        if source.document:
            # The stored, GIN-indexed document (search.models).
            return records.filter(**{source.document: search}).annotate(
                rank=SearchRank(F(source.document), search)
            )
        vector = None
        for name, weight in source.fields:
            part = SearchVector(name, weight=weight, config=config)
            vector = part if vector is None else vector + part
        return records.annotate(
            search_document=vector, rank=SearchRank(vector, search)
        ).filter(search_document=search)
    for word in query.split()[:MAX_WORDS]:
        any_field = Q()
        for name, _weight in source.fields:
            any_field |= Q(**{f"{name}__icontains": word})
        records = records.filter(any_field)
    rank = Value(0.05, output_field=FloatField())
    for name, weight in source.fields:
        rank = rank + Case(
            When(**{f"{name}__icontains": query}, then=Value(WEIGHT_SCORES[weight])),
            default=Value(0.0),
            output_field=FloatField(),
        )
    return records.annotate(rank=rank)


def search_source(*, source: Source, user, query: str, country=None) -> QuerySet:
    """One source's matching records that `user` may read, best first."""
    records = source.records(user=user)
    if country is not None:
        records = source.in_country(records, country)
    return (
        _matching(source, records, query)
        .order_by(F("rank").desc(), "pk")
        .values("pk", "rank", *source.values)
    )


def hits_of(source: Source, rows) -> list[Hit]:
    return [
        Hit(
            title=source.title(row),
            url=source.url(row),
            detail=source.detail(row),
            rank=float(row["rank"] or 0),
        )
        for row in rows
    ]


def search_everything(
    *, user, query: str, kinds: list[str] | None = None, country=None, limit: int = 5
) -> list[Group]:
    """Each source's count and best `limit` hits (sources with none left out),
    the sources in the order of their best hit."""
    groups = []
    for source in SOURCES:
        if kinds and source.kind not in kinds:
            continue
        matches = search_source(source=source, user=user, query=query, country=country)
        count = matches.count()
        if not count:
            continue
        groups.append(
            Group(
                kind=source.kind,
                label=str(source.label),
                count=count,
                hits=hits_of(source, matches[:limit]),
            )
        )
    groups.sort(key=lambda group: -group.hits[0].rank)
    return groups


def source_for(kind: str) -> Source:
    return SOURCES_BY_KIND[kind]
