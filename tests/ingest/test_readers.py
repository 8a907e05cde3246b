"""Ingest: every format becomes Documents; bad input is named and skipped, never fatal."""
import json
from datetime import datetime
from pathlib import Path

import pytest

from flashpoint.ingest.readers import BadInput, Document, IngestError, make_document, parse_published, read_inputs

FIXTURES = Path(__file__).parent / "fixtures"


def _docs(items):
    return [i for i in items if isinstance(i, Document)]


def _errors(items):
    return [i for i in items if isinstance(i, IngestError)]


def test_plain_text_takes_metadata_and_headline(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("Gunmen attack village\n\nGunmen killed four people in Gao on Monday.", encoding="utf-8")
    [doc] = _docs(read_inputs([f], {"published": "2024-03-05", "source": "Wire"}))
    assert doc.title == "Gunmen attack village"
    assert doc.source == "Wire"
    assert doc.published_at == datetime(2024, 3, 5)
    assert doc.origin == str(f)


def test_html_keeps_the_article_and_drops_boilerplate():
    [doc] = _docs(read_inputs([FIXTURES / "report.html"]))
    assert "tear gas" in doc.text and "35 people were arrested" in doc.text
    assert "Cookie policy" not in doc.text and "Subscribe now" not in doc.text
    assert doc.title == "Protesters dispersed in Nairobi"


def test_rss_items_are_documents_with_their_own_dates_and_links():
    docs = _docs(read_inputs([FIXTURES / "feed.rss"]))
    assert [d.url for d in docs] == ["https://wire.example/jos", "https://wire.example/kaduna"]
    assert docs[0].source == "Example Wire"
    assert docs[0].published_at.date().isoformat() == "2024-06-04"


def test_jsonl_bad_lines_are_reported_with_line_numbers_and_the_rest_read(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join([
        json.dumps({"text": "Protesters marched in Dakar on Friday.", "source": "A", "published": "2023-06-02"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Riot in Lagos.", "published": "the day after tomorrow"}),
        json.dumps({"text": "Soldiers clashed with rebels near Goma on Sunday.", "source": "B"}),
    ]), encoding="utf-8")
    items = list(read_inputs([f]))
    assert [d.source for d in _docs(items)] == ["A", "B"]
    problems = {e.origin: e.problem for e in _errors(items)}
    assert set(problems) == {f"{f}:2", f"{f}:3", f"{f}:4"}
    assert "not JSON" in problems[f"{f}:2"]
    assert "text" in problems[f"{f}:3"]
    assert "published" in problems[f"{f}:4"]


@pytest.mark.parametrize("content, problem", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    ("Protesta en Bogot\u00e1".encode("latin-1"), "UTF-8"),
])
def test_unreadable_files_are_named_and_skipped(tmp_path, content, problem):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Police arrested 12 protesters in Harare on Monday.", encoding="utf-8")
    items = list(read_inputs([bad, good]))
    [err] = _errors(items)
    assert err.origin == str(bad) and problem in err.problem
    assert len(_docs(items)) == 1


def test_same_report_twice_is_one_document(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Clashes in Osh left two dead.", encoding="utf-8")
    b.write_text("Clashes in Osh   left two dead.\n", encoding="utf-8")
    assert len(_docs(read_inputs([a, b]))) == 1


def test_directory_with_manifest_gives_each_file_its_metadata(tmp_path):
    (tmp_path / "one.txt").write_text("Riot police dispersed protesters in Tbilisi.", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(json.dumps([{"file": "one.txt", "source": "Civil", "published": "2023-03-08"}]))
    [doc] = _docs(read_inputs([tmp_path]))
    assert doc.source == "Civil" and doc.published_at == datetime(2023, 3, 8)


def test_published_dates():
    assert parse_published("2020-02-08") == datetime(2020, 2, 8)
    assert parse_published("2020-02-08T10:00:00+06:00").utcoffset().total_seconds() == 6 * 3600
    assert parse_published(None) is None
    with pytest.raises(BadInput):
        parse_published("08/02/20xx")
    with pytest.raises(BadInput):
        make_document("   ")
