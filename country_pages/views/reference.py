"""The ISU's reference-data page: the shipped file against the database, applied."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from portal.permissions import permission_required

from ..reference.file import ReferenceFileError, reference_file_read
from ..reference.sync import reference_sync_apply, reference_sync_plan


def _choice(iso3: str, field: str) -> str:
    return f"{iso3}:{field}"


class ReferenceSyncForm(forms.Form):
    """The file the ISU previewed, and which corrected values to replace by the
    file's; each choice carries the value the ISU saw, so an edit made since the
    preview is never overwritten."""

    digest = forms.CharField(widget=forms.HiddenInput)
    take = forms.MultipleChoiceField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Take the file's value"),
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflicts = plan.conflicts()
        self.fields["take"].choices = [
            (_choice(*key), _choice(*key)) for key in self.conflicts
        ]
        self.fields["digest"].initial = plan.reference.digest
        for key, value in self.conflicts.items():
            self.fields[f"seen:{_choice(*key)}"] = forms.CharField(
                required=False,
                initial=value,
                strip=False,
                widget=forms.HiddenInput,
            )

    def take_file(self) -> dict[tuple[str, str], str]:
        choices = {}
        for item in self.cleaned_data["take"]:
            iso3, field = item.split(":", 1)
            choices[iso3, field] = self.cleaned_data.get(f"seen:{item}", "")
        return choices


@permission_required("country_pages.sync_reference_data")
def reference_data(request):
    """The shipped reference file against the database, State by State and field by
    field; the ISU chooses which of its corrections to replace, then applies.
    ISU staff only."""
    try:
        reference = reference_file_read()
    except ReferenceFileError as exc:
        return render(
            request, "country_pages/reference_data.html", {"problems": exc.problems}
        )
    plan = reference_sync_plan(reference=reference)
    form = ReferenceSyncForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["digest"] != reference.digest:
            messages.error(
                request,
                _(
                    "The reference file changed since you opened this page; "
                    "nothing was applied. Review the new comparison below."
                ),
            )
            form = ReferenceSyncForm(plan=plan)
        else:
            result = reference_sync_apply(
                reference=reference, actor=request.user, take_file=form.take_file()
            )
            _report(request, result)
            return redirect("country_pages:reference_data")
    return render(
        request,
        "country_pages/reference_data.html",
        {"plan": plan, "form": form, "reference": reference},
    )


def _report(request, result) -> None:
    applied = ngettext(
        "Applied %(values)s value from %(file)s.",
        "Applied %(values)s values from %(file)s.",
        result.field_count,
    ) % {"values": result.field_count, "file": result.plan.reference.name}
    kept = ngettext(
        "%(kept)s ISU correction kept.",
        "%(kept)s ISU corrections kept.",
        len(result.kept),
    ) % {"kept": len(result.kept)}
    messages.success(request, f"{applied} {kept}")
    for state in result.blocked:
        messages.warning(
            request,
            _("%(state)s was not changed: %(reason)s")
            % {"state": state.name, "reason": state.problem},
        )
    if result.stale_choices:
        messages.warning(
            request,
            _(
                "Some values changed since you opened the page and were not "
                "replaced: %(fields)s. Review them again."
            )
            % {"fields": ", ".join(_choice(*key) for key in result.stale_choices)},
        )
