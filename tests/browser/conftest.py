"""Headless Chromium against a live server: the page as an analyst sees it.

The server is uvicorn in a background thread on 127.0.0.1 with a free port,
over a temp store of synthetic events. Screenshots go to the directory named
by FLASHPOINT_TEST_ARTIFACTS, or the test's tmp_path.
"""
from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROME_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1440,900",
]

HAVE_BROWSER = os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)
NO_BROWSER = f"browser tests need {CHROMIUM} and {CHROMEDRIVER} (Debian's chromium and chromium-driver packages)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving ``app`` on 127.0.0.1 in a daemon thread."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


def make_driver(profile_dir: str, width: int = 1440, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROME_FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--window-size={width},{height}")
    opts.add_argument(f"--user-data-dir={profile_dir}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory):
    from flashpoint.api.synthetic import fill_store
    from flashpoint.store.database import Store

    path = tmp_path_factory.mktemp("browser-store") / "events.db"
    fill_store(Store(str(path)), 400)
    return str(path)


@pytest.fixture(scope="session")
def live_server(synthetic_db):
    from flashpoint.api.app import create_app

    with LiveServer(create_app(synthetic_db)) as server:
        yield server


@pytest.fixture
def driver():
    if not HAVE_BROWSER:
        pytest.skip(NO_BROWSER)
    profile = tempfile.mkdtemp(prefix="flashpoint-chromium-")
    drv = make_driver(profile)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def artifacts(tmp_path) -> Path:
    where = os.environ.get("FLASHPOINT_TEST_ARTIFACTS")
    path = Path(where) if where else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path


def wait_ready(driver, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return window.__flashpointReady === true"))
