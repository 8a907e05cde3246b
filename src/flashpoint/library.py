"""The Python API the CLI, the REST API and notebooks share.

    >>> import flashpoint
    >>> events = flashpoint.extract(text, published="2020-02-08", source="Fergana")

Functions here wire the stages together; each stage stays a module of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable

from flashpoint.ingest.readers import IngestError, make_document, read_inputs
from flashpoint.model import Document, DocumentResult, Event


def open_gazetteer(progress: bool = False):
    from flashpoint.gazetteer import Gazetteer

    return Gazetteer.open(progress=progress)


def analyze_documents(documents: Iterable[Document], gazetteer=None, nlp=None) -> Iterable[DocumentResult]:
    from flashpoint.pipeline import analyze_many

    return analyze_many(documents, gazetteer or open_gazetteer(), nlp)


def fuse_results(results: Iterable[DocumentResult]) -> list[Event]:
    """Events of several reports with cross-report duplicates merged (no database needed)."""
    from flashpoint.fuse.cluster import same_event
    from flashpoint.fuse.reconcile import build_event

    merged: list[list[dict]] = []
    for result in results:
        for cluster in result.clusters:
            for existing in merged:
                if existing[0]["doc_id"] != cluster[0]["doc_id"] and same_event(existing, cluster):
                    existing.extend(cluster)
                    break
            else:
                merged.append(list(cluster))
    ids = [build_event(c).event_id for c in merged]
    return [build_event(c, event_id=i) for c, i in zip(merged, ids)]


def extract(
    text: str,
    published: str | date | datetime | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
    gazetteer=None,
) -> list[Event]:
    """Events of one report, from its text alone."""
    document = make_document(text, source=source, url=url, published=published, title=title)
    results = list(analyze_documents([document], gazetteer))
    return results[0].events


@dataclass
class RunReport:
    documents: int = 0
    events: set[str] = field(default_factory=set)
    errors: list[IngestError] = field(default_factory=list)


def run(
    inputs: Iterable[str | Path],
    store,
    defaults: dict | None = None,
    gazetteer=None,
    on_document: Callable[[Document | IngestError], None] | None = None,
) -> RunReport:
    """Ingest, extract and store; one transaction per document, bad input reported and skipped."""
    report = RunReport()
    docs: list[Document] = []
    for item in read_inputs(inputs, defaults):
        if isinstance(item, IngestError):
            report.errors.append(item)
            if on_document:
                on_document(item)
        else:
            docs.append(item)
    for result in analyze_documents(docs, gazetteer):
        try:
            report.events.update(store.save(result))
            report.documents += 1
        except Exception as exc:  # one document's failure must not lose the batch
            report.errors.append(IngestError(result.document.origin or result.document.id, f"could not store: {exc}"))
        if on_document:
            on_document(result.document)
    if report.documents:
        store.optimize()
    return report
