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
    # a bare city name after "countryside of", which the model took for an organisation
    ("On 1 March 2021, regime forces shelled a village in the southern countryside of Hama.", "Hama"),
    # the whole name the gazetteer knows, not the part the model cut
    ("On 1 March 2021, in Santa Cruz de la Sierra, transport workers blocked the main avenues.", "Santa Cruz de la Sierra"),
    # a force the model read as an organisation says whose it is, not where the event was
    ("On 1 March 2021, a convoy of French Barkhane forces heading to Gao hit a mine near Tessalit.", "Tessalit"),
    # a kind of camp written as an acronym is no airport code
    ("On 1 March 2021, armed men attacked an IDP camp in Kaga-Bandoro, killing 4.", "Kaga-Bandoro"),
    # a town as far from its anchor as the text says
    ("On 1 March 2021, rebels attacked Ndele, 600 km north-east of Bangui.", "Ndele"),
    # an official's home province is not the site
    ("On 1 March 2021, a bomb attached to the car of a former Kunduz official exploded in Kabul.", "Kabul"),
    # what a strike answered is no event, and its place no context
    ("On 1 March 2021, Israeli aircraft struck a Hamas post in Gaza City in response to rockets fired at Ashkelon.",
     "Gaza"),
    # who the protesters were, and where they protested
    ("On 1 March 2021, residents of a village in Akhmim district protested in front of the governorate building in "
     "Sohag.", "Sohag"),
    ("On 1 March 2021, residents of Butembo protested against the killings in Beni territory.", "Butembo"),
    # an acronym before a checkpoint is whose checkpoint, not an airport code
    ("On 1 March 2021, IS militants attacked a PMF checkpoint south of Kirkuk, killing 3.", "Kirkuk"),
    # with no country stated, the namesake in the home country of the group the note names
    ("On 1 March 2021, Houthi forces shelled farms in Hays, wounding a woman.", "Hays"),
    ("On 1 March 2021, the Donbass People's Militia shelled Novoluhanske, injuring a man.", "Novoluhanske"),
    # a quarter written with the metropolitan municipality it lies in: the quarter, not the city
    ("On 1 March 2021, residents blockaded a clinic in Soweto (City of Johannesburg, Gauteng) to protest a closure.",
     "Soweto"),
    # a road told by its ends: its first town
    ("On 1 March 2021, on the road that connects Toluca to Metepec, Mexico, truckers blocked traffic to protest "
     "robberies.", "Toluca"),
    # a road written with its ends: its first town, before the province holding it, and after the road's word
    ("On 4 May 2020, the Uruapan-Patzcuaro road in Michoacan was blocked with a bus by students to protest the "
     "behaviour of the police.", "Uruapan"),
    ("On 6 May 2020, in the highway Turmero-Maracay, Aragua state, a group of residents blocked the highway to demand "
     "the distribution of gasoline.", "Turmero"),
    # the province told first, not a city the report names later for something else
    ("On 30 April 2020, in the province of Jujuy, residents performed a pot-banging protest against the release of "
     "prisoners. It was the second day of protests. Until 29 April 2020, 753 prisoners from Buenos Aires' prisons "
     "were released.", "Jujuy"),
    # the place the note says it coded, in any wording
    ("On 29 April 2020, pro-Houthi forces claimed to have thwarted two attacks of pro-Hadi forces on Qanburah site in "
     "\"Jizan axis\" in northwestern, coded in Al Malahit (Al Dhaher, Sadah), killing and injuring more than 20 "
     "fighters.", "Al Malahit"),
    # a bypass named for a town, in another town
    ("On 1 May 2020, district INC unit staged a protest near the Jalandhar bypass in Ludhiana (Punjab) against the "
     "alleged discrimination by the Central government.", "Ludhiana"),
    # an unlisted village near a town: by the town, not a namesake in another state
    ("On 9 May 2020, members of the Koli caste attacked a Rajput family with sharp weapons in Hamirpur village near "
     "Rapar town (Kachchh, Gujarat), killing five of them.", "Rapar"),
    # a road's first town, when its far end is two words
    ("On 1 May 2020, residents of Tavakolabad village closed the Kahnuj-Ghale Ganj road by standing on it, in protest "
     "of frequent water outages.", "Kahnuj"),
    # a village, not the governorate whose countryside holds it
    ("On 1 May 2020, US forces raided a house in the village of Hajin in the eastern countryside of Deir-ez-Zor and "
     "clashed with IS members.", "Hajin"),
    # a local government area, not the state the text then says holds it
    ("On 1 March 2021, gunmen invaded Igbolomu and Ishawo areas in Ikorodu Local Government Area of Lagos State and "
     "began shooting sporadically.", "Ikorodu"),
    # a district placed by its direction from a city
    ("On 4 May 2020, two Saudi-led coalition air raids were reported on Majzar district west of Marib city (Marib).",
     "Majzar"),
    # a front named for a village, in the governorate's countryside
    ("On 1 March 2021, HTS snipers shot a regime soldier on the Afes axis in Idleb countryside.", "Afes"),
    # a town in the countryside of a governorate named for its city
    ("On 1 March 2021, SDF forces shelled Al Mayadin town in Deir ez Zor countryside, killing a child.", "Al Mayadin"),
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


def test_acts_along_one_road_are_one_event_at_its_first_town(nlp, gazetteer):
    doc = make_document("On 2 March 2021, youths blocked the Nakuru-Eldoret highway with burning tyres and stoned "
                        "passing vehicles to protest the death of a rider.", published="2021-03-02")
    events = analyze(doc, nlp(doc.text), gazetteer).events
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Nakuru")]


def test_a_town_in_the_province_its_city_names(nlp, gazetteer):
    # "Aleppo" after "in" is the governorate the city names: Menbij lies in it, 80 km from the city
    assert placed_at(nlp, gazetteer, "On 29 April 2020, Turkish forces shelled Menbij in Aleppo using artillery "
                                     "fire.") == "Menbij"
