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
