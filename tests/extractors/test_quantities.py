"""Quantities: what a number counts; non-casualty numbers never become tolls."""
import pytest

from flashpoint.extractors.quantities import extract_quantities, parse_number


def q(text):
    return [(x.text, x.kind, x.low, x.high, x.vague) for x in extract_quantities(text, "d", [(0, len(text))])]


@pytest.mark.parametrize("text, expected", [
    ("8 people have been killed and 40 injured in the fighting", [("8", "killed", 8, 8, False), ("40", "injured", 40, 40, False)]),
    ("Two assailants were later taken into custody.", [("Two", "arrested", 2, 2, False)]),
    ("set more than 10 buildings on fire", [("more than 10", "buildings", 11, None, True)]),
    ("dozens of buildings burnt down", [("dozens", "buildings", 24, None, True)]),
    ("more than two thousand people, they say", [("more than two thousand", "crowd", 2001, None, True)]),
    ("Gunmen killed at least 12 villagers and wounded five others", [("at least 12", "killed", 12, None, True), ("five", "injured", 5, 5, False)]),
    ("The death toll rose to 14, officials said.", [("14", "killed", 14, 14, False)]),
    ("Police arrested 35 protesters and fired tear gas at a crowd of about 2,000.", [("35", "arrested", 35, 35, False), ("about 2,000", "crowd", 2000, 2000, True)]),
    ("Three soldiers died and seven were wounded.", [("Three", "killed", 3, 3, False), ("seven", "injured", 7, 7, False)]),
    ("forty-two people were injured", [("forty-two", "injured", 42, 42, False)]),
    # One verb, two conjoined counts: one figure.
    ("a bomber detonated a vest, killing 3 soldiers and 2 civilians and injuring 9 others",
     [("3 soldiers and 2", "killed", 5, 5, False), ("9", "injured", 9, 9, False)]),
    ("2 soldiers and 1 dissident were killed", [("2 soldiers and 1", "killed", 3, 3, False)]),
    ("5 dead and 3 injured were taken to hospital", [("5", "killed", 5, 5, False), ("3", "injured", 3, 3, False)]),
    ("gunmen stopped a group of women and shot dead 4 of them", [("4", "killed", 4, 4, False)]),
    ("On 9 October 2023, two soldiers were killed by an IED.",  # 9 is a date, not a toll
     [("9", "other", 9, 9, False), ("two", "killed", 2, 2, False)]),
    ("At least 24 members of the Islamist militia group and 6 soldiers were killed.",  # one verb, two counts
     [("At least 24 members of the Islamist militia group and 6", "killed", 30, None, True)]),
    # the arrests after "fatalities and" are arrests; "including four" are some of those already counted
    ("Eight reported fatalities and twenty-three militiamen arrested.",
     [("Eight", "killed", 8, 8, False), ("twenty-three", "arrested", 23, 23, False)]),
    ("Gunmen killed 5 people, including 2 children.", [("5", "killed", 5, 5, False), ("2", "other", 2, 2, False)]),
    ("5-10 people were killed in the raid.", [("5", "killed", 5, 10, True)]),  # a range, written with a hyphen
    ("Reports on fatalities range from 15 to 24.", [("15", "killed", 15, 24, True)]),
])
def test_counts(text, expected):
    assert q(text) == expected


@pytest.mark.parametrize("text", [
    "It is the largest settlement in the district, with 18,000 inhabitants.",
    "94% of them are members of the diaspora.",
    "The village lies 60 kilometres from the district centre.",
    "residents of a village 3km from the town",
    "a pre-trial investigation under article 293 of the Criminal Code",
    "At 5.25am local time, he wrote on Facebook.",
    "in the 2019 elections",
    "On December 17 2019, a mob stoned to death a police officer.",  # the day of a month-first date
    "The military shot about 10 civilians and burnt huts; animals were killed.",  # shot is not a toll
    "Rebels sentenced a 30-year-old man to death.",  # an age
    "Residents on the night of 19/05 set ablaze a driver who killed a rider.",  # a date written with a slash
    "On 19-05-2020 a driver who killed a rider was lynched.",
])
def test_distractors_are_never_casualties(text):
    assert all(kind not in ("killed", "injured") for _, kind, *_ in q(text))


def test_episode_toll_is_marked_official_and_episode_wide():
    text = "The latest official reports suggest that 8 people have been killed and 40 injured in the fighting."
    found = extract_quantities(text, "d", [(0, len(text))])
    assert {(x.kind, x.scope, x.official) for x in found} == {("killed", "episode", True), ("injured", "episode", True)}


def test_hedged_counts_are_marked():
    text = "Five people were reportedly killed in the raid."
    [x] = extract_quantities(text, "d", [(0, len(text))])
    assert x.kind == "killed" and x.hedged


@pytest.mark.parametrize("words, value", [("eight", 8), ("forty", 40), ("two thousand", 2000), ("18,000", 18000),
                                          ("one hundred and twenty", 120), ("2.5 million", 2_500_000)])
def test_number_words(words, value):
    assert parse_number(words)[0] == value


