"""Input validation for the cover page, each form's narrative and rows, the
uploaded file and the guidance. Rules that need the database (a release larger
than what remained) are the services'."""

from dataclasses import dataclass

from django import forms
from django.core.validators import MinValueValidator
from django.utils.translation import gettext_lazy as _

from portal.forms import EditForm

from .models import (
    NOT_NEGATIVE,
    Article7Report,
    CooperationRow,
    FormCode,
    GuideQuestion,
    GuideSection,
    HazardousArea,
    LandRelease,
    MineCharacteristics,
    ReportForm,
    RetainedMine,
    StockpileRow,
    VictimFigure,
    WarningMeasure,
)

MARKDOWN_HELP = _(
    "Markdown: **bold**, *italic*, lists with -, links as [text](https://…)."
)


class CoverForm(EditForm):
    """The cover page: point of contact and reporting period."""

    class Meta:
        model = Article7Report
        fields = [
            "contact_organisation",
            "contact_name",
            "contact_email",
            "contact_phone",
            "period_start",
            "period_end",
        ]
        widgets = {
            "period_start": forms.DateInput(attrs={"type": "date"}),
            "period_end": forms.DateInput(attrs={"type": "date"}),
        }

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        report = self.record
        if start and end:
            if end < start:
                self.add_error(
                    "period_end", _("The period cannot end before it starts.")
                )
            elif report is not None and (
                start.year != report.year or end.year != report.year
            ):
                self.add_error(
                    None,
                    _(
                        "The reporting period must fall within %(year)s, the "
                        "calendar year this report covers."
                    )
                    % {"year": report.year},
                )
        return cleaned


