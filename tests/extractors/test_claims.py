"""Claims: quotes and reported speech, speakers resolved across the report, roles and channels."""
from pathlib import Path

import pytest

from flashpoint.extractors.claims import extract_claims, find_quotes, role_of
from flashpoint.ingest.readers import make_document
from tests.conftest import MASANCHI, sentences_of


def claims_of(nlp, text, source=None):
    sdoc = nlp(make_document(text).text)
    return extract_claims(sdoc, "d", sentences_of(sdoc), source=source)


def test_speaker_after_the_quote_with_title_and_agency(nlp):
    text = ("“Young men arrived in the village and set houses on fire,” the president of the Dungan "
            "Association, Husei Daurov, told Kazakh news agency KazTAG.")
    [c] = claims_of(nlp, text)
    assert (c.speaker, c.role, c.channel) == ("Husei Daurov", "community", "KazTAG")
    assert c.text.startswith("Young men arrived")


def test_surname_and_pronoun_resolve_to_the_named_speaker(nlp):
    text = ("Interior minister Ana Lopez said that order had been restored in the city. "
            "Later, Lopez wrote on her Facebook page that troops had arrived. "
            "“We will not tolerate looting,” she said.")
    got = [(c.speaker, c.role, c.channel) for c in claims_of(nlp, text)]
    assert got == [("Ana Lopez", "official", None), ("Ana Lopez", "official", "Facebook"),
                   ("Ana Lopez", "official", "Facebook")]


def test_head_of_state_resolves_to_the_president_named_before(nlp):
    text = ("Kazakh president Kassym-Jomart Tokayev reacted via Twitter, announcing that a fight had occurred. "
            "”The police have brought the situation under control,” the head of state declared.")
    claims = claims_of(nlp, text)
    assert [c.speaker for c in claims] == ["Kassym-Jomart Tokayev"] * 2
    assert claims[1].channel == "Twitter"
    assert claims[1].stance == {"situation under control": "under control"}


def test_unattributed_quote_continues_the_previous_speaker(nlp):
    text = ("“This is an admission of gravity,” political scientist Arkady Dubnov suggested.\n\n"
            "“It is also worth noting that the president avoids the causes.”")
    claims = claims_of(nlp, text)
    assert [(c.speaker, c.role) for c in claims] == [("Arkady Dubnov", "expert")] * 2


def test_another_interviewee_is_a_distinct_eyewitness(nlp):
    text = ("A resident of the border town by the name of Farkhad told Fergana that no one was being allowed across the border. "
            "Another interviewee told Fergana that people were only being prevented from crossing into the country, not the other way around.")
    claims = claims_of(nlp, text, source="Fergana")
    assert [(c.speaker, c.role, c.channel) for c in claims] == [
        ("Farkhad", "eyewitness", "Fergana"), ("Another interviewee", "eyewitness", "Fergana")]
    assert claims[0].stance["border closure"] != claims[1].stance["border closure"]


def test_passive_and_scare_quotes_are_not_claims(nlp):
    text = ("The correspondent was told that the police had no information. "
            "A group fight inspired by “hooliganism” broke out.")
    assert claims_of(nlp, text) == []


def test_quotes_over_several_sentences_are_one_claim():
    text = "He said: “We are afraid. They burned our homes. Nobody came,” and left."
    [(a, b)] = find_quotes(text)
    assert text[a:b] == "We are afraid. They burned our homes. Nobody came,"


@pytest.mark.parametrize("phrase, role", [
    ("the president of the Dungan Association of Kazakhstan", "community"),
    ("Kazakh president", "official"), ("political scientist and Central Asia expert", "expert"),
    ("the Jambyl regional police department", "official"), ("a resident of the town", "eyewitness"),
    ("Reuters correspondent", "media"), ("a human rights group", "community"),
])
def test_roles(phrase, role):
    assert role_of(phrase) == role


def test_masanchi_claims(nlp):
    text = (MASANCHI / "article.txt").read_text(encoding="utf-8")
    claims = claims_of(nlp, text, source="Fergana")
    got = {(c.speaker, c.role, c.channel) for c in claims}
    for expected in [("Jambyl regional police department", "official", "press release"),
                     ("Kassym-Jomart Tokayev", "official", "Twitter"), ("Arkady Dubnov", "expert", None),
                     ("Husei Daurov", "community", "KazTAG"), ("Husei Daurov", "community", "Facebook"),
                     ("Farkhad", "eyewitness", "Fergana")]:
        assert expected in got
    positions = {(c.speaker, c.stance.get("situation under control")) for c in claims}
    assert ("Jambyl regional police department", "under control") in positions
    assert ("Husei Daurov", "not under control") in positions
