"""The per-document pipeline: annotated document → mentions → events of that report.

``analyze`` is a pure function of a Document, its spaCy parse and the
gazetteer; the store, the CLI and a Dask batch all call the same function.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import timedelta
from typing import Iterable, Iterator

from flashpoint.extractors.claims import extract_claims
from flashpoint.extractors.datelines import dateline, in_date
from flashpoint.extractors.discourse import attach_quantities, fill_places, link_claims, report_country
from flashpoint.extractors.events import extract_event_mentions
from flashpoint.extractors.places import extract_places
from flashpoint.extractors.quantities import extract_quantities
from flashpoint.extractors.times import extract_times, governing_time
from flashpoint.extractors.victims import count_named_victims
from flashpoint.fuse.cluster import cluster_records
from flashpoint.fuse.reconcile import build_event
from flashpoint.fuse.records import claim_dict, mention_record
from flashpoint.gazetteer.outlets import outlet_country
from flashpoint.language.nlp import sentences as sentence_list
from flashpoint.model import Document, DocumentResult, Span, TimeMention



def _sentence_finder(bounds: list[tuple[int, int]]):
    starts = [a for a, _ in bounds]

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    return sentence_of


def analyze(document: Document, sdoc, gazetteer) -> DocumentResult:
    """Everything one report says: places, times, figures, claims, mentions and its events."""
    sents = sentence_list(sdoc)
    bounds = [(s.start, s.end) for s in sents]
    sentence_of = _sentence_finder(bounds)
    text = document.text
    times = extract_times(text, document.published_at, document.id, bounds)
    places = extract_places(sdoc, document.id, gazetteer, sentence_of, source=document.source,
                            home_country=outlet_country(document.source, document.url, gazetteer))
    quantities = count_named_victims(sdoc, document.id, extract_quantities(text, document.id, bounds))

    event_times = [t for t in times if not is_statement_time(text, t.span.start, t.span.end)]
    # "12 October. Rioters calling for peace in Beni clashed with police in Butembo": a note that opens with its
    # date, alone, dates what follows
    opening = next((t for t in event_times if t.resolved and t.span.sentence == 0 and bounds
                    and not re.sub(r"[\W_]+", "", text[bounds[0][0]:bounds[0][1]].replace(t.span.text, ""))), None)

    def time_for(start: int, end: int, sentence_start: int):
        own = sentence_of(start)
        tm = governing_time(event_times, start, end, sentence_start, bounds[own][1], text)
        if tm is None:
            # A lede often dates nothing itself ("... were killed in a firefight, the army said on Monday")
            # and the next sentences tell when ("late on Sunday afternoon"): the story's first event time.
            ahead = [t for t in event_times if t.resolved and own < t.span.sentence <= own + LEDE_LOOKAHEAD]
            tm = ahead[0] if ahead else governing_time(times, start, end, sentence_start, bounds[own][1], text) or opening
        if tm is not None and tm.has_clock and tm.start and "\n" in text[tm.span.end:start]:
            # A clock time or part of day governs its paragraph; later paragraphs keep only its date.
            day = tm.start.replace(hour=0, minute=0)
            tm = replace(tm, start=day, end=day + timedelta(days=1), has_clock=False, kind="date")
        return tm

    published = document.published_at.date() if document.published_at is not None else None
    mentions = extract_event_mentions(sdoc, document.id, bounds, places, quantities, time_for, report_country(places, text),
                                      published=published)
    if document.published_at is not None and not any(t.resolved for t in times):
        # A brief that dates nothing ("Clashes between police and rioters at a mosque in Semere left
        # eight dead") tells of the days just before it was published: ACLED's report date. Only what
        # it places below a country is an incident; "strikes on markets feed recruitment" is commentary.
        # A brief of a few sentences is all incident: its lede is the event even where no place resolves
        # ("Army vehicle hit an IED just west of Gossi, killing two soldiers").
        # A longer report's lede, when it opens the report, is its event too, told on over the next sentences
        # ("Residents protested for a second day ... blocked the road ... Police engaged the demonstrators in
        # running battles").
        undated = publication_time(document)
        lede = min((m.span.sentence for m in mentions), default=None)
        if len(bounds) <= BRIEF_SENTENCES:
            story = {lede}
        else:
            story = set(range(lede, lede + STORY_SENTENCES)) if lede is not None and lede <= LEDE_OPENS else set()
        mentions = [replace(m, time=undated) if (m.time is None or m.time.start is None)
                    and (_placed(m) or m.span.sentence in story) else m for m in mentions]
    elif document.published_at is not None and len(bounds) <= BRIEF_SENTENCES:
        # A brief whose dates belong to something else ("traders demonstrated over ... hawkers who flooded the
        # town since the governor was declared ... prior to the August 8 election"): what its opening sentence
        # tells is still its event, of the days it was published
        undated = publication_time(document)
        mentions = [replace(m, time=undated) if (m.time is None or m.time.start is None) and m.span.sentence == 0
                    else m for m in mentions]
    if document.published_at is not None:
        # In a report that dates its events, what the text never dates is background or commentary
        # ("strikes on markets ... feed the recruitment pitch"), not an event an analyst would code.
        mentions = [m for m in mentions if m.time is not None and m.time.start is not None]
    countries = fill_places(mentions, places, sdoc.text)
    country_of = {id(m): countries[i] for i, m in enumerate(mentions)}
    mentions = attach_quantities(mentions, quantities)
    claims = extract_claims(sdoc, document.id, bounds, source=document.source)
    link_claims(claims, mentions)
    clusters = clusters_of(document, sents, mentions, claims, country_of)
    events = [build_event(c) for c in clusters]
    if events:  # the report's principal event first, the rest as told
        lead = principal_index(events)
        order = [lead] + [i for i in range(len(events)) if i != lead]
        events, clusters = [events[i] for i in order], [clusters[i] for i in order]
    return DocumentResult(document, sents, places, times, quantities, claims, mentions, events, clusters)


PRINCIPAL_SPAN = 200  # characters: events told this near the first are the report's opening


def principal_index(events: list) -> int:
    """Which event a report is about: one of those its opening tells, the gravest (then the best sourced).

    A report, or a one-paragraph ACLED note, opens with its event ("On 8 January, militants attacked ...");
    what follows is its toll, aftermath or background. Where the opening tells two, the deadlier is the
    headline's."""
    def told_at(e) -> int:
        starts = [x["start"] for x in e.evidence if x.get("field") == "event_type" and x.get("start") is not None]
        return min(starts) if starts else 10**9

    first = min(told_at(e) for e in events)
    opening = [i for i, e in enumerate(events) if told_at(e) - first < PRINCIPAL_SPAN] or list(range(len(events)))
    return max(opening, key=lambda i: (events[i].fatalities or 0, len(events[i].sources), -i))


