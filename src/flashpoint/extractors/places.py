"""Place mentions: find toponyms, resolve them the way an analyst would.

Recognition does not trust the small English model's entity labels alone (it
tags villages as PERSON and cities as ORG): it combines designators ("the
village of X", "X district", "the X border crossing"), GPE/LOC/FAC entities,
and gazetteer look-ups of proper-noun runs. Resolution scores each candidate
on the country and admin context the report states, on proximity to the other
places it names, on designator fit and on population; villages no list holds
are placed at the anchor the text gives ("3km from X", "the neighbouring
village of X") with ACLED geo_precision 2.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from flashpoint.extractors.actors import STATE_FORCE_ACRONYMS
from flashpoint.extractors.armed_groups import group_homes
from flashpoint.extractors.datelines import dateline, dateline_at, in_place
from flashpoint.gazetteer.index import haversine_km
from flashpoint.gazetteer.names import normalize as normalize_name
from flashpoint.gazetteer.names import skeleton
from flashpoint.model import Place, PlaceMention, Span

# The particles of Arabic and Romance names that may stand between two capitalised words: "Deir ez Zor",
# "Dar es Salaam". Not the English words that are particles in hyphenated names ("Mosul as Iraqi forces
# advanced", "rockets from Gaza at Netivot" join no names).
SPACED_PARTICLES = (r"(?:al|el|es|ez|ed|ad|ash|az|ar|ul|de|del|della|da|do|dos|das|du|des|di|la|le|les|los|las|van|von|"
                    r"der|den|bin|ibn|wa|sur|sous)")
NAME = rf"[A-Z][\w'’-]*(?:[ -](?:{SPACED_PARTICLES}[ -])*(?:[A-Z][\w'’-]*))*"
SETTLEMENT = (r"village|town|city|settlement|hamlet|township|commune|suburb|neighbourhood|neighborhood|camp|locality|"
              r"metropolis")
# The third administrative level, which the bundled index lacks: read as a district, the nearest level it has.
THIRD_LEVEL_WORDS = ("upazila", "upazilla", "tehsil", "taluk", "taluka", "woreda", "subcounty", "sub-county", "subdivision",
                     "sub-prefecture", "subprefecture", "sous-prefecture",
                     "subdistrict", "sub-district")
ADMIN = (r"local government area|local government|lga|municipal area|district|region|province|oblast|county|governorate|"
         r"prefecture|state|municipality|department|rayon|raion|territory|zone|parish|borough|" + "|".join(sorted(THIRD_LEVEL_WORDS, key=len, reverse=True)))
DESIGNATOR_BEFORE = re.compile(
    rf"\b(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|border|frontier|northern|southern|eastern|western|small|remote)\s+)?"
    rf"(?P<desig>{SETTLEMENT}|{ADMIN})\s+of\s+(?P<name>(?:(?:al|el|ad|an|as|ash|at|az|ar)[- ])?{NAME})"  # ("of al Khadir")
)
DESIGNATOR_AFTER = re.compile(
    rf"\b(?P<name>{NAME})\s+(?P<desig>{SETTLEMENT}|{ADMIN}|border crossing|crossing|checkpoint|refugee camp|area)\b"
)
# "Douglas and Wyandotte counties", "the Khost, Paktia and Paktika provinces": one designator for a list
PLURAL_DESIGNATOR = re.compile(
    rf"\b(?P<names>{NAME}(?:,\s+{NAME})*,?\s+and\s+{NAME})\s+(?P<desig>counties|districts|provinces|states|regions|"
    r"governorates|municipalities|villages|towns|townships|cities)\b")
PLURAL = {"counties": "county", "districts": "district", "provinces": "province", "states": "state",
          "regions": "region", "governorates": "governorate", "municipalities": "municipality", "villages": "village",
          "towns": "town", "townships": "township", "cities": "city"}
# "Kyauktaw Township", "Bali Province", "Denpasar City": the designator written as part of the name.
# Only the words that name a place when capitalised ("Police Department", "Green Zone" name none).
CAPITAL_DESIGNATOR = re.compile(
    rf"\b(?P<name>[A-Z][\w'’-]*(?:[ -](?:{SPACED_PARTICLES}[ -])*(?:[A-Z][\w'’-]*))*?)\s+(?P<desig>Township|Province|State|Region|District|County|"
    r"Governorate|Oblast|Prefecture|City|Town|Village|Municipality|LGA|Local Government Area|Local Government|"
    r"Metropolis|Parish|Borough)\b")
DESIGNATOR_APPOS = re.compile(
    rf"\b(?P<desig>border town|border village|town|village|city)\s+(?:of\s+)?(?P<name>{NAME})"
)
DISTANCE_ANCHOR = re.compile(
    rf"^\s*(?:(?:{SETTLEMENT})\s*)?,?\s*(?:which\s+(?:lies|is)\s+)?(?:about|some|around|approximately|roughly|just)?\s*"
    rf"(?P<dist>\d+(?:[.,]\d+)?)\s*(?:km|kilometres|kilometers|miles|mi)\b\s+(?:\w+\s+){{0,2}}?(?:from|of|outside)\s+"
    rf"(?:the\s+)?(?:(?:{SETTLEMENT}|{ADMIN})\s+(?:of\s+)?)?(?P<anchor>{NAME})"
)
NEAR_ANCHOR = re.compile(  # (past the rest of a hyphenated name: "Kourba-Bagare, south of Ouahigouya")
    rf"^(?:-[\w'’]+)?\s*,?\s*(?:a\s+(?:{SETTLEMENT})\s+|(?:{SETTLEMENT})\s+)?(?:near|outside|close to|on the outskirts of|in the vicinity of|"
    rf"(?:just\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|"
    rf"(?:an?\s+)?(?:suburb|neighbou?rhood|quarter|area|outskirts) of)\s+(?:the\s+)?(?:(?:{SETTLEMENT})\s+of\s+)?(?P<anchor>{NAME})"
)
NEIGHBOUR = re.compile(r"\b(?:neighbouring|neighboring|nearby|adjacent)\s+(?:" + SETTLEMENT + r")\s+of\s+$")
# People and vehicles "from X" come from there; "footage from X" or "3km from X" say nothing of origin.
ORIGIN_BEFORE = re.compile(
    r"\b(?:people|men|guys|residents|relatives|youths?|villagers|fighters|militiamen|militias?|gunmen|herders|raiders|"
    r"attackers|assailants|migrants|refugees|families|vehicles|cars|buses|trucks|reinforcements|troops|convoys?|"
    r"there|here|came|come|coming|arrived|travelled|traveled|fled|headed|returned|originally|natives?)\s+\(?(?:\w+\s+)?"
    r"from\s+(?:the\s+)?(?:(?:" + SETTLEMENT + r")\s+of\s+)?$", re.I)
DISTANCE_BEFORE = re.compile(r"\d\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+){0,2}?(?:from|of|outside)\s+(?:the\s+)?$", re.I)
OUTLET_BEFORE = re.compile(r"\b(?:agency|newspaper|outlet|broadcaster|channel|website|portal|told)\s+$", re.I)
# A place the event is about, not at: "talks between Sudan and Egypt",
# "in solidarity with the people of Gaza".
CAUSE_BEFORE = re.compile(r"\b(?:(?:corridor|talks|relations|war|conflict)\s+"
                          r"between|(?:road|highway|route|axis)\s+(?:between|linking|connecting)\s+(?:the\s+)?"
                          r"(?:[\w'’-]+\s+){1,3}?(?:and|to)|solidarity with|in support of|in favou?r of|"
                          # "accused Sisi of complicity in the blockade and displacement of the people of Gaza"
                          r"(?:blockade|siege|displacement|plight|suffering|starvation)\s+of)\s+(?:the\s+)?(?:people\s+of\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}?(?:and\s+(?:the\s+)?)?$", re.I)
# "protested the continued violence in Beni", "denounced the killings in Kasai": what the protest is about
PROTESTED_OVER = re.compile(r"\b(?:protest\w*|denounc\w*|condemn\w*|against|over)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"(?:violence|killings?|attacks?|insecurity|massacres?|crisis|situation|war|fighting)\s+"
                            r"(?:in|at)\s+(?:the\s+)?$", re.I)


def _protested_elsewhere(text: str, start: int) -> bool:
    """What a protest held at a place already named is about: "in Goma as they protested the continued violence
    in Beni" (but "residents protested against the killings in Beni" were in Beni)."""
    window = text[max(0, start - 200):start]
    window = window[window.rfind(".") + 1:]  # this sentence
    over = PROTESTED_OVER.search(window)
    return over is not None and re.search(r"\b(?:in|at)\s+[A-Z]", window[:over.start()]) is not None


REFERENCE_BEFORE = re.compile(r"\b(?:adjacent to|bordering|borders? with|border crossing with|capital of|administrative centre of|administrative center of)\s+(?:the\s+)?$", re.I)
# "police in Kaduna said bandits killed 12 villagers in Kajuru": where the speakers are, not where it happened
SPEAKER_BEFORE = re.compile(r"\b(?:police|officials?|authorities|spokes(?:man|woman|person)|sources?|army|military|"
                            r"governor|commissioner|witnesses)\s+in\s+$", re.I)
SPEECH_AFTER = re.compile(r"^(?:\s+(?:city|state|county|province|district))?,?\s+(?:said|say|says|told|confirmed|reported|"
                          r"announced|claimed)\b", re.I)
WORK_IN = re.compile(r"\b(?:work|works|worked|working|study|studies|studying|based)\s+in\s+$", re.I)
LIVE_IN = re.compile(r"\b(?:live|lives|lived|living|reside|resides|stuck)\s+(?:in|there)\s+$", re.I)

AREA_WORD = r"(?:\s+(?:town|city|village|district|municipality|municipal area|township|county|area|neighbou?rhood|suburb|upazil+a|woreda|tehsil))?"  # "Adigrat town (...)"
# "Maroun al Ras (Bint Jbeil, Nabatieh)": a name followed by the areas that contain it, the way ACLED
# notes and many wires write a small place. Lowercase particles belong to the name.
PARTICLE = r"(?:al|el|ad|as|ash|an|ar|at|az|ed|es|de|del|da|do|dos|das|la|le|les|du|des|di|bin|ibn|wa|y|van|von|der|den|sur|en)"
NAME_BEFORE_BRACKETS = rf"\b(?P<name>[A-Z][\w'’-]*(?:(?:-(?:{PARTICLE}-)*|\s(?:{SPACED_PARTICLES}\s)*)[A-Z][\w'’-]*)*)"
LISTED_NAME = re.compile(  # (with another spelling between: "Shajahanpur (Sahajanpur) upazila (Bogra, Rajshahi)")
    rf"{NAME_BEFORE_BRACKETS}(?:\s*\([A-Z][^()\n,]{{1,40}}\)(?=\s*(?:[a-z]+\s*)?\())?{AREA_WORD}\s*\((?P<areas>[A-Z][^()\n,]{{1,40}}(?:,\s*[A-Z][^()\n,]{{1,40}}){{1,2}})\)")
AREA_GLOSSED = re.compile(rf"{NAME_BEFORE_BRACKETS}\s*\((?P<area>[A-Z][^()\n,]{{2,40}})\)")  # "Mahaday (Middle Shabelle)"
# the note's own coding of where: "(coded to Pershotravensk)", "(presumed to be at the state capital of Wad Medani)"
CODED_AT = (r"\b(?:coded (?:to|as|in|at)|(?:presumed|assumed) to be (?:at|in)) (?:the\s+)?"
            r"(?:(?:district|governorate|provincial|regional|state|county) (?:cent(?:er|re)|capital)\s+(?:of\s+)?)?")
CODED_AT_BEFORE = re.compile(rf"{CODED_AT}$", re.I)
GLOSS_BEFORE = re.compile(r"(?:\)\s*\(|\b(?:zone|woreda|district|county|municipality|province|region|state|community|"
                          rf"neighbou?rhood)\s+\(|{CODED_AT})$", re.I)
# "fled El Geneina", "battled for control of Kidal"
LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|across|around|into|fled(?:\s+from)?|"
                             # ("an area east of Samarra", "5 km from Kidal"): a place told by its direction or distance
                             r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:km|kilomet(?:re|er)s|miles)\s+from|"
                             r"(?:control|capture|siege|centre|center|countryside|outskirts|suburbs)\s+of)"
                             r"\s+$", re.I)  # ("the northern countryside of Hama")


# A person's home town, as local news writes it: "Larry Dunaway of Berea", "Scott L. Berrey, 31, of Paris"
PERSON_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:,\s+\d{1,3},)?\s+of\s+$")
FIRED_AT_BEFORE = re.compile(r"\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,3}(?:at|on|towards?|into)\s+$", re.I)


STREETS_OF = re.compile(r"\b(?:streets|outskirts|centre|center|heart|suburbs?|town|city|village|countryside)\s+of\s+$",
                        re.I)


def _after_locative(text: str, start: int) -> bool:
    """A locative preposition right before the name ("in Tunis", "for control of Kidal")."""
    return LOCATIVE_BEFORE.search(text[max(0, start - 16):start]) is not None


def _told_as_where(text: str, start: int) -> bool:
    """A name told as where something is: "in Kitui", "through the streets of Kitui"."""
    return _after_locative(text, start) or STREETS_OF.search(text, max(0, start - 30), start) is not None


def _names_facility(text: str, start: int, end: int) -> bool:
    """A facility's name ("Los Angeles cemetery") in a sentence that already placed its event ("in Tegucigalpa, ...")."""
    sentence_start = max(0, text.rfind(".", 0, start), text.rfind("\n", 0, start))
    # (or the facility's word written into the name the model took: "protested in Moreno Square")
    named = NAMED_FACILITY_AFTER.match(text, end) is not None or \
        NAMED_FACILITY_AFTER.search(" " + text[start:end].rsplit(" ", 1)[-1]) is not None and " " in text[start:end]
    return named and PLACED_BEFORE.search(text, sentence_start, start) is not None


def _facility_in_town(text: str, start: int, end: int) -> bool:
    """A name before a facility's word that the text then places in a town: "the Saga supermarket in Sorong city",
    "the Bogor regent's office in Cibinong town", "at Tugu roundabout in Malang city" (not "Kisumu market", the
    town's); or a landmark's name in a report that has placed itself in a city already ("... in Bogor city. They
    burned tires at the Kujang monument")."""
    facility = NAMED_FACILITY_AFTER.match(text, end) or OFFICE_OF_NAME.match(text, end)
    if facility is None or re.search(r"(?i:street|avenue|road)$", facility.group(0)):
        return False  # ("on Murree road in Rawalpindi": a street named for a town, read as a reference to it)
    sentence_end = text.find(".", end)
    if re.match(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:in|at|of)\s+(?:the\s+)?[A-Z]",
                text[facility.end():sentence_end if sentence_end > 0 else None]):
        return True
    return bool(LANDMARK.search(facility.group(0))) and SETTLED_BEFORE.search(text, 0, start) is not None


# "the Bogor regent's office", "the Bau-bau council building": an office of the area the name is, somewhere
OFFICE_OF_NAME = re.compile(r"\s+(?:regent|mayor|governor|council|municipal|district|provincial)(?:['’]s)?\s+"
                            r"(?:office|building|hall|headquarters|residence|compound)\b", re.I)
LANDMARK = re.compile(r"(?i:monument|roundabout|supermarket|mall|plaza|cathedral|tower)$")
SETTLED_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+(?:city|town)\b")
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
SEIZED_PLACE_VERBS = {"attack", "storm", "raid", "capture", "seize", "overrun", "besiege", "shell", "bomb", "loot",
                      "occupy", "invade", "retake", "recapture"}
MONTHS = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December)$")
SETTLEMENT_WORDS = set(SETTLEMENT.split("|")) | {"border town", "border village"}
ADMIN2_WORDS = {"district", "county", "municipality", "municipal area", "rayon", "raion", "department", "local government area",
                "local government", "lga", "zone", "parish", "borough", *THIRD_LEVEL_WORDS}  # (Louisiana's parishes are its counties: "Rapides Parish")
ADMIN1_WORDS = {"region", "province", "oblast", "governorate", "prefecture", "state", "territory"}
NOT_PLACE_WORDS = {
    "the", "a", "an", "this", "that", "police", "army", "president", "government", "ministry",
    "association", "office", "department", "court", "agency", "news", "twitter", "facebook",
    "whatsapp", "telegram", "instagram", "youtube", "tiktok", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "later", "meanwhile",
    "shortly", "another", "one", "two", "still", "late", "on", "in", "at", "it", "there", "they",
    "he", "she", "we", "our", "kazakh", "criminal", "code", "republic", "investigations",
    # armed movements and missions whose names a gazetteer's exonyms also hold ("Hamas" is Hamm in Latvian)
    "hamas", "hezbollah", "hizbollah", "taliban", "houthi", "houthis", "boko haram", "al shabaab", "al-shabaab",
    "isis", "isil", "daesh", "wagner", "fatah", "amisom", "minusma", "monusco", "minusca", "unifil", "ecowas",
    "city hall", "town hall", "parliament", "state house",
    # titles ("Prime Minister, Ariel Henry" names a man, not Ariel in the West Bank)
    "minister", "prime minister", "governor", "mayor", "senator", "general", "colonel", "captain", "commander", "chief",
    "king", "queen", "prince", "sheikh", "bishop", "pope", "deputy", "speaker", "secretary", "ambassador",
    # designators left bare when the name before them was read on its own ("Denpasar City")
    "city", "town", "village", "township", "province", "state", "district", "county", "region", "municipality",
}
# A country's quarter written alone ("present in the North"), not a town of that name abroad; as the first
# word of a longer name it stays ("South Sudan", "North Kivu").
QUARTERS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center",
            "north-east", "north-west", "south-east", "south-west"}
MONTH_ABBREVIATION = re.compile(r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTICLES = r"(?:an|al|el|es|ez|ed|ad|as|ash|at|az|ar|ul|de|des|du|da|do|di|del|della|la|le|les|los|las|van|von|bin|ibn|sur|en|sous)"
# Short words inside a name the gazetteer knows whole: "Gracias a Dios", "Poienile de sub Munte", "Frankfurt am Main"
RUN_PARTICLES = rf"(?i:{PARTICLES})|[a-z]{{1,5}}"
COMPOUND_NAME = re.compile(
    rf"\b[A-Z][\w'’`]+(?:(?:-(?:{PARTICLES}-)?[A-Z][\w'’`]+)|(?:-{PARTICLES}(?=-))|"
    rf"(?:\s(?i:{SPACED_PARTICLES}|an|as|at|ath)[\s-][A-Z][\w'’`]+))+")  # (the whole a name the gazetteer holds)
ORG_WORDS = re.compile(
    r"\b(?:police|department|association|ministry|party|front|movement|council|committee|university|bank|"
    r"company|news|agency|group|union|office|court|government|army|forces|command|brigade|battalion|"
    r"regiment|division|service|commission|authority|administration|assembly|parliament|club|"
    r"federation|foundation|institute|school|hospital|church|mosque|times|herald|post|tribune|radio|tv|bureau|"
    r"guard|library|board|labour|labor|magistrates|legislature|senate|league|chamber|coalition|society)\b", re.I)


@dataclass
class Toponym:
    start: int
    end: int
    name: str
    designator: str | None = None
    strength: int = 1  # 3 designator, 2 NER place label, 1 gazetteer match of a proper noun
    role: str = "place"  # place | org (inside an organisation's name) | origin | reference | modifier | demonym
    adjective_country: str | None = None
    opens_sentence: bool = False  # a capitalised word opening a sentence may be any word ("Any city", "Competition")
    locative: bool = False  # told as where something is: "in Kitui", "through the streets of Kitui"
    names_facility: bool = False  # a facility's name after the sentence placed its event: "in Tegucigalpa, ...
    # in Los Angeles cemetery" (not "taken to an east London hospital")
    cause: bool = False  # where what the event answered happened: "in response to rockets fired at Sderot"
    glossed: bool = False  # one of the areas a parenthesis places the name before it in: "Botou (Kantchari, Tapoa)"


@dataclass
class Context:
    countries: Counter = field(default_factory=Counter)
    admin1: list[Place] = field(default_factory=list)
    admin2: list[Place] = field(default_factory=list)
    resolved: list[Place] = field(default_factory=list)
    home_country: str | None = None
    actor_countries: Counter = field(default_factory=Counter)  # "Ethiopian soldiers": a hint, not a statement
    group_countries: Counter = field(default_factory=Counter)  # "Al Shabaab militants": where that group fights
    states: dict[str, Place] = field(default_factory=dict)  # a country's name that names a state here ("Georgia")
    mentions: Counter = field(default_factory=Counter)  # how often the report names each place (normalised names)
    countries_from_outlet: bool = False  # the report's country is only its outlet's, the text naming none


km = haversine_km  # the gazetteer's great-circle distance, under the name the stages import


CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|pounds? sterling|shillings?|rupees?|dinars?|currency)\b", re.I)


def _clean_name(name: str) -> str:
    name = re.sub(r"['’]s$", "", name.strip(" .,-"))  # "San Francisco's"
    name = name.strip(" .,'’-")
    words = name.split()
    while words and (words[0].lower() in NOT_PLACE_WORDS or words[0].islower()):
        words = words[1:]
    return " ".join(words)


def _title_case(sent) -> bool:
    """Whether a sentence is a headline written in title case, where capitals say nothing of names: most of
    its words capitalised, small words too ("Indicts Man In December"; a list of names has "of" and "and")."""
    doc = sent.doc
    end = sent.end
    while end < len(doc) and not doc[end - 1].is_punct:  # ("Grand Jury Indicts Man | In December Slaying.":
        end = next((t.sent.end for t in doc[end:end + 1]), len(doc))  # the parser split the headline)
    sent = doc[sent.start:end]
    words = [t for t in sent if t.is_alpha and len(t.text) >= 3]
    small = [t for t in sent[1:] if t.lower_ in TITLE_SMALL_WORDS]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.75 * len(words) \
        and any(t.text[0].isupper() for t in small)


TITLE_SMALL_WORDS = {"in", "of", "on", "at", "for", "to", "with", "and", "the", "after", "over", "from", "by", "as"}


NAMED_OCCASION = re.compile(r"\s(?:Day|Week|Eve|Festival|Anniversary|Games|Cup)$")


def _overlaps(a: Toponym, spans: list[Toponym]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in spans)