@pytest.mark.parametrize("text, expected", [
    ("Police recovered the bodies of at least 26 men from the hills.", [("at least 26", "killed", 26, None, True)]),
    ("Hezbollah fired dozens of rockets at the town, a day after a strike killed a commander.", [("dozens", "other", 24, None, True)]),
    ("Two rockets killed three people.", [("Two", "other", 2, 2, False), ("three", "killed", 3, 3, False)]),
    ("Bandits stole about 500 cattle.", [("about 500", "other", 500, 500, True)]),
])
def test_things_and_bodies(text, expected):
    assert q(text) == expected


def named(nlp, text):
    from flashpoint.extractors.victims import count_named_victims

    sdoc = nlp(text)
    bounds = [(s.start_char, s.end_char) for s in sdoc.sents]
    found = count_named_victims(sdoc, "d", extract_quantities(text, "d", bounds))
    return sorted((x.kind, x.low) for x in found if x.kind in ("killed", "injured", "arrested"))


@pytest.mark.parametrize("text, expected", [
    # Named or singular victims count one each; numbered conjuncts add their number.
    ("An IED struck an army vehicle, killing an officer and three conscripts.", [("killed", 4)]),
    ("A sacristan was killed and a priest and three other people were wounded.", [("injured", 4), ("killed", 1)]),
    ("Three civilians and the two bombers were killed.", [("killed", 5)]),
    ("The army said eleven militants and two of its soldiers were killed.", [("killed", 13)]),
    ("A mine killed cameraman Siraj Abishov, correspondent Maharram Ibrahimov and local official Arif Aliyev.", [("killed", 3)]),
    ("Gunmen shot dead environmental defender and municipal councillor Juan Lopez, 46.", [("killed", 1)]),
    ("Residents beat to death a 34-year-old man suspected of theft.", [("killed", 1)]),
    ("Activists hacked a local BNP leader to death in Cumilla.", [("killed", 1)]),  # the victim between verb and death
    ("Troops neutralised 6 terrorists in an ambush.", [("killed", 6)]),  # communiqués' word for killed
    ("One soldier died and another was wounded.", [("injured", 1), ("killed", 1)]),
    ("Police arrested two men and a woman.", [("arrested", 3)]),
    # "among them" names some of those already counted.
    ("Gunmen shot dead three people, among them a 12-year-old boy, at a junction.", [("killed", 3)]),
    # Unknown tolls, denials, threats and background stay uncounted.
    ("Civilians were killed in the raid.", []),
    ("No one was killed.", []),
    ("The gang threatened to kill a journalist.", []),
    ("Rockets hit the town, a day after a strike killed a senior commander.", []),
    ("At least 66 people, including children, were killed.", [("killed", 66)]),
    # A second title without its own article is the same person; a second article, a second person.
    ("1 religious scholar and teacher was killed by gunmen.", [("killed", 1)]),
    ("Gunmen killed a soldier and a civilian.", [("killed", 2)]),
    # A singular victim told by a participle, a headline or a claim counts one; its own participle keeps a
    # conjunct apart; an intent counts nothing.
    ("An attack by gunmen left a soldier killed and three children injured.", [("injured", 3), ("killed", 1)]),
    ("UN peacekeeper killed when a vehicle hit an explosive device.", [("killed", 1)]),
    ("ISGS claimed to have killed a JNIM fighter south of Oursi.", [("killed", 1)]),
    ("A Papuan man was found dead with a stab wound.", [("killed", 1)]),  # found dead: a killing's toll
    ("A drug suspect was shot and killed during a police raid.", [("killed", 1)]),  # the first verb's subject
    ("On 29 January 2020, a young man was shot killed by unidentified armed men.", [("killed", 1)]),
    ("Around 1 October 2018, the body of a man was found decapitated in Beni city.", [("killed", 1)]),
    # the parser's misread date ("28 August ... was killed") is no victim
    ("Around 28 August 2020 (as reported), a man was killed, and 3 others were injured.", [("injured", 3), ("killed", 1)]),
    # what a relative clause recalls of someone is an earlier act, not this event's toll
    ("A mob attacked a man who had allegedly killed his father.", []),
    ("Residents tried to kill a man who was suspected to have murdered a child.", []),
    # "fatally" makes a shooting or a wound a killing; "killed or injured" gives neither toll
    ("A police official was fatally shot by an armed group on Monday.", [("killed", 1)]),
    ("Gunmen fatally wounded two traders at the market.", [("killed", 2)]),
    ("Ten militants were killed or injured in the airstrikes.", []),
    ("Gunmen killed or injured 12 people.", []),
    # a conjunct with its own count is not the first verb's subject again
    ("Two people were killed and three injured.", [("injured", 3), ("killed", 2)]),
    ("The police killed all 5 militants and rescued the couple.", [("killed", 5)]),
    ("A grenade hit the house, causing the death of 1 person and the wounding of 4 others.", [("injured", 4), ("killed", 1)]),
    ("The attack led to the deaths of three soldiers.", [("killed", 3)]),
    ("Cadres staged a demonstration protesting the death of three killed in police firing.", []),  # the grievance's toll
    # "them": the people the sentence numbered as targets, not the attackers
    ("Militants targeted 2 police personnel, killing them with gunfire.", [("killed", 2)]),
    ("3 gunmen attacked villagers, killing them.", []),
    # animals killed are no toll
    ("They burned down 20 huts and killed 15 livestock before being repelled.", []),
])
def test_named_victims_are_counted(nlp, text, expected):
    assert named(nlp, text) == expected


