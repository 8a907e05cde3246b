"""Reading across sentences: what "the village", "the area" and "later" refer to.

Reports name a place once and then say "in the village", "in the area",
"there". A mention whose sentence names no place takes the last named village
or town the narrative was at; numbers in a sentence with no event of their own
("Two assailants were later taken into custody") belong to the event the
narrative was describing; a toll that sums up the episode goes to the episode's
event once.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from flashpoint.extractors.actors import classify_actor
from flashpoint.extractors.armed_groups import group_homes
from flashpoint.extractors.events import VIOLENT, written_in
from flashpoint.extractors.places import SETTLEMENT_WORDS, within
from flashpoint.model import Actor, Claim, EventMention, PlaceMention, Quantity

LOOKBACK_SENTENCES = 6


def _violent(m: EventMention) -> bool:
    """An event whose toll a casualty figure counts: violence, and a protest the state met with lethal force."""
    return any(c in VIOLENT or c.startswith("explosion:") for c in m.category.split("+")) \
        or m.sub_event_type == "Excessive force against protesters"


def is_specific(pm: PlaceMention | None, roles: tuple[str, ...] = ("place",)) -> bool:
    return pm is not None and pm.place is not None and pm.role in roles and pm.place.feature_class == "P"


def fill_places(mentions: list[EventMention], places: list[PlaceMention], text: str = "") -> dict[int, list[str]]:
    """Give place-less mentions the narrative's place; return the countries each mention's sentence names.

    A mention that names only countries keeps them: fusion floats it to a same-kind event in one of
    those countries ("the whole border between Kyrgyzstan and Kazakhstan is closed").
    """
    countries: dict[int, list[str]] = {}
    focal = focal_place(places)
    home = focal.place.country if focal is not None else None
    for i, m in enumerate(mentions):
        # ("attacks on US personnel" names no country the event is in: modifiers and organisations are left out)
        sent_places = [p for p in places if p.span.sentence == m.span.sentence and p.place is not None
                       and p.role not in ("modifier", "org", "outlet", "demonym", "origin")]
        countries[i] = sorted({p.place.country for p in sent_places if p.place.country})
        # (also when the sentence gave only an area: "attacked the village of Seytenga in northern Burkina Faso")
        only_area = m.place is None or m.place.place is not None and m.place.place.is_admin \
            and not m.place.place.feature_code.startswith("ADM2")
        unknown = next((p for p in places if p.span.sentence == m.span.sentence and p.place is None
                        and p.role == "place" and p.designator in SETTLEMENT_WORDS), None) if only_area else None
        if unknown is not None:
            # "stormed a police station in the town of Liancourt": there, though no loaded list holds it, and
            # not in the dateline's city or the last town named (the analyst adds it: `gazetteer missing`)
            m.place = _anchored_in_area(unknown, places, home)
        elif m.place is None:
            narrative = [
                p for p in places
                if is_specific(p, ("place", "residence")) and p.span.start < m.span.start
                and m.span.sentence - p.span.sentence <= LOOKBACK_SENTENCES
            ]
            if narrative:
                m.place = narrative[-1]
                held = next((p for p in narrative[:-1] if p.span.sentence == m.place.span.sentence
                             and written_in(p, m.place, text)), None) if text else None
                if held is not None and held.place.country == m.place.place.country:
                    m.place = held  # "in Raju street of Afrin city in Aleppo": Afrin, which Aleppo was named to locate
            else:
                earlier = [x.place for x in mentions[:i] if is_specific(x.place)]
                m.place = earlier[-1] if earlier else focal_place(places)
                area = next((x.place for x in reversed(mentions[:i]) if x.place is not None and x.place.place is not None
                             and x.place.place.is_admin), None) if not earlier else None
                if area is not None and (m.place is None or m.place.place is None or not within(m.place.place, area.place)):
                    # "in the province of Jujuy, residents protested ... the second day of protests": the province
                    # told before, not a city the report names later for something else
                    m.place = area
            if m.place is None:
                # "students from the University of Ouagadougou held a sit-in": with no other place told, the town
                # of the institution the actors belong to (a university, a company, a union) is where they acted
                m.place = next((p for p in places if p.span.sentence == m.span.sentence and p.role == "org"
                                and p.place is not None and p.place.feature_class == "P"), None)
        _localise_actors(m, home)
    return countries


def _anchored_in_area(unknown: PlaceMention, places: list[PlaceMention], country: str | None) -> PlaceMention:
    """A town no list holds, placed in the most specific area the report names in ``country``, the one it is
    about (ACLED's precision 3, or 2 within a district), keeping its own name; as it is when no area is named."""
    areas = [p for p in places if p.place is not None and p.place.feature_class == "A" and p.place.country == country
             and p.role in ("place", "reference", "dateline", "residence")]
    if not areas:
        return unknown
    named = min(areas, key=lambda p: (not p.place.feature_code.startswith("ADM2"),
                                      not p.place.feature_code.startswith("ADM1"), p.span.start))
    area = named.place
    # (at the area's seat, where ACLED codes what it knows only by the area)
    return replace(unknown, place=area, seat=named.seat, geo_precision=2 if area.feature_code.startswith("ADM2") else 3,
                   anchor=f"in {area.name}", in_gazetteer=False)


def report_country(places: list[PlaceMention], text: str) -> str | None:
    """The one country a report is in, for naming the forces of a sentence that places nothing ("Al Shabaab
    took over the town after government forces withdrew" in a report on Somalia): the country of every place
    it resolves, else the home of the regional armed groups it names. A report across borders has none."""
    found = {p.place.country for p in places if p.place is not None and p.place.country
             and p.role in ("place", "residence", "dateline")}
    if found:
        return found.pop() if len(found) == 1 else None
    homes = group_homes(text)
    return next(iter(homes)) if len(homes) == 1 else None


def focal_place(places: list[PlaceMention]) -> PlaceMention | None:
    """Where the report as a whole is: its most named town, else its most named area or country.

    An eyewitness writing "from Boucotte in Ziguinchor" never repeats the city in the
    sentence that says windows were smashed; the report is still about Ziguinchor.
    Ties go to the place named first (the headline). The dateline city is the last resort.
    """
    # (a continent is no event's place: "across Europe" leaves the report unplaced)
    candidates = [p for p in places if p.place is not None and p.role in ("place", "residence")
                  and p.place.feature_code != "CONT"] \
        or [p for p in places if p.place is not None and p.role == "dateline"]  # the filing city, at worst
    if not candidates:
        return None
    for level in (lambda pl: pl.feature_class == "P", lambda pl: pl.feature_code != "PCLI", lambda pl: True):
        pool = [p for p in candidates if level(p.place)]
        if pool:
            counts = Counter(p.place.place_id for p in pool)
            best = max(counts.values())
            chosen = next(p for p in pool if counts[p.place.place_id] == best)
            if chosen.place.feature_class != "P":
                # "NAIROBI - Protesters stormed Kenya's parliament": the filing city, inside the only area
                # the text names, is where it happened more precisely than the area itself.
                inside = [p for p in places if p.role == "dateline" and p.place is not None
                          and p.place.feature_class == "P" and p.place.country == chosen.place.country
                          and (chosen.place.feature_code.startswith("PCL") or p.place.admin1 == chosen.place.admin1)]
                if inside:
                    return inside[0]
            return chosen
    return None


def _localise_actors(m: EventMention, home: str | None = None) -> None:
    """Actors were named before the narrative gave the mention its place: give them its country (the report's
    country ``home`` for a place no list holds)."""
    country = m.place.place.country if m.place is not None and m.place.place is not None else home
    if country is None:
        return
    on = m.time.start.date() if m.time is not None and m.time.start is not None else None
    for attr in ("actor1", "actor2"):
        actor = getattr(m, attr)
        if actor is not None and actor.inter in (1, 8) and actor.country is not None and actor.normalized.startswith(
                ("Military Forces of", "Police Forces of")):
            # a state's forces acting in another country are external there (ACLED inter 8), at home its own (1)
            inter = 1 if actor.country == country else 8
            if inter != actor.inter:
                setattr(m, attr, Actor(actor.name, actor.normalized, inter, actor.country, actor.identity))
            continue
        if actor is None or actor.country is not None:
            continue
        found = classify_actor(actor.name, country, on)
        if found is not None and found.inter == actor.inter:
            setattr(m, attr, found)
        else:  # keep the class the event extractor chose (relatives attacking police are rioters)
            setattr(m, attr, Actor(actor.name, identity_group_name(actor.normalized, country), actor.inter, country, actor.identity))
    if m.assoc_actor2 and "Unknown Country" in m.assoc_actor2:
        m.assoc_actor2 = identity_group_name(m.assoc_actor2, country)


def identity_group_name(label: str, country: str) -> str:
    from flashpoint.extractors.actors import country_name

    return label.replace("Unknown Country", country_name(country) or country)


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

    def gravest_before(sentence: int) -> EventMention | None:
        """A toll told after the events it counts goes to the gravest of the two events just told:
        "... battled troops. Gunmen set vehicles ablaze. 8 people were killed" counts the battle's dead."""
        near = [x for x in kept if 1 <= sentence - x.span.sentence <= 2 and _violent(x)]
        # (or the one event told three sentences back, with only comment between: "... clashed in Bele. The reason
        # for the dispute was not reported. Villages were set ablaze during the clashes. Fifteen were killed")
        near = near or [x for x in kept if sentence - x.span.sentence == 3 and _violent(x)]
        return max(near, key=lambda x: (x.severity, x.span.sentence)) if near else None

    # A note that codes its toll has weighed its sources' death counts: those count no event of their own.
    coding = any(q.scope == "coded" for q in quantities)
    for q in quantities:
        s = q.span.sentence
        if coding and q.kind == "killed" and q.scope != "coded":
            continue
        if q.scope == "coded":  # the note's own coding counts the event the note is about: its first
            target = next((x for x in kept if _violent(x)), kept[0] if kept else None)
        elif q.kind in ("killed", "injured"):
            own = [x for x in kept if x.span.sentence == s and _violent(x)]
            target = (max(own, key=lambda x: x.severity) if own else gravest_before(s)) or nearest(s, _violent)
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
