from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import rules as portal_rules

# (url name, label, who sees it); a link whose app is not installed is left out.
NAV = [
    ("country_pages:index", _("Countries"), None),
    ("partnerships:needs", _("Needs"), None),
    ("ia_meetings:list", _("Meetings"), None),
    ("partnerships:index", _("Partnerships"), None),
    ("portal:dashboard", _("Dashboard"), portal_rules.is_signed_in),
    ("portal:manage", _("Manage"), portal_rules.is_isu),
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
        "languages": page_languages(request),
    }


def page_languages(request) -> list[dict]:
    """This page in each language: for the switcher and hreflang links."""
    current = get_language()
    path = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]
