"""GeoJSON maps: validated on upload and drawn once to SVG for the page.

The page embeds the SVG, so a map shows without JavaScript and without fetching
tiles from elsewhere (the CSP allows nothing from other sites). Positions are
projected equirectangularly, scaled by the cosine of the mean latitude so a
country keeps its shape.

What a map costs is bounded: the file (2 MB, forms.py), its positions
(MAX_POSITIONS), the nesting of its collections and arrays (a JSON of 100,000
nested brackets, a number of 5,000 digits and an empty collection were server
errors), and the drawing: lines and areas are simplified to what shows at the
drawing's size (Douglas-Peucker, half a pixel), and a drawing still larger than
MAX_SVG_BYTES is refused with a message asking for a simpler file.
"""

import json
import math

from django.utils.html import escape
from django.utils.translation import gettext as _

GEOMETRY_TYPES = {
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
}
MAX_POSITIONS = 100_000
# GeometryCollections inside GeometryCollections, at most this deep.
MAX_COLLECTION_DEPTH = 8
# A longitude or latitude written with more characters than this is not one.
MAX_NUMBER_CHARS = 40
WIDTH = 800
# Half a pixel of the drawing: finer detail does not show.
TOLERANCE = 0.5
# The drawing embedded in the page, at most (after simplification).
MAX_SVG_BYTES = 400_000


class GeoJSONError(ValueError):
    """The file is not GeoJSON the page can draw; the message says why."""


def geojson_parse(raw: bytes) -> list[tuple[dict, dict]]:
    """Check a GeoJSON document; returns its (geometry, properties) pairs."""
    try:
        data = json.loads(
            raw.decode("utf-8-sig"),
            parse_int=_number(int),
            parse_float=_number(float),
            parse_constant=_no_constant,
        )
    except RecursionError as exc:
        raise GeoJSONError(_("The file nests its arrays too deeply.")) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        # JSONDecodeError, and the numbers refused by _number (ValueError).
        raise GeoJSONError(
            _("The file is not JSON the map can use: %(error)s") % {"error": exc}
        ) from exc
    if not isinstance(data, dict) or "type" not in data:
        raise GeoJSONError("GeoJSON must be an object with a “type”.")
    if data["type"] == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list):
            raise GeoJSONError("A FeatureCollection needs a list of “features”.")
    elif data["type"] == "Feature":
        features = [data]
    elif data["type"] in GEOMETRY_TYPES:
        features = [{"type": "Feature", "geometry": data, "properties": {}}]
    else:
        raise GeoJSONError(f"Unknown GeoJSON type “{data['type']}”.")
    pairs = []
    count = 0
    for index, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise GeoJSONError(f"Feature {index} is not a GeoJSON Feature.")
        geometry = feature.get("geometry")
        if geometry is None:
            continue
        positions = _check_geometry(geometry, index)
        if not positions:
            continue  # e.g. an empty GeometryCollection: nothing to draw
        count += positions
        if count > MAX_POSITIONS:
            raise GeoJSONError(
                f"The map has more than {MAX_POSITIONS:,} positions; simplify it."
            )
        properties = feature.get("properties")
        pairs.append((geometry, properties if isinstance(properties, dict) else {}))
    if not pairs:
        raise GeoJSONError("The file has no geometry to draw.")
    return pairs


def _number(kind):
    def parse(text: str):
        if len(text) > MAX_NUMBER_CHARS:
            raise ValueError(
                _("a number of %(count)s characters") % {"count": f"{len(text):,}"}
            )
        return kind(text)

    return parse


def _no_constant(name: str):
    raise ValueError(_("%(name)s is not a number") % {"name": name})


def _check_position(position, index) -> None:
    if (
        not isinstance(position, list)
        or len(position) < 2
        or not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in position[:2]
        )
    ):
        raise GeoJSONError(f"Feature {index} has a position that is not [lon, lat].")
    lon, lat = position[0], position[1]
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise GeoJSONError(
            f"Feature {index} has a position outside longitude/latitude ranges "
            "(GeoJSON uses WGS 84 degrees)."
        )


def _positions(geometry) -> list:
    kind, coords = geometry["type"], geometry.get("coordinates")
    depth = {
        "Point": 0,
        "MultiPoint": 1,
        "LineString": 1,
        "MultiLineString": 2,
        "Polygon": 2,
        "MultiPolygon": 3,
    }[kind]
    level = [coords]
    for _level in range(depth):
        nxt = []
        for item in level:
            if not isinstance(item, list):
                raise ValueError
            nxt.extend(item)
        level = nxt
    return level


