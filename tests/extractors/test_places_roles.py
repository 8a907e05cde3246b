"""Place roles that need no gazetteer: datelines are where a report was filed, not where events happened."""
from __future__ import annotations

import pytest

from flashpoint.extractors.places import is_dateline


@pytest.mark.parametrize("text, name, expected", [
    ("QUETTA, Pakistan, May 6 (SANS) — A remote-controlled bomb exploded", "QUETTA", True),
    ("QUETTA, Pakistan, May 6 (SANS) — A remote-controlled bomb exploded", "Pakistan", True),
    ("GOMA, Democratic Republic of Congo, Oct 26 (GLPA) — Congolese troops", "GOMA", True),
    ("Bamako, 19 September 2022\n\nThe General Staff", "Bamako", True),
    ("LAGOS, Feb 14 (Meridian) - Nigerian police fired tear gas", "LAGOS", True),
    ("Headline here\n\nYANGON, July 13 (Mekong Wire) — A Myanmar military jet", "YANGON", True),
    ("Post from Ziguinchor, 1 June 2023", "Ziguinchor", False),
    ("Masanchi, a village of 18,000 people, was quiet on Sunday.", "Masanchi", False),
    ("Turbat, around 120 km north-east of the port of Gwadar, is", "Turbat", False),
    ("Police said that in Almaty, on 8 February, nothing happened.", "Almaty", False),
])
def test_dateline(text, name, expected):
    start = text.index(name)
    assert is_dateline(text, start, start + len(name)) is expected


def test_line_breaks_end_sentences(nlp):
    doc = nlp("Panyam buries nine after midnight attack\n\nResidents of Panyam on Wednesday buried nine people.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0] == "Panyam buries nine after midnight attack"


def test_hard_wrapped_prose_is_not_cut_at_its_line_breaks(nlp):
    doc = nlp("Police said on Tuesday that the crowd had\nthrown stones at the station before dawn.")
    assert len(list(doc.sents)) == 1
