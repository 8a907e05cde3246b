"""Reconcile a cluster of mention records into one Event.

Each field takes the best evidence the mentions offer: the most precise place,
the most specific time, the actors most mentions agree on. Casualty figures
keep every source's number; the event reports the latest official figure where
there is one, else the most conservative (lowest) precise figure, and says why.
Claims that take opposite positions on the same topic make the event contested.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from functools import lru_cache

from flashpoint.extractors.actors import country_name
from flashpoint.extractors.times import localize
from flashpoint.model import Event

CATEGORY_PHRASES = {
    "attack_police": "attacked police officers", "brawl": "clashed", "riot": "rioted",
    "arson": "set buildings on fire", "shooting": "opened fire", "beating": "beat people",
    "attack": "attacked", "killing": "killed people", "roadblock_forced": "forced their way through a roadblock",
    "abduction": "abducted people", "sexual": "committed sexual violence", "protest": "demonstrated",
    "arrests": "arrested people", "deployment": "were deployed", "border_closure": "closed or restricted the border",
    "road_closure": "closed roads", "blackout": "blocked communications", "crowd": "gathered",
    "looting": "looted property", "territory": "took control of territory", "agreement": "reached an agreement",
    "weapons_seized": "seized or defused weapons", "base": "established a base",
}


def event_id_for(record: dict[str, Any]) -> str:
    """Stable across re-runs: the first mention's document, offset and category."""
    key = f"{record['doc_id']}:{record['start']}:{record['category']}"
    return "fp-" + hashlib.sha1(key.encode()).hexdigest()[:12]


def _time_rank(t: dict | None) -> tuple:
    if not t or not t.get("start"):
        return (9,)
    specificity = 0 if t["kind"] == "clock" else 1 if t.get("has_clock") else 2 + t.get("precision", 1)
    return (specificity, t["start"])


def choose_place(records: list[dict]) -> dict | None:
    places = [r["place"] for r in records if r.get("place")]
    if not places:
        return None
    return min(places, key=lambda p: (p["geo_precision"], not p.get("in_gazetteer", True), p["start"]))


def choose_time(records: list[dict]) -> dict | None:
    times = [r["time"] for r in records if r.get("time") and r["time"].get("start")]
    return min(times, key=_time_rank) if times else None


def _actor(records: list[dict], key: str) -> dict | None:
    """The actor most mentions name that fits the lead's type (``records`` come lead first), graver ones
    weighing more; the report's first telling weighs most, since it names who started it
    ("ISWAP attacked a base; troops repelled the attack")."""
    lead_type = records[0]["event_type"]
    # The protesters of a protest that turned to riot are rioters: ACLED's protesters act only in protests,
    # where they come first, whatever the force did to them.
    protest_role = "actor1" if lead_type == "Protests" else None
    fitting = [r for r in records if r.get(key) and (r[key].get("inter") == 6) == (key == protest_role)]
    records = fitting or records
    counts = Counter()
    by_name = {}
    first = min(records, key=lambda r: (r.get("published_at") or "", r.get("start", 0)))
    for r in records:
        a = r.get(key)
        if a:
            counts[a["normalized"]] += 1 + r.get("severity", 0) / 10 + (0.6 if r is first else 0)
            by_name[a["normalized"]] = a
    if not counts:
        return None
    return by_name[counts.most_common(1)[0][0]]


# ACLED's coders turn a toll given only as "dozens" into 12 and "hundreds" into 100: the
# conservative reading of the word, which the quantity's own bounds (24–∞) keep honest beside it.
ACLED_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1000}


def acled_vague_value(text: str) -> int | None:
    """ACLED's reading of a vague figure: the word's conventional number, the stated number of "more than N"."""
    stated = re.fullmatch(r"(?:more than|over)\s+(\d{1,3}(?:,\d{3})+|\d+)", text.lower().strip())
    if stated:
        return int(stated.group(1).replace(",", ""))
    words = text.lower().split()
    return ACLED_VAGUE.get(words[-1]) if words and (len(words) == 1 or words[0] in ("at", "more", "over", "some")) else None


