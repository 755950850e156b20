"""The API's filters: the pages' own FilterSets (so a filter means the same on
the page and in the API), plus what only the API needs."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from article7.models import Article7Report
from country_pages.models import StateParty
from ia_meetings.filters import MeetingFilter
from partnerships.models import Commitment, Partner


class ApiMeetingFilter(MeetingFilter):
    """The meeting lists' filters; `when` picks the page's upcoming or past list
    (without it, every meeting, latest first)."""

    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[("upcoming", _("Upcoming")), ("past", _("Past"))],
        method="filter_when",
    )

    class Meta(MeetingFilter.Meta):
        fields = [*MeetingFilter.Meta.fields, "when"]

    def filter_when(self, queryset, name, value):
        now = timezone.now()
        if value == "past":
            return queryset.filter(ends_at__lt=now).order_by("-starts_at", "-pk")
        return queryset.filter(ends_at__gte=now).order_by("starts_at", "pk")


class FundingFilter(django_filters.FilterSet):
    """Funding by donor and year: of one State's partnerships, one donor, a
    range of years, one currency."""

    country = django_filters.ModelChoiceFilter(
        field_name="partnership__state",
        to_field_name="iso3",
        queryset=StateParty.objects.only("iso3", "name"),
        label=_("Country"),
    )
    donor = django_filters.ModelChoiceFilter(
        field_name="partner", queryset=Partner.objects.only("pk"), label=_("Donor")
    )
    currency = django_filters.CharFilter(lookup_expr="iexact", label=_("Currency"))
    year_from = django_filters.NumberFilter(
        field_name="year_to", lookup_expr="gte", label=_("From year")
    )
    year_to = django_filters.NumberFilter(
        field_name="year_from", lookup_expr="lte", label=_("To year")
    )

    class Meta:
        model = Commitment
        fields = []


class Article7ReportFilter(django_filters.FilterSet):
    """Article 7 reports: of one State, on one year."""

    country = django_filters.ModelChoiceFilter(
        field_name="state",
        to_field_name="iso3",
        queryset=StateParty.objects.only("iso3", "name"),
        label=_("Country"),
    )
    year = django_filters.NumberFilter(label=_("Year"))

    class Meta:
        model = Article7Report
        fields = []
