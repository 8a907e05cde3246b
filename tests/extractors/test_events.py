"""Event mentions typed by ACLED's codebook; negated, hypothetical and meta statements are not events."""
import pytest

from flashpoint.extractors.events import extract_event_mentions
from flashpoint.ingest.readers import make_document
from tests.conftest import sentences_of


def mentions(nlp, text):
    doc = make_document(text)
    sdoc = nlp(doc.text)
    return extract_event_mentions(sdoc, doc.id, sentences_of(sdoc), [], [], lambda *a: None)


@pytest.mark.parametrize("text, event_type, sub", [
    ("Gunmen stormed the village and shot dead six civilians.", "Violence against civilians", "Attack"),
    ("Soldiers clashed with rebels near the town for several hours.", "Battles", "Armed clash"),
    ("Protesters threw stones at police and burned tyres on the main road.", "Riots", "Violent demonstration"),
    ("A mob lynched a man accused of theft.", "Riots", "Mob violence"),
    ("Police fired tear gas to disperse hundreds of protesters.", "Protests", "Protest with intervention"),
    ("Thousands of teachers marched peacefully through the capital.", "Protests", "Peaceful protest"),
    ("A drone strike hit a vehicle carrying militants.", "Explosions/Remote violence", "Air/drone strike"),
    ("A roadside bomb exploded under a military convoy.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Artillery shelling hit residential areas overnight.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Armed men kidnapped two aid workers on the road.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Authorities imposed a curfew after the unrest spread.", "Strategic developments", "Change to group/activity"),
    ("The authorities shut down the internet in the region.", "Strategic developments", "Other"),
    ("Police arrested 40 opposition supporters.", "Strategic developments", "Arrests"),
    ("Security forces seized weapons and defused two bombs.", "Strategic developments", "Disrupted weapons use"),
    ("Rebels captured the town after government troops withdrew.", "Battles", "Non-state actor overtakes territory"),
])
def test_typing(nlp, text, event_type, sub):
    found = {(m.event_type, m.sub_event_type) for m in mentions(nlp, text)}
    assert (event_type, sub) in found


@pytest.mark.parametrize("text", [
    "The police had no information on reports of ethnic violence.",
    "Those found guilty of violating public order will be held accountable.",
    "People are waiting for the arrival of the security forces.",
    "It is the largest settlement in the district, with 18,000 inhabitants.",
    "Analysts warn that the country could slide into civil war.",
])
def test_non_events(nlp, text):
    assert mentions(nlp, text) == []


def test_hedged_report_is_kept_and_marked(nlp):
    [m] = mentions(nlp, "Disturbances reportedly spread to the neighbouring village overnight.")
    assert m.hedged and m.event_type == "Riots"


def test_violent_triggers_of_one_sentence_at_one_place_are_one_mention(nlp):
    ms = mentions(nlp, "Young men set more than 10 buildings on fire, and now they are shooting at people and beating them up.")
    assert len(ms) == 1 and {"arson", "shooting", "beating"} <= set(ms[0].category.split("+"))
