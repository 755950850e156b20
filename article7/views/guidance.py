"""The guidance shown beside each form, question by question: read by
everyone, edited by the ISU (edition → section → question)."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.editing import form_save
from portal.permissions import permission_required
from portal.services import ServiceError

from .. import services
from ..forms import GuideEditionForm, GuideQuestionForm, GuideSectionForm
from ..models import GuideEdition, GuideQuestion, GuideSection


def guidance(request):
    """An edition of the guidance (the current one unless ?edition= names
    another), section by section. Everyone."""
    editions = list(GuideEdition.objects.all())
    code = request.GET.get("edition")
    edition = next(
        (e for e in editions if e.code == code),
        next((e for e in editions if e.is_current), editions[0] if editions else None),
    )
    sections = (
        edition.sections.prefetch_related("questions") if edition is not None else []
    )
    return render(
        request,
        "article7/guidance.html",
        {
            "edition": edition,
            "editions": editions,
            "sections": sections,
            "can_edit": request.user.has_perm("article7.edit_guidance"),
            "edition_form": GuideEditionForm(),
        },
    )


def _edition_url(edition) -> str:
    return f"{reverse('article7:guidance')}?edition={edition.code}"


def _edit(request, record, form_class, title):
    conflict = {}
    if request.method == "POST":
        form = form_class(request.POST, instance=record)
        saved, _record = (
            form.is_valid()
            and form_save(
                form,
                conflict,
                lambda: services.guide_save(
                    record=record,
                    user=request.user,
                    expected_version=form.expected_version,
                    values=form.values(),
                ),
            )
            or (False, None)
        )
        if saved:
            messages.success(request, _("Guidance saved."))
            edition = getattr(record, "edition", None) or record.section.edition
            return redirect(_edition_url(edition))
    else:
        form = form_class(instance=record)
    return render(
        request,
        "article7/guidance_form.html",
        {"form": form, "title": title, **conflict},
    )


@permission_required("article7.edit_guidance")
def section_edit(request, pk):
    """Edit a section of the guidance and its source. The ISU."""
    section = get_object_or_404(GuideSection.objects.select_related("edition"), pk=pk)
    return _edit(request, section, GuideSectionForm, section.heading)


@permission_required("article7.edit_guidance")
def question_edit(request, pk):
    """Edit one question's wording and guidance. The ISU."""
    question = get_object_or_404(
        GuideQuestion.objects.select_related("section__edition"), pk=pk
    )
    return _edit(request, question, GuideQuestionForm, question.prompt)


@require_POST
@permission_required("article7.edit_guidance")
def edition_copy(request, pk):
    """Start a new edition from this one. The ISU."""
    edition = get_object_or_404(GuideEdition, pk=pk)
    form = GuideEditionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the new edition a code and a title."))
        return redirect("article7:guidance")
    try:
        copy = services.guide_edition_copy(
            edition=edition, user=request.user, **form.cleaned_data
        )
    except ServiceError as exc:
        messages.error(request, str(exc))
        return redirect("article7:guidance")
    messages.success(request, _("New edition started; it is not current yet."))
    return redirect(_edition_url(copy))


@require_POST
@permission_required("article7.edit_guidance")
def edition_make_current(request, pk):
    """Show this edition beside the forms from now on. The ISU."""
    edition = get_object_or_404(GuideEdition, pk=pk)
    services.guide_edition_make_current(edition=edition, user=request.user)
    messages.success(request, _("This edition is now shown beside the forms."))
    return redirect("article7:guidance")
