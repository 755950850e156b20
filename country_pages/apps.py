from django.apps import AppConfig


class CountryPagesConfig(AppConfig):
    name = "country_pages"
    verbose_name = "Country pages"
