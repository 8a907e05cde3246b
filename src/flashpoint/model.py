"""The plain data model every stage passes along (see design.md, "Data model").

Stages exchange these dataclasses and nothing else, so a stage can be tested on
hand-made values and swapped without touching its neighbours. Offsets are
character offsets into ``Document.text``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

# ACLED's six event types and 25 sub-types (design.md, "Event taxonomy").
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# ACLED inter codes.
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}

SPEAKER_ROLES = ("official", "expert", "community", "eyewitness", "media", "unknown")
QUANTITY_KINDS = ("killed", "injured", "arrested", "buildings", "crowd", "vehicles", "other")
CASUALTY_KINDS = ("killed", "injured")


def to_dict(obj: Any) -> dict[str, Any]:
    """Dataclass → plain dict (datetimes left as objects; exporters format them)."""
    return asdict(obj)


@dataclass(frozen=True)
class Document:
    """One report. ``id`` is the content hash, so the same text is stored once."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    language: str = "en"
    title: str | None = None
    origin: str | None = None  # file (and line) it was read from, for error messages


@dataclass(frozen=True)
class Place:
    """A gazetteer record. ``place_id`` is 'geonames:<id>' or 'user:<n>'."""

    place_id: str
    name: str
    latitude: float
    longitude: float
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # name, e.g. "Zhambyl"
    admin2: str | None = None  # name, e.g. "Korday"
    feature_class: str = "P"  # GeoNames: P populated place, A admin area, ...
    feature_code: str = "PPL"  # PPL, PPLA, ADM1, ADM2, PCLI, ...
    population: int = 0
    timezone: str | None = None
    geonameid: int | None = None
    source: str = "geonames"  # geonames | user | derived

    @property
    def is_admin(self) -> bool:
        return self.feature_class == "A"


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass
class Span:
    """Provenance of one fact: where in which document it was read."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass
class PlaceMention:
    span: Span
    name: str  # as written
    place: Place | None  # None: not in the gazetteer and no anchor found
    geo_precision: int = 1  # ACLED: 1 town, 2 near a town / part of a district, 3 region+
    confidence: float = 0.0
    candidates: list[tuple[str, float]] = field(default_factory=list)  # (place label, score)
    designator: str | None = None  # village, district, region, border crossing, ...
    anchor: str | None = None  # "3km from Masanchi", "neighbouring village of Masanchi"
    in_gazetteer: bool = True
    # place | org (inside an organisation's name) | origin | reference | modifier | residence | demonym (a country
    # named by its people: "Kazakh police") | dateline (where the report was filed) | outlet (the publisher's name)
    role: str = "place"
    seat: Place | None = None  # an area's capital, where ACLED codes what is known only by the area


@dataclass
class TimeMention:
    """A time expression resolved to local wall-clock instants.

    ``start``/``end`` are naive local datetimes: the timezone belongs to the
    event's place, which is known only after places are resolved; exporters
    attach the offset (``extract.times.localize``).
    """

    span: Span
    start: datetime | None
    end: datetime | None
    time_precision: int = 1  # ACLED: 1 day, 2 within a week, 3 within a month
    has_clock: bool = False  # a clock time or a part of day narrowed it
    resolved: bool = True  # False: relative expression with no anchor
    kind: str = "date"  # date | clock | part_of_day | relative | range | duration | published (the report's date)
    utc: bool = False  # the text gave the clock in GMT/UTC ("at 0600 GMT"): start/end are UTC, not local


@dataclass
class Quantity:
    span: Span
    kind: str  # one of QUANTITY_KINDS
    low: int | None
    high: int | None  # None: unbounded ("more than 10" → 11–None)
    vague: bool = False
    hedged: bool = False
    casualty: bool = False
    text: str = ""
    scope: str = "incident"  # incident | episode (a toll that sums up the whole report) | coded (the note's own coding)
    official: bool = False
    people: str | None = None  # whom a casualty figure counts, as written: "soldiers", "Fulani", "other militants"


@dataclass
class Actor:
    name: str  # as written
    normalized: str  # ACLED style, "Police Forces of Kazakhstan (2019-)"
    inter: int  # ACLED inter code
    country: str | None = None
    identity: str | None = None  # "Dungan Ethnic Group (Kazakhstan)"


@dataclass
class Claim:
    span: Span
    speaker: str
    role: str  # one of SPEAKER_ROLES
    channel: str | None
    text: str  # what is asserted (the quote or reported clause)
    stance: dict[str, str] = field(default_factory=dict)  # topic → position
    event_refs: list[int] = field(default_factory=list)  # indexes of EventMentions it bears on
    claim_id: str = ""


@dataclass
class EventMention:
    """One report of one event in one document."""

    span: Span  # the trigger
    event_type: str
    sub_event_type: str
    category: str  # finer kind used for merging: brawl, arson, border_closure, ...
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actor1: str | None = None
    assoc_actor2: str | None = None
    place: PlaceMention | None = None
    time: TimeMention | None = None
    quantities: list[Quantity] = field(default_factory=list)
    hedged: bool = False
    negated: bool = False
    speaker: str | None = None  # who asserts it, when it is reported speech
    severity: int = 0


@dataclass
class Source:
    doc_id: str
    source: str | None
    url: str | None
    published_at: str | None
    sentence: str
    start: int
    end: int


@dataclass
class Event:
    """One real-world event fused from one or more mentions."""

    event_id: str
    event_date: str | None
    time_start: str | None
    time_end: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    inter1: int | None
    inter2: int | None
    assoc_actor_1: str | None
    assoc_actor_2: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    fatalities: int | None
    injuries: int | None
    arrests: int | None
    quantities: list[dict[str, Any]]
    contested: bool
    claims: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    notes: str
    hedged: bool = False
    category: str = ""
    place_id: str | None = None
    figures: dict[str, Any] = field(default_factory=dict)  # each source's numbers and the choice
    evidence: list[dict[str, Any]] = field(default_factory=list)  # field → sentence/span
    contested_topics: list[dict[str, Any]] = field(default_factory=list)

    @property
    def interaction(self) -> int | None:
        codes = sorted(c for c in (self.inter1, self.inter2) if c)
        if not codes:
            return None
        if len(codes) == 1:
            return codes[0] * 10
        return codes[0] * 10 + codes[1]


@dataclass
class DocumentResult:
    """Everything extracted from one document, before fusion across documents."""

    document: Document
    sentences: list[Sentence]
    places: list[PlaceMention]
    times: list[TimeMention]
    quantities: list[Quantity]
    claims: list[Claim]
    mentions: list[EventMention]
    events: list[Event]
    clusters: list[list[dict[str, Any]]] = field(default_factory=list)  # mention records per event
