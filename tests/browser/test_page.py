"""The analyst's page in real headless Chromium, against a live server over synthetic events."""
from __future__ import annotations

import json
import time
import urllib.parse
import urllib.request

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.conftest import HAVE_BROWSER, NO_BROWSER, LiveServer, wait_ready
from tests.conftest import MASANCHI

pytestmark = pytest.mark.skipif(not HAVE_BROWSER, reason=NO_BROWSER)

REPORT = (
    "Police fire tear gas at protesters in Nakuru\n\n"
    "NAKURU, Kenya - Police fired tear gas at hundreds of nurses who marched through Nakuru on Saturday to demand "
    "unpaid salaries, and arrested 12 of them, a police spokesperson said."
)


def get_json(server, path, **params):
    url = server.url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def list_ids(driver):
    return driver.execute_script("return [...document.querySelectorAll('#event-list li.ev')].map(li => li.dataset.id)")


def no_js_errors(driver):
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    assert not errors, errors


def test_page_loads_with_markers_and_works_offline(live_server, driver, artifacts):
    driver.get(live_server.url + "/")
    wait_ready(driver)
    total = get_json(live_server, "/api/events", limit=1)["total"]
    assert driver.execute_script("return window.__flashpoint.points.length") == total == 400
    assert driver.execute_script("return window.__flashpoint.markers.size") == 400
    # Markers on the map: cluster bubbles (dense) and/or single circles.
    count_js = """
        const bubbles = [...document.querySelectorAll('.fp-cluster span')].map(s => +s.textContent);
        const singles = document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length;
        return [bubbles.length, bubbles.reduce((a, b) => a + b, 0), singles];"""
    # Every event is on the map, in a bubble or on its own (once the cluster animation has settled).
    WebDriverWait(driver, 10).until(lambda d: sum(d.execute_script(count_js)[1:]) == 400)
    drawn = driver.execute_script(count_js)
    assert drawn[0] + drawn[2] >= 5
    assert "400 events" in driver.find_element(By.ID, "count").text
    assert len(list_ids(driver)) == 400
    # The offline base map is drawn (canvas boundaries) and every request stayed on this server.
    assert driver.find_elements(By.CSS_SELECTOR, ".leaflet-boundaries-pane canvas")
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    assert resources and all(r.startswith(live_server.url) or r.startswith("data:") for r in resources), resources
    # The timeline has bars in the six type colours.
    assert len(driver.find_elements(By.CSS_SELECTOR, "#timeline g.bars rect")) > 50
    driver.save_screenshot(str(artifacts / "page-loaded.png"))
    no_js_errors(driver)


