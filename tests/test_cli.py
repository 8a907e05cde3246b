"""The CLI end to end: run, re-run, list, show, export, and bad input that loses nothing."""
import json

import pytest
from typer.testing import CliRunner

from flashpoint.cli import app

REPORT = ("Gunmen killed four villagers and wounded two others in an attack on Kidal in northern Mali on "
          "Monday evening, a local official told Reuters. Soldiers later arrested three suspects.")


@pytest.fixture()
def db(tmp_path, gazetteer):
    return str(tmp_path / "events.db")


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_run_rerun_list_show_export(tmp_path, db):
    report = tmp_path / "mali.txt"
    report.write_text(REPORT, encoding="utf-8")
    first = invoke("run", report, "--db", db, "--published", "2023-05-10", "--source", "Wire")
    assert first.exit_code == 0, first.output
    rows = json.loads("[" + ",".join(invoke("export", "--db", db, "--format", "jsonl").stdout.splitlines()) + "]")
    again = invoke("run", report, "--db", db, "--published", "2023-05-10", "--source", "Wire")
    assert again.exit_code == 0
    rows_again = [json.loads(l) for l in invoke("export", "--db", db).stdout.splitlines()]
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in rows_again]
    attack = next(r for r in rows if r["event_type"] == "Violence against civilians")
    assert (attack["location"], attack["country"], attack["fatalities"], attack["injuries"]) == ("Kidal", "ML", 4, 2)
    assert attack["event_date"] == "2023-05-08"
    listing = invoke("events", "--db", db, "--country", "ML")
    assert "Kidal" in listing.stdout
    shown = invoke("show", attack["event_id"], "--db", db)
    assert shown.exit_code == 0 and "Evidence" in shown.stdout and "Gunmen killed" in shown.stdout
    assert "candidates" in shown.stdout and "geonames:" in shown.stdout  # why Kidal: the entries it beat
    csv_out = invoke("export", "--db", db, "--format", "acled").stdout
    assert csv_out.splitlines()[0].startswith("event_id_cnty,event_date,year")
    parquet = tmp_path / "e.parquet"
    assert invoke("export", "--db", db, "--format", "parquet", "-o", parquet).exit_code == 0 and parquet.stat().st_size > 0


def test_bad_input_is_named_skipped_and_nothing_stored_is_lost(tmp_path, db):
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    assert invoke("run", good, "--db", db, "--published", "2023-05-10").exit_code == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\xff\x00binary")
    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"text": "Protesters marched in Dakar on Friday.", "published": "2023-06-02"}\n{broken\n', encoding="utf-8")
    res = invoke("run", empty, binary, lines, "--db", db)
    assert res.exit_code == 1
    assert f"{empty}: empty file" in res.output and f"{binary}: binary" in res.output and f"{lines}:2: not JSON" in res.output
    rows = [json.loads(l) for l in invoke("export", "--db", db).stdout.splitlines()]
    assert any(r["location"] == "Kidal" for r in rows) and any(r["location"] == "Dakar" for r in rows)


def test_bad_published_date_is_a_clear_error(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    res = invoke("extract", f, "--published", "yesterday-ish")
    assert res.exit_code == 2 and "--published" in res.output


def test_python_api_needs_no_cli(gazetteer):
    import flashpoint

    events = flashpoint.extract(REPORT, published="2023-05-10", source="Wire", gazetteer=gazetteer)
    assert any(e.location == "Kidal" and e.fatalities == 4 for e in events)
    assert callable(flashpoint.extract)  # still the function after the pipeline's modules were imported


def test_show_says_where_the_outlet_is_based(tmp_path, db):
    report = tmp_path / "tripoli.txt"
    report.write_text("Restaurant workers held a sit-in at a roundabout in Tripoli on Tuesday, demanding to be allowed "
                      "to work.", encoding="utf-8")
    assert invoke("run", report, "--db", db, "--published", "2020-05-06", "--source", "An-Nahar").exit_code == 0
    [row] = [json.loads(l) for l in invoke("export", "--db", db).stdout.splitlines()]
    assert row["country"] == "LB"  # the outlet's country decided which Tripoli
    shown = invoke("show", row["event_id"], "--db", db)
    assert "outlet's country" in shown.stdout and "LB" in shown.stdout