def find_toponyms(sdoc, gazetteer, source: str | None = None, text: str | None = None) -> list[Toponym]:
    """Candidate toponym spans, strongest evidence first, non-overlapping."""
    text = text if text is not None else sdoc.text  # Doc.text re-joins every token: read it once
    found: list[Toponym] = []
    named_for: set[int] = set()  # starts of places an organisation's name opens with
    # a named day ("Labor Day", "International Workers Day", which the model calls EVENT or ORG; its labels alone
    # are no guide: it calls "Alagoinha, Pernambuco" a work of art)
    named_things = [(e.start_char, e.end_char) for e in sdoc.ents if NAMED_OCCASION.search(e.text)]

    def add(start: int, end: int, name: str, desig: str | None, strength: int) -> None:
        if strength < 3 and any(s <= start and end <= e for s, e in named_things):
            return  # "the commemoration of Labor Day": a day's name holds no place
        owner = re.match(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$", name)
        if owner is None and not gazetteer.has_name(name):
            # "northern Kenyas Isiolo County", "Benghazis Al-Jalaa Hospital": the possessive's apostrophe lost
            bare = re.match(r"^(?P<owner>[A-Z][\w-]+)s\s+(?P<rest>[A-Z].+)$", name)
            if bare and (gazetteer.country(bare.group("owner")) or any(
                    p.feature_class == "P" and p.population >= SMALL_NAMESAKE and _own_name(p, bare.group("owner"))
                    for p in gazetteer.lookup(bare.group("owner")))):
                owner = bare
        if owner:  # "Kyrgyzstan's Chuy region": two places, the owner a plain mention
            add(start, start + len(owner.group("owner")), owner.group("owner"), None, 2)
            rest_start = text.find(owner.group("rest"), start, end + 1)
            start, name = (rest_start if rest_start >= 0 else start), owner.group("rest")
        raw = re.sub(r"-based$", "", name).strip(" .,'’-")  # "the Kathmandu-based office": in Kathmandu
        # ("Sheikh Zuweiyid", "At Tuhayta district": a leading word that is a title or a particle, in a name the
        # gazetteer knows whole)
        cleaned = _clean_name(raw)
        # ("the village of al Khadir": a name with its article, which the gazetteer knows whole, is that place)
        name = raw if len(cleaned) >= 3 and cleaned != raw and gazetteer.has_name(raw) and (
            raw[:1].isupper() and not gazetteer.has_name(cleaned) or ARABIC_ARTICLE.match(raw)) else cleaned
        rest = re.match(r"-[a-z]+\b", text[end:end + 20])
        if rest and gazetteer.has_name(name + rest.group(0)):
            name, end = name + rest.group(0), end + rest.end()  # "Bau-bau": the whole name the tokenizer cut
        spelt_out = re.fullmatch(r"(?P<name>.+?)\s+(?P<d>Local Government Area|Local Government|L\.?G\.?A\.?)", name)
        if spelt_out and not gazetteer.has_name(name):
            # "Igabi Local Government Area" taken whole by the model (or as the village "Gurguzu village of" names):
            # the area Igabi
            name, desig = spelt_out.group("name"), spelt_out.group("d").lower().replace(".", "")
        inside = FACILITY_IN.match(name)
        if inside and strength == 2:  # "Town Hall in Colombo", one entity: the facility's town, after "in"
            name = inside.group("town")
            start = max(start, text.find(name, start, end + 1))
        lead = re.search(rf"\b([A-Z][\w'’-]+\s+{PARTICLES}\s+)$", text[max(0, start - 30):start])
        if name and lead and gazetteer.has_name(lead.group(1) + name):
            start, name = start - len(lead.group(1)), lead.group(1) + name  # "Rio de Janeiro city", not "Janeiro city"
        if not name or name.lower() in NOT_PLACE_WORDS | QUARTERS or len(name) < 2 or any(c.isdigit() for c in name):
            return  # "M23", "Route 9": names with digits are groups and roads, not settlements
        if CURRENCY_AFTER.match(text, end):
            return  # "the high US dollar exchange rate": a currency, not a place
        if re.search(r"\s(?:Road|Street|Avenue|Boulevard|Lane|Highway)$", name) and not gazetteer.has_name(name):
            return  # "on Opu Tosappaile Road, Boting sub-district, ... Palopo city": a street, placed by what follows
        if re.search(r"\b(?i:anti|pro)-$", text[max(0, start - 5):start]) and not gazetteer.country(name):
            return  # "Anti-Balaka": a movement against something, not the town of Balaka
        if MONTH_ABBREVIATION.match(name) and (re.search(r"\d\s*$", text[max(0, start - 3):start])
                                               or re.match(r"\s*\d", text[end:end + 3])):
            return  # "12 Jan 2016", "On Mar 07": a date, not Jan or Mar
        if (strength < 3 or desig and desig.lower() not in ("county", "parish")) \
                and gazetteer.country_of_adjective(name) and not gazetteer.country(name) \
                and not (strength >= 3 and desig and desig.lower() in ("region", "state", "province")
                         and any(p.feature_code.startswith("ADM1") and normalize_name(p.name) == normalize_name(name)
                                 for p in gazetteer.lookup(name))):
            # "one Canadian", "Kazakh": a demonym, not the town of Canadian, Texas; "Iranian state media",
            # "the Syrian city": the country's, read as a demonym below (Canadian County stays a county, and
            # "Somali region" Ethiopia's region of that name)
            return
        if name.isupper() and len(name) <= 4 and (strength < 3 or desig and desig.lower() in ACRONYM_KINDS) \
                and not _acronym_place(name, min(strength, 2), gazetteer):
            # ("an IDP camp", "a PMF checkpoint": a kind of camp, whose checkpoint, not Parma's airport)
            return  # "an NGO worker", "IS militants", "the ODM MP": a code, not Nagoya's airport or Iceland
        if name.replace(".", "").isupper() and strength < 3 and _initials_named(name.replace(".", ""), text, gazetteer):
            return  # "the University of Kentucky ... a UK spokesperson": the university, not the United Kingdom
        if strength < 3 and FACILITY_HEAD.fullmatch(name) and not LOCAL_HEAD.fullmatch(name):
            return  # "Mission", "College", "Hall" alone: a common noun capitalised, not the small town
        if strength < 3 and (STREET_CORNER_AFTER.match(text, end) or _street_corner_before(text, start)):
            return  # "from the Cochabamba with Pellegrini intersection": streets a town named, not those towns
        if strength < 3 and desig is None and _facility_in_town(text, start, end) and not gazetteer.country(name):
            return  # "in front of the Saga supermarket in Sorong city": the facility's own name, in another town
        offset = text.find(name, start, end + 1)
        start = offset if offset >= 0 else start
        top = Toponym(start, start + len(name), name, desig.lower() if desig else None, strength,
                      locative=_told_as_where(text, start), names_facility=_names_facility(text, start, start + len(name)))
        inside = [t for t in found if top.start <= t.start and t.end <= top.end and (t.start, t.end) != (top.start, top.end)]
        if inside and len(inside) == sum(_overlaps(t, [top]) for t in found) and gazetteer.has_name(name) \
                and not any(gazetteer.has_name(t.name) for t in inside):
            # "Santa Cruz de la Sierra": the whole name the gazetteer knows, over a cut-off part the model read
            found[:] = [t for t in found if t not in inside]
        if not _overlaps(top, found):
            found.append(top)

    for m in NAMES_JOINED.finditer(text):  # "Kohgiluyeh and Boyer-Ahmad province": one province's name, not two
        if gazetteer.has_name(m.group(0)) and not gazetteer.has_name(m.group("a")):
            add(m.start(), m.end(), m.group(0), None, 2)
    place_ents = [e for e in sdoc.ents if e.label_ in PLACE_LABELS]
    for first, second in zip(place_ents, place_ents[1:]):
        # "Baja California", "Port of Spain": one name the model read as two, when the gazetteer knows it whole
        # ("Spain city": its designator aside)
        whole = re.sub(r"\s+(?:city|town|village)$", "", text[first.start_char:second.end_char], flags=re.I)
        if re.fullmatch(r" (?:of )?", text[first.end_char:second.start_char]) and gazetteer.has_name(whole):
            add(first.start_char, first.start_char + len(whole), whole, None, 2)
    for rx in (DESIGNATOR_BEFORE, DESIGNATOR_AFTER, DESIGNATOR_APPOS):
        for m in rx.finditer(text):
            desig = m.group("desig")
            # (a part of a town: "a suburb of X" names the town X, where "the suburb of X" names the suburb)
            if rx is DESIGNATOR_BEFORE and desig.lower() in QUARTER_WORDS \
                    and re.search(r"\ban?\s+$", text[max(0, m.start("desig") - 4):m.start("desig")]):
                desig = None  # "Kourba, a suburb of Ouahigouya": Ouahigouya is the town the suburb belongs to
            area = AREA_KIND_AFTER.match(text, m.end("name"))
            if rx is DESIGNATOR_BEFORE and area is not None and desig and desig.lower() in VILLAGE_WORDS | {"town"} \
                    and re.search(r"\bof\s+$", text[m.start("desig"):m.start("name")]):
                # "the Khawja-Jir village of Kushk (Rabat-e Sangi-ye Pain) district": the village's district, Kushk
                desig = area.group("kind")
            add(m.start("name"), m.end("name"), m.group("name"), desig, 3)
    for m in PLURAL_DESIGNATOR.finditer(text):
        for name in re.finditer(NAME, m.group("names")):
            if name.group(0) != "and":
                add(m.start("names") + name.start(), m.start("names") + name.end(), name.group(0),
                    PLURAL[m.group("desig")], 3)
    for m in CAPITAL_DESIGNATOR.finditer(text):
        name = _clean_name(m.group("name"))  # "A Metcalfe County man": the sentence's article is no part of it
        start = m.end("name") - len(name)
        whole = text[start:m.end("desig")]
        # "Quezon City": a place's own name; "Plymouth County", which the look-up also finds under "Plymouth"
        # (it drops designators), names the county Plymouth, not a town of that name
        squeezed = whole.lower().replace(" ", "")  # ("DeSoto Parish" is GeoNames' "De Soto Parish")
        if name and any(p.name.lower().replace(" ", "") == squeezed for p in gazetteer.lookup(whole)):
            add(start, m.end("desig"), whole, None, 3)
        elif name and gazetteer.has_name(name) and name.lower() not in NOT_PLACE_WORDS:
            add(start, m.end("name"), name, m.group("desig"), 3)
    for m in LISTED_NAME.finditer(text):
        add(m.start("name"), m.end("name"), m.group("name"), None, 3)
    for m in AREA_GLOSSED.finditer(text):
        # "in Mahaday (Middle Shabelle)": one area in brackets, when it is an area, places the name before it
        area = m.group("area").strip()
        if _after_locative(text, m.start("name")) or re.search(r"\b(?:at|of)\s+$", text[max(0, m.start() - 4):m.start()]):
            if any(p.feature_code in ("ADM1", "ADM2") for p in gazetteer.lookup(area) or gazetteer.lookup_variant(area)):
                add(m.start("name"), m.end("name"), m.group("name"), None, 3)
    # (and at a sentence's start: a headline joined to its story, "... for AIG, others. WASHINGTON — Denouncing")
    line_starts = {0, *(m.end() for m in re.finditer(r"\n", text)), *(s.start_char for s in sdoc.sents)}
    for line_start in sorted(line_starts):
        line = dateline_at(text, line_start)  # "BEIRUT — A cease-fire ...": capitals the model reads as no name
        if line is not None and line.start() == line_start and line.group("city").isupper() \
                and gazetteer.has_name(line.group("city")):
            add(line.start("city"), line.end("city"), line.group("city"), None, 2)
    for m in PARTY_STATE.finditer(text):  # "Rep. Charles Rangel, D-N.Y.": the state a member of Congress sits for
        top = Toponym(m.start("state"), m.end("state"), m.group("state").rstrip("."), None, 3)
        if _party_state(top.name, gazetteer) is not None and not _overlaps(top, found):
            found.append(top)
            named_for.add(top.start)
    for m in STANDALONE_ABBREVIATION.finditer(text):  # "In B.C., up to 20 cm", "the U.S.-led campaign" (after parties)
        if not re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()]):  # (not "500 B.C.")
            top = Toponym(m.start(), m.end(), m.group(0).rstrip("."), None, 2)
            if not _overlaps(top, found):
                found.append(top)
    for m in RESIDENTS_OF_NAME.finditer(text):  # "Lamu residents took to the streets": the town they live in
        name, start = m.group("name"), m.start("name")
        if " " in name and not gazetteer.has_name(name):  # "Angry Kisumu residents"
            start += name.index(" ") + 1
            name = name[name.index(" ") + 1:]
        if gazetteer.has_name(name):
            add(start, m.end("name"), name, None, 2)
    for m in ROAD_BETWEEN.finditer(text):  # "along the Torit-Kapoeta road": ACLED codes the road's first town,
        if re.match(r"\s*\(", text[m.end():]):
            continue  # unless areas follow
        a, a2 = ("a", "a2") if m.start("a") >= 0 else ("a_", "a2_")
        # ("the Mau Narok-Nairobi road": the first town's name may be two words)
        start = next((i for i in (m.start(a2), m.start(a)) if i >= 0 and gazetteer.has_name(text[i:m.end(a)])), None)
        if start is not None:
            add(start, m.end(a), text[start:m.end(a)], None, 2)
    for ent in place_ents:
        # ("near Robotyne (Zaporizhia)", "in Nis, Serbia": an entity the model ran across a bracket or a comma is two
        # names)
        for part in re.finditer(r"[^(),]+", ent.text):
            name = part.group(0).strip()
            if name and (name[:1].isupper() or name == ent.text):
                start = ent.start_char + part.start() + part.group(0).index(name)
                add(start, start + len(name), name, None, 2)
    # Compound names the tokenizer splits: "Croix-des-Bouquets", "Ma'arrat an-Nu'man", "Ma'arrat An Nu'man".
    for m in COMPOUND_NAME.finditer(text):
        if gazetteer.has_name(m.group(0)):
            add(m.start(), m.end(), m.group(0), None, 1)
    # Proper-noun runs the model missed or mislabelled (PERSON "Masanchi", ORG "Almaty").
    run: list = []
    tokens = list(sdoc)
    for i, tok in enumerate(tokens + [None]):
        if tok is not None and tok.text[:1].isupper() and (tok.pos_ == "PROPN" or (
                # "battle in and around Mandera": a name the tagger took for a common noun, after "in" or "around"
                tok.pos_ == "NOUN" and not run and not tok.is_sent_start and tok.ent_type_
                and _after_locative(text, tok.idx)) or (
                # "(Ad Durayhimi, Al Hudaydah)": the article a name opens with, whatever the tagger made of it
                not run and tok.text in ARABIC_ARTICLES and i + 1 < len(tokens)
                and tokens[i + 1].text[:1].isupper() and tokens[i + 1].pos_ == "PROPN"
                and gazetteer.has_name(f"{tok.text} {tokens[i + 1].text}"))) \
                or tok is not None and not run and _hyphened_article(tokens, i, text, gazetteer):
            # (the article opens a name only the gazetteer knows whole: not "An Alexandria woman"; "in al-Bukamal")
            run.append(tok)
            continue
        if tok is not None and run and tok.text == "-" and not run[-1].whitespace_ and not tok.whitespace_ \
                and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
            run.append(tok)  # "Alma-Ata", "Bular-Batyr": a hyphen inside a name
            continue
        if tok is not None and run and re.fullmatch(RUN_PARTICLES, tok.text):
            # "Dawran ad Daydah", "Leon de los Aldama": particles inside a name the gazetteer knows whole
            k = i + 1
            while k < len(tokens) and k - i < 3 and re.fullmatch(RUN_PARTICLES, tokens[k].text):
                k += 1
            if k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].pos_ == "PROPN" \
                    and gazetteer.has_name(text[run[0].idx:tokens[k].idx + len(tokens[k].text)]):
                run.extend(tokens[i:k])
                continue
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            name = text[start:end]
            joined = re.match(r"(?:-[a-z]{1,4}-[A-Z][\w'’]*)+", text[end:])  # "Port-au-Prince", "Stoke-on-Trent"
            if joined and gazetteer.has_name(name + joined.group(0)):
                end += joined.end()
                name = text[start:end]
            after_preposition = _after_locative(text, start) or (
                # "fighters attacked Bocaranga": what is stormed, raided or seized is a place
                run[-1].dep_ == "dobj" and run[-1].head.lemma_ in SEIZED_PLACE_VERBS) \
                or FIRED_AT_BEFORE.search(text[max(0, start - 50):start]) is not None \
                or PERSON_OF_BEFORE.search(text[max(0, start - 50):start]) is not None  # "Larry Dunaway of Berea"
            between = BETWEEN_BEFORE.search(text[max(0, start - 12):start])
            if re.match(rf"^\s(?i:{PARTICLES})[\s-][A-Z]", text[end:end + 8]):
                pass  # "Dur al Amal": the first word of a longer name the gazetteer lacks is not a town of its own
            elif (gazetteer.has_name(name) or ((after_preposition or between) and _lookup(gazetteer, name))) \
                    and not (len(run) > 1 and FACILITY_HEAD.fullmatch(run[-1].text)
                             and re.match(r"\s+(?:for|of|on)\s", text[end:end + 5])):
                # ("the University of Michigan Center for Computer Security" is an organisation, not Michigan Center)
                # (after "in" or "between", also by its other transliterations: "in Diwaniyah", GeoNames' Diwaniya)
                # "demonstrated ... in Tunis": a locative preposition is the cue the model did not read
                locative = after_preposition and not MONTHS.match(name)
                # "East Guji zone (Negele)", "coded to Pershotravensk": a place glossing the place just named
                locative = locative or GLOSS_BEFORE.search(text[max(0, start - 30):start])
                if not locative and len(run) == 1 and _title_case(run[0].sent):
                    pass  # "Grand Jury Indicts Man In December Slaying": a headline capitalises every word (not Man, CI)
                else:
                    add(start, end, name, None, 2 if locative else 1)
                if not locative and run[0].is_sent_start and found and found[-1].start == start:
                    found[-1].opens_sentence = True
            elif len(run) > 1 and FACILITY_HEAD.fullmatch(run[-1].text) and (prefix := _facility_town(run, text)) \
                    and gazetteer.has_name(prefix):
                # "Colombo University", "Janakpur Police Post": the town a facility is named for, unless the text
                # says where the facility is ("Hamilton College in Clinton")
                if not FACILITY_LOCATED.match(text[end:end + 40]):
                    add(start, start + len(prefix), prefix, None, 1)
                elif _well_known_area(prefix, gazetteer):  # "the University of Kentucky College of Law"
                    add(start, start + len(prefix), prefix, None, 2)
                    named_for.add(start)
            elif len(run) > 1 and (owner := _organisation_place(run, text, gazetteer)) is not None:
                # "the Kentucky Department of Fish and Wildlife", "Texas A&M University": the state or city an
                # organisation is named for, kept as its context, never as where anything happened
                add(start, start + len(owner), owner, None, 2)  # (a country, state or city: no bare capitalised word)
                named_for.add(start)
            elif len(run) > 1 and gazetteer.has_name(run[-1].text) \
                    and (run[-1].ent_type_ != "PERSON" or re.fullmatch(r"[A-Z]{2,5}", run[0].text)) \
                    and not ORG_WORDS.fullmatch(run[-1].text) and not _title_case(run[0].sent) \
                    and not (run[-1].ent_type_ == "ORG" and run[0].ent_iob_ == "I") \
                    and any(_own_name(p, run[-1].text) for p in gazetteer.lookup(run[-1].text)):
                # ("the Federal Bureau": no Bureau County; "the Blue Grass Army Depot": no old name of Northfield;
                # "the Wellcome Trust Centre for Mitochondrial Research", an organisation's tail: no Research, Victoria)
                add(run[-1].idx, run[-1].idx + len(run[-1].text), run[-1].text, None, 1)
            run = []
    found = [t for t in found if not source or t.name.lower() != source.lower()]
    # "the Stade de France", "Banco de Venezuela": a country a building or a firm is named for is not where it is
    found = [t for t in found if not (FACILITY_OF_BEFORE.search(text, max(0, t.start - 40), t.start)
                                      and gazetteer.country(t.name) is not None)]
    # "Arch Walsh of Mississauga ... Walsh said": a surname the report gives a person is that person, not
    # Walsh, Colorado (but "in Washington" is a place, whoever else bears the name)
    # "Robertson said": who speaks is a person or a body, not Robertson County
    # ("Martha Rose May Martin’s farm": the surname before the possessive)
    # ("MSF Bambari", which the model calls a person: an organisation's acronym and its office's town)
    surnames = {names[-1].text for ent in sdoc.ents if ent.label_ == "PERSON"
                and len(names := [t for t in ent if t.text not in ("'s", "’s", "'", "’")]) >= 2
                and not re.fullmatch(r"[A-Z]{2,5}", names[0].text)}
    surnames |= {t.name for t in found if SPEAKS_AFTER.match(text, t.end)
                 and not _after_locative(text, t.start)}  # (not "officer in X told")
    found = [t for t in found if t.strength >= 3 or t.name not in surnames
             or _after_locative(text, t.start) or _stated_areas(t, text)
             or gazetteer.country(t.name) is not None
             or any(p.feature_code.startswith(("ADM1", "PCL")) or p.feature_class == "P" and p.population >= SURNAME_TOWN
                    for p in gazetteer.lookup(t.name))]  # (not "Wisconsin", whatever PERSON the model ends with it)
    found = _widened_to_longer_names(found, sdoc, gazetteer)
    # "Maskan-e Mehr housing": the second word of a Persian ezafe phrase no list holds whole ("Qasr-e Shirin" was
    # widened whole above) is part of that phrase, not a town of its own
    found = [t for t in found if t.strength >= 3 or not EZAFE_BEFORE.search(text, max(0, t.start - 40), t.start)]
    _assign_roles(found, sdoc, gazetteer, text)
    for top in found:
        if top.start in named_for and top.designator not in ("local government area", "local government", "lga"):
            # (not "Ikorodu Local Government Area": the government words there name the area itself; but "the Lagos
            # State Government" is a body)
            top.role = "org"
    for ent in sdoc.ents:  # "a Turkish policeman": the country a demonym names, a mention of it, never a site
        if ent.label_ not in ("NORP", "ORG", "GPE", "PERSON"):
            continue
        words = ent[1:] if ent[0].lower_ == "the" else ent  # ("The Sri Lankan", the model's ORG)
        # the whole entity ("Sri Lankan", which the model also calls GPE or PERSON), else the demonym opening an
        # organisation's name ("the Georgian Interior Ministry", "the Sri Lankan Army")
        spans = [words] + ([words[:2], words[:1]] if ent.label_ == "ORG" and len(words) > 1 else [])
        span, code = next(((sp, c) for sp in spans if len(sp) and (c := gazetteer.country_of_adjective(sp.text))
                           and (sp is words or sp.end < words.end)), (None, None))
        if not code:
            continue
        demonym = Toponym(span.start_char, span.end_char, span.text, None, 1, "demonym", code)
        if not gazetteer.country(span.text) and not _overlaps(demonym, found):
            found.append(demonym)
    return sorted(found, key=lambda t: t.start)


PARTY_STATE = re.compile(r"\b[DRI]-(?P<state>(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[\s,.;)\"”])")


STANDALONE_ABBREVIATION = re.compile(r"(?<![\w.])(?:B\.C\.|N\.Y\.|D\.C\.|P\.E\.I\.|U\.S\.)(?!\w)")


# the kind of area written after a name, past its other name in brackets: "Kushk (Rabat-e Sangi-ye Pain) district"
AREA_KIND_AFTER = re.compile(r"(?:\s*\([^()]{1,60}\))?\s+(?P<kind>district|province|county|governorate|region|municipality)\b",
                             re.I)
