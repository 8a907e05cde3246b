"""The defining report, end to end through the CLI and scored by the team's own scorer."""
import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from flashpoint.cli import app
from tests.conftest import LOCAL_PLACES, MASANCHI, SHARED

SCORER = SHARED / "tools" / "score_case.py"
pytestmark = pytest.mark.skipif(not (MASANCHI / "article.txt").exists(), reason="shared/ case files not beside the repo")


@pytest.fixture(scope="module")
def scored(gazetteer, tmp_path_factory):
    runner = CliRunner()
    res = runner.invoke(app, ["gazetteer", "import", str(LOCAL_PLACES)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["extract", str(MASANCHI / "article.txt"), "--published", "2020-02-08",
                              "--source", "Fergana", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    out = tmp_path_factory.mktemp("masanchi") / "events.jsonl"
    out.write_text(res.stdout, encoding="utf-8")
    report = subprocess.run([sys.executable, str(SCORER), str(MASANCHI / "expected.toml"), str(out)],
                            capture_output=True, text=True, check=True).stdout
    events = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    return report, events


def test_every_must_event_found_at_the_right_place_date_and_time(scored):
    report, _ = scored
    last = report.strip().splitlines()[-1]
    assert re.search(r"must (\d+)/\1\b", last), report
    assert "MISSING" not in "\n".join(l for l in report.splitlines() if l.startswith("event ")), report


def test_official_toll_once_and_no_distractor_read_as_casualties(scored):
    report, events = scored
    assert "casualties fatalities=8 injuries=40 ok" in report
    assert "distractor" not in report
    assert sum(1 for e in events if e["fatalities"] == 8) == 1


def test_all_claims_and_contested_topics(scored):
    report, events = scored
    assert re.search(r"claims 6/6", report), report
    topics = {t["topic"] for e in events for t in e.get("contested_topics", [])}
    assert {"situation under control", "border closure"} <= topics


def test_nothing_spurious_and_nothing_in_almaty(scored):
    report, _ = scored
    assert "spurious 0" in report, report
    assert "Almaty" not in report


def test_villages_missing_from_gazetteer_are_placed_near_their_anchor(scored):
    _, events = scored
    for village in ("Sortobe", "Bular Batyr"):
        placed = [e for e in events if e["location"] == village]
        assert placed, village
        for ev in placed:
            assert ev["geo_precision"] == 2 and ev["country"] == "KZ"
            assert (ev["admin1"], ev["admin2"]) == ("Zhambyl", "Korday")
    # The attack on the police in Sortobe on the 7th (the roadblock there was the next day).
    attack = next(e for e in events if e["location"] == "Sortobe" and e["event_date"] == "2020-02-07")
    assert attack["time_start"] == "2020-02-07T14:10:00+06:00" and attack["arrests"] == 2


def test_case_score_is_perfect(scored):
    report, _ = scored
    assert "case score 1.00" in report, report
