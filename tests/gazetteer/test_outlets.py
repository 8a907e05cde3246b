"""The outlet's home country: a weak prior for a place the text does not tie to a country."""
import pytest

from flashpoint.gazetteer.outlets import outlet_country
from flashpoint.ingest.readers import make_document
from flashpoint.pipeline import analyze


@pytest.mark.parametrize("source, url, expected", [
    ("An-Nahar", None, "LB"),
    ("Annahar; Murr TV", None, "LB"),  # another spelling, and "TV" names no Tuvalu
    ("El Nashra", None, "LB"),  # the table's "Al-Nashra" and "Elnashra", the article written apart
    ("Kenya News Agency", None, "KE"),  # a country in the outlet's own name
    ("Iraqi News", None, "IQ"),  # or its demonym
    ("The Nation (Pakistan)", None, "PK"),  # a qualifier
    ("OSCE SMM-Ukraine", None, "UA"),  # a country joined to another word by a hyphen
    (None, "https://www.dawn.com/news/1554011", "PK"),  # a domain the table knows
    (None, "https://www.lorientlejour.com.lb/article/1", "LB"),  # a country-code domain
])
def test_an_outlet_is_placed_by_its_name_or_its_address(gazetteer, source, url, expected):
    assert outlet_country(source, url, gazetteer) == expected


@pytest.mark.parametrize("source, url", [
    ("Radio France Internationale", None),  # international, whatever its name says
    ("Reuters; AFP", None),
    ("Twitter", None),
    ("Local Source", None),
    (None, "https://example.tv/story"),  # a vanity country code
    ("Kenya News Agency; Dawn", None),  # two countries, one each: no prior
    ("Ministry of Defence of Russia", None),  # a party to the war it reports, no outlet
    ("Radio Silla", None),  # an old name of Korea is no country named
    (None, None),
])
def test_an_outlet_that_covers_the_world_or_disagrees_gives_no_prior(gazetteer, source, url):
    assert outlet_country(source, url, gazetteer) is None


TRIPOLI = "On 5 May 2020, restaurant workers held a sit-in at a roundabout in Tripoli, demanding to be allowed to work."


def _country(nlp, gazetteer, text, source):
    doc = make_document(text, published="2020-05-05", source=source)
    [event] = analyze(doc, nlp(doc.text), gazetteer).events
    return event.country


def test_a_lebanese_papers_tripoli_is_in_lebanon(nlp, gazetteer):
    assert _country(nlp, gazetteer, TRIPOLI, "An-Nahar") == "LB"
    assert _country(nlp, gazetteer, TRIPOLI, None) == "LY"  # with no outlet, the larger namesake


def test_the_text_outweighs_the_outlet(nlp, gazetteer):
    text = TRIPOLI.replace("in Tripoli,", "in Tripoli, Libya,")
    assert _country(nlp, gazetteer, text, "An-Nahar") == "LY"


def test_a_report_naming_no_country_is_about_its_outlets(nlp, gazetteer):
    text = "On 2 May 2020, rioters blocked the Halba highway opposite the Fransbank building with iron obstacles."
    doc = make_document(text, published="2020-05-02", source="An-Nahar")
    events = analyze(doc, nlp(doc.text), gazetteer).events
    assert events and all((e.location, e.country) == ("Halba", "LB") for e in events)
    doc = make_document(text, published="2020-05-02")
    events = analyze(doc, nlp(doc.text), gazetteer).events
    assert not any(e.country == "LB" for e in events)  # (a town of 4,500 named once, nothing says which country's)
