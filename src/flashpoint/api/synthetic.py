"""Synthetic events for tests, benchmarks and page development.

``fill_store(store, n)`` writes ``n`` varied, realistic-looking events (real
towns and coordinates, ACLED types, dates, actors, claims, evidence with spans)
and, optionally, the short reports they cite, straight into the store's tables,
without running the pipeline. Deterministic for a given seed.
"""
from __future__ import annotations

import hashlib
import json
import random
from datetime import date, timedelta

from sqlalchemy import insert

from flashpoint.model import EVENT_TYPES, Event
from flashpoint.store.database import Store, claims as claims_table, documents as documents_table, event_to_json
from flashpoint.store.database import events as events_table

# (location, country, admin1, admin2, latitude, longitude, timezone offset)
TOWNS = [
    ("Lagos", "NG", "Lagos", "Ikeja", 6.4541, 3.3947, "+01:00"),
    ("Jos", "NG", "Plateau", "Jos North", 9.8965, 8.8583, "+01:00"),
    ("Maiduguri", "NG", "Borno", "Maiduguri", 11.8333, 13.15, "+01:00"),
    ("Nakuru", "KE", "Nakuru", "Nakuru East", -0.3031, 36.08, "+03:00"),
    ("Nairobi", "KE", "Nairobi", "Starehe", -1.2833, 36.8167, "+03:00"),
    ("Ziguinchor", "SN", "Ziguinchor", "Ziguinchor", 12.5833, -16.2719, "+00:00"),
    ("Oaxaca", "MX", "Oaxaca", "Centro", 17.0606, -96.7253, "-06:00"),
    ("Kumbo", "CM", "North-West", "Bui", 6.2, 10.6667, "+01:00"),
    ("Rutshuru", "CD", "North Kivu", "Rutshuru", -1.1833, 29.45, "+02:00"),
    ("Goma", "CD", "North Kivu", "Goma", -1.6792, 29.2228, "+02:00"),
    ("Sokolo", "ML", "Segou", "Niono", 14.7333, -6.1167, "+00:00"),
    ("Turbat", "PK", "Balochistan", "Kech", 26.0023, 63.044, "+05:00"),
    ("Guayaquil", "EC", "Guayas", "Guayaquil", -2.1962, -79.8862, "-05:00"),
    ("Kaedi", "MR", "Gorgol", "Kaedi", 16.15, -13.5, "+00:00"),
    ("Masanchi", "KZ", "Zhambyl", "Korday", 42.9297, 75.3036, "+06:00"),
    ("Khartoum", "SD", "Khartoum", "Khartoum", 15.5007, 32.5599, "+02:00"),
    ("Aden", "YE", "Aden", "Crater", 12.7794, 45.0367, "+03:00"),
    ("Mosul", "IQ", "Nineveh", "Mosul", 36.335, 43.1189, "+03:00"),
    ("Dhaka", "BD", "Dhaka", "Dhaka", 23.7104, 90.4074, "+06:00"),
    ("Mandalay", "MM", "Mandalay", "Mandalay", 21.9747, 96.0836, "+06:30"),
    ("Port-au-Prince", "HT", "Ouest", "Port-au-Prince", 18.5392, -72.335, "-05:00"),
    ("Bogota", "CO", "Bogota D.C.", "Bogota", 4.6097, -74.0817, "-05:00"),
    ("Lima", "PE", "Lima", "Lima", -12.0432, -77.0282, "-05:00"),
    ("Kharkiv", "UA", "Kharkiv", "Kharkiv", 49.9808, 36.2527, "+02:00"),
    ("Tripoli", "LY", "Tripoli", "Tripoli", 32.8925, 13.18, "+02:00"),
    ("Mogadishu", "SO", "Banaadir", "Mogadishu", 2.0371, 45.3438, "+03:00"),
    ("Ouagadougou", "BF", "Centre", "Kadiogo", 12.3657, -1.5339, "+00:00"),
    ("Manila", "PH", "Metro Manila", "Manila", 14.5995, 120.9842, "+08:00"),
    ("Santiago", "CL", "Santiago Metropolitan", "Santiago", -33.4569, -70.6483, "-04:00"),
    ("Tbilisi", "GE", "Tbilisi", "Tbilisi", 41.6941, 44.8337, "+04:00"),
]
ACTORS = {
    "Battles": ("Military Forces of {c} (2019-)", "Unidentified Armed Group ({c})", 1, 2),
    "Explosions/Remote violence": ("Unidentified Armed Group ({c})", "Civilians ({c})", 2, 7),
    "Violence against civilians": ("Unidentified Armed Group ({c})", "Civilians ({c})", 3, 7),
    "Protests": ("Protesters ({c})", "Police Forces of {c} (2019-)", 6, 1),
    "Riots": ("Rioters ({c})", "Police Forces of {c} (2019-)", 5, 1),
    "Strategic developments": ("Police Forces of {c} (2019-)", None, 1, None),
}
TRIGGERS = {
    "Battles": "clashed", "Explosions/Remote violence": "explosion", "Violence against civilians": "attacked",
    "Protests": "marched", "Riots": "rioted", "Strategic developments": "imposed a curfew",
}
COUNTRY_NAMES = {
    "NG": "Nigeria", "KE": "Kenya", "SN": "Senegal", "MX": "Mexico", "CM": "Cameroon", "CD": "Democratic Republic of Congo",
    "ML": "Mali", "PK": "Pakistan", "EC": "Ecuador", "MR": "Mauritania", "KZ": "Kazakhstan", "SD": "Sudan", "YE": "Yemen",
    "IQ": "Iraq", "BD": "Bangladesh", "MM": "Myanmar", "HT": "Haiti", "CO": "Colombia", "PE": "Peru", "UA": "Ukraine",
    "LY": "Libya", "SO": "Somalia", "BF": "Burkina Faso", "PH": "Philippines", "CL": "Chile", "GE": "Georgia",
}
OUTLETS = ["Reuters", "AFP", "Premium Times", "Daily Nation", "Local Radio", "Fergana", "Dawn"]
SPEAKERS = [("police spokesperson John Ade", "official", "press release"),
            ("resident Mary Okoro", "eyewitness", "interview"),
            ("Dr. Sam Lee, a researcher", "expert", "Twitter"),
            ("community leader Ali Musa", "community", "Facebook")]


