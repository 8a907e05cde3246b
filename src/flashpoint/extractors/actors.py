"""Actors: who acts and who is acted on, named the way ACLED names them.

ACLED names state forces by country and the period of the government they
serve ("Police Forces of Kazakhstan (2019-)"); everything else is a generic
class with the country ("Rioters (Kazakhstan)", "Civilians (Kazakhstan)") or a
named group. The inter code follows from the class.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from flashpoint.extractors.armed_groups import REBEL_WORDS, acled_group, named_militia, spelled_group
from flashpoint.gazetteer.names import normalize
from flashpoint.model import Actor

# Start of the government in office, for ACLED's "(YEAR-)" suffix on state forces.
# (country, first day, label); the latest start on or before the event's day wins.
REGIMES: list[tuple[str, str, str]] = [
    ("KZ", "1991-12-16", "1991-2019"), ("KZ", "2019-03-20", "2019-"),
    ("KG", "2017-11-24", "2017-2020"), ("KG", "2020-10-15", "2020-"),
    ("UZ", "2016-09-08", "2016-"), ("TJ", "1994-11-16", "1994-"), ("RU", "2000-05-07", "2000-"),
    ("UA", "2019-05-20", "2019-"), ("BY", "1994-07-20", "1994-"),
    ("NG", "2015-05-29", "2015-2023"), ("NG", "2023-05-29", "2023-"),
    ("ML", "2021-05-24", "2021-"), ("BF", "2022-09-30", "2022-"), ("NE", "2023-07-26", "2023-"),
    ("ET", "2018-04-02", "2018-"), ("KE", "2022-09-13", "2022-"), ("KE", "2013-04-09", "2013-2022"),
    ("KE", "2002-12-30", "2002-2013"),
    ("CD", "2019-01-24", "2019-"), ("SD", "2019-04-11", "2019-"), ("SO", "2022-05-23", "2022-"),
    ("IN", "2014-05-26", "2014-"), ("PK", "2022-04-11", "2022-2024"), ("PK", "2024-03-04", "2024-"),
    ("BD", "2024-08-08", "2024-"), ("BD", "2009-01-06", "2009-2024"), ("MM", "2021-02-01", "2021-"),
    ("AF", "2021-08-15", "2021-"), ("IQ", "2022-10-27", "2022-"), ("SY", "2000-07-17", "2000-2024"),
    ("SY", "2024-12-08", "2024-"), ("AZ", "2003-10-31", "2003-"), ("AM", "2018-05-08", "2018-"),
    ("YE", "2022-04-07", "2022-"), ("CO", "2022-08-07", "2022-"), ("MX", "2018-12-01", "2018-2024"),
    ("MX", "2024-10-01", "2024-"), ("BR", "2023-01-01", "2023-"), ("PE", "2022-12-07", "2022-"),
    ("PH", "2022-06-30", "2022-"), ("TR", "2003-03-14", "2003-"), ("EG", "2014-06-08", "2014-"),
    ("IR", "1989-06-04", "1989-"), ("ZA", "2018-02-15", "2018-"), ("CM", "1982-11-06", "1982-"),
    ("US", "2021-01-20", "2021-2025"), ("US", "2025-01-20", "2025-"),
    ("IL", "2021-06-13", "2021-2022"), ("IL", "2022-12-29", "2022-"), ("ET", "1991-05-28", "1991-2018"),
    ("BJ", "2016-04-06", "2016-"), ("ML", "2013-09-04", "2013-2020"), ("ML", "2020-08-19", "2020-2021"),
    ("AF", "2014-09-29", "2014-2021"), ("FR", "2017-05-14", "2017-"), ("GB", "2024-07-05", "2024-"),
]

STATE_POLICE = r"police(?:m[ae]n|wom[ae]n| officers?| forces?| units?| personnel)?|eod(?: teams?| units?| squads?)?|bomb (?:squads?|disposal (?:teams?|units?|squads?))|carabineros|prisons? (?:officers?|guards?|wardens?|officials)|jailers?|officers|law enforcement(?: officers)?|gendarm\w*|riot police|border guards?|security (?:forces|services?|officers)|national guard|special forces|interior ministry troops|(?:park |wildlife |forest |game )?rangers?(?: units?)?|customs (?:officers|officials|agents|operatives)"
STATE_MILITARY = r"\d+(?:st|nd|rd|th) (?:brigade|battalion|division|regiment|infantry)s?|army(?: units)?|armies|troops|soldiers?|commandos?|colonels?|lieutenants?|sergeants?|corporals?|conscripts?|military(?: forces)?|armed forces|servicemen|paratroopers|marines|air ?force|navy|security forces|(?:patrol|military|army|forces?|troops) convoys?|check ?points?|air[- ]?bases?|military bases?|(?:naval|navy|military|army|border) patrols?|security operatives|government(?:al)? (?:positions|troops|soldiers|posts)|security (?:checkpoints?|check points?|posts?|outposts?|positions?|convoys?|patrols?)|(?:security|military|army|defen[cs]e) personnel|(?<!self-)(?<!self )(?<!village )(?<!civil )(?<!civilian )(?<!community )(?<!local )(?<!popular )(?<!people's )(?<!peoples )defen[cs]e forces?|(?:ugandan?|sudan|tanzanian?) people'?s defen[cs]e forces?|security men|security (?:officials?|officers?|force escorts?|escorts?)|state security|military intelligence|air force intelligence|security services?|intelligence (?:services?|officers?|agents?|personnel)|operations? command|government forces|state forces|federal forces|junta|regime (?:forces|troops|soldiers|army|fighters?|members|elements|positions|posts|checkpoints?|bases?)"
# "IS militants", "IS abducted a farmer": the capitalised acronym, which lower-cased is the verb "is".
ISLAMIC_STATE_ACRONYM = re.compile(r"\bIS(?:IL)?\b")


def _lowered(text: str) -> str:
    """The text lower-cased for the word lists, with the capitalised "IS" spelled out before it is lost."""
    return text.lower() + (" islamic state" if ISLAMIC_STATE_ACRONYM.search(text) else "")


def group_named_in(text: str, country: str | None, on: date | None = None) -> Actor | None:
    """A group of ACLED's common list named anywhere in ``text`` ("On 11 May 2020, IS abducted ..."):
    for clauses whose parse does not reach the actor."""
    label = acled_group(_lowered(text), country_name(country) or "Unknown Country", on)
    return Actor(text, label, 2, country) if label else None


# Armed movements that also govern or sit in parliament: ACLED codes them as political militias (inter 3).
PARTY_MILITIAS = {"hezbollah": "Hezbollah", "hizbullah": "Hezbollah", "hizballah": "Hezbollah", "hamas": "Hamas Movement",
                  # a militia by its own name, which opens with "anti-" (not a "Balaka" people's militia)
                  "anti-balaka": "Anti-Balaka"}
def _named_armed(low: str, phrase: str, country: str | None) -> Actor | None:
    group = named_militia(low)
    return Actor(phrase, group.name, group.inter, country) if group else None


# The Houthi authorities in Sanaa: to ACLED, Yemen's forces under the Supreme Political Council since 2016.
HOUTHI = r"houthis?|ansar allah|ansarallah"
MILITIA = (r"militia(?:men|s)?|communal militia\w*|clansmen|tribesmen|warriors|clan (?:militias?|fighters)|vigilantes?|self-defen[cs]e (?:groups?|forces)|"
           r"armed (?:herders|pastoralists|nomads|youths?|young men|civilians|villagers)|fulani (?:militia|gunmen|herders|herdsmen)|herdsmen|dozos?|imbonerakure|"
           r"(?:dozo|donso|traditional|armed|dogon|bambara|malinke|mossi) hunters")
# (a single unknown "man" or "person" may as well be a victim: "the body of an unidentified man"; see events)
UNIDENTIFIED = (r"gunm[ae]n|armed (?:m[ae]n|individuals|persons|people|groups?|supporters|actors)|unknown (?:assailants?|attackers?|gunm[ae]n|men|persons|individuals|"
                r"(?:armed )?groups?)|"
                r"unidentified (?:assailants?|attackers?|gunm[ae]n|armed \w+|men|persons|individuals|arsonists?|groups?)|"
                r"paramilitaries|paramilitary (?:groups?|fighters|members|men)|bandits|raiders|assailants|attackers|masked men|arsonists|hitmen|assassins|kidnappers|abductors|armed robbers|"
                r"(?:ied|bomb|mine|explosives?) (?:planters?|makers?|emplacers?)|"
                r"(?:suspected |alleged )(?:robbers|carjackers|hijackers)|"
                r"(?:unidentified|unknown|masked) (?:man|person|individual) armed with")
GANGS = (r"gangs?|gang members?|gangsters?|gang leaders?|cartel members?|narco\w*|drug[- ]traffickers?|drug dealers?|"
         r"criminal (?:groups?|gangs?|organi[sz]ations?|cells?)")
RIOTERS = r"rioters|stone[- ]?(?:throwers|pelters)|rock[- ]throwers|angry (?:[\w-]+ ){0,2}(?:riders|residents|villagers|youths?|men|people|locals|traders|drivers|relatives|workers|students|crowds?|mobs?)|mob|young men|youths|supporters|crowd|looters|hooligans|provocateurs|relatives|thugs|attackers|(?:football |soccer )?fans|ultras"
PROTESTERS = r"protesters|protestors|demonstrators|marchers|activists|strikers|students protesting"
CIVILIANS = (r"civilians?|residents|villagers|people|passengers|farmers|women|children|worshippers|students|journalists|traders|vendors|hawkers|merchants|mourners|shoppers|families|pedestrians|inhabitants|locals|local residents|driver|man|woman|boy|girl|teacher|doctor|(?:aid|humanitarian|health|NGO) workers?|workers|"
             # office holders of a village or a faith, unarmed: "a village development councilman (CVD)"
             r"councilm[ae]n|council(?:l)?ors?|council members?|chiefs?|mayors?|imams?|priests?|pastors?|catechists?|"
             r"elders?|nurses?|teachers")


def regime_label(country: str | None, on: date | None) -> str | None:
    if not country:
        return None
    """The government in office on that day: the latest start not after it (the table's order does not matter)."""
    rows = [r for r in REGIMES if r[0] == country and (on is None or r[1] <= on.isoformat())]
    return max(rows, key=lambda r: r[1])[2] if rows else None


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    if code in ACLED_COUNTRY_NAMES:
        return ACLED_COUNTRY_NAMES[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


# ACLED's country names where they differ from ISO 3166's.
ACLED_COUNTRY_NAMES = {
    "RU": "Russia", "IR": "Iran", "SY": "Syria", "KP": "North Korea", "KR": "South Korea", "VE": "Venezuela",
    "BO": "Bolivia", "TZ": "Tanzania", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo",
    "LA": "Laos", "MD": "Moldova", "VN": "Vietnam", "PS": "Palestine", "TW": "Taiwan", "CI": "Ivory Coast",
    "CV": "Cape Verde", "SZ": "eSwatini", "TR": "Turkey", "CZ": "Czech Republic", "MK": "North Macedonia",
    "BN": "Brunei", "FM": "Micronesia",
}


# Names reports still use for their armies ("the Burma Army", "Zaire's troops"), which ISO 3166 no longer lists.
FORMER_COUNTRY_NAMES = {"MM": "Burma", "CD": "Zaire", "SZ": "Swaziland", "TL": "East Timor", "BF": "Upper Volta",
                        "BJ": "Dahomey", "LK": "Ceylon"}
# A state's forces by their own name ("the Tatmadaw", "the Popular Mobilization Forces"), and the unit ACLED
# adds after the state's name, if any.
NAMED_STATE_FORCES = {
    r"tatmadaw|sit-tat": ("MM", ""),
    r"popular mobili[sz]ation (?:forces|units|committees)|pmf|pmu|hashd(?: al-sha['’]?abi)?": ("IQ", " Popular Mobilization Forces"),
    r"counter[- ]terrorism service": ("IQ", " Counter-Terrorism Service"),
    r"irgc|islamic revolutionary guards? corps|revolutionary guards?": ("IR", " Islamic Revolutionary Guard Corps"),
    # France's operations in the Sahel and the Central African Republic, named for the operation
    r"(?:operation )?(?:barkhane|serval|sangaris)(?: forces| troops| soldiers)?": ("FR", ""),
}


def _state(kind: str, country: str | None, on: date | None) -> str:
    name = country_name(country) or "Unknown Country"
    label = regime_label(country, on)
    return f"{kind} Forces of {name}" + (f" ({label})" if label else "")


# The uniforms people wore, which hide who they are ("unknown persons in military uniforms")
DISGUISE = re.compile(r"\s*,?\s*(?:(?:dressed|clad)\s+)?(?:in|wearing)\s+(?:\w+\s+)?(?:military|army|police|security|"
                      r"soldiers'?|combat)\s+(?:uniforms?|fatigues|attire|gear)\b", re.I)
# The partners an actor acted with, which name no one else as the actor ("in coordination with the SNA")
ALONGSIDE = re.compile(r"\s*,?\s+(?:in (?:coordination|cooperation|collaboration|conjunction) with|alongside|together with|"
                       r"with the (?:support|help|backing|assistance) of|assisted by)\s+", re.I)


def classify_actor(text: str, country: str | None, on: date | None = None, identity: str | None = None) -> Actor | None:
    """ACLED actor for a noun phrase as written, or None when it names no actor."""
    phrase = text.strip()
    partners = ALONGSIDE.search(phrase)
    if partners is not None and partners.start() > 0:
        phrase = phrase[:partners.start()]  # "UAE forces in coordination with Puntland police": the UAE's forces act
    # "unknown persons in military uniforms": what they wore, not who they were
    phrase = DISGUISE.sub("", phrase).strip() or phrase
    # "Yelwata, a community in Guma local government area": an area's name, not the government
    # ("pro-government Kounta men", "anti-government forces": whom they side with, not the government itself)
    # ("anti-Houthi National Resistance forces" fight the Houthis: whom they oppose names no one of them)
    # (but "Anti-Balaka" is a militia's own name, and the Counter-Terrorism Service a force's)
    low = re.sub(r"\blocal government(?: (?:area|council))?s?\b|\blgas?\b|\b(?:pro|anti)-government\b|"
                 r"\banti-(?:houthis?|taliban|hamas|hezbollah|isis|isil|daesh|al[- ]shabaa?b|regime|junta)\b", "",
                 _lowered(phrase))
    cname = country_name(country) or "Unknown Country"

    def has(rx: str) -> bool:
        return re.search(rf"\b(?:{rx})\b", low) is not None

    if not low:
        return None
    if has(r"returnees?|defectors?|sympathi[sz]ers?|collaborators?|informants?|informers?"):
        # "a suspected Al Shabaab returnee": a person the group is named to describe, no fighter of it
        return Actor(phrase, f"Civilians ({cname})", 7, country)
    if has(r"unidentified military forces|international (?:military )?forces|foreign (?:military )?forces"):
        return Actor(phrase, "Unidentified Military Forces", 8, country)  # some state's army, from abroad (ACLED)
    if COALITION.search(low):  # ("US-led coalition aircraft": the coalition against the Islamic State, not the US)
        return Actor(phrase, "Global Coalition Against Daesh", 8, country)
    foreign = national_forces(phrase, country, on)
    if foreign is not None:
        return foreign
    spelled = SPELLED_OUT_GROUP.search(phrase)
    # ("Southwest Special Police Forces (SWSPF)" introduces a police force, not an armed group; "United National
    # Party (UNP) supporters" a party's)
    if spelled and spelled.group("acr").upper() not in NOT_ACTORS and not re.search(r"\bpolice\b", low) \
            and not _civic_body(phrase, spelled.group("acr")):
        # "Hayat Tahrir al-Sham (HTS)": a group that introduces itself by name and acronym
        return _acronym_forces(spelled.group("acr"), phrase, country, on) or Actor(phrase, spelled.group("name"), 2, country)
    known = _named_armed(low, phrase, country)
    if known is not None:  # "VDP militiamen", "Wagner mercenaries", "the CJNG"
        return known
    mission = next((name for word, name in MISSIONS.items() if has(word)), None)
    if mission is not None:  # peacekeepers are external forces wherever they serve
        return Actor(phrase, mission, 8, country)
    for words, (code, unit) in NAMED_STATE_FORCES.items():
        if has(words):
            return Actor(phrase, _state("Military", code, on) + unit, 1 if country in (None, code) else 8, code)
    own_army = _armed_by_name(phrase)
    if own_army is not None:  # "the White Army", "the Arakan Army": an organisation, not a state's army
        return Actor(phrase, own_army, 2, country)
    if has(r"settlers?"):  # "Israeli settlers torched homes": ACLED's settlers, a political militia
        who = "Israel" if has(r"israeli|jewish") or country in ("IL", "PS") else cname
        return Actor(phrase, f"Settlers ({who})", 3, country)
    if has(r"private (?:security )?guards?|security guards?|private security(?: forces| personnel| agents)?|"
           r"(?:company|mine|mining|plantation) guards?|bodyguards?|(?:his|her|their) guards"):
        # ACLED's private security forces, external/other (an official's guards are armed men: "a council member and
        # three of his guards")
        return Actor(phrase, f"Private Security Forces ({cname})", 8, country)
    if has(HOUTHI):  # ("Houthi military sites", "Houthi police": the Houthis' forces, not the government's)
        return Actor(phrase, "Military Forces of Yemen (2016-) Supreme Political Council", 1 if country in (None, "YE") else 8, "YE")
    if has(STATE_POLICE) and not has(r"protest\w*|rioters"):
        return Actor(phrase, _state("Police", country, on), 1, country)
    if has(STATE_MILITARY):
        return Actor(phrase, _state("Military", country, on), 1, country)
    # ("government doctors", "government-run buses": the state's employees and property, not the state acting)
    if has(r"government|authorities|ministry|president") and not has(r"association|union|party|local government areas?") \
            and not has(r"government[- ](?:run|owned)|government (?:doctors?|nurses?|teachers?|employees?|workers?|staff|"
                        r"hospitals?|schools?|buses|vehicles?|offices?|buildings?|property)"):
        own = re.search(r"\b([A-Z][\w'-]+)\s+(?i:government|authorities|ministry|president)\b", phrase)
        code = own and (_demonyms().get(normalize(own.group(1))) or _country_names().get(normalize(own.group(1))))
        if code and code != country:  # "the Colombian government" at talks in Caracas: Colombia's, not the host's
            label = regime_label(code, on)
            return Actor(phrase, f"Government of {country_name(code)}" + (f" ({label})" if label else ""),
                         1 if country is None else 8, code)
        label = regime_label(country, on)
        return Actor(phrase, f"Government of {cname}" + (f" ({label})" if label else ""), 1, country)
    cartel = re.search(r"\b((?:[A-Z][\w'-]+\s+(?:(?:de|del|la|los|las|el)\s+)?){1,4}[Cc]artel)\b", phrase)
    if cartel:  # "gunmen loyal to the Sinaloa Cartel": a criminal group is a political militia to ACLED
        # (named as ACLED writes it: "the Santa Rosa de Lima cartel" is the Santa Rosa de Lima Cartel)
        return Actor(phrase, re.sub(r"\s+cartel$", " Cartel", cartel.group(1).strip()), 3, country)
    spanish = re.search(r"\b([Cc]art[eé]l(?:es)?\s+(?:(?:de|del|la|los|las|el)\s+)?(?:[A-Z][\w'-]+\s*){1,3})", phrase)
    if spanish:  # "the Carteles Unidos", "Cartel del Noreste": a cartel by its Spanish name
        return Actor(phrase, spanish.group(1).strip(), 3, country)
    party = next((name for word, name in PARTY_MILITIAS.items() if has(word)), None)
    if party is not None:
        return Actor(phrase, party, 3, country)
    if has(r"taliban") and country == "AF" and on is not None and on > date(2021, 8, 15):
        return Actor(phrase, _state("Military", "AF", on), 1, "AF")  # the Taliban govern Afghanistan since August 2021
    if has(r"islam(?:ist|ic) (?:militia\w*|militants?|fighters?|groups?|factions|snipers?|insurgents?|gunm[ae]n)"):
        # named for a creed, not a people
        return Actor(phrase, f"Islamist Militia ({cname})", 3, country)
    if has(REBEL_WORDS):
        label = acled_group(low, cname, on)
        if label is None and has(r"unknown|unidentified|unnamed") and named_group(phrase, country, on) is None:
            return Actor(phrase, f"Unidentified Armed Group ({cname})", 3, country)  # "unknown militants"
        if label is None:
            spelled = spelled_group(low)
            label = GROUP_ACRONYMS.get(spelled, spelled) if spelled else None
        if label is None:  # "CPC rebels": the group by its acronym, else ACLED's generic rebel group
            group = named_group(phrase, country, on)
            people = _people_of(phrase, r"militants|gunmen|insurgents", single=True)
            if (group is None or group.inter != 2) and people is not None:
                # "Meitei and Kuki militants": armed men named for their people are that people's militia
                return Actor(phrase, f"{people} Ethnic Militia ({cname})", 4, country, people)
            label = group.normalized if group is not None and group.inter == 2 else f"Rebel Group ({cname})"
        return Actor(phrase, label, 2, country)
    # ("anti-Houthi tribesmen" are no Houthi militia: the people they oppose name none of them)
    own = re.sub(r"(?i)\banti-[\w'’-]+\s*", "", phrase)
    named = identity or _ethnic(own)
    if has(r"local (?:militia\w*|defen[cs]e groups?)|village (?:militia\w*|defen[cs]e groups?)") and not named \
            and not has(r"\b[a-z]+ (?:forces|army)"):
        # "local militiamen attacked a Fulani settlement": a community's unnamed militia (ACLED's communal militia)
        return Actor(phrase, f"Unidentified Communal Militia ({cname})", 4, country)
    if has(r"communal militia\w*") or (has(r"clan militia\w*|clansmen|tribesmen|tribal militia\w*") and not named):
        # ACLED's communal militias (named for their village) and unnamed clan militias
        kind = "Communal" if has(r"communal") else "Clan"
        return Actor(phrase, f"{named or 'Unidentified'} {kind} Militia ({cname})", 4, country, named)
    backed = re.search(r"\b([A-Z][a-z]+)-(?:backed|sponsored|supported|funded)\s+(?:[\w-]+\s+)?(?:factions|forces|militias?|"
                       r"groups|fighters|rebels|proxies)\b", phrase)
    patron = backed and (_demonyms().get(normalize(backed.group(1))) or _country_names().get(normalize(backed.group(1))))
    if patron and patron != country:  # "Turkish-backed factions", "Iranian-backed militias": ACLED's Militia (Pro-X)
        return Actor(phrase, f"Militia (Pro-{country_name(patron)})", 3, country)
    sided = re.search(r"\bpro-([A-Z][\w'’-]+)", phrase)
    if sided and sided.group(1).lower() == "hadi" and has(r"forces|troops|soldiers|army|military|units"):
        # the recognised government's forces, to ACLED Yemen's military since 2012 (not a militia for a side)
        return Actor(phrase, "Military Forces of Yemen (2012-)", 1, country)
    if (has(MILITIA) or has(r"forces|fighters|factions|groups|elements")) and sided and not has(r"government"):
        # "pro-Iran militias": ACLED's "Militia (Pro-Iran)"; "pro-Houthi forces" fight for a side too
        return Actor(phrase, f"Militia (Pro-{sided.group(1)})", 3, country)
    own_militia = re.search(r"\b(?!(?:The|A|An)\s)((?:[A-Z][\w'’-]*\s+){2,}[A-Z][\w'’-]*)\s+(?i:militia\w*)", phrase)
    if own_militia and not has(r"ethnic|communal|clan|tribal|and") and not identity:
        return Actor(phrase, own_militia.group(1), 3, country)  # "Pyu Saw Htee militia": a militia by its own name
    if has(MILITIA):
        if has(r"dozos?|donsos?"):  # West Africa's hunters' brotherhood, a communal militia to ACLED
            return Actor(phrase, f"Dozo Communal Militia ({cname})", 4, country)
        ethnic = identity or _ethnic(own) or _people_of(own, r"gunmen|herders|herdsmen|hunters|militia(?:men|s)?")
        if ethnic:
            return Actor(phrase, f"{ethnic} Ethnic Militia ({cname})", 4, country, ethnic)
        if has(r"hunters"):  # "traditional hunters": a community's own defence
            return Actor(phrase, f"Unidentified Communal Militia ({cname})", 4, country)
        return Actor(phrase, f"Unidentified Armed Group ({cname})", 3, country)  # ACLED's name for an unnamed militia
    if has(r"fighters?(?! jets?| planes?| aircraft)|combatants?|snipers?") and named_group(phrase, country, on) is None:
        # "Ambulin fighters": fighters named for a people are its militia; unnamed ones an armed group
        named_for = re.search(r"\b([A-Z][a-z]{2,})\s+(?:fighters|combatants)\b", phrase)
        ethnic = identity or (named_for.group(1) if named_for else None)
        if ethnic and not _demonyms().get(normalize(ethnic)):
            return Actor(phrase, f"{ethnic} Ethnic Militia ({cname})", 4, country, ethnic)
        return Actor(phrase, f"Unidentified Armed Group ({cname})", 3, country)
    own_gang = re.search(r"\b((?:[A-Z0-9][\w'’-]*\s+){1,3})[Gg]ang\b", phrase)
    if own_gang and not re.match(r"(?:The|A|An|Unidentified|Unknown|Armed)\b", own_gang.group(1)):
        # "the Base 5 Secondes Gang", "the 400 Mawozo gang": a gang by its name
        return Actor(phrase, own_gang.group(1) + "Gang", 3, country)
    cadres = re.match(r"\s*(?i:the\s+)?(?i:suspected\s+|alleged\s+)?(?P<party>[A-Z][A-Za-z-]{1,10})\s+cadres?\b", phrase)
    if cadres:  # "UPND cadres beats residents": a party's enforcers, a political militia to ACLED
        return Actor(phrase, f"{cadres.group('party')} Militia ({cname})", 3, country)
    if has(r"(?:splinter|breakaway|dissident) (?:groups?|factions?)"):  # a faction broken from an armed group is armed
        return Actor(phrase, f"Unidentified Armed Group ({cname})", 3, country)
    if has(r"pirates?"):  # sea raiders, armed by trade: ACLED's "Pirates (Benin)", a political militia's code
        return Actor(phrase, f"Pirates ({cname})", 3, country)
    if has(GANGS):  # "an alleged gang member was shot": to ACLED the victim of a gang war is a gang
        return Actor(phrase, f"Unidentified Gang ({cname})", 3, country)
    people = _people_of(own, r"gunmen|attackers|assailants|raiders|herdsmen|armed (?:groups?|men|youths?)") or (
        _people_of(re.sub(r"^.*?\barmed\s+", "", phrase), r"men|youths?|groups?") if has(r"armed") else None)
    if people is not None:
        # "Fulani gunmen", "Turkana raiders": armed men named for their people are that people's militia
        return Actor(phrase, f"{people} Ethnic Militia ({cname})", 4, country, people)
    if has(UNIDENTIFIED) and not has(r"relatives|residents|young men|youths"):
        return Actor(phrase, f"Unidentified Armed Group ({cname})", 3, country)
    if has(PROTESTERS):
        return Actor(phrase, f"Protesters ({cname})", 6, country, identity)
    if has(RIOTERS):
        return Actor(phrase, f"Rioters ({cname})", 5, country, identity)
    if has(CIVILIANS) and has(r"armed with (?:\w+ )?(?:guns?|rifles?|firearms|weapons|ak-?47s?|pistols?)"):
        # "villagers armed with guns repelled an attack by bandits": a community's armed men, ACLED's communal militia
        return Actor(phrase, f"Unidentified Communal Militia ({cname})", 4, country, identity)
    if has(CIVILIANS):
        return Actor(phrase, f"Civilians ({cname})", 7, country, identity)
    return None


FORCE_NOUNS = (r"forces|force|airforce|troops|soldiers|army|military|servicemen|border guards|police|jets?|aircrafts?|warplanes?|drones?|"
               r"air defen[cs]es?|fighter jets|warships?|navy|coast guard|gendarmes|gendarmerie|paratroopers|marines|helicopters?|"
               r"missiles?|rockets?|artillery|shelling|tanks?|UAVs?|bases?|military bases?|positions|outposts?|checkpoints?|"
               r"convoys?|patrols?|barracks|Defen[cs]e Forces|air ?strikes?|drone strikes?|air raids?|bombardments?|"
               r"shells|snipers?|gunboats?")
# Words between a demonym and its forces: "Israeli ground troops", "Russian special forces".
FORCE_MODIFIERS = (r"military|army|air|ground|special|commando|security|government|regular|elite|naval|border|armed|federal|regime|"
                   r"intervention|rapid|riot|mobile|defen[cs]e|national|royal|revolutionary|"
                   r"fighter|attack|combat|[A-Z][\w-]*\d[\w-]*|Shahed|Iskander|Kinzhal|Kalibr")  # "Russian Kh-22 missile"


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from flashpoint.gazetteer.index import load_demonyms

    return load_demonyms()


def demonym_country(word: str) -> str | None:
    """The country a demonym names ("Palestinian" → PS), else None."""
    return _demonyms().get(normalize(word))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """normalised country name → alpha-2, for forces named after the country ("Israel Defense Forces")."""
    import pycountry

    table = {normalize(name): code for code, name in {**FORMER_COUNTRY_NAMES, **ACLED_COUNTRY_NAMES}.items()}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                table.setdefault(normalize(name), c.alpha_2)
    return table


# Armed groups reports name by acronym alone, under ACLED's names.
GROUP_ACRONYMS = {
    "RSF": "Rapid Support Forces", "HTS": "Hayat Tahrir al-Sham", "SDF": "SDF: Syrian Democratic Forces",
    "QSD": "QSD: Syrian Democratic Forces",
    "TPLF": "TPLF: Tigray People's Liberation Front", "OLA": "OLA: Oromo Liberation Army",
    "ELN": "ELN: National Liberation Army",
    "SPLM-N": "SPLM-N: Sudan People's Liberation Movement-North", "SPLM-IO": "SPLM-IO: Sudan People's Liberation Movement-In Opposition",
}
GROUP_ACRONYMS.update({alias: GROUP_ACRONYMS["SPLM-IO"] for alias in ("SPLA-IO", "SPLM/A-IO", "SPLA/M-IO", "SPLM/A-iO")})
# Peace operations by the names reports use: external forces (inter 8) to ACLED.
MISSIONS = {
    "minusma": "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)",
    "monusco": "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo (2010-)",
    "unmiss": "UNMISS: United Nations Mission in South Sudan (2011-)",
    "minusca": "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)",
    "unifil": "UNIFIL: United Nations Interim Force in Lebanon (1978-)",
    "amisom": "AMISOM: African Union Mission in Somalia (2007-)",
    "atmis": "ATMIS: African Union Transition Mission in Somalia (2022-)",
    "mss|multinational security support(?: mission)?": "MSS: Multinational Security Support Mission in Haiti (2024-)",
    "un peacekeepers?|peacekeepers?|blue helmets": "United Nations",
    "nato(?: forces| troops)?": "NATO: North Atlantic Treaty Organization",
}
# The coalition against the Islamic State in Iraq and Syria ("a global coalition airstrike"), by any of its names
COALITION = re.compile(r"\b(?:global coalition|anti-(?:is|isis|isil|daesh) coalition|(?:us|u\.s\.|american)-led coalition|"
                       r"international coalition)\b")
STATE_WORDS = {"national", "federal", "royal", "regular", "government", "state", "republican", "people's", "popular"}


def _armed_by_name(phrase: str) -> str | None:
    """A capitalised "... Army", "... Division" or "... Brigade" that names no country or people ("White Army",
    "Kachin Independence Army", the Syrian factions "Hamza Division" and "Sultan Murad Division")."""
    m = re.search(r"\b((?:[A-Z][\w'’-]+\s+){1,4}(?:Army|Division|Brigades?|Battalion|Legion|Operations? Room))\b", phrase)
    if m is None:
        return None
    words = m.group(1).split()[:-1]
    if any(_demonyms().get(normalize(w)) or _country_names().get(normalize(w)) or w.lower() in STATE_WORDS
           or w.isupper() or re.match(r"\d|(?:First|Second|Third|Fourth|Fifth|Infantry|Armou?red|Mechani[sz]ed|Airborne|"
                                      r"Naval|Marine|Presidential|Republican|Special|Rapid)$", w) for w in words):
        return None
    return m.group(1)


# Countries abbreviated before their forces ("US aircraft", "UK jets"), read only there: "us" is a pronoun.
FORCES_ABBREVIATED = {"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "KSA": "SA", "DRC": "CD", "PRC": "CN", "DPRK": "KP",
                      "ROK": "KR"}


def national_forces(phrase: str, country: str | None, on: date | None) -> Actor | None:
    """"Russian forces", "Malian troops", "a Myanmar military jet": the forces of the country named.

    Forces of another country than the one the event is in are ACLED's external forces (inter 8).
    """
    phrase = re.sub(r"\bU\.S\.(?:A\.)?", "US", phrase)  # "U.S. forces"
    # ("the Ethiopian National Defense Force": two words between the demonym and its force)
    m = re.search(rf"\b([A-Z][\w'-]+)\s+(?:(?:and|&)\s+([A-Z][\w'-]+)\s+)?(?:(?i:{FORCE_MODIFIERS})\s+){{0,2}}(?i:{FORCE_NOUNS})\b",
                  phrase) \
        or re.search(r"\b([A-Z][\w']+)-led (?i:coalition|forces|alliance|intervention)\b", phrase) \
        or re.search(rf"\b(?i:{FORCE_NOUNS})\s+of\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\b", phrase)
    # ("the Saudi-led coalition"; "military forces of Armenia")
    if not m:
        return None
    codes = [_demonyms().get(normalize(g)) or _country_names().get(normalize(g)) or FORCES_ABBREVIATED.get(g)
             for g in m.groups() if g]
    # "Rwandan and Mozambican troops" in Mozambique: ACLED names the host's forces first.
    code = country if country in codes else codes[0]
    if not code:
        return None
    kind = "Police" if re.search(r"\bpolice\b", phrase, re.I) else "Military"
    inter = 1 if country in (None, code) else 8
    return Actor(phrase, _state(kind, code, on), inter, code)


def state_named(phrase: str, country: str | None, on: date | None = None) -> Actor | None:
    """A state named as the one who acts ("Eritrea attacks Ethiopian town", "Russia struck Kyiv"): its armed
    forces. (Only as the doer of violence: "residents blamed Nigeria" names no armed actor.)"""
    state = _country_names().get(normalize(re.sub(r"^(?:the)\s+", "", phrase.strip(), flags=re.I)))
    if state is None:
        return None
    return Actor(phrase, _state("Military", state, on), 1 if country in (None, state) else 8, state)


# State forces known by their acronym in the reports that name them (army, not a rebel group).
STATE_FORCE_ACRONYMS = {
    "FARDC": "CD", "FAMA": "ML", "SAF": "SD", "UPDF": "UG", "TPDF": "TZ", "KDF": "KE", "NDS": "AF", "ENDF": "ET",
    "SNA": "SO", "FANB": "VE", "IDF": "IL", "ANA": "AF", "ISF": "IQ", "SAA": "SY", "FDS": "BF", "FAN": "TD",
    "BSF": "IN", "CRPF": "IN", "FC": "PK", "AFP": "PH", "PNP": "PH", "TSK": "TR", "ZSU": "UA",
    "FACA": "CF", "SSPDF": "SS", "RDF": "RW", "FADM": "MZ", "ANDSF": "AF", "FAB": "BJ", "FDSI": "BF",
    "CTS": "IQ", "PMF": "IQ", "IRGC": "IR",
    "GNA": "LY", "LNA": "LY",  # Libya's rival governments' forces: the Government of National Accord's and Haftar's
    "IRG": "YE",  # Yemen's internationally recognised government, as reports on the war against the Houthis call it
}
# Acronyms of weapons and things, never of an actor.
NOT_ACTORS = {"US", "UN", "EU", "AU", "UK", "NGO", "PM", "AM", "IED", "IEDS", "VBIED", "RPG", "UAV", "AK", "TV", "GMT",
              # weapons and their remnants written as acronyms ("twin RCIED explosions", "an unknown explosive (UXO)")
              "RCIED", "SVBIED", "PBIED", "UXO", "ERW",
              "UTC", "ID", "HQ", "SUV", "PK", "VIP", "CEO", "COVID",
              # countries and aid agencies written as acronyms: places and victims, never armed groups
              "DRC", "CAR", "UAE", "USA", "KSA", "PRC", "DPRK", "NGOS", "UNHCR", "WFP", "ICRC", "MSF", "OCHA", "UNICEF",
              "WHO", "IOM", "OSCE", "SMM",  # (ceasefire monitors observe a fight, they fight none)
              "UP",  # Bangladesh's Union Parishad, a local council ("the UP chairman")
              "MLA", "MNA", "MPA", "MP",  # members of a legislature ("fired shots at a former MLA")
              # administrative units and displaced people written as acronyms ("Sabuwa LGA", "an IDP camp")
              "LGA", "LGAS", "VDC", "IDP", "IDPS"}


def named_group(phrase: str, country: str | None, on: date | None = None) -> Actor | None:
    """An organised armed group known by its name ("the RSF", "CSP-PSD fighters"), as the agent of violence.

    A few national armies are known by acronyms too ("FARDC", "FAMa"): those are state forces.
    """
    m = next((w for w in re.finditer(r"\b([A-Z][A-Za-z0-9]{1,7}(?:-[A-Z0-9]{1,7})?)\b", phrase)
              if re.fullmatch(r"[A-Z][A-Z0-9]+[a-z]?(?:-[A-Z0-9]+)?", w.group(1))
              and w.group(1).upper() not in NOT_ACTORS), None)
    if m is None:
        organisation = ARMED_ORGANISATION.search(phrase)  # "the paramilitary Rapid Support Forces"
        if organisation and national_forces(phrase, country, on) is None:
            return _state_unit(organisation.group(0), phrase, on) or Actor(phrase, organisation.group(0), 2, country)
        return None
    acronym = m.group(1)
    if _civic_body(phrase, acronym):
        return None  # "members of Chhatra League (BCL)", "the CNG Owners Association": a party's or a trade's people
    known = _named_armed(phrase[max(0, m.start(1) - 10):m.end(1)].lower(), phrase, country)  # ("Civilian JTF")
    if known is not None:  # "VDP" is a pro-government militia, not a rebel group
        return known
    if acronym.upper() not in GROUP_ACRONYMS and acronym.upper() not in STATE_FORCE_ACRONYMS and re.search(
            rf"\b{re.escape(acronym)}\s+(?:party\s+)?(?:member|supporter|activist|official|"
            r"candidate|leader|representative|sympathi[sz]er)\b(?!s)", phrase):
        return None  # "tortured a CNL member": one person of a party, no armed side
    name = GROUP_ACRONYMS.get(acronym.upper(), acronym)
    return _acronym_forces(acronym, phrase, country, on) or _state_unit(name, phrase, on) or \
        Actor(phrase, name, 2, country)


# Armed groups that were a unit of their state's forces until they turned on it: ACLED codes them as the state's
# forces before that day ("Military Forces of Sudan (2019-2023) Rapid Support Forces") and as a group after.
STATE_UNITS_UNTIL = {"Rapid Support Forces": ("SD", date(2023, 4, 15))}


def _state_unit(name: str, phrase: str, on: date | None) -> Actor | None:
    """The group as its state's unit, when the report's date falls before it broke away."""
    until = STATE_UNITS_UNTIL.get(name)
    if until is None or on is None or on >= until[1]:
        return None
    code = until[0]
    label = regime_label(code, on)
    label = f"{label.rstrip('-')}-{until[1].year}" if label and label.endswith("-") else label
    return Actor(phrase, f"Military Forces of {country_name(code)}" + (f" ({label})" if label else "") + f" {name}", 1, code)


# Parties and trade bodies by name: their members who fight are a mob or a party's militia, never a rebel group
CIVIC_BODY = re.compile(r"\b(?:Party|League|Association)\b")


def _civic_body(phrase: str, acronym: str) -> bool:
    """Whether the phrase names a party or a trade body ("Awami League", "Owners Association") and no armed
    group ACLED knows by that acronym ("Kurdistan Workers' Party (PKK)" is one)."""
    return CIVIC_BODY.search(phrase) is not None and acronym.upper() not in GROUP_ACRONYMS \
        and not re.search(rf"\b(?:{REBEL_WORDS})\b", acronym.lower()) \
        and not re.search(r"\b(?:fighters|militants|gunmen|militiam[ae]n|rebels|insurgents)\b", phrase, re.I)


def _acronym_forces(acronym: str, phrase: str, country: str | None, on: date | None) -> Actor | None:
    """A national army known by its acronym ("FARDC", "FAMa"): its state's forces, external outside it."""
    code = STATE_FORCE_ACRONYMS.get(acronym.upper())
    if code is None:
        return None
    other = ACRONYM_ELSEWHERE.get((acronym.upper(), country))
    if other is not None:  # "SNA factions" in Syria are the Syrian National Army, not Somalia's
        return Actor(phrase, other[0], other[1], country)
    unit = RIVAL_GOVERNMENTS.get(acronym.upper(), "")
    return Actor(phrase, _state("Military", code, on) + unit, 1 if country in (None, code) else 8, code)


# A state force's acronym that names another group in another country (ACLED's names)
ACRONYM_ELSEWHERE = {("SNA", "SY"): ("SNA: Syrian National Army", 2)}
# Forces of rival governments of one state, which ACLED tells apart by the government they serve
RIVAL_GOVERNMENTS = {"GNA": " Government of National Accord", "LNA": " Haftar Faction"}


# An armed organisation by its proper name: "Rapid Support Forces", "Kachin Independence Army".
ARMED_ORGANISATION = re.compile(r"(?!The\b)(?:[A-Z][\w'’-]+\s+){1,4}(?:Army|Forces|Front|Brigades?|Battalions?|Movement|Resistance)\b")
SPELLED_OUT_GROUP = re.compile(
    r"(?!The\b)(?P<name>[A-Z][\w'’-]+(?:[ -](?:(?:al|el|ad|ash|wal|wa|li|lil|bin|de|del|la|of|the|for|and)[ -])*[A-Z][\w'’-]+)+)"
    r"\s*\((?P<acr>[A-Z][A-Z0-9-]{1,9})\)")


# Capitalised words that open a phrase without naming a people: "Three armed herders", "Suspected militiamen".
NOT_A_PEOPLE = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
                "armed", "suspected", "unidentified", "unknown", "local", "rival", "the", "a", "an", "other", "about",
                "around", "dozens", "hundreds", "alleged", "heavily",
                # creeds and causes, not peoples: "Separatist insurgents", "Islamist gunmen"
                "separatist", "islamist", "islamic", "jihadist", "rebel", "insurgent", "terrorist", "criminal", "communist",
                "foreign", "masked", "hooded", "militant"}


def _people_of(phrase: str, nouns: str, single: bool = False) -> str | None:
    """The people armed men are named for ("Kuki militants", "Fulani gunmen"); a country's demonym
    or name ("Nigerian gunmen") names no people. ``single``: only a one-word name, for nouns that follow
    organisations' names too ("Dawlah Islamiyah militants", "Pyu Saw Htee militia")."""
    m = re.search(rf"(?<![-'’])\b([A-Z][a-z]{{2,}})\s+(?:{nouns})\b", phrase)  # (not "Hurras al-Din militants")
    if m is not None and single and re.search(r"\b[A-Z][\w'’-]*\s+$", phrase[:m.start()]):
        return None
    if m is None or m.group(1).lower() in NOT_A_PEOPLE or _demonyms().get(normalize(m.group(1))) \
            or _country_names().get(normalize(m.group(1))):
        return None
    return m.group(1)


def _ethnic(phrase: str) -> str | None:
    """The people a militia is named for: the name right before its noun ("Sikin and Kaekin clansmen",
    "suspected Fulani herders"), else the phrase's first name that is not its opening word."""
    m = re.search(r"\b([A-Z][a-z]+)\s+(?:and\s+[A-Z][a-z]+\s+)?(?i:ethnic\s+|armed\s+|communal\s+|tribal\s+)?(?i:" + MILITIA + r")\b", phrase)
    if m and m.group(1).lower() not in NOT_A_PEOPLE:
        return m.group(1)
    # (not a place the phrase goes on to name: "armed civilians in Tlajomulco (Jalisco)" are no people of that name)
    head = re.split(r"\s(?:in|at|near|around|outside|on)\s", phrase, maxsplit=1, flags=re.I)[0]
    names = [w for w in re.finditer(r"\b([A-Z][a-z]+)\b", head) if w.start() > 0 and w.group(1).lower() not in NOT_A_PEOPLE]
    return names[0].group(1) if names else None


COMMUNITY_PEOPLE = re.compile(
    r"\b(?i:members|people|men|youths?|residents)\s+(?:of|from)\s+the\s+(?P<x>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?P<kind>community|communities|clan|tribe|ethnic group)\b|"
    r"\b(?P<y>[A-Z][\w'’-]+)\s+(?P<kind2>community|clan|tribe)\s+members\b|"
    r"\barmed\s+(?P<z>[A-Z][a-z]{2,})\b(?!\s+(?:men|forces|groups?|individuals|gunmen|bandits))")


def community_militia(phrase: str, country: str | None) -> Actor | None:
    """The militia of a people or clan whose members kill ("members from the Djerma community killed five
    Fulani", "Dogon farmers ... killed the chief", "armed Fulani"): ACLED's ethnic or clan militia. Only for
    the author of a killing: the same words name civilians when they are its victims."""
    m = COMMUNITY_PEOPLE.search(phrase)
    name = (m.group("x") or m.group("y") or m.group("z")) if m else \
        _people_of(phrase, r"farmers|herders|pastoralists|villagers|youths?|men|people")
    if not name or name.lower() in NOT_A_PEOPLE or _demonyms().get(normalize(name)) or _country_names().get(normalize(name)):
        return None
    kind = "Clan" if m and "clan" in (m.group("kind") or m.group("kind2") or "") else "Ethnic"
    cname = country_name(country) or "Unknown Country"
    return Actor(phrase, f"{name} {kind} Militia ({cname})", 4, country, name)


# Two peoples named as the sides of a fight, by the kind of group they are: "Garre and Murule clans", "Borana and
# Gabra communities", "Nuer and Dinka youth"; or two unnamed clans: "two clans", "rival clan militias"
COMMUNAL_PAIR = re.compile(
    r"\b(?P<a>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) and (?:the )?(?P<b>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?P<kind>clans?|clan militias?|"
    r"communities|tribes|tribesmen|ethnic groups|ethnic militias|youths?|herders|pastoralists|militiamen)\b|"
    r"\b(?i:two|rival|neighbou?ring) (?P<unnamed>clans|clan militias)\b")  # (not "youths from two rival communities")


# ... each by its own kind: "Gourmantche farmers and Fulani pastoralists clashed"
# (not youths: "Muslim youths and Christian youths fight in Jos" is a mob's fight to ACLED)
PEOPLE_KIND = r"(?:farmers|herders|herdsmen|pastoralists|villagers|communities|clans(?:men)?|tribesmen|militiamen)"
COMMUNAL_PAIR_KINDS = re.compile(rf"\b(?P<a>[A-Z][\w'-]+) {PEOPLE_KIND} and (?:the )?(?P<b>[A-Z][\w'-]+) {PEOPLE_KIND}\b")


def communal_pair(sentence: str, country: str | None) -> tuple[Actor, Actor] | None:
    """The two communal militias a clash names ("clashes between Garre and Murule clans"): ACLED's identity militias,
    so that two peoples' fight is a battle, not a mob's brawl."""
    m = COMMUNAL_PAIR.search(sentence) or COMMUNAL_PAIR_KINDS.search(sentence)
    if m is None:
        return None
    cname = country_name(country) or "Unknown Country"
    groups = m.groupdict()
    kind = "Clan" if "clan" in (groups.get("kind") or groups.get("unnamed") or m.group(0)) else "Ethnic"
    if groups.get("unnamed"):  # (only clans are read unnamed)
        side = Actor(m.group(0), f"Unidentified Clan Militia ({cname})", 4, country)
        return side, side
    names = [m.group("a"), m.group("b")]
    if any(n.lower() in NOT_A_PEOPLE or _demonyms().get(normalize(n)) or _country_names().get(normalize(n)) for n in names):
        return None
    return tuple(Actor(n, f"{n} {kind} Militia ({cname})", 4, country, n) for n in names)


def identity_group(text: str, country: str | None) -> str | None:
    """An ethnic or religious group the report ties the people involved to ("ethnic Dungans")."""
    m = re.search(r"\bethnic\s+([A-Z][a-z]+?)(?:s\b|\b)", text) or re.search(
        r"\b([A-Z][a-z]+)\s+(?:ethnic minority|diaspora|community|minority)\b", text
    )
    if not m:
        return None
    return f"{m.group(1)} Ethnic Group ({country_name(country) or 'Unknown Country'})"
