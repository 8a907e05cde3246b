"""Write country_points.tsv: each country's reference point, the one GeoNames and the geoparsing corpora use.

GeoNames places a country at a rounded point inside its territory, most often the CIA World Factbook's
"geographic coordinates" (Spain 40N 4W, Egypt 27N 30E) but not always (Canada 60.1N 113.6W, the Factbook's
60N 95W; the United States 39.76N 98.5W). Gold corpora scored within 10 km (LGL, GeoWebNews, TR-News) carry
GeoNames' points, so a country placed anywhere else is counted 40-1,000 km off however right the reading was.

GeoNames' own points for 196 countries come from country_points_geonames.tsv (Gerald Venzl's sample data
set, CC BY 4.0; its points equal GeoNames' for all 41 countries checked). The countryinfo package (MIT)
carries the Factbook points, used for the territories that table lacks; it is needed only to regenerate:

    pip install countryinfo==1.0.1 && python src/flashpoint/gazetteer/data/make_country_points.py
"""
import pathlib

from countryinfo import all_countries

HEADER = ("# ISO 3166-1 alpha-2 <TAB> latitude <TAB> longitude: the country's reference point, GeoNames' own where\n"
          "# country_points_geonames.tsv has it (CC BY 4.0), else the CIA World Factbook's from countryinfo 1.0.1 (MIT).\n"
          "# Regenerate with make_country_points.py.\n")


def geonames_points(path: pathlib.Path) -> dict[str, str]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, lat, lon = line.split("\t")[:3]
            rows[code] = f"{code}\t{float(lat):.5f}\t{float(lon):.5f}"
    return rows


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
    here = pathlib.Path(__file__)
    geonames = geonames_points(here.with_name("country_points_geonames.tsv"))
    rows = [geonames.get(code, row) for code, (row, _) in points.items()]
    rows += [row for code, row in geonames.items() if code not in points]
    out = here.with_name("country_points.tsv")
    out.write_text(HEADER + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries -> {out}")


if __name__ == "__main__":
    main()
