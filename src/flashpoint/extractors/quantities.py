"""Quantities: what a number counts, its bounds, and whether it is a casualty figure.

A number is a casualty figure only when a casualty word governs it ("8 people
have been killed", "killing 5", "40 injured"); numbers followed by a unit or a
population noun ("18,000 inhabitants", "60 kilometres", "94%", "article 293")
count something else and never reach fatalities. Vague amounts keep bounds and
a flag: "more than 10" → 11–None, "dozens" → 24–None.
"""
from __future__ import annotations

import re
from dataclasses import replace

from flashpoint.model import Quantity, Span

UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {  # word → (low, high)
    "several": (3, None), "a few": (2, None), "few": (2, None), "dozens": (24, None), "a dozen": (12, 12),
    "scores": (40, None), "hundreds": (200, None), "thousands": (2000, None), "many": (2, None),
    "a number of": (2, None), "some": (2, None), "a handful of": (2, 5), "tens of thousands": (20000, None),
}
WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)"
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s*(?:million|thousand))?|{WORD}(?:[\s-]+(?:and\s+)?{WORD})*|a dozen|dozens|several|scores|hundreds|thousands|tens of thousands|a handful of|a few)"
MODIFIER = r"(?:more than|over|at least|about|around|approximately|nearly|almost|up to|some|fewer than|less than|as many as|roughly|an estimated|estimated|only|just)"
NUMBER_RX = re.compile(rf"\b(?:(?P<mod>{MODIFIER})\s+)?(?P<num>{NUMBER})(?P<pct>\s*(?:%|per cent|percent))?", re.I)

KILLED = r"killed|dead|died|deaths?|death toll|lost their lives|murdered|slain|fatalities|bodies|perished|executed|shot dead|massacred|lives|beheaded"
INJURED = r"injured|wounded|hurt|injuries|hospitali[sz]ed|casualties|maimed"
ARRESTED = r"arrested|detained|taken into custody|in custody|apprehended|held|rounded up|detentions|arrests|jailed|remanded"
BUILDINGS = r"buildings|houses|homes|shops|huts|stores|dwellings|structures|churches|mosques|schools|offices|properties|market stalls|businesses"
VEHICLES = r"cars|vehicles|trucks|lorries|buses|motorcycles|motorbikes"
# What a number before these counts is never a person: "dozens of rockets ... killed a commander".
THINGS = (r"rockets|missiles|shells|mortars?|drones|rounds|bullets|bombs|grenades|projectiles|munitions|explosives|"
          r"(?:air|drone)?strikes|raids|attacks|shots|times|boats|tanks|aircraft|jets|planes|helicopters|weapons|guns|rifles|"
          # the sides a fight is between, not its toll: "clashes between two groups of youths ... left one dead"
          r"groups|sides|factions|clans|camps|communities|tribes|villages|parties|gangs|"
          # animals killed or stolen are no toll: "killed 15 livestock", "500 cattle stolen"
          r"livestock|cattle|cows|goats|sheep|camels|donkeys|animals|dogs|heads? of cattle|pigs|horses|chickens|poultry")
