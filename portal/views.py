from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.permissions import permission_required

from . import selectors, services
from .caching import anonymous_page
from .dashboard import panels_for
from .exports import csv_response
from .filters import AuditEntryFilter
from .forms import DonorRequestForm, LanguageForm, RoleForm, UserSearchForm
from .models import Role, User
from .rules import is_pending_donor


def bad_request(request, exception=None):
    """Django's 400 (e.g. a form far beyond the size any page sends), as a page
    of the portal in the reader's language."""
    return render(request, "400.html", status=400)


def healthz(request):
    """For load balancers and container healthchecks: the database answers."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


@anonymous_page
def home(request):
    """The home page: leads each kind of visitor to their task. Public."""
    return render(request, "portal/home.html")


@permission_required("portal.view_dashboard")
def dashboard(request):
    """The signed-in user's tasks, gathered from every app's panels."""
    return render(
        request,
        "portal/dashboard.html",
        {
            "panels": panels_for(request),
            "pending_donor": is_pending_donor(request.user),
            "language_form": LanguageForm(
                initial={"language": request.user.preferred_language}
            ),
        },
    )


@permission_required("portal.view_dashboard")
def donor_request(request):
    """A signed-in person asks the ISU for donor access."""
    form = DonorRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.donor_request(user=request.user, **form.cleaned_data)
        except services.ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request, _("Your request has been sent; the ISU will review it.")
            )
            return redirect("portal:dashboard")
    return render(request, "portal/donor_request.html", {"form": form})


@permission_required("portal.view_dashboard")
@require_POST
def language_preference(request):
    """A signed-in person chooses the language of their pages after sign-in and
    of their e-mails; the dashboard then opens in it. (Any page can be read in
    any language from the switcher: the language is in the address.)"""
    form = LanguageForm(request.POST)
    if form.is_valid():
        language = form.cleaned_data["language"]
        services.user_set_language(user=request.user, language=language)
        with translation.override(language):
            messages.success(request, _("Your language is saved."))
        return redirect(translate_url(reverse("portal:dashboard"), language))
    messages.error(request, _("Choose one of the languages offered."))
    return redirect("portal:dashboard")


@permission_required("portal.manage")
def manage(request):
    """The ISU's management index. ISU staff only."""
    return render(
        request,
        "portal/manage.html",
        {"pending_donors": selectors.donor_request_list().count()},
    )


@permission_required("portal.manage_roles")
def user_list(request):
    """Every account with its role, searchable. ISU staff only."""
    form = UserSearchForm(request.GET or None)
    search, role = "", ""
    if form.is_valid():
        search, role = form.cleaned_data["q"], form.cleaned_data["role"]
    page = Paginator(selectors.user_list(search=search, role=role), 50).get_page(
        request.GET.get("page")
    )
    return render(request, "portal/user_list.html", {"form": form, "page": page})


@permission_required("portal.manage_roles")
def user_role(request, pk):
    """Change one person's role. ISU staff only."""
    person = get_object_or_404(User, pk=pk)
    form = RoleForm(
        request.POST or None,
        initial={"role": person.role, "is_committee_chair": person.is_committee_chair},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.user_set_role(user=person, actor=request.user, **form.cleaned_data)
        except services.ServiceError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("%(person)s is now %(role)s.")
                % {"person": person, "role": person.role_label},
            )
            return redirect("portal:user_list")
    return render(request, "portal/user_role.html", {"person": person, "form": form})


@permission_required("portal.approve_donors")
def donor_requests(request):
    """Donor access requests waiting for a decision. ISU staff only."""
    return render(
        request,
        "portal/donor_requests.html",
        {"requests": selectors.donor_request_list()},
    )


@require_POST
@permission_required("portal.approve_donors")
def donor_decide(request, pk):
    person = get_object_or_404(User, pk=pk, role=Role.DONOR)
    approve = request.POST.get("decision") == "approve"
    try:
        services.donor_decide(user=person, actor=request.user, approve=approve)
    except services.ServiceError as exc:
        messages.error(request, str(exc))
    else:
        message = (
            _("%(person)s (%(organisation)s) approved as a donor.")
            if approve
            else _("%(person)s (%(organisation)s) rejected.")
        )
        messages.success(
            request, message % {"person": person, "organisation": person.organisation}
        )
    return redirect("portal:donor_requests")


@permission_required("portal.view_audit")
def audit(request):
    """Every change recorded: who, when, what, before and after; filtered by
    person, State, kind and dates, and exported as CSV. ISU staff only."""
    entries = AuditEntryFilter(request.GET, queryset=selectors.audit_entry_list())
    if request.GET.get("format") == "csv":
        return csv_response(
            selectors.audit_export_rows(entries=entries.qs),
            columns=selectors.AUDIT_EXPORT_COLUMNS,
            filename="audit-trail",
        )
    page = Paginator(entries.qs, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "portal/audit.html",
        {"filter": entries, "page": page, "query": query.urlencode()},
    )
