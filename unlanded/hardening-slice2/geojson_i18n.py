p='country_pages/geojson.py'
s=open(p).read()
R=[
('''raise GeoJSONError("GeoJSON must be an object with a “type”.")''',
 '''raise GeoJSONError(_("GeoJSON must be an object with a “type”."))'''),
('''raise GeoJSONError("A FeatureCollection needs a list of “features”.")''',
 '''raise GeoJSONError(
                _("A FeatureCollection needs a list of “features”.")
            )'''),
('''raise GeoJSONError(f"Unknown GeoJSON type “{data['type']}”.")''',
 '''raise GeoJSONError(
            _("Unknown GeoJSON type “%(type)s”.") % {"type": str(data["type"])[:40]}
        )'''),
('''raise GeoJSONError(f"Feature {index} is not a GeoJSON Feature.")''',
 '''raise GeoJSONError(
                _("Feature %(index)s is not a GeoJSON Feature.") % {"index": index}
            )'''),
('''            raise GeoJSONError(
                f"The map has more than {MAX_POSITIONS:,} positions; simplify it."
            )''',
 '''            raise GeoJSONError(
                _("The map has more than %(limit)s positions; simplify it.")
                % {"limit": f"{MAX_POSITIONS:,}"}
            )'''),
('''raise GeoJSONError("The file has no geometry to draw.")''',
 '''raise GeoJSONError(_("The file has no geometry to draw."))'''),
('''raise GeoJSONError(f"Feature {index} has a position that is not [lon, lat].")''',
 '''raise GeoJSONError(
            _("Feature %(index)s has a position that is not [lon, lat].")
            % {"index": index}
        )'''),
('''        raise GeoJSONError(
            f"Feature {index} has a position outside longitude/latitude ranges "
            "(GeoJSON uses WGS 84 degrees)."
        )''',
 '''        raise GeoJSONError(
            _(
                "Feature %(index)s has a position outside longitude/latitude "
                "ranges (GeoJSON uses WGS 84 degrees)."
            )
            % {"index": index}
        )'''),
('''raise GeoJSONError(f"Feature {index} has no valid geometry type.")''',
 '''raise GeoJSONError(
            _("Feature %(index)s has no valid geometry type.") % {"index": index}
        )'''),
('''raise GeoJSONError(f"Feature {index}: a collection needs “geometries”.")''',
 '''raise GeoJSONError(
                _("Feature %(index)s: a collection needs “geometries”.")
                % {"index": index}
            )'''),
('''        raise GeoJSONError(
            f"Feature {index}: coordinates do not match a {geometry['type']}."
        ) from exc''',
 '''        raise GeoJSONError(
            _("Feature %(index)s: coordinates do not match a %(type)s.")
            % {"index": index, "type": geometry["type"]}
        ) from exc'''),
]
for a,b in R:
    assert a in s, a
    s=s.replace(a,b)
open(p,'w').write(s)
