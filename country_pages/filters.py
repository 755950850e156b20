"""Filters of the States Parties index."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Region, StateParty, StockpileStatus

OBLIGATION_CHOICES = [
    ("article5", _("Article 5: clearance remains")),
    ("article4", _("Article 4: stockpile destruction under way")),
    ("survivors", _("Significant numbers of mine survivors")),
]


class StatePartyFilter(django_filters.FilterSet):
    """`columns` (country_pages.registry.index_columns) add a "has" filter:
    e.g. the States that have an IA platform."""

    q = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", label=_("Name")
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), choices=Region.choices, empty_label=_("All regions")
    )
    obligations = django_filters.MultipleChoiceFilter(
        label=_("Remaining obligations"),
        choices=OBLIGATION_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        method="filter_obligations",
        help_text=_("States with every obligation ticked."),
    )

    has = django_filters.MultipleChoiceFilter(
        label=_("Only States with"),
        choices=[],
        widget=forms.CheckboxSelectMultiple,
        method="filter_has",
    )

    class Meta:
        model = StateParty
        fields = ["q", "region", "obligations", "has"]

    def __init__(self, *args, columns=(), **kwargs):
        self.columns = {column.key: column for column in columns if column.key}
        super().__init__(*args, **kwargs)
        if self.columns:
            choices = [(key, column.heading) for key, column in self.columns.items()]
            has = self.filters["has"]
            has.extra["choices"] = choices
            # Its form field may have been built already (a schema generator
            # reads the class's filters) and copied here: give it the choices.
            has.field.choices = choices
        else:
            self.filters.pop("has", None)

    def filter_has(self, queryset, name, value):
        for key in value:
            queryset = queryset.filter(pk__in=self.columns[key].state_ids)
        return queryset

    def filter_obligations(self, queryset, name, value):
        if "article5" in value:
            queryset = queryset.filter(article5_obligations_remaining=True)
        if "article4" in value:
            queryset = queryset.filter(
                article4_stockpile_status=StockpileStatus.DESTROYING
            )
        if "survivors" in value:
            queryset = queryset.filter(survivors_responsibility=True)
        return queryset
