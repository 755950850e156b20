import pytest


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Anonymous country pages are cached; a test must not see another's pages."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
