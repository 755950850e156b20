import django_filters

from country_pages.models import StateParty

from .models import Meeting, MeetingKind
from .selectors import year_choices


class MeetingFilter(django_filters.FilterSet):
    """The meeting lists' filters: country, kind and year."""

    state = django_filters.ModelChoiceFilter(
        label="Country",
        queryset=StateParty.objects.all(),
        to_field_name="iso3",
        empty_label="All countries",
    )
    kind = django_filters.ChoiceFilter(
        choices=MeetingKind.choices, empty_label="All kinds"
    )
    year = django_filters.ChoiceFilter(
        field_name="starts_at",
        lookup_expr="year",
        label="Year",
        empty_label="All years",
        choices=lambda: [(year, str(year)) for year in year_choices()],
    )

    class Meta:
        model = Meeting
        fields = ["state", "kind", "year"]
