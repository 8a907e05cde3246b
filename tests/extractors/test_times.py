"""Time resolution: absolute, relative and narrative-anchored expressions → local intervals.

Conventions under test: intervals are half-open [start, end); a clock time is an
instant (start == end); unresolved expressions have start = end = None.
"""
from datetime import date, datetime

import pytest

from flashpoint.extractors.times import extract_times, governing_time, localize

PUB = date(2020, 2, 8)  # a Saturday


def D(*a):
    return datetime(*a)


def last(text, published=PUB):
    """The last time mention of ``text`` (earlier sentences only set up the narrative)."""
    found = extract_times(text, published)
    assert found, f"no time found in {text!r}"
    return found[-1]


CASES = [
    # ---- absolute dates
    ("Protests took place on 7 February.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("It happened on 7 February 2020 in the capital.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("Police said that on February 7 they arrested 12.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("The march on Feb. 7, 2020 was peaceful.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("It was the 7 February when they came.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("On the 7th of February crowds gathered.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("Report dated 2020-02-07.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("The rally on 07/02/2020 drew thousands.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("The rally on 02/13/2020 drew thousands.", date(2020, 2, 14), D(2020, 2, 13), D(2020, 2, 14), 1),
    ("Opposition parties protested on 19/6/97.", date(1997, 6, 20), D(1997, 6, 19), D(1997, 6, 20), 1),  # %y pivot
    ("Opposition parties protested on 19/6/21.", date(2021, 6, 20), D(2021, 6, 19), D(2021, 6, 20), 1),
    ("Strikes began on 7 December.", date(2020, 1, 8), D(2019, 12, 7), D(2019, 12, 8), 1),
    ("Strikes began on 8 February.", PUB, D(2020, 2, 8), D(2020, 2, 9), 1),
    ("Riots broke out on Tuesday, 4 February.", PUB, D(2020, 2, 4), D(2020, 2, 5), 1),
    ("MOSCOW, Feb 8 (Reuters) - Police detained dozens.", PUB, D(2020, 2, 8), D(2020, 2, 9), 1),
    ("Clashes erupted on 7 February 2020.", None, D(2020, 2, 7), D(2020, 2, 8), 1),
    # ---- month and week precision
    ("Protests spread in February.", PUB, D(2020, 2, 1), D(2020, 3, 1), 3),
    ("Protests spread in March.", PUB, D(2019, 3, 1), D(2019, 4, 1), 3),
    ("Protests spread in February 2019.", PUB, D(2019, 2, 1), D(2019, 3, 1), 3),
    ("Earlier this month the union called a strike.", PUB, D(2020, 2, 1), D(2020, 3, 1), 3),
    ("Last month the union called a strike.", PUB, D(2020, 1, 1), D(2020, 2, 1), 3),
    ("Last week the union called a strike.", PUB, D(2020, 1, 27), D(2020, 2, 3), 2),
    ("Earlier this week the union called a strike.", PUB, D(2020, 2, 3), D(2020, 2, 8), 2),
    ("Riots were reported over the weekend.", date(2020, 2, 10), D(2020, 2, 8), D(2020, 2, 10), 2),
    ("Elections were held in 2019.", PUB, D(2019, 1, 1), D(2020, 1, 1), 3),
    # ---- relative to publication
    ("Crowds gathered today.", PUB, D(2020, 2, 8), D(2020, 2, 9), 1),
    ("Crowds gathered yesterday.", PUB, D(2020, 2, 7), D(2020, 2, 8), 1),
    ("Crowds gathered the day before yesterday.", PUB, D(2020, 2, 6), D(2020, 2, 7), 1),
    ("Crowds gathered on Tuesday.", PUB, D(2020, 2, 4), D(2020, 2, 5), 1),
    ("Crowds gathered last Tuesday.", PUB, D(2020, 2, 4), D(2020, 2, 5), 1),
    ("Crowds gathered on Saturday.", PUB, D(2020, 2, 8), D(2020, 2, 9), 1),  # wire style: publication's own day
    ("Crowds gathered last Saturday.", PUB, D(2020, 2, 1), D(2020, 2, 2), 1),  # "last": strictly before
    ("Crowds gathered late on Tuesday.", PUB, D(2020, 2, 4, 21), D(2020, 2, 5), 1),
    ("Crowds are gathering this Saturday.", PUB, D(2020, 2, 8), D(2020, 2, 9), 1),
    ("Shots were heard last night.", PUB, D(2020, 2, 7, 21), D(2020, 2, 8, 6), 1),
    ("Shots were heard overnight.", PUB, D(2020, 2, 7, 21), D(2020, 2, 8, 6), 1),
    ("Shots were heard on Sunday night.", PUB, D(2020, 2, 2, 21), D(2020, 2, 3, 6), 1),
    ("Shots were heard two days ago.", PUB, D(2020, 2, 6), D(2020, 2, 7), 1),
    ("Shots were heard a week ago.", PUB, D(2020, 2, 1), D(2020, 2, 2), 2),
    ("Shots were heard yesterday morning.", PUB, D(2020, 2, 7, 6), D(2020, 2, 7, 12), 1),
    ("Shots were heard this morning.", PUB, D(2020, 2, 8, 6), D(2020, 2, 8, 12), 1),
    ("Troops moved in since Friday.", PUB, D(2020, 2, 7), D(2020, 2, 9), 2),
    # ---- relative to the narrative date
    ("On 5 February police arrived. Three days earlier, a rally was held.", PUB, D(2020, 2, 2), D(2020, 2, 3), 1),
    ("On 5 February police arrived. The following day, a rally was held.", PUB, D(2020, 2, 6), D(2020, 2, 7), 1),
    ("On 5 February police arrived. The next day, a rally was held.", PUB, D(2020, 2, 6), D(2020, 2, 7), 1),
    ("On 5 February police arrived. The next morning, a rally was held.", PUB, D(2020, 2, 6, 6), D(2020, 2, 6, 12), 1),
    ("On 5 February police arrived. On the same day, a rally was held.", PUB, D(2020, 2, 5), D(2020, 2, 6), 1),
    ("On 5 February police arrived. In the afternoon, a rally was held.", PUB, D(2020, 2, 5, 12), D(2020, 2, 5, 18), 1),
    ("On 5 February police arrived. That night, shots were fired.", PUB, D(2020, 2, 5, 21), D(2020, 2, 6, 6), 1),
    ("On 5 February police arrived. The clashes went on for three days.", PUB, D(2020, 2, 3), D(2020, 2, 6), 2),
    ("On 5 February police arrived. At 14.10, a rally began.", PUB, D(2020, 2, 5, 14, 10), D(2020, 2, 5, 14, 10), 1),
    ("On the evening of 5 February police arrived. At 3am, shots rang out.", PUB, D(2020, 2, 6, 3), D(2020, 2, 6, 3), 1),
    ("On 5 February police arrived. At 3am, shots rang out.", PUB, D(2020, 2, 5, 3), D(2020, 2, 5, 3), 1),
    ("On the evening of 5 February police arrived. Overnight, shots rang out.", PUB, D(2020, 2, 6), D(2020, 2, 6, 6), 1),
    ("On the evening of 5 February police arrived. At midnight, shots rang out.", PUB, D(2020, 2, 6), D(2020, 2, 6), 1),
    ("Police came this morning. Three were brought in overnight.", PUB, D(2020, 2, 8), D(2020, 2, 8, 6), 1),
    ("Late on Tuesday night gunmen came. They arrived shortly before midnight.", PUB, D(2020, 2, 4, 23, 59), D(2020, 2, 4, 23, 59), 1),
    ("On 23/01/2024 at about 2330hrs, a call came.", date(2024, 1, 24), D(2024, 1, 23, 23, 30), D(2024, 1, 23, 23, 30), 1),
    ("On 1 December 2019 police arrived. On 7 December, shots rang out.", None, D(2019, 12, 7), D(2019, 12, 8), 1),
    # ---- clock times (instants)
    ("Police fired at 14:10.", PUB, D(2020, 2, 8, 14, 10), D(2020, 2, 8, 14, 10), 1),
    ("Police fired at around 14.10.", PUB, D(2020, 2, 8, 14, 10), D(2020, 2, 8, 14, 10), 1),
    ("Police fired at 2.10pm.", PUB, D(2020, 2, 8, 14, 10), D(2020, 2, 8, 14, 10), 1),
    ("Police fired at 2:10 p.m. on the crowd.", PUB, D(2020, 2, 8, 14, 10), D(2020, 2, 8, 14, 10), 1),
    ("Police fired at 5.25am.", PUB, D(2020, 2, 8, 5, 25), D(2020, 2, 8, 5, 25), 1),
    ("Police fired at 5 am.", PUB, D(2020, 2, 8, 5), D(2020, 2, 8, 5), 1),
    ("Police fired at 9 in the morning.", PUB, D(2020, 2, 8, 9), D(2020, 2, 8, 9), 1),
    ("Police fired at 9 in the evening.", PUB, D(2020, 2, 8, 21), D(2020, 2, 8, 21), 1),
    ("Police fired at noon.", PUB, D(2020, 2, 8, 12), D(2020, 2, 8, 12), 1),
    ("Police fired 5.25am local time.", PUB, D(2020, 2, 8, 5, 25), D(2020, 2, 8, 5, 25), 1),
    ("Police fired around 10pm.", PUB, D(2020, 2, 8, 22), D(2020, 2, 8, 22), 1),
    ("Police fired at 1410 hours.", PUB, D(2020, 2, 8, 14, 10), D(2020, 2, 8, 14, 10), 1),
    ("Police fired on 5 February at 14.10.", PUB, D(2020, 2, 5, 14, 10), D(2020, 2, 5, 14, 10), 1),
    ("Police fired yesterday at 5pm.", PUB, D(2020, 2, 7, 17), D(2020, 2, 7, 17), 1),
    ("Police fired at 2.10 that afternoon.", PUB, D(2020, 2, 8, 14, 10), D(2020, 2, 8, 14, 10), 1),
    # ---- parts of day
    ("Late on the evening of 7 February, videos appeared.", PUB, D(2020, 2, 7, 21), D(2020, 2, 8), 1),
    ("On the morning of 7 February, videos appeared.", PUB, D(2020, 2, 7, 6), D(2020, 2, 7, 12), 1),
    ("A crowd gathered on the night to 8 February.", PUB, D(2020, 2, 7, 21), D(2020, 2, 8, 6), 1),
    ("A crowd gathered on the night of 7 to 8 February.", PUB, D(2020, 2, 7, 21), D(2020, 2, 8, 6), 1),
    ("A crowd gathered on the night of 7 February.", PUB, D(2020, 2, 7, 21), D(2020, 2, 8, 6), 1),
    ("A crowd gathered in the early hours of 7 February.", PUB, D(2020, 2, 7), D(2020, 2, 7, 6), 1),
    # ---- ranges
    ("Strikes ran from 7 to 9 February.", PUB, D(2020, 2, 7), D(2020, 2, 10), 2),
    ("Strikes ran between 7 and 9 February.", PUB, D(2020, 2, 7), D(2020, 2, 10), 2),
    ("Strikes ran 7-9 February.", PUB, D(2020, 2, 7), D(2020, 2, 10), 2),
    ("Strikes ran February 3-5.", PUB, D(2020, 2, 3), D(2020, 2, 6), 2),
    ("Strikes ran from 20 January to 5 February.", PUB, D(2020, 1, 20), D(2020, 2, 6), 3),
    # ---- no anchor: unresolved, never guessed
    ("Clashes erupted on 7 February.", None, None, None, 1),
    ("Clashes erupted yesterday.", None, None, None, 1),
    ("Clashes erupted on Tuesday.", None, None, None, 1),
    ("Clashes erupted at 14.10.", None, None, None, 1),
]


@pytest.mark.parametrize("text, published, start, end, precision", CASES)
def test_expression(text, published, start, end, precision):
    t = last(text, published)
    assert (t.start, t.end, t.time_precision) == (start, end, precision), t
    assert t.resolved == (start is not None)


def test_there_are_enough_cases():
    assert len(CASES) >= 60


def test_a_date_in_a_clause_about_an_earlier_episode_does_not_date_the_event():
    text = "The army said it had retaken the city, more than a year after the RSF seized it in December 2023."
    times = extract_times(text, PUB)
    i = text.index("retaken")
    assert governing_time(times, i, i + 7, 0, len(text), text) is None
    assert governing_time(times, i, i + 7, 0, len(text)).span.text == "in December 2023"  # without the text, no clauses


def test_a_day_after_another_event_does_not_date_this_one():
    found = extract_times("On 2 October 2024, fighters engaged troops, a day after Israel announced an operation.", PUB)
    assert [t.span.text for t in found] == ["2 October 2024"]
    later = extract_times("Police came on 7 February. Two days later, the village was burned.", PUB)
    assert later[-1].start == D(2020, 2, 9)


@pytest.mark.parametrize("text", [
    "under article 293 of the Criminal Code",
    "a town of 18,000 inhabitants",
    "60 kilometres from the centre",
    "94% of them",
    "3km from Masanchi",
    "2.5 million people",
    "the team won 3-1",
    "the 2019 elections",
    "prices rose by 2.50 percent",
    "section 14.10 of the code",
    "they march 7 kilometres a day",
    "at least 5 were hurt",
    "pay arrears by Friday",
])
def test_numbers_that_are_not_times(text):
    assert extract_times(text, PUB) == []


def test_kinds_and_flags():
    text = "On 5 February, at 14.10, police came. Later that evening they left. Yesterday it rained. Strikes ran from 7 to 9 February for three days."
    got = [(t.span.text, t.kind, t.has_clock) for t in extract_times(text, PUB)]
    assert got == [
        ("5 February, at 14.10", "clock", True),
        ("Later that evening", "part_of_day", True),
        ("Yesterday", "relative", False),
        ("from 7 to 9 February", "range", False),
        ("for three days", "duration", False),
    ]


def test_spans_carry_doc_and_sentence():
    text = "Calm returned. Police fired on 7 February."
    (t,) = extract_times(text, PUB, "doc1", [(0, 14), (15, len(text))])
    assert (t.span.doc_id, t.span.sentence, text[t.span.start:t.span.end]) == ("doc1", 1, t.span.text)
    assert t.span.text == "7 February"


MASANCHI = [
    "Late on the evening of 7 February, videos apparently taken by residents appeared on social media.",
    "On the evening of the 7 February, the regional police department announced that residents had attacked local police officers.",
    "At around 14.10 that afternoon, in the course of a routine patrol in the village, law enforcement officers had stopped a Honda Odyssey.",
    "Later that evening, a mass brawl erupted in the village.",
    "The Investigations Office has opened a pre-trial investigation under article 293 (Hooliganism) of the Criminal Code.",
    "It is the largest settlement in the district, with 18,000 inhabitants, 94% of them members of the diaspora, 60 kilometres from the centre.",
    "Shortly afterwards, he stated that people were said to have been killed in course of the night's attacks.",
    "At 5.25am local time, he wrote on his Facebook page that army units had arrived in the area.",
    "Someone I know has relatives who literally went there yesterday to pay a visit.",
    "The footage shows a large crowd gathering on the Kazakh side on the night to the 8 February.",
]


def _masanchi():
    text, bounds = "", []
    for s in MASANCHI:
        if text:
            text += " "
        bounds.append((len(text), len(text) + len(s)))
        text += s
    return text, bounds


def test_masanchi_narrative():
    text, bounds = _masanchi()
    times = extract_times(text, date(2020, 2, 8), "masanchi", bounds)
    by = {t.span.text: t for t in times}
    late = by["Late on the evening of 7 February"]
    assert (late.start, late.end, late.has_clock) == (D(2020, 2, 7, 21), D(2020, 2, 8), True)
    clock = by["At around 14.10 that afternoon"]  # anchored by "On the evening of the 7 February", not publication
    assert (clock.start, clock.kind, clock.span.sentence) == (D(2020, 2, 7, 14, 10), "clock", 2)
    evening = by["Later that evening"]
    assert (evening.start, evening.end) == (D(2020, 2, 7, 18), D(2020, 2, 8))
    army = by["At 5.25am local time"]  # after the night's attacks: the next day
    assert (army.start, army.end) == (D(2020, 2, 8, 5, 25), D(2020, 2, 8, 5, 25))
    night = next(t for t in times if t.span.text.startswith("on the night to"))
    assert (night.start, night.end) == (D(2020, 2, 7, 21), D(2020, 2, 8, 6))
    assert by["yesterday"].start == D(2020, 2, 7)
    # nothing read from the numbers of sentences 4 and 5
    assert not [t for t in times if t.span.sentence in (4, 5)]
    assert all(t.resolved and t.time_precision == 1 for t in times)
    assert localize(D(2020, 2, 7, 14, 10), "Asia/Almaty") == "2020-02-07T14:10:00+06:00"


def test_masanchi_governing_time():
    text, bounds = _masanchi()
    times = extract_times(text, date(2020, 2, 8), "masanchi", bounds)
    # same sentence: "stopped" in sentence 2 → the 14.10 clock before it
    s2 = bounds[2][0]
    i = text.index("stopped")
    assert governing_time(times, i, i + 7, s2).span.text == "At around 14.10 that afternoon"
    # same sentence, after the trigger: "gathering ... on the night to the 8 February"
    s9 = bounds[9][0]
    i = text.index("gathering")
    assert governing_time(times, i, i + 9, s9).start == D(2020, 2, 7, 21)
    # no time in the sentence: the narrative state before it ("Later that evening" → 7 February)
    s4 = bounds[4][0]
    i = text.index("investigation")
    g = governing_time(times, i, i + 13, s4)
    assert g.span.text == "Later that evening" and g.start.date() == date(2020, 2, 7)


def test_governing_time_rules():
    text = "On 5 February police arrived. Protesters clashed with them on Tuesday. Shops were looted."
    bounds = [(0, 29), (30, 70), (71, len(text))]
    times = extract_times(text, PUB, "d", bounds)
    i = text.index("clashed")
    assert governing_time(times, i, i + 7, 30).start == D(2020, 2, 4)  # nearest after, same sentence
    assert governing_time(times, i, i + 7, 30, sentence_end=70).start == D(2020, 2, 4)
    i = text.index("looted")
    assert governing_time(times, i, i + 6, 71).start == D(2020, 2, 4)  # narrative: latest before
    assert governing_time([], 0, 5, 0) is None
    # a later sentence's time never governs when the sentence holds none
    text = "Shops were looted. On 5 February police arrived."
    times = extract_times(text, PUB, "d", [(0, 18), (19, len(text))])
    assert governing_time(times, 11, 17, 0) is None
    # durations do not move the narrative
    text = "On 5 February police arrived. The strike lasted for three days. Shops were looted."
    times = extract_times(text, PUB, "d", [(0, 29), (30, 63), (64, len(text))])
    assert governing_time(times, 75, 81, 64).span.text == "5 February"


def test_localize():
    assert localize(None, "Asia/Almaty") is None
    assert localize(D(2020, 2, 7, 14, 10), None) == "2020-02-07T14:10:00"
    assert localize(D(2020, 7, 1, 12), "Europe/Paris") == "2020-07-01T12:00:00+02:00"  # DST from the zone rules
    assert localize(D(2020, 1, 1, 12), "Europe/Paris") == "2020-01-01T12:00:00+01:00"
    assert localize(D(2020, 2, 7, 14, 10), "Not/AZone") == "2020-02-07T14:10:00"


def test_clock_ranges_are_one_interval_across_midnight():
    from datetime import datetime

    from flashpoint.extractors.times import extract_times

    for text, start, end in [("Shooting continued from 11pm to 5am on Saturday.", "2024-02-09 23:00", "2024-02-10 05:00"),
                             ("The curfew ran from 8pm until 6am.", "2024-02-10 20:00", "2024-02-11 06:00")]:
        found = extract_times(text, datetime(2024, 2, 10), "d", [(0, len(text))])
        assert [(m.kind, m.start.strftime("%Y-%m-%d %H:%M"), m.end.strftime("%Y-%m-%d %H:%M")) for m in found] == \
            [("range", start, end)], text
