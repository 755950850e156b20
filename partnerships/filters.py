"""The needs browser's filters: every filter is a query parameter, so a URL
shares the exact list."""

import django_filters
from django import forms
from django.db.models import Case, DecimalField, F, Q, Value, When
from django.db.models.functions import Greatest
from django.utils.functional import lazy
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from country_pages.models import Need, NeedStatus, NeedTheme, Region, StateParty
from country_pages.translation.texts import need_text_matches
from portal.filters import ReadingOrderChoiceFilter

from .models import Partnership, PartnershipStatus

SORTS = [
    ("state__name", "country"),
    ("theme", "theme"),
    ("gap", "gap"),
    ("estimated_cost", "cost"),
    ("funding_secured", "secured"),
    ("start_year", "start"),
    ("published_at", "published"),
]

# The empty choice of a filter: any theme, any status, any country.
ANY = pgettext_lazy("filter", "Any")


def _descending_text(label) -> str:
    return gettext("%s (descending)") % label


_descending = lazy(_descending_text, str)


class NullsLastOrderingFilter(django_filters.OrderingFilter):
    """Needs without a cost or a start year sort last, whichever the direction.

    Databases disagree on where NULLs go (last ascending on PostgreSQL, first on
    SQLite); a donor sorting by gap wants the known gaps first on both.
    """

    def build_choices(self, fields, labels):
        # django-filter words "Country (descending)" once, in the language of
        # the moment the class is defined: here each reader's language.
        ascending = [(param, labels[field]) for field, param in fields.items()]
        descending = [(f"-{param}", _descending(label)) for param, label in ascending]
        return [
            choice
            for pair in zip(ascending, descending, strict=True)
            for choice in pair
        ]

    def get_ordering_value(self, param):
        descending = param.startswith("-")
        name = self.param_map.get(param.lstrip("-"), param.lstrip("-"))
        return (
            F(name).desc(nulls_last=True)
            if descending
            else F(name).asc(nulls_last=True)
        )


def with_gap(qs):
    """Annotate the funding gap (estimated cost less funding secured, ≥ 0).

    A need without an estimated cost has no gap (NULL), so gap filters skip it.
    """
    money = DecimalField(max_digits=14, decimal_places=2)
    return qs.annotate(
        gap=Case(
            When(estimated_cost__isnull=True, then=Value(None, output_field=money)),
            default=Greatest(
                F("estimated_cost") - F("funding_secured"),
                Value(0, output_field=money),
                output_field=money,
            ),
            output_field=money,
        )
    )


class NeedFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    theme = django_filters.ChoiceFilter(
        label=_("Theme"), choices=NeedTheme.choices, empty_label=ANY
    )
    country = ReadingOrderChoiceFilter(
        field_name="state",
        to_field_name="iso3",
        queryset=StateParty.objects.only("iso3", "name"),
        label=_("Country"),
        empty_label=ANY,
    )
    region = django_filters.ChoiceFilter(
        field_name="state__region",
        choices=Region.choices,
        label=_("Region"),
        empty_label=ANY,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=NeedStatus.choices, empty_label=ANY
    )
    gap_min = django_filters.NumberFilter(
        field_name="gap", lookup_expr="gte", label=_("Funding gap at least")
    )
    gap_max = django_filters.NumberFilter(
        field_name="gap", lookup_expr="lte", label=_("Funding gap at most")
    )
    year_from = django_filters.NumberFilter(
        method="from_year", label=_("Active in or after (year)")
    )
    year_to = django_filters.NumberFilter(
        method="to_year", label=_("Active in or before (year)")
    )
    sort = NullsLastOrderingFilter(
        fields=SORTS,
        field_labels={
            "state__name": _("Country"),
            "theme": _("Theme"),
            "gap": _("Funding gap"),
            "estimated_cost": _("Estimated cost"),
            "funding_secured": _("Funding secured"),
            "start_year": _("Start year"),
            "published_at": _("Date published"),
        },
        label=_("Sort by"),
        empty_label=_("Country, theme"),
    )

    class Meta:
        model = Need
        fields = []

    def search(self, queryset, name, value):
        for word in value.split()[:8]:
            queryset = queryset.filter(
                need_text_matches(word) | Q(state__name__icontains=word)
            )
        return queryset

    def from_year(self, queryset, name, value):
        # The need's time frame overlaps the years asked for; open ends match.
        return queryset.filter(Q(end_year__isnull=True) | Q(end_year__gte=value))

    def to_year(self, queryset, name, value):
        return queryset.filter(Q(start_year__isnull=True) | Q(start_year__lte=value))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the States that have a need in the list (the browser: published
        # needs; the API: the needs the reader may read), not all 166.
        self.filters["country"].queryset = StateParty.objects.filter(
            pk__in=self.queryset.order_by().values("state_id")
        ).only("iso3", "name")
        for field in ("gap_min", "gap_max"):
            self.filters[field].field.widget = forms.NumberInput(attrs={"min": 0})


class PartnershipFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Search"))
    country = ReadingOrderChoiceFilter(
        field_name="state",
        to_field_name="iso3",
        queryset=StateParty.objects.only("iso3", "name"),
        label=_("Country"),
        empty_label=ANY,
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=PartnershipStatus.choices, empty_label=ANY
    )
    is_south_south = django_filters.BooleanFilter(
        label=_("South-south"),
        widget=forms.Select(
            choices=[("", ANY), ("true", _("Yes")), ("false", _("No"))]
        ),
    )

    class Meta:
        model = Partnership
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(title__icontains=value) | Q(members__partner__name__icontains=value)
        ).distinct()