BRIEF_SENTENCES = 4  # a report this short is a brief (an agency flash, a dataset note), not commentary
LEDE_OPENS = 1  # a lede told in the report's first two sentences opens it
STORY_SENTENCES = 4  # ... and it is told on over three more


def _placed(mention) -> bool:
    place = mention.place.place if mention.place is not None else None
    return place is not None and not place.feature_code.startswith("PCL")


def publication_time(document: Document) -> TimeMention:
    """The report's own date as an event time, within a week (ACLED time precision 2)."""
    day = document.published_at.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    return TimeMention(Span(document.id, 0, 0, 0, ""), day, day + timedelta(days=1), time_precision=2,
                       kind="published")


LEDE_LOOKAHEAD = 2  # sentences after an undated event in which its time may be told
# "the army said on Monday", "told reporters on Tuesday": when it was said, not when it happened.
STATEMENT_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|announced|confirmed|stated|added|reported|"
                              r"wrote|tweeted|posted|declared|claimed)\s+(?:late\s+|early\s+)?$", re.I)


def is_statement_time(text: str, start: int, end: int) -> bool:
    """A time that dates a statement or a dateline ("BOGOTA, May 8 (APS) —"), not an event."""
    if STATEMENT_BEFORE.search(text[max(0, start - 40):start]):
        return True
    m = dateline(text, start)
    return m is not None and in_date(m, start, end)


def records_of(document: Document, sents, mentions, claims, country_of) -> list[dict]:
    records = []
    for i, m in enumerate(mentions):
        linked = [c for c in claims if i in c.event_refs]
        records.append(mention_record(m, document, sents[m.span.sentence].text, linked, country_of.get(id(m), [])))
    return records


def clusters_of(document: Document, sents, mentions, claims, country_of) -> list[list[dict]]:
    """The report's mention records grouped into events, the episode's toll and claims on its event."""
    records = records_of(document, sents, mentions, claims, country_of)
    clusters = cluster_records(records)
    if not clusters:
        return []
    main = episode_cluster(clusters)
    # The episode's toll counts once, on the episode's event.
    for cluster in clusters:
        if cluster is main:
            continue
        for r in cluster:
            moved = [q for q in r["quantities"] if q["scope"] == "episode"]
            if moved:
                r["quantities"] = [q for q in r["quantities"] if q["scope"] != "episode"]
                main[0]["quantities"] = main[0]["quantities"] + moved
    # Claims about the situation as a whole (no event in their words) bear on the episode.
    linked = {c.claim_id for c in claims if c.event_refs}
    main[0]["claims"] = main[0]["claims"] + [claim_dict(c, document.id) for c in claims if c.claim_id not in linked]
    return clusters


def episode_cluster(clusters: list[list[dict]]) -> list[dict]:
    """The report's principal event: where its first episode-wide toll points, else the gravest."""
    with_toll = [
        (min(q["start"] for r in c for q in r["quantities"] if q["scope"] == "episode"), i)
        for i, c in enumerate(clusters)
        if any(q["scope"] == "episode" for r in c for q in r["quantities"])
    ]
    if with_toll:
        return clusters[min(with_toll)[1]]
    return max(clusters, key=lambda c: (max(r["severity"] for r in c), len(c), -min(r["start"] for r in c)))


def analyze_many(documents: Iterable[Document], gazetteer, nlp=None, batch_size: int = 16) -> Iterator[DocumentResult]:
    """Stream results; spaCy parses in batches (``nlp.pipe``)."""
    from flashpoint.language.nlp import annotate_many

    for document, sdoc in annotate_many(documents, nlp, batch_size):
        yield analyze(document, sdoc, gazetteer)
