"""Gazetteer fixtures: the bundled index built once per session into a temp dir, copied per test that writes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
LOCAL_PLACES = Path(__file__).resolve().parents[3] / "shared" / "data" / "gazetteer" / "local-places.csv"


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory) -> Path:
    """A freshly built bundled index (never the user's own), shared read-only by the session."""
    from flashpoint.gazetteer.index import build

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build(path, progress=False)
    return path


@pytest.fixture(scope="session")
def gaz(bundled_index):
    from flashpoint.gazetteer import Gazetteer

    return Gazetteer.open(bundled_index, build_if_missing=False)


@pytest.fixture
def index_copy(bundled_index, tmp_path) -> Path:
    """A private copy of the bundled index for tests that import into it."""
    path = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(bundled_index, path)
    return path
