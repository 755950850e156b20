"""The ISU assigns focal points to States."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.permissions import permission_required
from portal.services import ServiceError

from .. import selectors, services
from ..forms import (
    FocalPointAssignForm,
)
from ..models import FocalPointAssignment


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
                _("%(person)s is now focal point of %(state)s.")
                % {
                    "person": form.cleaned_data["user"],
                    "state": form.cleaned_data["state"],
                },
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
    """End a focal point assignment. ISU staff only."""
    assignment = get_object_or_404(
        FocalPointAssignment.objects.select_related("user", "state"), pk=pk
    )
    services.focal_point_unassign(assignment=assignment, actor=request.user)
    messages.success(
        request,
        _("%(person)s is no longer focal point of %(state)s.")
        % {"person": assignment.user, "state": assignment.state},
    )
    return redirect("country_pages:focal_points")
