"""Casualties counted from the parse when the text names them instead of numbering them.

ACLED coders count "killing an officer and three conscripts" as 4, "a sacristan was
killed" as 1 and "shot dead councillor Juan Lopez" as 1; a regex over numbers sees 3,
nothing and nothing. This reads the object of a killing verb (or the subject of its
passive, or of "died") with its conjuncts: each singular noun, name or pronoun counts
one, each numbered noun its number. A bare plural ("civilians were killed") is an
unknown toll and counts nothing. The count replaces the regex figures inside the same
noun phrase, so a number is never counted twice.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from flashpoint.extractors.quantities import figure, parse_number
from flashpoint.model import Quantity, Span

KIND_OF_LEMMA = {
    "kill": "killed", "murder": "killed", "assassinate": "killed", "behead": "killed", "lynch": "killed",
    "execute": "killed", "slay": "killed", "decapitate": "killed", "die": "killed",
    "injure": "injured", "wound": "injured", "maim": "injured",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
}
# "shot dead", "beat to death", "stabbed to death", "found dead": a verb that kills only with its complement.
TO_DEATH_VERBS = {"find", "shoot", "beat", "stab", "hack", "burn", "stone", "club", "strangle", "batter", "bludgeon", "gun", "torture"}
NEUTRALISED_THINGS = {"explosive", "device", "ied", "mine", "bomb", "threat", "drone", "missile", "rocket", "weapon",
                      "cell", "network", "plot", "tunnel", "hideout", "camp", "base"}
ANIMALS = {"livestock", "cattle", "cow", "goat", "sheep", "camel", "donkey", "animal", "dog", "pig", "horse", "chicken",
           "poultry"}
MODALS = {"could", "would", "may", "might", "will", "shall", "should", "can", "must"}
COLLECTIVE = {"group", "family", "number", "crowd", "couple", "convoy", "unit", "team", "dozen", "handful", "score",
              "lot", "majority", "rest", "total", "toll", "one"}
BACKGROUND_MARKS = {"after", "before", "since", "until"}
SINGULAR_PRONOUNS = {"him", "her", "he", "she", "another"}


def _kind(verb) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in TO_DEATH_VERBS | {"wound", "injure", "hit", "attack"} and any(c.lower_ == "fatally" for c in verb.children):
        return "killed"  # "a police official was fatally shot", "fatally wounded two traders"
    if lemma in KIND_OF_LEMMA:
        return KIND_OF_LEMMA[lemma]
    if lemma in ("neutralise", "neutralize") and not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in NEUTRALISED_THINGS for c in verb.children):
        return "killed"  # military communiqués' word for killing ("neutralised 6 terrorists"), not for defusing
    if lemma in TO_DEATH_VERBS:
        window = verb.doc[verb.i + 1:verb.i + 7].text.lower()  # "hacked a local BNP leader to death"
        if window.startswith("dead") or re.match(r"(?:[\w'’-]+ ){0,4}to death\b", window):
            return "killed"
    return None


def _asserted(verb) -> bool:
    """Said to have happened in this event: not negated, not modal, not an infinitive of intent
    ("threatened to kill"), not an earlier event told as background ("a day after a strike killed X")."""
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)  # "claimed to have killed"
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS):
            return False
        if child.dep_ == "aux" and child.tag_ == "TO" and not perfect:
            return False  # "threatened to kill"; "claimed to have killed a fighter" tells a past act
        if child.dep_ == "mark" and child.lower_ in BACKGROUND_MARKS:
            return False
    if _recalled(verb):
        return False
    found = verb.dep_ == "xcomp" and verb.head.lemma_ == "find"  # "was found decapitated": killed
    return verb.dep_ not in ("xcomp", "amod", "acomp") or perfect or found


RECALLED = re.compile(r"\b(?:had|allegedly|suspected|accused|earlier|previous(?:ly)?|before)\b", re.I)


def _recalled(verb) -> bool:
    """A killing a relative clause recalls about someone ("a man who had allegedly killed his father",
    "tensions which killed two students in earlier weeks"): an earlier act, not this event's toll."""
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "relcl"), None)
    if clause is None:
        return False
    words = verb.doc[clause.left_edge.i:clause.right_edge.i + 1].text
    head_words = verb.doc[max(0, clause.head.i - 3):clause.head.i + 1].text
    return bool(RECALLED.search(words) or RECALLED.search(head_words))