def reconcile_figures(records: list[dict]) -> dict[str, Any]:
    """Per kind (killed, injured, arrested, …): every source's figure and the one reported."""
    per_doc: dict[str, dict[str, dict]] = defaultdict(dict)
    told: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in records:
        for q in r.get("quantities", []):
            if q["kind"] in ("other",) or q["low"] is None:
                continue
            told[(q["kind"], r["doc_id"])].append(q)
            current = per_doc[q["kind"]].get(r["doc_id"])
            candidate = dict(q, doc_id=r["doc_id"], source=r.get("source"), published_at=r.get("published_at"))
            # Within one report the same toll may be repeated: keep the firmest statement once.
            if current is None or (candidate.get("scope") == "coded", candidate["official"], not candidate["vague"],
                                   candidate["low"]) > (current.get("scope") == "coded", current["official"],
                                                        not current["vague"], current["low"]):
                per_doc[q["kind"]][r["doc_id"]] = candidate
    for (kind, doc_id), figures in told.items():
        total = sides_total(figures) if kind in ("killed", "injured") else None
        if total is not None and total > per_doc[kind][doc_id]["low"] and per_doc[kind][doc_id].get("scope") != "coded":
            per_doc[kind][doc_id] = dict(per_doc[kind][doc_id], low=total, high=total, vague=False,
                                         text=" + ".join(f["text"] for f in figures))
    out: dict[str, Any] = {}
    for kind, by_doc in per_doc.items():
        figures = list(by_doc.values())
        precise = [f for f in figures if not f["vague"]]
        official = [f for f in precise if f["official"]]
        coded = [f for f in figures if f.get("scope") == "coded"]
        if coded:
            chosen, rule = coded[-1], "the toll the note codes"
        elif official:
            chosen = max(official, key=lambda f: (f.get("published_at") or "", f["low"]))
            rule = "latest official figure"
        elif precise:
            chosen = min(precise, key=lambda f: f["low"])
            rule = "most conservative precise figure" if len(precise) > 1 else "only precise figure"
        else:
            chosen = min(figures, key=lambda f: f["low"])
            rule = "lower bound of a vague figure"
        value = chosen["low"]
        convention = acled_vague_value(chosen.get("text") or "") if chosen["vague"] else None
        if convention is not None:
            value, rule = convention, f"ACLED's convention for \"{chosen['text']}\""
        values = {f["low"] for f in precise}
        out[kind] = {
            "value": value,
            "rule": rule,
            "figures": [{k: f.get(k) for k in ("low", "high", "vague", "official", "hedged", "text", "doc_id", "source", "published_at", "scope")} for f in figures],
            "disagree": len(values) > 1,
        }
    return out


# Whom a figure counts, by side: a report that counts soldiers and militants (or two peoples) apart
# gives the event's toll as their sum, the way ACLED codes "7 soldiers and 4 militants were killed".
SIDE_WORDS = [
    ("state", re.compile(r"\b(?:soldiers?|troops?|police\w*|officers?|gendarmes?|guards?|personnel|servicem[ae]n|"
                         r"commandos?|marines?|army|military)\b", re.I)),
    ("armed", re.compile(r"\b(?:militants?|fighters?|rebels?|insurgents?|jihadists?|attackers?|assailants?|gunm[ae]n|"
                         r"bandits?|militiam[ae]n|militia|raiders?|terrorists?|kidnappers?|combatants?|islamists?)\b", re.I)),
    ("civilian", re.compile(r"\b(?:civilians?|villagers?|residents?|farmers?|herders?|students?|children|women|"
                            r"worshippers|passengers?|traders?|workers?|teachers?|pupils?|suspects?|m[ae]n|wom[ae]n|boys?|girls?)\b", re.I)),
]


def _side(people: str | None) -> str | None:
    if not people:
        return None
    if re.match(r"(?:other|more)\b", people, re.I):
        return "more " + people.lower()  # "7 other militants": more of a side already counted
    for side, rx in SIDE_WORDS:
        if rx.search(people):
            return side
    word = people.split()[0]
    return word if word[:1].isupper() and word.lower() not in ("the", "a", "an") else None  # "3 Fulani, 5 Soninke"


def sides_total(figures: list[dict]) -> int | None:
    """The sum of one report's tolls when each counts a different side, else None (one toll told twice)."""
    firm = [f for f in figures if f.get("scope") == "incident" and f["low"] is not None
            and (not f["vague"] or any(c.isdigit() for c in f.get("text") or ""))]
    by_side: dict[str, dict] = {}
    for f in firm:
        side = _side(f.get("people"))
        if side is None:
            return None  # "12 people": anyone, perhaps all of the others
        by_side.setdefault(side, f)  # the same side counted again is the same toll retold
    if len(by_side) < 2 or len(by_side) != len({f["start"] for f in by_side.values()}):
        return None
    return sum(f["low"] for f in by_side.values())


