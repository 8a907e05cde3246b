"""Where an event is placed among the places its report names: the site, not where people came from, went to,
spoke from or had been before."""
import pytest

from flashpoint.ingest.readers import make_document
from flashpoint.pipeline import analyze


def placed_at(nlp, gazetteer, text, published="2021-03-01"):
    """The location of the report's first event."""
    doc = make_document(text, published=published)
    events = analyze(doc, nlp(doc.text), gazetteer).events
    return events[0].location if events else None


@pytest.mark.parametrize("text, where", [
    # where the people came from
    ("On 1 March 2021, traders from Kiambu marched to Nairobi to protest new market fees.", "Nairobi"),
    ("On 1 March 2021, a teacher from Bukavu was shot dead by gunmen in Uvira.", "Uvira"),
    # where a missile was launched from, when it is told where it was fired at
    ("On 1 March 2021, Houthi forces fired a missile from Sanaa towards Marib city.", "Marib"),
    # where the speakers are, when the sentence says where it happened
    ("On 1 March 2021, police in Kaduna said bandits killed 9 villagers in Kajuru LGA.", "Kajuru"),
    # where the attackers fled to
    ("On 1 March 2021, gunmen attacked a checkpoint in Kidal and then fled towards Algeria.", "Kidal"),
    # a border named as a landmark
    ("On 1 March 2021, in Nogales, Sonora, two bodies were found near the border with Arizona.", "Nogales"),
    # where the victims had been before
    ("On 1 March 2021, in Zapopan, Jalisco, gunmen killed a man who had been abducted in Guadalajara.", "Zapopan"),
    # a town named first, then the division and region that hold it
    ("On 1 March 2021, separatists shot dead a gendarme in Kumba, Meme division, South West region.", "Kumba"),
    # a town just across the forces' border, with no country named
    ("On 1 March 2021, Israeli forces raided a house near Jenin and detained 3 people.", "Jenin"),
])
def test_the_event_is_placed_at_its_site(nlp, gazetteer, text, where):
    assert placed_at(nlp, gazetteer, text) == where


def test_the_speakers_town_is_the_site_when_the_sentence_names_no_other(nlp, gazetteer):
    assert placed_at(nlp, gazetteer, "On 1 March 2021, police in Cotonou said they used tear gas to disperse "
                                     "opposition protesters.") == "Cotonou"


def test_an_infiltration_from_a_country_keeps_that_country(nlp, gazetteer):
    # a country "from" an act, not from people, is the country the event is told of
    doc = make_document("On 8 October 2023, Israeli forces shelled the outskirts of an unnamed town, after an "
                        "infiltration attempt from Lebanon.", published="2023-10-08")
    events = analyze(doc, nlp(doc.text), gazetteer).events
    assert events and events[0].country == "LB"
