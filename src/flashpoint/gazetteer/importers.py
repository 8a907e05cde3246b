"""Import GeoNames dumps and users' own place lists into the index.

Every import is one transaction: the file is validated while it streams in, and
the first malformed line rolls everything back and raises
``GazetteerImportError`` naming the file, the line and the problem, so a bad or
truncated download never leaves a half-imported index. Big files (allCountries
holds ~12M rows) are streamed line by line and inserted in batches.
"""
from __future__ import annotations

import csv
import io
import math
import re
import sqlite3
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from flashpoint import config
from flashpoint.gazetteer.names import display_form, indexable, is_code, normalize, skeleton, to_ascii
from flashpoint.gazetteer.store import connect, get_meta, insert_names, insert_places, now, set_meta

BATCH = 20_000
GEONAMES_COLUMNS = 19
# alternateNames "languages" that are not names: links, postcodes, airport/station codes, ...
PSEUDO_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793", "phon", "piny"})
ADMIN_CODES = {"ADM1": "ADM1", "ADM2": "ADM2", "PCLI": "PCLI", "PCL": "PCLI", "PCLD": "PCLI", "PCLF": "PCLI",
               "PCLIX": "PCLI", "PCLS": "PCLI"}
USER_REQUIRED = ("name", "latitude", "longitude", "country")
# A user list's "feature" → GeoNames class and code.
USER_FEATURES = {
    "village": ("P", "PPL"), "town": ("P", "PPL"), "city": ("P", "PPL"), "hamlet": ("P", "PPL"),
    "settlement": ("P", "PPL"), "neighbourhood": ("P", "PPLX"), "neighborhood": ("P", "PPLX"),
    "capital": ("P", "PPLC"), "district": ("A", "ADM2"), "region": ("A", "ADM1"), "province": ("A", "ADM1"),
    "border crossing": ("S", "PSTB"), "checkpoint": ("S", "PSTB"), "camp": ("S", "CMP"), "mine": ("S", "MN"),
}
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[^.\s]+$")
_ADMIN2_CODE = re.compile(r"^[A-Z]{2}\.[^.\s]+\.[^.\s]+$")


class GazetteerImportError(ValueError):
    """A file could not be imported; the index is unchanged."""


class _LineError(Exception):
    """A problem on the current line; ``import_file`` adds the file name and line number."""


# --------------------------------------------------------------------------- reading

@dataclass
class Source:
    """An input opened for streaming: a plain file or one member of a zip archive."""

    path: Path
    member: str | None  # zip member, or None
    size: int  # uncompressed bytes, for the progress bar

    @property
    def label(self) -> str:
        return f"{self.path}" + (f" ({self.member})" if self.member else "")

    @property
    def filename(self) -> str:
        return self.member or self.path.name

    def head(self, n: int = 5) -> list[str]:
        out = []
        for _, line in self.lines():
            out.append(line)
            if len(out) >= n:
                break
        return out

    @contextmanager
    def _binary(self) -> Iterator[io.BufferedIOBase]:
        if self.member is None:
            with self.path.open("rb") as fh:
                yield fh
        else:
            with zipfile.ZipFile(self.path) as zf, zf.open(self.member) as fh:
                yield fh

    def lines(self, on_bytes: Callable[[int], None] | None = None) -> Iterator[tuple[int, str]]:
        """(line number, text without newline); corrupt archives surface as ``_LineError``."""
        number = 0
        done = 0
        try:
            with self._binary() as fh:
                for number, raw in enumerate(fh, start=1):
                    done += len(raw)
                    if on_bytes is not None and number % 10_000 == 0:
                        on_bytes(done)
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError as exc:
                        raise _LineError(f"line {number}: not UTF-8 text ({exc.reason})") from None
                    yield number, text.rstrip("\r\n")
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise _LineError(f"line {number + 1}: archive is truncated or corrupt ({exc})") from None