def _victims(verb) -> list:
    """The heads of the noun phrase that names who was killed, injured or held."""
    if verb.lemma_.lower() == "die":
        deps = ("nsubj",)
    elif any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        deps = ("nsubjpass",)
    else:
        deps = ("dobj",)
    # "Around 28 August 2020, a man was killed": the parser's misread date is no victim
    heads = [c for c in verb.children if c.dep_ in deps and c.ent_type_ not in ("DATE", "TIME")]
    if not heads and verb.dep_ == "conj" and verb.tag_ == "VBN" and deps == ("dobj",):
        heads = [c for c in verb.children if c.dep_ == "nsubj"]  # "two were killed and three injured": its own three
    if not heads and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBN"
                      or verb.dep_ == "xcomp" and verb.head.lemma_ == "find") and verb.head.pos_ in ("VERB", "AUX"):
        # "was shot killed", "the body of a man was found decapitated": the first verb's subject
        # "a drug suspect was shot and killed", "national abducted and killed": the first verb's subject
        heads = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj")] if deps != ("dobj",) or \
            any(c.dep_ == "auxpass" for c in verb.head.children) or verb.head.tag_ == "VBN" else []
    if not heads and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        heads = [verb.head]  # "left a soldier killed": the noun the participle describes
    elif not heads and verb.tag_ in ("VBN", "VBD") and deps == ("dobj",):
        heads = [c for c in verb.children if c.dep_ == "nsubj"]  # "UN peacekeeper killed and four injured"
    kept = heads[:1]
    for head in heads[1:]:
        # A second head joined by "and" adds people ("eleven militants and two of its soldiers");
        # one after "among them" or "including" names some of those already counted.
        between = verb.doc[kept[-1].i + 1:head.i].text.lower()
        if re.search(r"\band\b", between) and not re.search(r"\b(?:among|including|such as)\b", between):
            kept.append(head)
    return kept


def _conjuncts(head) -> list:
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        # a conjunct with its own participle ("a soldier killed and three children injured") is its own count
        todo.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                    and not any(g.dep_ == "acl" for g in c.children))
    return sorted(out, key=lambda t: t.i)


def _count(token) -> int | None:
    """How many people one conjunct names: its number, 1 if singular, None if unknown."""
    nummod = [c for c in token.children if c.dep_ == "nummod"]
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children):
        return None
    if nummod:
        if any(c.dep_ in ("quantmod", "advmod", "amod") for c in nummod[0].children):
            return None  # "more than 30", "at least 66": the regex reading keeps the bound
        low, high, vague = parse_number(token.doc[nummod[0].left_edge.i:nummod[0].i + 1].text)
        return low if low is not None and not vague and low == high else None
    if token.pos_ == "NUM":  # "two of its soldiers"
        low, high, vague = parse_number(token.text)
        return low if low is not None and not vague and low == high else None
    if token.lemma_.lower() in COLLECTIVE:
        return None
    if token.lower_ == "them" and token.dep_ == "dobj":
        # "targeted 2 police personnel, killing them": the people the sentence just numbered
        before = [t for t in token.doc[token.sent.start:token.head.i] if t.pos_ in ("NOUN", "PROPN")
                  and any(c.dep_ == "nummod" for c in t.children)
                  and t.dep_ not in ("nsubj", "nsubjpass")]  # whom the sentence numbered, not who acted
        return _count(before[-1]) if before else None
    if token.pos_ == "PRON" or token.tag_ == "DT":
        return 1 if token.lower_ in SINGULAR_PRONOUNS else None
    if token.tag_ in ("NN", "NNP") or token.ent_type_ == "PERSON":
        return 1
    return None


def _list_span(head) -> tuple[int, int]:
    """Token range of the list that starts at the head's phrase: names, titles, commas and "and"."""
    doc, i = head.doc, head.left_edge.i
    end = i
    while i < head.sent.end:
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < head.sent.end else None
        if tok.text == "," or tok.lower_ == "and":
            if nxt is None or not (nxt.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or nxt.lower_ == "and"):
                break
        elif not (tok.ent_type_ == "PERSON" or tok.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or tok.tag_ in ("HYPH", "POS")):
            break
        end = i + 1
        i += 1
    return head.left_edge.i, end


