import django_filters
from django.utils.translation import gettext_lazy as _

from country_pages.models import StateParty
from portal.filters import ReadingOrderChoiceFilter

from .models import Meeting, MeetingKind
from .selectors import year_choices


class MeetingFilter(django_filters.FilterSet):
    """The meeting lists' filters: country, kind and year."""

    state = ReadingOrderChoiceFilter(
        label=_("Country"),
        queryset=StateParty.objects.all(),
        to_field_name="iso3",
        empty_label=_("All countries"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=MeetingKind.choices, empty_label=_("All kinds")
    )
    year = django_filters.ChoiceFilter(
        field_name="starts_at",
        lookup_expr="year",
        label=_("Year"),
        empty_label=_("All years"),
        choices=lambda: [(year, str(year)) for year in year_choices()],
    )

    class Meta:
        model = Meeting
        fields = ["state", "kind", "year"]
