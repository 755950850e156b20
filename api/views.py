"""The read-only open data API, /api/v1/.

Every list reads through the same selector, and so the same read rule, as the
portal page it mirrors, and filters with the page's FilterSet: the API never
shows a reader what the page would not. Anonymous readers see what the public
may read; signed-in ones (session or personal token) what their role may.
"""

import hashlib

from django.db.models import Max, Prefetch
from django.http import HttpResponseNotModified, JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, viewsets
from rest_framework.decorators import action
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from article7.selectors import current_reports, report_figures
from country_pages.filters import StatePartyFilter
from country_pages.selectors import page_published_sections, state_index
from ia_meetings.models import ActionPoint, AgendaItem, Material
from ia_meetings.selectors import meeting_list_for_user
from partnerships.filters import NeedFilter, PartnershipFilter
from partnerships.models import Commitment
from partnerships.selectors import funding_rows, need_readable_list, partnership_list
from portal.models import DocumentStatus

from . import serializers
from .filters import ApiMeetingFilter, Article7ReportFilter, FundingFilter
from .pagination import StrictPageNumberPagination

# Query parameters every list understands besides its filters.
COMMON_PARAMETERS = {"page", "page_size", "format"}
FORMATS = {"json"}


class OpenDataMixin:
    """What every endpoint shares: unknown parameters and formats refused with
    a 400 naming them, an ETag (a hash of the body) answered with 304 when the
    caller has it, Last-Modified where the records keep a date, and the
    answer varying with who asks."""

    filter_backends = [DjangoFilterBackend]
    pagination_class = StrictPageNumberPagination
    # The records' field whose latest value is the list's Last-Modified.
    modified_field: str | None = None

    def allowed_parameters(self) -> set[str]:
        allowed = {"format"}
        if getattr(self, "action", None) == "list" or not hasattr(self, "action"):
            allowed |= COMMON_PARAMETERS
            filterset_class = getattr(self, "filterset_class", None)
            if filterset_class is not None:
                allowed |= set(filterset_class.base_filters)
        return allowed

    def initial(self, request, *args, **kwargs):
        unknown = sorted(set(request.query_params) - self.allowed_parameters())
        errors = {
            name: [_("Unknown parameter: this endpoint does not take it.")]
            for name in unknown
        }
        requested_format = request.query_params.get("format")
        if requested_format is not None and requested_format not in FORMATS:
            errors["format"] = [
                _("Unknown format “%(format)s”: the API answers in json.")
                % {"format": requested_format}
            ]
        if errors:
            raise exceptions.ValidationError(errors)
        super().initial(request, *args, **kwargs)

    def last_modified(self, queryset):
        if self.modified_field is None:
            return None
        return queryset.aggregate(latest=Max(self.modified_field))["latest"]

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        serializer = self.get_serializer(page, many=True)
        response = self.get_paginated_response(serializer.data)
        self._last_modified = self.last_modified(queryset)
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Cookie", "Authorization"))
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            modified = getattr(self, "_last_modified", None)
            if modified is not None:
                response["Last-Modified"] = http_date(modified.timestamp())
            response.add_post_render_callback(
                lambda rendered: _with_etag(request, rendered)
            )
        return response


def _with_etag(request, response):
    """Set the ETag of a rendered answer; a 304 when the caller already has it.

    The ETag alone decides: Last-Modified cannot see a record removed from a
    list, so If-Modified-Since never gives a 304 here.
    """
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    wanted = request.META.get("HTTP_IF_NONE_MATCH", "")
    if etag in [tag.strip() for tag in wanted.split(",")] or wanted.strip() == "*":
        not_modified = HttpResponseNotModified()
        for header in ("ETag", "Last-Modified", "Vary", "Cache-Control"):
            if header in response:
                not_modified[header] = response[header]
        return not_modified
    return None


class ReadOnlyViewSet(OpenDataMixin, viewsets.ReadOnlyModelViewSet):
    pass


class StatePartyApiFilter(StatePartyFilter):
    """The index's filters without "has", whose choices come from the
    country_pages registry's columns at request time."""

    has = None

    class Meta(StatePartyFilter.Meta):
        fields = ["q", "region", "obligations"]


@extend_schema_view(
    list=extend_schema(
        summary="States Parties",
        description="Every State bound by the Convention (and those that "
        "withdrew), with its status of implementation; filtered as the "
        "country index (/countries/).",
    ),
    retrieve=extend_schema(summary="A State Party", description="By ISO3 code."),
)
class StatePartyViewSet(ReadOnlyViewSet):
    serializer_class = serializers.StatePartySerializer
    filterset_class = StatePartyApiFilter
    lookup_field = "iso3"
    modified_field = "status_updated_at"

    def get_queryset(self):
        return state_index(user=self.request.user)

    @extend_schema(
        summary="A State's published country page",
        description="The sections the State shows on its published page, in "
        "the placemat's order. 404 when the page was never published.",
        responses=serializers.CountryPageSerializer,
    )
    @action(detail=True, url_path="page")
    def page(self, request, iso3=None):
        state = self.get_object()
        published = page_published_sections(state=state)
        if published is None:
            raise exceptions.NotFound(_("This State has not published its page yet."))
        self._last_modified = published["published_at"]
        return Response(
            serializers.CountryPageSerializer({"state": state.iso3, **published}).data
        )


