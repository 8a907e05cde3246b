"""The store: re-runs update in place, reports of one event merge, PostgreSQL works the same."""
import os

import pytest

from flashpoint.model import Document, DocumentResult
from flashpoint.store.database import Store
from tests.fuse.records import record


def result(doc_id: str, clusters, text="Report text.") -> DocumentResult:
    doc = Document(id=doc_id, text=text, source="Fergana")
    return DocumentResult(doc, [], [], [], [], [], [], [], clusters)




@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        return Store(str(tmp_path / "t.db"))
    url = os.environ.get("FLASHPOINT_TEST_PG")
    if not url:
        pytest.skip("FLASHPOINT_TEST_PG not set (.ci/run starts PostgreSQL and sets it)")
    s = Store(url)
    with s.engine.begin() as conn:
        for table in ("mentions", "claims", "place_mentions", "events", "documents"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
    return s


def test_rerun_updates_without_duplicates_and_keeps_ids(store):
    clusters = [[record(doc="a")], [record(doc="a", place="Tokmok", category="border_closure",
                                           event_type="Strategic developments", sub="Other")]]
    first = store.save(result("a", clusters))
    again = store.save(result("a", clusters))
    assert first == again
    assert store.counts() == {"documents": 1, "events": 2, "claims": 0}


def test_second_report_of_the_same_event_joins_it(store):
    [ev_a] = store.save(result("a", [[record(doc="a", quantities=[("killed", 3, "incident", True)])]]))
    [ev_b] = store.save(result("b", [[record(doc="b", source="Other", quantities=[("killed", 5, "incident", False)])]], text="Other text."))
    assert ev_a == ev_b
    ev = store.event(ev_a)
    assert {s["doc_id"] for s in ev["sources"]} == {"a", "b"}
    assert ev["fatalities"] == 3 and ev["contested"]
    assert store.counts()["events"] == 1


def test_filters_and_pagination(store):
    store.save(result("a", [[record(doc="a")], [record(doc="a", place="Tokmok", date="2020-02-08")]]))
    rows, total = store.query_events(country="KG")
    assert total == 1 and rows[0]["location"] == "Tokmok"
    rows, total = store.query_events(date_from="2020-02-08")
    assert [r["location"] for r in rows] == ["Tokmok"]
    rows, total = store.query_events(limit=1, offset=1)
    assert total == 2 and len(rows) == 1
    rows, _ = store.query_events(bbox=(75.0, 42.85, 75.5, 43.0))
    assert [r["location"] for r in rows] == ["Masanchi"]


def test_a_failing_document_leaves_earlier_ones_intact(store):
    store.save(result("a", [[record(doc="a")]]))
    broken = [[{"doc_id": "b"}]]  # not a record: fusion fails inside the transaction
    with pytest.raises(Exception):
        store.save(result("b", broken, text="Broken."))
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 1