def contested_topics(claims: list[dict]) -> list[dict]:
    """Topics on which different speakers take different positions."""
    topics: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        for topic, position in (c.get("stance") or {}).items():
            topics[topic][position].append(c)
    out = []
    for topic, positions in topics.items():
        if len(positions) < 2:
            continue
        speakers = {p: {c["speaker"] for c in cs} for p, cs in positions.items()}
        all_speakers = set().union(*speakers.values())
        if len(all_speakers) < 2:
            continue
        out.append({
            "topic": topic,
            "sides": [{"position": p, "claims": [{k: c.get(k) for k in ("speaker", "role", "channel", "text", "doc_id", "sentence")} for c in cs]}
                      for p, cs in positions.items()],
        })
    return out


def make_notes(ev: dict) -> str:
    """One ACLED-style sentence built from the fields."""
    when = ""
    if ev.get("event_date"):
        d = datetime.fromisoformat(ev["event_date"])
        when = f"On {d.day} {d.strftime('%B %Y')}"
    actor = ev.get("actor1") or "unidentified actors"
    cats = [c for c in ev.get("category", "").split("+") if c]
    what = " and ".join(CATEGORY_PHRASES.get(c, c.replace("_", " ")) for c in cats[:3]) or "were involved in an event"
    where = ev.get("location") or "an unknown location"
    admin = ", ".join(x for x in (ev.get("admin2"), ev.get("admin1")) if x)
    place = f"{where} ({admin})" if admin else where
    target = f" targeting {ev['actor2']}" if ev.get("actor2") and ev.get("actor2") != ev.get("actor1") else ""
    parts = [f"{when + ', ' if when else ''}{actor} {what}{target} in {place}."]
    tolls = []
    if ev.get("fatalities"):
        tolls.append(f"{ev['fatalities']} killed")
    if ev.get("injuries"):
        tolls.append(f"{ev['injuries']} injured")
    if ev.get("arrests"):
        tolls.append(f"{ev['arrests']} arrested")
    if tolls:
        parts.append(" ".join(["Reported toll:", ", ".join(tolls) + "."]))
    if ev.get("hedged"):
        parts.append("Reports are unconfirmed.")
    return " ".join(parts)


def to_local(moment: datetime | None, tz: str) -> datetime | None:
    """A naive UTC moment as naive local wall-clock time in ``tz``."""
    from datetime import timezone
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if moment is None:
        return None
    try:
        return moment.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz)).replace(tzinfo=None)
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def _coded_date(start, end) -> str | None:
    """The day an event is dated to: its first day, but the middle of the month when the report names
    only the month ("In January 2016"), as ACLED codes a month-precise event."""
    if start is None:
        return None
    whole_month = end is not None and start.day == 1 and start.hour == 0 and end.day == 1 and end.hour == 0 \
        and (end.year * 12 + end.month) - (start.year * 12 + start.month) == 1
    return (start.replace(day=15) if whole_month else start).date().isoformat()


@lru_cache(maxsize=None)
def _country_point(country: str | None) -> tuple[float | None, float | None]:
    """Where a map puts an event the reports place only in a country: the country's reference point (ACLED's
    geo-precision 3), so that it is on the map and in the GeoJSON rather than nowhere."""
    from flashpoint.gazetteer.bundled import country_points

    return country_points().get(country or "", (None, None))