def _count_named(heads) -> tuple[int, int] | None:
    """People in a list that names them, and where the list ends: one per name, plus each person a
    separate phrase adds ("a policeman and journalist John Doe" is two; "defender and councillor
    Juan Lopez" is one)."""
    doc = heads[0].doc
    start, end = _list_span(heads[0])
    # (a "name" that only modifies a noun is no person: "12 Boko Haram fighters" are twelve, not thirteen)
    names = [e for e in doc.ents if e.label_ == "PERSON" and start <= e.start and e.end <= end
             and not all(tok.dep_ == "compound" for tok in e)]
    if not names:
        return None
    in_name = {i for e in names for i in range(e.start, e.end)}
    extra = 0
    for tok in doc[start:end]:
        if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod") or tok.i in in_name:
            continue
        if any(doc[j].ent_type_ == "PERSON" for j in range(tok.i + 1, min(tok.i + 3, end))):
            continue  # a title right before the name: the named person
        own = _count(tok) if any(c.dep_ in ("det", "nummod", "poss") for c in tok.children) else None
        extra += own or 0
    return len(names) + extra, end


def _either_kind(verb) -> bool:
    """"were killed or injured": casualties whose split the text does not give, counted as neither."""
    pair = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ == "conj"]
    either = any(c.dep_ == "cc" and c.lower_ == "or" for c in (verb.children if verb.dep_ != "conj" else verb.head.children))
    return either and any(_kind(other) not in (None, _kind(verb)) for other in pair)


def count_named_victims(sdoc, doc_id: str, quantities: list[Quantity]) -> list[Quantity]:
    """The regex figures, with each named-victim phrase counted once and replacing its parts."""
    starts = [s.start_char for s in sdoc.sents]
    out = list(quantities)
    for verb in sdoc:
        if verb.pos_ not in ("VERB", "AUX") and verb.tag_ not in ("VBN", "VBG", "VBD"):
            continue
        kind = _kind(verb)
        if kind is None or not _asserted(verb) or _either_kind(verb):
            continue
        heads = [h for h in _victims(verb) if h.lemma_.lower() not in ANIMALS]  # "killed 15 livestock": no toll
        if not heads:
            continue
        parts = sorted({t.i: t for h in heads for t in _conjuncts(h)}.values(), key=lambda t: t.i)
        counts = [_count(t) for t in parts]
        # "1 religious scholar and teacher": a bare singular noun after a counted one is that person's
        # second title, not a second person ("a soldier and a civilian" give each their own article).
        counts = [0 if i and t.tag_ == "NN" and not any(c.dep_ in ("det", "nummod", "poss") for c in t.children)
                  and counts[0] == 1 else c for i, (t, c) in enumerate(zip(parts, counts))]
        named = _count_named(heads)
        if named is not None:
            total_named, list_end = named
            counts, parts = [total_named], [t for t in parts if t.i < list_end] or parts[:1]
        if any(c is None for c in counts):
            continue
        total = sum(counts)
        # The regex figures this phrase contains ("three" of "an officer and three conscripts") give way.
        ranges = [(sdoc[t.left_edge.i].idx, t.idx + len(t.text)) for t in parts]
        inside = [q for q in out if any(a <= q.span.start < b for a, b in ranges) and (q.kind == kind or not q.casualty)]
        if any(q.kind == kind and q.low == total or q.scope == "coded" for q in inside):
            continue  # (a toll the note split across events keeps its share: "3 killed. Fatalities split between 3")
        out = [q for q in out if q not in inside]
        first, last = sdoc[min(t.left_edge.i for t in parts)], sdoc[max(t.i for t in parts)]
        start, end = first.idx, last.idx + len(last.text)
        sent, text = first.sent.text, sdoc.text[start:end]
        out.append(replace(figure(Span(doc_id, bisect.bisect_right(starts, start) - 1, start, end, text), kind, total,
                                  total, False, sent), people=text))
    return sorted(out, key=lambda q: q.span.start)