@extend_schema_view(
    list=extend_schema(
        summary="Needs",
        description="Needs and challenges of the States, filtered and sorted as "
        "the needs browser (/needs/): published ones for everyone, drafts too "
        "for those who read the State's drafts.",
    ),
    retrieve=extend_schema(summary="A need"),
)
class NeedViewSet(ReadOnlyViewSet):
    serializer_class = serializers.NeedSerializer
    filterset_class = NeedFilter
    modified_field = "updated_at"

    def get_queryset(self):
        return need_readable_list(user=self.request.user)


@extend_schema_view(
    list=extend_schema(
        summary="IA meetings",
        description="The meetings the reader may read (the public: public "
        "meetings once scheduled), filtered as the meeting lists (/meetings/).",
    ),
    retrieve=extend_schema(
        summary="An IA meeting",
        description="With its agenda (minutes when final, or to those involved), "
        "materials, action points and the report versions the reader may "
        "download.",
        responses=serializers.MeetingDetailSerializer,
    ),
)
class MeetingViewSet(ReadOnlyViewSet):
    filterset_class = ApiMeetingFilter
    modified_field = "updated_at"

    def get_serializer_class(self):
        if self.action == "retrieve":
            return serializers.MeetingDetailSerializer
        return serializers.MeetingSerializer

    def get_queryset(self):
        meetings = meeting_list_for_user(user=self.request.user).order_by(
            "-starts_at", "-pk"
        )
        if self.action == "retrieve":
            meetings = meetings.prefetch_related(
                Prefetch(
                    "agenda_items",
                    queryset=AgendaItem.objects.order_by(
                        "order", "pk"
                    ).prefetch_related(
                        Prefetch("materials", queryset=Material.objects.order_by("pk"))
                    ),
                ),
                Prefetch(
                    "action_points",
                    queryset=ActionPoint.objects.select_related(
                        "agenda_item", "owner_participant"
                    ).order_by("due_date", "pk"),
                ),
            ).select_related("report_sharing")
        return meetings

    def retrieve(self, request, *args, **kwargs):
        meeting = self.get_object()
        user = request.user
        reports = []
        if user.has_perm("meeting_reports.view_reports", meeting):
            reports = list(
                meeting.report_versions.filter(status=DocumentStatus.READY).order_by(
                    "-number"
                )
            )
        context = self.get_serializer_context() | {
            "insider": user.has_perm("ia_meetings.view_restricted", meeting),
            "reports": reports,
        }
        self._last_modified = meeting.updated_at
        return Response(
            serializers.MeetingDetailSerializer(meeting, context=context).data
        )


@extend_schema_view(
    list=extend_schema(
        summary="Partnerships",
        description="Partnerships for completion with their partners, "
        "objectives and commitments, filtered as /partnerships/.",
    ),
    retrieve=extend_schema(summary="A partnership"),
)
class PartnershipViewSet(ReadOnlyViewSet):
    serializer_class = serializers.PartnershipSerializer
    filterset_class = PartnershipFilter
    modified_field = "updated_at"

    def get_queryset(self):
        return (
            partnership_list(user=self.request.user)
            .prefetch_related(
                "objectives",
                Prefetch(
                    "commitments",
                    queryset=Commitment.objects.select_related("partner").order_by(
                        "year_from", "pk"
                    ),
                ),
            )
            .order_by("state__name", "title", "pk")
        )


@extend_schema_view(
    list=extend_schema(
        summary="Article 7 reports",
        description="Each year's current Article 7 transparency report that "
        "the reader may read: published ones for everyone; submitted and "
        "acknowledged ones too for the State's focal points, the committees "
        "and the ISU. Drafts never.",
    ),
    retrieve=extend_schema(
        summary="An Article 7 report",
        description="With its headline figures (remaining area, release and "
        "mines destroyed in its year, stockpile, casualties); null where the "
        "report gives no rows for a figure.",
        responses=serializers.Article7ReportDetailSerializer,
    ),
)
class Article7ReportViewSet(ReadOnlyViewSet):
    serializer_class = serializers.Article7ReportSerializer
    filterset_class = Article7ReportFilter
    modified_field = "submitted_at"

    def get_queryset(self):
        return (
            current_reports(user=self.request.user)
            .select_related("state")
            .order_by("state__name", "-year", "-number", "pk")
        )

    def retrieve(self, request, *args, **kwargs):
        report = self.get_object()
        self._last_modified = report.published_at or report.submitted_at
        context = self.get_serializer_context() | {
            "figures": report_figures(report=report)
        }
        return Response(
            serializers.Article7ReportDetailSerializer(report, context=context).data
        )


@extend_schema(
    summary="Funding by donor and year",
    description="Financial commitments added up by donor, year and currency "
    "(a multi-year commitment counts in each year of its range; currencies "
    "are never converted), as the charts of /partnerships/charts/ show them.",
    responses=serializers.FundingRowSerializer(many=True),
)
class FundingView(OpenDataMixin, GenericAPIView):
    serializer_class = serializers.FundingRowSerializer
    filterset_class = FundingFilter

    def get_queryset(self):
        return Commitment.objects.filter(
            partnership__in=partnership_list(user=self.request.user)
        )

    def get(self, request):
        commitments = self.filter_queryset(self.get_queryset())
        rows = funding_rows(commitments=commitments)
        data = self.filterset_class(request.query_params).form
        data.is_valid()
        first = data.cleaned_data.get("year_from")
        last = data.cleaned_data.get("year_to")
        rows = [
            row
            for row in rows
            if (first is None or row["year"] >= first)
            and (last is None or row["year"] <= last)
        ]
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


def not_found(request, *args, **kwargs):
    """Any other address under /api/: a JSON 404, like the API's own."""
    return JsonResponse(
        {"detail": _("There is no such address in the API: see /api/v1/docs/.")},
        status=404,
    )
