from django.http import HttpResponse
from django.urls import include, path


def trivial(request):
    """The yardstick: a view that does nothing but answer."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/trivial/", trivial),
    path("", include("portal.urls")),
]
