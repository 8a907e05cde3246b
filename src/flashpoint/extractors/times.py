"""Time expressions in a report → resolved local time intervals (``TimeMention``).

Why it works the way it does:

* Reports tell a story. "That afternoon", "later that evening" or "at around
  14.10" carry no date of their own: they take the date the text LAST
  established, not the publication date. ``extract_times`` therefore reads
  the text in order and keeps a *narrative state* (current day, and whether
  the story has reached the evening/night). The publication date is only the
  initial state, used while the text has established nothing.
* After an evening/night, a clock time or part of day in the morning/early
  hours ("... the night's attacks. At 5.25am local time ...") is the next
  day, unless the text pins it to the same day ("that morning", "the same
  day"). Afternoon clock times after an evening are *not* rolled forward:
  news narratives step back in time ("had stopped ... at 14.10") more often
  than they skip a whole night without saying so.
* Relative days ("yesterday", "on Tuesday", "last night") count from
  publication; "the next day", "three days earlier", "for three days" count
  from the narrative day. With no anchor they stay unresolved
  (``resolved=False``, start/end ``None``): we never guess from today's date.
* A bare day and month ("7 December") takes the year that puts it on or
  before publication; without a publication date it takes the year of a
  date the text stated explicitly, else it stays unresolved.

Conventions of the values produced:

* ``start``/``end`` are naive LOCAL wall-clock datetimes; ``localize``
  attaches the event place's offset later.
* Intervals are half-open ``[start, end)``: "7 February" is 7 Feb 00:00 to
  8 Feb 00:00, "late on the evening of 7 February" 21:00 to 8 Feb 00:00.
* A clock time is an instant: ``start == end`` == that minute.
* ``time_precision`` is ACLED's: 1 a day (or narrower) is known, 2 within a
  week / a few days, 3 only the month (or coarser; 3 is ACLED's maximum).

Numbers that are not times ("article 293", "18,000", "94%", "3km", "2.5
million", "3-1", years) are never read as clock times: an ``HH.MM`` needs a
preposition before it (at/around/by/from/since/...) or a marker after it
(a.m./p.m., "hours", "local time", "that afternoon").
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flashpoint.model import Span, TimeMention

# --------------------------------------------------------------------------- vocabulary

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
          "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "a couple of": 2, "several": 3}

# Parts of day as [start hour, end hour); an end past 24 runs into the next day.
PARTS: dict[str, tuple[int, int]] = {
    "dawn": (4, 7), "early_morning": (4, 9), "morning": (6, 12), "late_morning": (9, 12),
    "early_afternoon": (12, 15), "afternoon": (12, 18), "late_afternoon": (15, 18),
    "early_evening": (18, 21), "evening": (18, 24), "late_evening": (21, 24),
    "night": (21, 30), "night_to": (21, 30), "overnight": (0, 6), "early_hours": (0, 6),
}

# --------------------------------------------------------------------------- patterns

_MONTH_WORDS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


def _month(name: str) -> str:
    # the full stop of an abbreviation ("Feb.") belongs to it; the one ending a sentence does not
    return rf"(?P<{name}>{_MONTH_WORDS})(?:(?<![a-z]{{4}})\.)?(?![a-z])"


def _day(name: str) -> str:
    # not part of a larger number ("18,000", "2.5", "07/02") and not a clock ("7.30")
    return rf"(?<![\w.,:/])(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![.,:]?\d)"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?!\d)"


_PART_WORD = r"morning|afternoon|evening|night"
_NUM = r"a\s+couple\s+of|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
_WEEKDAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_CLOCK_PREFIX = (r"(?:at|around|about|approximately|approx\.|by|until|till|from|since|after|before|between"
                 r"|shortly\s+(?:after|before)|just\s+(?:after|before)|sometime\s+(?:around|after|before))"
                 r"(?:\s+(?:around|about|approximately))?")
# what may follow a number that is an amount, not a time ("by 2.50 percent")
_NOT_TIME_UNITS = (r"(?!\s*(?:%|per\s*cent|percent|million|billion|thousand|bn\b|m\b|km|kilomet|met(?:re|er)s?\b"
                   r"|miles?\b|kg\b|kilo|tonnes?\b|tons?\b|dollars?|euros?|pounds?|points?|times\b|[-–]\d))")
_AMPM = r"(?P<ap>[ap])(?:\.\s?m\b\.?|\s?m\b)"  # "am", "a m", "a.m.", but not a sentence's full stop
_LOCAL = r"(?:\s*(?P<suffix>hours|hrs|h\b|local\s+time|gmt|utc)\b)?"

DATE_DM = re.compile(rf"(?:\bthe\s+)?{_day('d')}(?:\s+of)?\s+(?:the\s+month\s+of\s+)?{_month('mon')}(?:,?\s+{_year('y')})?", re.I)
DATE_MD = re.compile(rf"(?<![\w])(?:the\s+)?{_month('mon')}\s+{_day('d')}(?:,?\s+{_year('y')})?", re.I)
DATE_ISO = re.compile(r"(?<![\w.-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])", re.I)
DATE_NUM = re.compile(r"(?<![\w.,/-])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\w/.]\d|\w)", re.I)
RANGE_DM = re.compile(rf"(?:\b(?P<kw>from|between)\s+)?(?:\bthe\s+)?{_day('d1')}\s*(?:-|–|to|and|until|till|through)\s*(?:the\s+)?"
                      rf"{_day('d2')}(?:\s+of)?\s+{_month('mon')}(?:,?\s+{_year('y')})?", re.I)
RANGE_MD = re.compile(rf"(?:\b(?P<kw>from|between)\s+)?(?<![\w]){_month('mon')}\s+{_day('d1')}\s*(?:-|–|to|and|until|till|through)\s*"
                      rf"{_day('d2')}(?:,?\s+{_year('y')})?", re.I)
MONTH_ONLY = re.compile(rf"\b(?:(?P<pre>in|during|throughout|since|by|until|of|early|late|mid|mid-|in\s+(?:early|late|mid-?))\s*)?"
                        rf"{_month('mon')}(?:,?\s+{_year('y')})?(?!\s*\d)", re.I)
YEAR_IN = re.compile(rf"\b(?:in|during|throughout)\s+(?:(?:early|late|mid-?)\s*)?{_year('y')}(?![-–/]\d)", re.I)
MONTH_REL = re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<which>this|last|past|previous)\s+month\b", re.I)
WEEK_REL = re.compile(r"\b(?P<mod>earlier\s+|later\s+)?(?P<which>this|last|past|previous)\s+week\b", re.I)
WEEKEND = re.compile(r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:last|this|past)\s+weekend\b", re.I)
WEEKDAY = re.compile(rf"(?<!\w)(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bbefore\s)(?:(?P<mod>last|this|next|past|on|(?:early|late)\s+on)\s+)?(?P<wd>{_WEEKDAY})(?:['’]s)?"
                     rf"(?:\s+(?P<pmod>early|late)?\s*(?P<part>{_PART_WORD}))?(?!\w)", re.I)
DAY_BEFORE_YESTERDAY = re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", re.I)
YESTERDAY = re.compile(rf"\byesterday(?:['’]s)?(?:\s+(?P<part>{_PART_WORD}))?\b", re.I)
LAST_NIGHT = re.compile(r"\blast\s+(?P<part>night|evening)\b", re.I)
TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)
AGO = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?)\s+ago\b", re.I)
# "two days later" shifts the story; "a day after Israel announced ..." dates another event, not this one.
NARR_SHIFT = re.compile(rf"\b(?P<n>{_NUM})\s+days?\s+(?:(?P<dir>earlier|later)\b|(?P<dir2>before|after)\b(?=\s*(?:[,.;:)]|$)))",
                        re.I)
NEXT_PREV = re.compile(rf"\b(?:the\s+|on\s+the\s+)?(?P<dir>following|next|previous|preceding)\s+(?P<unit>day|{_PART_WORD})\b", re.I)
DAY_AFTER = re.compile(r"\bthe\s+day\s+(?P<dir>after|before)\b(?!\s+(?:the|a|an|his|her|its|their|this|that|yesterday|tomorrow)\b)", re.I)
THAT_PART = re.compile(rf"\b(?:(?P<mod>later|earlier|late|early)\s+(?:on\s+)?)?that\s+(?P<unit>day|{_PART_WORD})\b", re.I)
SAME_PART = re.compile(rf"\b(?:on\s+)?the\s+same\s+(?P<unit>day|{_PART_WORD})\b", re.I)
IN_THE_PART = re.compile(r"\b(?:(?P<mod>later|earlier|late|early)\s+)?(?:in|during)\s+the\s+(?P<pmod2>early\s+|late\s+)?(?P<unit>day|morning|afternoon|evening)\b(?!\s+of\b)", re.I)
BARE_PART = re.compile(r"\b(?P<mod>early|late|mid)[- ]?(?P<unit>morning|afternoon|evening)\b(?!\s+of\b)", re.I)
NIGHT = re.compile(r"\b(?:(?:during|in|through(?:out)?)\s+the\s+night\b(?!\s+(?:of|to|into|from|before|between)\b)"
                   r"|the\s+night['’]s|late\s+at\s+night\b|at\s+night\b)", re.I)
OVERNIGHT = re.compile(r"\bovernight\b", re.I)
DAWN = re.compile(r"\b(?:at|around|before|after|by)\s+(?:dawn|daybreak|first\s+light)\b", re.I)
# prefixes that must be followed by a day: "late on the evening of", "the night to", "since"
PART_OF = re.compile(rf"\b(?:(?P<mod>late|early)\s+(?:on\s+|in\s+)?)?(?:(?:on|in|during)\s+)?the\s+(?P<unit>{_PART_WORD})\s+of(?=\s)", re.I)
NIGHT_TO = re.compile(r"\b(?:(?:on|in|during)\s+)?the\s+night\s+(?:to|into|before)(?=\s)", re.I)
NIGHT_FROM = re.compile(r"\b(?:(?:on|in|during)\s+)?the\s+night(?:\s+from)?(?=\s+(?:between|from)?\s*(?:the\s+)?\d)", re.I)
EARLY_HOURS = re.compile(r"\b(?:in\s+)?the\s+(?:early|small|wee)\s+hours(?P<of>\s+of(?=\s))?", re.I)
SINCE = re.compile(r"\bsince(?=\s)", re.I)
DURATION = re.compile(rf"\bfor\s+(?:the\s+(?:past|last)\s+)?(?P<n>{_NUM})\s+(?:(?:straight|consecutive|successive)\s+)?(?P<unit>days?|weeks?)\b", re.I)

CLOCK_AMPM = re.compile(rf"(?:\b{_CLOCK_PREFIX}\s+)?(?<![\w.,:])(?P<h>1[0-2]|0?\d)(?:[.:](?P<m>[0-5]\d))?\s*{_AMPM}(?!\w){_LOCAL}", re.I)
CLOCK_PREFIXED = re.compile(rf"\b{_CLOCK_PREFIX}\s+(?P<h>[01]?\d|2[0-3])[.:h](?P<m>[0-5]\d)(?![\d]|[.,:]\d){_NOT_TIME_UNITS}{_LOCAL}", re.I)
CLOCK_SUFFIXED = re.compile(rf"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?:\s*(?P<suffix>hours|hrs|local\s+time|gmt|utc)\b"
                            rf"|(?=\s+that\s+(?:{_PART_WORD})))", re.I)
CLOCK_HHMM = re.compile(rf"(?:\b{_CLOCK_PREFIX}\s+)?(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<suffix>hours|hrs|gmt|utc|local\s+time)\b", re.I)
CLOCK_WORD = re.compile(rf"\b{_CLOCK_PREFIX}\s+(?P<word>noon|midday|midnight)\b", re.I)
CLOCK_OCLOCK = re.compile(rf"\b{_CLOCK_PREFIX}\s+(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*"
                          rf"(?:o['’]clock\b(?:\s*(?P<rel>in\s+the|at|that)\s+(?P<part>{_PART_WORD})\b)?"
                          rf"|(?P<rel2>in\s+the|at|that)\s+(?P<part2>{_PART_WORD})\b)", re.I)

# gaps allowed between pieces that describe one time ("on 7 February, at 14.10")
_GAP_JOIN = re.compile(r"^[\s,]*(?:(?:on|of|at|in)\s+)?(?:the\s+)?$", re.I)
_GAP_RANGE = re.compile(r"^\s*(?P<c>-|–|to|until|till|through|and)\s*$", re.I)


# --------------------------------------------------------------------------- pieces

@dataclass
class _Piece:
    """One matched expression (or several merged), before resolution.

    ``day`` is a tuple spec: ('date', y, m, d), ('month', y, m), ('month_rel', k),
    ('week_rel', which), ('weekend',), ('year', y), ('pub', offset, precision),
    ('narr', offset), ('weekday', wd, mode), ('range', a, b), ('since', spec),
    ('duration', days) — or None when only a clock or part of day is given.
    """

    start: int
    end: int
    day: tuple | None = None
    part: str | None = None
    clock: tuple[int, int] | None = None
    ampm: bool = False  # the clock says a.m./p.m. (or 24 h), so a part of day must not shift it
    same: bool = False  # explicitly the narrative day ("that evening"): never rolled forward
    prefix: str | None = None  # 'of' / 'since': must merge with the day that follows, else dropped


def _part_name(mod: str | None, word: str) -> str | None:
    word = word.lower()
    if word == "day":
        return None
    if word == "night":
        return "night"
    mod = (mod or "").lower().strip()
    if mod in ("late", "early"):
        key = f"{mod}_{word}"
        if key in PARTS:
            return key
    return word


def _num(s: str) -> int:
    s = re.sub(r"\s+", " ", s.lower())
    return int(s) if s.isdigit() else NUMBERS[s]


def _month_no(token: str) -> int | None:
    """Month number, refusing lower-case 'may'/'march' (a verb far more often than a month)."""
    low = token.lower().rstrip(".")
    if low in ("may", "mar", "march") and token[0].islower():
        return None
    return MONTHS.get(low[:3])


def _year_of(s: str | None) -> int | None:
    return int(s) if s else None


def _date_spec(m: re.Match) -> tuple | None:
    mon = _month_no(m.group("mon"))
    d = int(m.group("d"))
    if mon is None or not 1 <= d <= 31:
        return None
    return ("date", _year_of(m.group("y")), mon, d)


def _match_pieces(text: str) -> list[_Piece]:
    """Every candidate expression, each as a _Piece (overlaps resolved later)."""
    found: list[tuple[int, _Piece]] = []

    def add(m: re.Match, rank: int = 0, **kw) -> None:
        found.append((rank, _Piece(m.start(), m.end(), **kw)))

    for m in DATE_DM.finditer(text):
        if spec := _date_spec(m):
            add(m, day=spec)
    for m in DATE_MD.finditer(text):
        if spec := _date_spec(m):
            add(m, day=spec)
    for m in DATE_ISO.finditer(text):
        add(m, day=("date", int(m["y"]), int(m["m"]), int(m["d"])))
    for m in DATE_NUM.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        # A two-digit year pivots as POSIX strptime's %y does: 69-99 are the 1900s ("11/5/97" is 1997).
        y = int(m["y"]) if len(m["y"]) == 4 else (1900 if int(m["y"]) >= 69 else 2000) + int(m["y"])
        if m["sep"] == "." and len(m["y"]) != 4:
            continue  # "7.30.15" and the like: too easily not a date
        d, mon = (a, b) if b <= 12 else (b, a)  # day-first unless impossible
        if 1 <= mon <= 12 and 1 <= d <= 31:
            add(m, day=("date", y, mon, d))
    for rx in (RANGE_DM, RANGE_MD):
        for m in rx.finditer(text):
            mon = _month_no(m["mon"])
            if mon is None:
                continue
            if "and" in text[m.start():m.end()].lower().split() and (m["kw"] or "").lower() != "between":
                continue  # "7 and 9 February" are two days, not a span
            y = _year_of(m["y"])
            add(m, day=("range", ("date", y, mon, int(m["d1"])), ("date", y, mon, int(m["d2"]))))
    for m in MONTH_ONLY.finditer(text):
        mon = _month_no(m["mon"])
        if mon is None or not (m["pre"] or m["y"]):
            continue  # a bare "February" is too often part of a name
        pre = (m["pre"] or "").lower()
        if pre == "since":
            add(m, day=("since", ("month", _year_of(m["y"]), mon)))
        else:
            add(m, day=("month", _year_of(m["y"]), mon))
    for m in YEAR_IN.finditer(text):
        add(m, day=("year", int(m["y"])))
    for m in MONTH_REL.finditer(text):
        add(m, day=("month_rel", 0 if m["which"].lower() == "this" else -1))
    for m in WEEK_REL.finditer(text):
        which = m["which"].lower()
        add(m, day=("week_rel", "earlier" if which == "this" and m["mod"] and m["mod"].lower().startswith("earlier")
                    else "this" if which == "this" else "last"))
    for m in WEEKEND.finditer(text):
        add(m, day=("weekend",))
    for m in WEEKDAY.finditer(text):
        mod = (m["mod"] or "").lower()
        mode = "this" if mod == "this" else "next" if mod == "next" else "bare"
        pmod = m["pmod"] or ("late" if mod.startswith("late") else "early" if mod.startswith("early") else None)
        part = _part_name(pmod, m["part"]) if m["part"] else None
        if part is None and pmod:  # "late on Saturday", "early on Sunday"
            part = "late_evening" if pmod.lower() == "late" else "early_morning"
        add(m, day=("weekday", WEEKDAYS[m["wd"].lower()], "last" if mod in ("last", "past") else mode), part=part)
    for m in DAY_BEFORE_YESTERDAY.finditer(text):
        add(m, day=("pub", -2, 1))
    for m in YESTERDAY.finditer(text):
        add(m, day=("pub", -1, 1), part=_part_name(None, m["part"]) if m["part"] else None)
    for m in LAST_NIGHT.finditer(text):
        add(m, day=("pub", -1, 1), part=m["part"].lower())
    for m in TODAY.finditer(text):
        word = m.group(0).lower()
        part = "night" if word == "tonight" else word.split()[-1] if word.startswith("this") else None
        add(m, day=("pub", 0, 1), part=part)
    for m in AGO.finditer(text):
        n = _num(m["n"])
        weeks = m["unit"].lower().startswith("week")
        add(m, day=("pub", -7 * n if weeks else -n, 2 if weeks else 1))
    for m in NARR_SHIFT.finditer(text):
        n = _num(m["n"])
        direction = (m["dir"] or m["dir2"]).lower()
        add(m, day=("narr", n if direction in ("later", "after") else -n))
    for m in NEXT_PREV.finditer(text):
        off = 1 if m["dir"].lower() in ("following", "next") else -1
        add(m, day=("narr", off), part=_part_name(None, m["unit"]))
    for m in DAY_AFTER.finditer(text):
        add(m, day=("narr", 1 if m["dir"].lower() == "after" else -1))
    for m in THAT_PART.finditer(text):
        unit, mod = m["unit"].lower(), (m["mod"] or "").lower()
        if unit == "day":
            add(m, day=("narr", 0), same=True)
        else:
            add(m, part=_part_name("late" if mod == "late" else "early" if mod == "early" else None, unit), same=True)
    for m in SAME_PART.finditer(text):
        unit = m["unit"].lower()
        add(m, day=("narr", 0), part=_part_name(None, unit), same=True)
    for m in IN_THE_PART.finditer(text):
        unit = m["unit"].lower()
        mod = (m["pmod2"] or m["mod"] or "").strip().lower()
        if unit == "day":
            add(m, day=("narr", 0), same=True)
        else:
            add(m, part=_part_name(mod if mod in ("late", "early") else None, unit))
    for m in BARE_PART.finditer(text):
        add(m, part=_part_name(m["mod"], m["unit"]))
    for m in NIGHT.finditer(text):
        add(m, part="night")
    for m in OVERNIGHT.finditer(text):
        add(m, part="overnight")
    for m in DAWN.finditer(text):
        add(m, part="dawn")
    for m in PART_OF.finditer(text):
        add(m, part=_part_name(m["mod"], m["unit"]), prefix="of")
    for m in NIGHT_TO.finditer(text):
        add(m, part="night_to", prefix="of")
    for m in NIGHT_FROM.finditer(text):
        add(m, part="night", prefix="of")
    for m in EARLY_HOURS.finditer(text):
        add(m, part="early_hours", prefix="of" if m["of"] else None)
    for m in SINCE.finditer(text):
        add(m, prefix="since", rank=-1)
    for m in DURATION.finditer(text):
        n = _num(m["n"])
        add(m, day=("duration", n * 7 if m["unit"].lower().startswith("week") else n))

    for m in CLOCK_AMPM.finditer(text):
        h, mi = int(m["h"]), int(m["m"] or 0)
        if not 1 <= h <= 12:
            continue
        h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
        add(m, clock=(h, mi), ampm=True)
    for rx in (CLOCK_PREFIXED, CLOCK_SUFFIXED, CLOCK_HHMM):
        for m in rx.finditer(text):
            h, mi = int(m["h"]), int(m["m"])
            add(m, clock=(h, mi), ampm=h >= 13 or h == 0 or len(m["h"]) == 2 and m["h"].startswith("0"))
    for m in CLOCK_WORD.finditer(text):
        if m["word"].lower() != "midnight":
            clock = (12, 0)
        elif re.search(r"before\s", m.group(0), re.I):
            clock = (23, 59)  # "shortly before midnight": still that day
        else:
            clock = (0, 0)
        add(m, clock=clock, ampm=True)
    for m in CLOCK_OCLOCK.finditer(text):
        h, mi = int(m["h"]), int(m["m"] or 0)
        word = m["part"] or m["part2"]
        part = word.lower() if word else None
        if part and h < 12 and (part in ("afternoon", "evening") or part == "night" and h >= 6):
            h += 12
        add(m, clock=(h, mi), ampm=True, part=part, same=(m["rel"] or m["rel2"] or "").lower() == "that")

    # Longest match wins; at equal start and length, the earlier-listed rank.
    found.sort(key=lambda rp: (rp[1].start, -(rp[1].end - rp[1].start), -rp[0]))
    chosen: list[_Piece] = []
    last_end = -1
    for _, p in found:
        if p.start >= last_end:
            chosen.append(p)
            last_end = p.end
    return chosen


def _shift_ampm(clock: tuple[int, int], part: str | None, ampm: bool) -> tuple[int, int]:
    """'2.10 that afternoon' is 14:10; '9 that night' is 21:00."""
    h, mi = clock
    if ampm or part is None or h >= 12:
        return clock
    if part.endswith("afternoon") or part.endswith("evening") or part in ("night", "night_to") and h >= 6:
        return (h + 12, mi)
    return clock


def _merge(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Join pieces that describe one time: 'the evening of' + '7 February', '7 February' + 'at 14.10',
    '14.10' + 'that afternoon', 'Friday,' + '7 February', '7 February' + 'to' + '9 March'."""
    out: list[_Piece] = []
    for p in pieces:
        if out:
            a = out[-1]
            gap = text[a.end:p.start]
            merged = _join(text, a, p, gap)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(p)
    return [p for p in out if p.prefix is None]  # a dangling "the evening of <not a day>"


