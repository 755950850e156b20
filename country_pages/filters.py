"""Filters of the States Parties index."""

import django_filters
from django import forms

from .models import Region, StateParty, StockpileStatus

OBLIGATION_CHOICES = [
    ("article5", "Article 5: clearance remains"),
    ("article4", "Article 4: stockpile destruction under way"),
    ("survivors", "Significant numbers of mine survivors"),
]


class StatePartyFilter(django_filters.FilterSet):
    region = django_filters.ChoiceFilter(
        label="Region", choices=Region.choices, empty_label="All regions"
    )
    obligations = django_filters.MultipleChoiceFilter(
        label="Remaining obligations",
        choices=OBLIGATION_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        method="filter_obligations",
        help_text="States with every obligation ticked.",
    )

    class Meta:
        model = StateParty
        fields = ["region", "obligations"]

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
