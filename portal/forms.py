import copy
import datetime as dt
import zoneinfo
from functools import lru_cache

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import OrganisationKind, Role
from .services import donor_request


class SignupForm(AllauthSignupForm):
    """Sign-up asks who the person is; donor access waits for the ISU."""

    full_name = forms.CharField(label=_("Full name"), max_length=200)
    organisation = forms.CharField(
        label=_("State or organisation you represent"),
        max_length=200,
        required=False,
        help_text=_("Needed for donor access."),
    )
    organisation_kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        choices=[("", "—")] + list(OrganisationKind.choices),
        required=False,
    )
    access = forms.ChoiceField(
        label=_("What will you use the portal for?"),
        choices=[
            (
                "reader",
                _(
                    "To read and follow countries, or as an official of an affected "
                    "State (the ISU then assigns you to your country)"
                ),
            ),
            (
                "donor",
                _(
                    "To offer assistance: I represent a State or organisation in a "
                    "position to provide it, and ask for donor access"
                ),
            ),
        ],
        initial="reader",
        required=False,  # no choice is a reader
        widget=forms.RadioSelect,
        help_text=_(
            "Donor access lets you register interest in a State's needs; the ISU "
            "approves it."
        ),
    )

    field_order = [
        "full_name",
        "email",
        "password1",
        "password2",
        "access",
        "organisation",
        "organisation_kind",
    ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("access") == "donor":
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
        if self.cleaned_data.get("access") == "donor":
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
        label=_("Search by name, e-mail or organisation"), required=False
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[("", _("All roles")), *Role.choices],
        required=False,
    )


class EditForm(forms.ModelForm):
    """A model form that validates input for a service and never changes the
    record it edits.

    Django's ModelForm writes the cleaned values into its instance while it
    validates. An EditForm validates a copy instead, so model validation still
    sees the record's own primary key (unique checks exclude it), while the
    record the view holds stays as it was read: the service writes it, with
    the `version` the form carried (portal.services.versioned_update).
    """

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

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


# --- Time zones ----------------------------------------------------------------

# The IANA areas a person picks a city in, as a select's groups.
TIME_ZONE_AREAS = {
    "Africa": _("Africa"),
    "America": _("Americas"),
    "Antarctica": _("Antarctica"),
    "Asia": _("Asia"),
    "Atlantic": _("Atlantic Ocean"),
    "Australia": _("Australia"),
    "Europe": _("Europe"),
    "Indian": _("Indian Ocean"),
    "Pacific": _("Pacific Ocean"),
}


@lru_cache(maxsize=1)
def _time_zone_names() -> tuple[str, ...]:
    """Every city zone of the IANA database (no legacy aliases such as
    US/Eastern or Etc/GMT+1), sorted."""
    return tuple(
        sorted(
            name
            for name in zoneinfo.available_timezones()
            if name.split("/", 1)[0] in TIME_ZONE_AREAS and "/" in name
        )
    )


def _offset_label(name: str, now: dt.datetime) -> str:
    offset = now.astimezone(zoneinfo.ZoneInfo(name)).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def time_zone_choices(extra: str = "") -> list:
    """The zones as (area, [(name, "City (UTC+hh:mm)")]) groups, offsets as of
    now; `extra` (a stored zone outside the list) is kept as a choice."""
    now = timezone.now()
    groups: dict[str, list] = {}
    for name in _time_zone_names():
        area, city = name.split("/", 1)
        label = (
            f"{city.replace('_', ' ').replace('/', ' / ')} ({_offset_label(name, now)})"
        )
        groups.setdefault(area, []).append((name, label))
    choices: list = [("", _("Choose the time zone"))]
    choices.append(("UTC", "UTC"))
    if extra and extra != "UTC" and extra not in _time_zone_names():
        choices.append((extra, extra))
    choices += [(TIME_ZONE_AREAS[area], zones) for area, zones in groups.items()]
    return choices


class TimeZoneField(forms.ChoiceField):
    """A time zone chosen from a select grouped by continent and ocean, each
    city with its current offset from UTC. Works without JavaScript (typing a
    city's first letters in the closed select jumps to it); portal.js adds a
    filter box above it. The value is checked against the IANA database on
    the server."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Time zone"))
        super().__init__(choices=time_zone_choices, **kwargs)
        self.error_messages["invalid_choice"] = _(
            "“%(value)s” is not a known time zone. Choose the city whose local "
            "time applies, e.g. Europe/Zurich or Africa/Khartoum."
        )
        self.widget.attrs.setdefault("data-filterable", "")

    def keep(self, value: str) -> None:
        """Offer `value` (e.g. the record's stored zone) even if the list
        leaves it out."""
        if value:
            self.choices = time_zone_choices(extra=value)

    def valid_value(self, value):
        if value == "UTC" or value in _time_zone_names():
            return True
        return super().valid_value(value)

    def validate(self, value):
        super().validate(value)
        if value:
            try:
                zoneinfo.ZoneInfo(value)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": value},
                ) from None
