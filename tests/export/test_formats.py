"""Exports keep the contract: JSONL fields, ACLED's CSV columns, GeoJSON points, Parquet."""
import csv
import io
import json

import pyarrow.parquet as pq

from flashpoint.export.formats import ACLED_COLUMNS, CONTRACT_FIELDS, export_text, write_parquet
from flashpoint.fuse.reconcile import build_event
from flashpoint.store.database import event_to_json
from tests.fuse.records import record


def events():
    a = build_event([record(quantities=[("killed", 8, "episode", True), ("injured", 40, "episode", True)],
                            claims=[("Police", "official", "press release", "Under control.", {})])])
    b = build_event([record(place="Tokmok", category="border_closure", event_type="Strategic developments",
                            sub="Other", date="2020-02-08", clock="05:25")])
    return [event_to_json(a), event_to_json(b)]


def test_jsonl_has_every_contract_field_with_the_contract_types():
    lines = export_text(events(), "jsonl").splitlines()
    rows = [json.loads(l) for l in lines]
    assert len(rows) == 2
    for row in rows:
        assert list(row)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
        assert row["time_precision"] in (1, 2, 3) and row["geo_precision"] in (1, 2, 3)
        assert isinstance(row["contested"], bool)
        for s in row["sources"]:
            assert {"doc_id", "source", "url", "published_at", "sentence", "start", "end"} <= set(s)
    assert rows[0]["fatalities"] == 8 and rows[0]["claims"][0]["speaker"] == "Police"
    assert rows[1]["fatalities"] is None and rows[1]["time_start"] == "2020-02-08T05:25:00+06:00"


def test_acled_csv_columns_and_zero_for_unstated_tolls():
    reader = csv.DictReader(io.StringIO(export_text(events(), "acled")))
    assert reader.fieldnames == ACLED_COLUMNS
    rows = list(reader)
    assert rows[0]["fatalities"] == "8" and rows[1]["fatalities"] == "0"
    assert rows[0]["country"] == "Kazakhstan" and rows[1]["country"] == "Kyrgyzstan"
    assert rows[0]["year"] == "2020" and rows[0]["interaction"] == "50"


def test_geojson_points_are_lon_lat():
    fc = json.loads(export_text(events(), "geojson"))
    assert fc["type"] == "FeatureCollection"
    assert fc["features"][1]["geometry"]["coordinates"] == [75.30149, 42.84194]
    assert fc["features"][0]["properties"]["location"] == "Masanchi"


def test_parquet_round_trip(tmp_path):
    path = tmp_path / "e.parquet"
    assert write_parquet(events(), str(path)) == 2
    table = pq.read_table(path)
    assert table.column_names == CONTRACT_FIELDS
    assert table.column("fatalities").to_pylist() == [8, None]
