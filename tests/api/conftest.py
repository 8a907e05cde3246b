"""API test fixtures: stores filled with synthetic events (no pipeline needed) and TestClients over them."""
from __future__ import annotations

import pytest

N_EVENTS = 300


def make_store(path, n: int, seed: int = 7):
    """A store at ``path`` holding ``n`` varied synthetic events (real towns, all six types, claims,
    evidence spans, the reports they cite). Returns (store, events as export dicts)."""
    from flashpoint.api.synthetic import fill_store
    from flashpoint.store.database import Store, event_to_json

    store = Store(str(path))
    events = fill_store(store, n, seed=seed)
    return store, [event_to_json(e) for e in events]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A read-only app over N_EVENTS synthetic events: (client, store, events)."""
    from fastapi.testclient import TestClient

    from flashpoint.api.app import create_app

    path = tmp_path_factory.mktemp("api-store") / "events.db"
    store, events = make_store(path, N_EVENTS)
    with TestClient(create_app(str(path))) as client:
        yield client, store, events


@pytest.fixture
def client(filled):
    return filled[0]


@pytest.fixture
def events(filled):
    return filled[2]


@pytest.fixture
def fresh(tmp_path):
    """A writable app over a small store of its own: (client, app)."""
    from fastapi.testclient import TestClient

    from flashpoint.api.app import create_app

    path = tmp_path / "fresh.db"
    make_store(path, 12, seed=3)
    app = create_app(str(path))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c, app

