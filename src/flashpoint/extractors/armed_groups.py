"""The armed groups reports name, in one table: how reports write them, ACLED's name, inter code and home.

Each group is listed once. The look-ups that actors, events and places need are derived from this table:
the words that make a phrase a rebel group's (``REBEL_WORDS``), ACLED's name for a group a phrase names
(``acled_group``), the militias that are no rebel group (``NAMED_ARMED``), and the countries a report about a
regional group is likely set in (``group_homes``).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Callable, Union

Name = Union[str, Callable[[str, Union[date, None]], str], None]


@dataclass(frozen=True)
class ArmedGroup:
    """One armed group.

    ``words``: an alternation matched, whole words, against the lower-cased text. ``name``: ACLED's name, a
    function of the country's name and the day (for groups ACLED renamed or names per country), or None where
    the acronym's own spelling is looked up (``GROUP_ACRONYMS`` in actors). ``homes``: the countries it fights
    in, a hint to the places a report names. ``home_words``: how a text names it for that hint when not
    ``words`` in any case (acronyms count in capitals only: "Kia" is a car, "ola" a word). ``beside_state``:
    it fights beside a state's forces (pro-government militias, mercenaries).
    """

    words: str
    name: Name
    inter: int = 2
    homes: tuple[str, ...] = ()
    home_words: str | None = None
    beside_state: bool = False

    def home_pattern(self) -> str:
        return self.home_words or f"(?i:{self.words})"


def _is_sahel(cname: str, on: date | None) -> str:
    return "Islamic State (Greater Sahara)" if on is not None and on < date(2022, 3, 1) else "Islamic State Sahel Province"


SAHEL = ("ML", "BF", "NE")

# Rebel groups (inter 2), in the order their names are tried: the first whose words a phrase holds names it.
REBEL_GROUPS: list[ArmedGroup] = [
    ArmedGroup(r"is[- ]sahel|isgs|issp|islamic state (?:in the )?(?:greater sahara|sahel)(?: province)?", _is_sahel,
               homes=SAHEL, home_words=r"ISGS|ISSP|(?i:islamic state (?:in the )?(?:greater )?sahara|islamic state sahel|"
                                       r"is[- ]sahel)"),
    ArmedGroup(r"iswap|islamic state west africa(?: province)?", "Islamic State West Africa Province (ISWAP)",
               homes=("NG",), home_words="ISWAP"),
    ArmedGroup(r"jnim", "JNIM: Group for Support of Islam and Muslims", homes=SAHEL, home_words="JNIM"),
    ArmedGroup(r"ansar(?:o|ou|u)l islam", "Ansaroul Islam", homes=SAHEL, home_words=r"(?i:ansarul? islam)"),
    ArmedGroup(r"katiba macina", "Katiba Macina", homes=SAHEL),
    ArmedGroup(r"aqim", "AQIM: Al Qaeda in the Islamic Maghreb"),
    ArmedGroup(r"al[- ]shabaa?b", "Al Shabaab", homes=("SO",)),
    ArmedGroup(r"boko haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", homes=("NG",)),
    ArmedGroup(r"pkk", "PKK: Kurdistan Workers Party"),
    ArmedGroup(r"ypj|women'?s protection units", "YPJ: Women's Protection Units"),
    ArmedGroup(r"ypg|people'?s protection units", "YPG: Peoples Protection Units"),
    ArmedGroup(r"m23", "M23: March 23 Movement", homes=("CD",), home_words="M23"),
    ArmedGroup(r"adf", "ADF: Allied Democratic Forces", homes=("CD", "UG"), home_words="ADF"),
    ArmedGroup(r"ttp|tehr[ei]e?k-?i-?taliban", "TTP: Tehreek-i-Taliban Pakistan", homes=("PK",),
               home_words=r"TTP|(?i:tehr[ei]e?k-?i-?taliban)"),
    ArmedGroup(r"bla|baloch(?:istan)? liberation army", "BLA: Baloch Liberation Army", homes=("PK",),
               home_words=r"BLA|(?i:baloch(?:istan)? liberation army)"),
    ArmedGroup(r"blf|baloch(?:istan)? liberation front", "BLF: Baloch Liberation Front", homes=("PK",),
               home_words=r"BLF|(?i:baloch(?:istan)? liberation front)"),
    ArmedGroup(r"islamic state|isis|isil|daesh",
               lambda cname, on: "Islamic State" if cname == "Unknown Country" else f"Islamic State ({cname})"),
    ArmedGroup(r"taliban", "Taliban"),
    ArmedGroup(r"npa|new people'?s army", "NPA: New People's Army", homes=("PH",), home_words="NPA"),
    ArmedGroup(r"abu sayyaf|asg", "Abu Sayyaf Group", homes=("PH",), home_words=r"(?i:abu sayyaf)"),
    ArmedGroup(r"biff|bangsamoro islamic freedom fighters", "BIFF: Bangsamoro Islamic Freedom Fighters", homes=("PH",),
               home_words="BIFF"),
    ArmedGroup(r"lra|lord'?s resistance army", "LRA: Lords Resistance Army", homes=("UG", "CD", "CF", "SS"),
               home_words="LRA"),
    ArmedGroup(r"aqap|al[- ]qaeda in the arabian peninsula", "AQAP: Al Qaeda in the Arabian Peninsula"),
    ArmedGroup(r"codeco", "CODECO: Cooperative for the Development of Congo", homes=("CD",), home_words="CODECO"),
    ArmedGroup(r"(?:ex-|former )?s[ée]l[ée]ka(?: coalition| fighters| militia)?", "Ex-Seleka Militia Forces",
               homes=("CF",), home_words=r"(?i:s[ée]l[ée]ka)"),
    ArmedGroup(r"union for peace in (?:the )?central african republic", "UPC: Union for Peace in the Central African Republic",
               homes=("CF",)),
    ArmedGroup(r"maoists?|naxal(?:ite)?s?|cpi ?\(maoist\)",
               lambda cname, on: "CPI (Maoist): Communist Party of India (Maoist)" if cname == "India"
               else f"Rebel Group ({cname})", homes=("IN",), home_words=r"(?i:maoists?|naxal\w*)"),
    # named by the acronym's own spelling (actors.GROUP_ACRONYMS)
    ArmedGroup(r"al[- ]qaeda", None),
    ArmedGroup(r"sdf", None),
    ArmedGroup(r"qsd", None, homes=("SY",), home_words="QSD"),
    ArmedGroup(r"tplf", None, homes=("ET",), home_words="TPLF"),
    ArmedGroup(r"ola", None, homes=("ET",), home_words="OLA"),
    ArmedGroup(r"farc", None, homes=("CO",), home_words="FARC"),
    ArmedGroup(r"eln", None, homes=("CO",), home_words="ELN"),
    ArmedGroup(r"hts", None, homes=("SY",), home_words=r"HTS|(?i:hayat tahrir al[- ]sham)"),
]

# Militias, mercenaries and gangs that reports name by their own names, with ACLED's inter code: pro-government
# and party militias and criminal groups are political militias (3), village defence groups communal (4), foreign
# mercenaries external (8). A bare acronym among them is no rebel group.
NAMED_ARMED: list[ArmedGroup] = [
    ArmedGroup(r"vdps?|volunteers for the defen[cs]e of the homeland", "VDP: Volunteers for the Defense of the Homeland", 4,
               homes=("BF",), home_words="VDP", beside_state=True),
    ArmedGroup(r"civilian jtf|cjtf|civilian joint task force", "CJTF: Civilian Joint Task Force", 3, homes=("NG",),
               home_words=r"(?i:civilian jtf)|CJTF", beside_state=True),
    ArmedGroup(r"wagner(?: group)?(?: mercenaries)?", "Wagner Group", 8, beside_state=True),
    ArmedGroup(r"imbonerakure", "Imbonerakure", 3, homes=("BI",), beside_state=True),
    ArmedGroup(r"may?i[- ]?may?i(?: militia\w*)?", "Mai-Mai Militia", 3, homes=("CD",), home_words=r"(?i:may?i[- ]?may?i)"),
    ArmedGroup(r"wazalendo", "Wazalendo", 3, homes=("CD",), beside_state=True),
    ArmedGroup(r"arbakis?|afghan local police", "Militia (Pro-Government)", 3, beside_state=True),
    ArmedGroup(r"dan na (?:a|am)bassagou", "Dan Na Ambassagou", 4),  # the Dogon hunters' militia: a communal militia
    # the Donbas republics' forces, as ACLED named them until 2022
    ArmedGroup(r"naf|donbass? people'?s militia|(?:luhansk|lugansk|donetsk) people'?s (?:militia|republic forces)|"
               r"people'?s militia of (?:luhansk|lugansk|donetsk)", "NAF: United Armed Forces of Novorossiya", 2,
               homes=("UA",)),
    # Myanmar's resistance battalions and Cabo Delgado's insurgents, as ACLED named them
    # (not the national armies of that name: the Uganda, South Sudan and Tanzania People's Defence Forces)
    ArmedGroup(r"pdfs?|(?<!uganda )(?<!sudan )(?<!tanzania )(?<!ugandan )(?<!tanzanian )people'?s defen[cs]e forces?",
               "PDF: People's Defense Force", 3, homes=("MM",), home_words="PDF"),
    ArmedGroup(r"aswj|ahlu[- ]sunn?ah? wa[- ]?jama'?a?h?", "Islamist Militia (Mozambique)", 3, homes=("MZ",),
               home_words="ASWJ"),
    ArmedGroup(r"cjng|jalisco new generation cartel", "CJNG: Jalisco New Generation Cartel", 3, homes=("MX",),
               home_words="CJNG"),
    ArmedGroup(r"kata'?i?b hez?b[ou]llah|kataib hizballah", "Kataib Hezbollah", 3),  # Iraq's, not Lebanon's Hezbollah
    # Palestinian factions, armed wings of parties: political militias to ACLED
    ArmedGroup(r"pij|palestinian islamic jihad|(?:al[- ])?quds brigades?|saraya al[- ]quds", "PIJ: Palestinian Islamic Jihad", 3),
    ArmedGroup(r"(?:al[- ])?aqsa martyrs'? brigades?", "Al Aqsa Martyrs Brigade", 3),
    ArmedGroup(r"(?:al[- ])?nasser salah al[- ]deen brigades?", "Al Nasser Salah al Deen Brigades", 3),
    ArmedGroup(r"mujahideen brigades?", "Mujahideen Brigades", 3),
    # Yemen's anti-Houthi militias, Iraq's and Syria's tribal forces, and a Turkish leftist front, as ACLED names them
    ArmedGroup(r"national resistance(?: forces)?", "National Resistance Forces", 3, homes=("YE",),
               home_words=r"(?i:national resistance forces)"),
    ArmedGroup(r"southern resistance(?: forces)?", "Southern Resistance", 3),
    ArmedGroup(r"tmf|tribal mobili[sz]ation forces?", "TMF: Tribal Mobilization Forces", 4),
    ArmedGroup(r"tribal and clan forces", "Tribal and Clan Forces", 4),
    ArmedGroup(r"hbdh|peoples'? united revolutionary movement", "HBDH: Peoples United Revolutionary Movement", 3),
    ArmedGroup(r"ms-13|mara salvatrucha", "MS-13: Mara Salvatrucha", 3),
    ArmedGroup(r"comando vermelho", "Comando Vermelho", 3),
    ArmedGroup(r"primeiro comando da capital|pcc", "PCC: First Capital Command", 3),
    ArmedGroup(r"tren de aragua", "Tren de Aragua", 3),
    ArmedGroup(r"viv ansanm(?: coalition| gangs?)?", "Viv Ansanm Gang", 3, homes=("HT",), home_words=r"(?i:viv ansanm)"),
    ArmedGroup(r"clan del golfo|gulf clan|agc|gaitanist self-defen[cs]e forces(?: of colombia)?",
               "AGC: Gaitanist Self-Defense Forces of Colombia", 3, homes=("CO",), home_words=r"AGC|(?i:clan del golfo)"),
]

# Others whose name tells where a report is set: state forces and groups named otherwise in actors.
OTHER_HOMES: list[tuple[str, str]] = [
    ("CD", "FARDC"), ("YE", r"(?i:houthis?|ansar allah)"), ("ET", "Fano"), ("SD", r"(?i:rapid support forces)"),
    ("BF", "Koglweogo"), ("CF", r"(?i:anti-balaka)"), ("MM", r"(?i:arakan army|tatmadaw)|KIA"),
    ("CM", r"(?i:ambazonian?s?|amba boys)"),
]

# The words that make a phrase a rebel group's: the generic ones, then each group's own.
REBEL_NOUNS = (r"rebels?|rebel (?:forces|factions|groups)|armed opposition(?: groups| forces| factions)?|"
               r"opposition (?:forces|fighters|troops|factions|positions|militants|militias|armed groups)|"
               r"insurgents?|militants?|jihadists?|terrorists?|separatists?|guerrillas?|dissidents?")
REBEL_WORDS = "|".join([REBEL_NOUNS, *(g.words for g in REBEL_GROUPS)])
# Groups named by the acronym's own spelling, where ACLED's common list has no name for the words found.
_SPELLED = re.compile(r"\b(" + "|".join(g.words for g in REBEL_GROUPS if g.name is None) + r")\b")
_NAMED = [(re.compile(rf"\b(?:{g.words})\b"), g.name) for g in REBEL_GROUPS if g.name is not None]
_MILITIAS = [(re.compile(rf"\b(?:{g.words})\b"), g) for g in NAMED_ARMED]

PRO_STATE = {g.name for g in NAMED_ARMED if g.beside_state}


def acled_group(low: str, cname: str, on: date | None) -> str | None:
    """ACLED's name for the group the lower-cased ``low`` names first ("JNIM or ISGS militants": JNIM, as ACLED
    codes a report unsure between two)."""
    found = [(m.start(), i) for i, (rx, _) in enumerate(_NAMED) if (m := rx.search(low))]
    if not found:
        return None
    name = _NAMED[min(found)[1]][1]
    return name(cname, on) if callable(name) else name


def spelled_group(low: str) -> str | None:
    """The acronym or name, as ACLED spells it, of a group the table names by its own spelling ("sdf" → "SDF",
    "al-qaeda" → "Al-Qaeda"), for the look-up of GROUP_ACRONYMS."""
    m = _SPELLED.search(low)
    if m is None:
        return None
    return m.group(1).upper() if len(m.group(1)) <= 5 else m.group(1).title()


def named_militia(low: str) -> ArmedGroup | None:
    """The first militia of ``NAMED_ARMED`` that the lower-cased ``low`` names."""
    return next((g for rx, g in _MILITIAS if rx.search(low)), None)


def _homes() -> tuple[re.Pattern, list[tuple[re.Pattern, tuple[str, ...]]]]:
    by_country: dict[str, list[str]] = {}
    shared = []
    for g in [*REBEL_GROUPS, *NAMED_ARMED]:
        if len(g.homes) == 1:
            by_country.setdefault(g.homes[0], []).append(g.home_pattern())
        elif g.homes:
            shared.append((re.compile(rf"\b(?:{g.home_pattern()})\b"), g.homes))
    for country, words in OTHER_HOMES:
        by_country.setdefault(country, []).append(words)
    one = re.compile(r"\b(?:" + "|".join(f"(?P<{c}>{'|'.join(w)})" for c, w in by_country.items()) + r")\b")
    return one, shared


# Groups that keep to one country (as one alternation, a named group per country) and those that fight across
# a region's borders ("JNIM militants took Boni" is Mali's or Burkina Faso's Boni, not Germany's).
GROUP_HOMES, SHARED_HOMES = _homes()


def group_homes(text: str) -> Counter:
    """The countries of the regional armed groups a text names, once per mention."""
    homes = Counter(m.lastgroup for m in GROUP_HOMES.finditer(text))
    for rx, countries in SHARED_HOMES:
        for _ in rx.finditer(text):
            homes.update(countries)
    return homes