PEOPLE = r"people|persons|protesters|demonstrators|men|women|residents|villagers|civilians|students|rioters|soldiers|officers|police(?:men)?|troops|fighters|militants|assailants|suspects|individuals|children|members|youths|young men|worshippers|passengers|workers|supporters|migrants|others"
DISTRACTOR = re.compile(
    r"^\s*-?\s*(?:%|per cent|percent|km|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|kilometres|kilometers|kilometre|miles|metres|meters|m\b|years?|months?|weeks?|days?|hours?|minutes?|"
    r"events?\b|incidents\b|inhabitants|population|residents live|people live|dollars|euros|tenge|som|rubles|usd|\$|votes|seats|square|hectares|tonnes|tons|kg|"
    r"am\b|pm\b|a\.m|p\.m|o'clock|st\b|nd\b|rd\b|th\b)",
    re.I,
)
CONTEXT_DISTRACTOR = re.compile(r"(?:\barticle|\bpart|\bparagraph|\bsection|\bno\.|\bnumber|\bpage|\bvideo|\bcode|\bhighway|\broute|\bkm|\bat|\bin|\bsince|\buntil|\bby|\bfrom)\s*$", re.I)
HEDGE = re.compile(r"\b(?:reportedly|allegedly|said to|were said|was said|rumou?r|unconfirmed|according to unconfirmed|claimed|may have|might have|feared|believed to|possibly|it is thought)\b", re.I)
OFFICIAL = re.compile(r"\b(?:official(?:ly|s)?|authorities|ministry|police said|government|confirmed|prosecutor|governor|spokes(?:man|woman|person))\b", re.I)
EPISODE = re.compile(
    r"\b(?:in the (?:fighting|clashes|violence|disturbances|unrest|riots?|attacks|conflict|events)|in total|overall|death toll|the toll|total of|so far|latest (?:official )?(?:reports|figures)|altogether)\b",
    re.I,
)


def parse_number(text: str) -> tuple[int | None, int | None, bool]:
    """(low, high, vague) of a number as written: '18,000', 'forty', 'two thousand', 'dozens'."""
    t = text.lower().strip()
    if t in VAGUE:
        low, high = VAGUE[t]
        return low, high, True
    digits = t.replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(million|thousand)?", digits)
    if m:
        value = float(m.group(1)) * (SCALES.get(m.group(2) or "", 1))
        return int(value), int(value), False
    total, current = 0, 0
    for word in re.split(r"[\s-]+", t):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None, None, False
    value = total + current
    return value, value, False


def apply_modifier(mod: str | None, low: int | None, high: int | None, vague: bool) -> tuple[int | None, int | None, bool]:
    if low is None or not mod:
        return low, high, vague
    mod = mod.lower()
    if mod in ("more than", "over"):
        return low + 1, None, True
    if mod in ("at least", "as many as"):
        return low, None if mod == "at least" else high, True
    if mod in ("up to", "fewer than", "less than"):
        return (1 if mod == "up to" else 0), (high if mod == "up to" else (high or 1) - 1), True
    if mod in ("only", "just"):
        return low, high, vague
    return low, high, True  # about, around, nearly, some, estimated


VERB_BEFORE = re.compile(
    r"\b(?P<v>killing|killed|kill|shot dead|shooting dead|beheaded|beheading|injuring|injured|wounding|wounded|arresting|arrested|"
    r"detaining|detained|killing of|deaths of|death of|wounding of|injuring of)\s+(?:at least\s+|more than\s+|about\s+|some\s+|over\s+|nearly\s+|around\s+|"
    r"all\s+)?$",
    re.I)
# "3 soldiers and 2 civilians": two counts joined by their nouns, which one verb governs.
CONJOINED = re.compile(r"^\s*(?:[\w-]+\s+){1,6}(?:and|as well as)\s+(?:at least\s+|some\s+|about\s+)?$", re.I)
COUNTED = ("killed", "injured", "arrested")
# Whom a casualty figure counts: "7 soldiers", "19 ISWAP militants", "3 Fulani", "7 other militants": the words
# after the number, up to the verb or the next figure.
COUNTED_PEOPLE = re.compile(r"^\s+(?P<who>(?!(?:were|was|are|is|have|had|of|in|at|on|and|people|persons)\b)"
                            r"(?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*(?:,|;|\.|\(|$|\s(?:were|was|have|had|are|is|being|killed|"
                            r"died|dead|injured|wounded|and|in|at|on|during|after|when|while|from)\b))")
RECALLED_TOLL = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall\w+|march\w*|denounc\w+|condemn\w*)\b[^.;]{0,120}?"
                           r"\b(?:that|which)\s+(?:had\s+)?(?:\w+\s+)?(?:killed|claimed the lives of)\s+"
                           r"(?:at least\s+|more than\s+|some\s+|about\s+)?$", re.I)
