"""Maps on a country page: PNG, JPEG and validated GeoJSON; nothing else."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from country_pages import services
from country_pages.models import MapKind, PageMap
from tests.roles import assert_refused

ADD_URL = reverse("country_pages:map_add", args=["AGO"])

GEOJSON = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Hazardous area <b>7</b>"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [[13.2, -8.8], [13.4, -8.8], [13.4, -9.0], [13.2, -8.8]]
                ],
            },
        },
        {
            "type": "Feature",
            "properties": {},
            "geometry": {"type": "Point", "coordinates": [13.3, -8.9]},
        },
    ],
}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def image_bytes(fmt):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(buffer, fmt)
    return buffer.getvalue()


def upload(client, name, content, title="Contamination map"):
    return client.post(
        ADD_URL,
        {
            "title": title,
            "source": "Nationally-owned IMSMA data",
            "file": SimpleUploadedFile(name, content),
        },
    )


@pytest.mark.parametrize(
    "name,fmt,content_type",
    [("map.png", "PNG", "image/png"), ("map.jpeg", "JPEG", "image/jpeg")],
)
def test_png_and_jpeg_maps_are_accepted(
    name, fmt, content_type, focal_point, client_for
):
    response = upload(client_for(focal_point), name, image_bytes(fmt))
    assert response["Location"] == reverse("country_pages:edit", args=["AGO"])
    page_map = PageMap.objects.get()
    assert (page_map.kind, page_map.content_type) == (MapKind.IMAGE, content_type)
    assert not page_map.is_published


def test_geojson_is_drawn_on_the_page_once_published(
    focal_point, client_for, angola, client, django_capture_on_commit_callbacks
):
    upload(client_for(focal_point), "areas.geojson", json.dumps(GEOJSON).encode())
    page_map = PageMap.objects.get()
    assert page_map.kind == MapKind.GEOJSON
    assert page_map.svg.startswith("<svg")
    assert "Hazardous area &lt;b&gt;7&lt;/b&gt;" in page_map.svg
    detail = reverse("country_pages:detail", args=["AGO"])
    assert "<svg" not in client.get(detail).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.country_page_publish(state=angola, user=focal_point)
    html = client.get(detail).content.decode()
    assert 'class="geo-map"' in html and "Nationally-owned IMSMA data" in html


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("map.gif", b"GIF89a\x01\x00\x01\x00", "Upload a PNG or JPEG image"),
        ("map.png", b"\x89PNG\r\n\x1a\nnot really", "could not be read"),
        ("map.geojson", b"{not json", "not JSON"),
        ("map.geojson", b'{"type": "Spaceship"}', "Unknown GeoJSON type"),
        (
            "map.geojson",
            json.dumps({"type": "Point", "coordinates": [200, 95]}).encode(),
            "outside longitude/latitude",
        ),
        (
            "map.geojson",
            json.dumps({"type": "Polygon", "coordinates": [1, 2]}).encode(),
            "coordinates do not match",
        ),
        (
            "map.geojson",
            b'{"type": "FeatureCollection", "features": []}',
            "no geometry",
        ),
        ("map.svg", b"<svg onload='alert(1)'></svg>", "Upload a PNG or JPEG"),
    ],
)
def test_wrong_files_get_a_clear_message_and_save_nothing(
    name, content, message, focal_point, client_for
):
    response = upload(client_for(focal_point), name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PageMap.objects.exists()


def test_files_over_the_size_limit_are_refused(focal_point, client_for):
    big = b"\x89PNG\r\n\x1a\n" + b"0" * (5 * 1024 * 1024 + 1)
    response = upload(client_for(focal_point), "big.png", big)
    assert "the limit is 5 MB" in response.content.decode()
    big_geojson = b'{"type": "FeatureCollection", "features": [' + b" " * (
        2 * 1024 * 1024
    )
    response = upload(client_for(focal_point), "big.geojson", big_geojson)
    assert "the limit is 2 MB" in response.content.decode()
    assert not PageMap.objects.exists()


def file_bytes(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_draft_map_file_is_only_for_those_who_see_drafts(
    role, make_user, client_for, angola, focal_point
):
    """Before publishing, others are sent to sign in or told there is no such
    map; once published, everyone gets the file."""
    user = make_user(role) if role != "focal_point" else focal_point
    content = image_bytes("PNG")
    upload(client_for(focal_point), "map.png", content)
    page_map = PageMap.objects.get()
    response = client_for(user).get(page_map.get_file_url())
    if role in {"focal_point", "isu", "committee", "chair"}:
        assert response["Content-Type"] == "image/png"
        assert file_bytes(response) == content
    elif user is None:
        assert_refused(response, user)
    else:
        assert response.status_code == 404
        assert b"PNG" not in response.content
    services.country_page_publish(state=angola, user=focal_point)
    assert file_bytes(client_for(user).get(page_map.get_file_url())) == content


def test_only_angolas_editors_remove_a_map(role, make_user, client_for, focal_point):
    user = make_user(role) if role != "focal_point" else focal_point
    upload(client_for(focal_point), "map.png", image_bytes("PNG"))
    page_map = PageMap.objects.get()
    client_for(user).post(
        reverse("country_pages:map_delete", args=["AGO", page_map.pk])
    )
    assert PageMap.objects.exists() is (role not in {"focal_point", "isu"})


def test_only_angolas_editors_upload_a_map(role, make_user, client_for):
    user = make_user(role)
    upload(client_for(user), "map.png", image_bytes("PNG"))
    assert PageMap.objects.exists() is (role in {"focal_point", "isu"})
