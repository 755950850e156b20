"""What a role notices when a page is open to it, or refused.

A status code alone cannot tell a working page from a broken one that happens
to answer 200, nor a refusal from a failed action that redirects: these check
what the person reads.
"""

from urllib.parse import parse_qs, urlsplit

from django.urls import reverse

REFUSED_TEXT = "This page is not open to your account"


def assert_shows(response, *texts: str) -> str:
    """The page opened and shows each of `texts`; returns its HTML."""
    html = response.content.decode()
    assert response.status_code == 200, f"expected the page, got {response.status_code}"
    for text in texts:
        assert text in html, f"{text!r} is not on the page"
    return html


def assert_refused(response, user, *, hidden: tuple[str, ...] = ()) -> None:
    """Anonymous readers are sent to sign in and come back here afterwards;
    signed-in readers read that the page is not open to their account. Either
    way none of `hidden` reaches them."""
    html = response.content.decode()
    if user is None:
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("account_login")
        assert parse_qs(location.query).get("next"), "sign-in forgets the page"
    else:
        assert response.status_code == 403
        assert REFUSED_TEXT in html
    for text in hidden:
        assert text not in html, f"{text!r} leaked to a refused reader"
