"""What each record of the API says. Every record has a stable id (a State's
ISO code, the others' primary keys) and `url`, its page in the portal.

Codes (`theme`, `status`, ...) are stable values to filter on; the `_label`
beside each is its English wording. Amounts are decimal strings, never
converted between currencies.
"""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from article7.models import Article7Report
from country_pages.models import Need, StateParty
from ia_meetings.models import ActionPoint, AgendaItem, Material, Meeting
from meeting_reports.models import ReportVersion
from partnerships.models import (
    Commitment,
    Objective,
    Partnership,
    PartnershipPartner,
)


@extend_schema_field({"type": "string", "format": "uri"})
class PortalUrlField(serializers.Field):
    """The absolute address of the record's page in the portal."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        request = self.context.get("request")
        url = value.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


def label(field: str) -> serializers.CharField:
    return serializers.CharField(source=f"get_{field}_display", read_only=True)


class StatePartySerializer(serializers.ModelSerializer):
    id = serializers.CharField(source="iso3", read_only=True)
    url = PortalUrlField()
    region_label = label("region")
    membership_label = label("membership")
    article4_stockpile_status_label = label("article4_stockpile_status")
    page_published_at = serializers.SerializerMethodField()

    class Meta:
        model = StateParty
        fields = [
            "id",
            "iso3",
            "name",
            "region",
            "region_label",
            "membership",
            "membership_label",
            "date_signed",
            "date_ratified_or_acceded",
            "entry_into_force",
            "withdrawal_effective",
            "article5_obligations_remaining",
            "article5_deadline",
            "article4_stockpile_status",
            "article4_stockpile_status_label",
            "survivors_responsibility",
            "remaining_contamination",
            "latest_article7_report_year",
            "latest_article7_report_url",
            "status_updated_at",
            "source_note",
            "page_published_at",
            "url",
        ]

    @extend_schema_field({"type": "string", "format": "date-time", "nullable": True})
    def get_page_published_at(self, state):
        page = getattr(state, "page", None)
        value = page.published_at if page is not None else None
        return serializers.DateTimeField().to_representation(value) if value else None


class PageSectionSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    content = serializers.DictField(
        help_text="The section's fields as the State wrote them (Markdown text, "
        "lists of links or SDG codes)."
    )


class CountryPageSerializer(serializers.Serializer):
    state = serializers.CharField(help_text="ISO 3166-1 alpha-3 code.")
    revision = serializers.IntegerField()
    published_at = serializers.DateTimeField()
    sections = PageSectionSerializer(many=True)


class StatePartyPageRef(serializers.ModelSerializer):
    id = serializers.CharField(source="iso3", read_only=True)

    class Meta:
        model = StateParty
        fields = ["id", "name"]


class NeedSerializer(serializers.ModelSerializer):
    country = StatePartyPageRef(source="state", read_only=True)
    theme_label = label("theme")
    status_label = label("status")
    funding_gap = serializers.DecimalField(
        source="gap",
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        read_only=True,
        help_text="Estimated cost less funding secured (never below 0); null "
        "without an estimated cost.",
    )
    url = PortalUrlField()

    class Meta:
        model = Need
        fields = [
            "id",
            "country",
            "theme",
            "theme_label",
            "title",
            "description",
            "estimated_cost",
            "currency",
            "funding_secured",
            "funding_gap",
            "start_year",
            "end_year",
            "age_gender_considerations",
            "status",
            "status_label",
            "is_published",
            "published_at",
            "updated_at",
            "url",
        ]


class MeetingSerializer(serializers.ModelSerializer):
    country = StatePartyPageRef(source="state", read_only=True)
    kind_label = label("kind")
    setting_label = label("setting")
    format_label = label("format")
    status_label = label("status")
    visibility_label = label("visibility")
    url = PortalUrlField()
    calendar_url = serializers.SerializerMethodField()

    class Meta:
        model = Meeting
        fields = [
            "id",
            "country",
            "title",
            "kind",
            "kind_label",
            "setting",
            "setting_label",
            "format",
            "format_label",
            "venue",
            "starts_at",
            "ends_at",
            "timezone",
            "status",
            "status_label",
            "visibility",
            "visibility_label",
            "purpose",
            "highlights",
            "previous_meeting",
            "updated_at",
            "url",
            "calendar_url",
        ]

    @extend_schema_field({"type": "string", "format": "uri"})
    def get_calendar_url(self, meeting):
        url = reverse("ia_meetings:ics", kwargs={"pk": meeting.pk})
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class MaterialSerializer(serializers.ModelSerializer):
    url = PortalUrlField()

    class Meta:
        model = Material
        fields = ["id", "title", "content_type", "size", "url"]


class AgendaItemSerializer(serializers.ModelSerializer):
    materials = MaterialSerializer(many=True, read_only=True)
    minutes = serializers.SerializerMethodField(
        help_text="Final minutes for every reader; drafts only for those "
        "involved in the meeting; null otherwise."
    )

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "order",
            "code",
            "title",
            "by_state",
            "presenter",
            "content",
            "minutes",
            "minutes_final",
            "materials",
        ]

    @extend_schema_field({"type": "string", "nullable": True})
    def get_minutes(self, item):
        if item.minutes and (item.minutes_final or self.context.get("insider")):
            return item.minutes
        return None


class ActionPointSerializer(serializers.ModelSerializer):
    status_label = label("status")
    owner = serializers.CharField(
        read_only=True, help_text="The participant or organisation that owns it."
    )
    agenda_item = serializers.CharField(
        source="agenda_item.code", allow_null=True, read_only=True, default=None
    )

    class Meta:
        model = ActionPoint
        fields = [
            "id",
            "agenda_item",
            "description",
            "owner",
            "owner_organisation",
            "due_date",
            "status",
            "status_label",
        ]


class ReportVersionSerializer(serializers.ModelSerializer):
    url = PortalUrlField()

    class Meta:
        model = ReportVersion
        fields = ["number", "pages", "size", "checksum", "finished_at", "url"]


class MeetingDetailSerializer(MeetingSerializer):
    agenda = AgendaItemSerializer(source="agenda_items", many=True, read_only=True)
    action_points = ActionPointSerializer(many=True, read_only=True)
    reports = serializers.SerializerMethodField(
        help_text="The ready versions of the meeting's report the reader may "
        "download, newest first."
    )

    class Meta(MeetingSerializer.Meta):
        fields = [*MeetingSerializer.Meta.fields, "agenda", "action_points", "reports"]

    @extend_schema_field(ReportVersionSerializer(many=True))
    def get_reports(self, meeting):
        return ReportVersionSerializer(
            self.context.get("reports", []), many=True, context=self.context
        ).data


class PartnershipMemberSerializer(serializers.ModelSerializer):
    id = serializers.IntegerField(source="partner.id", read_only=True)
    name = serializers.CharField(source="partner.name", read_only=True)
    kind = serializers.CharField(source="partner.kind", read_only=True)
    kind_label = serializers.CharField(
        source="partner.get_kind_display", read_only=True
    )

    class Meta:
        model = PartnershipPartner
        fields = ["id", "name", "kind", "kind_label", "responsibility"]


class CommitmentSerializer(serializers.ModelSerializer):
    partner = serializers.CharField(source="partner.name", read_only=True)
    partner_id = serializers.IntegerField(read_only=True)
    kind_label = label("kind")

    class Meta:
        model = Commitment
        fields = [
            "id",
            "partner_id",
            "partner",
            "kind",
            "kind_label",
            "year_from",
            "year_to",
            "amount",
            "currency",
            "description",
            "need",
        ]
        extra_kwargs = {
            "need": {
                "help_text": "The id of the need it funds (one of the "
                "partnership's State's needs), if any: its amount then counts "
                "in that need's funding secured as recorded."
            }
        }


class ObjectiveSerializer(serializers.ModelSerializer):
    class Meta:
        model = Objective
        fields = ["id", "text", "target_date", "is_age_gender_sensitive", "is_met"]


class PartnershipSerializer(serializers.ModelSerializer):
    country = StatePartyPageRef(source="state", read_only=True)
    status_label = label("status")
    partners = PartnershipMemberSerializer(source="members", many=True, read_only=True)
    objectives = ObjectiveSerializer(many=True, read_only=True)
    commitments = CommitmentSerializer(many=True, read_only=True)
    url = PortalUrlField()

    class Meta:
        model = Partnership
        fields = [
            "id",
            "country",
            "title",
            "description",
            "start_date",
            "end_date",
            "status",
            "status_label",
            "is_south_south",
            "is_regional",
            "success_story",
            "good_practice",
            "partners",
            "objectives",
            "commitments",
            "updated_at",
            "url",
        ]


class FundingRowSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    donor_id = serializers.IntegerField()
    donor = serializers.CharField()
    donor_kind = serializers.CharField()
    currency = serializers.CharField()
    amount = serializers.DecimalField(max_digits=16, decimal_places=2)


class Article7ReportSerializer(serializers.ModelSerializer):
    country = StatePartyPageRef(source="state", read_only=True)
    kind_label = label("kind")
    status_label = label("status")
    url = PortalUrlField()

    class Meta:
        model = Article7Report
        fields = [
            "id",
            "country",
            "year",
            "kind",
            "kind_label",
            "number",
            "status",
            "status_label",
            "period_start",
            "period_end",
            "submitted_at",
            "published_at",
            "url",
        ]


class Article7FiguresSerializer(serializers.Serializer):
    remaining_m2 = serializers.IntegerField(
        allow_null=True,
        help_text="Area still known or suspected to contain mines (CHA + SHA).",
    )
    cha_m2 = serializers.IntegerField(allow_null=True)
    sha_m2 = serializers.IntegerField(allow_null=True)
    released_m2 = serializers.IntegerField(
        allow_null=True,
        help_text="Cancelled, reduced and cleared in the report's year.",
    )
    mines_destroyed = serializers.IntegerField(allow_null=True)
    stockpile = serializers.IntegerField(allow_null=True)
    casualties = serializers.IntegerField(
        allow_null=True, help_text="Killed and injured in the report's year."
    )


class Article7ReportDetailSerializer(Article7ReportSerializer):
    figures = serializers.SerializerMethodField()

    class Meta(Article7ReportSerializer.Meta):
        fields = [*Article7ReportSerializer.Meta.fields, "figures"]

    @extend_schema_field(Article7FiguresSerializer)
    def get_figures(self, report):
        return Article7FiguresSerializer(self.context["figures"]).data