def test_brushing_the_timeline_filters_map_and_list(live_server, driver, artifacts):
    driver.get(live_server.url + "/")
    wait_ready(driver)
    svg = driver.find_element(By.ID, "timeline")
    width = svg.size["width"]
    # Drag across the middle fifth of the timeline.
    ActionChains(driver).move_to_element_with_offset(svg, -width // 10, 0).click_and_hold() \
        .move_by_offset(width // 5, 0).release().perform()
    WebDriverWait(driver, 10).until(lambda d: "from=" in d.current_url and "to=" in d.current_url)
    query = urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)
    date_from, date_to = query["from"][0], query["to"][0]
    assert date_from < date_to
    want = get_json(live_server, "/api/points", date_from=date_from, date_to=date_to)
    assert 0 < want["total"] < 400
    WebDriverWait(driver, 10).until(lambda d: len(list_ids(d)) == want["total"])
    assert set(list_ids(driver)) == {r[0] for r in want["rows"]}
    assert driver.execute_script("return window.__flashpoint.markers.size") == want["total"]
    assert driver.find_element(By.ID, "f-from").get_attribute("value") == date_from
    assert driver.find_element(By.ID, "f-to").get_attribute("value") == date_to
    assert f"{want['total']} events" in driver.find_element(By.ID, "count").text.replace(",", "")
    # The export links carry the same filters.
    href = driver.find_element(By.ID, "x-acled").get_attribute("href")
    assert f"date_from={date_from}" in href and f"date_to={date_to}" in href
    driver.save_screenshot(str(artifacts / "timeline-brushed.png"))
    # "All dates" clears the brush.
    driver.find_element(By.ID, "tl-clear").click()
    WebDriverWait(driver, 10).until(lambda d: len(list_ids(d)) == 400)
    assert "from=" not in driver.current_url
    no_js_errors(driver)


def test_clicking_an_event_opens_the_panel_with_highlighted_evidence(live_server, driver, artifacts):
    driver.get(live_server.url + "/?contested=1")
    wait_ready(driver)
    assert driver.find_element(By.ID, "f-contested").is_selected()
    first = driver.find_elements(By.CSS_SELECTOR, "#event-list li.ev")[0]
    event_id = first.get_attribute("data-id")
    first.click()
    panel = driver.find_element(By.ID, "panel")
    WebDriverWait(driver, 10).until(lambda d: panel.is_displayed() and d.find_elements(By.CSS_SELECTOR, "#panel mark"))
    ev = get_json(live_server, f"/api/events/{event_id}")
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#panel .evidence mark")]
    assert marks == [e["text"] for e in ev["evidence"]]
    assert ev["event_id"] in panel.text and ev["sub_event_type"] in panel.text
    # Contested: the two sides side by side, each with speaker, role and channel.
    sides = driver.find_elements(By.CSS_SELECTOR, "#panel .sides .side")
    assert len(sides) == 2
    assert sides[0].location["y"] == sides[1].location["y"] and sides[0].location["x"] < sides[1].location["x"]
    claim = ev["contested_topics"][0]["sides"][0]["claims"][0]
    assert claim["speaker"] in sides[0].text and claim["role"] in sides[0].text and claim["channel"] in sides[0].text
    # Sources link to the reports.
    links = driver.find_elements(By.CSS_SELECTOR, "#panel .sources a")
    assert links and links[0].get_attribute("href") == ev["sources"][0]["url"]
    assert f"event={event_id}" in driver.current_url
    assert "selected" in first.get_attribute("class")
    driver.save_screenshot(str(artifacts / "event-panel.png"))
    # The URL with ?event= reopens the same panel.
    driver.get(driver.current_url)
    wait_ready(driver)
    WebDriverWait(driver, 10).until(lambda d: ev["event_id"] in d.find_element(By.ID, "panel").text)
    no_js_errors(driver)


def test_filters_come_from_and_go_to_the_url(live_server, driver):
    driver.get(live_server.url + "/?type=Protests&place=lagos")
    wait_ready(driver)
    want = get_json(live_server, "/api/points", event_type="Protests", place="lagos")
    assert len(list_ids(driver)) == want["total"] > 0
    assert driver.find_element(By.ID, "f-type").get_attribute("value") == "Protests"
    # Changing a filter updates the list and the URL.
    driver.find_element(By.ID, "f-clear").click()
    WebDriverWait(driver, 10).until(lambda d: len(list_ids(d)) == 400)
    box = driver.find_element(By.ID, "f-place")
    box.send_keys("goma")
    WebDriverWait(driver, 10).until(lambda d: "place=goma" in d.current_url)
    want = get_json(live_server, "/api/points", place="goma")
    WebDriverWait(driver, 10).until(lambda d: len(list_ids(d)) == want["total"])


def test_a_rejected_report_shows_the_error_and_changes_nothing(live_server, driver):
    driver.get(live_server.url + "/")
    wait_ready(driver)
    driver.find_element(By.ID, "s-submit").click()
    assert "Paste a report" in driver.find_element(By.ID, "s-status").text
    before = get_json(live_server, "/api/meta")["counts"]
    # A date the server cannot read (typed into the form's date field by script: browsers refuse to type it).
    driver.find_element(By.ID, "s-text").send_keys(REPORT)
    driver.execute_script("document.getElementById('s-published').type = 'text';"
                          "document.getElementById('s-published').value = 'the 5th of never';")
    driver.find_element(By.ID, "s-submit").click()
    WebDriverWait(driver, 10).until(lambda d: "published date" in d.find_element(By.ID, "s-status").text)
    assert "error" in driver.find_element(By.ID, "s-status").get_attribute("class")
    assert get_json(live_server, "/api/meta")["counts"] == before


@pytest.mark.skipif(not (MASANCHI / "article.txt").exists(), reason="shared/ case files not beside the repo")
def test_submitting_the_masanchi_report_shows_its_events_in_southern_kazakhstan(tmp_path, driver, artifacts, gazetteer):
    from flashpoint.api.app import create_app
    from flashpoint.api.synthetic import fill_store
    from flashpoint.store.database import Store

    article = (MASANCHI / "article.txt").read_text(encoding="utf-8")
    db = str(tmp_path / "submit.db")
    fill_store(Store(db), 60)
    with LiveServer(create_app(db)) as server:
        driver.get(server.url + "/?type=Battles")  # a filter that hides the new riots: the page must clear it
        wait_ready(driver)
        # Set the long article at once (typing it key by key takes minutes), then tell the page it changed.
        driver.execute_script("const t = document.getElementById('s-text'); t.value = arguments[0];"
                              "t.dispatchEvent(new Event('input'));", article)
        driver.find_element(By.ID, "s-source").send_keys("Fergana")
        driver.execute_script("document.getElementById('s-published').value = '2020-02-08';")
        driver.find_element(By.ID, "s-submit").click()
        WebDriverWait(driver, 180).until(
            lambda d: "extracted" in d.find_element(By.ID, "s-status").text
            or "error" in d.find_element(By.ID, "s-status").get_attribute("class"))
        status = driver.find_element(By.ID, "s-status").text
        assert "extracted" in status, status
        ids = driver.execute_script("return window.__flashpointLastSubmit")
        assert len(ids) >= 6
        assert driver.execute_script("return arguments[0].every(id => window.__flashpoint.byId.has(id))", ids)
        events = [get_json(server, f"/api/events/{i}") for i in ids]
        # Every event on the map in southern Kazakhstan / northern Kyrgyzstan (Masanchi is 42.93 N, 75.30 E),
        # none in Almaty (43.25 N, 76.95 E).
        for ev in events:
            assert 42.4 < ev["latitude"] < 43.4 and 74.3 < ev["longitude"] < 76.0, (ev["location"], ev["latitude"])
        assert {"Masanchi", "Sortobe", "Bular Batyr"} <= {ev["location"] for ev in events}
        WebDriverWait(driver, 15).until(lambda d: ids[0] in d.find_element(By.ID, "panel").text)
        time.sleep(1.5)  # the fly-to animation
        center = driver.execute_script("const c = window.__flashpointMap.getCenter(); return [c.lat, c.lng]")
        assert 41.5 < center[0] < 44.5 and 73.5 < center[1] < 77.0, center
        assert driver.find_elements(By.CSS_SELECTOR, "#panel mark")  # the evidence span highlighted
        driver.save_screenshot(str(artifacts / "masanchi-submitted.png"))
        no_js_errors(driver)


def test_the_demo_data_loads_with_its_markers(tmp_path, driver, artifacts, gazetteer):
    from flashpoint.api.app import create_app
    from flashpoint.demo.corpus_loader import demo_inputs
    from flashpoint.library import run
    from flashpoint.store.database import Store

    db = str(tmp_path / "demo.db")
    report = run(demo_inputs(), Store(db), {}, gazetteer)
    assert report.documents >= 16 and not report.errors
    with LiveServer(create_app(db)) as server:
        total = get_json(server, "/api/events", limit=1)["total"]
        located = get_json(server, "/api/points")["total"]
        assert total >= 20
        driver.get(server.url + "/")
        wait_ready(driver)
        assert driver.execute_script("return window.__flashpoint.markers.size") == located
        assert f"{total} events" in driver.find_element(By.ID, "count").text
        # The Panyam attack, reported by the police and by a local paper, is one contested event with both sources.
        panyam = [e for e in get_json(server, "/api/events", q="panyam", limit=50)["items"]
                  if e["event_type"] == "Violence against civilians" and e["location"] == "Panyam"]
        assert any(len({s["doc_id"] for s in e["sources"]}) >= 2 for e in panyam), panyam
        driver.save_screenshot(str(artifacts / "demo-loaded.png"))
        no_js_errors(driver)
