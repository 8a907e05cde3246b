"""Claims: who said what, through which channel, and what position it takes.

Two forms are found: direct quotes (straight or curly quotes, possibly over
several sentences, the speaker named before, inside or after) and reported
speech ("X said that…", "according to X", "X wrote on his Facebook page").
Speakers are resolved across the report the way a reader does: "Daurov" is the
Husei Daurov named earlier, "he" the last person quoted, "the head of state" the
president named earlier, "the announcement" the organisation that issued it.
Each claim gets a role (official, expert, community, eyewitness, media,
unknown) and, where the text names one, a channel.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from flashpoint.model import Claim, Span

SPEECH_VERBS = r"said|says|stated|states|declared|declares|told|tells|added|adds|suggested|suggests|wrote|writes|noted|notes|explained|claimed|claims|asserted|insisted|warned|announced|announces|tweeted|posted|continued|concluded|confirmed|denied|reported|alleged|recalled|stressed|emphasised|emphasized|argued|according|saying|stating|announcing|claiming|telling|writing|adding|noting|warning|insisting|tweeting|declaring|confirming|denying"
SPEECH_LEMMAS = {"say", "state", "announce", "claim", "tell", "write", "report", "declare", "suggest", "confirm",
                 "deny", "tweet", "add", "note", "explain", "insist", "warn", "allege", "post", "assert", "stress", "argue"}
AFTER_QUOTE = re.compile(
    rf"^\s*,?\s*(?:(?P<sp>[^.“”\"!?]{{1,140}}?)\s+(?P<verb>{SPEECH_VERBS})\b|(?P<verb2>{SPEECH_VERBS})\s+(?P<sp2>[^.,“”\"]{{1,100}}))",
)
BEFORE_QUOTE = re.compile(rf"(?P<sp>[A-Z][^.“”\"‘]{{0,140}}?)\s+(?P<verb>{SPEECH_VERBS}|described|called)(?:\s+[\w'’]+){{0,4}}?(?:\s+that|\s+as)?\s*[:,]?\s*$")
ISSUER_BEFORE = re.compile(r"(?P<org>(?:[A-Z][\w'’-]*\s+)*(?:[A-Z][\w'’-]*|police|army|ministry|government|administration|command))\s+(?:has\s+|had\s+)?(?:issued|released|published|put out|posted)\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:press release|statement|announcement|communiqu[eé])")
ISSUER_AFTER = re.compile(r"\b(?:issued|released|published|signed)\s+by\s+(?:the\s+)?(?P<org>[^.,;]{3,80})")
PRONOUNS = {"he", "she", "they", "him", "her"}
# Checked in order: the organisation or trade decides before a title does
# ("the president of the Dungan Association" is community, "human rights lawyer" an expert).
ROLE_RULES: list[tuple[str, str]] = [
    ("expert", r"\banalyst|expert|scientist|professor|researcher|scholar|academic|observer|commentator|think tank|lecturer|lawyer|doctors?\b|physician|medic\b"),
    ("community", r"\bassociation|diaspora|community|\bngo\b|non-governmental|\bunion\b|society|foundation|elders?\b|activists?|human rights|rights (?:group|organi[sz]ation|defender)|committee|charity|church|imam|bishop|congress of|opposition|red cross|red crescent"),
    ("media", r"\bagency|correspondent|newspaper|journalist|reporter|outlet|\btv\b|television|radio|editor|news\b|telegram channel|broadcaster|blogger"),
    ("official", r"\bpresident|head of state|prime minister|minister|ministry|government|police|department|authorities|\bofficials?\b|spokes(?:man|woman|person)|governor|mayor|\bakim|army|armed forces|military|soldiers?|troops|border guards?|officers?\b|prosecutor|press service|commander|interior|administration|official reports|officially|\bstate\b|senator|deputy|lawmaker|parliament|embassy|diplomat|ambassador|regional office|security service|border service|national guard|united nations|\bun\b|mission\b|hospital director"),
    ("eyewitness", r"\bresidents?\b|witness|interviewee|villagers?|\blocals?\b|neighbou?r|those posting|survivor|relatives?|farmer|passer|someone|\bman\b|\bwoman\b|\bstudent|\bdriver|eyewitnesses|\bparents?\b|\bmother|\bfather|trader|shopkeeper|vendor|fisherman|who fled|who runs|pharmacy|market|worker|shop owner|teacher|nurse"),
]
PERSON_TITLE = re.compile(r"^(?:(?:activist|minister|president|spokes(?:man|woman)|lawyer|dr|general|gen|col|colonel|police chief|chief|commander|governor|mayor|defen[cs]e|interior|foreign|opposition|senator|human rights|rights|prime|deputy|mr|mrs|ms|prof)\.?\s+)+", re.I)
CHANNELS: list[tuple[str, str]] = [
    ("Twitter", r"\b(?:via|on) (?:twitter|x)\b|\btweet(?:ed|s)?\b|\btwitter\b"),
    ("Facebook", r"\bfacebook\b"),
    ("Telegram", r"\btelegram\b"),
    ("Instagram", r"\binstagram\b"),
    ("press release", r"\bpress release\b|\bthe announcement\b|\bannouncement states\b"),
    ("press conference", r"\bpress conference\b|\bbriefing\b"),
    ("statement", r"\bin a statement\b|\bstatement (?:said|read|stated)\b|\bthe statement\b"),
]
TOLD_OUTLET = re.compile(r"\btold\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?=(?:news\s+)?agency|newspaper|broadcaster|outlet))?(?:(?:news\s+)?agency\s+|newspaper\s+|broadcaster\s+|outlet\s+)?(?P<outlet>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")
STATEMENT_FROM = re.compile(r"^(?:a|an|the|its)?\s*(?P<channel>statement|report|press release|communiqu[eé]|post)\s+(?:from|by|issued by|of)\s+(?:the\s+)?(?P<sp>.+)$", re.I)
INTERVIEW = re.compile(r"\bin an interview with\s+(?:the\s+)?(?P<outlet>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")
NAMED = re.compile(r"\bby the name of\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
STANCES: dict[str, list[tuple[str, re.Pattern]]] = {
    "situation under control": [
        ("under control", re.compile(r"\bunder control\b|\bcontain(?:ed)? the\b|\bhave contained\b|\bput an end to\b|\brestored order\b|\border (?:has been|was) restored\b|\bcalm (?:has )?returned\b|\bsituation (?:is|was) (?:calm|stable)\b|\bstabili[sz]ed\b", re.I)),
        ("not under control", re.compile(r"\bunable to (?:do anything|stop|control)\b|\brioting continued\b|\b(?:violence|fighting|clashes|attacks) (?:continued|continue|are continuing|is continuing)\b|\bcontinu(?:ed|es|ing) both\b|\bongoing (?:pogrom|violence|clashes|fighting)\b|\bdeteriorat\w+\b|\bout of control\b|\bworst possible\b|\bstill (?:burning|going on|shooting)\b", re.I)),
    ],
    "border closure": [
        ("closed both ways", re.compile(r"\bwhole border\b|\bentire border\b|\bno one (?:was|is|were) (?:being )?allowed across\b|\bborder\b[^.]{0,40}\b(?:is|was|has been) (?:completely )?closed\b|\bin both directions\b", re.I)),
        ("closed one way", re.compile(r"\bonly\b[^.]{0,60}\bfrom\b[^.]{0,40}\binto\b|\bnot the other way\b|\bin one direction\b|\bone way only\b", re.I)),
    ],
}


@dataclass
class Speaker:
    name: str
    role: str
    kind: str  # person | org | group
    descriptors: str = ""
    aliases: set[str] = field(default_factory=set)
    channel: str | None = None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, content only; curly or straight, one or many sentences."""
    return sorted(_double_quotes(text) + _single_quotes(text))


