"""The evaluation commands on the team's gold files: they run, and flashpoint stays above floors.

Floors sit under the figures measured when they were set (geoparse acc@161km 0.97, ACLED
event type 0.97, attribution precision 1.00 / recall 0.98), so a change that loses accuracy
on any of the three fails here, not first in a user's hands. The gold files drove some of the
rules, so the figures are optimistic for unseen reports; the floors are what must never slip.
"""
from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def test_geoparse_gold(gazetteer, nlp):
    from flashpoint.eval.geoparse import evaluate, load_gold

    scores = evaluate(load_gold(FIXTURES / "geoparse_gold.jsonl"), gazetteer, nlp)
    assert scores["found"] >= 0.95
    assert scores["accuracy_161km"] >= 0.90
    assert scores["accuracy_10km"] >= 0.90  # the issue asks 0.75 of held-out news; this gold gives 0.961


def test_geoparse_counts_the_gold_record_apart_from_its_point(gazetteer, nlp, tmp_path):
    """Gold in LGL's XML names each toponym's GeoNames record: a toponym resolved to that record counts as
    the same record even where the gold's point (an older GeoNames edition's) lies 100 km from ours, and a
    namesake counts as another record however near it is."""
    from flashpoint.eval.geoparse import evaluate, load_gold

    text = "A crowd gathered in Paris, Texas, on Friday."
    gold = tmp_path / "gold.xml"
    gold.write_text(f"""<articles><article><text>{text}</text><toponyms>
      <toponym><start>20</start><end>25</end><phrase>Paris</phrase>
        <gaztag geonameid="4717560"><lat>34.66</lat><lon>-95.56</lon></gaztag></toponym>
      <toponym><start>27</start><end>32</end><phrase>Texas</phrase>
        <gaztag geonameid="1"><lat>31.25</lat><lon>-99.25</lon></gaztag></toponym>
    </toponyms></article></articles>""")
    articles = load_gold(gold)
    assert [t["geonameid"] for t in articles[0]["toponyms"]] == ["4717560", "1"]
    scores = evaluate(articles, gazetteer, nlp)
    assert scores["with_geonames_record"] == 2 and scores["same_geonames_record"] == 0.5
    assert scores["accuracy_10km"] < 1.0  # Paris's gold point is a degree north of the record's own
    # gold with no records (the team's JSONL) gives no such measure rather than a zero
    assert "same_geonames_record" not in evaluate(load_gold(FIXTURES / "geoparse_gold.jsonl"), gazetteer, nlp)


def test_acled_sample(gazetteer, nlp):
    from flashpoint.eval.acled import evaluate, load_rows

    scores = evaluate(load_rows(FIXTURES / "acled_sample.csv"), gazetteer, nlp)
    assert scores["rows"] == 30
    assert scores["event_type"] >= 0.90 and scores["sub_event_type"] >= 0.85
    assert scores["inter1"] >= 0.85 and scores["fatalities_exact"] >= 0.90
    assert scores["event_date"] >= 0.95 and scores["location_10km"] >= 0.75


def test_acled_heldout_rows(gazetteer, nlp):
    # 40 rows in 29 countries written apart from the code (acled_heldout.csv, export-style dates);
    # the first 20 guided fixes, the last 20 were only ever scored.
    from flashpoint.eval.acled import evaluate, load_rows

    rows = load_rows(FIXTURES / "acled_heldout.csv")
    assert rows[0]["event_date"] == "2024-11-30"  # "30 November 2024" as ACLED exports write it
    scores = evaluate(rows, gazetteer, nlp)
    assert scores["event_type"] >= 0.70 and scores["event_date"] >= 0.80
    assert scores["fatalities_within_1"] >= 0.70 and scores["location_50km"] >= 0.70


def test_acled_second_development_set(gazetteer, nlp):
    # 40 more rows in 30 other countries (acled_dev2.csv), written apart from the code, ISO dates.
    from flashpoint.eval.acled import evaluate, load_rows

    scores = evaluate(load_rows(FIXTURES / "acled_dev2.csv"), gazetteer, nlp)
    assert scores["event_type"] >= 0.80 and scores["sub_event_type"] >= 0.75
    assert scores["fatalities_within_1"] >= 0.80 and scores["event_date"] >= 0.85


def test_acled_third_development_set(gazetteer, nlp):
    # 60 rows in 39 countries covering all 25 sub-event types, a quarter written as wire copy with
    # datelines, quotes and numbers that are not tolls (acled_dev3.csv), written apart from the code.
    from flashpoint.eval.acled import evaluate, load_rows

    scores = evaluate(load_rows(FIXTURES / "acled_dev3.csv"), gazetteer, nlp)
    assert scores["event_type"] >= 0.85 and scores["sub_event_type"] >= 0.78
    assert scores["fatalities_exact"] >= 0.88 and scores["location_10km"] >= 0.72
    assert scores["inter1"] >= 0.65


def test_attribution_cases(nlp):
    from flashpoint.eval.attribution import evaluate, load_cases

    scores = evaluate(load_cases(FIXTURES / "attribution_cases.jsonl"), nlp)
    assert scores["precision"] >= 0.90 and scores["recall"] >= 0.85


def test_eval_commands_print_json(tmp_path, gazetteer):
    from typer.testing import CliRunner

    from flashpoint.cli import app

    result = CliRunner().invoke(app, ["eval", "geoparse", str(FIXTURES / "geoparse_gold.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    assert 0.0 <= json.loads(result.stdout)["accuracy_161km"] <= 1.0


def test_acled_dates_as_exports_and_spreadsheets_write_them():
    import pytest

    from flashpoint.eval.acled import iso_date

    for written in ("2025-06-06", "06 June 2025", "6-Jun-25", "6-Jun-2025", "06/06/2025"):
        assert iso_date(written, "x.csv:2") == "2025-06-06"
    with pytest.raises(ValueError, match="x.csv:9"):
        iso_date("sometime in June", "x.csv:9")


def test_every_event_of_the_team_files_has_a_sub_type_of_its_type(gazetteer, nlp):
    # A rule that changes a sub-type must change its type with it: a strike the police dispersed was once left a
    # strategic development with the protest's "Protest with intervention" sub-type, a row no ACLED user can read.
    from flashpoint.eval.acled import load_rows
    from flashpoint.ingest.readers import make_document
    from flashpoint.model import EVENT_TYPES
    from flashpoint.pipeline import analyze

    notes = [(row["notes"], row["event_date"]) for name in ("acled_sample", "acled_heldout", "acled_dev2", "acled_dev3")
             for row in load_rows(FIXTURES / f"{name}.csv")]
    notes.append(("On 6 April 2023, taxi drivers went on strike in Bulawayo; police fired tear gas.", "2023-04-06"))
    seen = 0
    for text, day in notes:
        doc = make_document(text, published=day)
        for ev in analyze(doc, nlp(doc.text), gazetteer).events:
            assert ev.sub_event_type in EVENT_TYPES[ev.event_type], (text, ev.event_type, ev.sub_event_type)
            seen += 1
    assert seen >= len(notes)
