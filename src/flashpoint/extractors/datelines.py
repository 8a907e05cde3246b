"""Datelines: "QUETTA, Pakistan, May 6 (SANS) — " says where and when a report was filed.

Neither the place nor the date on a dateline is an event's: the places extractor marks
the place, the time resolution skips the date. Both read the one pattern here.
"""
from __future__ import annotations

import re

# A line opening with a place (all capitals or capitalised words), maybe its country, maybe a date,
# maybe the agency, then a dash, a colon or the end of the line (a dash that joins a word, "US-led", is none).
DATELINE = re.compile(
    r"(?P<city>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*)*)"
    r"(?:,\s*(?P<country>[A-Z][A-Za-z' .’-]{1,40}?))?"
    r"(?P<when>,\s*(?:\w{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\w{3,9}(?:\s+\d{4})?))?"
    r"\s*(?P<agency>\([^)\n]{1,40}\))?\s*(?P<end>[\u2014\u2013-]+(?![a-z])|:|$|(?<=\))(?=\s+[A-Z]))",  # "WASHINGTON (RNS) Evangelical"
    re.M,
)


def dateline(text: str, pos: int) -> re.Match | None:
    """The dateline of the line holding ``pos``, if that line opens with one.

    A bare place (and country) on its own line counts ("Bamako" over a communiqué); a place
    followed only by a colon does not.
    """
    return dateline_at(text, text.rfind("\n", 0, pos) + 1)


def dateline_at(text: str, start: int) -> re.Match | None:
    """The dateline opening exactly at ``start`` (a line's start, or a story's after its headline)."""
    m = DATELINE.match(text, start)
    if m is None:
        return None
    if m.group("agency") and not m.group("end") and not m.group("city").isupper():
        return None  # "Hezbollah (Party of God) fighters": a name glossed, not a dateline
    alone = not (m.group("when") or m.group("agency") or m.group("end"))
    if alone or m.group("when") or m.group("agency") or m.group("end").startswith(("\u2014", "\u2013", "-")):
        return m
    return None


def in_place(m: re.Match, start: int, end: int) -> bool:
    """The span is the dateline's city, or its country after an all-capitals city ("QUETTA, Pakistan").

    The whole city: "Officer" closing "Police Public Relations Officer" is no dateline.
    """
    if (start, end) == (m.start("city"), m.end("city")):
        return True
    return m.group("country") is not None and m.group("city").isupper() \
        and m.start("country") <= start and end <= m.end("country")


def in_date(m: re.Match, start: int, end: int) -> bool:
    """The span is the dateline's date, and a dash ends the dateline ("BOGOTA, May 8 (APS) —")."""
    return m.group("when") is not None and m.start("when") <= start and end <= m.end("when") \
        and m.group("end").startswith(("\u2014", "\u2013", "-"))


def strip_dateline(phrase: str) -> str:
    """The phrase without a dateline it opens with: "RAIPUR - Maoist rebels" is "Maoist rebels".

    Only an all-capitals city closed by a dash: "Hezbollah fighters" opens with no dateline.
    """
    m = DATELINE.match(phrase)
    if m and m.group("city").isupper() and m.group("end").startswith(("\u2014", "\u2013", "-")):
        return phrase[m.end():].lstrip()
    return phrase
