"""The Platform for Partnerships: a donor registers interest in a published
need, the State's focal points answer it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from country_pages.models import Need
from country_pages.selectors import is_following
from portal.editing import form_save
from portal.permissions import permission_required
from portal.services import ServiceError

from .. import rules, services
from ..forms import InterestAnswerForm, InterestForm
from ..models import Interest
from .common import currency_context, interest_from_url


@permission_required("partnerships.register_interest")
def interest_create(request, pk):
    """A donor registers interest in a published need. Approved donors only."""
    need = get_object_or_404(
        Need.objects.filter(rules.need_browser_filter(request.user)).select_related(
            "state"
        ),
        pk=pk,
    )
    existing = Interest.objects.filter(donor=request.user, need=need).first()
    form = InterestForm(request.POST or None)
    # A fully funded need takes no interest: the page says so, a post changes
    # nothing.
    open_to_interest = existing is None and not need.is_fully_funded
    if request.method == "POST" and open_to_interest and form.is_valid():
        try:
            services.interest_register(
                donor=request.user, need=need, **form.cleaned_data
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _(
                    "Your interest is registered; %(state)s's focal points "
                    "have been told."
                )
                % {"state": need.state.local_name},
            )
            return redirect("partnerships:needs")
    return render(
        request,
        "partnerships/interest_form.html",
        {
            "need": need,
            "state": need.state,
            "following": is_following(user=request.user, state=need.state),
            "form": form,
            "existing": existing,
            "funded": existing is None and need.is_fully_funded,
            **currency_context(),
        },
    )


@permission_required("partnerships.read_interest", fn=interest_from_url)
def interest_detail(request, pk):
    """One registration of interest: its donor, the State's focal points and the
    ISU read it; the focal points and the ISU answer it."""
    interest = interest_from_url(request, pk)
    can_answer = request.user.has_perm("partnerships.answer_interest", interest)
    if request.method == "POST" and not can_answer:
        raise PermissionDenied
    form = InterestAnswerForm(request.POST or None, instance=interest)
    context = {"interest": interest, "form": form, "can_answer": can_answer}
    if request.method == "POST" and form.is_valid():
        ok, _answered = form_save(
            form,
            context,
            lambda: services.interest_answer(
                interest=interest,
                actor=request.user,
                expected_version=form.expected_version,
                **form.values(),
            ),
        )
        if ok:
            messages.success(request, _("Answer saved; the donor has been told."))
            return redirect("partnerships:interest", pk=interest.pk)
    return render(request, "partnerships/interest_detail.html", context)
