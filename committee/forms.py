"""Input of the committee's views: validation only."""

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


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
                    "state": self.state.name,
                    "date": date_format(self.state.entry_into_force, "j F Y"),
                },
                code="before_entry_into_force",
            )
        return since
