"""Shared fixtures: the spaCy model once per session, a gazetteer index built into a temp home."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
MASANCHI = SHARED / "cases" / "masanchi"
LOCAL_PLACES = SHARED / "data" / "gazetteer" / "local-places.csv"


@pytest.fixture(scope="session")
def nlp():
    from flashpoint.language.nlp import load

    return load()


@pytest.fixture(scope="session")
def flashpoint_home(tmp_path_factory):
    """A private FLASHPOINT_HOME so tests never touch the user's own index."""
    home = tmp_path_factory.mktemp("flashpoint-home")
    old = os.environ.get("FLASHPOINT_HOME")
    os.environ["FLASHPOINT_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("FLASHPOINT_HOME", None)
    else:
        os.environ["FLASHPOINT_HOME"] = old


@pytest.fixture(scope="session")
def gazetteer(flashpoint_home):
    """The bundled index plus the analysts' local place list, as the Masanchi check uses it."""
    from flashpoint.gazetteer import Gazetteer, import_file

    gaz = Gazetteer.open(progress=False)
    if LOCAL_PLACES.exists():
        import_file(LOCAL_PLACES, progress=False)
        gaz = Gazetteer.open(progress=False)
    return gaz


def sentences_of(sdoc):
    return [(s.start_char, s.end_char) for s in sdoc.sents]
