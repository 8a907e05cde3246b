"""The bundled demo corpus: short reports written by the team (see corpus/README.md)."""
from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"


def demo_inputs() -> list[Path]:
    """The corpus folder; its manifest.json gives each file's outlet and publication date."""
    return [CORPUS]