SUBSET_BEFORE = re.compile(r"(?:\b(?:including|among them|among whom|of whom|of them)|\w\s*\()\s+(?:at least\s+|some\s+|about\s+)?$"
                           r"|\w\s*\($", re.I)
UNCOUNTED_VERB_BEFORE = re.compile(r"\b(?:shot|shot at|fired on|attacked|targeted|abducted|kidnapped|displaced|rescued|"
                                   r"evacuated|freed|released|threatened)\s+(?:at least\s+|more than\s+|about\s+|some\s+|"
                                   r"over\s+|nearly\s+|around\s+)?$", re.I)
MONTH_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$")


# "10 militants were killed or injured", "killed or wounded 12": casualties whose split the text does not give
KILLED_OR_INJURED = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:were\s+|have been\s+|had been\s+)?(?:killed|dead)\s+(?:or|and/or|and)\s+"
                               r"(?:injured|wounded|hurt)\b", re.I)
KILLING_OR_INJURING = re.compile(r"\b(?:killing|killed) or (?:injuring|injured|wounding|wounded)\s+(?:at least\s+)?$", re.I)


def _verb_kind(verb: str) -> str:
    v = verb.lower()
    if v.startswith(("kill", "shot", "shooting", "behead", "death")):  # "the death of 1 person"
        return "killed"
    return "arrested" if v.startswith(("arrest", "detain")) else "injured"


def classify(before: str, after: str) -> str:
    """What a number counts, from the words around it (not from the number itself)."""
    if DISTRACTOR.match(after):
        return "other"
    if CONTEXT_DISTRACTOR.search(before) and not re.search(rf"(?:{KILLED}|{INJURED}|{ARRESTED})\W*$", before, re.I) \
            and not re.search(r"\bresult(?:ing|ed|s)? in\s*$", before, re.I):  # "resulting in 20 people killed"
        return "other"
    noun_after = re.sub(r"^\s*of\s+", " ", after)
    if re.match(rf"^\s*(?:\w+\s+)?(?:{BUILDINGS})\b", noun_after, re.I):
        return "buildings"
    if re.match(rf"^\s*(?:\w+\s+)?(?:{VEHICLES})\b", noun_after, re.I):
        return "vehicles"
    if re.match(rf"^\s*(?:[\w-]+\s+)?(?:{THINGS})\b", noun_after, re.I):
        return "other"
    if re.search(r"\b(?:bodies|corpses|remains)\s+of\s+(?:at least\s+|more than\s+|about\s+|some\s+|over\s+)?$", before, re.I):
        return "killed"  # "recovered the bodies of at least 26 men"
    if KILLED_OR_INJURED.match(after) or KILLING_OR_INJURING.search(before):
        return "other"  # "10 militants were killed or injured": casualties, not a toll of either kind (ACLED: unknown)
    if UNCOUNTED_VERB_BEFORE.search(before):
        return "other"  # "the military shot about 10 civilians": hit, not a toll the text gives
    if re.search(r"\b(?:followed|following|after|since|retaliation for|revenge for|response to|over|against|denouncing|"
                 r"condemning|protesting|mourning|decrying)\s+(?:the\s+)?(?:killing|deaths?|murders?) of\s+(?:at least\s+|some\s+)?$",
                 before, re.I):
        return "other"  # "the attack followed the killing of two settlers": an earlier toll, the cause
    if SUBSET_BEFORE.search(before):
        return "other"  # "12 killed, including four who later died": some of those already counted
    verb_before = VERB_BEFORE.search(before)
    if verb_before:  # ("fatally wounded two traders": killed)
        fatal = re.search(r"\bfatally\s+$", before[:verb_before.start("v")], re.I)
        return "killed" if fatal else _verb_kind(verb_before.group("v"))
    if re.search(r"\b(?:death toll|toll|fatalities|number of (?:dead|deaths))\s+(?:(?!and\b)\w+\s+){0,2}(?:to|at|of)?\s*$",
                 before, re.I):  # not "Eight reported fatalities and twenty-three militiamen arrested"
        return "killed"
    if re.search(r"\b(?:crowd|gathering|rally|march|group|mob|procession)s?\s+of\s+(?:some\s+|about\s+|around\s+|over\s+|more than\s+)?$", before, re.I):
        return "crowd"
    if re.match(rf"^\s*(?:(?:{PEOPLE})\s+)?(?:were\s+|have been\s+|had been\s+)?(?:{KILLED})\b", after, re.I):
        return "killed"
    if re.match(rf"^\s*(?:(?:{PEOPLE})\s+)?(?:were\s+|have been\s+|had been\s+)?(?:{INJURED})\b", after, re.I):
        return "injured"
    after = re.sub(r"\s*\([^()]*\)", "", after)  # "20 people (15 teenagers) were beheaded": the aside apart
    head = re.match(rf"^\s*(?:of\s+(?:them|the\s+\w+)\s+)?(?:(?:{PEOPLE})\b)?", after, re.I)
    noun = head.group(0).strip().lower() if head else ""
    rest = after[head.end() if head else 0:]
    clause = re.split(r"[;:–—(]|,\s*(?:and|but|while)\s|\band\s+(?:\d|" + WORD + r")|\b(?:inhabitants|population)\b", rest[:70], maxsplit=1)[0]
    hits = [(m.start(), kind) for kind, rx in (("killed", KILLED), ("injured", INJURED), ("arrested", ARRESTED))
            for m in [re.search(rf"\b(?:{rx})\b", clause, re.I)] if m]
    if hits:
        return min(hits)[1]
    if noun and re.match(rf"^(?:of\s+)?(?:{PEOPLE})", noun):
        return "crowd"
    return "other"


