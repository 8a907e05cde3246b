from __future__ import annotations

import pytest

from flashpoint.gazetteer.names import display_form, indexable, normalize, skeleton


@pytest.mark.parametrize("raw, expected", [
    ("Korday District", "korday"),
    ("Kordayskiy Rayon", "korday"),
    ("Kordayskiy", "korday"),
    ("Zhambylskaya", "zhambyl"),
    ("Zhambylskaya Oblast’", "zhambyl"),
    ("Zhambyl oblysy", "zhambyl"),
    ("Korday audany", "korday"),
    ("Chüy", "chuy"),
    ("Bular-Batyr", "bular batyr"),
    ("  St.  Petersburg ", "st petersburg"),
    ("Қордай", "kordai"),  # Cyrillic is transliterated; the skeleton joins it to "Korday"
    ("Toʻqmoq", "toqmoq"),
    ("the village of Masanchi", "masanchi"),
    ("Region", "region"),  # a designator alone is kept: it is the whole name
    ("", ""),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("group", [
    ("Tokmak", "Tokmok", "Tokmoq"),
    ("Jambyl", "Zhambyl", "Dzhambul", "Djambul"),
    ("Korday", "Kordai", "Qorday", "Kordayskiy Rayon", "Қордай"),
    ("Bular Batyr", "Bular-Batyr", "Bularbatyr"),
    ("Masanchi", "Masanshy"),
    ("Kharkiv", "Harkiv"),
])
def test_skeleton_joins_transliterations(group):
    assert len({skeleton(name) for name in group}) == 1


def test_skeleton_keeps_different_places_apart():
    assert skeleton("Tokmok") != skeleton("Taraz")
    assert skeleton("Korday") != skeleton("Kordoba")


@pytest.mark.parametrize("raw, alternates, expected", [
    ("Zhambyl oblysy", ["Zhambyl", "Zhambylskaya Oblast’"], "Zhambyl"),
    ("Chüy", ["Chuy Region"], "Chuy"),
    ("Kordayskiy Rayon", [], "Korday"),
    ("Kyivska oblast", ["Kyiv", "Kyiv Oblast"], "Kyiv"),
    ("Mariy El, Respublika", [], "Mariy El"),
    ("Guangdong Sheng", [], "Guangdong"),
    ("Ohio", [], "Ohio"),
])
def test_display_form(raw, alternates, expected):
    assert display_form(raw, alternates) == expected


def test_indexable_skips_machine_romanisations_and_other_scripts():
    assert indexable("Tokmak")
    assert indexable("Токмак")
    assert not indexable("tuo ke ma ke")
    assert not indexable("托克马克")
    assert not indexable("https://en.wikipedia.org/wiki/Tokmok")