def _id(*parts) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def make_events(n: int, seed: int = 7, start: date = date(2024, 1, 1), days: int = 120):
    """``n`` synthetic events and the reports they cite: (list[Event], list[document row dict])."""
    rng = random.Random(seed)
    types = list(EVENT_TYPES)
    out, docs = [], []
    for i in range(n):
        town, cc, admin1, admin2, lat, lon, tz = TOWNS[i % len(TOWNS)] if i < len(TOWNS) else rng.choice(TOWNS)
        lat += rng.uniform(-0.25, 0.25) if i >= len(TOWNS) else 0
        lon += rng.uniform(-0.25, 0.25) if i >= len(TOWNS) else 0
        etype = types[i % len(types)] if i < 12 else rng.choice(types)
        sub = rng.choice(EVENT_TYPES[etype])
        day = start + timedelta(days=rng.randrange(days))
        a1, a2, i1, i2 = ACTORS[etype]
        cname = COUNTRY_NAMES.get(cc, cc)
        actor1, actor2 = a1.format(c=cname), (a2.format(c=cname) if a2 else None)
        violent = etype in ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
        fatalities = rng.choice([0, 1, 2, 3, 5, 8, 12, 25, 60]) if violent and rng.random() < 0.8 else None
        injuries = rng.choice([None, 2, 4, 10]) if violent else None
        arrests = rng.choice([None, 3, 15]) if etype in ("Protests", "Riots", "Strategic developments") else None
        contested = violent and rng.random() < 0.3
        outlet = OUTLETS[i % len(OUTLETS)]
        doc_id = _id("doc", seed, i)
        trigger = TRIGGERS[etype]
        s1 = (f"On {day.strftime('%d %B %Y')}, {actor1} {trigger} in {town}"
              + (f", leaving {fatalities} people dead" if fatalities else "") + ".")
        s2 = "Witnesses said the situation remained tense near the market."
        claims, topics = [], []
        if contested:
            (sp1, r1, ch1), (sp2, r2, ch2) = SPEAKERS[0], SPEAKERS[1 + i % 3]
            official = fatalities or 1
            c1 = {"speaker": sp1, "role": r1, "channel": ch1, "text": f"{official} people were killed",
                  "doc_id": doc_id, "sentence": f"The {sp1} said {official} people were killed."}
            c2 = {"speaker": sp2, "role": r2, "channel": ch2, "text": f"at least {official * 3} people died",
                  "doc_id": doc_id, "sentence": f"But {sp2} said at least {official * 3} people died."}
            claims = [dict(c1, stance={"killed toll": str(official)}), dict(c2, stance={"killed toll": str(official * 3)})]
            topics = [{"topic": "killed toll", "sides": [{"position": str(official), "claims": [c1]},
                                                          {"position": str(official * 3), "claims": [c2]}]}]
            s2 = c1["sentence"] + " " + c2["sentence"]
        text = f"{town} unrest\n\n{s1} {s2}"
        base = text.index(s1)
        t0 = base + s1.index(trigger)
        p0 = base + s1.index(town)
        d0 = base + 3
        evidence = [
            {"field": "event_type", "doc_id": doc_id, "sentence": s1, "text": trigger, "start": t0, "end": t0 + len(trigger)},
            {"field": "location", "doc_id": doc_id, "sentence": s1, "text": town, "start": p0, "end": p0 + len(town)},
            {"field": "time", "doc_id": doc_id, "sentence": s1, "text": day.strftime('%d %B %Y'), "start": d0,
             "end": d0 + len(day.strftime('%d %B %Y'))},
        ]
        quantities = []
        if fatalities:
            q = f"{fatalities} people dead"
            q0 = base + s1.index(q)
            evidence.append({"field": "killed", "doc_id": doc_id, "sentence": s1, "text": q, "start": q0, "end": q0 + len(q)})
            quantities.append({"kind": "killed", "low": fatalities, "high": fatalities, "vague": False, "text": q})
        url = f"https://news.example.org/{outlet.lower().replace(' ', '-')}/{doc_id}"
        published = f"{day.isoformat()}T18:00:00{tz}"
        sources = [{"doc_id": doc_id, "source": outlet, "url": url, "published_at": published,
                    "sentence": s1, "start": t0, "end": t0 + len(trigger)}]
        notes = (f"On {day.day} {day.strftime('%B %Y')}, {actor1} {trigger} in {town} ({admin2}, {admin1})."
                 + (f" Reported toll: {fatalities} killed." if fatalities else ""))
        out.append(Event(
            event_id=_id("ev", seed, i), event_date=day.isoformat(), time_start=f"{day.isoformat()}T00:00:00{tz}",
            time_end=f"{(day + timedelta(days=1)).isoformat()}T00:00:00{tz}", time_precision=1,
            event_type=etype, sub_event_type=sub, actor1=actor1, actor2=actor2, inter1=i1, inter2=i2,
            assoc_actor_1=None, assoc_actor_2=None, country=cc, admin1=admin1, admin2=admin2, location=town,
            geonameid=None, latitude=round(lat, 4), longitude=round(lon, 4), geo_precision=1,
            fatalities=fatalities, injuries=injuries, arrests=arrests, quantities=quantities, contested=contested,
            claims=claims, sources=sources, notes=notes, category=trigger.replace(" ", "_"),
            figures={"killed": {"value": fatalities, "rule": "only figure", "figures": [], "disagree": contested}}
            if fatalities else {},
            evidence=evidence, contested_topics=topics,
        ))
        docs.append({"id": doc_id, "source": outlet, "url": url, "published_at": published, "language": "en",
                     "title": f"{town} unrest", "text": text, "origin": "synthetic", "ingested_at": published})
    return out, docs