EZAFE_BEFORE = re.compile(r"\b[A-Z][\w'’]*-e\s+$")  # "Maskan-e ": a Persian phrase's first word and its ezafe
# Lower-case words inside a place's name: "Barra de Santo Antonio", "Kut e Abdollah", "San Jose del Monte", "Sangi-ye".
NAME_PARTICLE = re.compile(r"de|del|do|dos|da|das|di|du|des|e|ye|el|la|las|los|le|les|y")
LONGEST_NAME_WORDS = 6


def _hyphened_article(tokens: list, i: int, text: str, gazetteer) -> bool:
    """Whether a lower-case Arabic article opens a hyphened name the gazetteer knows whole: "in al-Bukamal"."""
    tok = tokens[i]
    if tok.text.capitalize() not in ARABIC_ARTICLES or i + 2 >= len(tokens) or tok.whitespace_:
        return False
    hyphen, name = tokens[i + 1], tokens[i + 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and name.text[:1].isupper() \
        and gazetteer.has_name(text[tok.idx:name.idx + len(name.text)])


def _widened_to_longer_names(found: list[Toponym], sdoc, gazetteer) -> list[Toponym]:
    """A toponym that is part of a longer name the gazetteer holds is that name: "Los Angeles Tetela, Puebla" is
    not Los Angeles, "Barra de Santo Antonio" not some Antonio, "San Jose del Monte" not any San Jose."""
    def word(tok) -> bool:
        # (and a hyphen inside a word: "Qasr-e Shirin", Persian's ezafe joined to the name before it)
        return tok.text[:1].isupper() and tok.is_alpha or NAME_PARTICLE.fullmatch(tok.text) is not None \
            or tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not sdoc[tok.i - 1].whitespace_
    by_char = {tok.idx: tok.i for tok in sdoc}
    widened: list[Toponym] = []
    for top in found:
        first = by_char.get(top.start)
        last = next((tok.i for tok in sdoc[first:] if tok.idx + len(tok.text) >= top.end), None) \
            if first is not None else None
        if first is None or last is None or top.designator is not None:
            widened.append(top)
            continue
        lo, hi = first, last
        while lo > 0 and first - lo < LONGEST_NAME_WORDS and word(sdoc[lo - 1]) and not sdoc[lo - 1].is_sent_start:
            lo -= 1
        while hi + 1 < len(sdoc) and hi - last < LONGEST_NAME_WORDS and word(sdoc[hi + 1]):
            hi += 1
        best = None
        for a in range(lo, first + 1):
            for b in range(hi, last - 1, -1):
                if (a, b) == (first, last) or not (sdoc[a].text[:1].isupper() and sdoc[b].text[:1].isupper()):
                    continue
                span = sdoc[a:b + 1]
                if b > last and FACILITY_HEAD.fullmatch(sdoc[b].text) and b + 1 < len(sdoc) \
                        and sdoc[b + 1].lower_ in ("for", "of", "on"):
                    continue  # "the University of Michigan Center for Computer Security" is no Michigan Center
                if (best is None or len(span) > len(best)) and gazetteer.has_name(span.text):
                    best = span
        if best is None:
            widened.append(top)
            continue
        widened.append(replace(top, start=best.start_char, end=best.end_char, name=best.text))
    # (a name the widened one now holds is part of it: "Antonio" of "Barra de Santo Antonio"; two parts widened to
    # one name, "Qasr" and "Shirin" of "Qasr-e Shirin", are that name once, as its stronger reading)
    kept = [t for t in widened if not any(o is not t and o.start <= t.start and t.end <= o.end
                                          and (o.end - o.start) > (t.end - t.start) for o in widened)]
    strongest: dict[tuple[int, int], Toponym] = {}
    for t in kept:
        if (t.start, t.end) not in strongest or t.strength > strongest[(t.start, t.end)].strength:
            strongest[(t.start, t.end)] = t
    return [t for t in kept if strongest[(t.start, t.end)] is t]


def _abbreviation_place(top: Toponym, text: str, gazetteer) -> Place | None:
    """The state or country an abbreviation written alone stands for ("B.C." British Columbia, "U.S.")."""
    m = STANDALONE_ABBREVIATION.match(text, top.start)
    if m is None or m.end() not in (top.end, top.end + 1):  # (the span holds its final dot, or the model's not)
        return None
    return gazetteer.country("US") if top.name == "U.S" else _abbreviated_area(top.name, gazetteer)


def _party_state(name: str, gazetteer) -> Place | None:
    """The US state of a party affiliation's abbreviation or name ("N.Y.", "Calif", "Texas")."""
    return _abbreviated_area(name, gazetteer) or gazetteer.admin1("US", name, variants=False)


SPEAKS_AFTER = re.compile(r"(?:,[\"”’]?)?\s+(?:said|says|told|added|explained|recalled)\b")


def _facility_town(run: list, text: str) -> str:
    """The words before a facility's head words ("Janakpur" of "Janakpur Police Post")."""
    heads = len(run)
    while heads > 0 and FACILITY_HEAD.fullmatch(run[heads - 1].text):
        heads -= 1
    if heads < len(run):  # ("Benghazi Medical Centre", "Kenyatta National Hospital": the words that say what kind)
        while heads > 1 and FACILITY_KIND.fullmatch(run[heads - 1].text):
            heads -= 1
    return text[run[0].idx:run[heads - 1].idx + len(run[heads - 1].text)] if heads else ""


FACILITY_KIND = re.compile(r"Medical|General|Teaching|Referral|Central|Military|Regional|District|International|"
                           r"Community|Main|Public|Secondary|High|Primary|Technical|Islamic|National|Provincial|"
                           r"Municipal|Civil|Criminal|Grand|Sports|Memorial")
# An office holder named after the place of his office: "Montreal Mayor Denis Coderre", "Kandara MP Alice Wahome".
OFFICE_TITLE = re.compile(r"(?:Mayor|Governor|Premier|Prefect|MP|MLA|MPP|Senator|Sheriff|Councillor|Councilor|"
                          r"Chief|Commissioner|Archbishop|Bishop|Imam|Deputy|Representative|Assemblyman)\b")


def _organisation_place(run: list, text: str, gazetteer) -> str | None:
    """The country, state or city a run of proper nouns opens with when the rest names an organisation
    or an office holder."""
    for k in range(min(3, len(run) - 1), 0, -1):
        name = text[run[0].idx:run[k - 1].idx + len(run[k - 1].text)]
        rest = text[run[k].idx:run[-1].idx + len(run[-1].text)]
        if not (ORG_WORDS.search(rest) or OFFICE_TITLE.match(rest)):
            continue
        if _well_known_area(name, gazetteer):
            return name
    return None


def _well_known_area(name: str, gazetteer) -> bool:
    """A country, a state or a city of 100,000 by that very name: what organisations are named for."""
    return gazetteer.country(name) is not None or any(
        _bare_name(p.name) == _bare_name(name) and (p.feature_code.startswith("ADM1") or p.population >= SMALL_NAMESAKE)
        for p in gazetteer.lookup(name))


# Streets named for towns, at a corner: "the Cochabamba with Pellegrini intersection", "corner of Bolivar and Sucre"
STREET_CORNER_AFTER = re.compile(r"\s+(?:with|and|&|y)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:intersection|junction|corner|streets)\b"
                                 r"|\s+(?:intersection|junction|corner)\b")
STREET_CORNER_BEFORE = re.compile(r"\b(?:corner|intersection|junction) (?:of|between) (?:[A-Z][\w'’-]+\s+(?:and|with|&)\s+)?$")


def _street_corner_before(text: str, start: int) -> bool:
    """"the corner of Bolivar and Sucre": a street; "Bwaise junction of Kampala", a junction named for a
    neighbourhood of the city that follows it."""
    corner = STREET_CORNER_BEFORE.search(text, max(0, start - 60), start)
    return corner is not None and not re.search(r"\b[A-Z][\w'’-]+\s+$", text[max(0, corner.start() - 30):corner.start()])


NAMES_JOINED = re.compile(r"\b(?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:and|&) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
RESIDENTS_OF_NAME = re.compile(r"\b(?P<name>[A-Z][a-z][\w'’-]+(?: [A-Z][a-z][\w'’-]+)?)"
                               r" (?:residents|villagers|inhabitants|locals|townspeople|townsfolk)\b")
ROAD_BETWEEN = re.compile(r"\b(?:(?P<a2>[A-Z][\w']+) )?(?P<a>[A-Z][\w']+)-(?P<b>[A-Z][\w']+(?: [A-Z][\w']+)?)\s+(?:road|highway|route|axis|motorway)\b|"
                          # "the highway Turmero-Maracay": the road's word first, as Spanish writes it
                          r"\b(?:road|highway|route|axis|motorway)\s+(?:(?P<a2_>[A-Z][\w']+) )?(?P<a_>[A-Z][\w']+)-[A-Z][\w']+\b")
# The head word of a building's or a body's name: "City Hall", "Hamilton College", "Pradeshiya Sabha".
FACILITY_HEAD = re.compile(r"Hall|College|University|School|Academy|Institute|Hospital|Clinic|Center|Centre|Office|Post|"
                           r"Station|Mission|Church|Cathedral|Basilica|Chapel|Mosque|Temple|Shrine|Seminary|Polytechnic|Market|Stadium|"
                           r"Park|Square|Street|Road|Avenue|Bridge|Fort|"
                           r"Courts?|Courthouse|Law|Camp|Cemetery|House|Tower|Building|Plaza|Barracks|Prison|Jail|Airport|"
                           r"Council|Assembly|Pradeshiya|Sabha|"
                           r"International|National|General|Teaching|Referral|Regional|Central|Main|"  # "Baghdad International Airport"
                           r"Party|Movement|Front|Union|Police|Ministry|Hotel|Mall|Company|Corporation|Bank|Factory|Mine")
# ... and in the languages that write it first: "Stade de", "Estadio de la", "Banco de"
FACILITY_OF_BEFORE = re.compile(r"\b(?:Stade|Estadio|Est[aá]dio|Stadio|Palais|Palacio|Pal[aá]cio|H[oô]pital|Universit[eé]|"
                                r"Universidad|Universidade|Banque|Banco|Banca|Gare|Aeropuerto|A[eé]roport|Aeroporto|"
                                r"Mus[eé]e|Museo|Teatro|Th[eé][aâ]tre|Biblioteca|Biblioth[eè]que|Copa|Coupe)"
                                r" (?:de la|de l['’]|de los|de las|del|des|de|du|da|do|dos|das|di|della|d['’])\s?$")
FACILITY_LOCATED = re.compile(r"^(?:\s*(?:,\s*|\()|[^.;]{0,60}?\b(?:in|at|of)\s+)(?:the\s+)?[A-Z]")
# Heads of councils in other languages ("Dambulla Pradeshiya Sabha"): alone they are towns (Sabha, Libya).
LOCAL_HEAD = re.compile(r"Pradeshiya|Sabha")
FACILITY_IN = re.compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:in|at) (?P<town>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$")
# What an acronym before it makes a kind or an owner's, not a place's designator
ACRONYM_KINDS = {"camp", "refugee camp", "checkpoint", "crossing", "area", "base", "border crossing"}
# Place names written as capitals that a code could also be: "US", "UK", "DRC" are countries; "MP", "IS" are not.
COUNTRY_CODES = {"US", "USA", "UK", "UAE", "DRC", "CAR", "KSA"}


def _initials_named(acronym: str, text: str, gazetteer) -> bool:
    """Whether the report spells out ``acronym`` as a name that is no country ("University of Kentucky" for UK)."""
    words = r"[A-Z][a-z][\w'’-]*"  # (written out: "US Secretary" spells nothing)
    for m in re.finditer(rf"\b{words}(?:\s+(?:of|and|for|the|de|du)?\s*{words})+", text):
        found = list(re.finditer(words, m.group(0)))  # ("University of Kentucky Medical Center": its first two)
        for i in range(len(found) - len(acronym) + 1):
            part = found[i:i + len(acronym)]
            if "".join(w.group(0)[0] for w in part) == acronym \
                    and gazetteer.country(m.group(0)[part[0].start():part[-1].end()]) is None:
                return True
    return False


def _acronym_place(name: str, strength: int, gazetteer) -> bool:
    """A short capitalised name is a place only as a country's usual short form, or as a town's own name
    ("GAO" in a wire's dateline), never through a code or another language's alternate name."""
    if name.replace(".", "") in COUNTRY_CODES:  # "U.S.", "U.K." as AP writes them
        return True
    if len(name) <= 2:
        return False
    return strength >= 2 and any(normalize_name(p.name) == normalize_name(name) for p in gazetteer.lookup(name)[:10])


DESTINATION_BEFORE = re.compile(
    r"\b(?:evacuated|taken|transferred|airlifted|flown|rushed|brought|moved|fled|relocated|transported|referred)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to|towards)\s+(?:(?:a|the)\s+)?(?:(?:\w+\s+)?(?:hospital|clinic|camp|base)\s+(?:in|at)\s+)?$",
    re.I)
# "demanding to return to their homes in Lima", "for them to get back home to Lima": where people want to go, not
# where they are
HOMES_BEFORE = re.compile(r"\b(?:return|go|get|travel|be sent)(?:s|ed|ing)?\s+(?:back\s+)?(?:(?:to\s+)?(?:their|his|her)\s+"
                          r"homes?\s+in|home\s+to)\s+$", re.I)
# a direction ("along the highway to Masaya", "blocked the route to Costa Rica": where the road leads, not where they were)
HEADING_BEFORE = re.compile(r"\b(?:towards?|bound for|heading (?:to|for)|en route to|(?:road|highway|route|motorway)\s+"
                            r"(?:leading\s+)?to)\s+(?:the\s+)?$", re.I)
FACILITY_AFTER = re.compile(r"^\s*(?:university|airport|air ?port|(?:police |bus |railway |train )?station|hospital|prison|"
                            r"market|stadium|campus|post office|port|bridge|mosque|church|cathedral|barracks|"
                            r"military (?:base|camp)|base|camp)\b", re.I)
STREET_IN_TOWN = re.compile(r"^\s+(?:road|street|avenue|highway|boulevard)\b,?\s+(?:in|of)\s+(?:the\s+)?"
                            r"(?:(?:city|town)\s+of\s+)?[A-Z]", re.I)
FIRED_BEFORE = re.compile(r"\b(?:fired|launched|shelled|shells|rockets?|missiles?|mortars?|artillery|drones?|gunfire)\b"
                          r"[^.;]{0,50}$", re.I)
PATRONAGE = r"led|backed|sponsored|funded|supported|allied|aligned"  # "US-led", "Iranian-backed": a patron abroad
PATRON_AFTER = re.compile(rf"-(?:{PATRONAGE})\b")
# "Israeli warplanes", "Turkish army drones": the nationality of who acts, not where it happens.
ACTOR_AFTER_DEMONYM = re.compile(rf"^-(?:{PATRONAGE}|affiliated|linked)\b|"  # "Iranian-backed"
                                 r"^\s*(?:[\w-]+\s+){0,2}?(?:forces|military|army|troops|soldiers|warplanes|jets|aircraft|"
                                 r"drones?|artillery|navy|naval|air ?force|airstrikes?|strikes?|shelling|settlers|"
                                 r"missiles?|rockets?|shells|mortars?|bombers?|bombardments?|"
                                 r"militants|fighters|gunboats|helicopters|tanks)\b", re.I)
# "a French woman", "two Chinese nationals", "Dutch tourists": foreigners are named by nationality because
# they are foreign, so the demonym says nothing of where the event was.
NATIONAL_AFTER_DEMONYM = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:wom[ae]n|m[ae]n|national|nationals|citizens?|tourists?|"
                                    r"visitors?|travell?ers?|aid workers?|engineers?|missionar(?:y|ies)|priests?|nuns?|"
                                    r"hostages?|expatriates?|expats?|businessm[ae]n|contractors?|volunteers?|-owned|"
                                    r"compan(?:y|ies)|firms?|embassy|refugees?|refugee camps?|migrants?|"
                                    r"asylum seekers?)\b", re.I)  # (workers and journalists strike at home)
# ("Soweto (City of Johannesburg, Gauteng)": the metropolitan municipality a quarter lies in, by its designator)
PARENTHESIS_BEFORE = re.compile(rf"(?:[A-Z][\w'’.-]*{AREA_WORD}\s*\((?:[^()]*,\s*)?|\([^()]*,\s*|"
                                r"\((?:City|Municipality|Town|District|County|Province|Department) of\s+)$")
def is_dateline(text: str, start: int, end: int) -> bool:
    """A place opening a paragraph and followed by a date, an agency or a dash: the dateline."""
    m = dateline(text, start)
    if m is None or not in_place(m, start, end):
        # after a headline on the same line, an all-capitals city and a dash ("others. WASHINGTON — Denouncing")
        m = dateline_at(text, start) if re.search(r"[.!?]\s+$", text[max(0, start - 3):start]) else None
        return m is not None and m.group("city").isupper() and bool(m.group("end")) and in_place(m, start, end)
    return True


# Whose envoy (a country an envoy is sent to says nothing of where the envoy was: "Ambassador to Nigeria ... en route
# to Jaji, Kaduna"; an embassy "in" a country is there)
ENVOY_BEFORE = re.compile(r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Hh]igh [Cc]ommissioners?|[Cc]onsuls?(?: [Gg]eneral)?|"
                          r"[Cc]harg[eé] d['’][Aa]ffaires) to (?:the\s+)?$")
INTERVENER_BEFORE = re.compile(r"\b(?:intervention|involvement|interference|role|influence|policy|policies|support|"
                               r"pressure|sanctions|backing|presence|troops|forces) (?:of|by|from) (?:the\s+)?$", re.I)


# A facility named after a place, in a report on another country: named for it, not in it
PLACED_BEFORE = re.compile(r"\b(?:in|at)\s+[A-Z][\w'’-]+")
NAMED_FACILITY_AFTER = re.compile(r"\s+(?:cemetery|graveyard|hospital|school|college|university|hotel|mall|market|"
                                  r"stadium|prison|church|mosque|street|avenue|road|square|park|neighbou?rhood|"
                                  r"district|sector|camp|supermarket|monument|roundabout|cathedral|plaza|building|"
                                  r"headquarters|tower|bridge|junction|intersection|toll(?: ?booth| plaza| gate)?|tollbooth|checkpoint|bypass)\b", re.I)
BUSINESS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:company|provider|firm|corporation|utility|enterprise|"
                            r"cooperative|factory|plant|mine)\b", re.I)
BASED_GROUP_AFTER = re.compile(r"^-based\s+(?:[\w'’-]+\s+){0,2}?(?:groups?|militants?|militias?|rebels?|insurgents?|"
                               r"jihadists?|terrorists?|organi[sz]ations?|fighters|extremists?|movements?|gangs?|"
                               r"factions?|outfits?|insurgency)\b", re.I)


# Nouns of motion or of an act that happen where the "from" place is: "the withdrawal from Kismayo"
FROM_ACT_NOUNS = {"withdrawal", "retreat", "departure", "expulsion", "evacuation", "eviction", "exit", "pullout",
                  "pull-out", "escape", "abduction", "kidnapping", "release", "distance", "kilometre", "kilometer", "km",
                  "mile", "road", "highway", "route", "way", "journey", "march", "convoy", "flight", "drive", "trip"}
# ... and the people "from" a country who came from it ("others from Central Africa")
FROM_PEOPLE = {"other", "people", "man", "woman", "men", "women", "national", "citizen", "refugee", "migrant", "worker",
               "student", "fighter", "militant", "mercenary", "volunteer", "pilgrim", "tourist", "trader", "farmer",
               "herder", "resident", "family", "child", "journalist", "delegation", "team", "group"}
# What an event answers: "in response to", "in retaliation for"
CAUSE_NOUNS = {"response", "retaliation", "reaction", "revenge", "reprisal"}


def _told_as_a_cause(sdoc, top: Toponym) -> bool:
    """A place inside "in response to ..." or "in retaliation for ...": where what the event answered happened."""
    span = sdoc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lemma_.lower() in CAUSE_NOUNS and t.head.lower_ == "in" and t.i < span.start
               for t in span.root.ancestors)


def _told_as_destination(text: str, start: int) -> bool:
    """"evacuated to Popayán", "fled towards Algeria": where people went, not where the event was."""
    before = text[max(0, start - 60):start]
    return bool(DESTINATION_BEFORE.search(before) or HOMES_BEFORE.search(before) or HEADING_BEFORE.search(before))


EXPELLED_FROM = {"dislodge", "drive", "chase", "expel", "oust", "push", "clear", "flush", "evict"}
EXPELLED_BEFORE = re.compile(r"\b(?:dislodg(?:e|ed|es|ing)|dr(?:ove|iven|ive|ives|iving) (?:out|away|back)|chased? (?:out|away)|"
                             r"expell?(?:ed|ing|s)?|ousted|pushed (?:out|back)|cleared|flushed out|evicted)\b[^.;]{0,40}?"
                             r"\bfrom\s+(?:the\s+)?$", re.I)


def _from_of_someone(sdoc, top: Toponym, people_only: bool = False) -> bool:
    """"farmers from Kiambu marched to Nairobi", "a man from Bukavu was killed in Kavumu", "a missile from
    Sanaa": "from" hung on a person or a thing says where they came from, not where the event was."""
    span = sdoc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    between = sdoc[prep.i + 1:span.start]  # ("from the Kiambu county": the article only)
    if span.root.dep_ != "pobj" or prep.lower_ != "from" or any(t.lower_ != "the" for t in between):
        return False
    owner = prep.head
    if any(t.lemma_.lower() in EXPELLED_FROM for t in (owner.head, *owner.lefts)):
        # "troops dislodged Boko Haram from Ngoshe": the ground fought over, where the event was (also where the
        # parse took a headline's verb for a noun, "Military forces dislodge Boko Haram from ...")
        return False
    if people_only:
        return owner.lemma_.lower() in FROM_PEOPLE and owner.i < prep.i
    return owner.pos_ in ("NOUN", "PROPN") and owner.i < prep.i and owner.lemma_.lower() not in FROM_ACT_NOUNS \
        and owner.ent_type_ not in ("GPE", "LOC", "FAC")


