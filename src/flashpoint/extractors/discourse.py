"""Reading across sentences: what "the village", "the area" and "later" refer to.

Reports name a place once and then say "in the village", "in the area",
"there". A mention whose sentence names no place takes the last named village
or town the narrative was at; numbers in a sentence with no event of their own
("Two assailants were later taken into custody") belong to the event the
narrative was describing; a toll that sums up the episode goes to the episode's
event once.
"""
from __future__ import annotations

from dataclasses import replace

from flashpoint.extractors.events import VIOLENT
from flashpoint.model import Claim, EventMention, PlaceMention, Quantity

LOOKBACK_SENTENCES = 6


def _violent(m: EventMention) -> bool:
    return any(c in VIOLENT or c.startswith("explosion:") for c in m.category.split("+"))


def is_specific(pm: PlaceMention | None) -> bool:
    return pm is not None and pm.place is not None and pm.role == "place" and pm.place.feature_class == "P"


def fill_places(mentions: list[EventMention], places: list[PlaceMention]) -> dict[int, list[str]]:
    """Give place-less mentions the narrative's place; return the countries each mention's sentence names."""
    countries: dict[int, list[str]] = {}
    for i, m in enumerate(mentions):
        sent_places = [p for p in places if p.span.sentence == m.span.sentence and p.place is not None and p.role in ("place", "reference")]
        countries[i] = sorted({p.place.country for p in sent_places if p.place.country})
        if m.place is not None and m.place.place is not None and not m.place.place.feature_code.startswith("PCL"):
            continue
        narrative = [
            p for p in places
            if is_specific(p) and p.span.start < m.span.start and m.span.sentence - p.span.sentence <= LOOKBACK_SENTENCES
        ]
        if narrative:
            candidate = narrative[-1]
            if m.place is None or candidate.place.country in countries[i] or not countries[i]:
                m.place = replace(candidate, geo_precision=max(candidate.geo_precision, 1))
                continue
        if m.place is None:
            earlier = [x.place for x in mentions[:i] if x.place is not None and is_specific(x.place)]
            if earlier and (not countries[i] or earlier[-1].place.country in countries[i]):
                m.place = earlier[-1]
    return countries


def attach_quantities(mentions: list[EventMention], quantities: list[Quantity]) -> list[EventMention]:
    """Each counted figure goes to exactly one mention; arrests after an attack join the attack."""
    for m in mentions:
        m.quantities = []
    by_sentence: dict[int, list[EventMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.span.sentence, []).append(m)
    # "Two assailants were later taken into custody": not an event of its own after an attack.
    absorbed: set[int] = set()
    for idx, m in enumerate(mentions):
        if m.category != "arrests" or any(_violent(x) for x in by_sentence[m.span.sentence]):
            continue
        previous = [x for x in mentions[:idx] if _violent(x) and 0 <= m.span.sentence - x.span.sentence <= 2]
        if previous:
            absorbed.add(id(m))
    kept = [m for m in mentions if id(m) not in absorbed]

    def nearest(sentence: int, want, prefer_next: bool = False) -> EventMention | None:
        same = [x for x in kept if x.span.sentence == sentence and want(x)]
        if same:
            return max(same, key=lambda x: x.severity)
        order = [sentence + 1, sentence - 1, sentence - 2] if prefer_next else [sentence - 1, sentence - 2, sentence + 1]
        for s in order:
            near = [x for x in kept if x.span.sentence == s and want(x)]
            if near:
                return max(near, key=lambda x: x.severity)
        return None

    for q in quantities:
        s = q.span.sentence
        if q.kind in ("killed", "injured"):
            target = nearest(s, _violent)
        elif q.kind == "arrested":
            target = nearest(s, lambda x: x.category == "arrests") or nearest(s, _violent)
        elif q.kind == "buildings":
            target = nearest(s, lambda x: "arson" in x.category or "looting" in x.category) or nearest(s, _violent)
        elif q.kind == "crowd":
            target = nearest(s, lambda x: any(c in x.category for c in ("protest", "crowd", "roadblock_forced", "riot")), prefer_next=True)
        elif q.kind == "vehicles":
            target = nearest(s, lambda x: True)
        else:
            continue
        if target is not None:
            target.quantities.append(q)
    return kept


def link_claims(claims: list[Claim], mentions: list[EventMention]) -> None:
    """A claim bears on the events whose triggers it contains."""
    for claim in claims:
        claim.event_refs = [
            i for i, m in enumerate(mentions) if claim.span.start <= m.span.start and m.span.end <= claim.span.end + 1
        ]
