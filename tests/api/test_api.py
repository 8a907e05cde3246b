"""The REST API over a store of synthetic events: every endpoint, the filters, pagination and bad input."""
from __future__ import annotations

import io
import json

import pytest

from tests.api.conftest import N_EVENTS

REPORT = (
    "Police fire tear gas at protesters in Nakuru\n\n"
    "NAKURU, Kenya, 3 March 2024 - Police fired tear gas at hundreds of nurses who marched through Nakuru on "
    "Saturday to demand unpaid salaries, and arrested 12 of them, a police spokesperson said."
)


def ids(items):
    return {e["event_id"] for e in items}


def expect(events, pred):
    return {e["event_id"] for e in events if pred(e)}


def all_items(client, **params):
    out, offset = [], 0
    while True:
        r = client.get("/api/events", params={**params, "limit": 1000, "offset": offset})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["items"]
        offset += 1000
        if offset >= body["total"]:
            return out, body["total"]


def assert_error(r, status, *words):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]
    for w in words:
        assert w.lower() in body["error"].lower(), body["error"]


# ------------------------------------------------------------------ page, docs
def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents", "/api/documents/{doc_id}", "/api/places",
                 "/api/claims", "/api/timeline", "/api/export", "/api/points"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]
    assert "text/plain" in spec["paths"]["/api/documents"]["post"]["requestBody"]["content"]
    assert client.get("/docs").status_code == 200