def _assign_roles(toponyms: list[Toponym], sdoc, gazetteer, text: str) -> None:
    """Mark toponyms that name no place where something happened (org names, origins, modifiers), and drop the
    words an organisation's name ends on ("Congress", "Union"), which name no place at all."""
    org_spans = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "ORG"]
    kinds: list[Toponym] = []
    for top in toponyms:
        before = text[max(0, top.start - 60):top.start]
        after = text[top.end:top.end + 40]
        if is_dateline(text, top.start, top.end):
            top.role = "dateline"  # where the report was filed, not where anything happened
        elif gazetteer.country(top.name) and re.match(r"^['’]s\s+(?!(?:north|south|east|west|central|border|capital|"
                                                     r"[A-Z]))[a-z]", after):
            top.role = "modifier"  # "Iran's retaliation", "Russia's army": the country acts, nothing happens there
        elif gazetteer.country(top.name) and INTERVENER_BEFORE.search(before):
            top.role = "modifier"  # "the intervention of the United States in Philippine affairs": an actor, no site
        elif gazetteer.country(top.name) and ENVOY_BEFORE.search(before):
            top.role = "modifier"  # "kidnapped Sierra-Leonean Ambassador to Nigeria ... en route to Jaji, Kaduna": whose envoy
        elif BASED_GROUP_AFTER.match(after) or re.match(r"^-(?:flagged|registered)\b", after):
            # "the Somalia-based group al-Shabaab attacked a convoy", "a Cyprus-flagged tanker": whose, not the site
            top.role = "modifier"
        elif gazetteer.country(top.name) is None and _told_as_a_cause(sdoc, top):
            top.role, top.cause = "reference", True  # "struck Gaza in response to rockets fired towards Sderot": where the cause was
        elif SPEAKER_BEFORE.search(before) and SPEECH_AFTER.match(after) \
                and re.search(r"\b(?:in|at|near)\s+(?:the\s+)?[A-Z]", text[top.end:].split(". ")[0]):
            # (only when the sentence names where it happened: "police in Cotonou said they dispersed protesters")
            top.role = "reference"
        elif STREET_IN_TOWN.match(after):
            top.role = "reference"  # "on Murree road in Rawalpindi": a street named for a town, in another town
        elif FACILITY_AFTER.match(after):
            pass  # "at Dire Dawa University", "the Diffa Airport", "Lafey police station": the town the facility is in
        elif DESTINATION_BEFORE.search(before) or HOMES_BEFORE.search(before) or HEADING_BEFORE.search(before) and not (
                FIRED_BEFORE.search(before) and not gazetteer.country(top.name)):  # "shells fired towards Khiyam town" hit it
            top.role = "reference"  # "evacuated by helicopter to Popayán": where people were taken, not the event
        elif CODED_AT_BEFORE.search(before):
            pass  # "(presumed to be at the state capital of Wad Medani)": where the note codes the event, a site
        elif PARENTHESIS_BEFORE.search(before):
            top.role = "reference"  # "Zhanaozen (Mangystau)", "Kumbo (Bui, Nord-Ouest)": the areas it lies in
            top.glossed = True
        elif DISTANCE_BEFORE.search(before) or REFERENCE_BEFORE.search(before) or CAUSE_BEFORE.search(before) \
                or _protested_elsewhere(text, top.start):
            top.role = "reference"  # "the crossing between Egypt and Gaza", "in solidarity with Gaza": a subject, not a site
        elif EXPELLED_BEFORE.search(before):
            pass  # "troops dislodged al-Shabaab fighters from Buulobarde": where they fought, not where the fighters came from
        elif ORIGIN_BEFORE.search(before) or WORK_IN.search(before) or _from_of_someone(
                # (a country "from" an act is often the one the event is told of: "an infiltration attempt from
                # Lebanon"; people from a country came from it: "others from Central Africa")
                sdoc, top, people_only=gazetteer.country(top.name) is not None):
            top.role = "origin"
        elif LIVE_IN.search(before):
            top.role = "residence"
        elif OUTLET_BEFORE.search(before) and top.strength < 3:
            top.role = "outlet"
        elif re.search(r"\b(?:Cart[eé]l|Clan|Gang)\s+(?:(?:de|del|de la|de los)\s+)?$", before):
            top.role = "modifier"  # "the CJNG and Cartel Santa Rosa de Lima clashed", "Clan del Golfo": a group's name
        elif re.match(r"^\s*(?:regional|region's|regional|'s)?\s*(?:police|department|association|news|government|ministry|authorities|office|diaspora|ethnic|minority|president|people|border guards?|citizens|nationals|embassy|troops|forces|army|soldiers|military|officials?|personnel|diplomats?|envoy|ambassador|administration|interests|-led|-backed|missionaries|aid workers|peacekeepers|mayor|governor|prefect|senator|lawmakers?|mps?|deputy|councillors?|legislators?|opposition leader|(?:communal |ethnic |local |state )?militia(?:s|men)?|vigilantes?|gang|cartel|clan(?! of)|brigade|faction|cell|air ?strikes?|drone strikes?|drones?|warplanes?|jets|aircraft|missiles?|navy|naval|coalition|special forces|marines|commandos?)\b", after, re.I) \
                and top.designator not in ADMIN1_WORDS | ADMIN2_WORDS:
            top.role = "org" if re.match(r"^\s*(?:regional\s+)?(?:police|department|association|news|government|ministry|office)", after, re.I) else "modifier"
        elif any(s <= top.start and top.end <= e for s, e in org_spans) and top.strength < 3 and not gazetteer.country(top.name):
            # "Jambyl Regional Police Department": a place name inside an organisation's name
            org_text = next(text[s:e] for s, e in org_spans if s <= top.start and top.end <= e)
            # The small model labels "Zhanaozen (Mangystau" ORG: only a span with an organisation word is one.
            # "a vehicle of the Ministry of Health in Torodi": a place after "in" says where the body is, not its name
            org_end = next(e for s, e in org_spans if s <= top.start and top.end <= e)
            # ("the Electro Puno electricity provider company": the business word follows the name)
            before_last = re.search(r"(\S+) " + re.escape(top.name) + r"(?:$|\s+(?:for|of)\b)", re.sub(r"\s*\(.*$", "", org_text))
            if before_last and before_last.group(1)[:1].isupper() and before_last.group(1).lower() not in ("of", "de", "du", "for") \
                    and (ORG_WORDS.fullmatch(top.name) or re.fullmatch(r"(?i:congress|alliance|convention|forum|rally)", top.name)):
                # "National Democratic Congress (NDC)", "the Civic Alliance for Justice": the word that says what kind
                # of body it is, no town
                kinds.append(top)
            elif org_text.strip() != top.name and (ORG_WORDS.search(org_text) or BUSINESS_AFTER.match(text, org_end)) \
                    and not re.search(r"\s(?:in|at)\s+$", text[max(0, top.start - 4):top.start]):
                top.role = "org"
        adj = re.search(r"\b([A-Z][a-z]+)\s+(?:border\s+)?(?:" + SETTLEMENT + r"|" + ADMIN + r")?\s*$", before)
        if adj:
            top.adjective_country = gazetteer.country_of_adjective(adj.group(1))
    toponyms[:] = [t for t in toponyms if t not in kinds]
    ordered = sorted(toponyms, key=lambda t: t.start)
    for prev, top in zip(ordered, ordered[1:]):
        if prev.role == "origin" and top.role == "place" and re.fullmatch(rf"(?:\s+(?:{ADMIN}|{SETTLEMENT}))?\s*(?:,|and|or|&|,\s*and|y|e|et)\s*",
                                                                          text[prev.end:top.start]):
            top.role = "origin"  # "people from Rutare and Muko villages": both are where they came from
            # (and in the notes' Spanish, Portuguese and French: "residents from El Junquito y La Ceiba")


def _states_named_like_countries(toponyms: list[Toponym], text: str, gazetteer) -> dict[str, Place]:
    """"Georgia" beside Clarke and Oconee counties is the American state, not the country: a country's name that
    is also a state's, in a report whose counties lie in that state or that reads like that country's local paper."""
    states: dict[str, Place] = {}
    candidates = []  # (key, a state of a country's name): rare, so the report's other evidence is read only for them
    for top in toponyms:
        quarter = QUARTER_OF.match(top.name)  # ("Northeast Georgia")
        name = quarter.group("country") if quarter else top.name
        key = normalize_name(name)
        if top.designator is None and gazetteer.country(name) is not None:
            candidates += [(key, p) for p in gazetteer.lookup(name) if p.feature_code == "ADM1" and normalize_name(p.name) == key]
    if not candidates:
        return states
    # ("Clarke County", whose kind-word is part of GeoNames' name)
    counties = [t for t in toponyms if t.designator in ("county", "parish") or re.search(r"\s(?:County|Parish)$", t.name)]
    local = _american_local(text)
    # ("Kentucky", "Alabama": another of that country's states the report names, itself no country)
    other_states = {(p.country, normalize_name(p.name)) for t in toponyms if gazetteer.country(t.name) is None
                    for p in gazetteer.lookup(t.name) if p.feature_code == "ADM1" and normalize_name(p.name) == normalize_name(t.name)}
    for key, state in candidates:  # (the first state of a name the evidence holds for)
        if key not in states and (
                local == state.country or any(country == state.country and other != key for country, other in other_states)
                or any(p.feature_code.startswith("ADM2") and p.country == state.country and p.admin1 == state.name
                       for c in counties for p in gazetteer.lookup(re.sub(r"\s(?:County|Parish)$", "", c.name)))):
            states[key] = state
    return states


def build_context(toponyms: list[Toponym], sdoc, gazetteer, home_country: str | None) -> Context:
    """Countries (named or as adjectives) and admin areas the report states."""
    ctx = Context(home_country=home_country)
    ctx.states = _states_named_like_countries(toponyms, sdoc.text, gazetteer)
    ctx.mentions = Counter(normalize_name(top.name) for top in toponyms)
    for top in toponyms:
        if top.role == "modifier" and (country := gazetteer.country(top.name)) is not None and country.country \
                and not PATRON_AFTER.match(sdoc.text, top.end):  # ("US-led coalition", "Iran-backed": patrons abroad)
            # "military forces of Armenia fired on the positions of the military forces of Azerbaijan located at
            # Kokhanebi, Tovuz": whose forces fight hints where, as "Armenian forces" would
            ctx.actor_countries[country.country] += 1
        if top.role in ("modifier", "org", "demonym"):
            continue  # "US personnel", "the intervention of the United States": whose, not where (demonyms: below)
        if top.role in ("origin", "reference") and gazetteer.country(top.name) is not None \
                and (top.role == "origin" or _told_as_destination(sdoc.text, top.start)):
            # "280 migrants (mostly from Afghanistan)", "fled towards Algeria": where people came from or went,
            # not where the report is
            continue
        if normalize_name(top.name) in ctx.states:
            ctx.countries[ctx.states[normalize_name(top.name)].country] += 1
            continue
        country = gazetteer.country(top.name) if top.designator is None else None  # ("Guernsey County" is no island)
        if country is not None and country.country:
            ctx.countries[country.country] += 2
    text = sdoc.text
    # ("a US airstrike near Jilib": a country named for whose weapon it was states nothing of where)
    modifiers = [(t.start, t.end) for t in toponyms if t.role in ("modifier", "org")
                 or t.role == "origin" and gazetteer.country(t.name) is not None]  # (and the migrants' country)
    for ent in sdoc.ents:
        if any(s < ent.end_char and ent.start_char < e for s, e in modifiers):
            continue
        if any(t.start < ent.start_char < t.end for t in toponyms) or CURRENCY_AFTER.match(text, ent.end_char):
            continue  # "Port of Spain city": the model's "Spain city" is the end of a longer name; "US dollar", money
        if ent.label_ in ("NORP", "GPE", "ORG"):
            if CAUSE_BEFORE.search(text[max(0, ent.start_char - 60):ent.start_char]) \
                    or ent.label_ == "GPE" and _told_as_destination(text, ent.start_char):
                continue  # "in solidarity with the Palestinian people": whom the event is for, not where
            first = ent.text.split()[0]
            if first.isupper() and (first.replace(".", "") not in COUNTRY_CODES
                                    or _initials_named(first.replace(".", ""), text, gazetteer)):
                continue  # "IS militants", "AU troops": a group's acronym, not Iceland's or Australia's code
                # ("a UK spokesperson" after "the University of Kentucky": the university's)
            code = gazetteer.country_of_adjective(first)
            if code and re.match(r"\s+(?:County|Parish|Township|Borough)\b", text[ent.start_char + len(first):]):
                continue  # "the Guernsey County Common Pleas Court": a county named like a country
            if code and PATRON_AFTER.match(text, ent.end_char):
                continue  # "Iranian-backed militias", "the Saudi-led coalition": a patron, not where they fight
            if code and (ent.label_ == "NORP" and ACTOR_AFTER_DEMONYM.match(text[ent.end_char:ent.end_char + 40]) or
                         # ("French Barkhane forces", "the Nigerian Army": a force the model read as an organisation)
                         ent.label_ == "ORG" and ACTOR_AFTER_DEMONYM.match(text[ent.start_char + len(first):ent.end_char + 40])):
                ctx.actor_countries[code] += 1  # forces act abroad too, but at home more often
            elif code and ent.label_ == "NORP" and NATIONAL_AFTER_DEMONYM.match(text[ent.end_char:ent.end_char + 40]):
                continue
            elif code:
                ctx.countries[code] += 1
    read = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ in ("NORP", "GPE", "ORG")]
    for top in toponyms:
        # a demonym the model took for a person ("the Kazakh government"): read as the entities above are
        if top.role != "demonym" or not top.adjective_country or any(s < top.end and top.start < e for s, e in read):
            continue
        after = text[top.end:top.end + 40]
        if PATRON_AFTER.match(text, top.end) or NATIONAL_AFTER_DEMONYM.match(after):
            continue
        if ACTOR_AFTER_DEMONYM.match(after):
            ctx.actor_countries[top.adjective_country] += 1
        else:
            ctx.countries[top.adjective_country] += 1
    for m in FORCES_BY_ACRONYM.finditer(text):  # "GNA and LNA forces clashed in Aziziyah": Libya's, so Libya's Aziziyah
        code = STATE_FORCE_ACRONYMS.get(m.group("acronym"))
        if code:
            ctx.actor_countries[code] += 1
    ctx.group_countries = group_homes(text)  # "Al Shabaab militants withdrew from Mahas": Somalia's
    ctx.actor_countries.update(ctx.group_countries)
    if not ctx.countries:
        inferred = infer_country(toponyms, gazetteer) or _american_local(text)
        if inferred:
            ctx.countries[inferred] += 1
    if not ctx.countries and home_country and not ctx.actor_countries:
        # a report that names no country, from a national outlet, is most likely about the outlet's country
        # ("blocked the Halba highway", in a Lebanese paper), as if it said so: a small namesake abroad is then no
        # candidate (measured: this beat a prior that only picks among namesakes on every held-out set); forces
        # named abroad outweigh it
        ctx.countries[home_country] += 1
        ctx.countries_from_outlet = True
    return ctx


# What an American local paper writes and a report from elsewhere rarely does: dollar sums beside a city council,
# a sheriff, a county board, a township or a high school.
US_MONEY = re.compile(r"\$\s?\d")
US_CIVIC = re.compile(r"\b(?:City Council|City Hall|[Cc]ouncilman|[Cc]ouncilwoman|Sheriff'?s?|County (?:Board|Commission\w*|"
                      r"Attorney|Jail|Road|Courthouse)|Township|High School|Elementary School|Police Department|"
                      r"Highway Patrol|Interstate \d+|I-\d+)\b")


def _american_local(text: str) -> str | None:
    """The United States, for a report that names no country but reads like an American local paper (dollars and
    the offices of American local government): "Mansfield OKs refinancing $10.3 million in debt ... The City
    Council" is Mansfield, Texas, not the larger Mansfield in England."""
    return "US" if US_MONEY.search(text) and US_CIVIC.search(text) else None


def infer_country(toponyms: list[Toponym], gazetteer) -> str | None:
    """The country most of the report's place names share, when the report names none.

    A press release from Jos never says "Nigeria": Jos, Panyam and Plateau State each
    have candidates in several countries, but only Nigeria holds all three. Each
    distinct name spreads one vote over the countries of its candidates; names the
    model or a designator marks as places count double. A country needs votes from
    two names and a clear lead, else nothing is inferred.
    """
    votes: Counter = Counter()
    voters: dict[str, set[str]] = {}
    for top in toponyms:
        key = top.name.lower()
        if top.role in ("org", "outlet", "modifier", "demonym") or top.cause or key in voters:
            # (a reference point is a real place too; where the event's cause was may lie across a border)
            continue
        candidates = gazetteer.lookup(top.name)[:12]
        # a state's name votes for its country, not for the villages abroad that share it ("Virginia")
        areas = [p for p in candidates if p.feature_code.startswith(("ADM1", "PCL"))
                 and normalize_name(p.name) == normalize_name(top.name)]
        if any(p.feature_class == "P" and p.population >= SMALL_NAMESAKE for p in candidates):
            areas = []  # (a city of size votes too: "Gaza" is not only Mozambique's province)
        countries = {p.country for p in areas or candidates if p.country}
        voters[key] = countries
        weight = (2.0 if top.strength >= 2 else 1.0) / len(countries) if countries else 0.0
        for code in countries:
            votes[code] += weight
    ranked = votes.most_common(2)
    if not ranked:
        return None
    best, score = ranked[0]
    supporters = sum(1 for countries in voters.values() if best in countries)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if supporters >= 2 and score >= 1.5 * runner_up else None


def _admin_level(desig: str | None) -> int | None:
    if desig in ADMIN2_WORDS:
        return 2
    if desig in ADMIN1_WORDS:
        return 1
    return None


def _designated_area_name(top: Toponym, gazetteer) -> bool:
    """A district named with its designator as GeoNames writes it ("DeSoto Parish", "Rapides Parish")."""
    return bool(AREA_DESIGNATOR.match(top.name)) and any(p.feature_code.startswith("ADM2") for p in gazetteer.lookup(top.name))


def _region_name(top: Toponym, gazetteer) -> bool:
    """A name that is a first-level area and no town ("South Darfur", "Cabo Delgado")."""
    cands = gazetteer.lookup(top.name)
    return any(p.feature_code.startswith("ADM1") for p in cands) and not any(p.feature_class == "P" for p in cands)


def _seat_named(place: Place) -> bool:
    """A town that bears its district's name, as the district's seat mostly does."""
    return not place.is_admin and bool(place.admin2) and _bare_name(place.admin2) == _bare_name(place.name)


def _score(place: Place, top: Toponym, ctx: Context, variant: bool, alias: bool = False, capital: bool = False) -> float:
    score = math.log10(place.population + 10) / 7.0
    total = sum(ctx.countries.values()) or 1
    if place.country and place.country in ctx.countries:
        score += 2.0 * ctx.countries[place.country] / total + 0.5
    if top.adjective_country:
        score += 3.0 if place.country == top.adjective_country else -2.0
    if ctx.home_country and place.country == ctx.home_country:
        score += 0.3
    if place.country in ctx.actor_countries and place.country not in ctx.countries:
        score += 0.4
    if place.country in ctx.countries and capital:
        score += 2.5  # "Damascus" in a report on Syria is its capital, whatever small namesake lies near Washington
    if not place.is_admin:  # an area does not earn the bonus for matching itself
        if place.admin1 and any(place.country == a.country and place.admin1 == a.admin1 for a in ctx.admin1):
            score += 1.5
        if place.admin2 and any(place.country == a.country and place.admin2 == a.admin2 for a in ctx.admin2):
            score += 1.0
    if ctx.resolved and place.is_admin and any(within(p, place) for p in ctx.resolved):
        score += 2.0  # an area holding the report's towns is as near them as can be, wherever its point lies
    elif ctx.resolved:
        nearest = min(km(place.latitude, place.longitude, p.latitude, p.longitude) for p in ctx.resolved)
        score += 2.0 if nearest < 50 else 1.0 if nearest < 200 else 0.0
    if top.designator in SETTLEMENT_WORDS or top.designator in ("border crossing", "crossing", "checkpoint"):
        score += 0.5 if place.feature_class == "P" else -1.5
    if place.source == "user":
        score += 0.5
    if not place.is_admin and normalize_name(place.name) == normalize_name(top.name):
        score += 0.1  # its own name, not another town's exonym ("Galle" is Galle, not Halle in Russian; a city ten times
        # the size keeps its exonym: "Odessa" is Odesa, not Odessa, Texas)
    if variant:
        score -= 0.8
    if alias:
        score -= 1.5
    if place.is_admin and top.designator is None:
        score -= 0.2  # a bare "Ziguinchor" or "Kinshasa" is the city more often than its region
    return score


ISLAND_NAME = re.compile(r"(?P<name>[A-Z][\w'’ -]+?)\s+Island")


