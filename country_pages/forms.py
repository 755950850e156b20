from django import forms

from portal.models import Role, User

from .models import StateParty
from .services import STATUS_FIELDS


class StateStatusForm(forms.ModelForm):
    latest_article7_report_url = forms.URLField(
        label="Latest Article 7 report (link)", required=False, assume_scheme="https"
    )

    class Meta:
        model = StateParty
        fields = STATUS_FIELDS
        widgets = {
            "article5_deadline": forms.DateInput(attrs={"type": "date"}),
            "remaining_contamination": forms.Textarea(attrs={"rows": 5}),
            "source_note": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("article5_deadline") and not cleaned.get(
            "article5_obligations_remaining"
        ):
            self.add_error(
                "article5_deadline",
                "A State without remaining Article 5 obligations has no deadline.",
            )
        return cleaned


class FocalPointAssignForm(forms.Form):
    user = forms.ModelChoiceField(
        label="Person",
        queryset=User.objects.filter(
            role__in=[Role.MEMBER, Role.FOCAL_POINT], is_active=True
        ),
        help_text="Registered users without another role, and existing focal points.",
    )
    state = forms.ModelChoiceField(
        label="State Party", queryset=StateParty.objects.all(), to_field_name="iso3"
    )