def build_event(records: list[dict], event_id: str | None = None, extra_claims: list[dict] | None = None) -> Event:
    """The reconciled Event of a cluster of mention records."""
    # The gravest mention leads; of forces that both shelled and fought, the battle (ACLED's armed clash);
    # of a demonstration, the violence it turned to, else the force that intervened in it.
    records = sorted(records, key=lambda r: (r["event_type"] != "Battles", not (r["event_type"] == "Riots" or r[
        "sub_event_type"] == "Excessive force against protesters"), r["sub_event_type"] != "Protest with intervention",
                                             -r.get("severity", 0), r.get("published_at") or "", r["start"]))
    lead = records[0]
    place = choose_place(records)
    time = choose_time(records)
    tz = place.get("timezone") if place else None
    start = datetime.fromisoformat(time["start"]) if time and time.get("start") else None
    end = datetime.fromisoformat(time["end"]) if time and time.get("end") else None
    if time and time.get("utc") and tz:  # "at 2200 GMT" is the next morning in Almaty: dates are local
        start, end = (to_local(m, tz) for m in (start, end))
    a1, a2 = _actor(records, "actor1"), _actor(records, "actor2")
    figures = reconcile_figures(records)
    claims: dict[str, dict] = {}
    for r in records:
        for c in r.get("claims", []):
            claims.setdefault(c["claim_id"], c)
    for c in extra_claims or []:
        claims.setdefault(c["claim_id"], c)
    claim_list = sorted(claims.values(), key=lambda c: (c["doc_id"], c["start"]))
    topics = contested_topics(claim_list)
    disagreeing = [k for k, f in figures.items() if f["disagree"] and k in ("killed", "injured")]
    for kind in disagreeing:
        topics.append({"topic": f"{kind} toll", "sides": [{"position": str(f["low"]), "claims": [f]} for f in figures[kind]["figures"] if not f["vague"]]})
    categories = sorted({c for r in records for c in r["category"].split("+")})
    # (with no place, the country the sentence names, else the one its forces belong to: "SAF warplanes bombed";
    # not foreign forces' own country: "Turkish forces targeted a position in Tartab" is no event in Turkey)
    country = place["country"] if place else (lead.get("countries") or [None])[0] \
        or next((a["country"] for a in (a1, a2) if a and a.get("country") and a.get("inter") != 8), None)
    latitude, longitude = (place["latitude"], place["longitude"]) if place else _country_point(country)
    assoc2 = next((r.get("assoc_actor2") for r in records if r.get("assoc_actor2")), None)
    ev: dict[str, Any] = {
        "event_id": event_id or event_id_for(min(records, key=lambda r: (r.get("published_at") or "", r["doc_id"], r["start"]))),
        "event_date": _coded_date(start, end),
        "time_start": localize(start, tz) if time and time.get("has_clock") else None,
        "time_end": localize(end, tz) if time and time.get("has_clock") else None,
        "time_precision": time["precision"] if time else 3,
        "event_type": lead["event_type"], "sub_event_type": lead["sub_event_type"],
        "actor1": a1["normalized"] if a1 else None, "actor2": a2["normalized"] if a2 else None,
        "inter1": a1["inter"] if a1 else None, "inter2": a2["inter"] if a2 else None,
        "assoc_actor_1": None, "assoc_actor_2": assoc2,
        "country": country, "admin1": place.get("admin1") if place else None,
        "admin2": place.get("admin2") if place else None,
        "location": place["name"] if place else (country_name(country) if country else None),
        "geonameid": place.get("geonameid") if place else None,
        "latitude": latitude, "longitude": longitude,
        "geo_precision": place["geo_precision"] if place else 3,
        "fatalities": figures["killed"]["value"] if "killed" in figures else None,
        "injuries": figures["injured"]["value"] if "injured" in figures else None,
        "arrests": figures["arrested"]["value"] if "arrested" in figures else None,
        "quantities": [{k: q[k] for k in ("kind", "low", "high", "vague", "text")} | {"doc_id": r["doc_id"]}
                       for r in records for q in r.get("quantities", []) if q["kind"] != "other"],
        "contested": bool(topics),
        "claims": [{k: c.get(k) for k in ("speaker", "role", "channel", "text", "doc_id", "sentence", "stance")} for c in claim_list],
        "sources": _sources(records),
        "hedged": all(r.get("hedged") for r in records),
        "category": "+".join(categories),
        "place_id": place["place_id"] if place else None,
        "figures": figures,
        "evidence": _evidence(records, place, time),
        "contested_topics": topics,
    }
    ev["notes"] = make_notes(ev)
    return Event(**ev)


def _sources(records: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in sorted(records, key=lambda r: (r.get("published_at") or "", r["doc_id"], r["start"])):
        key = (r["doc_id"], r["start"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"doc_id": r["doc_id"], "source": r.get("source"), "url": r.get("url"),
                    "published_at": r.get("published_at"), "sentence": r["sentence"],
                    "start": r["start"], "end": r["end"], "trigger": r["trigger"]})
    return out


def _evidence(records: list[dict], place: dict | None, time: dict | None) -> list[dict]:
    """Which sentence each field was read from, with the span to highlight."""
    out = []
    for r in records:
        out.append({"field": "event_type", "doc_id": r["doc_id"], "sentence": r["sentence"], "text": r["trigger"],
                    "start": r["start"], "end": r["end"]})
        if place is not None and r.get("place") is place:
            out.append({"field": "location", "doc_id": r["doc_id"], "sentence": r["sentence"], "text": place["name"],
                        "start": place["start"], "end": place["end"], "anchor": place.get("anchor"),
                        "candidates": place.get("candidates")})
        if time is not None and r.get("time") is time:
            out.append({"field": "time", "doc_id": r["doc_id"], "sentence": r["sentence"], "text": time["text"],
                        "start": time["span_start"], "end": time["span_end"]})
        for q in r.get("quantities", []):
            if q["kind"] != "other":
                out.append({"field": q["kind"], "doc_id": r["doc_id"], "sentence": r["sentence"], "text": q["text"],
                            "start": q["start"], "end": q["end"]})
    return out
