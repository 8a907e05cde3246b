"""Literal cues: a pattern is skipped only where it cannot match."""
import re

import pytest

from flashpoint.extractors.cues import literal_cues, may_match
from flashpoint.extractors.events import COMPILED, CUES


@pytest.mark.parametrize("pattern, cues", [
    # a prefix the parser factors out ("t" + "ook|aking|ake") is followed into the words after it
    (r"\b(?:took|taking|take) to the streets?\b", {"took to the street", "taking to the street", "take to the street"}),
    (r"(?:(?<=forces )|(?<=army ))bomb(?:s|ed)?\b", {"bomb"}),  # a branch of look-behinds consumes nothing
    (r"\b(?:under )?attack(?:ed|s)?\b", {"attack"}),  # an optional part may be skipped ("under attack" holds "attack")
    (r"(?<!anti-)\briot(?:s|ing)?\b|\bmobs?\b", {"riot", "mob"}),
    (r"\bRAID\b", {"raid"}),  # lower-cased, as the sentence is
])
def test_cues_are_the_literal_starts_of_every_alternative(pattern, cues):
    assert literal_cues(re.compile(pattern, re.I)) == cues


@pytest.mark.parametrize("pattern", [
    r"\b\w+ed\b",  # any word
    r"[A-Z][a-z]+ village",  # a character class first
    r"\b(?:a|an)\b",  # a one-letter cue holds in every sentence: no filter
    r"(?:shot )?\d+ (?:people|civilians)",  # the optional part skipped leaves a digit
])
def test_a_pattern_that_can_start_anywhere_has_no_cues(pattern):
    assert literal_cues(re.compile(pattern, re.I)) is None
    assert may_match(None, "anything at all")


def test_no_trigger_pattern_is_skipped_where_it_matches():
    """Every match of every trigger pattern, over the team's ACLED notes, holds one of its cues."""
    import csv
    from pathlib import Path

    fixtures = Path(__file__).parent.parent / "fixtures"
    notes = [row["notes"] for name in ("acled_sample.csv", "acled_dev2.csv", "acled_dev3.csv", "acled_heldout.csv")
             for row in csv.DictReader(open(fixtures / name, encoding="utf-8"))]
    matched = 0
    for (cat, rx, _), cues in zip(COMPILED, CUES):
        for text in notes:
            for m in rx.finditer(text):
                matched += 1
                assert may_match(cues, m.group(0).lower()), (cat, m.group(0))
    assert matched > 300  # the notes exercise the patterns
    assert sum(c is not None for c in CUES) >= len(CUES) - 2  # and nearly every pattern is filtered