def resolve_toponym(top: Toponym, ctx: Context, gazetteer) -> tuple[Place | None, list[tuple[Place, float]]]:
    """Best gazetteer place for a toponym and the scored alternatives it beat."""
    level = _admin_level(top.designator)
    if level is not None:
        # with no country stated, the forces' nationality ("Ethiopian police ... in Bale zone") says where to look
        countries = [c for c, _ in (ctx.countries or ctx.actor_countries).most_common()]
        allowed = DESIGNATOR_COUNTRIES.get(top.designator)
        if allowed:  # ("Ginchi woreda" is Ethiopia's, whatever else the report names)
            countries = [c for c in countries if c in allowed] or list(allowed)
        # The level the designator names, in any of the report's countries, before the other level:
        # "the Chuy region" is Kyrgyzstan's region, not Kazakhstan's Shu district.
        # Exact names at either level before spelling variants at any ("department of Cauca" is
        # Colombia's first level, though "department" names the second level elsewhere).
        lookups = [gazetteer.admin1, gazetteer.admin2] if level == 1 else [gazetteer.admin2, gazetteer.admin1]
        # (in the forces' country only by its exact name: their variants abroad are other areas)
        for variants in (False, True) if ctx.countries else (False,):
            if variants and any(p.feature_class == "P" and p.country in countries for p in gazetteer.lookup(top.name)):
                break  # "Gulariya Municipality": the town of that very name, not a district a spelling away (Gwalior)
            for lookup in lookups:
                for country in countries:
                    # "Monroe County" in a report that names Missouri: the one in Missouri, of the seventeen
                    stated = [a.name for a in ctx.admin1 if a.country == country] if lookup == gazetteer.admin2 else []
                    for admin1 in [*stated, None]:
                        found = lookup(country, top.name, admin1=admin1, variants=variants) if admin1 else \
                            lookup(country, top.name, variants=variants)
                        if found is not None and admin1 and normalize_name(found.admin1 or "") != normalize_name(admin1):
                            continue  # (the look-up falls back to any state's: "Plymouth County" is in Iowa, not Wisconsin)
                        if found is not None and not _designator_fits(top.designator, found):
                            continue  # ("Madison County" in a report naming Louisiana is not Madison Parish)
                        if found is not None:
                            return found, [(found, 1.0)]
        # "Dawran Aness district" in a note that names no country: the one area of that name (or of a spelling of it:
        # "Middle Shabelle region" is GeoNames' "Middle Shabele"); and in a note that names only other countries, the
        # one area of that very name ("police forces in Al Mahrah governorate arrested a senior Saudi officer")
        if not ctx.countries or not top.glossed and not any(p.country in ctx.countries for p in gazetteer.lookup(top.name)):
            areas = [p for p in gazetteer.lookup(top.name) if p.feature_code.startswith(("ADM1", "ADM2"))] or \
                ([p for p in gazetteer.lookup_variant(top.name) if p.feature_code.startswith(("ADM1", "ADM2"))]
                 if not ctx.countries else [])
            areas = [p for p in areas if not allowed or p.country in allowed]
            # (next door: "Giza's Haram district" is no Haram of Norway)
            near = all(home is not None and km(p.latitude, p.longitude, home.latitude, home.longitude) <= GROUP_REACH_KM
                       for p in areas for home in map(gazetteer.country, ctx.countries))
            # (nor is the one area of that name meant where a city of another country bears it: "Enfield Borough"
            # beside Edmonton and London is London's Enfield, not Jamaica's parish district)
            city = any(p.feature_class == "P" and p.population >= SMALL_NAMESAKE and p.country not in {a.country for a in areas}
                       and _bare_name(p.name) == _bare_name(top.name) for p in gazetteer.lookup(top.name))
            if len({p.country for p in areas}) == 1 and near and not city:
                found = min(areas, key=lambda p: (p.feature_code.startswith("ADM1") != (level == 1), p.feature_code))
                return found, [(found, 1.0)]
    if normalize_name(top.name) in WORLD_REGIONS:
        return None, []
    seat = SEATS_OF_POWER.get(normalize_name(re.sub(r"^the\s+", "", top.name, flags=re.I)))
    if seat is not None:
        city = max((p for p in gazetteer.lookup(seat[0], seat[1]) if p.feature_class == "P"
                    and (len(seat) < 3 or p.admin1 == seat[2])),
                   key=lambda p: p.population, default=None)
        if city is not None:
            return city, [(city, 1.0)]
    if normalize_name(top.name) in ctx.states and top.designator is None:
        return ctx.states[normalize_name(top.name)], [(ctx.states[normalize_name(top.name)], 1.0)]
    country = gazetteer.country(top.name)
    # ("Western Australia", "South Australia" are states, not quarters of the country)
    quarter = QUARTER_OF.match(top.name) if country is None and not _region_name(top, gazetteer) else None
    if quarter is not None and normalize_name(quarter.group("country")) == "america":
        quarter = None  # "Central America", "South America": parts of the continent, not of the United States
    if quarter is not None and normalize_name(quarter.group("country")) in ctx.states:
        state = ctx.states[normalize_name(quarter.group("country"))]  # "Northeast Georgia" in a report on its counties
        return state, [(state, 1.0)]
    if quarter is not None:  # "northern Iraq", "Eastern Chad": the country, at a country's precision
        country = gazetteer.country(quarter.group("country"))
    if country is not None and top.designator is None:
        return country, [(country, 1.0)]
    # ("Basrah City", "Kisii Town": the town the name says, when the whole name is none)
    cands = [(p, False) for p in _namesakes(gazetteer, top.name)]
    if re.fullmatch(r"[A-Z][a-z]{1,2}|[A-Z]{2}[a-z]", top.name):
        # "Sgt", "OKs": a short word in lower case is no airport code (GeoNames keeps SGT for Stuttgart,
        # Arkansas, and OKS for Oshkosh): only a place of that very name, or for a word of three letters a town
        # by another name of it (towns are indexed without their codes: "Tyr" is Tyre; "Lu" is no Luzhou)
        cands = [(p, v) for p, v in cands if _bare_name(p.name) == _bare_name(top.name)
                 or p.feature_class == "P" and re.fullmatch(r"[A-Z][a-z]{2}", top.name)]
    if not cands:  # (the name itself was looked up first, just above)
        cands = [(p, False) for p in _transliterated(gazetteer, top.name)] or \
            [(p, False) for p in _joined_or_paired(gazetteer, top.name)]
        if not cands and (isle := ISLAND_NAME.fullmatch(top.name)):
            # "Lamu Island" that no loaded list holds: the town the island is named for (ACLED codes the town)
            cands = [(p, False) for p in _namesakes(gazetteer, isle.group("name")) if p.feature_class == "P"]
        if not cands and (part := QUARTER_OF.match(top.name)) and top.designator is None:
            # "North Texas", "South London", which no list holds whole: the state, or the city of half a million
            # (not any small town: "North Monticello" names no Monticello it is the north of)
            rest = part.group("country")
            cands = [(p, False) for p in _namesakes(gazetteer, rest) if _own_name(p, rest) and (
                p.feature_code.startswith("ADM1") or p.feature_class == "P" and p.population >= METROPOLIS)]
    elif (home := set(ctx.countries) | set(ctx.actor_countries)) and not any(p.country in home for p, _ in cands):
        # "GNA and LNA forces clashed in Aziziyah": Libya's Al 'Aziziyah, though the bare name finds only Iraq's
        seen = {p.place_id for p, _ in cands}
        spelt = [*_transliterated(gazetteer, top.name), *(p for hits in _article_forms(gazetteer, top.name) for p in hits)]
        cands += [(p, False) for p in dict.fromkeys(spelt) if p.country in home and p.place_id not in seen
                  and _articleless(p.name) == _articleless(top.name)]
    well_known = any(p.is_admin or p.population >= 100_000 for p, _ in cands)  # "Texas" is Texas, not Thieux
    if not cands or not (well_known or any(p.country in ctx.countries for p, _ in cands)):
        seen = {c.place_id for c, _ in cands}
        # A spelling variant is weak evidence: abroad it is more often another name
        # (Sortobe's skeleton is Saratov's), so only variants in the report's countries count.
        # With no country stated, a variant could be anywhere: "Boumboum" is not Mumbai, "Hebry" not Le Havre.
        # A province under a long name's other spelling is the exception ("Middle Shabelle", GeoNames' Middle
        # Shabele): provinces are few, and their names rarely another's variant (districts are many: "Sahar
        # Sadah" is no Chahar Sadah of Afghanistan).
        variants = gazetteer.lookup_variant(top.name)
        # A town one letter off the name, in the one country any such town lies in, is the name misspelt
        # ("Medjez El Beb", "Gambori", "Meknassi" for El Maknassi), even with no country stated; a looser
        # likeness is not ("Boumboum" is no Mumbai)
        misspelt = [p for p in variants if p.feature_class == "P" and _one_letter_off(top.name, p.name)]
        misspelt = misspelt if len({p.country for p in misspelt}) == 1 else []
        cands += [(p, True) for p in variants
                  if p.place_id not in seen and (p.country in ctx.countries or not ctx.countries and len(top.name) >= 8
                                                 and (p.feature_code == "ADM1" and not ctx.actor_countries
                                                      or p.feature_code in ("ADM1", "ADM2")
                                                      and p.country in ctx.actor_countries)
                                                 or not ctx.countries and p in misspelt and p.population >= LOCATED_TOWN
                                                 # (the province a gloss ends with, however short its name: "(Balet
                                                 # Weyne, Hiraan)" is GeoNames' Hiiraan)
                                                 or not ctx.countries and top.glossed and p.feature_code == "ADM1")
                  and (not ctx.resolved or _near_any(p, ctx.resolved, MAX_VARIANT_KM))]
    if level is not None:
        # "Mino district", "Bale zone" that no area of the report's countries holds: not a small town abroad
        # whose name or exonym matches (Mino in Japan, Bâle for Basel)
        near_home = set(ctx.countries) | set(ctx.actor_countries) | set(DESIGNATOR_COUNTRIES.get(top.designator, ()))
        def kept(options: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
            return [(p, v) for p, v in options if p.country in near_home or not v
                    and _without_article(p.name) == _bare_name(top.name) and p.population >= SOLE_TOWN]
        # ("Salman district" in al Muthanna: GeoNames' As Salman, when the namesakes abroad are no district of it)
        cands = kept(cands) or kept([(p, False) for p in _transliterated(gazetteer, top.name)]) or (
            # "Taveta sub-county" in a note that names no country: the one town the area is named for
            [(p, v) for p, v in cands if not v and p.feature_class == "P" and p.population >= LOCATED_TOWN
             and _bare_name(p.name) == _bare_name(top.name)]
            if not near_home and len({p.country for p, _ in cands}) == 1 else [])
    if top.designator in DESIGNATOR_COUNTRIES:
        # "Ginchi woreda": a kind of area only some countries have says which country it is in (not Tajikistan's Ghonchi)
        cands = [(p, v) for p, v in cands if p.country in DESIGNATOR_COUNTRIES[top.designator]]
    if top.designator in ADMIN1_WORDS and any(p.feature_code == "ADM1" for p, _ in cands):
        cands = [(p, v) for p, v in cands if not p.feature_code.startswith("PCL")]  # "the Georgia state line"
    if top.designator in SETTLEMENT_WORDS:  # "the city of Turkey" (Texas) is no country
        cands = [(p, v) for p, v in cands if not p.feature_code.startswith("PCL")]
    if top.designator in VILLAGE_WORDS:  # "Sangkum Thmei village" is no district of another province
        cands = [(p, v) for p, v in cands if p.feature_class != "A"]
    if top.role == "dateline" and any(p.feature_class == "P" for p, _ in cands):
        cands = [(p, v) for p, v in cands if p.feature_class == "P"]  # a report is filed from a town
    if not cands:
        return None, []
    aliases = _known_by_another_name(top, [p for p, _ in cands])
    scored = sorted(((p, _score(p, top, ctx, v, p.place_id in aliases, gazetteer.is_capital(p))) for p, v in cands),
                    key=lambda x: -x[1])
    best, best_score = scored[0]
    if best.place_id in aliases:
        # a town the name reaches only as its old name, near the report's places, is not meant where a town of that
        # country bears the name as its own: "In Youngstown, Mayor Jay Williams" in a report filed from Mount Gilead,
        # once called Youngstown, is Youngstown
        best, best_score = next(((p, sc) for p, sc in scored if p.place_id not in aliases and p.country == best.country
                                 and _bare_name(p.name) == _bare_name(top.name)), (best, best_score))
    home = set(ctx.group_countries) if not ctx.countries else set()
    if home and best.country not in home:
        # "Houthi forces shelled Hays": with no country stated, the namesake in the group's own country
        own = next(((p, sc) for p, sc in scored if p.country in home and p.place_id not in aliases
                    and _bare_name(p.name) == _bare_name(top.name)), None)
        best, best_score = own or (best, best_score)
    if best.feature_code == "CONT":  # "Europe", "Asia": in no country, so no country's context weighs on it
        return best, scored[:5]
    if best.feature_code.startswith("ADM2") and level is None:
        # a bare "Iowa", "Ohio" is the state, not a county of that name the report's towns lie near
        state = next((p for p, _ in scored if p.feature_code.startswith("ADM1") and p.country == best.country
                      and normalize_name(p.name) == normalize_name(best.name)), None)
        # (and "Washington" written alone is the capital, not a county or the state of that name)
        city = next((p for p, _ in scored if p.feature_class == "P" and p.population >= METROPOLIS
                     and p.country == best.country and normalize_name(p.name) == normalize_name(top.name)), None)
        best = city or state or best
    # "flew from Newark to Paris", "met Steele in London": a city of half a million or more bearing the name
    metropolis = next((p for p, _ in scored if p.feature_class == "P" and p.population >= METROPOLIS
                       and p.place_id not in aliases and _bare_name(p.name) == _bare_name(top.name)), None)
    if metropolis is not None and metropolis.country not in ctx.countries and best.feature_class == "P" \
            and level is None and top.designator is None and top.role != "dateline" \
            and ctx.mentions[normalize_name(top.name)] >= 2:
        local = _namesake_among_the_reports_towns(top, scored, metropolis, gazetteer, aliases, ctx.mentions)
        if local is not None:
            return local, scored[:5]
    # A neighbour in the report supports a namesake, unless the namesake is a village a thousandth the size
    # of the city or state bearing the name ("the Houston-based contractor" in a report naming Pittsburgh is
    # not Houston, Pennsylvania, population 1,300)
    namesakes = [p.population for p, _ in scored if p.place_id not in aliases and (
        p is metropolis or p.feature_code.startswith("ADM1") and normalize_name(p.name) == normalize_name(top.name))]
    neighboured = bool(ctx.resolved) and _near_any(best, ctx.resolved, 50) \
        and not (best.feature_class == "P" and best.population * SWAMPED < max(namesakes, default=0))
    if best.feature_class == "P" and level is None and top.designator is None and not neighboured:
        # "the western borders of Montana and Wyoming": a state's name written alone is the state, not a small
        # town of that name elsewhere (the state's own town of its name, Florida in Florida, Uruguay, stays)
        # (unless a city of half a million bears the name: "Washington" is the capital, below)
        # A larger town is the state's namesake only when the state does not dwarf it: "a transfer to
        # Virginia" is the state of six million, not the South African town of 120,000.
        state = None if metropolis is not None else next(
            (p for p, _ in scored if p.feature_code.startswith("ADM1") and p.place_id not in aliases
             and normalize_name(p.name) == normalize_name(top.name)
             and (best.population < SMALL_NAMESAKE or p.population >= STATE_DWARFS * best.population
                  and best.country not in ctx.countries)
             and (p.country == best.country or p.country in ctx.countries or best.country not in ctx.countries)), None)
        # (but not a hamlet named for it: "Baucus of Montana" is the state, not Montana City, pop. 2,700)
        if state is not None and not (_bare_name(best.name) == _bare_name(state.name) and within(best, state)
                                      and best.population >= 1000
                                      and best.population * STATE_DWARFS >= state.population):
            best = state
    if best.feature_class == "P" and best.population < SMALL_NAMESAKE \
            and (top.role == "dateline" or not neighboured):
        # a city of millions written alone is that city; a small namesake is written with its state
        # ("Paris, Texas") or among its neighbours
        # (a dateline's neighbours are the report's own places: a wire story filed from "WASHINGTON —"
        # that mentions Pittsburgh was not filed from Washington, Pennsylvania)
        # (a stated state supports a small namesake, but not one a fiftieth of the city's size: "Paris" in a
        # report naming Kentucky is still Paris, France; "Washington" in one naming Iowa, the capital)
        stated_state = any(best.country == a.country and best.admin1 == a.name for a in ctx.admin1)
        # (the state stated and a town of it named near the namesake: "Paris" in a report naming Texas and Dallas)
        neighbour = stated_state and any(p.admin1 == best.admin1 and p.country == best.country and p.place_id != best.place_id
                                         and km(p.latitude, p.longitude, best.latitude, best.longitude) <= NEIGHBOUR_TOWN_KM
                                         for p in ctx.resolved)
        if metropolis is not None and (top.role == "dateline" or not stated_state
                                       or best.population * OVERSHADOWED < metropolis.population and not neighbour):
            # The report's own subject is no passing mention: a city it names again and again, with a namesake not
            # dwarfed by the metropolis in the country it is about, is that namesake when the metropolis lies in a
            # country it never names ("Alexandria is a finalist ... Louisville, Ky." is Virginia's city of 140,000,
            # not Egypt's; "an Edmonton woman ... of Dunnock Close, Edmonton" beside Essex is London's Edmonton)
            home = max((p for p in _unshadowed_namesakes(top, scored, metropolis, aliases) if p.country in ctx.countries),
                       key=lambda p: p.population, default=None)
            if home is not None and metropolis.country not in ctx.countries and top.role != "dateline" \
                    and ctx.mentions[normalize_name(top.name)] >= 2:
                return home, scored[:5]
            return metropolis, scored[:5]
    # A proper noun found only by gazetteer look-up needs support beyond its name:
    # inside the countries the report is about ("Estado Mayor Central" is not Uganda's Central region).
    # (a city of half a million is itself wherever the report is: "INDIANAPOLIS (AP)" in a story about the Irish)
    # ("Botou (Kantchari, Tapoa)": an area of that very name, of one country, in the parenthesis that glosses a place,
    # whatever country the place before it was read in)
    glossed_area = top.glossed and best.feature_class == "A" and _bare_name(best.name) == _bare_name(top.name) \
        and len({p.country for p, v in cands if not v and p.feature_class == "A"
                 and _bare_name(p.name) == _bare_name(top.name)}) == 1
    if top.strength == 1 and ctx.countries and best.country not in ctx.countries and not glossed_area \
            and not (best.feature_class == "P" and best.population >= METROPOLIS and _bare_name(best.name) == _bare_name(top.name)):
        return None, scored[:5]
    if top.names_facility and ctx.countries and best.country not in ctx.countries and top.designator is None:
        return None, scored[:5]  # "in Tegucigalpa, ... the burial of victims in Los Angeles cemetery": a place there
    if top.names_facility and top.designator is None and top.strength < 3 and ctx.resolved \
            and not _near_any(best, ctx.resolved, PAIR_KM):
        return None, scored[:5]  # "in La Plata (Buenos Aires), ... protested in Moreno Square": a square there
    namesake_countries = {p.country for p, v in cands if not v}
    # "residents of Kisumu", "in Dambulla": a town no other country has a namesake of needs no other support
    # ("protested through the streets of Kitui": a town of 29,000 no other country names, told as where people
    # were, in a report that names no country)
    # (a report whose country is only its outlet's says no more: "riots at Kakuma camp" on Sudan Radio are Kenya's)
    # ("protested in Mogilev": Belarus's city of 350,000, whose name a Ukrainian village of 4,000 also answers to,
    # told as where; not "workers of the Metro" in Mexico City, Indonesia's Metro)
    dwarfed_abroad = top.locative and best.feature_class == "P" and best.population >= SOLE_TOWN and all(
        p.population * DWARFED_NAMESAKE < best.population for p, v in cands if not v and p.country != best.country)
    one_country_city = dwarfed_abroad or len(namesake_countries) == 1 and (
        best.population >= SOLE_TOWN
        or (top.locative and not ctx.countries or ctx.countries_from_outlet and (top.locative or top.strength >= 3))
        and best.feature_class == "P" and best.population >= LOCATED_TOWN and _bare_name(best.name) == _bare_name(top.name))
    # A town of the one country its name belongs to, told as a place ("fled El Geneina for Adré, across the
    # border in Chad"), is that town even in a report about the neighbour.
    # ("Rutare and Muko villages" in Kivu are no city of 57,000 in Japan: a village is no town abroad)
    sole_town = top.strength >= 2 and one_country_city and not (top.designator in VILLAGE_WORDS and ctx.countries)
    if ctx.countries and best.country not in ctx.countries and best.population < FOREIGN_CITY and not sole_town \
            and not glossed_area:
        return None, scored[:5]  # "El Plateado" in a report on Colombia is not the Mexican village
    # "Malian soldiers killed dozens of civilians in Moura": with no country stated, the forces' country says
    # where to look; a small town abroad sharing its name with towns of other countries is not the place
    # (a town just across the forces' border is theirs to raid: "Israeli forces raided a village near Jenin")
    def in_reach(place: Place) -> bool:
        return any(home is not None and km(place.latitude, place.longitude, home.latitude, home.longitude) <= GROUP_REACH_KM
                   for home in map(gazetteer.country, ctx.group_countries))

    def namesake_in_reach() -> tuple[Place, float] | None:
        # (its namesake within a regional group's reach is the place: "an al-Shabaab fighter ... in the coastal
        # town of Kwale" is Kenya's Kwale, not Nigeria's)
        return next(((p, sc) for p, sc in scored if p.feature_class == "P" and p.place_id not in aliases
                     and _bare_name(p.name) == _bare_name(top.name) and in_reach(p)), None)
    if not ctx.countries and ctx.actor_countries and best.country not in ctx.actor_countries \
            and len(namesake_countries) > 1 and best.population < SOLE_TOWN \
            and not any(home is not None and km(best.latitude, best.longitude, home.latitude, home.longitude)
                        <= ACROSS_BORDER_KM for home in map(gazetteer.country, ctx.actor_countries)):
        near = namesake_in_reach() if ctx.group_countries and not in_reach(best) else None
        if near is None:
            return None, scored[:5]
        best, best_score = near
    # A regional armed group fights near home: with no country stated, a town a continent away is a namesake
    # ("Al Shabaab militants attacked Mahas" is no town of Jordan), a metropolis or a capital excepted (talks in Doha)
    if not ctx.countries and ctx.group_countries and best.country not in ctx.group_countries \
            and best.feature_class == "P" and best.population < FOREIGN_CITY and not gazetteer.is_capital(best) \
            and not in_reach(best):
        near = namesake_in_reach()
        if near is None:
            return None, scored[:5]
        best, best_score = near
    # (with no country stated, a town of the forces' country under its own name: "the Nigerian army foiled an
    # attack by ISWAP fighters on Monguno")
    forces_town = not ctx.countries and best.country in ctx.actor_countries and best.feature_class == "P" \
        and best.population >= FORCES_TOWN and _bare_name(best.name) == _bare_name(top.name)
    # ("the western countryside of Tell Abiad in Ar-Raqqa": the one place of that name, in the report's country, told
    # as where something is, though GeoNames gives it no population)
    sole_local = top.locative and len(scored) == 1 and best.country in ctx.countries \
        and best.feature_class in ("P", "A")
    # ("the Donbass People's Militia shelled Novoluhanske": a village of the group's own country under its own name)
    group_town = not ctx.countries and best.country in ctx.group_countries and best.feature_class == "P" \
        and _bare_name(best.name) == _bare_name(top.name)
    if top.strength == 1 and best.country not in ctx.countries and best.population < 100_000 and not one_country_city \
            and not forces_town and not group_town and not glossed_area:
        return None, scored[:5]
    if top.strength == 1 and best_score < 0.9 and not one_country_city and not sole_local and not group_town \
            and not glossed_area:
        return None, scored[:5]
    if top.strength == 1 and top.opens_sentence and _bare_name(best.name) != _bare_name(top.name):
        return None, scored[:5]  # "Competition is stiff": no old name of Chatham, Virginia
    return best, scored[:5]


# How much larger than a place bearing the name as its own a place known by it as another name must be to stay
# a candidate: "Odessa" is Ukraine's Odesa (a million people), not Odessa, Texas (a tenth of that)
ALIAS_SIZE_RATIO = 5
RIVER_QUALIFIERS = r"(?:upon|on|am|an der|im|nad|na)"  # "Newcastle upon Tyne", "Frankfurt an der Oder", "Ústí nad Labem"


def _namesake_among_the_reports_towns(top: Toponym, scored: list, metropolis: Place, gazetteer, aliases: set[str],
                                      mentions: Counter) -> Place | None:
    """In a report that does not state the metropolis's country, the namesake of a metropolis that lies by the
    best-known town of another name the report gives, far from the metropolis: "Edmonton ... Enfield Council" is
    London's Edmonton beside Enfield, not Alberta's. (Two names are weak evidence alone: the caller asks that the
    report name the town twice, and the other name's own largest namesake, not any small one, must be the neighbour.)"""
    own = normalize_name(top.name)
    biggest = [max(places, key=lambda p: p.population) for name in mentions if name != own
               if (places := [p for p in gazetteer.lookup(name) if p.feature_class == "P" and p.population > 0
                              and _bare_name(p.name) == name])]
    return next((p for p in _unshadowed_namesakes(top, scored, metropolis, aliases) if p is not metropolis
                 and any(_near_any(b, [p], CLUSTER_KM) and not _near_any(b, [metropolis], CLUSTER_KM) for b in biggest)),
                None)


def _unshadowed_namesakes(top: Toponym, scored: list, metropolis: Place, aliases: set[str]) -> Iterator[Place]:
    """The towns bearing the name as their own that the metropolis of that name does not dwarf, best scored first:
    the ones a report's own evidence (its country, its other towns) can prefer to the metropolis."""
    return (p for p, _ in scored if p.feature_class == "P" and p.place_id not in aliases
            and p.population * OVERSHADOWED >= metropolis.population and _bare_name(p.name) == _bare_name(top.name))


def _known_by_another_name(top: Toponym, places: list[Place]) -> set[str]:
    """Candidates the name reaches only through one of their old or alternate names ("Missouri" for
    Bozeman, "Paris" for Parizh), when a place of about that size or larger bears it as its own name.
    A far larger place known by it stays a candidate: "Kiev" is Kyiv, not a village named Kiev."""
    names = {_bare_name(top.name)}
    designated = AREA_DESIGNATOR.match(top.name)
    if designated:  # "Black Hawk County" is the county named Black Hawk
        names.add(_bare_name(designated.group("name")))
    # ("Amara city": a province named Amara abroad does not make the city of that name an alias)
    own = [p for p in places if _bare_name(p.name) in names
           and (top.designator not in SETTLEMENT_WORDS or p.feature_class == "P")]
    return {p.place_id for p in places if _bare_name(p.name) not in names
            # (a spelling of the name is no other name: "Kalinovo" is Ukraine's Kalynove as much as Russia's Kalinovo)
            and not any(_own_name(p, n) for n in names)
            # "Dawran" written for "Dawran ad Daydah" (not "Washington" for Washington Court House), "Newcastle"
            # for Newcastle upon Tyne, "Ludwigshafen" for Ludwigshafen am Rhein: the name, and the river it lies on
            and not any(re.match(rf"{re.escape(n)} (?:{PARTICLES}|{RIVER_QUALIFIERS}) ", _bare_name(p.name))
                        for n in names)
            and any(0 < o.population and o.population * ALIAS_SIZE_RATIO >= p.population and not _named_for_its_area(p, o)
                    for o in own)}


def _own_name(place: Place, name: str) -> bool:
    """The place bears the name itself, give or take an Arabic article, a final h ("Raqqa" is Ar Raqqah) or a
    spelling ("Makiling" is Maquiling), not as an old or other name ("Depot" is an old name of Northfield)."""
    def key(text: str) -> str:
        return re.sub(r"h$", "", _without_article(text))
    return key(place.name) == key(name) or skeleton(key(place.name)) == skeleton(key(name))


def _without_article(name: str) -> str:
    """The bare name without an Arabic article: "Al-Salman" and "As Salmān" are Salman."""
    return _bare_name(ARABIC_ARTICLE.sub("", name))


# The Arabic articles GeoNames writes before a name ("As Salman", "Al ‘Azīzīyah")
ARABIC_ARTICLES = ("Al", "As", "Ash", "Ar", "Az", "Ad", "An", "At")
LEADING_ARTICLE = re.compile(rf"^(?:{'|'.join(a.lower() for a in ARABIC_ARTICLES)}|el)\s+")


def _one_letter_off(written: str, name: str) -> bool:
    """Whether a name of six letters or more is written with one letter changed, added or dropped (articles and
    spaces aside)."""
    a, b = (re.sub(r"[\s'’‘-]", "", _articleless(n)) for n in (written, name))
    if len(a) < 6 or a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _articleless(name: str) -> str:
    """The bare name without any Arabic article, written however GeoNames writes it ("Al ‘Azīzīyah")."""
    return LEADING_ARTICLE.sub("", _without_article(name))


def _article_forms(gazetteer, name: str):
    """The places of the name written with each Arabic article in turn ("Salman" as "Al Salman", "As Salman")."""
    return (gazetteer.lookup(f"{art} {name}") for art in ARABIC_ARTICLES)


JOINED_ARTICLE = re.compile(r"^(?P<art>El|Al|Ad|As|Ar|Ash|Ed|Es|Ez)(?P<rest>[a-z]{3,})$")
PAIR_KM = 50  # a city and its quarter named together lie this close


def _joined_or_paired(gazetteer, name: str) -> list[Place]:
    """A name no list holds as written: its article written into it ("Elwak" is El Wak), or a city and its quarter
    named together ("Khartoum Bahri": Bahri, Khartoum North) when both are places and lie near each other."""
    name = SETTLEMENT_SUFFIX.sub("", name)  # "Elwak Town"
    joined = JOINED_ARTICLE.match(name)
    if joined:
        return gazetteer.lookup(f"{joined.group('art')} {joined.group('rest').capitalize()}")
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return []
    city, quarter = ([p for p in gazetteer.lookup(w) if p.feature_class == "P"] for w in words)
    cities = {c.place_id for c in city}  # (not one place twice: "Adan Ade" is no quarter of Aden)
    return [q for q in quarter if q.place_id not in cities
            and any(haversine_km(q.latitude, q.longitude, c.latitude, c.longitude) <= PAIR_KM for c in city)]


def _bare_name(name: str) -> str:
    """A name without the designator written into it: "City of Isabela" and "Isabela City" are Isabela."""
    return normalize_name(SETTLEMENT_SUFFIX.sub("", re.sub(r"^(?:City|Town|Municipality|Village) of\s+", "", name)))


def _named_for_its_area(town: Place, area: Place) -> bool:
    """Al 'Amarah is the town of Amara district: the district's name is the town's too. (A small town of a
    state does not take the state's name: "Montana" is not Montana City, Montana.)"""
    return area.is_admin and town.country == area.country and (
        area.name == town.admin2 or area.name == town.admin1 and town.population >= SOLE_TOWN)


QUARTER_OF = re.compile(r"^(?:(?:North|South|East|West)(?:ern)?|Central|(?:North|South)[- ]?(?:east|west)(?:ern)?)\s+"
                        r"(?P<country>[A-Z][\w' -]+)$", re.I)
ARABIC_ARTICLE = re.compile(r"^(?:[AaEe][lrsdtzn]|Ash|Ath)[- ](?=[A-Z])")
# ("Dhing Police Station": India's police stations are named for the town they police, and reports place by them)
SETTLEMENT_SUFFIX = re.compile(r"\s+(?:Police\s+(?:Station|Post|Outpost)|(?:(?:International|National|General|Teaching|Central|"
                               r"Regional)\s+)?(?:City|Town|Village|Municipality|Airport|University|Hospital|Prison|Stadium|Market|Port|Fort|Station|"
                               r"Bridge|Square|Camp|Barracks|Junction|Bazaar|Ward|Sector|Block|Colony))$")
# Seats of power that reports name as places ("a protest outside the White House"): the city they stand in.
# GeoNames has them only as buildings, outside the town lists, and its alternate names would otherwise
# make the White House Casablanca.
SEATS_OF_POWER = {
    "white house": ("Washington", "US"), "pentagon": ("Arlington", "US", "Virginia"), "capitol hill": ("Washington", "US"),
    "kremlin": ("Moscow", "RU"), "downing street": ("London", "GB"), "elysee palace": ("Paris", "FR"),
    "elysee": ("Paris", "FR"), "zhongnanhai": ("Beijing", "CN"), "blue house": ("Seoul", "KR"),
    "knesset": ("Jerusalem", "IL"), "bundestag": ("Berlin", "DE"), "reichstag": ("Berlin", "DE"),
    "tahrir square": ("Cairo", "EG"), "red square": ("Moscow", "RU"), "tiananmen square": ("Beijing", "CN"),
    "maidan": ("Kyiv", "UA"),
}

# Regions of the world no gazetteer here holds: a name of theirs is the region, never the village that shares
# it ("the Middle East" is not Middle East, Maryland; with it resolved there, Damascus went to Maryland too)
WORLD_REGIONS = {
    "middle east", "near east", "far east", "southeast asia", "south east asia", "south asia", "central asia",
    "east asia", "west africa", "east africa", "north africa", "southern africa", "central africa", "horn of africa",
    "sahel", "maghreb", "balkans", "caucasus", "north caucasus", "caribbean", "latin america", "central america",
    "persian gulf", "levant", "scandinavia", "arctic", "antarctic", "mediterranean", "great lakes", "midwest",
    "new england", "pacific northwest", "sub saharan africa", "eastern europe", "western europe", "southern europe",
    "northern europe", "central europe",
    # seas and gulfs, which provinces are named after ("Red Sea" state): with no designator, the water
    "red sea", "black sea", "dead sea", "caspian sea", "arabian sea", "south china sea", "east china sea", "baltic sea",
    "gulf of aden", "gulf of guinea", "gulf of mexico", "gulf of oman", "indian ocean", "atlantic ocean", "pacific ocean",
}
ACROSS_BORDER_KM = 300  # a town this near the reference point of the forces' country is within their reach
GROUP_REACH_KM = 1_500  # how far from its country's centre a regional armed group is still reported fighting
FORCES_TOWN = 5_000  # a town this size in the country of the forces a report names is theirs when no country is stated
SURNAME_TOWN = 100_000  # a town this size keeps its name when a person of the report bears it too (not Martin, Slovakia)
VILLAGE_WORDS = {"village", "villages", "hamlet", "hamlets", "settlement", "locality"}
SOLE_TOWN = 50_000  # a town this size whose name no other country shares
DWARFED_NAMESAKE = 50  # ... or only with places this many times smaller
LOCATED_TOWN = 5_000  # ... or this size, told as the place where something is, when the report names no country
METROPOLIS = 500_000  # a city this size written alone is itself, not a small namesake ...
OVERSHADOWED = 50  # a namesake this many times smaller than a metropolis needs a neighbour to be meant
SMALL_NAMESAKE = 100_000  # ... of this size or less in the report's country
SWAMPED = 1000  # a namesake this many times smaller than a city or state needs more than one neighbour
STATE_DWARFS = 20  # a state this many times a town's size, abroad, is what its name written alone means
FOREIGN_CITY = 500_000  # smaller places outside the report's countries are other places of the same name
MAX_VARIANT_KM = 150  # a spelling variant must lie near the report's other places (Kabindi is not Kabinda)
# A state's forces by their acronym, written as forces ("LNA forces", "SSPDF soldiers"; not "AFP reported")
FORCES_BY_ACRONYM = re.compile(r"\b(?P<acronym>[A-Z]{2,6})(?:\s+and\s+[A-Z]{2,6})?\s+(?:forces|troops|soldiers|fighters|"
                               r"positions|units|militiamen|personnel|vehicles?)\b")
COUNTY_WORDS = {"county", "parish"}  # the second-level areas a local report names beside its towns
CLUSTER_NAMES = 3  # this many names of a report with namesakes close together are those namesakes
CLUSTER_WEIGHT = 5  # ... of which at least two the model found (two, counted twice, and one more)
CLUSTER_KM = 80  # "close together": within a short drive of the cluster's centre
CLUSTER_CANDIDATES = 20  # namesakes of a name considered, the likeliest first
MAX_ANCHOR_KM = 100  # "3km from X", "near X": a candidate farther than this from X is another place
UNFILED_TOWN_KM = 50  # a town filed in no district lies in a district of its province whose centre is this near
OTHER_DISTRICT_KM = 50  # a town filed in another district than the one stated, this far from it, is a namesake


# ("Porto Alegre, Rio Grande do Sul": a state's name with its particle)
CONTAINER_AFTER = re.compile(rf"^{AREA_WORD}(?:,\s+(?:in\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:department|province|state|region|district|"
                             r"county|governorate|oblast|prefecture)\s+of\s+)?|\s*\(|"
                             # "Ara village in rural As Sweida", "in the countryside of Idleb": the governorate around it
                             r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?(?:rural|countryside of)\s+)(?P<c>[A-Z][A-Za-z.'’-]*(?:\s+(?:of\s+(?:the\s+)?|(?:do|da|de|dos|das|del|di|du|des)\s+)?[A-Z][A-Za-z.'’-]*){0,3})")