def figure(span: Span, kind: str, low: int | None, high: int | None, vague: bool, sentence: str) -> Quantity:
    """A counted figure with what its sentence says of it: hedged, official, a toll of the whole episode."""
    casualty = kind in ("killed", "injured")
    return Quantity(span=span, kind=kind, low=low, high=high, vague=vague, hedged=bool(HEDGE.search(sentence)),
                    casualty=casualty, text=span.text,
                    scope="episode" if casualty and EPISODE.search(sentence) else "incident",
                    official=bool(OFFICIAL.search(sentence)))


# Tolls an analyst's own note states as coded ("Unspecified number of fatalities coded as 3",
# "10 fatalities split across 2 events and coded as 5 for this event", "3 fatalities."): the
# coder's decision, which outranks every figure the note reports from its sources.
CODED_TOLL = re.compile(
    rf"\b(?:coded as (?P<this>{NUMBER}) for this event|(?P<to>{NUMBER}) fatalit(?:y|ies) coded to this event|"
    rf"(?:fatalities|deaths|casualties)(?: and injuries)? (?:were |are |is )?coded (?:as|at) (?:(?:a |the )?low(?:er)? estimate of )?(?P<as>{NUMBER})|coded as (?P<n>{NUMBER}) fatalit(?:y|ies)|"
    # "10 militia members were killed during the two days of clashes (coded as five per day)"
    rf"coded as (?P<per>{NUMBER}) per (?:day|event|location)|"
    # "fatalities reported as half, rounded down to 3"
    rf"fatalities (?:were |are )?(?:reported|coded) as half,? rounded (?:down|up) to (?P<half>{NUMBER}))"
    rf"(?:[^.]*?\b(?:split|spread|distributed)(?: up)? (?:across|between|among|over) (?:the )?(?P<k>{NUMBER}) (?:events|locations|days))?",
    re.I)
BARE_TOLL = re.compile(rf"^\s*(?:(?:at least|a total of|total of)\s+)?(?P<n>{NUMBER}) fatalit(?:y|ies)\.?\s*$", re.I)