def _join(text: str, a: _Piece, b: _Piece, gap: str) -> _Piece | None:
    if a.prefix and b.day is not None and not b.prefix and gap.strip() == "":
        if a.prefix == "since":
            if b.day[0] in ("date", "weekday", "pub", "month", "narr"):
                return _Piece(a.start, b.end, day=("since", b.day))
            return None
        return _Piece(a.start, b.end, day=b.day, part=a.part, clock=b.clock, ampm=b.ampm, same=b.same)
    if a.prefix or b.prefix:
        return None
    if (a.day and b.day and a.day[0] == "date" and b.day[0] == "date" and not a.clock and not b.clock
            and not a.part and not b.part):
        rm = _GAP_RANGE.match(gap)
        if rm:
            before = text[max(0, a.start - 9):a.start].lower()
            kw = re.search(r"\b(from|between)\s+$", before)
            if rm["c"].lower() == "and" and not (kw and kw.group(1) == "between"):
                return None
            start = a.start - len(kw.group(0)) if kw else a.start
            first = a.day
            if first[1] is None and b.day[1] is not None:  # "7 February to 9 March 2020"
                y = b.day[1] - (1 if (first[2], first[3]) > (b.day[2], b.day[3]) else 0)
                first = ("date", y, first[2], first[3])
            return _Piece(start, b.end, day=("range", first, b.day))
        if a.day[1:] == b.day[1:] and _GAP_JOIN.match(gap):
            return _Piece(a.start, b.end, day=a.day)
    if not _GAP_JOIN.match(gap) or "\n" in gap:
        return None
    # A weekday beside a full date: the date decides ("Friday, 7 February").
    if a.day and b.day and a.day[0] == "weekday" and b.day[0] == "date" and not (a.clock or b.clock):
        return _Piece(a.start, b.end, day=b.day, part=a.part or b.part)
    if a.day and b.day:
        return None
    day = a.day or b.day
    if day and day[0] not in ("date", "pub", "narr", "weekday"):
        return None  # "in 2019, at 14.10" is not one expression
    if a.clock and b.clock:
        return None
    if a.part and b.part and not (a.clock or b.clock):
        return None
    if not (a.clock or b.clock) and not (a.day or b.day):
        return None
    day = a.day or b.day
    part = a.part or b.part
    clock = a.clock or b.clock
    ampm = a.ampm if a.clock else b.ampm
    if clock:
        clock = _shift_ampm(clock, part, ampm)
    return _Piece(a.start, b.end, day=day, part=part, clock=clock, ampm=ampm, same=a.same or b.same)


