from django.conf import settings
from django.urls import NoReverseMatch, reverse

from . import rules as portal_rules

# (url name, label, who sees it); a link whose app is not installed is left out.
NAV = [
    ("country_pages:index", "Countries", None),
    ("partnerships:needs", "Needs", None),
    ("ia_meetings:list", "Meetings", None),
    ("partnerships:index", "Partnerships", None),
    ("portal:dashboard", "Dashboard", portal_rules.is_signed_in),
    ("portal:manage", "Manage", portal_rules.is_isu),
]


def portal(request):
    user = request.user
    nav = []
    for name, label, predicate in NAV:
        if predicate is not None and not predicate(user):
            continue
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        nav.append(
            {"url": url, "label": label, "current": request.path.startswith(url)}
        )
    if nav and nav[0]["url"] == "/":
        nav[0]["current"] = request.path == "/"
    return {
        "portal_name": settings.PORTAL_NAME,
        "portal_demo": settings.PORTAL_DEMO,
        "nav_items": nav,
    }