# "Three people were killed over a series of clashes (fatalities split among 3 events)": the coder gave this
# event its share; where the toll does not divide evenly most events get the smaller share (10 over 3 events is
# coded 4, 3 and 3), so that is this event's likeliest.
SPLIT_TOLL = re.compile(rf"\bfatalities (?:were |are )?(?:split|divided|spread|distributed|coded)(?: up)? (?:across|between|among|in|over|into) "
                        rf"(?:the )?(?P<k>{NUMBER}) (?:events|locations|days)\b", re.I)
# "between 8 and 16 militants were killed": ACLED codes the lower bound.
RANGE_BEFORE = re.compile(r"\b(?:between|range[sd]? from|ranging from)\s+$", re.I)  # "tolls range from 9 to 10"
RANGE_AFTER = re.compile(rf"^\s*(?:and|to)\s+(?P<high>{NUMBER})\b", re.I)
TOLL_BEFORE = re.compile(r"\b(?:fatalities|deaths|death toll)\s+(?:range[sd]? from|ranging from|stood at|reached|numbered|rose to)"
                         r"\s+(?:about\s+|around\s+|some\s+)?$", re.I)
HYPHEN_RANGE = re.compile(r"^\s?[-–]\s?(?P<high>\d[\d,]*)\b(?![-/])")  # "5-10 people were killed"


