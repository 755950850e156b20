import copy
import re

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils.translation import gettext_lazy as _

from .models import OrganisationKind, Role
from .services import donor_request


class SignupForm(AllauthSignupForm):
    """Sign-up asks who the person is; donor access waits for the ISU."""

    full_name = forms.CharField(label=_("Full name"), max_length=200)
    organisation = forms.CharField(
        label=_("State or organisation you represent"), max_length=200, required=False
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "—")] + list(OrganisationKind.choices),
        required=False,
    )
    request_donor_access = forms.BooleanField(
        label=_(
            "I represent a State or organisation in a position to provide "
            "assistance and ask for donor access"
        ),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("request_donor_access"):
            if not cleaned.get("organisation"):
                self.add_error(
                    "organisation", _("Name the State or organisation you represent.")
                )
            if not cleaned.get("organisation_kind"):
                self.add_error(
                    "organisation_kind", _("Choose the kind of organisation.")
                )
        return cleaned

    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs a password hash; spend the same here so the
            # answer's timing does not tell that the address has an account.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def save(self, request):
        user = super().save(request)
        user.full_name = self.cleaned_data["full_name"]
        user.organisation = self.cleaned_data.get("organisation", "")
        user.organisation_kind = self.cleaned_data.get("organisation_kind", "")
        user.save(update_fields=["full_name", "organisation", "organisation_kind"])
        if self.cleaned_data.get("request_donor_access"):
            donor_request(
                user=user,
                organisation=user.organisation,
                organisation_kind=user.organisation_kind,
            )
        return user


class DonorRequestForm(forms.Form):
    organisation = forms.CharField(
        label=_("State or organisation you represent"), max_length=200
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"), choices=OrganisationKind.choices
    )


class LanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of your pages and e-mails"), choices=settings.LANGUAGES
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    is_committee_chair = forms.BooleanField(
        label=_("Chair of the Committee"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("is_committee_chair") and cleaned.get("role") != Role.COMMITTEE:
            self.add_error(
                "is_committee_chair",
                _("Only a committee member can be the committee chair."),
            )
        return cleaned


class UserSearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search by name, e-mail or organisation"),
        required=False,
        max_length=200,
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("", _("All roles")), *Role.choices],
        required=False,
    )


# The largest version a record can carry (a PositiveIntegerField everywhere).
MAX_VERSION = 2_147_483_647
ID_PATTERN = re.compile(r"[0-9]{1,18}")


def version_field(**kwargs) -> forms.IntegerField:
    """The hidden version an edit form carries; out of range is invalid, never
    a number the database cannot compare."""
    return forms.IntegerField(
        widget=forms.HiddenInput, min_value=0, max_value=MAX_VERSION, **kwargs
    )


def posted_version(data) -> int | None:
    """The `version` a bare form (a button) posted, or None if it is not one."""
    try:
        return version_field().clean(data.get("version"))
    except forms.ValidationError:
        return None


def posted_ids(values) -> list[int]:
    """The primary keys among posted values (checkboxes); anything else,
    including numbers beyond 64 bits, is left out."""
    return [int(v) for v in values if ID_PATTERN.fullmatch(v)]


class EditForm(forms.ModelForm):
    """A model form that validates input for a service and never changes the
    record it edits.

    Django's ModelForm writes the cleaned values into its instance while it
    validates. An EditForm validates a copy instead, so model validation still
    sees the record's own primary key (unique checks exclude it), while the
    record the view holds stays as it was read: the service writes it, with
    the `version` the form carried (portal.services.versioned_update).
    """

    version = version_field(required=False)

    def __init__(self, *args, instance=None, **kwargs):
        self.record = instance
        if instance is not None:
            kwargs["initial"] = {"version": instance.version} | kwargs.get(
                "initial", {}
            )
            instance = copy.copy(instance)
        super().__init__(*args, instance=instance, **kwargs)

    @property
    def expected_version(self) -> int:
        return self.cleaned_data.get("version") or 0

    def values(self) -> dict:
        """The cleaned model fields, for the service's keyword arguments."""
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name != "version" and name in self._meta.fields
        }


def form_keep_input_after_conflict(form, current) -> None:
    """After an edit conflict, keep what the person typed in the bound form but
    carry the saved record's version, so that saving again replaces it on purpose.

    The old way, until every edit uses portal.editing.conflict_context.
    """
    if current is not None:
        form.data = form.data.copy()
        form.data["version"] = current.version