class ReportFormForm(EditForm):
    """A form's line on the cover page and its narrative."""

    class Meta:
        model = ReportForm
        fields = ["status", "last_reported_year", "narrative"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["narrative"].help_text = MARKDOWN_HELP

    def clean(self):
        cleaned = super().clean()
        report = self.record.report if self.record else None
        year = cleaned.get("last_reported_year")
        if cleaned.get("status") == "unchanged":
            if not year:
                self.add_error(
                    "last_reported_year",
                    _("Say the year of the report whose information still holds."),
                )
            elif report is not None and year >= report.year:
                self.add_error(
                    "last_reported_year",
                    _("The earlier report must be for a year before %(year)s.")
                    % {"year": report.year},
                )
        else:
            cleaned["last_reported_year"] = None
        return cleaned


class RowForm(forms.ModelForm):
    """A row of a typed table; `years` bounds the row's year, if it has one."""

    def __init__(self, *args, years=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.years = years
        for field in self.fields.values():
            if isinstance(field.widget, forms.NumberInput):
                field.widget.attrs.setdefault("min", 0)
                # One plain message for a negative figure, whichever check
                # (the form's or the model's) sees it first.
                field.validators = [
                    NOT_NEGATIVE if isinstance(v, MinValueValidator) else v
                    for v in field.validators
                ]

    def clean_year(self):
        year = self.cleaned_data.get("year")
        if year is not None and self.years:
            first, last = self.years
            if not first <= year <= last:
                if first == last:
                    raise forms.ValidationError(
                        _(
                            "%(year)s is outside the reporting period: this "
                            "report covers %(period)s."
                        )
                        % {"year": year, "period": first}
                    )
                raise forms.ValidationError(
                    _(
                        "%(year)s is outside the reporting period: this report "
                        "covers %(first)s–%(last)s."
                    )
                    % {"year": year, "first": first, "last": last}
                )
        return year


def _row_form(model, fields, **meta):
    attrs = {"model": model, "fields": fields, **meta}
    return type(f"{model.__name__}Form", (RowForm,), {"Meta": type("Meta", (), attrs)})


CooperationForm = _row_form(
    CooperationRow,
    ["direction", "partner", "pillar", "year", "amount", "currency"],
    error_messages={
        "currency": {
            "invalid_choice": _(
                "Unknown currency “%(value)s”: choose an ISO 4217 code such as "
                "USD or EUR."
            )
        }
    },
)


@dataclass(frozen=True)
class Table:
    """A typed table of a form: its rows' model and the form for one row."""

    prefix: str
    title: object
    form: type
    related_name: str

    @property
    def model(self):
        return self.form._meta.model

    @property
    def fields(self) -> list[str]:
        return list(self.form._meta.fields)


TABLES: dict[str, list[Table]] = {
    FormCode.B: [
        Table(
            "stockpile",
            _("Stockpiled mines"),
            _row_form(
                StockpileRow,
                ["mine_type", "quantity", "lot_numbers", "previously_unknown", "notes"],
            ),
            "stockpile_rows",
        )
    ],
    FormCode.C: [
        Table(
            "areas",
            _("Confirmed and suspected hazardous areas by region"),
            _row_form(
                HazardousArea,
                [
                    "region",
                    "category",
                    "number_of_areas",
                    "area_m2",
                    "improvised",
                    "percent_marked",
                    "notes",
                ],
            ),
            "hazardous_areas",
        )
    ],
    FormCode.D: [
        Table(
            "retained",
            _("Mines retained or transferred"),
            _row_form(
                RetainedMine,
                [
                    "basis",
                    "institution",
                    "mine_type",
                    "quantity",
                    "quantity_used",
                    "intended_purpose",
                    "actual_use",
                ],
            ),
            "retained_mines",
        )
    ],
    FormCode.G: [
        Table(
            "release",
            _("Land released and mines destroyed, by year"),
            _row_form(
                LandRelease,
                [
                    "year",
                    "region",
                    "cancelled_m2",
                    "reduced_m2",
                    "cleared_m2",
                    "mines_destroyed",
                    "other_devices_destroyed",
                ],
            ),
            "land_releases",
        )
    ],
    FormCode.H: [
        Table(
            "characteristics",
            _("Technical characteristics"),
            _row_form(
                MineCharacteristics,
                [
                    "table",
                    "mine_type",
                    "dimensions",
                    "fusing",
                    "explosive",
                    "metal_content",
                    "other_information",
                ],
            ),
            "mine_characteristics",
        )
    ],
    FormCode.I: [
        Table(
            "warnings",
            _("Warning measures and their beneficiaries"),
            _row_form(
                WarningMeasure,
                [
                    "kind",
                    "description",
                    "women",
                    "men",
                    "girls",
                    "boys",
                    "persons_with_disabilities",
                ],
            ),
            "warning_measures",
        )
    ],
    FormCode.J: [
        Table(
            "victims",
            _("Victim assistance: casualties and survivors by sex and age"),
            _row_form(
                VictimFigure,
                ["year", "kind", "women", "men", "girls", "boys", "unknown"],
            ),
            "victim_figures",
        ),
        Table(
            "cooperation",
            _("International cooperation and assistance"),
            CooperationForm,
            "cooperation_rows",
        ),
    ],
}

# Blank rows offered below the saved ones; more after saving.
EXTRA_ROWS = 3


def row_formset(table: Table, *, report, data=None, rows=None):
    """The rows of `table` as a formset: the saved ones (as values) and blanks."""
    FormSet = forms.formset_factory(  # noqa: N806
        table.form, extra=EXTRA_ROWS, can_delete=True, max_num=500, validate_max=True
    )
    initial = None
    if data is None:
        initial = [
            {name: getattr(row, name) for name in table.fields} for row in rows or []
        ]
    return FormSet(
        data,
        initial=initial,
        prefix=table.prefix,
        form_kwargs={"years": report.year_range},
    )


def formset_rows(formset) -> list[dict]:
    """The cleaned rows a person kept: filled in and not marked for removal."""
    return [
        {k: v for k, v in form.cleaned_data.items() if k != "DELETE"}
        for form in formset.forms
        if form.has_changed()
        and form.cleaned_data
        and not form.cleaned_data.get("DELETE")
    ]


class ReportStartForm(forms.Form):
    year = forms.IntegerField(label=_("Calendar year reported on"), min_value=1999)


class ReportFileForm(forms.Form):
    file = forms.FileField(
        label=_("Report file (PDF or Word)"),
        help_text=_(
            "The report as sent through the current system: .pdf, .docx or .doc."
        ),
    )


class ReviewForm(forms.Form):
    # A status's value (report_step checks it is a step the ISU may take).
    target = forms.CharField(max_length=20)


class GuideSectionForm(EditForm):
    class Meta:
        model = GuideSection
        fields = ["heading", "body", "source", "verified"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}


class GuideQuestionForm(EditForm):
    class Meta:
        model = GuideQuestion
        fields = ["prompt", "help"]
        widgets = {"help": forms.Textarea(attrs={"rows": 5})}


class GuideEditionForm(forms.Form):
    code = forms.SlugField(label=_("Code"), max_length=40)
    title = forms.CharField(label=_("Title"), max_length=200)
