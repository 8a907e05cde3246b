"""Hand-made mention records, the shape ``fuse.records.mention_record`` produces."""
from __future__ import annotations

import itertools

_counter = itertools.count(100)

PLACES = {
    "Masanchi": dict(place_id="user:1", gazetteer_name="Masanchi", geonameid=None, latitude=42.9289, longitude=75.3019,
                     country="KZ", admin1="Zhambyl", admin2="Korday", timezone="Asia/Almaty", feature_class="P",
                     feature_code="PPL", geo_precision=1, anchor=None, in_gazetteer=True),
    "Korday District": dict(place_id="geonames:8739777", gazetteer_name="Korday", geonameid=8739777, latitude=43.1,
                            longitude=74.9, country="KZ", admin1="Zhambyl", admin2="Korday", timezone="Asia/Almaty",
                            feature_class="A", feature_code="ADM2", geo_precision=2, anchor=None, in_gazetteer=True),
    "Kazakhstan": dict(place_id="geonames:1522867", gazetteer_name="Kazakhstan", geonameid=1522867, latitude=48.0,
                       longitude=68.0, country="KZ", admin1=None, admin2=None, timezone="Asia/Almaty", feature_class="A",
                       feature_code="PCLI", geo_precision=3, anchor=None, in_gazetteer=True),
    "Tokmok": dict(place_id="geonames:1527199", gazetteer_name="Tokmok", geonameid=1527199, latitude=42.84194,
                   longitude=75.30149, country="KG", admin1="Chuy", admin2=None, timezone="Asia/Bishkek",
                   feature_class="P", feature_code="PPLA2", geo_precision=1, anchor=None, in_gazetteer=True),
}


def record(*, doc="doc1", event_type="Riots", sub="Mob violence", category="brawl", place="Masanchi", name=None,
           anchor=None, date="2020-02-07", clock=None, quantities=(), claims=(), source="Fergana",
           published="2020-02-08T00:00:00", countries=(), severity=5, sentence=None) -> dict:
    start = next(_counter) * 10
    p = None
    if place:
        p = dict(PLACES[place], name=name or place, start=start + 2, end=start + 8, candidates=[])
        if anchor:
            p.update(anchor=anchor, geo_precision=2, in_gazetteer=False)
    time = None
    if date:
        hhmm = clock or "00:00"
        time = {"start": f"{date}T{hhmm}:00", "end": f"{date}T{hhmm}:00" if clock else None, "precision": 1,
                "has_clock": bool(clock), "kind": "clock" if clock else "date", "text": clock or date,
                "resolved": True, "span_start": start, "span_end": start + 5}
    qs = [dict(kind=k, low=v, high=v, vague=False, text=str(v), hedged=False, casualty=k in ("killed", "injured"),
               scope=scope, official=official, start=start, end=start + 1) for k, v, scope, official in quantities]
    cl = [dict(speaker=s, role=r, channel=ch, text=t, doc_id=doc, claim_id=f"{doc}:{start}:{i}", stance=st,
               sentence=t, start=start, end=start + len(t)) for i, (s, r, ch, t, st) in enumerate(claims)]
    return {"doc_id": doc, "source": source, "url": None, "published_at": published,
            "sentence": sentence or f"A sentence about {category} in {name or place}.", "start": start, "end": start + 5,
            "trigger": category, "event_type": event_type, "sub_event_type": sub, "category": category,
            "actor1": {"name": "rioters", "normalized": "Rioters (Kazakhstan)", "inter": 5, "country": "KZ", "identity": None},
            "actor2": None, "assoc_actor1": None, "assoc_actor2": None, "place": p, "countries": list(countries),
            "time": time, "quantities": qs, "hedged": False, "severity": severity, "claims": cl}