def open_source(path: Path) -> Source:
    """The file, or the one data member of a GeoNames zip."""
    if not path.exists():
        raise GazetteerImportError(f"{path}: no such file")
    if path.suffix.lower() != ".zip":
        return Source(path, None, path.stat().st_size)
    try:
        with zipfile.ZipFile(path) as zf:
            members = [i for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith((".txt", ".csv", ".tsv"))
                       and i.filename.lower() not in ("readme.txt", "iso-languagecodes.txt")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise GazetteerImportError(f"{path}: line 0: not a valid zip archive, truncated or corrupt ({exc})") from None
    if len(members) != 1:
        names = ", ".join(i.filename for i in members) or "none"
        raise GazetteerImportError(f"{path}: line 0: expected one data file in the archive, found {names}")
    return Source(path, members[0].filename, members[0].file_size)


def detect(source: Source) -> str:
    """Format of the input: geonames | alternate_names | admin1 | admin2 | user."""
    name = source.filename.lower()
    if name.startswith("alternatename"):
        return "alternate_names"
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("admin2codes"):
        return "admin2"
    if name.endswith(".csv"):
        return "user"
    head = [line for line in source.head(5) if line.strip()]
    if not head:
        raise GazetteerImportError(f"{source.label}: line 1: the file is empty")
    first = head[0]
    cols = first.split("\t")
    if len(cols) == GEONAMES_COLUMNS:
        return "geonames"
    if len(cols) == 4 and _ADMIN1_CODE.match(cols[0]):
        return "admin1"
    if len(cols) == 4 and _ADMIN2_CODE.match(cols[0]):
        return "admin2"
    if len(cols) in (8, 10) and cols[0].isdigit() and cols[1].isdigit():
        return "alternate_names"
    header = {c.strip().lower() for c in first.split(",")}
    if set(USER_REQUIRED) <= header:
        return "user"
    raise GazetteerImportError(
        f"{source.label}: line 1: unknown format (expected a GeoNames dump, alternateNames, admin codes "
        f"or a CSV with columns {', '.join(USER_REQUIRED)}, ...)")


# --------------------------------------------------------------------------- validation helpers

def _float(value: str, what: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError:
        raise _LineError(f"{what} {value!r} is not a number") from None
    if not math.isfinite(number) or not low <= number <= high:
        raise _LineError(f"{what} {value!r} is out of range [{low:g}, {high:g}]")
    return number


def _int(value: str, what: str, default: int | None = None) -> int:
    value = value.strip()
    if not value and default is not None:
        return default
    try:
        return int(value)
    except ValueError:
        try:
            number = float(value)
        except ValueError:
            raise _LineError(f"{what} {value!r} is not an integer") from None
        if not number.is_integer():
            raise _LineError(f"{what} {value!r} is not an integer")
        return int(number)


def _columns(line: str, expected: tuple[int, ...]) -> list[str]:
    cols = line.split("\t")
    if len(cols) not in expected:
        want = " or ".join(str(n) for n in expected)
        raise _LineError(f"expected {want} tab-separated columns, found {len(cols)}")
    return cols


# --------------------------------------------------------------------------- GeoNames formats

class AdminNames:
    """(country, admin1 code[, admin2 code]) → admin area name, from the index, kept current during an import."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.adm1: dict[tuple[str, str], str] = {}
        self.adm2: dict[tuple[str, str, str], str] = {}
        for cc, a1, a2, code, name in conn.execute(
                "SELECT country, admin1_code, admin2_code, feature_code, name FROM places "
                "WHERE feature_code IN ('ADM1', 'ADM2')"):
            self.add(code, cc, a1, a2, name)

    def add(self, code: str, cc: str, a1: str | None, a2: str | None, name: str) -> None:
        if code == "ADM1" and a1:
            self.adm1.setdefault((cc, a1), name)
        elif code == "ADM2" and a1 and a2:
            self.adm2.setdefault((cc, a1, a2), name)


def _existing(conn: sqlite3.Connection, place_id: str) -> tuple | None:
    return conn.execute("SELECT name, population, timezone FROM places WHERE place_id = ?", (place_id,)).fetchone()


def _dump_row(cols: list[str]) -> dict[str, Any]:
    gid = _int(cols[0], "geonameid")
    if not cols[1].strip():
        raise _LineError("empty name")
    return {
        "geonameid": gid, "name": cols[1].strip(), "asciiname": cols[2].strip(),
        "alternates": [a for a in cols[3].split(",") if a],
        "latitude": _float(cols[4], "latitude", -90, 90), "longitude": _float(cols[5], "longitude", -180, 180),
        "feature_class": cols[6].strip() or "P", "feature_code": cols[7].strip() or "PPL",
        "country": cols[8].strip().upper() or None, "admin1_code": cols[10].strip() or None,
        "admin2_code": cols[11].strip() or None, "population": _int(cols[14], "population", 0),
        "timezone": cols[17].strip() or None,
    }


def import_geonames(conn: sqlite3.Connection, source: Source, step: Callable[[int], None]) -> dict[str, Any]:
    """A GeoNames dump (allCountries or one country): rows inserted or replaced by geonameid."""
    admins = AdminNames(conn)
    places: list[tuple] = []
    names: list[tuple] = []
    counts = {"rows": 0, "admin_areas_updated": 0}
    for number, line in source.lines(step):
        if not line.strip():
            continue
        try:
            row = _dump_row(_columns(line, (GEONAMES_COLUMNS,)))
        except _LineError as exc:
            raise _LineError(f"line {number}: {exc}") from None
        counts["rows"] += 1
        place_id = f"geonames:{row['geonameid']}"
        code = ADMIN_CODES.get(row["feature_code"]) if row["feature_class"] == "A" else None
        existing = _existing(conn, place_id) if code else None
        name = existing[0] if existing else (display_form(row["name"]) if code else row["name"])
        if code in ("ADM1", "ADM2"):
            admins.add(code, row["country"], row["admin1_code"], row["admin2_code"], name)
        if existing:
            counts["admin_areas_updated"] += 1
        population = row["population"] or (existing[1] if existing else 0)
        places.append((
            place_id, row["geonameid"], name, row["asciiname"] or to_ascii(name), row["feature_class"],
            code or row["feature_code"], row["country"], row["admin1_code"],
            admins.adm1.get((row["country"], row["admin1_code"] or "")),
            row["admin2_code"], admins.adm2.get((row["country"], row["admin1_code"] or "", row["admin2_code"] or "")),
            row["latitude"], row["longitude"], population,
            row["timezone"] or (existing[2] if existing else None), "geonames",
        ))
        alternates = [a for a in row["alternates"] if not is_code(a)] if row["feature_class"] == "P" else row["alternates"]
        names.extend(_name_rows(place_id, name, [row["name"], row["asciiname"], *alternates]))
        if len(places) >= BATCH:
            _flush(conn, places, names)
    _flush(conn, places, names)
    _fill_admin_names(conn)
    return counts


def _fill_admin_names(conn: sqlite3.Connection) -> None:
    """Admin names for rows that arrived before their admin area did (dumps are not ordered by level)."""
    conn.execute("""
        UPDATE places SET admin1 = (
            SELECT a.name FROM places a WHERE a.feature_code = 'ADM1' AND a.country = places.country
            AND a.admin1_code = places.admin1_code LIMIT 1)
        WHERE admin1 IS NULL AND admin1_code IS NOT NULL""")
    conn.execute("""
        UPDATE places SET admin2 = (
            SELECT a.name FROM places a WHERE a.feature_code = 'ADM2' AND a.country = places.country
            AND a.admin1_code = places.admin1_code AND a.admin2_code = places.admin2_code LIMIT 1)
        WHERE admin2 IS NULL AND admin2_code IS NOT NULL""")


def _name_rows(place_id: str, preferred: str, alternates: list[str]) -> list[tuple]:
    rows: dict[str, tuple] = {}
    for name, pref in [(preferred, 1)] + [(a, 0) for a in alternates if a and indexable(a)]:
        norm = normalize(name)
        if norm and norm not in rows:
            rows[norm] = (norm, skeleton(name), place_id, pref)
    return list(rows.values())


def _flush(conn: sqlite3.Connection, places: list[tuple], names: list[tuple]) -> None:
    insert_places(conn, "places", places)
    insert_names(conn, "names", names)
    places.clear()
    names.clear()


def import_alternate_names(conn: sqlite3.Connection, source: Source, step: Callable[[int], None]) -> dict[str, Any]:
    """alternateNames(V2): extra names for places already in the index; others are skipped."""
    known = {gid for (gid,) in conn.execute("SELECT geonameid FROM places WHERE geonameid IS NOT NULL")}
    rows: list[tuple] = []
    counts = {"rows": 0, "names_added": 0, "skipped": 0}
    for number, line in source.lines(step):
        if not line.strip():
            continue
        try:
            cols = _columns(line, (8, 10))
            _int(cols[0], "alternateNameId")
            gid = _int(cols[1], "geonameid")
            preferred = cols[4].strip() == "1"
        except _LineError as exc:
            raise _LineError(f"line {number}: {exc}") from None
        counts["rows"] += 1
        lang, name = cols[2].strip(), cols[3].strip()
        if gid not in known or lang in PSEUDO_LANGUAGES or not indexable(name) or not normalize(name):
            counts["skipped"] += 1
            continue
        rows.append((normalize(name), skeleton(name), f"geonames:{gid}", int(preferred)))
        if len(rows) >= BATCH:
            insert_names(conn, "names", rows)
            counts["names_added"] += len(rows)
            rows.clear()
    insert_names(conn, "names", rows)
    counts["names_added"] += len(rows)
    return counts


def import_admin_codes(conn: sqlite3.Connection, source: Source, step: Callable[[int], None], level: int) -> dict[str, Any]:
    """admin1CodesASCII.txt / admin2Codes.txt: names for admin areas, new areas placed at their towns' centroid."""
    pattern = _ADMIN1_CODE if level == 1 else _ADMIN2_CODE
    counts = {"rows": 0, "added": 0, "named": 0, "skipped_no_towns": 0}
    for number, line in source.lines(step):
        if not line.strip():
            continue
        try:
            code, name, asciiname, gid_text = _columns(line, (4,))
            if not pattern.match(code):
                raise _LineError(f"admin code {code!r} is not of the form {'CC.A1' if level == 1 else 'CC.A1.A2'}")
            gid = _int(gid_text, "geonameid")
        except _LineError as exc:
            raise _LineError(f"line {number}: {exc}") from None
        counts["rows"] += 1
        place_id = f"geonames:{gid}"
        existing = _existing(conn, place_id)
        short = existing[0] if existing else display_form(name)
        if not existing and not _add_admin_area(conn, place_id, gid, code, short, level):
            counts["skipped_no_towns"] += 1
            continue
        counts["added" if not existing else "named"] += 1
        insert_names(conn, "names", _name_rows(place_id, short, [name, asciiname]))
    _fill_admin_names(conn)
    return counts


def _add_admin_area(conn: sqlite3.Connection, place_id: str, gid: int, code: str, name: str, level: int) -> bool:
    """A new admin area at the mean position of its towns in the index (False: no towns, not added)."""
    parts = code.split(".")
    where = "country = ? AND admin1_code = ?" + (" AND admin2_code = ?" if level == 2 else "")
    row = conn.execute(
        f"SELECT avg(latitude), avg(longitude), sum(population), count(*) FROM places "
        f"WHERE feature_class = 'P' AND {where}", parts).fetchone()
    if not row or not row[3]:
        return False
    tz = conn.execute(f"SELECT timezone, count(*) c FROM places WHERE feature_class = 'P' AND {where} "
                      "GROUP BY timezone ORDER BY c DESC LIMIT 1", parts).fetchone()
    admin1 = name if level == 1 else conn.execute(
        "SELECT name FROM places WHERE feature_code = 'ADM1' AND country = ? AND admin1_code = ?", parts[:2]).fetchone()
    insert_places(conn, "places", [(
        place_id, gid, name, to_ascii(name), "A", f"ADM{level}", parts[0], parts[1],
        admin1 if level == 1 else (admin1[0] if admin1 else None), parts[2] if level == 2 else None,
        name if level == 2 else None, round(row[0], 5), round(row[1], 5), row[2] or 0, tz[0] if tz else None, "derived",
    )])
    return True


# --------------------------------------------------------------------------- a user's own list

def import_user_csv(conn: sqlite3.Connection, source: Source, step: Callable[[int], None]) -> dict[str, Any]:
    """A user's place list: rows replace the user place of the same (name, country), keeping its id."""
    text_lines = (line for _, line in source.lines(step))
    reader = csv.reader(text_lines)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise _LineError("line 1: the file is empty") from None
    except csv.Error as exc:
        raise _LineError(f"line 1: {exc}") from None
    missing = [c for c in USER_REQUIRED if c not in header]
    if missing:
        raise _LineError(f"line 1: missing column(s) {', '.join(missing)} in the header")
    counts = {"rows": 0, "added": 0, "replaced": 0}
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise _LineError(f"line {reader.line_num}: {exc}") from None
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise _LineError(f"line {reader.line_num}: expected {len(header)} columns, found {len(values)}")
        try:
            added = _import_user_row(conn, dict(zip(header, values)), source)
        except _LineError as exc:
            raise _LineError(f"line {reader.line_num}: {exc}") from None
        counts["rows"] += 1
        counts["added" if added else "replaced"] += 1
    if counts["rows"] == 0:
        raise _LineError("line 2: no places in the file")
    return counts


def _country_code(value: str) -> str:
    import pycountry

    value = value.strip()
    if len(value) == 2 and pycountry.countries.get(alpha_2=value.upper()):
        return value.upper()
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        raise _LineError(f"unknown country {value!r} (use an ISO 3166 alpha-2 code)") from None


def _canonical_admin(conn: sqlite3.Connection, code: str, cc: str, name: str) -> tuple[str | None, str | None]:
    """(admin code, admin name) as the index writes them, when the index knows the area."""
    if not name.strip():
        return None, None
    for key, column in ((normalize(name), "name_norm"), (skeleton(name), "skeleton")):
        row = conn.execute(
            f"SELECT p.admin1_code, p.admin2_code, p.name FROM names n JOIN places p ON p.place_id = n.place_id "
            f"WHERE n.{column} = ? AND p.feature_code = ? AND p.country = ? ORDER BY p.population DESC LIMIT 1",
            (key, code, cc)).fetchone()
        if row:
            return (row[0] if code == "ADM1" else row[1]), row[2]
    return None, name.strip()


def _nearest_timezone(conn: sqlite3.Connection, lat: float, lon: float, cc: str) -> str | None:
    """A user place's timezone: that of the nearest indexed town of its country (within ~2°)."""
    row = conn.execute(
        "SELECT timezone FROM places WHERE feature_class = 'P' AND country = ? AND timezone IS NOT NULL "
        "AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? "
        "ORDER BY (latitude - ?) * (latitude - ?) + (longitude - ?) * (longitude - ?) LIMIT 1",
        (cc, lat - 2, lat + 2, lon - 2, lon + 2, lat, lat, lon, lon)).fetchone()
    return row[0] if row else None


def _user_place_id(conn: sqlite3.Connection, name: str, cc: str) -> tuple[str, bool]:
    """The id of the user place this row replaces, or a fresh one (True when fresh)."""
    norm = normalize(name)
    for place_id, other in conn.execute("SELECT place_id, name FROM user_places WHERE country = ?", (cc,)):
        if normalize(other) == norm:
            return place_id, False
    last = conn.execute(
        "SELECT max(CAST(substr(place_id, 6) AS INTEGER)) FROM user_places WHERE place_id LIKE 'user:%'").fetchone()[0]
    return f"user:{(last or 0) + 1}", True


def _import_user_row(conn: sqlite3.Connection, row: dict[str, str], source: Source) -> bool:
    name = (row.get("name") or "").strip()
    if not name:
        raise _LineError("empty name")
    lat = _float(row["latitude"], "latitude", -90, 90)
    lon = _float(row["longitude"], "longitude", -180, 180)
    cc = _country_code(row["country"])
    population = _int(row.get("population") or "", "population", 0)
    fclass, fcode = USER_FEATURES.get((row.get("feature") or "").strip().lower(), ("P", "PPL"))
    a1_code, admin1 = _canonical_admin(conn, "ADM1", cc, row.get("admin1") or "")
    a2_code, admin2 = _canonical_admin(conn, "ADM2", cc, row.get("admin2") or "")
    place_id, fresh = _user_place_id(conn, name, cc)
    conn.execute("DELETE FROM user_names WHERE place_id = ?", (place_id,))
    insert_places(conn, "user_places", [(
        place_id, None, name, to_ascii(name), fclass, fcode, cc, a1_code, admin1, a2_code, admin2,
        lat, lon, population, _nearest_timezone(conn, lat, lon, cc), "user",
    )])
    alternates = [a.strip() for a in (row.get("alternate_names") or "").split("|") if a.strip()]
    rows: dict[str, tuple] = {}
    for alt, pref in [(name, 1)] + [(a, 0) for a in alternates]:
        norm = normalize(alt)
        if norm and norm not in rows:  # the user's own names are all kept, whatever the script
            rows[norm] = (norm, skeleton(alt), place_id, pref)
    insert_names(conn, "user_names", list(rows.values()))
    conn.execute("INSERT OR REPLACE INTO user_provenance(place_id, feature, reference, file, imported_at) "
                 "VALUES (?, ?, ?, ?, ?)", (place_id, row.get("feature"), row.get("source"), str(source.path), now()))
    return fresh


# --------------------------------------------------------------------------- entry point

IMPORTERS: dict[str, Callable[..., dict[str, Any]]] = {
    "geonames": import_geonames,
    "alternate_names": import_alternate_names,
    "admin1": lambda conn, source, step: import_admin_codes(conn, source, step, 1),
    "admin2": lambda conn, source, step: import_admin_codes(conn, source, step, 2),
    "user": import_user_csv,
}


@contextmanager
def _byte_progress(enabled: bool, source: Source) -> Iterator[Callable[[int], None]]:
    if not enabled or source.size < 2_000_000:
        yield lambda _done: None
        return
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("importing {task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        task = bar.add_task(source.filename, total=source.size)
        yield lambda done: bar.update(task, completed=done)


def import_file(path: Path | str, gazetteer_path: Path | str | None = None, progress: bool = True) -> dict[str, Any]:
    """Import one file (format detected from its name and content); returns a summary.

    Raises ``GazetteerImportError`` (file, line, problem) and leaves the index as
    it was when the file is malformed, truncated or of an unknown format.
    """
    from flashpoint.gazetteer.index import Gazetteer

    path = Path(path)
    target = Path(gazetteer_path) if gazetteer_path else config.gazetteer_path()
    Gazetteer.open(target, progress=progress).close()  # the bundled part first
    source = open_source(path)
    kind = detect(source)
    conn = connect(target)
    try:
        conn.execute("BEGIN IMMEDIATE")
        ensure_user_tables(conn)
        with _byte_progress(progress, source) as step:
            counts = IMPORTERS[kind](conn, source, step)
        _record(conn, kind, source, counts)
        conn.execute("COMMIT")
    except _LineError as exc:
        conn.execute("ROLLBACK")
        raise GazetteerImportError(f"{source.label}: {exc}") from None
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return {"file": str(path), "format": kind, **counts}


def ensure_user_tables(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS user_provenance (place_id TEXT PRIMARY KEY, feature TEXT, "
                 "reference TEXT, file TEXT, imported_at TEXT)")


def _record(conn: sqlite3.Connection, kind: str, source: Source, counts: dict[str, Any]) -> None:
    key = "user_imports" if kind == "user" else "imports"
    history = get_meta(conn).get(key, [])
    history.append({"file": source.label, "format": kind, "at": now(), **counts})
    set_meta(conn, key, history[-50:])
