"""The analyst's desk: a REST API over the event store and the web page that reads it.

``create_app(db)`` builds a FastAPI app over one store (a SQLite path or a
SQLAlchemy URL). Every error answers JSON ``{"error": message}`` with a fitting
status code. The page (``GET /``) is plain HTML/JS/CSS under ``static/`` with
its libraries and base map vendored, so it works with no network at all.

Endpoints (all under ``/api``):

- ``GET /events``            filtered, paginated events (``{total, limit, offset, items}``)
- ``GET /events/{id}``       one event, with its evidence located in its sentences
- ``GET /points``            every matching event as a compact row, for the map
- ``GET /timeline``          events per day by type, same filters
- ``GET /documents``, ``GET /documents/{id}``, ``POST /documents``
- ``GET /places``, ``GET /claims``, ``GET /meta``, ``GET /export``
"""
from __future__ import annotations

import io
import json
import re
import threading
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import and_, func, or_, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from flashpoint.model import EVENT_TYPES, SPEAKER_ROLES
from flashpoint.store.database import Store
from flashpoint.store.database import events as events_table
from flashpoint.store.database import mentions as mentions_table

STATIC = Path(__file__).resolve().parent / "static"
MAX_LIMIT = 1000
MAX_POINTS = 200_000
MAX_BODY = 2 * 1024 * 1024  # a news report is never 2 MB of text
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SUB_TYPES = {s for subs in EVENT_TYPES.values() for s in subs}
EXPORT_TYPES = {
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "acled": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


class ApiError(Exception):
    """An error the client can act on: a status code and a sentence saying what was wrong."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# --------------------------------------------------------------------------- filters
class Filters:
    """The event filters every list, map, timeline and export endpoint shares."""

    def __init__(
        self,
        date_from: Optional[str] = Query(None, description="First day, YYYY-MM-DD (inclusive)."),
        date_to: Optional[str] = Query(None, description="Last day, YYYY-MM-DD (inclusive)."),
        bbox: Optional[str] = Query(None, description="west,south,east,north in degrees."),
        country: Optional[str] = Query(None, description="ISO 3166-1 alpha-2 code."),
        admin1: Optional[str] = Query(None, description="First-level admin area name (case-insensitive)."),
        event_type: Optional[str] = Query(None, description="ACLED event type or sub-event type."),
        actor: Optional[str] = Query(None, description="Part of actor1 or actor2 (case-insensitive)."),
        place: Optional[str] = Query(None, description="Part of the location, admin2 or admin1 name."),
        contested: Optional[bool] = Query(None, description="true: only contested events; false: only uncontested."),
        q: Optional[str] = Query(None, description="Free text in the notes and source sentences."),
    ):
        self.date_from = _check_date(date_from, "date_from")
        self.date_to = _check_date(date_to, "date_to")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ApiError(400, f"date_from {self.date_from} is after date_to {self.date_to}")
        self.bbox = _parse_bbox(bbox)
        country = (country or "").strip()
        if country and not re.fullmatch(r"[A-Za-z]{2}", country):
            raise ApiError(400, f"country must be an ISO 3166-1 alpha-2 code like 'NG', not {country!r}")
        self.country = country.upper() or None
        self.admin1 = (admin1 or "").strip() or None
        event_type = (event_type or "").strip() or None
        if event_type and event_type not in EVENT_TYPES and event_type not in SUB_TYPES:
            raise ApiError(400, f"unknown event_type {event_type!r}; use one of: " + "; ".join(EVENT_TYPES))
        self.event_type = event_type
        self.actor = (actor or "").strip() or None
        self.place = (place or "").strip() or None
        self.contested = contested
        self.q = (q or "").strip() or None

    def store_kwargs(self) -> dict[str, Any]:
        return dict(event_type=self.event_type, country=self.country, admin1=self.admin1, date_from=self.date_from,
                    date_to=self.date_to, place=self.place, actor=self.actor, contested=self.contested,
                    text=self.q, bbox=self.bbox)

    def conditions(self, skip_dates: bool = False) -> list:
        """SQL conditions on the events table; the same meaning as ``Store.query_events``."""
        e = events_table.c
        conds = []
        if self.event_type:
            conds.append(or_(e.event_type == self.event_type, e.sub_event_type == self.event_type))
        if self.country:
            conds.append(e.country == self.country)
        if self.admin1:
            conds.append(func.lower(e.admin1) == self.admin1.lower())
        if self.date_from and not skip_dates:
            conds.append(e.event_date >= self.date_from)
        if self.date_to and not skip_dates:
            conds.append(e.event_date <= self.date_to)
        if self.place:
            p = self.place.lower()
            conds.append(or_(func.lower(e.location).contains(p), func.lower(e.admin2).contains(p),
                             func.lower(e.admin1).contains(p)))
        if self.actor:
            a = self.actor.lower()
            conds.append(or_(func.lower(e.actor1).contains(a), func.lower(e.actor2).contains(a)))
        if self.contested is not None:
            conds.append(e.contested == self.contested)
        if self.q:
            conds.append(e.search_text.contains(self.q.lower()))
        if self.bbox:
            west, south, east, north = self.bbox
            conds.append(and_(e.latitude >= south, e.latitude <= north, e.longitude >= west, e.longitude <= east))
        return conds


def _check_date(value: Optional[str], name: str) -> Optional[str]:
    value = (value or "").strip()
    if not value:
        return None
    if not DATE_RE.match(value):
        raise ApiError(400, f"{name} must be a date YYYY-MM-DD, not {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name} {value!r} is not a real date") from None
    return value


def _parse_bbox(value: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    if not value:
        return None
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ApiError(400, f"bbox must be four numbers west,south,east,north, not {value!r}") from None
    if not (-90 <= south <= north <= 90):
        raise ApiError(400, "bbox south and north must be latitudes with south <= north")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and west <= east):
        raise ApiError(400, "bbox west and east must be longitudes with west <= east")
    return west, south, east, north


def _page(limit: int, offset: int) -> tuple[int, int]:
    if limit < 1 or limit > MAX_LIMIT:
        raise ApiError(400, f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise ApiError(400, "offset must be 0 or more")
    return limit, offset


# --------------------------------------------------------------------------- pipeline
class Pipeline:
    """The gazetteer and spaCy model, loaded once, on the first report submitted."""

    def __init__(self):
        self._lock = threading.Lock()
        self._loaded: tuple[Any, Any] | None = None

    def analyze(self, document):
        with self._lock:  # one report at a time: spaCy and the gazetteer are loaded and used here
            if self._loaded is None:
                from flashpoint.language.nlp import load
                from flashpoint.library import open_gazetteer

                self._loaded = (open_gazetteer(), load())
            gazetteer, nlp = self._loaded
            from flashpoint.pipeline import analyze_many

            return next(iter(analyze_many([document], gazetteer, nlp)))


def _decode_text(raw: bytes) -> str:
    if not raw.strip():
        raise ApiError(422, "no text: the report is empty")
    if b"\x00" in raw[:8192]:
        raise ApiError(400, "binary content, not text: send the report as UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"not UTF-8 text (bad byte at {exc.start})") from None


def _optional_str(obj: dict, key: str) -> Optional[str]:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiError(422, f"'{key}' must be a string")
    return value


# --------------------------------------------------------------------------- app
def create_app(db: str) -> FastAPI:
    """The REST API and the page over the store at ``db`` (SQLite path or SQLAlchemy URL)."""
    store = Store(db)
    pipeline = Pipeline()
    app = FastAPI(
        title="flashpoint",
        version="0.1.0",
        description="Sourced, geolocated records of unrest read from news reports (ACLED-style events).",
    )
    app.state.store = store
    app.state.pipeline = pipeline

    # ---------------------------------------------------------------- errors as JSON
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return JSONResponse({"error": message}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
            problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return JSONResponse({"error": "; ".join(problems) or "invalid request"}, status_code=400)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        return JSONResponse({"error": f"internal error: {type(exc).__name__}: {exc}"}, status_code=500)

    # ---------------------------------------------------------------- page
    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # ---------------------------------------------------------------- events
    @app.get("/api/events", tags=["events"], summary="Events matching the filters, newest first")
    def list_events(f: Filters = Depends(), limit: int = Query(100, description=f"1–{MAX_LIMIT}"),
                    offset: int = Query(0, ge=0)):
        limit, offset = _page(limit, offset)
        items, total = store.query_events(**f.store_kwargs(), limit=limit, offset=offset)
        return _json({"total": total, "limit": limit, "offset": offset, "items": items})

    @app.get("/api/points", tags=["events"], summary="Every matching event as a compact row (for the map)")
    def points(f: Filters = Depends()):
        e = events_table.c
        cols = [e.event_id, e.event_date, e.event_type, e.sub_event_type, e.latitude, e.longitude, e.fatalities,
                e.location, e.admin1, e.country, e.contested, e.actor1]
        stmt = select(*cols).order_by(e.event_date.desc(), e.event_id).limit(MAX_POINTS)
        conds = f.conditions()
        if conds:
            stmt = stmt.where(and_(*conds))
        with store.engine.connect() as conn:
            rows = [list(r) for r in conn.execute(stmt)]
        for r in rows:
            r[10] = bool(r[10])
        return _json({"columns": ["id", "date", "type", "sub_type", "lat", "lon", "fatalities", "location", "admin1",
                                  "country", "contested", "actor1"], "total": len(rows), "rows": rows})

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with its evidence located")
    def get_event(event_id: str):
        ev = store.event(event_id)
        if ev is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return _with_sentence_offsets(store, ev)

    @app.get("/api/timeline", tags=["events"], summary="Events per day, by event type")
    def timeline(f: Filters = Depends()):
        e = events_table.c
        stmt = (select(e.event_date, e.event_type, func.count().label("n"))
                .where(e.event_date.is_not(None)).group_by(e.event_date, e.event_type).order_by(e.event_date))
        conds = f.conditions()
        if conds:
            stmt = stmt.where(and_(*conds))
        days: dict[str, dict[str, int]] = {}
        with store.engine.connect() as conn:
            for day, etype, n in conn.execute(stmt):
                days.setdefault(day, {})[etype] = n
        return {
            "types": list(EVENT_TYPES),
            "days": [{"date": d, "counts": c, "total": sum(c.values())} for d, c in days.items()],
            "total": sum(sum(c.values()) for c in days.values()),
        }

    @app.get("/api/meta", tags=["meta"], summary="Counts, the event taxonomy and the date range")
    def meta():
        e = events_table.c
        with store.engine.connect() as conn:
            first, last = conn.execute(select(func.min(e.event_date), func.max(e.event_date))).one()
        return {"counts": store.counts(), "event_types": {k: list(v) for k, v in EVENT_TYPES.items()},
                "speaker_roles": list(SPEAKER_ROLES), "date_range": [first, last]}

    # ---------------------------------------------------------------- documents
    @app.get("/api/documents", tags=["documents"], summary="Stored reports, newest first (no text)")
    def list_documents(limit: int = Query(100), offset: int = Query(0)):
        limit, offset = _page(limit, offset)
        items, total = store.documents(limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="One report with its text and its events")
    def get_document(doc_id: str):
        doc = store.document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document with id {doc_id!r}")
        with store.engine.connect() as conn:
            ids = conn.execute(select(mentions_table.c.event_id).where(mentions_table.c.doc_id == doc["id"])
                               .distinct()).scalars().all()
        doc["event_ids"] = sorted(ids)
        return doc

    @app.post("/api/documents", tags=["documents"], status_code=201,
              summary="Submit a report: it is read, its events extracted and stored",
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                      "text": {"type": "string"}, "title": {"type": "string"}, "url": {"type": "string"},
                      "source": {"type": "string"},
                      "published": {"type": "string", "description": "YYYY-MM-DD or ISO 8601"}}}},
                  "text/plain": {"schema": {"type": "string"}},
                  "text/html": {"schema": {"type": "string"}},
              }}})
    async def submit_document(request: Request, title: Optional[str] = Query(None), url: Optional[str] = Query(None),
                              source: Optional[str] = Query(None), published: Optional[str] = Query(None)):
        fields = await _read_submission(request, dict(title=title, url=url, source=source, published=published))
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_process, store, pipeline, fields)

    # ---------------------------------------------------------------- places and claims
    @app.get("/api/places", tags=["places"], summary="Places events happened at, most events first")
    def list_places(limit: int = Query(100), offset: int = Query(0),
                    missing: bool = Query(False, description="true: places named in reports but not in the gazetteer")):
        limit, offset = _page(limit, offset)
        if missing:
            rows = store.missing_places()
            return {"total": len(rows), "limit": limit, "offset": offset, "items": rows[offset:offset + limit]}
        items, total = store.places(limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/claims", tags=["claims"], summary="What speakers asserted")
    def list_claims(speaker: Optional[str] = Query(None, description="Part of the speaker's name"),
                    role: Optional[str] = Query(None, description="; ".join(SPEAKER_ROLES)),
                    contested: Optional[bool] = Query(None), limit: int = Query(100), offset: int = Query(0)):
        limit, offset = _page(limit, offset)
        if role and role not in SPEAKER_ROLES:
            raise ApiError(400, f"unknown role {role!r}; use one of: {', '.join(SPEAKER_ROLES)}")
        items, total = store.claims(speaker=speaker or None, role=role or None, contested=contested,
                                    limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    # ---------------------------------------------------------------- export
    @app.get("/api/export", tags=["export"], summary="Download the matching events: jsonl, acled (CSV), geojson, parquet")
    def export(f: Filters = Depends(), format: str = Query("jsonl", description="jsonl | acled | geojson | parquet")):
        from flashpoint.export.formats import export_text, write_parquet

        fmt = (format or "").lower()
        if fmt not in EXPORT_TYPES:
            raise ApiError(400, f"unknown format {format!r}; use one of: {', '.join(EXPORT_TYPES)}")
        rows, _ = store.query_events(**f.store_kwargs())
        media, ext = EXPORT_TYPES[fmt]
        if fmt == "parquet":
            buf = io.BytesIO()
            write_parquet(rows, buf)
            body: bytes = buf.getvalue()
        else:
            body = export_text(rows, fmt).encode("utf-8")
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
        name = f"flashpoint-events-{stamp}.{ext}"
        return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"',
                                                         "X-Event-Count": str(len(rows))})

    @app.get("/api/health", tags=["meta"], include_in_schema=False)
    def health():
        return {"ok": True}

    return app


# --------------------------------------------------------------------------- helpers
def _json(body: Any) -> Response:
    """Plain-JSON data straight to bytes: FastAPI's generic encoder costs more than the query on big lists."""
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


async def _read_submission(request: Request, params: dict[str, Optional[str]]) -> dict[str, Optional[str]]:
    """The report's text and metadata from a JSON, plain-text or HTML body; anything else is refused."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY:
        raise ApiError(413, f"report too large (over {MAX_BODY // 1024} KB)")
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise ApiError(413, f"report too large (over {MAX_BODY // 1024} KB)")
    if ctype == "application/json":
        try:
            obj = json.loads(raw.decode("utf-8-sig")) if raw.strip() else None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(400, f"body is not valid JSON ({exc})") from None
        if not isinstance(obj, dict):
            raise ApiError(422, "JSON body must be an object with a 'text' field")
        text = obj.get("text")
        if text is None or (isinstance(text, str) and not text.strip()):
            raise ApiError(422, "no text: the 'text' field is missing or empty")
        if not isinstance(text, str):
            raise ApiError(422, "'text' must be a string")
        if "\x00" in text:
            raise ApiError(400, "binary content, not text")
        fields = {k: _optional_str(obj, k) for k in ("title", "url", "source")}
        fields["published"] = _optional_str(obj, "published") or _optional_str(obj, "published_at")
        for k, v in params.items():  # query parameters fill what the body leaves out
            fields[k] = fields.get(k) or v
        fields["text"] = text
        return fields
    if ctype in ("text/plain", "text/html", "application/xhtml+xml"):
        text = _decode_text(raw)
        fields = dict(params)
        if ctype != "text/plain":
            from flashpoint.ingest.readers import BadInput, html_to_text

            try:
                text, page_title = html_to_text(text)
            except BadInput as exc:
                raise ApiError(422, str(exc)) from None
            fields["title"] = fields.get("title") or page_title
        fields["text"] = text
        return fields
    shown = ctype or "none"
    raise ApiError(415, f"unsupported content type {shown!r}: send application/json {{text, title?, url?, source?, "
                        "published?} or a text/plain (or text/html) body")


def _process(store: Store, pipeline: Pipeline, fields: dict[str, Optional[str]]) -> dict[str, Any]:
    from flashpoint.ingest.readers import BadInput, make_document

    try:
        document = make_document(fields["text"], source=fields.get("source"), url=fields.get("url"),
                                 published=fields.get("published"), title=fields.get("title"), origin="web")
    except BadInput as exc:
        raise ApiError(422, str(exc)) from None
    result = pipeline.analyze(document)
    event_ids = store.save(result)
    events = [ev for ev in (store.event(i) for i in dict.fromkeys(event_ids)) if ev is not None]
    return {
        "document": {"id": document.id, "title": document.title, "source": document.source, "url": document.url,
                     "published_at": document.published_at.isoformat() if document.published_at else None},
        "event_ids": [ev["event_id"] for ev in events],
        "events": events,
    }


def _with_sentence_offsets(store: Store, ev: dict) -> dict:
    """Add each evidence and source sentence's offset in its report, so a page can mark the span exactly,
    and the reports themselves (title, outlet, link)."""
    docs: dict[str, Optional[dict]] = {}

    def doc(doc_id: Optional[str]) -> Optional[dict]:
        if doc_id and doc_id not in docs:
            docs[doc_id] = store.document(doc_id)
        return docs.get(doc_id) if doc_id else None

    for item in list(ev.get("evidence") or []) + list(ev.get("sources") or []):
        d = doc(item.get("doc_id"))
        sentence = item.get("sentence") or ""
        offset = None
        if d and sentence:
            text = d["text"]
            start = item.get("start")
            # The sentence occurrence that contains the span, else the first one.
            pos = text.find(sentence)
            while pos != -1 and isinstance(start, int) and not (pos <= start <= pos + len(sentence)):
                pos = text.find(sentence, pos + 1)
            if pos == -1:
                pos = text.find(sentence)
            offset = pos if pos != -1 else None
        item["sentence_start"] = offset
    ev["documents"] = [
        {k: d.get(k) for k in ("id", "title", "source", "url", "published_at")}
        for d in (doc(i) for i in dict.fromkeys(
            [s.get("doc_id") for s in ev.get("sources") or []] + [x.get("doc_id") for x in ev.get("evidence") or []]))
        if d
    ]
    return ev