def fill_store(store: Store, n: int, seed: int = 7, with_documents: bool = True, batch: int = 5000) -> list[Event]:
    """Write ``n`` synthetic events (and their reports) into ``store``; returns the events."""
    evs, docs = make_events(n, seed)
    for k in range(0, n, batch):
        chunk = evs[k:k + batch]
        rows = []
        for ev in chunk:
            data = event_to_json(ev)
            rows.append(dict(
                event_id=ev.event_id, event_date=ev.event_date, event_type=ev.event_type,
                sub_event_type=ev.sub_event_type, country=ev.country, admin1=ev.admin1, admin2=ev.admin2,
                location=ev.location, latitude=ev.latitude, longitude=ev.longitude, fatalities=ev.fatalities,
                injuries=ev.injuries, arrests=ev.arrests, actor1=ev.actor1, actor2=ev.actor2, contested=ev.contested,
                search_text=" ".join([ev.notes] + [s["sentence"] for s in ev.sources]).lower(),
                data=json.dumps(data), updated_at=ev.sources[0]["published_at"],
            ))
        with store.engine.begin() as conn:
            if len(chunk) < 200:
                for ev in chunk:  # the store's own writer, as the pipeline uses it
                    store._write_event(conn, ev)
            else:  # bulk path for benchmark-sized stores: same columns as Store._write_event
                conn.execute(insert(events_table), rows)
            if with_documents:
                conn.execute(insert(documents_table), docs[k:k + batch])
                claim_rows = [
                    dict(doc_id=c["doc_id"], speaker=c["speaker"], role=c["role"], channel=c["channel"], text=c["text"],
                         sentence=c["sentence"], start=0, end=len(c["sentence"]), stance=json.dumps(c["stance"]),
                         contested=True, event_ids=json.dumps([ev.event_id]))
                    for ev in chunk for c in ev.claims
                ]
                if claim_rows:
                    conn.execute(insert(claims_table), claim_rows)
    store.optimize()
    return evs
