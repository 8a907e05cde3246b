"""Mention records: the serialisable form of one EventMention with its document's metadata.

Fusion works on these plain dicts so that the same reconciliation serves a
single report, a batch, and an event in the store that a new report joins.
"""
from __future__ import annotations

from typing import Any

from flashpoint.model import Actor, Claim, Document, EventMention, Quantity


def actor_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "normalized": actor.normalized, "inter": actor.inter,
            "country": actor.country, "identity": actor.identity}


def quantity_dict(q: Quantity) -> dict[str, Any]:
    return {"kind": q.kind, "low": q.low, "high": q.high, "vague": q.vague, "text": q.text,
            "hedged": q.hedged, "casualty": q.casualty, "scope": q.scope, "official": q.official,
            "people": q.people, "start": q.span.start, "end": q.span.end}


def claim_dict(c: Claim, doc_id: str) -> dict[str, Any]:
    return {"speaker": c.speaker, "role": c.role, "channel": c.channel, "text": c.text, "doc_id": doc_id,
            "claim_id": c.claim_id, "stance": dict(c.stance), "sentence": c.span.text,
            "start": c.span.start, "end": c.span.end}


def mention_record(m: EventMention, document: Document, sentence_text: str, claims: list[Claim],
                   countries: list[str]) -> dict[str, Any]:
    """Everything fusion needs about one mention, as JSON-ready data."""
    place = None
    if m.place is not None and m.place.place is not None:
        p = m.place.place
        point = m.place.seat or p  # ACLED codes an event known only by its province or district at the capital
        place = {
            "place_id": p.place_id, "name": m.place.name, "gazetteer_name": p.name, "geonameid": p.geonameid,
            "latitude": point.latitude, "longitude": point.longitude, "country": p.country, "admin1": p.admin1,
            "admin2": p.admin2, "timezone": p.timezone, "feature_class": p.feature_class,
            "feature_code": p.feature_code, "geo_precision": m.place.geo_precision, "anchor": m.place.anchor,
            "in_gazetteer": m.place.in_gazetteer, "start": m.place.span.start, "end": m.place.span.end,
            "candidates": m.place.candidates,
        }
    time = None
    if m.time is not None:
        t = m.time
        time = {"start": t.start.isoformat() if t.start else None, "end": t.end.isoformat() if t.end else None,
                "precision": t.time_precision, "has_clock": t.has_clock, "kind": t.kind, "text": t.span.text,
                "resolved": t.resolved, "span_start": t.span.start, "span_end": t.span.end, "utc": t.utc}
    published = document.published_at.isoformat() if document.published_at else None
    return {
        "doc_id": document.id, "source": document.source, "url": document.url, "published_at": published,
        "sentence": sentence_text, "start": m.span.start, "end": m.span.end, "trigger": m.span.text,
        "event_type": m.event_type, "sub_event_type": m.sub_event_type, "category": m.category,
        "actor1": actor_dict(m.actor1), "actor2": actor_dict(m.actor2),
        "assoc_actor1": m.assoc_actor1, "assoc_actor2": m.assoc_actor2,
        "place": place, "countries": countries, "time": time,
        "quantities": [quantity_dict(q) for q in m.quantities],
        "hedged": m.hedged, "severity": m.severity,
        "claims": [claim_dict(c, document.id) for c in claims],
    }