# --------------------------------------------------------------------------- resolution

@dataclass
class _State:
    """The narrative state: the day the story is on, and the hour it has reached on it."""

    day: date | None
    hour: float | None = None  # start of the last clock time / part of day; 21 for a night
    established: bool = False  # False: ``day`` is only the publication date
    year: int | None = None  # the last year the text stated, for day-months when publication is unknown

    @property
    def late(self) -> bool:
        """The story has reached the evening or the night."""
        return self.hour is not None and self.hour >= 18


def _add_months(d: date, k: int) -> date:
    y, m = divmod(d.month - 1 + k, 12)
    return date(d.year + y, m + 1, 1)


def _precision_of(first: date, last: date) -> int:
    days = (last - first).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3


class _Unresolved(Exception):
    pass


class _Invalid(Exception):
    pass


def _safe_date(y: int, m: int, d: int) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise _Invalid from None


def _day_range(spec: tuple, st: _State, pub: date | None) -> tuple[date, date, int]:
    """(first day, last day, precision) of a day spec. Raises _Unresolved / _Invalid."""
    kind = spec[0]
    narr = st.day if (st.established or pub) else None
    if kind == "date":
        _, y, m, d = spec
        if y is None:
            ref = pub or (date(st.year, 12, 31) if st.year else None)
            if ref is None:
                raise _Unresolved
            y = ref.year
            try:
                if date(y, m, d) > ref:
                    y -= 1
            except ValueError:
                y -= 1
        day = _safe_date(y, m, d)
        return day, day, 1
    if kind == "month":
        _, y, m = spec
        if y is None:
            ref = pub or (date(st.year, 12, 31) if st.year else None)
            if ref is None:
                raise _Unresolved
            y = ref.year - (1 if m > ref.month else 0)
        return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1]), 3
    if kind == "year":
        return date(spec[1], 1, 1), date(spec[1], 12, 31), 3
    if kind == "range":
        a1, _, _ = _day_range(spec[1], st, pub)
        b = spec[2]
        if b[1] is None:  # the span runs on from its first day ("28 December to 3 January")
            b = ("date", a1.year + (1 if (b[2], b[3]) < (a1.month, a1.day) else 0), b[2], b[3])
        b1, _, _ = _day_range(b, st, pub)
        if b1 < a1:
            raise _Invalid
        return a1, b1, _precision_of(a1, b1)
    if kind == "since":
        if pub is None:
            raise _Unresolved
        first, _, _ = _day_range(spec[1], st, pub)
        return first, max(first, pub), _precision_of(first, max(first, pub))
    if kind == "duration":
        if narr is None:
            raise _Unresolved
        first = narr - timedelta(days=spec[1] - 1)
        return first, narr, _precision_of(first, narr)
    if kind == "narr":
        if narr is None:
            raise _Unresolved
        day = narr + timedelta(days=spec[1])
        return day, day, 1
    # everything below counts from publication
    if kind == "weekday":
        anchor = pub or (st.day if st.established else None)
        if anchor is None:
            raise _Unresolved
        _, wd, mode = spec
        back = (anchor.weekday() - wd) % 7
        if mode == "next":
            day = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        elif mode == "this":
            day = anchor - timedelta(days=back)
        elif mode == "last":  # "last Tuesday": strictly before publication
            day = anchor - timedelta(days=back or 7)
        else:  # "on Tuesday": the most recent one, publication's own day included (wire style:
            day = anchor - timedelta(days=back)  # a Tuesday story's "on Tuesday" is that Tuesday)
        return day, day, 1
    if pub is None:
        raise _Unresolved
    if kind == "pub":
        day = pub + timedelta(days=spec[1])
        return day, day, spec[2]
    if kind == "month_rel":
        first = _add_months(pub, spec[1])
        last = _add_months(first, 1) - timedelta(days=1)
        return first, last, 3
    if kind == "week_rel":
        monday = pub - timedelta(days=pub.weekday())
        if spec[1] == "last":
            return monday - timedelta(days=7), monday - timedelta(days=1), 2
        if spec[1] == "earlier":
            return monday, max(monday, pub - timedelta(days=1)), 2
        return monday, pub, 2
    if kind == "weekend":
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7 or 7)
        return sat, sat + timedelta(days=1), 2
    raise _Invalid