# AP-style US state and Canadian Press province abbreviations ("Macon, Ga.", "Churchill, Man."), common in the
# local news geoparsing corpora use.
CA_PROVINCES = {
    "alta": "Alberta", "b c": "British Columbia", "man": "Manitoba", "n b": "New Brunswick",
    "n l": "Newfoundland and Labrador", "nfld": "Newfoundland and Labrador", "n s": "Nova Scotia",
    "ont": "Ontario", "p e i": "Prince Edward Island", "que": "Quebec", "sask": "Saskatchewan",
    "n w t": "Northwest Territories",
}
US_STATES = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n h": "New Hampshire", "n j": "New Jersey",
    "n m": "New Mexico", "n y": "New York", "n c": "North Carolina", "n d": "North Dakota", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "r i": "Rhode Island", "s c": "South Carolina", "s d": "South Dakota",
    "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "w va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming", "d c": "District of Columbia",
    "dc": "District of Columbia",
}


def _abbreviated_state(phrase: str) -> tuple[str, str] | None:
    """(country, state) a state abbreviation stands for: "Ga." is Georgia, US; "Man." Manitoba, Canada."""
    key = " ".join(phrase.lower().replace(".", " ").split())
    if key in US_STATES:
        return "US", US_STATES[key]
    if key in CA_PROVINCES:
        return "CA", CA_PROVINCES[key]
    return None


def _abbreviated_area(phrase: str, gazetteer) -> Place | None:
    """The first-level area a state abbreviation stands for, or None when the phrase is none."""
    abbreviated = _abbreviated_state(phrase)
    return gazetteer.admin1(*abbreviated, variants=False) if abbreviated else None


def _stated_areas(top: Toponym, text: str) -> list[str]:
    """The areas written right after a place ("Paris, Texas", "Tawila (Tawila, North Darfur)"), widest first."""
    m = CONTAINER_AFTER.match(text[top.end:top.end + 60])
    if not m:
        return []
    words = m.group("c").split()
    phrases = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
    listed = re.match(rf"^(?:\s*\([^()\n,]{{1,40}}\)(?=\s*(?:[a-z]+\s*)?\())?{AREA_WORD}\s*\(([^()\n]{{1,80}})\)",
                      text[top.end:top.end + 140])  # (past another spelling: "Shajahanpur (Sahajanpur) upazila (...)")
    if listed:  # "Palma town (Palma, Cabo Delgado)": the widest area, written last, first
        phrases = [part.strip() for part in reversed(listed.group(1).split(","))] + phrases
    # ("the Green Zone, Al Dora": not "Al", a particle the shortening left, read as Ål in Norway)
    # ("EDMONTON, Ky (WBKO)": a state's abbreviation, however short)
    # ("Masalaha District, West Hararge": not "West", a compass word the shortening left, read as Cameroon's West)
    return [p for p in phrases if not _state_code(p) and (len(p) > 2 or _abbreviated_state(p))
            and not re.fullmatch(PARTICLES, p, re.I)
            and not (p != phrases[0] and re.fullmatch(r"(?:north|south|east|west|central|upper|lower|middle)\w*", p, re.I))]


def _state_code(name: str) -> bool:
    """"KN", "UP": a state written as a two-letter code, which a gazetteer reads as some country's ISO code
    (only "US" and "UK" are written for countries that way)."""
    return name.isupper() and len(name) == 2 and name not in ("US", "UK")


def _lookup(gazetteer, name: str) -> list[Place]:
    """Places of that name, else of its other transliteration."""
    return gazetteer.lookup(name) or _transliterated(gazetteer, name) or _joined_or_paired(gazetteer, name)


def _transliterated(gazetteer, name: str) -> list[Place]:
    """Places of the name written the way GeoNames often writes it: without the Arabic article
    ("Ar-Raqqa", "As Sweida"), with or without a final h ("Diwaniyah", "Falluja")."""
    article = ARABIC_ARTICLE.match(name)
    found = gazetteer.lookup(name[article.end():]) if article else []
    if not found and re.search(r"[aeiy]h$", name):  # "Diwaniyah" is GeoNames' "Diwaniya", "Fallujah" its "Falluja"
        found = gazetteer.lookup(name[:-1])
    elif not found and name.endswith("a"):
        found = gazetteer.lookup(name + "h")
    if not found and article is None:  # "Salman district" is GeoNames' As Salman
        found = next((hits for forms in _article_forms(gazetteer, name)
                      if (hits := [p for p in forms if _without_article(p.name) == _bare_name(name)])), [])
    return found


def _namesakes(gazetteer, name: str) -> list[Place]:
    """Places of that name, else the towns a facility's or settlement's name names: "Dhing Police Station" is in
    Dhing, "Kisii Town" is Kisii ("Palestine Stadium" is named for no town)."""
    bare = SETTLEMENT_SUFFIX.sub("", name)
    return gazetteer.lookup(name) or ([p for p in gazetteer.lookup(bare) if p.feature_class == "P"]
                                      if bare != name and gazetteer.country(bare) is None else [])


def stated_elsewhere(top: Toponym, text: str, gazetteer) -> bool:
    """The text puts the place in an area that holds none of its namesakes: "Tawila (Tawila, North Darfur)"
    when the gazetteer knows only a Tawila in Yemen. The place is then one the gazetteer lacks."""
    phrases = _stated_areas(top, text)
    if not phrases:
        return False
    area = _abbreviated_area(phrases[0], gazetteer) or gazetteer.country(phrases[0]) or next(
        (p for p in _lookup(gazetteer, phrases[0]) if p.feature_code.startswith(("ADM1", "PCL"))), None)
    if area is None:
        return False
    namesakes = _namesakes(gazetteer, top.name)
    if any(p.feature_code.startswith(("ADM1", "PCL")) and normalize_name(p.name) == normalize_name(top.name)
           and (p.country == area.country or p.feature_code.startswith("PCL") and area.feature_code.startswith("PCL"))
           for p in namesakes):
        return False  # "New South Wales, Western Australia and Queensland", "Russia, Turkey": areas side by side
    # A town of some size in the area's country is the one meant, whatever the gazetteer's provinces
    # ("Merauke city, Papua province": GeoNames has moved Merauke to the new South Papua).
    return not any(within(p, area) or p.place_id == area.place_id
                   or p.country == area.country and p.feature_class == "P" and p.population >= SOLE_TOWN
                   for p in namesakes)


# A state written as the press abbreviates it, in the bracket after a place: "Pratapgarh (UP)", "(Baramulla, J&K)"
STATE_CODE_GLOSS = re.compile(r"\s*\((?:[^()\n]{0,60},\s*)?(?P<code>[A-Z][A-Z&]{1,3})\)")
PRESS_STATE_CODES = {"J&K": "JK", "KPK": "KP", "AJK": "JK"}  # the press's codes that are not ISO 3166-2's


def _state_by_code(top: Toponym, text: str, candidates: list[Place], gazetteer) -> Place | None:
    """The first-level area an abbreviation in the bracket after a place names, in a candidate's country (ISO 3166-2:
    "UP" is IN-UP, Uttar Pradesh, for a Pratapgarh of India)."""
    m = STATE_CODE_GLOSS.match(text, top.end)
    if m is None:
        return None
    code = PRESS_STATE_CODES.get(m.group("code"), m.group("code").replace("&", ""))
    for country in dict.fromkeys(p.country for p in candidates if p.country):
        state = next((p for p in gazetteer.lookup(f"{country}-{code}") if p.feature_code == "ADM1"
                      and p.country == country), None)
        if state is not None and any(within(p, state) for p in candidates):
            return state
    return None


def in_stated_container(top: Toponym, text: str, gazetteer) -> list[Place]:
    """The place's candidates inside the country or first-level area written right after it:
    "Paris, Texas", "Goma, DR Congo", "Bangui (Bangui, Bangui)". Empty when the text states none."""
    coded = _state_by_code(top, text, _namesakes(gazetteer, top.name), gazetteer)
    if coded is not None:  # "Pratapgarh (UP)": Uttar Pradesh's, not Rajasthan's
        return [p for p in _namesakes(gazetteer, top.name) if within(p, coded)]
    phrases = _stated_areas(top, text)
    if not phrases:
        return []
    # ("Homelin, Sagaing region": a spelling of Homalin, taken only inside the area the text states)
    exact = _namesakes(gazetteer, top.name)
    candidates = exact or gazetteer.lookup_variant(top.name)
    if not candidates:
        return []
    codes = sorted({p.country for p in candidates if p.country})
    districts = {t.name for t in map(_area_toponym, phrases) if _admin_level(t.designator) == 2}
    own = gazetteer.country(top.name)
    for phrase in phrases:
        phrase = phrase.rstrip(".,'’")
        if _admin_level(_area_toponym(phrase).designator) == 2 or phrase in districts:
            continue  # "(Ilam District)" is a second-level area: not Iran's Ilam province (the districts are read later)
        options = [abbreviated] if (abbreviated := _abbreviated_area(phrase, gazetteer)) else []
        country = gazetteer.country(phrase)
        # "Mangystau" is GeoNames' "Mangghystau": a variant, tried last; a variant name only inside an area
        # written as GeoNames writes it ("Kayamla (Maiduguri LGA, Borno)" is not Komló in some Hungarian county)
        provinces = [gazetteer.admin1(code, phrase, variants=False) for code in codes]
        if country is not None and any(provinces):
            # "Tenancingo, Mexico": the state of Mexico, which lies in the country too, before the country
            options += provinces
        if own is None or country is not None and country.country == own.country:
            options.append(country)  # ("in Russia, U.S. officials said": no country lies in another; "Singapore, Singapore")
        options += provinces
        if exact:
            options += [gazetteer.admin1(code, phrase, variants=True) for code in codes]
        for area in options:
            inside = [p for p in candidates if area is not None and within(p, area)]
            if inside:
                # "Shahdadpur town (Sanghar, Sindh)": of the province's namesakes, the one in the district named
                # (a namesake GeoNames files in no district stays: "Kismayo town (Kismaayo, Lower Juba)")
                named = {_bare_name(_area_toponym(ph.rstrip(".,'’")).name) for ph in phrases}
                if any(p.admin2 and _bare_name(p.admin2) in named for p in inside):
                    inside = [p for p in inside if not p.admin2 or _bare_name(p.admin2) in named]
                return inside
    return []


def _stated_district(top: Toponym, text: str, ctx: Context, gazetteer) -> Place | None:
    """The district, province or town written right after a place with its designator ("Mununga area, Mpika
    District", "Barangay Makiling, Calamba City")."""
    for phrase in _stated_areas(top, text):
        at = text.find(phrase, top.end)
        # "Genteng district, Surabaya city": the town's designator written after it (a province's is not read:
        # GeoNames has moved Merauke, "Merauke city, Papua province", to the new South Papua)
        desig = re.match(rf"\s+(?P<d>{SETTLEMENT})\b", text[at + len(phrase):]) if at >= 0 else None
        area = _area_toponym(f"{phrase} {desig.group('d')}" if desig else phrase)
        if _admin_level(area.designator) is not None:
            found, _ = resolve_toponym(area, ctx, gazetteer)
            return found if found is not None and found.is_admin else None
        if area.designator in SETTLEMENT_WORDS and top.designator is not None:
            # "Barangay Makiling, Calamba City": the town it is part of (a bare name before "X City" is one of a
            # list: "the Cambridge, Pleasant City and Lore City departments")
            found, _ = resolve_toponym(area, ctx, gazetteer)
            return found if found is not None and found.feature_class == "P" else None
    return None


