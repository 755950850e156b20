import zoneinfo

from django import forms
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from portal.forms import EditForm
from portal.services import ServiceError

from .models import (
    ActionPoint,
    ActionPointStatus,
    ActionPointUpdate,
    AgendaItem,
    FollowUp,
    FollowUpKind,
    Meeting,
    MeetingSeries,
    Participant,
    ParticipantGroup,
)
from .services.materials import material_check


class TimeZoneInput(forms.TextInput):
    """A text box that suggests IANA time zone names (a datalist; no JS)."""

    def __init__(self, attrs=None):
        super().__init__(
            {"list": "timezone-names", "autocomplete": "off", **(attrs or {})}
        )

    def render(self, name, value, attrs=None, renderer=None):
        options = format_html_join(
            "",
            '<option value="{}">',
            ((tz,) for tz in sorted(zoneinfo.available_timezones())),
        )
        return format_html(
            '{}<datalist id="timezone-names">{}</datalist>',
            super().render(name, value, attrs, renderer),
            options,
        )


class MeetingForm(EditForm):
    """A meeting's details; times are typed in the meeting's own time zone."""

    starts_at = forms.DateTimeField(
        label=_("Starts"),
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        ),
        help_text=_("Local time at the meeting, in the time zone below."),
    )
    ends_at = forms.DateTimeField(
        label=_("Ends"),
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        ),
    )
    timezone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        widget=TimeZoneInput,
        help_text=_("IANA name, e.g. Europe/Zurich, Africa/Khartoum, Asia/Colombo."),
    )
    online_link = forms.URLField(
        label=_("Link to join online"),
        required=False,
        assume_scheme="https",
        help_text=_(
            "Shown to participants, the State, the committee and the ISU only."
        ),
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "kind",
            "setting",
            "format",
            "venue",
            "online_link",
            "starts_at",
            "ends_at",
            "timezone",
            "focus",
            "visibility",
            "contacts_shared",
            "purpose",
            "highlights",
            "previous_meeting",
        ]
        widgets = {
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "highlights": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, state, **kwargs):
        super().__init__(*args, **kwargs)
        self.state = state
        others = (
            Meeting.objects.filter(state=state)
            .select_related("state")
            .order_by("-starts_at")
        )
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
            tz = self.instance.tzinfo
            # Shown as wall-clock times where the meeting takes place.
            for name in ("starts_at", "ends_at"):
                local = timezone.localtime(getattr(self.instance, name), tz)
                self.initial[name] = local.replace(tzinfo=None)
        self.fields["previous_meeting"].queryset = others
        self.fields["previous_meeting"].label = _("Follows up on")

    def clean_timezone(self):
        name = self.cleaned_data["timezone"].strip()
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise forms.ValidationError(
                _(
                    "“%(name)s” is not a known time zone. Use a name such as "
                    "Europe/Zurich or Africa/Khartoum."
                ),
                params={"name": name},
            ) from None
        return name

    def clean(self):
        cleaned = super().clean()
        # The datetime fields read the typed wall-clock time in the server's
        # zone; it was meant in the meeting's zone, so read it again there.
        if cleaned.get("timezone"):
            tz = zoneinfo.ZoneInfo(cleaned["timezone"])
            for name in ("starts_at", "ends_at"):
                if cleaned.get(name):
                    wall_clock = timezone.make_naive(cleaned[name])
                    cleaned[name] = timezone.make_aware(wall_clock, tz)
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The meeting must end after it starts."))
        return cleaned


class StateChoiceForm(forms.Form):
    state = forms.ModelChoiceField(
        label=_("Affected State"), queryset=None, to_field_name="iso3"
    )

    def __init__(self, *args, states, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["state"].queryset = states


class AgendaItemForm(EditForm):
    """An agenda item; each person gets the fields they may change."""

    class Meta:
        model = AgendaItem
        fields = [
            "code",
            "title",
            "by_state",
            "presenter",
            "start_time",
            "content",
            "minutes",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "content": forms.Textarea(attrs={"rows": 8}),
            "minutes": forms.Textarea(attrs={"rows": 10}),
        }

    def __init__(
        self, *args, structure: bool, writing: bool, set_by_state: bool, **kwargs
    ):
        super().__init__(*args, **kwargs)
        keep = {"version"}
        if structure:
            keep |= {"code", "title", "presenter", "start_time"}
        if set_by_state:
            keep.add("by_state")
        if writing:
            keep |= {"content", "minutes"}
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]


class ParticipantForm(forms.ModelForm):
    class Meta:
        model = Participant
        fields = ["group", "organisation", "name", "email"]

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        others = self.meeting.participants.filter(email__iexact=email)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(
                _("%(email)s is already on the participant list."),
                params={"email": email},
            )
        return email


class MaterialForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        required=False,
        help_text=_("The file name if left empty."),
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), PNG or JPEG."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.pptx,.docx,.xlsx,.png,.jpg,.jpeg"}
        ),
    )

    def clean_file(self):
        file = self.cleaned_data["file"]
        try:
            material_check(file=file)
        except ServiceError as exc:
            raise forms.ValidationError(str(exc)) from None
        return file


class ActionPointForm(EditForm):
    class Meta:
        model = ActionPoint
        fields = [
            "description",
            "owner_participant",
            "owner_organisation",
            "due_date",
            "status",
            "agenda_item",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_item"].queryset = meeting.agenda_items.order_by(
            "order", "pk"
        )
        self.fields["agenda_item"].label = _("Agenda item")
        self.fields["owner_participant"].queryset = meeting.participants.order_by(
            "organisation", "name"
        )

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("owner_participant")
            and not (cleaned.get("owner_organisation") or "").strip()
        ):
            self.add_error(
                "owner_organisation",
                _("Name the owner: a participant or an organisation."),
            )
        return cleaned


class FollowUpForm(EditForm):
    class Meta:
        model = FollowUp
        fields = ["kind", "status", "date", "subsequent_meeting", "notes"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subsequent_meeting"].queryset = (
            Meeting.objects.filter(state_id=meeting.state_id)
            .select_related("state")
            .exclude(pk=meeting.pk)
            .order_by("-starts_at")
        )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("subsequent_meeting") and cleaned.get("kind") != (
            FollowUpKind.SUBSEQUENT_MEETING
        ):
            self.add_error(
                "subsequent_meeting",
                _("Only a follow-up of the kind “Subsequent meeting” links a meeting."),
            )
        return cleaned


class ResponseForm(forms.Form):
    response = forms.ChoiceField(
        choices=[("accepted", _("I will attend")), ("declined", _("I cannot attend"))],
        widget=forms.RadioSelect,
        label=_("Your answer"),
    )


class SeriesForm(forms.ModelForm):
    class Meta:
        model = MeetingSeries
        fields = ["title", "cadence_months"]
        widgets = {"cadence_months": forms.NumberInput(attrs={"min": 1, "max": 24})}

    def clean_cadence_months(self):
        value = self.cleaned_data["cadence_months"]
        if not 1 <= value <= 24:
            raise forms.ValidationError(_("A series meets every 1 to 24 months."))
        return value


class SeriesSecretaryForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail of a registered person"),
        help_text=_(
            "They may write the minutes and action points of this series' "
            "meetings and circulate them to the participants; nothing else."
        ),
    )


class ActionPointProgressForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionPointStatus.choices)
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    note = forms.CharField(
        label=_("Progress"),
        max_length=ActionPointUpdate._meta.get_field("note").max_length,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown. What was done, what is next."),
    )

    def clean_date(self):
        value = self.cleaned_data["date"]
        if value > timezone.localdate():
            raise forms.ValidationError(
                _("A progress update cannot be dated in the future.")
            )
        return value


class ParticipantBulkForm(forms.Form):
    """Several participants at once: pasted lines or a CSV file."""

    MAX_BYTES = 200_000

    text = forms.CharField(
        label=_("Paste the list"),
        required=False,
        # As much as the file may hold: the same list pasted instead of uploaded.
        max_length=MAX_BYTES,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "One person a line: name, organisation, e-mail and optionally the "
            "group (state, donor, operator, ngo, un, other), separated by commas, "
            "semicolons or tabs (as copied from a spreadsheet)."
        ),
    )
    file = forms.FileField(
        label=_("Or upload a CSV file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
        help_text=_("The same columns; a first line of column names is skipped."),
    )
    default_group = forms.ChoiceField(
        label=_("Group of lines that name none"), choices=ParticipantGroup.choices
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            if upload.size > self.MAX_BYTES:
                raise forms.ValidationError(
                    _("The file is larger than 200 KB; split the list.")
                )
            try:
                cleaned["text"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    _("The file is not a CSV file in UTF-8; save it as “CSV UTF-8”.")
                ) from None
        if not (cleaned.get("text") or "").strip():
            raise forms.ValidationError(_("Paste a list or choose a file."))
        return cleaned


class ParticipantPickForm(forms.Form):
    """Registered donors, added in one go."""

    people = forms.ModelMultipleChoiceField(
        label=_("Registered donors"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = people
        self.fields["people"].label_from_instance = lambda user: (
            f"{user} ({user.organisation or user.email})"
        )