def _at(day: date, hours: float) -> datetime:
    return datetime(day.year, day.month, day.day) + timedelta(hours=hours)


def _resolve(p: _Piece, st: _State, pub: date | None) -> tuple[datetime | None, datetime | None, int, bool, _State | None]:
    """(start, end, precision, resolved, new state or None to leave it) of one piece."""
    new_hour: float | None = None
    state_day: date | None = None
    if p.day is None:
        # A clock or part of day alone: on the narrative day (the publication day if none yet).
        if st.established:
            base = st.day
        elif pub is not None:
            base = pub
        else:
            raise _Unresolved
        hour = p.clock[0] if p.clock else PARTS[p.part][0]
        if p.part == "overnight" and not p.clock:
            if not st.established:  # from publication: last night
                night = base - timedelta(days=1)
                return _at(night, 21), _at(night, 30), 1, True, _State(night, 21, True, st.year)
            if st.hour is not None and st.hour < 12:  # after "this morning": the early hours of that day
                return _at(base, 0), _at(base, 6), 1, True, _State(base, 0, True, st.year)
            # after a day or its evening: the early hours that follow it (the story stays on that night)
            return _at(base, 24), _at(base, 30), 1, True, _State(base, 21, True, st.year)
        if p.part in ("night", "night_to") and not st.established and not p.clock:
            base = base - timedelta(days=1)  # "during the night" in a fresh report: last night
        elif st.established and st.late and not p.same and hour < 12 and p.part not in ("night", "night_to"):
            base = base + timedelta(days=1)  # the story has passed midnight
        first = last = base
        precision = 1
    else:
        first, last, precision = _day_range(p.day, st, pub)
    if p.clock:
        h, mi = p.clock
        day = first
        if p.part in ("night", "night_to", "overnight") and h < 12:
            day = first + timedelta(days=1)
        if p.part == "night_to" and p.day is not None:
            day = first if h < 12 else first - timedelta(days=1)
        start = end = _at(day, h + mi / 60)
        state_day, new_hour = day, h + mi / 60
    elif p.part:
        lo, hi = PARTS[p.part]
        if p.part == "night_to":
            start, end = _at(first, lo - 24), _at(last, hi - 24)  # the night ending on that day
            state_day = first - timedelta(days=1)
        elif p.part in ("night", "overnight") and p.day is not None:
            # the night of that day, or of "7 to 8 February" (ending on the 8th)
            start, end = _at(first, 21), _at(last, 30 if first == last else 6)
            precision = 1 if (last - first).days <= 1 else precision
            state_day = first
        else:
            start, end = _at(first, lo), _at(last, hi)
            state_day = first
        new_hour = 21 if p.part in ("night", "night_to", "overnight") and p.day is not None else lo
    else:
        start, end = _at(first, 0), _at(last, 24)
        state_day = first if first == last else last
    # Only day-level points move the story; months, weeks, durations and "since" frame it.
    moves = p.day is None or p.day[0] in ("date", "pub", "narr", "weekday", "range")
    if moves:
        year = p.day[1] if p.day and p.day[0] == "date" and p.day[1] else st.year
        return start, end, precision, True, _State(state_day, new_hour, True, year or state_day.year)
    return start, end, precision, True, None