def _single_quotes(text: str) -> list[tuple[int, int]]:
    """‘…’ passages; a ’ inside a word is an apostrophe, not a closing mark."""
    return [(m.start() + 1, m.end() - 1) for m in re.finditer(r"(?<![\w])‘[^‘’\n]{20,600}?’(?![\w])", text)]


def _double_quotes(text: str) -> list[tuple[int, int]]:
    marks = [(m.start(), m.group()) for m in re.finditer(r"[“”\"]", text)]
    quotes: list[tuple[int, int]] = []
    open_at: int | None = None
    for pos, ch in marks:
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < len(text) else " "
        opener = (ch == "“") or (prev.isspace() or prev in "([–—-\n") and not nxt.isspace()
        closer = (ch == "”" and not (prev.isspace() or pos == 0)) or (not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)–—"))
        if open_at is None and opener and not (ch == "”" and not (prev.isspace() or pos == 0 or prev in "\n")):
            open_at = pos + 1
        elif open_at is not None and closer:
            if pos - open_at > 20:  # short quoted words ("hooliganism") are scare quotes, not claims
                quotes.append((open_at, pos))
            open_at = None
        elif open_at is None and ch == "”" and (prev.isspace() or pos == 0 or prev == "\n"):
            open_at = pos + 1
    return quotes


