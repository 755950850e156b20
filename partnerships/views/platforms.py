"""A State's National Mine Action Platform [003]: its page, setting it up and
editing it, and its members. Its meetings live in ia_meetings."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ia_meetings import selectors as meetings
from portal.caching import anonymous_page
from portal.editing import form_save
from portal.permissions import permission_required
from portal.rules import is_oversight
from portal.services import ServiceError

from .. import selectors, services
from ..forms import PlatformForm, PlatformMemberForm
from ..models import Platform, PlatformMember
from .common import state_from_url


@anonymous_page
@permission_required("partnerships.view")
def platform_detail(request, iso3):
    """A State's National Mine Action Platform and its meetings. Public; whether
    a meeting is overdue is for the State's focal points and oversight."""
    state = state_from_url(request, iso3)
    platform = selectors.platform_get(state=state)
    can_edit = request.user.has_perm("partnerships.edit_platform", state)
    return render(
        request,
        "partnerships/platform_detail.html",
        {
            "state": state,
            "platform": platform,
            "can_edit": can_edit,
            "cadence": platform and selectors.platform_cadence(platform=platform),
            "members": platform
            and selectors.platform_members_by_group(platform=platform),
            "show_cadence": can_edit or is_oversight(request.user),
            "meetings": meetings.country_meetings(
                state=state, user=request.user, kind="nmap"
            ),
            "member_form": PlatformMemberForm() if can_edit and platform else None,
        },
    )


@permission_required("partnerships.edit_platform", fn=state_from_url)
def platform_edit(request, iso3):
    """Set up or edit a State's NMAP. The State's focal points and the ISU."""
    state = state_from_url(request, iso3)
    platform = selectors.platform_get(state=state)
    form = PlatformForm(request.POST or None, instance=platform)
    context = {"state": state, "platform": platform, "form": form}
    if request.method == "POST" and form.is_valid():
        if platform is None:
            ok, _saved = form_save(
                form,
                context,
                lambda: services.platform_create(
                    state=state, actor=request.user, **form.values()
                ),
            )
        else:
            ok, _saved = form_save(
                form,
                context,
                lambda: services.platform_update(
                    platform=platform,
                    actor=request.user,
                    expected_version=form.expected_version,
                    **form.values(),
                ),
            )
        if ok:
            messages.success(request, _("National Mine Action Platform saved."))
            return redirect("partnerships:platform", iso3=state.iso3)
    return render(request, "partnerships/platform_form.html", context)


@require_POST
@permission_required("partnerships.edit_platform", fn=state_from_url)
def platform_member_add(request, iso3):
    """Add a member to the platform's participatory component."""
    state = state_from_url(request, iso3)
    platform = get_object_or_404(Platform, state=state)
    form = PlatformMemberForm(request.POST)
    if form.is_valid():
        try:
            services.platform_member_add(
                platform=platform, actor=request.user, **form.cleaned_data
            )
        except ServiceError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request, _("%(name)s added.") % {"name": form.cleaned_data["name"]}
            )
    else:
        errors = "; ".join(e for errs in form.errors.values() for e in errs)
        messages.error(request, _("Member not added: %(errors)s") % {"errors": errors})
    return redirect(reverse("partnerships:platform", args=[state.iso3]) + "#members")


@require_POST
@permission_required("partnerships.edit_platform", fn=state_from_url)
def platform_member_remove(request, iso3, pk):
    state = state_from_url(request, iso3)
    member = get_object_or_404(PlatformMember, pk=pk, platform__state=state)
    services.platform_member_remove(member=member, actor=request.user)
    messages.success(request, _("%(name)s removed.") % {"name": member.name})
    return redirect(reverse("partnerships:platform", args=[state.iso3]) + "#members")
