from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from country_pages.models import StateParty

from .sources import SOURCES

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        max_length=MAX_QUERY_LENGTH,
        strip=True,
        error_messages={
            "max_length": _("Search with at most %(limit_value)d characters.")
        },
    )
    type = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", pgettext_lazy("search kind", "Everything"))]
        + [(source.kind, source.label) for source in SOURCES],
    )
    country = forms.ModelChoiceField(
        label=_("Country"),
        required=False,
        queryset=StateParty.objects.only("iso3", "name"),
        to_field_name="iso3",
        empty_label=pgettext_lazy("search country", "All countries"),
    )

    def clean_q(self):
        query = self.cleaned_data["q"]
        if not any(character.isalnum() for character in query):
            raise forms.ValidationError(_("Type a word to search for."))
        return query
