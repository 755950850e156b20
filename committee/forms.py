"""Input of the committee's views: validation only."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from portal.limits import TEXT

from .models import ExpertiseTheme, ListingKind


class SinceForm(forms.Form):
    """The date "what changed" starts from, for one State."""

    since = forms.DateField(
        label=_("Since"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Leave empty for the State's last IA meeting."),
        error_messages={"invalid": _("Enter a date as YYYY-MM-DD.")},
    )

    def __init__(self, *args, state, **kwargs):
        super().__init__(*args, **kwargs)
        self.state = state

    def clean_since(self) -> dt.date | None:
        since = self.cleaned_data.get("since")
        if since is None:
            return None
        if since > timezone.localdate():
            raise forms.ValidationError(
                _("The date %(date)s is in the future; pick today or a day before."),
                params={"date": date_format(since, "j F Y")},
                code="future",
            )
        if since < self.state.entry_into_force:
            raise forms.ValidationError(
                _(
                    "%(state)s has been bound by the Convention since %(date)s; "
                    "pick that day or a later one."
                ),
                params={
                    "state": self.state.local_name,
                    "date": date_format(self.state.entry_into_force, "j F Y"),
                },
                code="before_entry_into_force",
            )
        return since


class ExpertiseListingForm(forms.Form):
    """An offer or a request of expertise, for one of the user's States."""

    state = forms.ModelChoiceField(
        label=_("State"),
        queryset=None,
        error_messages={
            "invalid_choice": _(
                "You may offer or request expertise only for a State you are "
                "focal point of."
            )
        },
    )
    kind = forms.ChoiceField(label=_("Offer or request"), choices=ListingKind.choices)
    theme = forms.ChoiceField(label=_("Theme"), choices=ExpertiseTheme.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("What is offered or needed"),
        max_length=TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown. Who, for how long, in which language."),
    )

    def __init__(self, *args, states, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].queryset = states
