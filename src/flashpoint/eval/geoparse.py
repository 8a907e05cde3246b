"""Toponym resolution measured against gold: LGL / GeoWebNews XML or JSONL.

The measures are the field's usual ones: the share of gold toponyms found, and
for those resolved, accuracy within 161 km (100 miles) and 10 km and the
median error in km.

Where the gold names its GeoNames record, the share resolved to that very record is
given too. Distances mix two errors: choosing the wrong place, and GeoNames moving a
record's point between the gold's edition and ours (LGL's Sudan is at 15N 30E, today's
GeoNames has 16N 30E, 111 km away). The record measure sees only the first.
"""
from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from pathlib import Path

from flashpoint.eval.gold import load_jsonl
from flashpoint.extractors.places import extract_places, km


def _first(el, names: tuple[str, ...]):
    for node in el.iter():
        if node.tag.lower() in names and node.text and node.text.strip():
            return node.text.strip()
    return None


def load_gold(path: Path) -> list[dict]:
    """Articles as {text, toponyms:[{start, end, lat, lon, name}]}, whatever the gold's format."""
    path = Path(path)
    if path.suffix.lower() in (".jsonl", ".json"):
        return load_jsonl(path)
    root = ET.parse(path).getroot()
    articles = []
    for art in root.iter():
        if art.tag.lower() != "article":
            continue
        text = _first(art, ("text",)) or ""
        tops = []
        for top in art.iter():
            if top.tag.lower() != "toponym":
                continue
            lat, lon = _first(top, ("lat", "latitude")), _first(top, ("lon", "longitude", "lng"))
            start, end = _first(top, ("start",)), _first(top, ("end",))
            if None in (lat, lon, start, end):
                continue
            record = next((node.get("geonameid") for node in top.iter() if node.get("geonameid")), None)
            tops.append({"start": int(start), "end": int(end), "lat": float(lat), "lon": float(lon),
                         "name": _first(top, ("phrase", "name", "extractedname")) or text[int(start):int(end)],
                         **({"geonameid": record} if record else {})})
        articles.append({"text": text, "toponyms": tops})
    return articles


def evaluate(articles: list[dict], gazetteer, nlp=None) -> dict:
    from flashpoint.language.nlp import load
    from flashpoint.pipeline import _sentence_finder

    nlp = nlp or load()
    errors: list[float] = []
    total = found = 0
    records = same_record = 0  # resolved toponyms whose gold names a GeoNames record, and those resolved to it
    misses: list[dict] = []
    for art in articles:
        sdoc = nlp(art["text"])
        bounds = [(s.start_char, s.end_char) for s in sdoc.sents]
        mentions = extract_places(sdoc, "gold", gazetteer, _sentence_finder(bounds))
        for top in art["toponyms"]:
            total += 1
            hit = next((m for m in mentions if m.span.start < top["end"] and top["start"] < m.span.end), None)
            if hit is None:
                misses.append({"name": top.get("name"), "problem": "not found"})
                continue
            found += 1
            if hit.place is None:
                misses.append({"name": top.get("name"), "problem": "not resolved"})
                continue
            err = km(hit.place.latitude, hit.place.longitude, top["lat"], top["lon"])
            errors.append(err)
            if top.get("geonameid"):
                records += 1
                same_record += hit.place.place_id == f"geonames:{top['geonameid']}"
            if err > 10:  # beyond the 10 km the issue measures: the wrong place, or the right one too coarsely
                misses.append({"name": top.get("name"), "problem": f"{err:.0f} km off ({hit.place.name}, {hit.place.country}, "
                                                                   f"{hit.place.feature_code})"})
    resolved = len(errors)
    return {
        "toponyms": total,
        "found": found / total if total else 0.0,
        "resolved": resolved,
        "accuracy_161km": sum(e <= 161 for e in errors) / resolved if resolved else 0.0,
        "accuracy_10km": sum(e <= 10 for e in errors) / resolved if resolved else 0.0,
        "median_error_km": statistics.median(errors) if errors else 0.0,
        **({"with_geonames_record": records, "same_geonames_record": same_record / records} if records else {}),
        "misses": misses[:40],
    }
