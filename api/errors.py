"""Every error of the API is JSON: `{"detail": "...", "errors": {...}}`.

`errors` (bad parameters only) names each parameter with what is wrong with
it, so a caller can fix the request without reading the documentation.
"""

from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


def _messages(value) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    if isinstance(value, dict):
        return [f"{key}: {', '.join(_messages(item))}" for key, item in value.items()]
    return [str(value)]


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            errors = {str(key): _messages(value) for key, value in detail.items()}
        else:
            errors = {"non_field_errors": _messages(detail)}
        response.data = {
            "detail": _("The request's parameters are not valid."),
            "errors": errors,
        }
    else:
        data = response.data
        detail = data.get("detail") if isinstance(data, dict) else data
        response.data = {"detail": str(detail)}
    return response
