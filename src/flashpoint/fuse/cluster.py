"""Which mentions report the same event.

ACLED's unit is one event per type, location and day; flashpoint follows it.
Two mentions are one event when they share type (and, for Strategic
developments, the finer category: a border closure is not a blackout), their
dates agree, and their places are the same or one contains the other (a
mention "in Korday district" joins the brawl in Masanchi, which lies in it).
Mentions that name only a country float to a same-kind event in that country.
"""
from __future__ import annotations

from typing import Any

from flashpoint.extractors.places import km
from flashpoint.gazetteer.names import normalize


def family(record: dict[str, Any]) -> tuple:
    """Mentions of one family at one place and date are one event.

    A protest and a violent demonstration there that day are one family: ACLED codes a
    demonstration that turns violent once, as the violent demonstration (the graver mention leads).
    """
    if record["event_type"] == "Protests" or (record["event_type"], record["sub_event_type"]) == ("Riots", "Violent demonstration"):
        return ("demonstration",)
    if record["event_type"] == "Strategic developments":
        # The catch-all sub-types hold different developments (a border closure is not a blackout);
        # the others are one kind each: a village attacked and its harvest set ablaze is one destruction.
        catch_all = record["sub_event_type"] in ("Other", "Change to group/activity")
        return (record["event_type"], record["sub_event_type"], record["category"].split("+")[0] if catch_all else "")
    if record["sub_event_type"] == "Shelling/artillery/missile attack" and _armed(record.get("actor1")) \
            and _armed(record.get("actor2")) \
            or (record["event_type"], record["sub_event_type"]) == ("Battles", "Armed clash"):
        # Forces that shell each other and exchange fire there that day fought one battle: ACLED codes an
        # armed clash, which leads the event (see reconcile.build_event). A bomb or an air strike is one-sided.
        return ("engagement",)
    return (record["event_type"], record["sub_event_type"])


def _armed(actor: dict | None) -> bool:
    return actor is not None and actor.get("inter") in (1, 2, 3, 4, 8)


def _date(record: dict[str, Any]) -> str | None:
    t = record.get("time")
    return t["start"][:10] if t and t.get("start") else None


def dates_agree(a: str | None, b: str | None, window: int = 0) -> bool:
    if a is None or b is None:
        return True
    if window == 0:
        return a == b
    from datetime import date

    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= window


def place_key(place: dict | None) -> str | None:
    if place is None:
        return None
    anchored = place.get("anchor")
    return place["place_id"] + (f"~{normalize(place['name'])}" if anchored else "")


def is_area(place: dict) -> bool:
    return place.get("feature_class") == "A"


def contains(area: dict, place: dict) -> bool:
    """An admin area or country contains a place (by the admin names the gazetteer gives)."""
    if not is_area(area) or area.get("country") != place.get("country"):
        return False
    code = area.get("feature_code", "")
    if code.startswith("PCL"):
        return True
    name = normalize(area.get("gazetteer_name") or area["name"])
    if code.startswith("ADM1"):
        return bool(place.get("admin1")) and normalize(place["admin1"]) == name
    if code.startswith("ADM2"):
        return bool(place.get("admin2")) and normalize(place["admin2"]) == name
    return False


def distance(a: dict, b: dict) -> float:
    return km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def places_agree(a: dict | None, b: dict | None, same_doc: bool) -> bool:
    if a is None or b is None:
        return False
    if place_key(a) == place_key(b):
        return True
    if contains(a, b) or contains(b, a):
        return True
    if not same_doc and not a.get("anchor") and not b.get("anchor") and not is_area(a) and not is_area(b):
        return distance(a, b) <= 5.0  # two outlets spelling one town differently
    return False


def cluster_place(cluster: list[dict]) -> dict | None:
    places = [r["place"] for r in cluster if r.get("place")]
    if not places:
        return None
    return min(places, key=lambda p: (p["geo_precision"], p["start"]))


def cluster_records(records: list[dict]) -> list[list[dict]]:
    """Group one report's mention records into events."""
    clusters: list[list[dict]] = []
    located = [r for r in records if r.get("place") and not r["place"].get("feature_code", "").startswith("PCL")]
    floating = [r for r in records if r not in located]
    # Towns first, then areas, so an area mention can join the town event it contains.
    located.sort(key=lambda r: (is_area(r["place"]), r["start"]))
    for rec in located:
        for cluster in clusters:
            head = cluster[0]
            if family(head) != family(rec):
                continue
            if not dates_agree(_date(head), _date(rec)):
                continue
            if any(places_agree(c["place"], rec["place"], True) for c in cluster if c.get("place")):
                cluster.append(rec)
                break
        else:
            clusters.append([rec])
    for rec in sorted(floating, key=lambda r: r["start"]):
        countries = set(rec.get("countries") or [])
        if rec.get("place"):
            countries.add(rec["place"].get("country"))
        target = None
        for cluster in clusters:
            place = cluster_place(cluster)
            if family(cluster[0]) == family(rec) and dates_agree(_date(cluster[0]), _date(rec), 1) and (
                place is None or not countries or place.get("country") in countries
            ):
                target = cluster
                break
        if target is not None:
            target.append(rec)
        else:
            clusters.append([rec])
    return clusters


def same_event(a: list[dict], b: list[dict]) -> bool:
    """Whether clusters from two reports (or two runs) describe one event."""
    if family(a[0]) != family(b[0]):
        return False
    if not dates_agree(_date(a[0]), _date(b[0])):
        return False
    pa, pb = cluster_place(a), cluster_place(b)
    return places_agree(pa, pb, False)
