"""flashpoint.extract on short reports: whole-pipeline behaviours that no single extractor owns."""
from __future__ import annotations


def test_gmt_clock_times_become_local_time_and_date(gazetteer):
    import flashpoint

    events = flashpoint.extract("Protesters clashed with police in Almaty at 2200 GMT on 5 January 2022.",
                                published="2022-01-06", gazetteer=gazetteer)
    assert [(e.event_date, e.time_start) for e in events] == [("2022-01-06", "2022-01-06T04:00:00+06:00")]


def test_protesters_clashing_is_one_violent_demonstration_by_rioters(gazetteer):
    import flashpoint

    events = flashpoint.extract("Protesters threw stones at police in Almaty on 5 January 2022.",
                                published="2022-01-06", gazetteer=gazetteer)
    assert [(e.event_type, e.sub_event_type, e.inter1, e.inter2) for e in events] == \
        [("Riots", "Violent demonstration", 5, 1)]


def test_a_statement_date_does_not_date_the_event(gazetteer):
    import flashpoint

    text = ("Two soldiers were killed in a firefight near Argelia, in the department of Cauca, the army said on Monday. "
            "Troops came under fire late on Sunday afternoon and fought back for two hours.")
    events = flashpoint.extract(text, published="2023-05-08", gazetteer=gazetteer)
    assert {e.event_date for e in events} == {"2023-05-07"}


def test_a_brief_that_dates_nothing_is_dated_by_its_report(gazetteer):
    import flashpoint

    events = flashpoint.extract("Clashes between police and Muslim rioters at a mosque in Kano left eight people dead.",
                                published="2016-10-14", gazetteer=gazetteer)
    assert [(e.event_date, e.time_precision, e.fatalities) for e in events] == [("2016-10-14", 2, 8)]
    # A report that dates its events still drops what it never dates (background, commentary).
    dated = flashpoint.extract("On 3 May 2020, gunmen attacked a village near Kano. Such attacks fuel displacement.",
                               published="2020-05-04", gazetteer=gazetteer)
    assert [e.event_date for e in dated] == ["2020-05-03"]


def test_the_toll_the_note_codes_is_the_events_toll(gazetteer):
    import flashpoint

    text = ("On 9 May 2020, Houthi forces shelled pro-government positions near Taiz, incurring fatalities. "
            "Unspecified number of fatalities coded as 3.")
    events = flashpoint.extract(text, published="2020-05-09", gazetteer=gazetteer)
    assert [e.fatalities for e in events] == [3]
