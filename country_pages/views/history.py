"""A country page's revisions: list, one revision, compare, restore."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.permissions import permission_required

from .. import selectors, services
from ..forms import section_field_labels
from ..models import PageRevision
from ..translation.selectors import (
    page_revision_content,
    page_revision_previous_numbers,
    translation_snapshot,
)
from ..translation.texts import language_label
from .lookups import state_from_iso3


@permission_required("country_pages.view_history", fn=state_from_iso3)
def history(request, iso3):
    """The revisions of a State's page, newest first.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    page = Paginator(selectors.page_revision_list(state=state), 25).get_page(
        request.GET.get("page")
    )
    # "Changes" compares a revision with the one before it in its language.
    previous = page_revision_previous_numbers(state=state)
    for rev in page.object_list:
        rev.previous_number = previous.get(rev.number)
        rev.language_name = language_label(rev.language) if rev.language else ""
    return render(
        request,
        "country_pages/pagerevision_list.html",
        {"state": state, "page": page, "revisions": page.object_list},
    )


def _revision(state, number):
    try:
        return selectors.page_revision_get(state=state, number=number)
    except (ValueError, TypeError) as exc:
        raise Http404("No such revision.") from exc
    except PageRevision.DoesNotExist as exc:
        raise Http404("No such revision.") from exc


@permission_required("country_pages.view_history", fn=state_from_iso3)
def revision(request, iso3, number):
    """One revision of the page as it was published.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    rev = _revision(state, number)
    sections, needs, languages = page_revision_content(revision=rev)
    return render(
        request,
        "country_pages/pagerevision_detail.html",
        {
            "state": state,
            "revision": rev,
            "language_name": language_label(rev.language) if rev.language else "",
            "sections": selectors.page_sections_build(
                state=state,
                sections=sections,
                needs=needs,
                maps=[],
                user=request.user,
                languages=languages,
            ),
        },
    )


@permission_required("country_pages.view_history", fn=state_from_iso3)
def compare(request, iso3):
    """The difference between two revisions, or a revision and the current draft.

    Focal points of the State, the ISU and the committee.
    """
    state = state_from_iso3(request, iso3)
    revisions = list(
        selectors.page_revision_list(state=state).values_list("number", "language")
    )
    numbers = [number for number, _language in revisions]
    if not numbers:
        messages.info(request, _("The page has not been published yet."))
        return redirect("country_pages:history", iso3=state.iso3)
    to = request.GET.get("to") or str(numbers[0])
    default_from = numbers[1] if len(numbers) > 1 and to != "draft" else numbers[0]
    if to.isdigit():
        previous = page_revision_previous_numbers(state=state, revisions=revisions)
        default_from = previous.get(int(to)) or default_from
    old_number = request.GET.get("from") or str(default_from)
    old = _revision(state, old_number)
    if to == "draft":
        # The draft of the compared revision's language.
        new_snapshot, new_label = (
            translation_snapshot(state=state, language=old.language)
            if old.language
            else selectors.page_snapshot(state=state),
            _("the current draft"),
        )
    else:
        new = _revision(state, to)
        new_snapshot, new_label = (
            new.snapshot,
            _("revision %(number)s") % {"number": new.number},
        )
    return render(
        request,
        "country_pages/pagerevision_compare.html",
        {
            "state": state,
            "old": old,
            "new_label": new_label,
            "to": to,
            "numbers": numbers,
            "changes": selectors.page_revision_diff(
                old=old.snapshot, new=new_snapshot, labels=section_field_labels()
            ),
        },
    )


@require_POST
@permission_required("country_pages.restore_revision", fn=state_from_iso3)
def restore(request, iso3, number):
    """Restore a revision's sections as the new draft.

    Focal points of the State and the ISU.
    """
    state = state_from_iso3(request, iso3)
    rev = _revision(state, number)
    services.page_revision_restore(revision=rev, user=request.user)
    messages.success(
        request,
        _("Revision %(number)s restored as the draft. Review it, then publish.")
        % {"number": rev.number},
    )
    return redirect(reverse("country_pages:edit", kwargs={"iso3": state.iso3}))
