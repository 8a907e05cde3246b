"""Name keys for the gazetteer: a normalised form and a transliteration skeleton.

News reports spell Central Asian, Caucasian and Arabic place names in many Latin
transliterations ("Zhambyl", "Jambyl", "Dzhambul"), add generic designators
("Korday District") or use Russian adjectival admin forms ("Kordayskiy Rayon").
``normalize`` removes the noise that never distinguishes two places (case,
accents, punctuation, designators); ``skeleton`` goes further and keeps only the
consonant frame, so transliteration variants meet on one key. Both are applied
to the index side and the query side alike, so they only need to be consistent.
"""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from unidecode import unidecode

# Generic words that name the kind of area, not the area ("Zhambyl oblysy").
DESIGNATORS = frozenset(
    """
    region regions oblast oblasti oblys oblysy oblasty oblusu oblyst province provinsi provincia
    district districts rayon raion rayony audany audani county village governorate muhafazat
    prefecture municipality okrug krai kray shaary qalasy shahri
    """.split()
)
# Words that may precede the name: "the village of Masanchi", "Region of Murcia".
_LEADING_FILLERS = frozenset({"the", "of"})

# Apostrophes are deleted rather than spaced: "To'qmoq" and "Toqmoq" are one word,
# and unidecode writes Kazakh Қ as "K'".
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02b9\u02bb\u02bc\u02bf\u02be`´]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015.,/()\[\]\"]+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
# Russian adjectival forms of admin names: Kordayskiy, Zhambylskaya, Chuyskiy.
_ADJECTIVAL = re.compile(r"^(\w{3,}?)(?:skiy|skii|skij|skiye|skaya|skaja|skoye|skoe|skoy|sky)$")


_COMBINING = re.compile(r"[\u0300-\u036f]+")


def to_ascii(text: str) -> str:
    """Accents folded, other scripts transliterated: "Chüy" → "Chuy", "Қордай" → "K'orday"."""
    if text.isascii():
        return text
    text = text.replace("ə", "e").replace("Ə", "E")  # Azerbaijani schwa (unidecode writes "@")
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", text))  # fast path for accented Latin
    return folded if folded.isascii() else unidecode(folded)


def _ascii(text: str) -> str:
    return to_ascii(text).casefold()


def _ascii_table() -> dict[int, str | None]:
    """One str.translate pass doing for ASCII text what the three regexes below do."""
    table: dict[int, str | None] = {}
    for code in range(128):
        ch = chr(code)
        if ch.isalnum():
            continue
        if _APOSTROPHES.match(ch):
            table[code] = None
        elif _SEPARATORS.match(ch):
            table[code] = " "
        else:
            table[code] = None
    return table


_ASCII_WORDS = _ascii_table()


def _words(name: str) -> list[str]:
    if name.isascii():  # most names: the fast path (the index build normalises a million of them)
        return name.lower().translate(_ASCII_WORDS).split()
    text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", _ascii(name)))
    return _NON_WORD.sub("", text).split()


def _strip_designators(words: list[str]) -> list[str]:
    """Drop designator words at either end, never emptying the name."""
    out = list(words)
    while len(out) > 1 and out[-1] in DESIGNATORS:
        out.pop()
    while len(out) > 1 and (out[0] in DESIGNATORS or out[0] in _LEADING_FILLERS):
        out.pop(0)
    while len(out) > 1 and out[0] in _LEADING_FILLERS:
        out.pop(0)
    return out


def _stem(word: str) -> str:
    match = _ADJECTIVAL.match(word)
    return match.group(1) if match else word


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Case-, accent- and punctuation-free form without generic designators.

    "Korday District", "Kordayskiy Rayon" and "Қордай" all become "korday";
    "Bular-Batyr" becomes "bular batyr".
    """
    if not name:
        return ""
    all_words = _words(name)
    words = _strip_designators(all_words)
    if not words:
        return ""
    had_designator = len(words) < len(all_words)
    # The adjectival stem stands for the noun when it qualifies an area
    # ("Kordayskiy Rayon") or stands alone ("Zhambylskaya"), not inside a longer name.
    if had_designator or len(words) == 1:
        words[-1] = _stem(words[-1])
    return " ".join(words)


# Transliteration rules, applied in order to the normalised ASCII form.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "s"),
    ("sch", "s"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ch", "s"),  # Russian Ч vs Kazakh Ш: Masanchi / Masanshy, Chu / Shu
    ("sh", "s"),
    ("tch", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("dh", "d"),
    ("th", "t"),
)
_DROP_VOWELS = str.maketrans("", "", "aeiouyw")  # after the first letter
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Transliteration-insensitive key: the consonant frame of the name.

    Tokmak/Tokmok, Jambyl/Zhambyl/Dzhambul and Korday/Kordai each share one
    skeleton, as do "Bular Batyr" and "Bular-Batyr" (spaces are dropped).
    """
    return skeleton_of_normalized(normalize(name))


def skeleton_of_normalized(norm: str) -> str:
    """``skeleton`` for a name already passed through ``normalize``."""
    text = norm.replace(" ", "")
    for old, new in _SKELETON_RULES:
        text = text.replace(old, new)
    text = text[:1] + text[1:].translate(_DROP_VOWELS)
    return _DOUBLES.sub(r"\1", text) if _DOUBLES.search(text) else text  # search is 5x cheaper than sub


# Words that only say what kind of area a name is, for display (ACLED writes "Zhambyl", "Kursk").
# "Republic" is here and not in DESIGNATORS: "Czech" alone must not find the Czech Republic.
DISPLAY_DESIGNATORS = DESIGNATORS | frozenset(
    "respublika republic sheng vilayeti vilayati viloyati viloyat wilaya state canton kanton".split()
)


def _designator(word: str) -> bool:
    return _APOSTROPHES.sub("", _ascii(word)).strip(".,") in DISPLAY_DESIGNATORS


def _strip_display(name: str) -> tuple[str, bool]:
    """(name without designators, whether any were dropped); "Mariy El, Respublika" → "Mariy El"."""
    if ", " in name:  # ISO's inverted form
        head, _, tail = name.partition(", ")
        dropped = _designator(tail)
        name = head if dropped or not tail.strip() else f"{tail} {head}"
    else:
        dropped = False
    words = name.split()
    while len(words) > 1 and _designator(words[-1]):
        words.pop()
        dropped = True
    if len(words) > 2 and _designator(words[0]) and words[1].casefold() == "of":
        words = words[2:]  # "Region of Murcia"; not "Région wallonne", which is the name itself
        dropped = True
    elif len(words) > 1 and _ascii(words[0]) in {"respublika", "republic"}:
        words = words[1:]
        dropped = True
    if dropped:  # "Kordayskiy Rayon" → "Korday"
        match = _ADJECTIVAL.match(words[-1])
        if match:
            words[-1] = match.group(1)
    return " ".join(words).strip(" '\u2019"), dropped


_ENGLISH_DESIGNATORS = frozenset("oblast region province krai kray district rayon county governorate".split())


def display_form(name: str, alternates: list[str] | tuple[str, ...] = ()) -> str:
    """Short common form of an admin name: "Zhambyl oblysy" → "Zhambyl", "Chüy" → "Chuy".

    When the name carries a designator, an alternate in "<Name> Oblast/Region/..."
    form gives the English base ("Kurskaya oblast'" → "Kursk", "Kyivska oblast" → "Kyiv")
    rather than a guessed stem. Accents are folded in Latin-script names, as ACLED does.
    """
    short, dropped = _strip_display(name)
    if dropped:
        best, best_score = short, 0.5
        for alternate in alternates:
            words = alternate.split()
            if len(words) < 2 or _ascii(words[-1]) not in _ENGLISH_DESIGNATORS or not is_latin(alternate):
                continue
            base = " ".join(words[:-1])
            if _ADJECTIVAL.match(_ascii(words[-2])):
                continue
            score = SequenceMatcher(None, normalize(short), normalize(base)).ratio()
            if score > best_score:  # the English form closest to the name: "Walloon", not "Wallonische"
                best, best_score = base, score
        short = best
    if is_latin(short) and not short.isascii():
        short = to_ascii(short)
    return short.strip(" '")


def is_latin(text: str) -> bool:
    """True when every letter in ``text`` is a Latin letter."""
    for ch in text:
        if ch.isalpha() and ch.isascii() is False and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


# Anything outside Latin, Greek, Cyrillic, general punctuation and symbols.
_OTHER_SCRIPT = re.compile(r"[^\x00-\u052f\u1e00-\u1fff\u2000-\u206f\u2100-\u214f]")
_UPPER = re.compile(r"[A-Z]")
_LETTER = re.compile(r"[^\W\d_]")


_CODE = re.compile(r"[A-Z]{3,4}")


def is_code(alternate: str) -> bool:
    """A town's airport code among its alternates ("SGT" for Stuttgart, Arkansas; "OKS" for Oshkosh): read as a
    name, it makes a town of "Sgt" and takes "Tyr" from Tyre."""
    return _CODE.fullmatch(alternate) is not None


def indexable(alternate: str) -> bool:
    """Whether an alternate name is worth indexing.

    Latin, Cyrillic and Greek names are kept (their ASCII forms are what English
    reports write); other scripts transliterate to noise. GeoNames' all-lowercase
    Latin alternates are machine romanisations ("tuo ke ma ke") and are skipped.
    """
    if not alternate or len(alternate) > 120 or alternate.startswith("http"):
        return False
    if alternate.isascii():
        return _UPPER.search(alternate) is not None
    return _OTHER_SCRIPT.search(alternate) is None and _LETTER.search(alternate) is not None