def _kind(p: _Piece) -> str:
    if p.clock:
        return "clock"
    if p.part:
        return "part_of_day"
    if p.day is None:
        return "date"
    k = p.day[0]
    if k in ("range", "since"):
        return "range"
    if k == "duration":
        return "duration"
    if k in ("pub", "narr", "weekday", "month_rel", "week_rel", "weekend"):
        return "relative"
    return "date"


def _as_date(published: datetime | date | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    return published


def extract_times(text: str, published: datetime | date | None, doc_id: str = "",
                  sentences: list[tuple[int, int]] | None = None) -> list[TimeMention]:
    """Every time expression of ``text`` in order, resolved against the narrative state.

    ``sentences`` gives (start, end) character offsets of the sentences, for
    ``Span.sentence``; without it every span is in sentence 0. Expressions
    that need an anchor the text and ``published`` do not provide are kept
    with ``resolved=False`` and no start/end, so callers can see them.
    """
    pub = _as_date(published)
    starts = [s for s, _ in sentences] if sentences else []
    st = _State(pub)
    out: list[TimeMention] = []
    for p in _merge(text, _match_pieces(text)):
        try:
            start, end, precision, resolved, new = _resolve(p, st, pub)
        except _Invalid:
            continue  # "31 February": not a date after all
        except _Unresolved:
            start = end = None
            precision, resolved, new = (3 if p.day and p.day[0] in ("month", "month_rel", "year") else 1), False, None
        if new is not None:
            st = new
        if p.day and p.day[0] == "date" and p.day[1]:
            st.year = p.day[1]
        sentence = max(0, bisect.bisect_right(starts, p.start) - 1) if starts else 0
        out.append(TimeMention(
            span=Span(doc_id, sentence, p.start, p.end, text[p.start:p.end]),
            start=start, end=end, time_precision=precision,
            has_clock=bool(p.clock or p.part) and resolved, resolved=resolved, kind=_kind(p),
            utc=bool(p.clock) and bool(UTC_MARK.search(text[p.start:p.end + 8]))))
    return join_clock_ranges(out, text)


CLOCK_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|and|-|–|—)\s*$", re.I)


