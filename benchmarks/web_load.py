"""Web load benchmark: the page's first load and the API's filtered list.

    .venv/bin/python benchmarks/web_load.py [--events 10000] [--api-events 100000] [--repeat 30]

(a) A temp store of 10,000 synthetic events is served by uvicorn on 127.0.0.1;
    headless Chromium loads the page (cache disabled) and the time from
    navigation start to ``window.__flashpointReady`` (markers rendered, set by
    app.js) is read from the page. Baseline: the same browser loading a tiny
    page from the same server (Navigation Timing loadEventEnd). Target 2 s.
(b) A temp store of 100,000 synthetic events; ``GET /api/events`` with filters
    and limit=100 through the ASGI app (TestClient), median of repeated
    requests. Baseline: a ``SELECT 1`` round-trip on the same engine. Target 100 ms.

The last line is ``ratio R``: the worse of measured/target over (a) and (b);
R <= 1 means both targets are met.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from flashpoint.api.app import create_app  # noqa: E402
from flashpoint.api.synthetic import fill_store  # noqa: E402
from flashpoint.store.database import Store  # noqa: E402
from tests.browser.conftest import CHROMEDRIVER, CHROMIUM, LiveServer, make_driver  # noqa: E402 (one live server, one driver setup)

PAGE_TARGET_MS = 2000.0
API_TARGET_MS = 100.0


def page_load(n_events: int, repeat: int, workdir: Path) -> tuple[float, float] | None:
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        print(f"(a) skipped: {CHROMIUM} or {CHROMEDRIVER} missing")
        return None
    from selenium.webdriver.support.ui import WebDriverWait

    db = str(workdir / "page.db")
    t0 = time.perf_counter()
    fill_store(Store(db), n_events, with_documents=False)
    print(f"    filled {n_events:,} events in {time.perf_counter() - t0:.1f} s")
    profile = tempfile.mkdtemp(prefix="flashpoint-bench-chromium-")
    driver = make_driver(profile)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        with LiveServer(create_app(db)) as server:
            base, ready = [], []
            for i in range(repeat + 1):  # the first round warms the server's imports and the browser
                driver.get(server.url + "/api/health")
                b = driver.execute_script("return performance.getEntriesByType('navigation')[0].loadEventEnd")
                driver.get(server.url + "/")
                WebDriverWait(driver, 60).until(lambda d: d.execute_script("return window.__flashpointReady === true"))
                r, count = driver.execute_script("return [window.__flashpointReadyAt, window.__flashpoint.markers.size]")
                assert count == n_events, f"{count} markers, expected {n_events}"
                if i:
                    base.append(b)
                    ready.append(r)
        return statistics.median(ready), statistics.median(base)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def api_list(n_events: int, repeat: int, workdir: Path):
    from fastapi.testclient import TestClient

    db = str(workdir / "api.db")
    store = Store(db)
    t0 = time.perf_counter()
    fill_store(store, n_events, with_documents=False)
    print(f"    filled {n_events:,} events in {time.perf_counter() - t0:.1f} s")
    app = create_app(db)
    params = {"event_type": "Protests", "date_from": "2024-02-01", "date_to": "2024-03-31", "limit": 100}
    others = {
        "no filter": {"limit": 100},
        "country + contested": {"country": "NG", "contested": "true", "limit": 100},
        "bbox (West Africa)": {"bbox": "-20,0,15,20", "limit": 100},
        "free text": {"q": "people dead", "limit": 100},
    }
    with TestClient(app) as client:
        def timed(p) -> tuple[float, int]:
            times, total = [], 0
            for _ in range(repeat + 2):
                t = time.perf_counter()
                r = client.get("/api/events", params=p)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, r.text
                body = r.json()
                assert len(body["items"]) == 100
                total = body["total"]
            return statistics.median(times[2:]), total

        main_ms, total = timed(params)
        extra = [(name, timed(p)[0]) for name, p in others.items()]
    rtts = []
    with store.engine.connect() as conn:
        for _ in range(repeat + 2):
            t = time.perf_counter()
            conn.execute(text("SELECT 1")).scalar_one()
            rtts.append((time.perf_counter() - t) * 1000)
    return main_ms, statistics.median(rtts[2:]), total, extra


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000, help="events for the page load (a)")
    ap.add_argument("--api-events", type=int, default=100_000, help="events for the API list (b)")
    ap.add_argument("--page-repeat", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=30, help="API requests to take the median of")
    args = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="flashpoint-web-bench-"))
    try:
        print(f"(a) page first load, {args.events:,} events, headless Chromium, cache disabled, median of {args.page_repeat}")
        page = page_load(args.events, args.page_repeat, workdir)
        if page:
            ready, base = page
            print(f"    markers rendered: {ready:8.0f} ms   target {PAGE_TARGET_MS:.0f} ms   "
                  f"baseline (tiny page load, same server): {base:.0f} ms")
        print(f"(b) GET /api/events filtered, limit 100, {args.api_events:,} events, median of {args.repeat}")
        api_ms, rtt, total, extra = api_list(args.api_events, args.repeat, workdir)
        print(f"    event_type=Protests, Feb-Mar 2024 ({total:,} match): {api_ms:6.1f} ms   target {API_TARGET_MS:.0f} ms   "
              f"baseline (SELECT 1 round-trip): {rtt:.3f} ms")
        for name, ms in extra:
            print(f"    {name:<24} {ms:6.1f} ms")
        ratios = [api_ms / API_TARGET_MS] + ([page[0] / PAGE_TARGET_MS] if page else [])
        print(f"page {page[0] / PAGE_TARGET_MS if page else float('nan'):.2f} of target, api {api_ms / API_TARGET_MS:.2f} "
              "of target (R = the worse; <= 1 meets both)")
        print(f"ratio {max(ratios):.2f}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