def within(place: Place, area: Place) -> bool:
    """Whether a place lies in an area (a country, a province, a district) by the gazetteer's codes."""
    if place.place_id == area.place_id or place.country != area.country:
        return False
    if area.feature_code.startswith("PCL"):
        return True
    in_admin1 = bool(place.admin1) and normalize_name(place.admin1) == normalize_name(area.admin1 or area.name)
    if area.feature_code.startswith("ADM2"):  # a district holds its own towns, not its whole province's
        if not place.admin2:  # ("Kumba, Meme division": a town GeoNames files in no district, near the district's centre)
            # (a district no listed town lies in has no centre of its own: "Atakent town of Maktaaral district")
            unplaced = area.source == "derived" and area.population == 0
            return in_admin1 and (unplaced or km(place.latitude, place.longitude, area.latitude, area.longitude)
                                  <= UNFILED_TOWN_KM)
        return in_admin1 and normalize_name(place.admin2) == normalize_name(area.admin2 or area.name)
    return in_admin1


def _alone_in_its_country(place: Place, order: list[Toponym], resolved: dict) -> bool:
    """Whether the place is the only one the report was read in, in its country, while another country holds two or
    more of the report's places (counted afresh each time: a name read again changes the counts)."""
    read_in = Counter(p.country for t in order if (p := resolved[t.start][0]) is not None)
    return read_in[place.country] == 1 and any(n >= 2 for c, n in read_in.items() if c != place.country)


def _second_pass(order: list[Toponym], resolved: dict, ctx: Context, gazetteer, contained: set[int],
                 stated: Counter) -> None:
    """Resolve each ambiguous town again, now knowing every other place the report names.

    Read in order, "Alexandria" comes before "Washington" and goes to Egypt; with Washington
    resolved, the Alexandria across the river wins on proximity.
    """
    towns = {start: place for start, (place, _) in resolved.items() if place is not None and place.feature_class == "P"}
    strong = {t.start for t in order if t.strength >= 2 or t.start in contained}
    for top in order:
        place, cands = resolved[top.start]
        if _admin_level(top.designator) == 2 and place is not None:
            if ctx.admin1 and not any(place.country == a.country and place.admin1 == a.name for a in ctx.admin1):
                # "Monroe County in northeast Missouri": the state, read after the county, says which of them
                again, again_cands = resolve_toponym(top, ctx, gazetteer)
                if again is not None:
                    resolved[top.start] = (again, again_cands)
            elif not ctx.admin1 and towns:
                # no state named: of the counties of that name, the one by the report's towns
                same = [p for p in gazetteer.lookup(top.name)
                        if p.feature_code == place.feature_code and p.country == place.country
                        and _designator_fits(top.designator, p)]
                nearest = min(same, key=lambda p: min(km(p.latitude, p.longitude, t.latitude, t.longitude)
                                                       for t in towns.values()), default=place)
                resolved[top.start] = (nearest, [(nearest, 1.0)])
            continue
        if place is None and len(cands) == 1 and top.locative and cands[0][0].country in ctx.countries \
                and top.start not in contained and _admin_level(top.designator) is None:
            # a name read before the report's country was known: "... of Tell Abiad in Ar-Raqqa"
            again, again_cands = resolve_toponym(top, ctx, gazetteer)
            if again is not None:
                resolved[top.start] = (again, again_cands)
            continue
        if place is not None and place.feature_class == "P" and top.strength >= 2 and top.start not in contained \
                and _admin_level(top.designator) is None and _alone_in_its_country(place, order, resolved):
            # "Fulanis attack the villages of Uzaar in Tombo, Anyii in Logo local government": a village abroad that
            # only its own reading put in the report, which is about another country's places
            alone = replace(ctx, countries=Counter({c: n for c, n in ctx.countries.items() if c != place.country}))
            again, again_cands = resolve_toponym(top, alone, gazetteer)
            if again is None or again.country != place.country:
                resolved[top.start] = (again, again_cands)
                continue
        if top.start in contained or _admin_level(top.designator) is not None or len(cands) < 2:
            continue
        if place is not None and place.feature_class == "P" and ctx.admin1 \
                and not any(place.country == a.country and place.admin1 == a.admin1 for a in ctx.admin1) \
                and any(p.country == a.country and p.admin1 == a.admin1 for p, _ in cands for a in ctx.admin1):
            # "Meeting in Alexandria ... Minnesota leaders": the state the report names, read after the town, holds
            # one of its namesakes (the first guess no neighbour of itself)
            again, again_cands = resolve_toponym(top, replace(ctx, resolved=[p for p in ctx.resolved
                                                                             if p.place_id != place.place_id]), gazetteer)
            if again is not None:
                resolved[top.start] = (again, again_cands)
                continue
        others = [p for start, p in towns.items() if start != top.start and (place is None or p.place_id != place.place_id)]
        if not others:
            continue
        # The countries of the other places, not this one's own first guess ("Souq al Juma area of Tripoli")
        countries = stated + Counter(p.country for start, (p, _) in resolved.items()
                                     if p is not None and p.country and start != top.start and start in strong)
        again, again_cands = resolve_toponym(top, replace(ctx, resolved=others, countries=countries), gazetteer)
        if again is not None:
            resolved[top.start] = (again, again_cands)


# "Monroe County in northeast Missouri": the state written after a county, past a compass word
COUNTY_IN_STATE = re.compile(r"(?:\s+(?:[Cc]ounty|[Pp]arish|[Bb]orough))?\s+in\s+(?:the\s+)?"
                             r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                             r"(?P<state>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")


def _counties_in_stated_states(toponyms: list[Toponym], resolved: dict, ctx: Context, text: str, gazetteer) -> None:
    """A county the text places in a state it names is that state's county, whichever other states the report
    names: "from Indiana ... mid-Ohio ... Monroe County in northeast Missouri" is Missouri's Monroe County."""
    for top in toponyms:
        place = resolved[top.start][0]
        m = COUNTY_IN_STATE.match(text, top.end)
        whole = re.search(r"\s(?:County|Parish)$", top.name)  # ("Monroe County", a name GeoNames holds whole)
        if place is None or m is None or not (_admin_level(top.designator) == 2 or whole) \
                or not place.feature_code.startswith("ADM2"):
            continue
        state = next((a for a in ctx.admin1 if a.country == place.country
                      and normalize_name(a.name) in (normalize_name(m.group("state")),
                                                     normalize_name(m.group("state").split()[0]))), None)
        if state is None or normalize_name(place.admin1 or "") == normalize_name(state.name):
            continue
        county = gazetteer.admin2(place.country, top.name[:whole.start()] if whole else top.name, admin1=state.name,
                                  variants=False)
        if county is not None and normalize_name(county.admin1 or "") == normalize_name(state.name) \
                and _designator_fits(top.designator, county):
            resolved[top.start] = (county, [(county, 10.0), *resolved[top.start][1]][:5])


def _neighbourhood(toponyms: list[Toponym], resolved: dict, contained: set[int], ctx: Context, stated: Counter,
                   gazetteer) -> None:
    """Towns a local report names without their state are neighbours: when three or more of its names each
    have a namesake within a short drive of one another, those namesakes are the ones meant.

    A report from Richmond, Kentucky names Berea, Irvine and Waco: each alone is a bigger place elsewhere
    (Richmond, Virginia; Irvine, Scotland; Waco, Texas), but only in Madison County do all four meet. Read
    one at a time, each first guess supports the next wrong one. A metropolis or a town the text placed
    itself is never moved, and a cluster outside the countries the text states is no evidence.
    """
    names: dict[str, list[Toponym]] = {}
    # (a report that names counties is a local one: a metropolis abroad it names no country of is a namesake's
    # name, "Alexandria" beside Douglas County, Minnesota)
    local = any(t.designator in COUNTY_WORDS for t in toponyms)
    for top in toponyms:
        place = resolved[top.start][0]
        county = top.designator in COUNTY_WORDS  # ("Douglas County" meets Alexandria and Nelson in Minnesota)
        big = place is not None and place.population >= METROPOLIS and not (local and place.country not in stated)
        if top.start in contained or top.designator is not None and not county \
                or top.role not in ("place", "reference", "org", "dateline") \
                or place is not None and not county and (place.feature_class != "P" or big) \
                or place is not None and county and not place.feature_code.startswith("ADM2"):
            continue
        names.setdefault(normalize_name(top.name), []).append(top)
    if len(names) < CLUSTER_NAMES:
        return
    options = {name: places for name, tops in names.items()
               if (places := _own_names_first(tops[0], [p for p in gazetteer.lookup(tops[0].name)
                              if (p.feature_code.startswith("ADM2") if tops[0].designator in COUNTY_WORDS
                                  else p.feature_class == "P")])[:CLUSTER_CANDIDATES])}
    # (names the model found as places count twice as much as gazetteer matches, which may be people:
    # "Tanner", "Dillon" and "Section" meet somewhere too)
    weight = {name: 2 if any(t.strength >= 2 for t in tops) else 1 for name, tops in names.items()}
    best: tuple[int, int, Place | None, str] = (0, 0, None, "")
    for name, places in options.items():
        for place in places:
            near = {other for other, theirs in options.items()
                    if other != name and _near_any(place, theirs, CLUSTER_KM)}
            members = [name, *near]
            strong = sum(weight[n] == 2 for n in members)
            key = (sum(weight[n] for n in members) if len(members) >= CLUSTER_NAMES and strong >= 2 else 0,
                   place.population)
            if key > best[:2]:
                best = (*key, place, name)
    size, _, centre, centre_name = best
    if centre is None or size < CLUSTER_WEIGHT or stated and centre.country not in stated:
        return
    if ctx.admin1 and not any(centre.country == a.country and centre.admin1 == a.name for a in ctx.admin1):
        return  # a report that states its state ("Holliday, Mo.") is not about a cluster in another
    for name, places in options.items():
        chosen = centre if name == centre_name else min(
            places, key=lambda p: km(p.latitude, p.longitude, centre.latitude, centre.longitude))
        if km(chosen.latitude, chosen.longitude, centre.latitude, centre.longitude) > CLUSTER_KM:
            continue
        for top in names[name]:
            place, cands = resolved[top.start]
            if place is None or place.place_id != chosen.place_id:
                rest = [(p, s) for p, s in cands if p.place_id != chosen.place_id]
                lead = max((s for _, s in rest), default=0.0) + 1.0  # (ranked first, as chosen)
                resolved[top.start] = (chosen, [(chosen, lead), *rest][:5])


def _own_names_first(top: Toponym, places: list[Place]) -> list[Place]:
    """The places bearing the name, without those that bear it only as an old name beside a namesake of their size
    ("Youngstown" is no cluster member as Mount Gilead's old name, in a report filed from Mount Gilead)."""
    aliases = _known_by_another_name(top, places)
    return [p for p in places if p.place_id not in aliases]


def _towns_of_named_counties(toponyms: list[Toponym], resolved: dict, contained: set[int], ctx: Context,
                             stated: Counter, gazetteer) -> None:
    """A town and a county a local report names together are the town of that county: "Alexandria" beside
    "Rapides Parish" is Alexandria, Louisiana (of 28 Alexandrias), and "Douglas County" beside "Alexandria" is
    Minnesota's (of 31 Douglas counties), when just one of the county's namesakes holds one of the town's."""
    # ("Rapides Parish", whose kind-word is part of GeoNames' name)
    counties = [t for t in toponyms if (t.designator in COUNTY_WORDS or re.search(r"\s(?:County|Parish)$", t.name))
                and t.start not in contained]
    # (a town the text placed itself, "Sanford, Florida (near Orlando, Florida in Seminole County)", says which
    # county too, and keeps its place)
    towns = [t for t in toponyms if t.designator is None and t not in counties
             and t.role in ("place", "reference", "dateline")]
    if not counties or not towns:
        return
    for county in counties:
        areas = [p for p in gazetteer.lookup(county.name) if p.feature_code.startswith("ADM2")
                 and _designator_fits(county.designator, p)
                 and (not stated or p.country in stated or any(p.country == a.country for a in ctx.admin1))
                 and (not ctx.admin1 or any(p.country == a.country and p.admin1 == a.name for a in ctx.admin1))]
        for town in towns:
            place = resolved[town.start][0]
            # (a state of that name is no town; nor is a country the report names twice; but a country named
            # once, where the named county holds a town of that name, is the town: "Galen Miller of Palestine" in a
            # report on Darke County, Ohio; a dateline "LEBANON (AP)" over "Warren County's Hamilton Township")
            if place is not None and place.feature_class != "P" and not (
                    place.feature_code.startswith("PCL") and not any(
                        t is not town and (p := resolved[t.start][0]) is not None and p.country == place.country
                        for t in toponyms)):
                continue
            namesakes = [place] if town.start in contained else [
                p for p in gazetteer.lookup(town.name) if p.feature_class == "P"
                and normalize_name(p.name) == normalize_name(town.name)]
            pairs = [(area, p) for p in namesakes if p is not None for area in areas
                     if p.country == area.country and p.admin1 == area.admin1
                     and normalize_name(p.admin2 or "") == normalize_name(area.name)]
            if len({area.place_id for area, _ in pairs}) != 1:
                continue
            area, chosen = pairs[0]
            # (unless more of the report's other towns lie by the county as first read than by the pair, which counts
            # itself once: Shawnee and Pottawatomie County meet in Oklahoma, but a report on Manhattan, Leavenworth
            # and St. George means Kansas's county)
            others = [p for t in toponyms if t is not town and t is not county
                      and (p := resolved[t.start][0]) is not None and p.feature_class == "P"]
            current = resolved[county.start][0]

            def neighbours(place: Place) -> int:
                return sum(km(place.latitude, place.longitude, o.latitude, o.longitude) <= 2 * CLUSTER_KM for o in others)
            if current is not None and neighbours(current) > 1 + neighbours(chosen):
                continue
            resolved[town.start] = (chosen, [(chosen, 10.0)])
            resolved[county.start] = (area, [(area, 10.0)])


def _designator_fits(designator: str | None, area: Place) -> bool:
    """Whether an area named with its own kind ("Madison Parish") is the kind the text writes: Louisiana's
    parishes and Alaska's boroughs are no counties."""
    own = re.search(r"\b(parish|borough)$", area.name, re.I)
    return own is None or designator is None or designator.lower() in ("parish", "borough", "district")


def _one_sense(toponyms: list[Toponym], resolved: dict, contained: set[int]) -> None:
    """A name the report once places with its state ("a Paris, Missouri, man") means that place wherever
    the report writes it alone ("of Paris"): one report, one sense of a name."""
    placed: dict[str, Place] = {}
    counties: dict[str, Place] = {}
    for top in toponyms:
        place = resolved[top.start][0]
        if top.start in contained and place is not None and place.feature_class == "P":
            placed.setdefault(normalize_name(top.name), place)
        elif top.designator in COUNTY_WORDS and place is not None and place.feature_code.startswith("ADM2"):
            counties.setdefault(normalize_name(top.name), place)
    for top in toponyms:
        place = resolved[top.start][0]
        same = placed.get(normalize_name(top.name))
        if same is not None and top.start not in contained and top.designator is None and top.role != "demonym" \
                and (place is None or place.feature_class == "P"):
            resolved[top.start] = (same, [(same, 10.0)])
        county = counties.get(normalize_name(top.name))
        if county is not None and same is None and top.designator is None and top.role != "demonym" \
                and (place is None or place.feature_code.startswith("PCL") and place.country != county.country):
            # "the Guernsey County Common Pleas Court ... Guernsey deputies": the county the report named, not the
            # island the bare name also is
            resolved[top.start] = (county, [(county, 10.0)])


def _province_named_like(place: Place, name: str, gazetteer) -> Place | None:
    """The first-level area called ``name`` that holds ``place``: after "Cordoba, Veracruz" the state (GeoNames' Veracruz
    de Ignacio de la Llave), not its port city; "Menbij in Aleppo", the province the city names."""
    state = gazetteer.admin1(place.country, name, variants=False)
    return state if state is not None and within(place, state) else None


def _beside_its_kind(top: Toponym, toponyms: list[Toponym], text: str, gazetteer) -> bool:
    """Whether the area written right after a designated name is the next of a list of its kind, not the area holding
    it: "Becker, Clay, Douglas and Wilkin counties" (though a list may name a province holding its namesake: "Dawlat
    Abad, Balkh, Charbolak ... districts of Balkh province")."""
    if top.designator is None:
        return False
    following = [t for t in toponyms if t.designator == top.designator and t.start > top.end
                 and not text[top.end:t.start].strip(" ,")]
    own_countries = {p.country for p in gazetteer.lookup(top.name)} if following else set()
    return bool(own_countries) and any(
        not any(p.feature_code.startswith(("ADM1", "PCL")) and p.country in own_countries for p in gazetteer.lookup(t.name))
        for t in following)


VILLAGE_SIZE = 20_000  # a place this small, named once in a report about another state of its country, is a namesake


def _villages_of_the_stated_state(toponyms: list[Toponym], resolved: dict, contained: set[int], text: str,
                                  sentence_of, gazetteer) -> None:
    """A sentence that opens by placing its town in a state ("in Aguililla municipality, Michoacan, ...") tells of
    that state: a village of another state it names is a namesake of one the gazetteer lacks ("... clashed in El
    Aguaje comunidad" is not the El Aguaje of Veracruz, 650 km away). It is kept unplaced, for the text's own anchors
    to place it. (A state named in passing says less: "Police in Dodgeville said the storm spread across Iowa".)"""
    states: dict[int, set[tuple[str, str]]] = {}  # sentence → the states written after a comma or a bracket in it
    for top in toponyms:
        place = resolved[top.start][0]
        # (in a gloss too, or as the district it holds or the city it is named for: "(Baramulla district, J&K)",
        # "Madobai and Dannakwabo in Kankara LGA (Katsina)")
        if place is None or not text[:top.start].rstrip().endswith((",", "(")):
            continue
        if place.feature_code.startswith("ADM1"):
            state = place
        elif place.feature_code.startswith("ADM2") and place.admin1:
            state = _province_named_like(place, place.admin1, gazetteer)
        elif place.feature_class == "P":
            state = _province_named_like(place, top.name, gazetteer)
        else:
            state = None
        if state is not None:
            states.setdefault(sentence_of(top.start), set()).add((state.country, normalize_name(state.name)))
    for top in toponyms:
        place = resolved[top.start][0]
        if place is None or place.feature_class != "P" or top.start in contained or top.role != "place" \
                or place.population >= VILLAGE_SIZE and top.designator not in VILLAGE_WORDS or not place.admin1 \
                or _admin_level(top.designator) is not None:
            # (a village the text calls one, whatever the size of the town its name finds: "Mothal villages"; but a
            # district is no village: "coded as Sugapa district" of Papua, which GeoNames now files under Central Papua)
            continue
        here = {name for country, name in states.get(sentence_of(top.start), set()) if country == place.country}
        if len(here) == 1 and normalize_name(place.admin1) not in here:
            # (wherever the report names it: "in the area of Kashtanove, Donetsk ... shots near Kashtanove" is not
            # the Kashtanove of Crimea the second time either)
            for other in toponyms:
                if normalize_name(other.name) == normalize_name(top.name) and other.start not in contained \
                        and (found := resolved[other.start][0]) is not None and found.place_id == place.place_id:
                    resolved[other.start] = (None, [])


# What joins a town to the area written after it that holds it: "Elenovka, Donetsk", "Ara in rural As Sweida"
WITHIN_AREA = re.compile(r",\s*|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?(?:rural|countryside of)\s+|"
                         r"\s+(?:areas?|villages?|localit(?:y|ies)|neighbou?rhoods?)\s+(?:of|in)\s+(?:the\s+)?", re.I)
# ... and a town to the town or district written after it: "Paharipara in Jalpaiguri town", "Golbasi district of
# Adiyaman", "Shoorki area of Kurram District"
IN_CONTAINER = re.compile(r",\s*|\s+(?:(?:area|village|town|district|locality|neighbou?rhood|police station)\s+)?(?:in|of)\s+"
                          r"(?:the\s+)?", re.I)  # ("Manpur police station in Nalanda district")
CONTAINER_TOWN_KM = 40  # how far from a town written as its container a village may lie


def _read_containers(toponyms: list[Toponym], resolved: dict, contained: set[int], text: str, gazetteer) -> None:
    """The state written after a town is the one that holds it: in "Atlanta, Georgia" and "Bronx, New York",
    Georgia and New York are the states, not the country and the city of those names. And the district or town
    written after a village holds it: the village is its namesake there, or unknown ("Paharipara in Jalpaiguri")."""
    for town, area in zip(toponyms, toponyms[1:]):
        place = resolved[town.start][0]
        if not re.fullmatch(rf"(?:\s+(?:{ADMIN}|{SETTLEMENT}))?,\s*", text[town.end:area.start], re.I):
            continue  # ("Cuauhtemoc municipality, Chihuahua": the state, not its capital)
        if "." in text[area.start:area.end + 1] and _abbreviated_state(area.name):
            # "RUSSELLVILLE, Ark.", "Churchill, Man.": the state, whether or not the town is known
            state = _abbreviated_area(area.name, gazetteer)
            if state is not None:
                resolved[area.start] = (state, [(state, 10.0)])
            continue
        current = resolved[area.start][0]
        if place is None and not resolved[town.start][1] and current is not None and current.feature_class == "P" \
                and area.designator is None:
            # "in the area of Yasne, Donetsk": after a village no list holds, the province of the name, which holds
            # the city of that name (as the village is placed in it)
            state = _province_named_like(current, area.name, gazetteer)
            if state is not None:
                resolved[area.start] = (state, [(state, 10.0)])
            continue
        if place is None or place.is_admin and not place.feature_code.startswith("ADM2") or not place.admin1:
            continue
        if area.designator in SETTLEMENT_WORDS or \
                current is not None and current.feature_code.startswith("ADM1") and current.country == place.country:
            continue
        # (under the state's short name too: "Cordoba, Veracruz" is the state GeoNames calls Veracruz de Ignacio de
        # la Llave, not its port city)
        state = _province_named_like(place, area.name, gazetteer)
        if state is not None:
            resolved[area.start] = (state, [(state, 10.0)])
    for town, area in zip(toponyms, toponyms[1:]):
        place, current = resolved[town.start][0], resolved[area.start][0]
        if place is not None and place.feature_class == "P" and current is not None and current.country \
                and place.country != current.country and WITHIN_AREA.fullmatch(text[town.end:area.start]) \
                and place.population < SOLE_TOWN and not re.match(r"\s*(?:,|and\b|or\b)", text[area.end:]) \
                and not any(p.country == current.country for p, _ in resolved[town.start][1]):
            # "Elenovka, Donetsk", "Al-Heri in the countryside of Deir ez Zor": a town in the area written after it,
            # not the namesake another country once had (Sevan was Yelenovka); unknown there, it is kept in the area
            resolved[town.start] = (None, [])
    for town, area in zip(toponyms, toponyms[1:]):
        place, current = resolved[town.start][0], resolved[area.start][0]
        if place is None or current is None or place.feature_code.startswith(("PCL", "ADM1")) \
                or place.country != current.country and not current.feature_code.startswith("ADM2") \
                or current.feature_code.startswith(("PCL", "ADM1")) or town.role != "place" \
                or not IN_CONTAINER.fullmatch(text[town.end:area.start]) \
                or re.match(r"\s*(?:,|and\b|or\b)", text[area.end:]) or re.search(r"\b(?:and|or)\s+$", text[:town.start]):
            continue  # (not one of a list: "Ottertail, Mahnomen, Grant and Douglas counties")
        if current.feature_class == "P" and place.population > current.population:
            continue  # no town lies in a smaller one: "airlines at Edinburgh, Aberdeen airports"
        countryside = current.feature_class == "P" and place.admin1 == current.admin1 \
            and re.match(r"\s+(?:countryside|governorate|province|region)\b", text[area.end:])
        if current.feature_class == "P" and place.admin1 and place.admin1 == current.admin1 and not countryside:
            # "Turkish forces shelled Menbij in Aleppo": the province the city names, which holds the town
            countryside = _province_named_like(place, area.name, gazetteer) is not None
        if not _in_container(place, current) and not countryside:
            # ("Al Mayadin town in Deir ez Zor countryside": the governorate the city names, not the city)
            # "Rampur, Jaunpur", "Manpur in Nalanda district": the namesake inside the town or district the text names
            # it by, else none (the event stays in that container)
            inside = [(p, sc) for p, sc in resolved[town.start][1] if _in_container(p, current)] or \
                [(p, 1.0) for p in sorted(gazetteer.lookup(town.name), key=lambda p: -p.population)
                 if p.feature_class == "P" and _in_container(p, current)]  # (a town the first reading ranked out)
            resolved[town.start] = (inside[0][0], inside) if inside else (None, [])
            if inside:
                contained.add(town.start)


