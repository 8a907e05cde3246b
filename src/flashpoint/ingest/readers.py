"""Turn files into Documents: plain text, HTML, JSON Lines, RSS/Atom and directories.

Every reader yields either a Document or an IngestError for each report it
finds, so one bad file (or one bad JSONL line) is reported and skipped while
the rest of the batch goes on.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator

from flashpoint.model import Document

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SPACES = re.compile("[\u00a0\u2007\u2009\u200a\u202f\u205f\u3000]")
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".json"}


@dataclass
class IngestError:
    """A report that could not be read: where it was and what was wrong."""

    origin: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"


class BadInput(ValueError):
    """Raised for a malformed value (e.g. a date) in otherwise readable input."""


def content_id(text: str) -> str:
    """Documents are identified by their normalised text, so a re-ingest stores once."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def parse_published(value: str | date | datetime | None) -> datetime | None:
    """Parse a publication date; a malformed one is an error, a missing one is allowed."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise BadInput(f"cannot parse published date {text!r} (use YYYY-MM-DD or ISO 8601)") from None


def make_document(
    text: str,
    *,
    source: str | None = None,
    url: str | None = None,
    published: str | date | datetime | None = None,
    title: str | None = None,
    language: str = "en",
    origin: str | None = None,
) -> Document:
    """Build a Document, checking what a later stage would otherwise trip on."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput("no text")
    # Odd spaces (no-break, thin) become plain ones, one for one, so patterns match and offsets hold.
    text = SPACES.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return Document(
        id=content_id(text),
        text=text,
        source=source,
        url=url,
        published_at=parse_published(published),
        language=language or "en",
        title=title,
        origin=origin,
    )


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    if not raw.strip():
        raise BadInput("empty file")
    if b"\x00" in raw[:4096]:
        raise BadInput("binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 text (byte {exc.start})") from None


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of a page, boilerplate dropped (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    if not text:
        raise BadInput("HTML page has no main text")
    return text, title


def _split_title(text: str) -> tuple[str | None, str]:
    """A plain-text report whose first line is short and followed by a blank line has a headline."""
    head, sep, rest = text.partition("\n\n")
    if sep and len(head) < 200 and "\n" not in head.strip() and rest.strip():
        return head.strip(), text
    return None, text


def read_jsonl(path: Path, defaults: dict) -> Iterator[Document | IngestError]:
    try:
        content = _decode(path)
    except BadInput as exc:
        yield IngestError(str(path), str(exc))
        return
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(origin, f"not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield IngestError(origin, "a JSONL line must be an object with a 'text' field")
            continue
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            yield IngestError(origin, "no 'text' field")
            continue
        try:
            yield make_document(
                text,
                source=obj.get("source") or defaults.get("source"),
                url=obj.get("url"),
                published=obj.get("published") or obj.get("published_at") or defaults.get("published"),
                title=obj.get("title"),
                language=obj.get("language") or "en",
                origin=origin,
            )
        except BadInput as exc:
            yield IngestError(origin, str(exc))


def read_feed(path: Path, defaults: dict) -> Iterator[Document | IngestError]:
    import feedparser

    try:
        content = _decode(path)
    except BadInput as exc:
        yield IngestError(str(path), str(exc))
        return
    feed = feedparser.parse(content)
    if feed.bozo and not feed.entries:
        yield IngestError(str(path), f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    source = defaults.get("source") or feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        origin = f"{path}#entry{number}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        if "<" in body:
            try:
                body, _ = html_to_text(f"<html><body><article>{body}</article></body></html>")
            except BadInput:
                body = re.sub(r"<[^>]+>", " ", body)
        try:
            yield make_document(
                body,
                source=source,
                url=entry.get("link"),
                published=entry.get("published") or entry.get("updated") or defaults.get("published"),
                title=entry.get("title"),
                origin=origin,
            )
        except BadInput as exc:
            yield IngestError(origin, str(exc))


def read_file(path: Path, defaults: dict | None = None) -> Iterator[Document | IngestError]:
    """Documents in one file, chosen by suffix (and sniffed for XML feeds)."""
    defaults = defaults or {}
    suffix = path.suffix.lower()
    if not path.exists():
        yield IngestError(str(path), "no such file")
        return
    if suffix in JSONL_SUFFIXES or suffix == ".json":
        yield from read_jsonl(path, defaults)
        return
    try:
        content = _decode(path)
    except (BadInput, OSError) as exc:
        yield IngestError(str(path), str(exc))
        return
    head = content.lstrip()[:500].lower()
    try:
        if suffix in FEED_SUFFIXES or head.startswith("<?xml") and ("<rss" in head or "<feed" in head):
            yield from read_feed(path, defaults)
            return
        title = defaults.get("title")
        if suffix in HTML_SUFFIXES or head.startswith("<!doctype html") or head.startswith("<html"):
            text, html_title = html_to_text(content)
            title = title or html_title
        else:
            html_title, text = _split_title(content)
            title = title or html_title
        yield make_document(
            text,
            source=defaults.get("source"),
            url=defaults.get("url"),
            published=defaults.get("published"),
            title=title,
            origin=str(path),
        )
    except BadInput as exc:
        yield IngestError(str(path), str(exc))


def _manifest(directory: Path) -> dict[str, dict]:
    """Per-file metadata for a folder of reports: manifest.json, a list of {file, source, published, url}."""
    path = directory / "manifest.json"
    if not path.exists():
        return {}
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return {str((directory / e["file"]).resolve()): e for e in entries if isinstance(e, dict) and e.get("file")}


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, dict]]:
    """Files named, and the readable files inside directories named, in a stable order, with manifest metadata."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            manifest = _manifest(path)
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() not in ALL_SUFFIXES or child.name.startswith("."):
                    continue
                if child.name in ("manifest.json", "README.md"):
                    continue
                yield child, manifest.get(str(child.resolve()), {})
        else:
            yield path, {}


def read_inputs(
    inputs: Iterable[str | Path], defaults: dict | None = None
) -> Iterator[Document | IngestError]:
    """All documents in the given files and directories, duplicates (same content) dropped."""
    seen: set[str] = set()
    defaults = defaults or {}
    for path, meta in iter_paths(inputs):
        merged = {**defaults, **{k: v for k, v in meta.items() if v is not None and k != "file"}}
        for item in read_file(path, merged):
            if isinstance(item, Document):
                if item.id in seen:
                    continue
                seen.add(item.id)
            yield item