def join_clock_ranges(times: list[TimeMention], text: str) -> list[TimeMention]:
    """"from 11pm to 5am on Saturday" is one interval, overnight, not two moments.

    The day written after the second time belongs to the second; when the second time
    falls before the first, the interval crosses midnight.
    """
    out: list[TimeMention] = []
    for tm in times:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "clock" and tm.kind == "clock" and prev.start and tm.start
                and re.match(r"(?i)(?:from|between)\b", prev.span.text)
                and (CLOCK_RANGE_JOIN.match(text[prev.span.end:tm.span.start])
                     or not text[prev.span.end:tm.span.start].strip() and re.match(r"(?i)(?:until|till|to)\b", tm.span.text))):
            start, end = prev.start, tm.start
            if end <= start:
                dated_second = tm.span.text.lower() != tm.span.text.lower().split(" on ")[0]
                if dated_second:
                    start -= timedelta(days=1)
                else:
                    end += timedelta(days=1)
            span = Span(prev.span.doc_id, prev.span.sentence, prev.span.start, tm.span.end,
                        text[prev.span.start:tm.span.end])
            out[-1] = TimeMention(span=span, start=start, end=end, time_precision=1, has_clock=True,
                                  resolved=prev.resolved and tm.resolved, kind="range", utc=prev.utc or tm.utc)
            continue
        out.append(tm)
    return out


