from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import ReportAudience


class ReportSharingForm(forms.Form):
    audience = forms.ChoiceField(
        label=_("Who may read this meeting's reports"),
        choices=ReportAudience.choices,
        widget=forms.RadioSelect,
        help_text=_("The committee, the ISU and the State's focal points always can."),
    )


class ReportRequestForm(forms.Form):
    """The language the report is written in: each language is a version of
    its own, with its own number; the page's language is offered first."""

    language = forms.ChoiceField(
        label=_("Language of the report"),
        choices=settings.LANGUAGES,
        # Left out (an older page's form): the page's language.
        required=False,
        error_messages={"invalid_choice": _("Choose one of the languages offered.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()
