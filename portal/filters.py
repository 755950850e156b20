"""The ISU's filters on the audit trail, and a choice of objects listed in the
reader's alphabetical order (States in every app's filters)."""

import django_filters
from django import forms
from django.db.models import Q
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from .models import AuditEntry
from .names import reading_order


class AuditEntryFilter(django_filters.FilterSet):
    person = django_filters.CharFilter(
        label=_("Person (name or e-mail)"), method="filter_person"
    )
    state = django_filters.CharFilter(
        field_name="state_code",
        label=_("State (ISO code, e.g. SDN)"),
        method="filter_state",
        max_length=3,
    )
    kind = django_filters.ChoiceFilter(
        field_name="action",
        label=_("Kind of change"),
        method="filter_kind",
        empty_label=_("All kinds"),
    )
    since = django_filters.DateFilter(
        field_name="created_at",
        lookup_expr="date__gte",
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    until = django_filters.DateFilter(
        field_name="created_at",
        lookup_expr="date__lte",
        label=_("To"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = AuditEntry
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Kinds are the part before the dot of each action ("need", "meeting").
        actions = AuditEntry.objects.values_list("action", flat=True).distinct()
        kinds = sorted({action.split(".")[0] for action in actions})
        self.filters["kind"].extra["choices"] = [(k, k) for k in kinds]

    def filter_person(self, queryset, name, value):
        return queryset.filter(
            Q(actor__email__icontains=value) | Q(actor__full_name__icontains=value)
        )

    def filter_state(self, queryset, name, value):
        return queryset.filter(state_code=value.strip().upper())

    def filter_kind(self, queryset, name, value):
        return queryset.filter(Q(action=value) | Q(action__startswith=f"{value}."))


class _ReadingOrder(ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in sorted(self.queryset, key=lambda obj: reading_order(str(obj))):
            yield self.choice(obj)


class ReadingOrderChoiceField(forms.ModelChoiceField):
    """Objects named by `str()` in the reader's language (a State's
    `local_name`), listed in that language's alphabetical order."""

    iterator = _ReadingOrder


class ReadingOrderChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ReadingOrderChoiceField