def test_beheadings_are_killings():
    assert q("Militants beheaded more than 50 people on a football field.") == [("more than 50", "killed", 51, None, True)]


@pytest.mark.parametrize("text, value", [
    ("Unspecified number of fatalities coded as 3.", 3),
    ("Total fatalities coded as 10 (3 Hamas, 7 IDF).", 10),
    ("Fatalities coded as 0 (VoJ reported 1 fatality).", 0),
    ("10 fatalities split across 2 events and coded as 5 for this event.", 5),
    ("Coded as 10 fatalities split across 3 events.", 3),
    ("3 fatalities.", 3),
    ("At least 1 fatality.", 1),
])
def test_the_toll_a_note_codes_is_its_only_figure(text, value):
    found = extract_quantities(text, "d", [(0, len(text))])
    assert [(x.kind, x.low, x.scope) for x in found] == [("killed", value, "coded")]


def test_a_killing_told_as_a_noun_counts_unless_it_is_the_cause():
    assert q("The CMEV reports the killing of 1 UNP supporter.") == [("1", "killed", 1, 1, False)]
    assert [k for _, k, *_ in q("The attack followed the killing of 2 settlers near the town.")] == ["other"]


def test_a_range_is_coded_by_its_lower_bound():
    assert q("Local sources said that between 8 and 16 gunmen were killed.") == [("8", "killed", 8, 16, True)]


@pytest.mark.parametrize("text, value", [
    ("Three people were reported killed over a series of clashes (fatalities split among 3 events).", 1),
    # the smaller share, which most of the events got where the toll does not divide evenly; never none
    ("The group killed 3 militiamen during the attacks. Fatalities divided in 2 events.", 1),
    ("1 resident was killed across two days of attacks. Fatalities split between 2 events.", 1),
    ("The clashes killed 20 fighters on three fronts. Fatalities split up between 3 events.", 6),
    ("Unknown fatalities coded as 10 and split between the two events with 5 coded to each.", 5),
    ("10 militia members were killed during the two days of clashes (coded as five per day).", 5),
    ("Airstrikes killed and injured dozens. Dozens of fatalities and injuries coded as 6.", 6),
    ("Unknown casualties coded as 3.", 3),
    ("Fighters clashed, resulting in at least 20 people killed (fatalities coded across 4 events).", 5),
    ("ISWAP detonated an IED, killing the occupants, unknown fatalities coded at low estimate of 3.", 3),
])
def test_a_toll_split_across_events_counts_this_events_share(text, value):
    bounds = [(0, len(text))] if text.count(". ") == 0 else [(0, text.index(". ") + 1), (text.index(". ") + 2, len(text))]
    killed = [x for x in extract_quantities(text, "d", bounds) if x.kind == "killed"]
    assert [(x.low, x.scope) for x in killed] == [(value, "coded")]


def test_a_coded_toll_outranks_the_figures_a_note_reports():
    from flashpoint.fuse.reconcile import reconcile_figures

    text = "Russian MoD reported 130 soldiers killed near the village. Fatalities coded as 3."
    bounds = [(0, 58), (59, len(text))]
    quantities = [vars(q) | {"official": q.official} for q in extract_quantities(text, "d", bounds)]
    figures = reconcile_figures([{"doc_id": "d", "quantities": quantities}])
    assert figures["killed"]["value"] == 3


def test_a_casualty_figure_says_whom_it_counts():
    text = "7 soldiers and 4 militants were killed. The army said 7 other militants were killed in the counter-attack."
    found = [(x.low, x.people) for x in extract_quantities(text, "d", [(0, len(text))]) if x.kind == "killed"]
    assert found == [(11, "soldiers"), (7, "other militants")]
    # an aside in brackets is some of those counted, not more
    text = "At least 20 people (15 teenagers) were beheaded."
    assert [(x.kind, x.low) for x in extract_quantities(text, "d", [(0, len(text))])] == [("killed", 20), ("other", 15)]


def test_the_toll_of_what_a_protest_denounces_is_not_its_own():
    text = "People protested in Shashamene against a string of stabbing attacks that killed seven people."
    assert [x.kind for x in extract_quantities(text, "d", [(0, len(text))])] == ["other"]


@pytest.mark.parametrize("text, expected", [
    # the sides a fight is between are no toll; "one" is one when the dead follow it
    ("On 3 May, clashes between two groups of youths in Kibera left one dead.",
     [("3", "other", 3, 3, False), ("two", "other", 2, 2, False), ("one", "killed", 1, 1, False)]),
    ("No one was killed.", []),
    ("The attack left one person dead and two injured.", [("one", "killed", 1, 1, False), ("two", "injured", 2, 2, False)]),
    ("One of the villages was burned.", []),
])
def test_the_sides_of_a_fight_and_a_lone_one(text, expected):
    assert q(text) == expected
