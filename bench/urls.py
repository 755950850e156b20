from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def trivial(request):
    """The yardstick: a view that does nothing but answer."""
    return HttpResponse("ok", content_type="text/plain")


# The portal's own patterns as they are (i18n_patterns cannot be include()d).
urlpatterns = [path("bench/trivial/", trivial), *portal_urlpatterns]
