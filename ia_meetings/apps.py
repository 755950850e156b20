from django.apps import AppConfig


class IaMeetingsConfig(AppConfig):
    name = "ia_meetings"
    verbose_name = "IA meetings"