def coded_toll(sentence: str) -> tuple[int, int, int] | None:
    """(value, start, end) of the toll a sentence states as coded, else None."""
    m = CODED_TOLL.search(sentence)
    if m is not None:
        name = next(g for g in ("this", "to", "as", "n", "half", "per") if m.group(g))
        value = parse_number(m.group(name))[0]
        parts = parse_number(m.group("k"))[0] if m.group("k") and name in ("as", "n") else None
        if value is not None:
            return (max(1, value // parts) if parts and value else value), m.start(name), m.end(name)
    m = BARE_TOLL.match(sentence)
    if m is not None and parse_number(m.group("n"))[0] is not None:
        return parse_number(m.group("n"))[0], m.start("n"), m.end("n")
    return None


def extract_quantities(text: str, doc_id: str, sentences: list[tuple[int, int]]) -> list[Quantity]:
    """All counted quantities, sentence by sentence, with casualty figures marked."""
    out: list[Quantity] = []
    for index, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        coded = coded_toll(sentence)
        if coded is not None:  # the note's coding; the figures it weighs in that sentence are not tolls
            value, a, b = coded
            out.append(replace(figure(Span(doc_id, index, s_start + a, s_start + b, text[s_start + a:s_start + b]),
                                      "killed", value, value, False, sentence), scope="coded", official=True))
            continue
        upper_of_range = -1
        for m in NUMBER_RX.finditer(sentence):
            num = m.group("num")
            if m.start() == upper_of_range:
                continue  # the "16" of "between 8 and 16", read with the 8
            if num.lower() in ("a", "an", "one") and not m.group("mod") and not (
                    num.lower() == "one" and re.match(r"\s+(?:[a-z]+\s+)?(?:dead|killed|injured|wounded|hurt)\b",
                                                      sentence[m.end():m.end() + 40])
                    and not re.search(r"\b(?:no|not a single|any)\s*$", sentence[max(0, m.start() - 12):m.start()], re.I)):
                continue  # "one of the villages", "a routine patrol" (but "left one dead" is a toll)
            if m.group("pct"):
                continue
            low, high, vague = parse_number(num)
            if low is None:
                continue
            before = sentence[max(0, m.start() - 40):m.start()]
            after = sentence[m.end():m.end() + 120]
            if re.match(r"^[.:]\d", after) or re.match(r"^\s*(?:am|pm|a\.m|p\.m)\b", after, re.I):
                continue  # a clock time
            if re.match(r"^/\d{1,4}\b|^-\d{1,2}-\d", after) or re.search(r"\b\d{1,4}/$|\b\d{1,2}-\d{1,2}-$", before) \
                    or re.search(r"\b\d{1,2}-$", before) and re.match(r"^-\d{2,4}\b", after):
                continue  # a date written with slashes or dashes: "on the night of 19/05", "19-05-2020"
            if re.match(r"^\d{4}$", num) and 1900 <= low <= 2100:
                continue  # a year
            if MONTH_BEFORE.search(before) and re.match(r"^\d{1,2}$", num):
                continue  # "December 17 2019": the day of a date
            ranged = (RANGE_AFTER.match(after) if RANGE_BEFORE.search(before) else None) or HYPHEN_RANGE.match(after)
            if ranged is not None and (parse_number(ranged.group("high"))[1] or 0) > low:
                upper_of_range = m.end() + ranged.start("high")
                after = sentence[upper_of_range + len(ranged.group("high")):upper_of_range + 120]
                high, vague = parse_number(ranged.group("high"))[1], True
            kind = classify(before, after)
            if kind == "other" and TOLL_BEFORE.search(before):
                kind = "killed"  # "Reports on fatalities range from 15 to 24"
            if kind == "killed" and RECALLED_TOLL.search(sentence[max(0, m.start() - 200):m.start()]):
                kind = "other"  # "protested against attacks that had killed nine people": the grievance's toll
            if kind == "other" and vague and num.lower() in ("some", "many"):
                continue
            low, high, vague = apply_modifier(m.group("mod"), low, high, vague)
            start, end = s_start + m.start(), s_start + m.end()
            counted = figure(Span(doc_id, index, start, end, text[start:end]), kind, low, high, vague, sentence)
            who = COUNTED_PEOPLE.match(after)
            out.append(replace(counted, people=who.group("who")) if who else counted)
    return split_tolls(join_conjoined(out, text), text)


def split_tolls(quantities: list[Quantity], text: str) -> list[Quantity]:
    """A toll the note says was split across N events counts its share here: the nearest death toll told
    in the 800 characters (a long note's paragraph) before the remark."""
    out = list(quantities)
    if any(q.scope == "coded" for q in out):
        return out  # the note states this event's share itself ("3 fatalities coded to this event")
    for m in SPLIT_TOLL.finditer(text):
        parts = parse_number(m.group("k"))[0]
        told = [i for i, q in enumerate(out) if q.kind == "killed" and q.span.start < m.start()
                and q.scope != "coded" and m.start() - q.span.start < 800 and q.low]
        if not parts or parts < 2 or not told:
            continue
        q = out[told[-1]]
        share = max(1, q.low // parts)  # (one death told over two events is still one death here)
        out[told[-1]] = replace(q, low=share, high=share, vague=False, scope="coded", official=True)
    return out


def join_conjoined(quantities: list[Quantity], text: str) -> list[Quantity]:
    """One figure for "killing 3 soldiers and 2 civilians" (5 killed), however the parts were read.

    The verb before the first count governs both ("killing 3 ... and 2 ..."); a verb after the
    last governs both too ("2 soldiers and 1 dissident were killed").
    """
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        between = text[prev.span.end:q.span.start] if prev is not None else ""
        if prev is None or prev.span.sentence != q.span.sentence or not CONJOINED.match(between) \
                or re.search(rf"\b(?:{KILLED}|{INJURED}|{ARRESTED})\b", between, re.I):  # "5 dead and 3 injured"
            out.append(q)
            continue
        if VERB_BEFORE.search(text[max(0, prev.span.start - 40):prev.span.start]):
            kind = prev.kind
        elif q.kind in COUNTED:
            kind = q.kind
        else:
            out.append(q)
            continue
        if kind not in COUNTED:
            out.append(q)
            continue
        low = (prev.low or 0) + (q.low or 0)
        high = prev.high + q.high if prev.high is not None and q.high is not None else None
        start, end = prev.span.start, q.span.end
        out[-1] = replace(prev, kind=kind, low=low, high=high, vague=prev.vague or q.vague,
                          casualty=kind in ("killed", "injured"), text=text[start:end],
                          span=replace(prev.span, end=end, text=text[start:end]),
                          scope="episode" if prev.scope == "episode" or q.scope == "episode" else "incident")
    return out
