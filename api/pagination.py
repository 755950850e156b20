"""Pages of a list: `?page=` and `?page_size=` (up to API_MAX_PAGE_SIZE).

A page that does not exist or a page size out of bounds is the caller's
mistake and gets a 400 saying what the bounds are; it is never silently
replaced by another page (DRF's default gives a 404 or clamps the size).
"""

from math import ceil

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

DEFAULT_PAGE_SIZE = 50


def _positive_int(request, name: str) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise ValidationError({name: [_("Must be a whole number.")]}) from None
    if value < 1:
        raise ValidationError({name: [_("Must be 1 or more.")]})
    return value


class StrictPageNumberPagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"

    @property
    def max_page_size(self):
        return settings.API_MAX_PAGE_SIZE

    def get_page_size(self, request):
        size = _positive_int(request, self.page_size_query_param)
        if size is None:
            return self.page_size
        if size > self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("At most %(max)d rows a page.") % {"max": self.max_page_size}
                    ]
                }
            )
        return size

    def paginate_queryset(self, queryset, request, view=None):
        page_size = self.get_page_size(request)
        number = _positive_int(request, self.page_query_param) or 1
        count = len(queryset) if isinstance(queryset, list) else queryset.count()
        pages = max(1, ceil(count / page_size))
        if number > pages:
            raise ValidationError(
                {
                    self.page_query_param: [
                        ngettext(
                            "Page %(page)d does not exist: the list has %(pages)d "
                            "page.",
                            "Page %(page)d does not exist: the list has %(pages)d "
                            "pages.",
                            pages,
                        )
                        % {"page": number, "pages": pages}
                    ]
                }
            )
        paginator = self.django_paginator_class(queryset, page_size)
        # The count is known: the paginator need not ask the database again.
        paginator.__dict__["count"] = count
        self.page = paginator.page(number)
        self.request = request
        return list(self.page)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
            elif parameter["name"] == self.page_query_param:
                parameter["schema"].update(minimum=1)
        return parameters
