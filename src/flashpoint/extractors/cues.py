"""Literal cues of a regular expression: words any match must contain, checked before the regex runs.

Python's ``re`` scans every position of a text for a case-insensitive pattern that opens with
``\\b`` and an alternation; the trigger patterns cost most of the analysis stage that way,
though most sentences hold none of their words. Every match of such a pattern starts with one
of a few literal strings ("protest", "demonstrat", "rall", ...). Testing those with ``in`` on
the lower-cased sentence is a hundred times cheaper than the scan, and it can only skip a
pattern that would not have matched: the cues are derived from the pattern itself, never
written by hand, so they cannot drift from it.
"""
from __future__ import annotations

import re

try:  # Python 3.11+: the parser moved, the old name warns
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}
_MIN_CUE = 2  # shorter cues ("a") would hold in every sentence: no filter at all
_MAX_CUES = 64


def literal_cues(rx: re.Pattern) -> frozenset[str] | None:
    """Lower-cased strings of which every match of ``rx`` contains at least one, or None when the
    pattern can start with something other than a literal (a character class, any character)."""
    cues = _starts(list(_p.parse(rx.pattern, rx.flags)))
    if cues is None or any(len(c) < _MIN_CUE for c in cues):
        return None
    lowered = {c.lower() for c in cues}
    # "under attack" holds "attack": the shorter cue alone tests both
    return frozenset(c for c in lowered if not any(o != c and o in c for o in lowered))


def may_match(cues: frozenset[str] | None, lowered: str) -> bool:
    """Whether the lower-cased text holds a cue (always, for a pattern without cues)."""
    if cues is None:
        return True
    for cue in cues:  # a plain loop: this runs for every pattern on every sentence
        if cue in lowered:
            return True
    return False


def _starts(items: list) -> set[str] | None:
    """The literal strings a match of this sequence of parsed items can start with."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1:]
        if op in _ZERO_WIDTH:
            continue  # "\b", "(?<!anti-)", "(?=...)" consume nothing
        if op == _c.LITERAL:
            run = ""
            for op2, av2 in items[i:]:
                if op2 != _c.LITERAL:
                    break
                run += chr(av2)
            # The parser factors shared prefixes out ("took|take" is "t" then "ook|ake"): go on into what follows.
            more = _starts(items[i + len(run):]) if len(run) < _MIN_CUE + 2 else None
            return {run + m for m in more} if more and len(more) <= _MAX_CUES else {run}
        if op == _c.SUBPATTERN:
            return _starts(list(av[-1]) + rest)
        if op == _c.BRANCH:  # each alternative, followed by what follows it (an alternative may be empty)
            return _union(_starts(list(alternative) + rest) for alternative in av[1])
        if op in _REPEATS:
            low, _high, body = av
            once = _starts(list(body) + rest)
            return once if low >= 1 else _union([once, _starts(rest)])  # an optional part may be skipped
        return None  # a character class, any character, a back-reference: no literal start
    return None  # nothing consumed: the pattern matches everywhere


def _union(parts) -> set[str] | None:
    found: set[str] = set()
    for part in parts:
        if part is None:
            return None
        found |= part
    return found