UTC_MARK = re.compile(r"\b(?:GMT|UTC|Zulu)\b", re.I)


def localize(moment: datetime | None, tz: str | None) -> str | None:
    """ISO 8601 of a local wall-clock moment with the place's UTC offset ('2020-02-07T14:10:00+06:00').

    The offset comes from the zone's rules on that date (zoneinfo), so DST is
    right. An aware ``moment`` is converted into ``tz``. With no ``tz`` (or an
    unknown zone name) the moment is written without an offset rather than
    with a wrong one.
    """
    if moment is None:
        return None
    if tz:
        try:
            zone = ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
        if zone is not None:
            moment = moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)
    return moment.isoformat(timespec="seconds")


_NARRATIVE_KINDS = ("date", "clock", "part_of_day", "relative", "range")


CLOSE_AFTER_CHARS = 40  # "stormed the community late on Tuesday night": the time that follows its verb


EARLIER_CLAUSE = re.compile(r"\b(?:after|before|since|following|than)\b", re.I)


def governing_time(times: list[TimeMention], start: int, end: int, sentence_start: int,
                   sentence_end: int | None = None, text: str | None = None) -> TimeMention | None:
    """The time mention that dates an event whose trigger spans [start, end).

    Rule, in order:

    1. In the trigger's own sentence, the resolved time expression nearest
       BEFORE the trigger (the one opening its clause: "At around 14.10 that
       afternoon, ... officers had stopped ...").
    2. Else, in the same sentence, the nearest resolved one AFTER the trigger
       ("clashes broke out on Tuesday").
    3. Else the narrative state: the most recent resolved mention before the
       sentence, skipping durations ("for three days") and "since" spans,
       which frame the story but do not move it. Its start/end are already
       the narrative date, since extract_times resolved it in text order.
    4. Else an unresolved same-sentence mention (so the caller sees why there
       is no date), else None.

    With ``text``, a mention after the trigger but inside a clause that tells an earlier or
    later episode ("a year after the RSF seized it in December 2023") does not count.

    The pipeline passes no sentence end; then a mention after the trigger
    counts as same-sentence only when sentence indexes prove it (pass
    ``sentence_end`` to be exact).
    """
    before = [t for t in times if sentence_start <= t.span.start and t.span.start < start
              and (sentence_end is None or t.span.start < sentence_end)]
    prior = [t for t in times if t.span.start < sentence_start]
    if sentence_end is not None:
        after = [t for t in times if t.span.start >= end and t.span.start < sentence_end]
    else:
        # The trigger's sentence index: that of a mention before it in the sentence, else
        # one past the last sentence holding an earlier mention (0 if none) when that is proven.
        if before:
            own = before[-1].span.sentence
        else:
            own = prior[-1].span.sentence + 1 if prior else 0
        after = [t for t in times if t.span.start >= end and t.span.sentence == own]
    near_before = next((t for t in reversed(before) if t.resolved), None)
    if text is not None:
        # "retook the city, a year after the RSF seized it in December 2023": that date is another clause's
        after = [t for t in after if not EARLIER_CLAUSE.search(text[end:t.span.start])]
    near_after = next((t for t in after if t.resolved), None)
    if near_before is not None and near_after is not None:
        # "buried nine on Wednesday who were killed when gunmen stormed the village late on Tuesday":
        # a time right after the trigger, in its own clause, beats one that opens an earlier clause.
        gap_after = near_after.span.start - end
        gap_before = start - near_before.span.end
        if gap_after <= CLOSE_AFTER_CHARS and 2 * gap_after < gap_before:
            return near_after
    if near_before is not None:
        return near_before
    if near_after is not None:
        return near_after
    for t in reversed(prior):
        if t.resolved and t.kind in _NARRATIVE_KINDS and not (t.kind == "range" and t.span.text.lower().startswith("since")):
            return t
    same = before[::-1] + after
    return same[0] if same else None
