import copy

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from portal.editing import saved_value
from portal.forms import EditForm, version_field
from portal.limits import LONG_TEXT, TEXT
from portal.models import Role, User

from .geojson import GeoJSONError, geojson_parse, geojson_to_svg
from .models import (
    MapKind,
    Need,
    NeedTranslation,
    PageSection,
    ResourceKind,
    SectionKey,
    StateParty,
    SustainableDevelopmentGoal,
)


class StateStatusForm(forms.ModelForm):
    latest_article7_report_url = forms.URLField(
        label=_("Latest Article 7 report (link)"), required=False, assume_scheme="https"
    )

    class Meta:
        model = StateParty
        # The "Status of Convention implementation" the ISU maintains.
        fields = [
            "article5_obligations_remaining",
            "article5_deadline",
            "article4_stockpile_status",
            "survivors_responsibility",
            "remaining_contamination",
            "latest_article7_report_year",
            "latest_article7_report_url",
            "source_note",
        ]
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
                _("A State without remaining Article 5 obligations has no deadline."),
            )
        return cleaned


class FocalPointAssignForm(forms.Form):
    user = forms.ModelChoiceField(
        label=_("Person"),
        queryset=User.objects.filter(
            role__in=[Role.MEMBER, Role.FOCAL_POINT], is_active=True
        ),
        help_text=_(
            "Registered users without another role, and existing focal points."
        ),
    )
    state = forms.ModelChoiceField(
        label=_("State Party"), queryset=StateParty.objects.all(), to_field_name="iso3"
    )


# --- Country page sections ---------------------------------------------------
# Each section's draft is the cleaned data of its form; the field order here is
# the order the page shows them in.

MARKDOWN_HELP = _(
    "Markdown: **bold**, *italic*, lists with -, links as [text](https://…)."
)


def markdown_field(label, help_text=MARKDOWN_HELP, rows=5, max_length=TEXT):
    field = forms.CharField(
        label=label,
        required=False,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
    )
    # Its HTML is stored when the section is saved (SECTION_MARKDOWN_FIELDS).
    field.is_markdown = True
    return field


class SectionForm(forms.Form):
    """A section's visibility, its content fields, and the version being edited."""

    is_visible = forms.BooleanField(
        label=_("Show this section on the page"),
        required=False,
        help_text=_(
            "Sections are voluntary: a hidden or empty section does not appear."
        ),
    )
    version = version_field()

    # Text shown above the form: what the section is for [002 Attachment].
    guidance = ""

    def content(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in self.fields
            if name not in ("is_visible", "version")
        }

    @classmethod
    def content_fields(cls):
        return [
            (name, field)
            for name, field in cls.base_fields.items()
            if name not in ("is_visible", "version")
        ]

    @classmethod
    def saved_fields(cls, section: PageSection) -> list[tuple[str, str]]:
        """The saved section as (label, value) rows, for the edit conflict box."""
        rows = [
            (cls.base_fields["is_visible"].label, saved_value(section, "is_visible"))
        ]
        for name, field in cls.content_fields():
            value = section.content.get(name)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            rows.append((field.label, "" if value is None else value))
        return rows