def test_index_and_static_assets(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    for ref in ("/static/app.js", "/static/app.css", "/static/vendor/leaflet/leaflet.js",
                "/static/vendor/markercluster/leaflet.markercluster.js",
                "/static/vendor/topojson-client/topojson-client.min.js"):
        assert ref in r.text
        assert client.get(ref).status_code == 200, ref
    for data in ("/static/data/countries-50m.json", "/static/data/admin1-simplified.json"):
        topo = client.get(data).json()
        assert topo["type"] == "Topology"
    assert "http://" not in r.text and "https://" not in r.text  # nothing fetched from the network


def test_unknown_path_and_method_are_json(client):
    assert_error(client.get("/api/nothing-here"), 404, "no such path")
    assert_error(client.delete("/api/events"), 405, "not allowed")


def test_meta(client, events):
    body = client.get("/api/meta").json()
    assert body["counts"]["events"] == N_EVENTS
    assert list(body["event_types"]) == ["Battles", "Explosions/Remote violence", "Violence against civilians",
                                         "Protests", "Riots", "Strategic developments"]
    dates = sorted(e["event_date"] for e in events)
    assert body["date_range"] == [dates[0], dates[-1]]


# ------------------------------------------------------------------ events: list and pagination
def test_events_default_page(client, events):
    body = client.get("/api/events").json()
    assert set(body) == {"total", "limit", "offset", "items"}
    assert body["total"] == N_EVENTS and body["limit"] == 100 and body["offset"] == 0 and len(body["items"]) == 100
    dates = [e["event_date"] for e in body["items"]]
    assert dates == sorted(dates, reverse=True)  # newest first
    item = body["items"][0]
    for key in ("event_id", "event_date", "event_type", "sub_event_type", "latitude", "longitude", "fatalities",
                "contested", "claims", "sources", "notes", "evidence"):
        assert key in item


def test_pagination_covers_everything_once(client, events):
    seen = []
    for offset in range(0, N_EVENTS + 70, 70):
        body = client.get("/api/events", params={"limit": 70, "offset": offset}).json()
        assert body["total"] == N_EVENTS and body["offset"] == offset
        seen += [e["event_id"] for e in body["items"]]
    assert len(seen) == N_EVENTS and set(seen) == ids(events)
    assert client.get("/api/events", params={"offset": 5000}).json()["items"] == []
    assert len(client.get("/api/events", params={"limit": 1000}).json()["items"]) == N_EVENTS


@pytest.mark.parametrize("params,words", [
    ({"limit": 0}, ["limit"]), ({"limit": 1001}, ["limit", "1000"]), ({"limit": "ten"}, ["limit"]),
    ({"offset": -1}, ["offset"]),
])
def test_bad_pagination(client, params, words):
    assert_error(client.get("/api/events", params=params), 400, *words)


# ------------------------------------------------------------------ events: filters
@pytest.mark.parametrize("params,pred", [
    ({"event_type": "Protests"}, lambda e: e["event_type"] == "Protests"),
    ({"event_type": "Air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
    ({"country": "ng"}, lambda e: e["country"] == "NG"),
    ({"admin1": "north kivu"}, lambda e: e["admin1"] == "North Kivu"),
    ({"date_from": "2024-02-01", "date_to": "2024-02-29"}, lambda e: "2024-02-01" <= e["event_date"] <= "2024-02-29"),
    ({"date_from": "2024-04-15"}, lambda e: e["event_date"] >= "2024-04-15"),
    ({"date_to": "2024-01-10"}, lambda e: e["event_date"] <= "2024-01-10"),
    ({"bbox": "-20,-5,40,20"}, lambda e: -20 <= e["longitude"] <= 40 and -5 <= e["latitude"] <= 20),
    ({"actor": "police forces"}, lambda e: "police forces" in ((e["actor1"] or "") + "|" + (e["actor2"] or "")).lower()),
    ({"contested": "true"}, lambda e: e["contested"]),
    ({"contested": "false"}, lambda e: not e["contested"]),
    ({"q": "people dead"}, lambda e: "people dead" in e["notes"].lower() + " ".join(s["sentence"] for s in e["sources"]).lower()),
    ({"place": "goma"}, lambda e: "goma" in " ".join(filter(None, (e["location"], e["admin2"], e["admin1"]))).lower()),
    ({"event_type": "Battles", "country": "CD", "contested": "false"},
     lambda e: e["event_type"] == "Battles" and e["country"] == "CD" and not e["contested"]),
])
def test_event_filters(client, events, params, pred):
    wanted = expect(events, pred)
    assert wanted, "the fixture should have events for every filter"
    assert len(wanted) < N_EVENTS, "and events the filter leaves out"
    items, total = all_items(client, **params)
    assert total == len(wanted)
    assert ids(items) == wanted
    # The map's points, the timeline and the export agree with the list.
    points = client.get("/api/points", params=params).json()
    assert points["total"] == total and {r[0] for r in points["rows"]} == wanted
    assert client.get("/api/timeline", params=params).json()["total"] == total
    r = client.get("/api/export", params={**params, "format": "jsonl"})
    assert {json.loads(line)["event_id"] for line in r.text.splitlines()} == wanted


def test_filter_with_no_match(client):
    body = client.get("/api/events", params={"q": "no such words anywhere"}).json()
    assert body["total"] == 0 and body["items"] == []


@pytest.mark.parametrize("params,words", [
    ({"date_from": "2024-13-01"}, ["date_from", "not a real date"]),
    ({"date_to": "yesterday"}, ["date_to", "YYYY-MM-DD"]),
    ({"date_from": "2024-03-01", "date_to": "2024-02-01"}, ["after"]),
    ({"bbox": "1,2,3"}, ["bbox", "four numbers"]),
    ({"bbox": "a,b,c,d"}, ["bbox"]),
    ({"bbox": "0,50,10,40"}, ["south"]),
    ({"bbox": "0,0,200,10"}, ["longitudes"]),
    ({"country": "Nigeria"}, ["alpha-2"]),
    ({"event_type": "Picnics"}, ["unknown event_type", "Protests"]),
    ({"contested": "maybe"}, ["contested"]),
])
def test_bad_filters(client, params, words):
    assert_error(client.get("/api/events", params=params), 400, *words)
    assert client.get("/api/timeline", params=params).status_code == 400
    assert client.get("/api/export", params=params).status_code == 400


# ------------------------------------------------------------------ one event
def test_event_detail_with_located_evidence(client, events):
    ev = next(e for e in events if e["contested"] and e["fatalities"])
    body = client.get(f"/api/events/{ev['event_id']}").json()
    assert body["event_id"] == ev["event_id"] and body["contested"] is True
    assert body["contested_topics"][0]["sides"][0]["claims"][0]["speaker"]
    assert {x["field"] for x in body["evidence"]} >= {"event_type", "location", "time", "killed"}
    for item in body["evidence"]:
        s = item["start"] - item["sentence_start"]
        assert item["sentence"][s:s + len(item["text"])] == item["text"]
    assert body["documents"][0]["url"].startswith("https://")
    assert body["sources"][0]["sentence_start"] is not None


def test_event_by_prefix_and_missing(client, events):
    ev = events[0]
    assert client.get(f"/api/events/{ev['event_id'][:12]}").json()["event_id"] == ev["event_id"]
    assert_error(client.get("/api/events/0000nothing"), 404, "no event", "0000nothing")


# ------------------------------------------------------------------ timeline
def test_timeline_counts_per_day_and_type(client, events):
    body = client.get("/api/timeline").json()
    assert body["total"] == N_EVENTS
    assert body["types"][0] == "Battles"
    days = {d["date"]: d for d in body["days"]}
    assert list(days) == sorted(days)
    some = events[5]
    day = days[some["event_date"]]
    want = sum(1 for e in events if e["event_date"] == some["event_date"] and e["event_type"] == some["event_type"])
    assert day["counts"][some["event_type"]] == want
    assert all(d["total"] == sum(d["counts"].values()) for d in body["days"])
    protests = client.get("/api/timeline", params={"event_type": "Protests"}).json()
    assert all(set(d["counts"]) == {"Protests"} for d in protests["days"])


def test_points_are_compact_rows(client):
    body = client.get("/api/points").json()
    assert body["columns"][:6] == ["id", "date", "type", "sub_type", "lat", "lon"]
    assert body["total"] == N_EVENTS == len(body["rows"])
    assert all(len(r) == len(body["columns"]) for r in body["rows"])


# ------------------------------------------------------------------ documents, places, claims
def test_documents(client, events):
    body = client.get("/api/documents", params={"limit": 5}).json()
    assert body["total"] == N_EVENTS and len(body["items"]) == 5 and body["limit"] == 5
    assert "text" not in body["items"][0]
    page2 = client.get("/api/documents", params={"limit": 5, "offset": 5}).json()["items"]
    assert not {d["id"] for d in page2} & {d["id"] for d in body["items"]}
    doc_id = events[0]["sources"][0]["doc_id"]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["id"] == doc_id and events[0]["sources"][0]["sentence"] in doc["text"]
    assert "event_ids" in doc
    assert_error(client.get("/api/documents/nope"), 404, "no document")
    assert_error(client.get("/api/documents", params={"limit": 5000}), 400, "limit")


def test_places(client, events):
    body = client.get("/api/places", params={"limit": 10}).json()
    assert len(body["items"]) == 10 and body["total"] >= 30
    top = body["items"][0]
    assert {"location", "country", "admin1", "latitude", "longitude", "events"} <= set(top)
    counts = [p["events"] for p in body["items"]]
    assert counts == sorted(counts, reverse=True)
    missing = client.get("/api/places", params={"missing": "true"}).json()
    assert missing["total"] == 0 and missing["items"] == []


def test_claims(client, events):
    body = client.get("/api/claims").json()
    n_claims = sum(len(e["claims"]) for e in events)
    assert body["total"] == n_claims > 0
    official = client.get("/api/claims", params={"role": "official", "limit": 1000}).json()
    assert official["total"] > 0 and all(c["role"] == "official" for c in official["items"])
    by_name = client.get("/api/claims", params={"speaker": "OKORO"}).json()
    assert by_name["total"] > 0 and all("okoro" in c["speaker"].lower() for c in by_name["items"])
    assert client.get("/api/claims", params={"contested": "true"}).json()["total"] == n_claims
    assert client.get("/api/claims", params={"contested": "false"}).json()["total"] == 0
    assert_error(client.get("/api/claims", params={"role": "president"}), 400, "unknown role", "official")


# ------------------------------------------------------------------ export
@pytest.mark.parametrize("fmt,ctype,ext", [
    ("jsonl", "application/x-ndjson", "jsonl"), ("acled", "text/csv", "csv"),
    ("geojson", "application/geo+json", "geojson"), ("parquet", "application/vnd.apache.parquet", "parquet"),
])
def test_export_formats(client, events, fmt, ctype, ext):
    r = client.get("/api/export", params={"format": fmt, "event_type": "Riots"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(ctype)
    disp = r.headers["content-disposition"]
    assert disp.startswith("attachment;") and f'.{ext}"' in disp and "flashpoint-events-" in disp
    riots = expect(events, lambda e: e["event_type"] == "Riots")
    assert int(r.headers["x-event-count"]) == len(riots)
    if fmt == "jsonl":
        rows = [json.loads(x) for x in r.text.splitlines()]
        assert {x["event_id"] for x in rows} == riots and list(rows[0])[:3] == ["event_id", "event_date", "time_start"]
    elif fmt == "acled":
        import csv

        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert {x["event_id_cnty"] for x in rows} == riots and {x["event_type"] for x in rows} == {"Riots"}
    elif fmt == "geojson":
        body = r.json()
        assert body["type"] == "FeatureCollection" and len(body["features"]) == len(riots)
        assert body["features"][0]["geometry"]["type"] == "Point"
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(r.content))
        assert table.num_rows == len(riots) and "event_id" in table.column_names


def test_export_default_and_bad_format(client):
    r = client.get("/api/export")
    assert r.status_code == 200 and len(r.text.splitlines()) == N_EVENTS
    assert_error(client.get("/api/export", params={"format": "xlsx"}), 400, "unknown format", "parquet")


# ------------------------------------------------------------------ submitting reports: bad input stores nothing
def counts(c):
    return c.get("/api/meta").json()["counts"]


@pytest.mark.parametrize("kwargs,status,words", [
    ({"json": {}}, 422, ["no text"]),
    ({"json": {"text": "   "}}, 422, ["no text"]),
    ({"json": {"text": 42}}, 422, ["text", "string"]),
    ({"json": ["a", "list"]}, 422, ["object"]),
    ({"json": {"text": REPORT, "published": "last Tuesday-ish"}}, 422, ["published date"]),
    ({"json": {"text": REPORT, "published": "2024-02-30"}}, 422, ["published date"]),
    ({"json": {"text": REPORT, "title": ["x"]}}, 422, ["title"]),
    ({"content": b'{"text": "unterminated', "headers": {"content-type": "application/json"}}, 400, ["not valid JSON"]),
    ({"content": b"", "headers": {"content-type": "application/json"}}, 422, ["object"]),
    ({"content": b"", "headers": {"content-type": "text/plain"}}, 422, ["no text"]),
    ({"content": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "headers": {"content-type": "text/plain"}}, 400, ["binary"]),
    ({"content": "caf\u00e9 riot".encode("latin-1"), "headers": {"content-type": "text/plain"}}, 400, ["UTF-8"]),
    ({"content": REPORT.encode(), "headers": {"content-type": "application/pdf"}}, 415, ["content type", "text/plain"]),
    ({"content": REPORT.encode(), "headers": {"content-type": "multipart/form-data; boundary=x"}}, 415, ["content type"]),
    ({"content": REPORT.encode(), "headers": {"content-type": ""}}, 415, ["content type"]),
    ({"content": b"x" * (2 * 1024 * 1024 + 1), "headers": {"content-type": "text/plain"}}, 413, ["too large"]),
    ({"content": b"<html><body><script>var a = 1;</script></body></html>", "headers": {"content-type": "text/html"}}, 422,
     ["no main text"]),
])
def test_malformed_submissions_store_nothing(fresh, kwargs, status, words):
    c, app = fresh
    before = counts(c)
    r = c.post("/api/documents", **kwargs)
    assert_error(r, status, *words)
    assert counts(c) == before


def test_text_plain_bad_date_in_query(fresh):
    c, _ = fresh
    before = counts(c)
    r = c.post("/api/documents", params={"published": "31/31/2024"}, content=REPORT.encode(),
               headers={"content-type": "text/plain"})
    assert_error(r, 422, "published date")
    assert counts(c) == before


def test_pipeline_failure_is_json_and_stores_nothing(fresh, monkeypatch):
    c, app = fresh

    def broken(document):
        raise RuntimeError("gazetteer index is corrupt")

    monkeypatch.setattr(app.state.pipeline, "analyze", broken)
    before = counts(c)
    r = c.post("/api/documents", json={"text": REPORT})
    assert_error(r, 500, "gazetteer index is corrupt")
    assert counts(c) == before


# ------------------------------------------------------------------ submitting reports: the real pipeline
def test_submit_json_runs_the_pipeline(fresh, gazetteer):
    c, _ = fresh
    before = counts(c)
    r = c.post("/api/documents", json={"text": REPORT, "title": "Nakuru march", "source": "Daily Nation",
                                       "published": "2024-03-03", "url": "https://example.org/nakuru"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["document"]["title"] == "Nakuru march" and body["document"]["source"] == "Daily Nation"
    assert body["events"] and body["event_ids"] == [e["event_id"] for e in body["events"]]
    after = counts(c)
    assert after["documents"] == before["documents"] + 1
    assert after["events"] >= before["events"] + 1
    stored = c.get(f"/api/events/{body['event_ids'][0]}").json()
    assert stored["sources"][0]["doc_id"] == body["document"]["id"]
    doc = c.get(f"/api/documents/{body['document']['id']}").json()
    assert set(body["event_ids"]) <= set(doc["event_ids"])
    # The same report again updates in place: no new document, the same event ids.
    again = c.post("/api/documents", json={"text": REPORT, "title": "Nakuru march", "source": "Daily Nation",
                                           "published": "2024-03-03"}).json()
    assert again["event_ids"] == body["event_ids"] and counts(c) == after


def test_submit_text_plain_with_query_metadata(fresh, gazetteer):
    c, _ = fresh
    r = c.post("/api/documents", params={"source": "Daily Nation", "published": "2024-03-03", "title": "Nakuru"},
               content=REPORT.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["document"]["source"] == "Daily Nation" and body["document"]["published_at"].startswith("2024-03-03")
    assert body["events"]
