"""Agreement with ACLED's coders: each row's notes run as a report published on its date.

A row describes one event; flashpoint's gravest event of the notes is compared
field by field with the coders' row.
"""
from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

from flashpoint.extractors.places import km


def load_rows(path: Path, limit: int | None = None, sample: int | None = None, country: str | None = None) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    missing = {"event_date", "event_type", "notes"} - set(rows[0].keys() if rows else [])
    if missing:
        raise ValueError(f"{path}: not an ACLED export (missing columns {', '.join(sorted(missing))})")
    for number, row in enumerate(rows, start=2):
        row["event_date"] = iso_date(row["event_date"], f"{path}:{number}")
    if country:
        rows = [r for r in rows if country.lower() in (r.get("country", "").lower(), r.get("iso", "").lower())]
    if sample:
        rows = random.Random(13).sample(rows, min(sample, len(rows)))
    return rows[:limit] if limit else rows


def iso_date(value: str, where: str) -> str:
    """ACLED writes dates as "2021-08-08" (API) or "08 August 2021" (exports), and a spreadsheet that
    opened an export writes "6-Jun-25" or "06/06/2025" (day first, as ACLED's exports are); all become ISO."""
    from datetime import datetime

    value = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%d/%m/%Y", "%B %d, %Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"{where}: event_date {value!r} is not a date")


def main_event(events: list):
    """The event a one-paragraph ACLED note is about: the report's principal event, which ``analyze`` lists first
    (see ``pipeline.principal_index``)."""
    return events[0] if events else None


def _int(v) -> int | None:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def in_gazetteer(row: dict, gazetteer) -> bool:
    """Whether the gazetteer holds the row's place: a place of that name (or the part of an ACLED
    "City - District" name before the dash) within 10 km of the row's coordinates."""
    lat, lon = float(row["latitude"]), float(row["longitude"])
    names = {row.get("location") or "", (row.get("location") or "").split(" - ")[0]}
    for name in filter(None, names):
        if any(km(p.latitude, p.longitude, lat, lon) <= 10 for p in gazetteer.lookup(name.strip())):
            return True
    return False


def evaluate(rows: list[dict], gazetteer, nlp=None) -> dict:
    from flashpoint.ingest.readers import make_document
    from flashpoint.language.nlp import load
    from flashpoint.pipeline import analyze

    nlp = nlp or load()
    n = len(rows)
    hits = Counter()
    located = known = 0
    confusion: Counter = Counter()
    worst = []
    for row in rows:
        doc = make_document(row["notes"], published=row["event_date"], source=row.get("source") or None)
        events = analyze(doc, nlp(doc.text), gazetteer).events
        ev = main_event(events)
        got_type = ev.event_type if ev else "(none)"
        confusion[(row["event_type"], got_type)] += 1
        wrong = []
        checks = {
            "event_type": ev is not None and ev.event_type == row["event_type"],
            "sub_event_type": ev is not None and ev.sub_event_type == row.get("sub_event_type"),
            "inter1": ev is not None and ev.inter1 == _int(row.get("inter1")),
            "inter2": ev is not None and (ev.inter2 or 0) == (_int(row.get("inter2")) or 0),
            "fatalities_exact": ev is not None and (ev.fatalities or 0) == (_int(row.get("fatalities")) or 0),
            "fatalities_within_1": ev is not None and abs((ev.fatalities or 0) - (_int(row.get("fatalities")) or 0)) <= 1,
            "event_date": ev is not None and ev.event_date == row["event_date"],
        }
        if row.get("latitude") and row.get("longitude"):
            located += 1
            if ev is not None and ev.latitude is not None:
                d = km(ev.latitude, ev.longitude, float(row["latitude"]), float(row["longitude"]))
                checks["location_10km"] = d <= 10
                checks["location_50km"] = d <= 50
            else:
                checks["location_10km"] = checks["location_50km"] = False
            if in_gazetteer(row, gazetteer):  # the measure: rows whose place the gazetteer holds
                known += 1
                hits["location_10km_known"] += checks["location_10km"]
        for k, ok in checks.items():
            hits[k] += ok
            if not ok:
                wrong.append(k)
        if wrong:
            worst.append({"id": row.get("event_id_cnty", ""), "wrong": len(wrong), "fields": ", ".join(wrong),
                          "coded": f"{row['event_type']} / {row.get('sub_event_type')}", "got": f"{got_type} / {ev.sub_event_type if ev else ''}"})
    scores: dict = {"rows": n}
    for k in ("event_type", "sub_event_type", "inter1", "inter2", "fatalities_exact", "fatalities_within_1", "event_date"):
        scores[k] = hits[k] / n if n else 0.0
    scores["location_10km"] = hits["location_10km"] / located if located else 0.0
    scores["location_50km"] = hits["location_50km"] / located if located else 0.0
    scores["rows_place_known"] = known
    scores["location_10km_known"] = hits["location_10km_known"] / known if known else 0.0
    scores["confusion"] = [{"coded": a, "flashpoint": b, "rows": c} for (a, b), c in confusion.most_common()]
    scores["worst_rows"] = sorted(worst, key=lambda w: -w["wrong"])[:10]
    return scores