class NationalContextForm(SectionForm):
    guidance = _(
        "Relevant background and national contribution, and cross-cutting issues "
        "such as the socio-economic impact of mine action."
    )
    background = markdown_field(_("Background"), rows=8, max_length=LONG_TEXT)
    national_contribution = markdown_field(_("National contribution"))
    socio_economic_impact = markdown_field(_("Socio-economic impact"))
    number_of_victims = forms.IntegerField(
        label=_("Number of victims"),
        required=False,
        min_value=0,
        max_value=100_000_000,
        help_text=_("Killed and injured by mines and explosive remnants, as recorded."),
    )
    victims = markdown_field(_("Victims and survivors"), rows=3)
    gender_dimensions = markdown_field(_("Gender dimensions"))
    stabilisation_development = markdown_field(
        _("Impact on stabilisation and development")
    )
    sdgs = forms.MultipleChoiceField(
        label=_("Sustainable Development Goals concerned"),
        required=False,
        choices=SustainableDevelopmentGoal.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    migration = markdown_field(_("Migration"))
    provision_of_aid = markdown_field(_("Provision of aid"))


class StatusSectionForm(SectionForm):
    guidance = _(
        "The ISU keeps this section up to date from the reference data and the "
        "Article 7 reports; you choose whether it shows."
    )


class NeedsSectionForm(SectionForm):
    guidance = _(
        "An introduction to your needs and challenges; each need is a record of "
        "its own, listed below by theme."
    )
    introduction = markdown_field(_("Introduction"))


class MapsSectionForm(SectionForm):
    guidance = _(
        "Maps demonstrating the national context, including tools using "
        "nationally-owned IMSMA data made publicly available by the State."
    )
    introduction = markdown_field(_("Introduction"))


class IASectionForm(SectionForm):
    guidance = _(
        "Highlights of cooperation in your words; upcoming stakeholder meetings, "
        "meeting reports and presentations come from the portal's IA meetings."
    )
    highlights = markdown_field(_("Highlights of cooperation"))


class PartnershipsSectionForm(SectionForm):
    guidance = _(
        "Success stories and good practices in your words; partners, projects and "
        "funding come from the portal's partnership records."
    )
    highlights = markdown_field(_("Success stories and good practices"))


class ContactsSectionForm(SectionForm):
    guidance = _(
        "The national authority and contacts in-country on specific issues. "
        "Everything here is public."
    )
    national_authority = markdown_field(
        _("National authority"),
        help_text=_("Name, address, e-mail, telephone."),
        rows=4,
    )
    victim_assistance = markdown_field(_("Victim assistance contact"), rows=3)
    capacity_building = markdown_field(_("Capacity building contact"), rows=3)
    other_contacts = markdown_field(_("Other contacts"), rows=3)


class ResourcesSectionForm(SectionForm):
    guidance = _(
        "Links to your Article 7 report, national mine action website and "
        "strategies, Landmine Monitor and Clearing the Mines profiles, or others."
    )

    @classmethod
    def saved_fields(cls, section: PageSection) -> list[tuple[str, str]]:
        links = "\n".join(
            f"{link.get('title')} — {link.get('url')}"
            for link in section.content.get("links", [])
        )
        return [*super().saved_fields(section), (_("Links"), links)]


class ResourceLinkForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ResourceKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200)
    url = forms.URLField(
        label=_("Address (URL)"), max_length=500, assume_scheme="https"
    )


ResourceLinkFormSet = forms.formset_factory(
    ResourceLinkForm, extra=2, can_delete=True, max_num=30, validate_max=True
)

SECTION_FORMS = {
    SectionKey.NATIONAL_CONTEXT: NationalContextForm,
    SectionKey.STATUS: StatusSectionForm,
    SectionKey.NEEDS: NeedsSectionForm,
    SectionKey.MAPS: MapsSectionForm,
    SectionKey.IA: IASectionForm,
    SectionKey.PARTNERSHIPS: PartnershipsSectionForm,
    SectionKey.CONTACTS: ContactsSectionForm,
    SectionKey.RESOURCES: ResourcesSectionForm,
}


def section_text_fields(key: str) -> list[tuple[str, forms.Field]]:
    """A section's text fields: what a translation of the section carries
    (figures, goals and links stay the original's)."""
    form = SECTION_FORMS.get(key)
    if form is None:
        return []
    return [
        (name, field)
        for name, field in form.content_fields()
        if type(field) is forms.CharField
    ]


def section_field_labels() -> dict[str, dict[str, str]]:
    """Each section's content fields and their labels, for revision diffs."""
    labels = {
        key: {name: str(field.label) for name, field in form.content_fields()}
        for key, form in SECTION_FORMS.items()
    }
    labels[SectionKey.RESOURCES]["links"] = str(_("Links"))
    return labels


