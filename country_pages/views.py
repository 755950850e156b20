from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from portal.permissions import permission_required
from portal.services import ServiceError

from . import selectors, services
from .forms import FocalPointAssignForm, StateStatusForm
from .models import FocalPointAssignment, StateParty


def state_from_iso3(request, iso3):
    return get_object_or_404(StateParty, iso3=iso3.upper())


def index(request):
    """The index of States Parties. Public."""
    return render(
        request,
        "country_pages/stateparty_list.html",
        {"states": selectors.state_party_list()},
    )


def detail(request, iso3):
    """A State's published country page. Public."""
    state = state_from_iso3(request, iso3)
    return render(
        request,
        "country_pages/stateparty_detail.html",
        {
            "state": state,
            "following": selectors.is_following(user=request.user, state=state),
        },
    )


@require_POST
@permission_required("country_pages.follow_country")
def follow(request, iso3):
    """Follow or stop following a State. Any signed-in person."""
    state = state_from_iso3(request, iso3)
    if request.POST.get("action") == "unfollow":
        services.country_unfollow(user=request.user, state=state)
        messages.success(request, f"You no longer follow {state.name}.")
    else:
        services.country_follow(user=request.user, state=state)
        messages.success(
            request,
            f"You follow {state.name}: you will be e-mailed about new needs "
            "and meetings.",
        )
    return redirect(state)


@permission_required("country_pages.maintain_status", fn=state_from_iso3)
def status_edit(request, iso3):
    """The ISU maintains a State's reference data and implementation status."""
    state = state_from_iso3(request, iso3)
    form = StateStatusForm(request.POST or None, instance=state)
    if request.method == "POST" and form.is_valid():
        try:
            services.state_status_update(
                state=StateParty.objects.get(pk=state.pk),
                actor=request.user,
                data=form.cleaned_data,
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Status of {state.name} saved.")
            return redirect(state)
    return render(
        request,
        "country_pages/stateparty_status_form.html",
        {"state": state, "form": form},
    )


@permission_required("country_pages.assign_focal_points")
def focal_points(request):
    """Focal point assignments, and a form to add one. ISU staff only."""
    form = FocalPointAssignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.focal_point_assign(
                user=form.cleaned_data["user"],
                state=form.cleaned_data["state"],
                actor=request.user,
            )
        except ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"{form.cleaned_data['user']} is now focal point of "
                f"{form.cleaned_data['state']}.",
            )
            return redirect("country_pages:focal_points")
    return render(
        request,
        "country_pages/focalpointassignment_list.html",
        {"form": form, "assignments": selectors.focal_point_assignment_list()},
    )


@require_POST
@permission_required("country_pages.assign_focal_points")
def focal_point_remove(request, pk):
    assignment = get_object_or_404(
        FocalPointAssignment.objects.select_related("user", "state"), pk=pk
    )
    services.focal_point_unassign(assignment=assignment, actor=request.user)
    messages.success(
        request, f"{assignment.user} is no longer focal point of {assignment.state}."
    )
    return redirect("country_pages:focal_points")
