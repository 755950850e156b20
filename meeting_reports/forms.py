from django import forms

from .models import ReportAudience


class ReportSharingForm(forms.Form):
    audience = forms.ChoiceField(
        label="Who may read this meeting's reports",
        choices=ReportAudience.choices,
        widget=forms.RadioSelect,
        help_text="The committee, the ISU and the State's focal points always can.",
    )
