"""The SQLite layout of the gazetteer index, shared by the builder, the importers and look-ups.

Bundled and imported GeoNames records live in ``places``/``names``; places a user
imports from their own list live in ``user_places``/``user_names`` so that a
rebuild or a GeoNames re-import never touches them. ``user_provenance`` keeps each user place's
reference and file; ``meta`` records what was
loaded from where and when (JSON values).
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from flashpoint.model import Place

PLACE_COLUMNS = (
    "place_id", "geonameid", "name", "asciiname", "feature_class", "feature_code", "country",
    "admin1_code", "admin1", "admin2_code", "admin2", "latitude", "longitude", "population",
    "timezone", "source",
)

_PLACES_DDL = """
CREATE TABLE IF NOT EXISTS {table} (
    place_id TEXT PRIMARY KEY,
    geonameid INTEGER,
    name TEXT NOT NULL,
    asciiname TEXT,
    feature_class TEXT NOT NULL DEFAULT 'P',
    feature_code TEXT NOT NULL DEFAULT 'PPL',
    country TEXT,
    admin1_code TEXT,
    admin1 TEXT,
    admin2_code TEXT,
    admin2 TEXT,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    timezone TEXT,
    source TEXT NOT NULL
)"""

_NAMES_DDL = """
CREATE TABLE IF NOT EXISTS {table} (
    name_norm TEXT NOT NULL,
    skeleton TEXT NOT NULL,
    place_id TEXT NOT NULL,
    is_preferred INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (name_norm, place_id)
) WITHOUT ROWID"""

SCHEMA = ";\n".join([
    _PLACES_DDL.format(table="places"),
    _NAMES_DDL.format(table="names"),
    _PLACES_DDL.format(table="user_places"),
    _NAMES_DDL.format(table="user_names"),
    "CREATE TABLE IF NOT EXISTS user_provenance (place_id TEXT PRIMARY KEY, feature TEXT, reference TEXT, "
    "file TEXT, imported_at TEXT)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]) + ";"

# Created after bulk loading (faster than maintaining them row by row).
INDEXES = """
CREATE INDEX IF NOT EXISTS names_skeleton ON names(skeleton);
CREATE INDEX IF NOT EXISTS places_geo ON places(latitude, longitude);
CREATE INDEX IF NOT EXISTS places_admin ON places(country, feature_code);
CREATE INDEX IF NOT EXISTS user_names_skeleton ON user_names(skeleton);
CREATE INDEX IF NOT EXISTS user_names_place ON user_names(place_id);
"""


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection usable from worker threads (look-ups are read-only)."""
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)
    conn.executescript(INDEXES)


def is_index(conn: sqlite3.Connection) -> bool:
    """True when the file holds a built index (not an empty or foreign SQLite file)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None


def row_to_place(row: sqlite3.Row | tuple) -> Place:
    """A ``places``/``user_places`` row (PLACE_COLUMNS order) → ``Place``."""
    (place_id, geonameid, name, _ascii, fclass, fcode, country, _a1c, admin1, _a2c, admin2,
     lat, lon, population, tz, source) = row[:16]
    return Place(
        place_id=place_id, name=name, latitude=lat, longitude=lon, country=country,
        admin1=admin1, admin2=admin2, feature_class=fclass, feature_code=fcode,
        population=population or 0, timezone=tz, geonameid=geonameid, source=source,
    )


def set_meta(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, json.dumps(value, default=str)))


def get_meta(conn: sqlite3.Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def insert_places(conn: sqlite3.Connection, table: str, rows: Iterable[tuple]) -> None:
    marks = ", ".join("?" * len(PLACE_COLUMNS))
    conn.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(PLACE_COLUMNS)}) VALUES ({marks})", rows)


def insert_names(conn: sqlite3.Connection, table: str, rows: Iterable[tuple[str, str, str, int]]) -> None:
    """(name_norm, skeleton, place_id, is_preferred); a name already there keeps the higher flag."""
    conn.executemany(
        f"INSERT INTO {table} (name_norm, skeleton, place_id, is_preferred) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name_norm, place_id) DO UPDATE SET is_preferred = max(is_preferred, excluded.is_preferred)",
        rows,
    )
