"""Issue 16, classes 2 and 3: a hostile or oversized map gets a clear message,
saves nothing, and what a map costs to show is bounded."""

import io
import json
import math
import random
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from country_pages.geojson import MAX_SVG_BYTES, geojson_parse, geojson_to_svg
from country_pages.models import PageMap

ADD_URL = reverse("country_pages:map_add", args=["AGO"])


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def png_header_of(width: int, height: int) -> bytes:
    """A small PNG claiming `width` × `height` pixels (one zlib stream of
    zeros): a few kB that would decode to gigabytes."""

    def chunk(kind, data):
        body = kind + data
        return (
            struct.pack(">I", len(data))
            + body
            + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", rows)
        + chunk(b"IEND", b"")
    )


def post_map(client, content, name="map.geojson"):
    return client.post(
        ADD_URL, {"title": "Map", "file": SimpleUploadedFile(name, content)}
    )


def feature(geometry):
    return {"type": "Feature", "properties": {}, "geometry": geometry}


HOSTILE_GEOJSON = {
    "an empty GeometryCollection": json.dumps(
        feature({"type": "GeometryCollection", "geometries": []})
    ).encode(),
    "a coordinate of 5,000 digits": (
        b'{"type": "Point", "coordinates": [' + b"1" * 5000 + b", 2]}"
    ),
    "100,000 nested brackets": b'{"type": "Point", "coordinates": '
    + b"[" * 100_000
    + b"]" * 100_000
    + b"}",
    "NaN": b'{"type": "Point", "coordinates": [NaN, 1]}',
    "collections nested 50 deep": json.dumps(
        feature(
            json.loads(
                '{"type":"GeometryCollection","geometries":[' * 50
                + '{"type":"Point","coordinates":[1,2]}'
                + "]}" * 50
            )
        )
    ).encode(),
}


@pytest.mark.parametrize("case", HOSTILE_GEOJSON)
def test_hostile_geojson_gets_a_clear_message_and_saves_nothing(
    case, focal_point, client_for
):
    response = post_map(client_for(focal_point), HOSTILE_GEOJSON[case])
    assert response.status_code == 200, case
    html = response.content.decode()
    assert "The GeoJSON is not valid" in html or "no geometry" in html, case
    assert not PageMap.objects.exists()


@pytest.mark.parametrize("size", [(20_000, 20_000), (13_000, 13_000), (12_000, 100)])
def test_an_image_of_too_many_pixels_is_refused_before_it_is_decoded(
    size, focal_point, client_for
):
    """A 20,000 × 20,000 PNG was a server error (Pillow's decompression bomb);
    a 13,000 × 13,000 one (20 kB) was accepted and served on the public page."""
    response = post_map(client_for(focal_point), png_header_of(*size), "map.png")
    assert response.status_code == 200
    html = response.content.decode()
    assert "the limit is 25 megapixels and 10,000 pixels a side" in html
    if size != (20_000, 20_000):  # beyond Pillow's own limit: no size read
        assert f"The image is {size[0]:,} × {size[1]:,} pixels" in html
    assert not PageMap.objects.exists()


def test_a_large_geojson_is_simplified_for_the_page(focal_point, client_for):
    """A coastline of 99,990 points drew a 6.3 MB SVG inline; it is now drawn at
    what shows at the drawing's size."""
    rng = random.Random(4)
    ring = []
    for i in range(99_990):
        angle = 6.283 * i / 99_990
        radius = 1 + rng.uniform(-0.0005, 0.0005)
        ring.append(
            [
                round(13 + radius * 2 * math.cos(angle), 4),
                round(-9 + radius * math.sin(angle), 4),
            ]
        )
    ring.append(ring[0])
    raw = json.dumps(feature({"type": "Polygon", "coordinates": [ring]})).encode()
    assert len(raw) < 2 * 1024 * 1024
    response = post_map(client_for(focal_point), raw)
    assert response.status_code == 302
    svg = PageMap.objects.get().svg
    assert len(svg) < MAX_SVG_BYTES
    assert svg.count(" L ") < 5_000


def test_a_map_too_detailed_even_simplified_is_refused_with_a_message():
    rng = random.Random(5)
    points = [[rng.uniform(0, 40), rng.uniform(0, 40)] for _ in range(30_000)]
    raw = json.dumps({"type": "MultiPoint", "coordinates": points}).encode()
    with pytest.raises(ValueError, match="too detailed to show on the page"):
        geojson_to_svg(geojson_parse(raw), title="Points")


def test_png_header_helper_builds_what_it_claims():
    from PIL import Image

    with Image.open(io.BytesIO(png_header_of(30, 20))) as image:
        assert image.size == (30, 20)