def _check_geometry(geometry, index, depth=0) -> int:
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
        raise GeoJSONError(f"Feature {index} has no valid geometry type.")
    if geometry["type"] == "GeometryCollection":
        parts = geometry.get("geometries")
        if not isinstance(parts, list):
            raise GeoJSONError(f"Feature {index}: a collection needs “geometries”.")
        if depth >= MAX_COLLECTION_DEPTH:
            raise GeoJSONError(
                _("Feature %(index)s nests collections too deeply.") % {"index": index}
            )
        return sum(_check_geometry(part, index, depth + 1) for part in parts)
    try:
        positions = _positions(geometry)
    except (ValueError, TypeError) as exc:
        raise GeoJSONError(
            f"Feature {index}: coordinates do not match a {geometry['type']}."
        ) from exc
    for position in positions:
        _check_position(position, index)
    return len(positions)


def _flatten(geometry):
    """(kind, parts) pieces to draw: kind is area, line or point."""
    kind = geometry["type"]
    coords = geometry.get("coordinates")
    if kind == "GeometryCollection":
        for part in geometry["geometries"]:
            yield from _flatten(part)
    elif kind == "Point":
        yield "point", [[coords]]
    elif kind == "MultiPoint":
        yield "point", [[p] for p in coords]
    elif kind == "LineString":
        yield "line", [coords]
    elif kind == "MultiLineString":
        yield "line", coords
    elif kind == "Polygon":
        yield "area", coords
    elif kind == "MultiPolygon":
        for polygon in coords:
            yield "area", polygon


def geojson_to_svg(pairs: list[tuple[dict, dict]], *, title: str) -> str:
    """Draw checked GeoJSON as an accessible SVG (classes styled by portal.css)."""
    pieces = []
    for geometry, properties in pairs:
        name = properties.get("name") or properties.get("title") or ""
        for kind, parts in _flatten(geometry):
            pieces.append((kind, parts, str(name)))
    lons = [p[0] for _, parts, _ in pieces for ring in parts for p in ring]
    lats = [p[1] for _, parts, _ in pieces for ring in parts for p in ring]
    min_lon, max_lon, min_lat, max_lat = min(lons), max(lons), min(lats), max(lats)
    x_scale = math.cos(math.radians((min_lat + max_lat) / 2)) or 1
    span_x = max((max_lon - min_lon) * x_scale, 1e-6)
    span_y = max(max_lat - min_lat, 1e-6)
    pad = 10
    scale = (WIDTH - 2 * pad) / max(span_x, span_y)
    height = round(span_y * scale + 2 * pad)
    width = round(span_x * scale + 2 * pad)

    def xy(position):
        x = pad + (position[0] - min_lon) * x_scale * scale
        y = pad + (max_lat - position[1]) * scale
        return x, y

    def text(point):
        return f"{point[0]:.1f} {point[1]:.1f}"

    shapes = []
    drawn_points = set()
    for kind, parts, name in pieces:
        label = f"<title>{escape(name)}</title>" if name else ""
        if kind == "point":
            for ring in parts:
                x, y = text(xy(ring[0])).split()
                if (x, y) in drawn_points:
                    continue  # the same spot at the drawing's size
                drawn_points.add((x, y))
                shapes.append(
                    f'<circle class="map-point" cx="{x}" cy="{y}" r="5">{label}'
                    "</circle>"
                )
        else:
            closing = " Z" if kind == "area" else ""
            rings = [simplify([xy(p) for p in ring]) for ring in parts]
            d = " ".join(
                "M " + " L ".join(text(p) for p in ring) + closing
                for ring in rings
                if ring
            )
            if d:
                shapes.append(f'<path class="map-{kind}" d="{d}">{label}</path>')
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="geo-map" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{''.join(shapes)}</svg>"
    )
    if len(svg) > MAX_SVG_BYTES:
        raise GeoJSONError(
            _(
                "The map is too detailed to show on the page, even simplified "
                "(%(size)s kB drawn; the limit is %(limit)s kB). Simplify the "
                "geometry or merge points, then upload it again."
            )
            % {"size": f"{len(svg) // 1000:,}", "limit": f"{MAX_SVG_BYTES // 1000:,}"}
        )
    return svg


def simplify(points: list, tolerance: float = TOLERANCE) -> list:
    """Douglas-Peucker in drawing units, without recursion: the points whose
    removal would move the line by more than `tolerance`, ends kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        farthest, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            else:
                distance = math.hypot(px - x1, py - y1)
            if distance > farthest:
                farthest, index = distance, i
        if farthest > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, kept in zip(points, keep, strict=True) if kept]
