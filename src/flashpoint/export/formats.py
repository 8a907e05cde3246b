"""Exports: JSONL (the contract in design.md), ACLED CSV, GeoJSON and Parquet.

Every exporter takes event dicts (``store.database.event_to_json`` shape) and a
text or binary stream, so the CLI, the REST API and tests share them.
"""
from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Iterable

from flashpoint.extractors.actors import country_name

CONTRACT_FIELDS = [
    "event_id", "event_date", "time_start", "time_end", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "inter1", "inter2", "country", "admin1", "admin2", "location", "geonameid",
    "latitude", "longitude", "geo_precision", "fatalities", "injuries", "arrests", "quantities", "contested",
    "claims", "sources", "notes",
]
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
]
FORMATS = ("jsonl", "acled", "geojson", "parquet")


def jsonl_record(event: dict[str, Any]) -> dict[str, Any]:
    """The contract's fields first, then the extra ones (evidence, figures, contested topics)."""
    out = {k: event.get(k) for k in CONTRACT_FIELDS}
    for k, v in event.items():
        if k not in out:
            out[k] = v
    return out


def write_jsonl(events: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for ev in events:
        out.write(json.dumps(jsonl_record(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    """One ACLED CSV row; an unstated toll is 0 there, as ACLED's own files have it."""
    sources = sorted({s.get("source") or "" for s in ev.get("sources", []) if s.get("source")})
    date = ev.get("event_date") or ""
    inter = sorted(c for c in (ev.get("inter1"), ev.get("inter2")) if c)
    interaction = ev.get("interaction") or (inter[0] * 10 + (inter[1] if len(inter) > 1 else 0) if inter else "")
    return {
        "event_id_cnty": ev["event_id"], "event_date": date, "year": date[:4],
        "time_precision": ev.get("time_precision"), "event_type": ev.get("event_type"),
        "sub_event_type": ev.get("sub_event_type"), "actor1": ev.get("actor1") or "",
        "assoc_actor_1": ev.get("assoc_actor_1") or "", "inter1": ev.get("inter1") or "",
        "actor2": ev.get("actor2") or "", "assoc_actor_2": ev.get("assoc_actor_2") or "",
        "inter2": ev.get("inter2") or "", "interaction": interaction,
        "country": country_name(ev.get("country")) or "", "admin1": ev.get("admin1") or "",
        "admin2": ev.get("admin2") or "", "admin3": "", "location": ev.get("location") or "",
        "latitude": ev.get("latitude") if ev.get("latitude") is not None else "",
        "longitude": ev.get("longitude") if ev.get("longitude") is not None else "",
        "geo_precision": ev.get("geo_precision"), "source": "; ".join(sources),
        "source_scale": "Other", "notes": ev.get("notes") or "", "fatalities": ev.get("fatalities") or 0,
    }


def write_acled(events: Iterable[dict], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(acled_row(ev))
        n += 1
    return n


def geojson(events: Iterable[dict]) -> dict[str, Any]:
    features = []
    for ev in events:
        geometry = None
        if ev.get("latitude") is not None and ev.get("longitude") is not None:
            geometry = {"type": "Point", "coordinates": [ev["longitude"], ev["latitude"]]}
        features.append({"type": "Feature", "id": ev["event_id"], "geometry": geometry, "properties": jsonl_record(ev)})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(events: Iterable[dict], out: IO[str]) -> int:
    collection = geojson(events)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])


def write_parquet(events: Iterable[dict], path_or_buffer) -> int:
    """Flat columns for the contract's scalars; nested lists (claims, sources, quantities) as JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for ev in events:
        rec = jsonl_record(ev)
        rows.append({k: (json.dumps(rec[k], ensure_ascii=False) if isinstance(rec[k], (list, dict)) else rec[k])
                     for k in CONTRACT_FIELDS})
    schema = pa.schema([
        (k, pa.int64() if k in ("time_precision", "inter1", "inter2", "geonameid", "geo_precision", "fatalities",
                                "injuries", "arrests")
         else pa.float64() if k in ("latitude", "longitude") else pa.bool_() if k == "contested" else pa.string())
        for k in CONTRACT_FIELDS
    ])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path_or_buffer)
    return len(rows)


def export_text(events: list[dict], fmt: str) -> str:
    """A text export as a string (jsonl, acled, geojson)."""
    buf = io.StringIO()
    {"jsonl": write_jsonl, "acled": write_acled, "geojson": write_geojson}[fmt](events, buf)
    return buf.getvalue()
