from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ReportAudience


class ReportSharingForm(forms.Form):
    audience = forms.ChoiceField(
        label=_("Who may read this meeting's reports"),
        choices=ReportAudience.choices,
        widget=forms.RadioSelect,
        help_text=_("The committee, the ISU and the State's focal points always can."),
    )
