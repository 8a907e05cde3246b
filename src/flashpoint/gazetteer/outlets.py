"""Where a report's outlet is based: a weak prior for places its text does not tie to a country.

An analyst reading "a sit-in in Tripoli" in An-Nahar knows it is Lebanon's Tripoli, not Libya's, though the
text never says so: a national outlet mostly reports its own country. The prior comes from three signals, in
the order an analyst would trust them: the outlet's name in the bundled table (``data/outlets.tsv``: national
papers, broadcasters and news agencies), a country named in the outlet's own name ("Kenya News Agency",
"The Nation (Pakistan)"), and the country-code domain of its address (``.lb``). Wires and broadcasters that
cover the whole world give no prior, whatever their name says ("Radio France Internationale").

ACLED's source field lists several outlets ("An-Nahar; Murr TV"): the prior is the country most of them
share, and none when they disagree.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from flashpoint.gazetteer.index import load_demonyms
from flashpoint.gazetteer.names import normalize

# Outlets named for a country they do not mainly cover.
INTERNATIONAL = re.compile(
    r"\b(?:radio france internationale|france ?24|voice of america|radio free (?:europe|asia)|rfe/?rl|"
    r"deutsche welle|russia today|sputnik|china global television|cgtn|xinhua|bbc|al[- ]jazeera|al[- ]arabiya|"
    r"reuters|agence france[- ]presse|associated press|bloomberg|cnn|human rights watch|amnesty international|"
    r"united nations|ocha|reliefweb|acled|international crisis group|crisis group|long war journal|liveuamap|"
    r"twitter|facebook|youtube|telegram|whatsapp)\b", re.I)
INTERNATIONAL_CODES = {"rfi", "voa", "dw", "rt", "tass", "afp", "ap", "efe", "un", "unhcr", "unicef", "who", "icrc"}
# A government body or a force is a party, no outlet: Russia's defence ministry reports the war in Ukraine.
NOT_OUTLET = re.compile(r"\b(?:ministry|government|embassy|presidency|president|defen[cs]e forces|armed forces|army|"
                        r"military|police|gendarmerie)\b", re.I)
# Country codes sold as vanity names (.tv, .io, .fm) say nothing about where an outlet is.
VANITY_TLDS = {"tv", "io", "co", "me", "fm", "am", "ai", "ws", "cc", "to", "nu", "tk", "la", "gg", "im", "ms",
               "sh", "st", "vc", "ag", "gs", "ly", "cx", "tc", "vg", "mu", "ac", "eu", "su"}
TLD_COUNTRY = {"uk": "GB"}
SEPARATORS = re.compile(r"\s*[;|]\s*|\s*,\s+|\s+/\s+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(normalised name → country, domain → country) from data/outlets.tsv."""
    text = resources.files("flashpoint.gazetteer").joinpath("data/outlets.tsv").read_text(encoding="utf-8")
    by_name: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, country, domain = (line.split("\t") + ["", ""])[:3]
        if name == "name" and country == "country":
            continue  # the header
        by_name.setdefault(_key(name), country.strip().upper())
        if domain.strip():
            by_domain.setdefault(domain.strip().lower(), country.strip().upper())
    return by_name, by_domain


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return load_demonyms()


def _key(name: str) -> str:
    """Spellings of one outlet meet: "The Daily Star" / "Daily Star", "An-Nahar" / "An Nahar" / "Annahar",
    and the Arabic article either way: "El Nashra" / "Al-Nashra" / "Elnashra"."""
    key = normalize(re.sub(r"[-‐–'’.]", " ", name))
    key = re.sub(r"^the\s+", "", key)
    return re.sub(r"^(?:al|el)(?=\s?\w)", "al", key).replace(" ", "")


def _domain_country(url: str) -> str | None:
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    _, by_domain = _table()
    labels = host.split(".")
    for i in range(len(labels) - 1):  # "edition.dawn.com" → "dawn.com"
        found = by_domain.get(".".join(labels[i:]))
        if found:
            return found
    tld = labels[-1]
    if len(tld) == 2 and tld.isalpha() and tld not in VANITY_TLDS:
        return TLD_COUNTRY.get(tld, tld.upper())
    return None


def _name_country(name: str, gazetteer) -> str | None:
    if INTERNATIONAL.search(name) or name.strip().lower() in INTERNATIONAL_CODES or NOT_OUTLET.search(name):
        return None
    by_name, _ = _table()
    found = by_name.get(_key(name))
    if found:
        return found
    qualifier = re.search(r"\(([^()]+)\)\s*$", name)  # "The Nation (Pakistan)"
    if qualifier and gazetteer is not None:
        country = gazetteer.country(qualifier.group(1))
        if country is not None:
            return country.country
        name = name[:qualifier.start()]
        found = by_name.get(_key(name))
        if found:
            return found
    if gazetteer is None:
        return None
    # "Kenya News Agency", "Yemen Post", "Iraqi News": a country or its demonym inside the name
    words = re.findall(r"[A-Z][\w'’]+", name)  # ("OSCE SMM-Ukraine": a hyphen joins no words here)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i:i + size])
            if phrase.isupper() and len(phrase) <= 3:
                continue  # "Murr TV": a code names no country here (TV is no Tuvalu)
            country = gazetteer.country(phrase)
            if country is not None and normalize(country.name) == normalize(phrase):
                return country.country  # the country's own name, not any alternate ("Silla" is no Korea)
            code = _demonyms().get(normalize(phrase)) if size == 1 else None
            if code:
                return code
    return None


def outlet_country(source: str | None, url: str | None = None, gazetteer=None) -> str | None:
    """ISO alpha-2 of the country the outlet(s) are based in, or None when unknown or disputed."""
    votes: Counter = Counter()
    for part in SEPARATORS.split(source or ""):
        part = part.strip()
        if len(part) >= 2:
            code = _name_country(part, gazetteer)
            if code:
                votes[code] += 1
    if url:
        code = _domain_country(url)
        if code:
            votes[code] += 1
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