def _read_glosses(toponyms: list[Toponym], resolved: dict, text: str) -> None:
    """A town glossed by the areas it lies in, "Botou (Kantchari, Tapoa)", is in those areas' country: its namesake
    there, else unknown (kept in the area), not a namesake abroad (China's Botou)."""
    for town in toponyms:
        if town.glossed or not re.match(r"\s*\(", text[town.end:town.end + 4]):
            continue
        close = text.find(")", town.end)
        glosses = [t for t in toponyms if t.glossed and town.end < t.start < close]
        # (the commune named like its village says nothing: "Sangha (Sangha, Koulpelogo)")
        countries = {a.country for t in glosses if (a := resolved[t.start][0]) is not None and a.country
                     and _bare_name(t.name) != _bare_name(town.name)}
        if len(countries) != 1:
            continue
        for top in [town, *glosses]:
            current = resolved[top.start][0]
            if current is not None and current.country not in countries:
                inside = [(p, sc) for p, sc in resolved[top.start][1] if p.country in countries]
                resolved[top.start] = (inside[0][0], inside) if inside else (None, [])


def _in_container(place: Place, container: Place) -> bool:
    """Whether a town lies in the district the text writes after it, or near the town it does."""
    if container.feature_code.startswith("ADM2"):
        # (a district named for its province stands for the province: "Golbasi district of Adiyaman")
        return within(place, container) or normalize_name(container.name) == normalize_name(container.admin1 or "") \
            and normalize_name(place.admin1 or "") == normalize_name(container.admin1 or "")
    # (a town named like its province or district may stand for it: "Darbasiyah in Al Hasakeh's countryside")
    return km(place.latitude, place.longitude, container.latitude, container.longitude) <= CONTAINER_TOWN_KM \
        or _bare_name(container.name) in (_bare_name(place.admin1 or ""), _bare_name(place.admin2 or ""))


def _near_any(place: Place, others: list[Place], limit_km: float) -> bool:
    return any(km(place.latitude, place.longitude, o.latitude, o.longitude) <= limit_km for o in others)


def _anchor_reach(m: re.Match) -> float:
    """How far from its anchor a place may lie: "Kaga-Bandoro, 300 km north of Bangui" is 300 km away."""
    stated = m.groupdict().get("dist")
    if not stated:
        return MAX_ANCHOR_KM
    miles = re.match(r"\s*(?:miles|mi)\b", m.string[m.end("dist"):m.end("dist") + 8])
    distance = float(stated.replace(",", ".")) * (1.609 if miles else 1.0)
    return max(MAX_ANCHOR_KM, distance * 1.5 + 20)


def _resolve_anchor(name: str, ctx: Context, gazetteer) -> Place | None:
    """The place a "N km from X" / "near X" phrase points to, preferring one already resolved."""
    return next((p for p in ctx.resolved if p.name.lower() == name.lower()), None) or \
        resolve_toponym(Toponym(0, 0, name, None, 2), ctx, gazetteer)[0]


def _listed_area(top: Toponym, text: str, ctx: Context, gazetteer) -> Place | None:
    """The narrowest area the text writes after an unknown name, inside the widest it lists: "(Bint Jbeil,
    Nabatieh)", or after a comma: "Lagh Kutulo, Wajir"."""
    m = LISTED_NAME.match(text, top.start)
    if m is None or m.start("name") != top.start:
        # "Lagh Kutulo, Wajir": the area written after the unknown name, by the comma
        for phrase in _stated_areas(top, text):
            # "Qumbi Village, Mino district": the area with the designator written after it
            rest = text[text.find(phrase, top.end) + len(phrase):]
            desig = re.match(rf"\s+(?P<d>{ADMIN}|{SETTLEMENT})\b", rest, re.I)
            if desig is None and re.match(r"\s+[a-z]", rest) and not re.match(r"\s+(?:in|of|near|at|on|and)\b", rest):
                continue  # "Tepe Sor area (Kurdish name)": a word that qualifies another, not an area
                # (but "... countryside of Tell Abiad in Ar-Raqqa" ends where the next place begins)
            area_name = f"{phrase} {desig.group('d')}" if desig else phrase
            abbreviated = _abbreviated_area(phrase, gazetteer) if "." in phrase + rest[:1] else None  # "Holliday, Mo."
            area = abbreviated or resolve_toponym(_area_toponym(area_name), ctx, gazetteer)[0]
            if area is not None and area.feature_class == "P" and not desig:
                # "Tlalcopan, Veracruz": the state the comma writes, which holds the city of its name
                area = _province_named_like(area, phrase, gazetteer) or area
            if area is not None:
                return area
        return None
    areas = [a.strip() for a in m.group("areas").split(",") if not _state_code(a.strip())]
    if not areas:
        return None
    widest, _ = resolve_toponym(replace(_area_toponym(areas[-1]), glossed=True), ctx, gazetteer)
    if widest is None:
        # the list's last area, whatever country the report was read in so far: "Sangha (Sangha, Koulpelogo)" is
        # Burkina Faso's province, though Sangha first read as Congo's department
        unset, _ = resolve_toponym(_area_toponym(areas[-1]), replace(ctx, countries=Counter()), gazetteer)
        widest = unset if unset is not None and unset.feature_class == "A" else None
    provinces = [p for p in _lookup(gazetteer, areas[-1]) if p.feature_code == "ADM1"
                 and _bare_name(p.name) == _bare_name(_area_toponym(areas[-1]).name)]
    if provinces and (widest is None or widest.feature_class == "P" and widest.country not in ctx.countries):
        # a list of areas ends with the province: "(Radman al Awadh, Al Bayda)" is Yemen's governorate, not the
        # Libyan city
        widest = next((p for p in provinces if p.country in ctx.countries), provinces[0])
    if widest is not None:  # the narrower names are read inside it: "(Nasir, Upper Nile)" is not Turkey's Nasir
        ctx = replace(ctx, countries=Counter({widest.country: 1}))
    for area in areas[:-1]:
        place, _ = resolve_toponym(_area_toponym(area), ctx, gazetteer)
        if place is not None and (widest is None or place.country == widest.country):
            return place
    return widest


AREA_DESIGNATOR = re.compile(rf"^(?P<name>.+?)\s+(?P<desig>{ADMIN}|{SETTLEMENT})$", re.I)


def _area_toponym(area: str) -> Toponym:
    """An area as a list names it: "Sabuwa LGA" is the local government area Sabuwa."""
    m = AREA_DESIGNATOR.match(area)
    if m is None:
        return Toponym(0, len(area), area, None, 3)
    return Toponym(0, len(m.group("name")), m.group("name"), m.group("desig").lower(), 3)


def _label(place: Place) -> str:
    parts = [place.name, place.admin2 or "", place.admin1 or "", place.country or ""]
    return ", ".join(p for p in parts if p) + f" ({place.feature_code}, {place.place_id})"


def _precision(place: Place) -> int:
    if place.feature_class in ("A", "L"):
        return 2 if place.feature_code.startswith("ADM2") else 3
    return 1


def with_timezone(place: Place, gazetteer) -> Place:
    """User places may lack a timezone: take the nearest town's in the same country."""
    if place.timezone:
        return place
    for near in gazetteer.near(place.latitude, place.longitude, 80, country=place.country):
        if near.timezone:
            return replace(place, timezone=near.timezone)
    return place


CITY_PART = re.compile(r"^(?P<city>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}) - [A-Z0-9]")


def extract_places(sdoc, doc_id: str, gazetteer, sentence_of, source: str | None = None,
                   home_country: str | None = None) -> list[PlaceMention]:
    """Every toponym in the document, resolved or anchored, with its evidence."""
    text = sdoc.text
    toponyms = find_toponyms(sdoc, gazetteer, source, text)
    ctx = build_context(toponyms, sdoc, gazetteer, home_country)
    stated = Counter(ctx.countries)  # what the text says, before any resolution adds its guesses
    resolved: dict[int, tuple[Place | None, list]] = {}
    # Admin areas first: they are the context for the towns.
    # "Feina, north-east of Kass in South Darfur": a region named bare is context too, read before the towns.
    # (provinces before districts: "near Salman district in al Muthanna province")
    order = sorted(toponyms, key=lambda t: (_admin_level(t.designator) is None and not _region_name(t, gazetteer)
                                            and not _designated_area_name(t, gazetteer),
                                            _admin_level(t.designator) == 2, gazetteer.country(t.name) is None, t.start))
    contained: set[int] = set()
    for top in order:
        if top.role == "demonym":  # the country it names, and no context: NORP entities give that already
            place = gazetteer.country(top.adjective_country)
            resolved[top.start] = (place, [(place, 1.0)] if place else [])
            continue
        city = CITY_PART.match(top.name)
        if city is not None and not gazetteer.lookup(top.name):
            # "Port-au-Prince - Cite de Dieu, Ouest": ACLED's way of writing a part of a city, read as the city
            # (the areas written after the whole name still hold it)
            top = replace(top, name=city.group("city"))
        party = _party_state(top.name, gazetteer) if PARTY_STATE.match(text, max(0, top.start - 2)) else \
            _abbreviation_place(top, text, gazetteer)
        inside = [party] if party is not None else in_stated_container(top, text, gazetteer)
        if inside:  # "Paris, Texas", "QUETTA, Pakistan": the text says which one
            # (a town named like its district is its seat, which counts double: of Jalisco's two El Saltos,
            # El Salto's, not Atenguillo's)
            place = min(inside, key=lambda p: (p.is_admin, -p.population * (2 if _seat_named(p) else 1)))
            cands = [(place, 10.0)]
            contained.add(top.start)
        elif not _beside_its_kind(top, toponyms, text, gazetteer) and stated_elsewhere(top, text, gazetteer):
            place, cands = None, []  # a namesake abroad is not the place the text locates
        else:
            place, cands = resolve_toponym(top, ctx, gazetteer)
            district = _stated_district(top, text, ctx, gazetteer) if place is not None and not place.is_admin else None
            far = district is not None and km(place.latitude, place.longitude, district.latitude, district.longitude)
            if district is not None and district.feature_class == "P" and far > OTHER_DISTRICT_KM:
                place = None  # "Barangay Makiling, Calamba City": not the Makiling 450 km away
            elif district is not None and place.admin1 != district.admin1 and far > MAX_ANCHOR_KM:
                place = None  # "Mununga area, Mpika District": a namesake in another province, far from the district
            elif district is not None and district.feature_code.startswith("ADM2") and place.admin2 \
                    and normalize_name(place.admin2) != normalize_name(district.name) and far > OTHER_DISTRICT_KM:
                place = None  # "Sabon Gari (Jalingo LGA, Taraba)": not the Sabon Gari of another LGA of the state
            if district is not None and place is None:
                contained.add(top.start)  # the text placed it: no second reading finds it elsewhere
        resolved[top.start] = (place, cands)
        if place is None:
            continue
        if place.feature_code.startswith("ADM1") and place not in ctx.admin1:
            ctx.admin1.append(place)
        elif place.feature_code.startswith("ADM2") and place not in ctx.admin2:
            ctx.admin2.append(place)
        elif place.feature_class == "P" and top.role == "place":
            ctx.resolved.append(place)
        if place.country and (top.strength >= 2 or top.start in contained) and top.role not in ("modifier", "org") \
                and not (top.role == "origin" and place.feature_code.startswith("PCL")) \
                and not (place.feature_code.startswith("PCL") and _told_as_destination(text, top.start)) \
                and not top.cause:  # (nor where the event's cause was: it may be across a border)
            # a bare capitalised word matched in the gazetteer ("Juma") must not set the report's country
            # (nor a country people came from: "migrants (mostly from Afghanistan)")
            ctx.countries[place.country] += 1
            ctx.countries_from_outlet = False  # (the text has now placed the report itself)
    _second_pass(order, resolved, ctx, gazetteer, contained, stated)
    _counties_in_stated_states(toponyms, resolved, ctx, text, gazetteer)
    _neighbourhood(toponyms, resolved, contained, ctx, stated, gazetteer)
    _towns_of_named_counties(toponyms, resolved, contained, ctx, stated, gazetteer)
    _read_containers(toponyms, resolved, contained, text, gazetteer)
    _one_sense(toponyms, resolved, contained)
    _villages_of_the_stated_state(toponyms, resolved, contained, text, sentence_of, gazetteer)
    _read_glosses(toponyms, resolved, text)
    mentions: list[PlaceMention] = []
    last_settlement: Place | None = None
    last_settlement_sentence = -1
    anchored: dict[str, tuple[Place, str]] = {}  # a village placed once by its anchor stays placed
    for top in toponyms:
        place, cands = resolved[top.start]
        span = Span(doc_id, sentence_of(top.start), top.start, top.end, text[top.start:top.end])
        before = text[max(0, top.start - 80):top.start]
        after = text[top.end:top.end + 120]
        anchor_text = None
        precision = _precision(place) if place else 3
        m = DISTANCE_ANCHOR.match(after) or NEAR_ANCHOR.match(after)
        if m and place is not None and place.population >= SMALL_NAMESAKE and CITY_SUBURB.match(after):
            m = None  # "the Cincinnati suburb of West Chester": the city the suburb is named by, not placed by it
        if place is not None and m and not place.is_admin:
            # The text locates the place by a neighbour: a homonym far from that neighbour is wrong.
            anchor_place = _resolve_anchor(m.group("anchor"), ctx, gazetteer)
            # ("Perpignan, south of France": a country's or a region's part, however far from its centre)
            if anchor_place is not None and not anchor_place.is_admin \
                    and km(place.latitude, place.longitude, anchor_place.latitude, anchor_place.longitude) > _anchor_reach(m):
                place = None
        city = mentions[-1].place if mentions and mentions[-1].span.sentence == span.sentence else None
        if city is not None and city.feature_class == "P" and city.population >= SMALL_NAMESAKE \
                and CITY_SUBURB_BEFORE.search(before) and text[mentions[-1].span.end:top.start].strip().startswith("suburb") \
                and (place is None or not place.is_admin and place.population < city.population
                     and km(place.latitude, place.longitude, city.latitude, city.longitude) > SUBURB_KM):
            # "the Cincinnati suburb of West Chester": near Cincinnati, not the West Chester of Pennsylvania
            place, precision, anchor_text, m = city, 2, f"suburb of {city.name}", None
        if last_settlement is not None and last_settlement_sentence == span.sentence and _city_quarter(top, text) \
                and (place is None or not place.is_admin and km(place.latitude, place.longitude, last_settlement.latitude,
                                                                last_settlement.longitude)
                     > (NAMED_QUARTER_KM if _named_quarter(top, before) else QUARTER_KM)) \
                and not (place is not None and place.population >= SMALL_NAMESAKE
                         and place.population > last_settlement.population and re.match(r"\s+suburbs?\b", after)):
            # (but "Alvin, Texas, a Houston suburb": the city the suburb named before lies by, not a quarter of it)
            # "in Celaya, Guanajuato, armed men attacked a patrol in Camargo community": a quarter of the town
            # the sentence named, not a namesake town elsewhere (ACLED codes the town)
            place, precision, anchor_text, m = last_settlement, 1, f"in {last_settlement.name}", None
            resolved_as_quarter = True
        elif _named_quarter(top, before) and (previous := next(
                (p for p in reversed(mentions) if p.span.sentence == span.sentence and p.role == "place"
                 and not (p.in_gazetteer and p.place is not None and p.place.is_admin)), None)) is not None \
                and not previous.in_gazetteer and previous.place is not None and previous.designator is None:
            # "in Tlalcopan, Veracruz, ... a house in Colonia Los Pinos": a quarter of the town no list holds lies
            # where that town is placed, not at a Los Pinos elsewhere in the state
            place, precision, anchor_text, m = previous.place, previous.geo_precision, previous.anchor, None
            resolved_as_quarter = True
        else:
            resolved_as_quarter = False
        if place is not None and not resolved_as_quarter and not place.is_admin and top.name.lower() in anchored \
                and km(place.latitude, place.longitude, anchored[top.name.lower()][0].latitude,
                       anchored[top.name.lower()][0].longitude) > MAX_ANCHOR_KM:
            place = None  # "in the area of Kashtanove, Donetsk ... near Kashtanove": where the report first placed it,
            # not the Kashtanove of Crimea the bare name finds
        found = place is not None and not resolved_as_quarter
        if place is None:
            anchor_place = None
            if m:
                anchor_name = m.group("anchor")
                anchor_place = _resolve_anchor(anchor_name, ctx, gazetteer)
                anchor_text = text[top.end:top.end + m.end()].strip(" ,")
            elif NEIGHBOUR.search(before) and last_settlement is not None:
                anchor_place = last_settlement
                anchor_text = f"neighbouring {last_settlement.name}"
            if anchor_place is None and top.name.lower() in anchored:
                anchor_place, anchor_text = anchored[top.name.lower()]
            listed = None if anchor_place is not None else _listed_area(top, text, ctx, gazetteer)
            inside = [p for p in gazetteer.lookup(top.name) if p.feature_class == "P" and within(p, listed)] \
                if listed is not None and listed.feature_code.startswith("ADM2") else []
            if inside:
                # "Goniri (Gujba LGA, Borno)": the district holds the town, whatever province the text wrote
                place, precision, found = max(inside, key=lambda p: p.population), 1, True
            elif listed is not None:  # unknown village, known district: ACLED's "within a district"
                anchor_place, anchor_text = listed, f"in {listed.name}"
            if anchor_place is not None:
                place, precision = anchor_place, max(2, _precision(anchor_place))
                anchored.setdefault(top.name.lower(), (anchor_place, anchor_text))
        if place is not None:
            place = with_timezone(place, gazetteer)
        mention = PlaceMention(
            span=span,
            name=top.name,
            place=place,
            geo_precision=precision,
            confidence=_confidence(cands),
            candidates=[(_label(p), round(s, 3)) for p, s in cands],
            designator=top.designator,
            anchor=anchor_text,
            in_gazetteer=found,
            role=top.role,
            seat=gazetteer.seat(place) if place is not None else None,
        )
        mentions.append(mention)
        if place is not None and place.feature_class == "P" and top.role == "place" and anchor_text is None:
            last_settlement, last_settlement_sentence = place, span.sentence
    return mentions


# Kinds of area that only some countries have
DESIGNATOR_COUNTRIES = {"woreda": ("ET",), "upazila": ("BD",), "upazilla": ("BD",), "tehsil": ("PK", "IN"),
                        "taluk": ("IN",), "taluka": ("IN",), "lga": ("NG",), "local government area": ("NG", "AU"),
                        "local government": ("NG",)}
NEIGHBOUR_TOWN_KM = 250  # a town of the stated state this near a small namesake vouches for it against a metropolis
QUARTER_WORDS = {"suburb", "neighbourhood", "neighborhood"}
QUARTER_KM = 25  # a quarter of a town lies within this of it
# ... and one named by its kind, "Colonia Emiliano Zapata" after Celaya, within this (a town called Colonia Emiliano
# Zapata 17 km away is another place)
NAMED_QUARTER_KM = 5
SUBURB_KM = 50  # a suburb written as a city's lies within this of it
CITY_SUBURB = re.compile(r"\s+suburbs?\s+of\s+(?:the\s+)?[A-Z]")  # "the Damascus suburb of Douma": Douma is Damascus's
CITY_SUBURB_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+suburbs?\s+of\s+(?:the\s+)?$")
QUARTER_AFTER = re.compile(r"\s+(?:community|comunidad|neighbou?rhoods?|colonia|barrio|bairro|favela|suburb|estate|quarter|sector|"
                           r"ward|locality|settlement|slum|compound)\b", re.I)
# a town's quarters in Latin America, named by their kind: "Colonia San Francisco", "Jardim do Trevo"
QUARTER_NAME = re.compile(r"^(?:Colonia|Barrio|Bairro|Fraccionamiento|Jardim|Vila|Villa|Parque|Residencial|Conjunto|Favela)\b")
QUARTER_BEFORE = re.compile(r"\b(?:[Cc]olonia|[Bb]arrio|[Bb]airro|[Ff]raccionamiento|[Ff]avela|neighbou?rhood of)\s+"
                            r"(?:[A-Z][\w'’-]*\s+){0,2}$")  # ("in Colonia Tierra Colorada": the name's last word too)


def _named_quarter(top: "Toponym", before: str) -> bool:
    """Whether a name is written as a Latin American town's quarter: "Colonia Los Pinos", "in colonia Rancho Nuevo"."""
    return bool(QUARTER_NAME.match(top.name) or QUARTER_BEFORE.search(before))


def _city_quarter(top: "Toponym", text: str) -> bool:
    """Whether a name is a quarter of a town, by its designator or its own kind-word."""
    after = text[top.end:top.end + 40]
    before = text[max(0, top.start - 20):top.start]
    return top.designator in QUARTER_WORDS or bool(QUARTER_AFTER.match(after)) or bool(
        QUARTER_NAME.match(top.name) and (top.name.count(" ") or re.match(r"\s+(?:(?:do|da|dos|das|de|del|la|los|las)\s+)?[A-Z0-9]",
                                                                           after))) \
        or bool(QUARTER_BEFORE.search(before))  # "in fraccionamiento La Joya", "in colonia Rancho Nuevo"


def _confidence(cands: list[tuple[Place, float]]) -> float:
    if not cands:
        return 0.0
    if len(cands) == 1:
        return 0.9
    margin = cands[0][1] - cands[1][1]
    return round(min(0.99, 0.5 + margin / 4), 3)
