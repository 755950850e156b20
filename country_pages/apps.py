from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CountryPagesConfig(AppConfig):
    name = "country_pages"
    verbose_name = "Country pages"

    def ready(self):
        # The apps above fill the page's IA, partnerships and reporting
        # sections from their country_sections.py (country_pages.registry).
        autodiscover_modules("country_sections")
