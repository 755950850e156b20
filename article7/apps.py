from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Article7Config(AppConfig):
    # Its country_sections.py, meeting_sections.py and panels.py are discovered
    # by country_pages, ia_meetings and portal.
    name = "article7"
    verbose_name = _("Article 7 reports")