class NeedForm(EditForm):
    class Meta:
        model = Need
        fields = [
            "theme",
            "title",
            "description",
            "estimated_cost",
            "currency",
            "funding_secured",
            "start_year",
            "end_year",
            "age_gender_considerations",
            "status",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "age_gender_considerations": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "description": MARKDOWN_HELP,
            "estimated_cost": _("In the currency below; leave empty if not yet known."),
            "start_year": _("Time frame: first year."),
            "end_year": _("Time frame: last year."),
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error("end_year", _("The time frame ends before it starts."))
        cost, secured = cleaned.get("estimated_cost"), cleaned.get("funding_secured")
        if cost is not None and secured is not None and secured > cost:
            self.add_error(
                "funding_secured", _("Funding secured exceeds the estimated cost.")
            )
        for field in ("estimated_cost", "funding_secured"):
            if (cleaned.get(field) or 0) < 0:
                self.add_error(field, _("Enter an amount of zero or more."))
        for field in ("start_year", "end_year"):
            year = cleaned.get(field)
            if year is not None and not 1997 <= year <= 2100:
                self.add_error(field, _("Enter a year between 1997 and 2100."))
        return cleaned


IMAGE_MAX_BYTES = 5 * 1024 * 1024
# Pixels, not bytes, are what showing an image costs: a 20 kB PNG of
# 13,000 × 13,000 pixels decodes to 500 MB in a browser.
IMAGE_MAX_PIXELS = 25_000_000
IMAGE_MAX_SIDE = 10_000
GEOJSON_MAX_BYTES = 2 * 1024 * 1024
IMAGE_FORMATS = {"PNG": ("image/png", "png"), "JPEG": ("image/jpeg", "jpg")}


class PageMapForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    file = forms.FileField(
        label=_("Map file"),
        help_text=_(
            "A PNG or JPEG image (up to 5 MB), or GeoJSON in WGS 84 "
            "longitude/latitude (up to 2 MB), which the page draws."
        ),
    )
    description = markdown_field(_("Description"), rows=3)
    source = forms.CharField(
        label=_("Source"),
        max_length=200,
        required=False,
        help_text=_("For example: nationally-owned IMSMA data, 2025."),
    )
    link = forms.URLField(
        label=_("Link"),
        required=False,
        assume_scheme="https",
        help_text=_("A page with the data or an interactive map."),
    )

    def clean_file(self):
        """Decide what the file is from its content, never from its name."""
        upload = self.cleaned_data["file"]
        head = upload.read(8)
        upload.seek(0)
        if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff"):
            return self._clean_image(upload)
        return self._clean_geojson(upload)

    def _clean_image(self, upload):
        if upload.size > IMAGE_MAX_BYTES:
            raise forms.ValidationError(
                _("The image is %(size)s MB; the limit is 5 MB.")
                % {"size": f"{upload.size / 1048576:.1f}"}
            )
        try:
            # Opening reads the header only; the size is checked before any
            # pixel is decoded (Pillow's own bomb check is the last resort).
            with Image.open(upload) as image:
                width, height = image.size
                if (
                    width * height > IMAGE_MAX_PIXELS
                    or max(width, height) > IMAGE_MAX_SIDE
                ):
                    raise forms.ValidationError(
                        _(
                            "The image is %(width)s × %(height)s pixels; the limit "
                            "is 25 megapixels and 10,000 pixels a side (e.g. "
                            "5,000 × 5,000). Reduce it and upload it again."
                        )
                        % {"width": f"{width:,}", "height": f"{height:,}"}
                    )
                image.verify()
                image_format = image.format
        except Image.DecompressionBombError as exc:
            # Beyond Pillow's own limit: refused by Image.open itself.
            raise forms.ValidationError(
                _(
                    "The image has too many pixels; the limit is 25 megapixels "
                    "and 10,000 pixels a side (e.g. 5,000 × 5,000). Reduce it "
                    "and upload it again."
                )
            ) from exc
        except (UnidentifiedImageError, OSError, SyntaxError) as exc:
            raise forms.ValidationError(
                _("The image could not be read; it may be damaged.")
            ) from exc
        upload.seek(0)
        if image_format not in IMAGE_FORMATS:
            raise forms.ValidationError(_("Upload a PNG or JPEG image, or GeoJSON."))
        self.kind = MapKind.IMAGE
        self.content_type, self.extension = IMAGE_FORMATS[image_format]
        self.svg = ""
        return upload

    def _clean_geojson(self, upload):
        if upload.size > GEOJSON_MAX_BYTES:
            raise forms.ValidationError(
                _(
                    "The GeoJSON file is %(size)s MB; the limit is 2 MB. "
                    "Simplify the geometry."
                )
                % {"size": f"{upload.size / 1048576:.1f}"}
            )
        raw = upload.read()
        upload.seek(0)
        if not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            raise forms.ValidationError(
                _("Upload a PNG or JPEG image, or a GeoJSON file.")
            )
        try:
            pairs = geojson_parse(raw)
            svg = geojson_to_svg(pairs, title=self.cleaned_data.get("title") or "Map")
        except GeoJSONError as exc:
            raise forms.ValidationError(
                _("The GeoJSON is not valid: %(error)s") % {"error": exc}
            ) from exc
        self.kind = MapKind.GEOJSON
        self.content_type, self.extension = "application/geo+json", "geojson"
        self.svg = svg
        return upload

    def map_values(self) -> dict:
        """What services.page_map_add takes, from the checked upload."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "upload": data["file"],
            "kind": self.kind,
            "content_type": self.content_type,
            "extension": self.extension,
            "svg": self.svg,
            "description": data.get("description", ""),
            "source": data.get("source", ""),
            "link": data.get("link", ""),
        }


class PublishForm(forms.Form):
    draft_version = version_field()
    note = forms.CharField(
        label=_("What changed (optional)"),
        max_length=200,
        required=False,
        help_text=_("Shown in the page's history."),
    )


# --- The page in other languages (country_pages.translation) ----------------------


class OriginalLanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Original language of the page"),
        choices=settings.LANGUAGES,
        help_text=_(
            "The language your sections and needs are written in. Readers in "
            "another language see your translation where there is one, otherwise "
            "this version with a note."
        ),
    )


def _typed_in(fields, language: str) -> None:
    # The text typed is in the translation's language, whatever the page's.
    for field in fields:
        field.widget.attrs.update({"lang": language, "dir": "auto"})


def section_translation_form(key: str, *, language: str) -> type[forms.Form]:
    """A form with a section's text fields, for its version in `language`,
    and the version of the draft being edited."""
    fields = {name: copy.deepcopy(field) for name, field in section_text_fields(key)}
    _typed_in(fields.values(), language)
    fields["version"] = version_field()
    return type("SectionTranslationForm", (SectionTranslationForm,), fields)


class SectionTranslationForm(forms.Form):
    def content(self) -> dict:
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name != "version" and value.strip()
        }

    def saved_fields(self, section) -> list[tuple[str, str]]:
        """The saved translation as (label, value) rows, for the conflict box."""
        return [
            (field.label, section.content.get(name, ""))
            for name, field in self.fields.items()
            if name != "version"
        ]


class NeedTranslationForm(EditForm):
    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        _typed_in((f for name, f in self.fields.items() if name != "version"), language)

    class Meta:
        model = NeedTranslation
        fields = ["title", "description", "age_gender_considerations"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6}),
            "age_gender_considerations": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "title": _("Leave a field empty to show the original's text."),
            "description": MARKDOWN_HELP,
            "age_gender_considerations": MARKDOWN_HELP,
        }