def role_of(phrase: str, source: str | None = None) -> str:
    low = phrase.lower()
    if source and source.lower() in low and len(low) <= len(source) + 6:
        return "media"
    # "the president of the Dungan Association": the organisation decides, not the title.
    for role, rx in ROLE_RULES:
        if re.search(rx, low):
            return role
    return "unknown"


def channel_of(context: str, source: str | None) -> str | None:
    for name, rx in CHANNELS:
        if re.search(rx, context, re.I):
            return name
    m = TOLD_OUTLET.search(context) or INTERVIEW.search(context)
    if m:
        return m.group("outlet").split(" that")[0].strip(" .,;:")
    return None


MEDIA_NAME = re.compile(r"\b(?:newspaper|agency|broadcaster|outlet|channel|website|daily|weekly|magazine|station)\s+(?P<name>(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
TITLE_WORDS = r"minister|governor|mayor|spokes(?:man|woman|person)|commander|chief|president|prosecutor|general|colonel|director|chairman|leader|official|senator|ambassador"
CHANNEL_NOUNS = re.compile(r"\b(?:announcement|statement|press release|release|communiqu[eé])\b", re.I)
TITLES = r"(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Capt|Sgt)\.?\s+"


class SpeakerRegistry:
    """Speakers met so far in one report, for resolving later references to them.

    A reference may also point to someone the text named without quoting yet ("Police chief
    Yerlan Akhmetov visited the scene. He said …"), so look-ups fall back to the report's
    PERSON entities and to the organisation that issued a statement.
    """

    def __init__(self, source: str | None, sdoc=None, text: str = ""):
        self.speakers: list[Speaker] = []
        self.source = source
        self.sdoc = sdoc
        self.text = text
        self.people = [e for e in sdoc.ents if e.label_ == "PERSON"] if sdoc is not None else []

    def _registered(self, low: str) -> Speaker | None:
        for sp in reversed(self.speakers):
            if low == sp.name.lower() or low in sp.aliases:
                return sp
        return None

    def _last_person_before(self, pos: int, title: str | None = None):
        for ent in reversed(self.people):
            if ent.end_char > pos:
                continue
            if title and not re.search(rf"\b{title}\s+(?:{TITLES})?$", self.text[max(0, ent.start_char - 40):ent.start_char], re.I):
                continue
            return ent
        return None

    def _find(self, phrase: str, pos: int = 0) -> Speaker | None:
        low = re.sub(r"^(?:the|a|an)\s+", "", phrase.lower().strip())
        if not low:
            return None
        if low in ("he", "she", "him", "her"):
            last = next((sp for sp in reversed(self.speakers) if sp.kind == "person"), None)
            ent = self._last_person_before(pos)
            if ent is not None and (last is None or not self._mentioned_after(last, ent.start_char)):
                return self.resolve(ent.text, self.sdoc, ent.start_char, pos=ent.start_char)
            return last
        if low == "they":
            return self._plural_subject_before(pos)
        if low == "it":
            return next((sp for sp in reversed(self.speakers) if sp.kind == "org"), None)
        title = re.fullmatch(rf"(?:\w+\s+)?({TITLE_WORDS})", low)
        if title and title.group(1) != "president":
            for sp in reversed(self.speakers):
                if sp.kind == "person" and re.search(rf"\b{title.group(1)}\b", sp.descriptors, re.I):
                    return sp
            ent = self._last_person_titled(pos, title.group(1))
            if ent is not None:
                return self.resolve(ent.text, self.sdoc, ent.start_char, pos=ent.start_char)
        found = self._registered(low)
        if found is not None:
            return found
        if re.search(r"\bhead of state\b|^president$", low):
            for sp in reversed(self.speakers):
                if sp.kind == "person" and re.search(r"\bpresident\b|head of state", sp.descriptors, re.I) and not re.search(r"president of the", sp.descriptors, re.I):
                    return sp
            ent = self._last_person_before(pos, title="president")
            if ent is not None:
                return self.resolve(f"President {ent.text}", self.sdoc, ent.start_char, pos=ent.start_char)
        if CHANNEL_NOUNS.search(low) and not re.search(r"\b(?:police|ministry|department)\b", low):
            issuer = self._issuer(pos)
            if issuer:
                return self.resolve(issuer, self.sdoc, pos, pos=pos)
            for sp in reversed(self.speakers):
                if sp.kind == "org" and sp.role == "official":
                    return sp
        head = low.split("’s ")[0].split("'s ")[0]
        words = head.split()
        if words:
            tail = " ".join(words[-2:]) if len(words) >= 2 else words[-1]
            for sp in reversed(self.speakers):
                if tail in sp.name.lower() and len(tail) > 4:
                    return sp
        return None

    def _last_person_titled(self, pos: int, title: str):
        """The last person named with this title before pos ("Mariam Touré, the interior minister")."""
        for ent in reversed(self.people):
            if ent.end_char > pos:
                continue
            around = self.text[max(0, ent.start_char - 40):ent.end_char + 40]
            if re.search(rf"\b{title}\b", around, re.I):
                return ent
        return None

    def _mentioned_after(self, speaker: Speaker, pos: int) -> bool:
        """Whether the registered speaker's name appears at or after pos (so it is the nearer antecedent)."""
        names = [speaker.name] + [a for a in speaker.aliases if len(a) > 3]
        return any(self.text.lower().find(n.lower(), pos) >= 0 for n in names)

    def _plural_subject_before(self, pos: int) -> Speaker | None:
        """'They said …': the plural subject of the previous sentence ("Residents of Sondu fled …")."""
        if self.sdoc is None:
            return None
        prev = [s for s in self.sdoc.sents if s.end_char <= pos]
        for sent in reversed(prev[-2:]):
            for tok in sent:
                if tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in ("they", "people"):
                    sub = list(tok.subtree)
                    return self.resolve(self.text[sub[0].idx: sub[-1].idx + len(sub[-1].text)], self.sdoc, sub[0].idx, pos=sub[0].idx)
        return None

    def _issuer(self, pos: int) -> str | None:
        """Who issued the statement a reference like "the press release" points to."""
        before = self.text[max(0, pos - 400):pos]
        found = list(ISSUER_BEFORE.finditer(before))
        if found:
            return found[-1].group("org")
        after = ISSUER_AFTER.search(self.text[pos:pos + 300])
        return after.group("org").strip() if after else None

    def resolve(self, phrase: str, sdoc=None, start: int = 0, pos: int | None = None) -> Speaker:
        """The speaker a phrase refers to, registering a new one when it is new."""
        pos = start if pos is None else pos
        phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:–—")
        named = NAMED.search(phrase)
        person = named.group("name") if named else None
        org = None
        if person is None and sdoc is not None:
            span = sdoc.char_span(start, start + len(phrase), alignment_mode="expand")
            if span is not None:
                people = [e for e in span.ents if e.label_ == "PERSON" and not _is_country(e.text)]
                orgs = [e for e in span.ents if e.label_ == "ORG" and len(e) >= 2]
                if people:
                    person = people[-1].text
                elif orgs and not re.search(r"\b(?:police|ministry|department|government|army|forces)\b", phrase, re.I):
                    org = orgs[-1].text
        media = MEDIA_NAME.search(self.text[start:start + len(phrase) + 60]) if person is None else None
        if media and media.start() < len(phrase):
            org = media.group("name")
        if person is None:
            m = re.search(rf"(?:^|,\s*|\b(?:expert|scientist|analyst|president|minister|spokesman|spokeswoman|leader|chairman|head|chief|official|governor|mayor|commander|director)\s+)(?:{TITLES})?([A-Z][a-z]+(?:[-\s][A-Z][a-zé]+)+)\s*,?$", phrase)
            if m and not re.search(r"\b(?:Police|Department|Ministry|Association|Office|Agency|Government|Hospital|University|Command|Forces)\b", m.group(1)):
                person = m.group(1)
        existing = self._find(person or org or phrase, pos)
        if existing is not None:
            if existing.role == "unknown":
                existing.role = role_of(phrase, self.source)
            return existing
        possessor = re.match(r"^(?P<org>.+?)[’']s\s+(?:press release|statement|announcement|spokes\w+|press service)", phrase)
        if possessor:
            found = self._find(possessor.group("org"), pos)
            if found is not None:
                return found
            phrase = possessor.group("org")
        if person:
            title = PERSON_TITLE.match(person)
            if title and title.end() < len(person):
                person = person[title.end():]
            descriptors = phrase.replace(person, " ")
            sp = Speaker(person, role_of(descriptors, self.source) if descriptors.strip(" ,") else "unknown", "person", descriptors)
            parts = person.split()
            sp.aliases = {person.lower(), parts[-1].lower()} if len(parts) > 1 else {person.lower()}
            if sp.role == "unknown":
                sp.role = role_of(self._descriptors_near(person, pos) or phrase, self.source)
            if sp.role == "unknown":
                sp.role = "eyewitness"  # a private person quoted by name, with no office or trade given
        else:
            name = org or re.sub(r"^(?:The|the|A|a|An|an)\s+", "", phrase)
            kind = "org" if org or re.search(r"\b(?:department|ministry|police|office|government|authorities|agency|association|service|army|forces|military|command|administration|committee|council|organi[sz]ation|group|newspaper|hospital)\b", phrase, re.I) else "group"
            role = role_of(phrase, self.source)
            if kind == "group" and role == "unknown" and re.match(r"^(?:another|a|an|one)\b", phrase, re.I):
                role = "eyewitness" if re.search(r"interviewee|resident|witness|local", phrase, re.I) else "unknown"
            sp = Speaker(name, role, kind, phrase, {name.lower(), phrase.lower()})
        if person is None and re.match(r"^(?:another|a|an|one)\s", phrase, re.I):
            sp.aliases = set()  # "another interviewee" is a new, distinct person each time
        self.speakers.append(sp)
        return sp

    def _descriptors_near(self, person: str, pos: int) -> str:
        """The words around a person's first mention ("Police chief Yerlan Akhmetov visited …")."""
        at = self.text.find(person)
        if at < 0:
            return ""
        return self.text[max(0, at - 60):at] + " " + self.text[at + len(person):at + len(person) + 60].split(".")[0]


def stance_of(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for topic, sides in STANCES.items():
        for position, rx in sides:
            if rx.search(text):
                out[topic] = position
                break
    return out


def _colon_speaker(sdoc, registry: "SpeakerRegistry", quote_start: int) -> "Speaker | None":
    """'Another resident, Kemal, was blunter: “…”' — the clause's subject introduces the quote."""
    for sent in sdoc.sents:
        if sent.start_char <= quote_start - 2 < sent.end_char:
            subj = next((t for t in sent if t.dep_ == "nsubj" and t.idx < quote_start), None)
            if subj is None or subj.lower_ in ("it", "this", "that", "there"):
                return None
            sub = list(subj.subtree)
            return registry.resolve(sdoc.text[sub[0].idx: sub[-1].idx + len(sub[-1].text)], sdoc, sub[0].idx)
    return None


def _is_country(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name)
        return True
    except LookupError:
        return False


def _attributes_quote(text: str, pos: int, quotes: list[tuple[int, int]]) -> bool:
    """A speech verb just after a quote's close, or just before its opening, belongs to that quote."""
    for qa, qb in quotes:
        if qb < pos and pos - qb < 160 and not re.search(r"[.!?]\s", text[qb + 1:pos]):
            return True
        if pos < qa and qa - pos < 60 and not re.search(r"[.!?]\s", text[pos:qa - 1]):
            return True
    return False


def _sentence_index(sentences: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(sentences):
        if a <= pos < b:
            return i
    return max(0, len(sentences) - 1)


def extract_claims(sdoc, doc_id: str, sentences: list[tuple[int, int]], source: str | None = None) -> list[Claim]:
    """Claims in reading order: quotes and reported speech, speakers resolved across the report."""
    text = sdoc.text
    registry = SpeakerRegistry(source, sdoc, text)
    quotes = find_quotes(text)
    items: list[tuple[int, str, object]] = [(a, "quote", (a, b)) for a, b in quotes]
    for s_start, s_end in sentences:
        items.append((s_start, "sentence", (s_start, s_end)))
    items.sort(key=lambda x: (x[0], x[1] == "quote"))
    claims: list[Claim] = []
    last_quote: tuple[Claim, int] | None = None

    def add(speaker: Speaker, channel: str | None, start: int, end: int, content: str) -> Claim:
        if channel is None and speaker.channel and claims and claims[-1].speaker == speaker.name:
            channel = speaker.channel  # "the head of state declared", right after his tweet
        if channel:
            speaker.channel = channel
        claim = Claim(
            span=Span(doc_id, _sentence_index(sentences, start), start, end, text[start:end]),
            speaker=speaker.name,
            role=speaker.role,
            channel=channel,
            text=content.strip(),
            stance=stance_of(content),
            claim_id=f"{doc_id}:{start}",
        )
        claims.append(claim)
        return claim

    for pos, kind, (a, b) in items:
        if kind == "quote":
            after = text[b + 1:b + 220]
            sentence_end = re.search(r"[.!?](?:\s|$)", after)
            after_clause = after[: sentence_end.end()] if sentence_end else after
            before = text[max(0, a - 200):a - 1]
            before = before[max(before.rfind(". "), before.rfind("\n")) + 1:]
            m = AFTER_QUOTE.match(after_clause)
            speaker = None
            context = after_clause
            if m:
                phrase = m.group("sp") or m.group("sp2")
                phrase_start = b + 1 + (m.start("sp") if m.group("sp") else m.start("sp2"))
                if phrase and not re.search(r"[“”\"]", phrase) and len(phrase.split()) <= 16:
                    speaker = registry.resolve(phrase, sdoc, phrase_start)
            if speaker is None:
                mb = BEFORE_QUOTE.search(before)
                if mb and len(mb.group("sp").split()) <= 16:
                    speaker = registry.resolve(mb.group("sp"), sdoc, a - 1 - len(before) + mb.start("sp"))
                    context = before
            if speaker is None and before.rstrip().endswith(":"):
                speaker = _colon_speaker(sdoc, registry, a)
            if speaker is None and last_quote is not None and a - last_quote[1] < 400:
                prev = last_quote[0]
                speaker = next((s for s in registry.speakers if s.name == prev.speaker), None)
            if speaker is None:
                continue
            if last_quote is not None and last_quote[0].speaker == speaker.name and a - last_quote[1] < 250 \
                    and "\n" not in text[last_quote[1]:a]:
                # The same speaker's quote resumed after "said X, a trader," is one claim.
                prev = last_quote[0]
                prev.text = f"{prev.text} {text[a:b]}".strip()
                prev.span = Span(doc_id, prev.span.sentence, prev.span.start, b, text[prev.span.start:b])
                prev.stance = stance_of(prev.text)
                last_quote = (prev, b)
                continue
            claim = add(speaker, channel_of(context, source), a, b, text[a:b])
            last_quote = (claim, b)
            continue
        # reported speech in a sentence, outside quotes
        s_start, s_end = a, b
        if any(qa <= s_start and s_end <= qb + 2 for qa, qb in quotes):
            continue
        sentence = text[s_start:s_end]
        outside = sentence
        for qa, qb in quotes:
            if qa < s_end and s_start < qb:
                lo, hi = max(qa, s_start) - s_start, min(qb, s_end) - s_start
                outside = outside[:lo] + " " * (hi - lo) + outside[hi:]
        if not re.search(rf"\b(?:{SPEECH_VERBS})\b|\baccording to\b|\bofficially confirmed\b|\bput the (?:death )?toll\b", outside, re.I):
            continue
        m_acc = re.search(r"\baccording to\s+(?P<sp>[^,.;]+(?:,\s*(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Prof\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+(?=,))?)", outside, re.I)
        if m_acc:
            phrase, channel = m_acc.group("sp"), channel_of(outside, source)
            via = STATEMENT_FROM.match(phrase)
            if via:
                phrase = via.group("sp")
                channel = "press release" if via.group("channel").lower() == "press release" else "statement"
            speaker = registry.resolve(phrase, sdoc, s_start + m_acc.start("sp") + (len(m_acc.group("sp")) - len(phrase)))
            add(speaker, channel, s_start, s_end, sentence)
            continue
        if re.search(r"\bofficially confirmed\b", outside, re.I):
            speaker = registry.resolve("officials", sdoc, s_start)
            speaker.role = "official"
            add(speaker, None, s_start, s_end, sentence)
            continue
        span = sdoc.char_span(s_start, s_end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            reports_figure = tok.lemma_.lower() == "put" and any(c.lower_ in ("toll", "figure", "number") for c in tok.children)
            if (tok.lemma_.lower() not in SPEECH_LEMMAS and not reports_figure) or tok.pos_ not in ("VERB", "AUX"):
                continue
            if any(qa <= tok.idx < qb for qa, qb in quotes) or _attributes_quote(text, tok.idx, quotes):
                continue
            if any(c.dep_ == "auxpass" for c in tok.children):
                continue  # "was told that …": the subject heard it, someone else said it
            subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
            if subj is None and tok.dep_ in ("advcl", "xcomp", "conj", "ccomp"):
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_LEMMAS:
                continue  # "X said that Y told ..." keeps X
            sub = list(subj.subtree)
            phrase = text[sub[0].idx: sub[-1].idx + len(sub[-1].text)]
            if subj.lower_ in ("that", "which", "this", "who") or (subj.lower_ == "it" and not any(sp.kind == "org" for sp in registry.speakers)):
                continue
            comp = next((c for c in tok.children if c.dep_ in ("ccomp", "prep", "dobj")), None)
            content = sentence[tok.idx - s_start:]
            if comp is not None and comp.dep_ == "ccomp":
                csub = list(comp.subtree)
                content = text[csub[0].idx: csub[-1].idx + len(csub[-1].text)]
            speaker = registry.resolve(phrase, sdoc, sub[0].idx)
            add(speaker, channel_of(outside, source), s_start, s_end, content)
            break
    return claims
