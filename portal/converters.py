"""Path converters that refuse, at the address, what no record could match.

Django's `int` takes any number of digits (an id beyond 64 bits made SQLite
raise OverflowError) and `str` takes any character (a NUL byte made PostgreSQL
refuse the query): both were server errors. With these, such an address is a
plain 404 before any view or query runs.
"""

from django.urls import register_converter


class IdConverter:
    """A primary key or a number: at most 18 digits, so it fits in 64 bits."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class Iso3Converter:
    """An ISO 3166-1 alpha-3 code (views look it up case-insensitively)."""

    regex = "[A-Za-z]{3}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class TokenConverter:
    """A signed token (django.core.signing), which may carry an e-mail
    address: one path segment of bounded length (NUL bytes are refused by
    RefuseUnusableInputMiddleware)."""

    regex = "[^/]{1,500}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


def register():
    register_converter(IdConverter, "id")
    register_converter(Iso3Converter, "iso3")
    register_converter(TokenConverter, "token")
