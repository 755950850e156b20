"""Input validation for partnerships, interest and platforms."""

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from country_pages.models import Need, StateParty
from portal.currencies import CURRENCIES
from portal.forms import EditForm

from .models import (
    CommitmentKind,
    Interest,
    Objective,
    Partner,
    PartnerKind,
    Partnership,
    Platform,
    PlatformMember,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
YEARS = (1997, 2100)  # the Convention was adopted in 1997


def _currency_field(required=True):
    # A typed field rather than a bare select, so an unknown code gets a message
    # that names it instead of a generic "select a valid choice".
    return forms.CharField(
        max_length=3,
        required=required,
        initial="USD",
        label=_("Currency"),
        help_text=_("ISO 4217 code, e.g. USD, EUR, JPY, NOK."),
        widget=forms.TextInput(attrs={"list": "currency-codes", "size": 4}),
    )


def _clean_currency(value):
    value = (value or "").strip().upper()
    if value and value not in CURRENCIES:
        raise forms.ValidationError(
            _("“%(code)s” is not an ISO 4217 currency code."),
            params={"code": value},
        )
    return value


def _amount_field(label, required=False):
    return forms.DecimalField(
        label=label, required=required, min_value=0, max_digits=14, decimal_places=2
    )


class PartnershipFields(forms.ModelForm):
    """What a partnership says, for starting one and for editing it."""

    class Meta:
        model = Partnership
        fields = [
            "title",
            "description",
            "start_date",
            "end_date",
            "status",
            "is_south_south",
            "is_regional",
            "success_story",
            "good_practice",
        ]
        widgets = {"start_date": DATE, "end_date": DATE}

    def clean(self):
        data = super().clean()
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error(
                "end_date", _("The end date cannot be before the start date.")
            )
        return data


class PartnershipForm(EditForm, PartnershipFields):
    """Edit a partnership: it carries the version it was read at."""

    class Meta(PartnershipFields.Meta):
        pass


class PartnershipCreateForm(PartnershipFields):
    state = forms.ModelChoiceField(
        queryset=StateParty.objects.none(), label=_("Affected State")
    )

    class Meta(PartnershipFields.Meta):
        fields = ["state", *PartnershipFields.Meta.fields]

    def __init__(self, *args, states, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].queryset = states


class PartnerForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Partner
        fields = ["name", "kind", "state", "website", "description"]
        labels = {"state": _("State Party (when the partner is one)")}

    def clean(self):
        data = super().clean()
        if data.get("state") and data.get("kind") != PartnerKind.STATE:
            self.add_error("state", _("Only a State partner can be linked to a State."))
        return data


class PartnershipPartnerForm(forms.Form):
    partner = forms.ModelChoiceField(queryset=Partner.objects.all(), label=_("Partner"))
    responsibility = forms.CharField(
        label=_("Responsibility"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What this partner undertakes to do."),
    )


class ObjectiveForm(forms.ModelForm):
    class Meta:
        model = Objective
        fields = ["text", "target_date", "is_age_gender_sensitive", "is_met"]
        widgets = {"target_date": DATE, "text": forms.Textarea(attrs={"rows": 3})}


class CommitmentForm(forms.Form):
    partner = forms.ModelChoiceField(
        queryset=Partner.objects.none(), label=_("Partner")
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=CommitmentKind.choices)
    year_from = forms.IntegerField(
        label=_("First year"), min_value=YEARS[0], max_value=YEARS[1]
    )
    year_to = forms.IntegerField(
        label=_("Last year"),
        required=False,
        min_value=YEARS[0],
        max_value=YEARS[1],
        help_text=_("For a multi-year commitment; empty for one year."),
    )
    amount = _amount_field(_("Amount per year"))
    currency = _currency_field(required=False)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    need = forms.ModelChoiceField(
        queryset=Need.objects.none(),
        required=False,
        label=_("Need it funds"),
        help_text=_(
            "A need of the State: a financial commitment in the need's currency "
            "then counts in its funding secured, as recorded."
        ),
    )

    def __init__(self, *args, partnership=None, **kwargs):
        super().__init__(*args, **kwargs)
        if partnership is not None:
            self.fields["partner"].queryset = Partner.objects.filter(
                memberships__partnership=partnership
            )
            self.fields["need"].queryset = Need.objects.filter(
                state_id=partnership.state_id
            ).order_by("title", "pk")

    def clean_currency(self):
        return _clean_currency(self.cleaned_data.get("currency"))

    def clean(self):
        data = super().clean()
        start, end = data.get("year_from"), data.get("year_to")
        if start and end and end < start:
            self.add_error(
                "year_to", _("The last year cannot be before the first year.")
            )
        if data.get("kind") == CommitmentKind.FINANCIAL:
            if data.get("amount") is None and "amount" not in self.errors:
                self.add_error("amount", _("A financial commitment needs an amount."))
            if not data.get("currency") and "currency" not in self.errors:
                self.add_error(
                    "currency", _("A financial commitment needs a currency.")
                )
        return data


class DialogueEntryForm(forms.Form):
    date = forms.DateField(label=_("Date"), initial=date.today, widget=DATE)
    progress = forms.CharField(
        label=_("Progress"), widget=forms.Textarea(attrs={"rows": 4})
    )
    challenges = forms.CharField(
        label=_("Challenges"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class InterestForm(forms.Form):
    message = forms.CharField(
        label=_("Message"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What you have in mind: the support, its time frame, contacts."),
    )
    indicative_amount = _amount_field(_("Indicative amount"))
    currency = _currency_field()

    def clean_currency(self):
        return _clean_currency(self.cleaned_data.get("currency"))


class InterestAnswerForm(EditForm):
    """The State's answer to interest: discussed, or the partnership it became."""

    class Meta:
        model = Interest
        fields = ["status", "answer", "partnership"]
        widgets = {"answer": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "answer": _(
                "E-mailed to the donor with the status, and shown to them on the "
                "portal: next steps, whom to contact."
            )
        }

    def __init__(self, *args, instance: Interest, **kwargs):
        super().__init__(*args, instance=instance, **kwargs)
        self.fields["partnership"].queryset = Partnership.objects.filter(
            state_id=instance.need.state_id
        )


class PlatformForm(EditForm):
    """Set up or edit a State's NMAP (an edit carries its version)."""

    class Meta:
        model = Platform
        fields = [
            "lead_authority",
            "champion_donor",
            "secretariat",
            "focus",
            "cadence_months",
            "political",
            "technical",
            "participatory",
            "resource_mobilisation",
            "activities",
            "established",
        ]
        widgets = {"established": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["champion_donor"].queryset = Partner.objects.filter(
            kind=PartnerKind.STATE
        )
        self.fields["cadence_months"].widget.attrs.update(min=1, max=24)

    def clean_cadence_months(self):
        value = self.cleaned_data["cadence_months"]
        if not 1 <= value <= 24:
            raise forms.ValidationError(_("Choose a number of months from 1 to 24."))
        return value


class PlatformMemberForm(forms.ModelForm):
    class Meta:
        model = PlatformMember
        fields = ["name", "group", "role"]
