"""Stored search documents (PostgreSQL only).

A searched table (needs, meetings, partnerships, partners) carries a
`search_document` column on PostgreSQL: a tsvector of the fields
`search.sources` weighs, stemmed in English, French, Spanish and Arabic at
once, kept current by a trigger on every insert and on every update of those
fields (services write with `save()`, `update()` and `bulk_create()`: a
trigger sees them all), and GIN-indexed. Search then matches and ranks
against the stored vector instead of building one per row per query.

The column is not a field of the app's own model, so that no page loading a
need or a meeting pays for reading it: the unmanaged models here sit on the
same tables with only the key and the vector, and a search joins them one to
one (`search_row__search_document`). On SQLite there is no such column and
search takes its word-by-word fallback (search.selectors), which never joins
these.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models

from country_pages.models import Need
from ia_meetings.models import Meeting
from partnerships.models import Partner, Partnership


class SearchDocument(models.Model):
    search_document = SearchVectorField(null=True)

    class Meta:
        abstract = True
        managed = False

    def __str__(self):
        return f"{self._meta.db_table} {self.pk}"


class NeedDocument(SearchDocument):
    need = models.OneToOneField(
        Need,
        primary_key=True,
        db_column="id",
        on_delete=models.DO_NOTHING,
        related_name="search_row",
    )

    class Meta:
        managed = False
        db_table = "country_pages_need"


class MeetingDocument(SearchDocument):
    meeting = models.OneToOneField(
        Meeting,
        primary_key=True,
        db_column="id",
        on_delete=models.DO_NOTHING,
        related_name="search_row",
    )

    class Meta:
        managed = False
        db_table = "ia_meetings_meeting"


class PartnershipDocument(SearchDocument):
    partnership = models.OneToOneField(
        Partnership,
        primary_key=True,
        db_column="id",
        on_delete=models.DO_NOTHING,
        related_name="search_row",
    )

    class Meta:
        managed = False
        db_table = "partnerships_partnership"


class PartnerDocument(SearchDocument):
    partner = models.OneToOneField(
        Partner,
        primary_key=True,
        db_column="id",
        on_delete=models.DO_NOTHING,
        related_name="search_row",
    )

    class Meta:
        managed = False
        db_table = "partnerships_partner"
