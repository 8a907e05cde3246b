"""The command line: a thin layer over ``flashpoint.library`` and the store.

Commands print Rich tables for people and plain formats (JSONL, CSV) for
pipes; long runs show a progress bar on stderr so stdout stays clean.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from flashpoint import config

app = typer.Typer(help="flashpoint: sourced, geolocated, time-resolved event records from reports of unrest.",
                  no_args_is_help=True, add_completion=False)
gazetteer_app = typer.Typer(help="The place index: build, import GeoNames dumps or your own places, inspect.",
                            no_args_is_help=True)
eval_app = typer.Typer(help="Measure flashpoint against gold data.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="SQLite file or database URL (default ./flashpoint.db or $FLASHPOINT_DB).")


def _store(db: Optional[str]):
    from flashpoint.store.database import Store

    return Store(db or config.default_db())


def _defaults(published: Optional[str], source: Optional[str]) -> dict:
    from flashpoint.ingest.readers import BadInput, parse_published

    if published:
        try:
            parse_published(published)
        except BadInput as exc:
            err.print(f"[red]error:[/red] --published: {exc}")
            raise typer.Exit(2)
    return {"published": published, "source": source}


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=False, disable=not err.is_terminal)


def _gazetteer():
    from flashpoint.library import open_gazetteer

    return open_gazetteer(progress=True)


def _report_errors(errors) -> None:
    for e in errors:
        # one line each, never wrapped, so the path can be copied and grepped
        err.print(f"[yellow]skipped[/yellow] {e.origin}: {e.problem}", soft_wrap=True, highlight=False)


def events_table(rows: list[dict], title: str = "Events") -> Table:
    """One row per event, compact enough to stay legible in an 80-column terminal."""
    table = Table(title=title, show_lines=False, header_style="bold")
    table.add_column("id", no_wrap=True, style="cyan")
    table.add_column("when", no_wrap=True)
    table.add_column("type", ratio=2)
    table.add_column("where", ratio=2, min_width=12)
    table.add_column("actor1", ratio=2)
    table.add_column("toll", justify="right", no_wrap=True)
    table.add_column("prec", no_wrap=True)
    for ev in rows:
        time = (ev.get("time_start") or "")[11:16]
        time = "" if time == "00:00" else time  # a whole day: no hour to show
        area = ", ".join(x for x in (ev.get("admin1"), ev.get("country")) if x)
        table.add_row(
            ev["event_id"],
            (ev.get("event_date") or "?") + (f"\n{time}" if time else ""),
            f"{ev['event_type']}\n[dim]{ev['sub_event_type']}[/dim]",
            (ev.get("location") or "?") + (f"\n[dim]{area}[/dim]" if area else ""),
            ev.get("actor1") or "",
            _toll(ev),
            f"g{ev.get('geo_precision')} t{ev.get('time_precision')}"
            + ("\n[red]contested[/red]" if ev.get("contested") else ""),
        )
    return table


def _toll(ev: dict) -> str:
    """"8 killed / 40 injured / 47 arrested" shortened to "8k 40i 47a"; blank when none stated."""
    parts = [f"{ev[key]}{abbr}" for key, abbr in (("fatalities", "k"), ("injuries", "i"), ("arrests", "a"))
             if ev.get(key) is not None]
    return " ".join(parts)


@app.command()
def run(
    inputs: List[Path] = typer.Argument(..., help="Files or directories: .txt, .html, .jsonl, RSS/Atom."),
    db: Optional[str] = DbOption,
    published: Optional[str] = typer.Option(None, help="Publication date for single files (YYYY-MM-DD or ISO 8601)."),
    source: Optional[str] = typer.Option(None, help="Outlet name for single files."),
) -> None:
    """Ingest reports, extract their events and store them (re-running updates, never duplicates)."""
    from flashpoint.library import run as run_pipeline

    defaults = _defaults(published, source)
    store = _store(db)
    gaz = _gazetteer()
    with _progress() as progress:
        task = progress.add_task("reports", total=None)
        report = run_pipeline(inputs, store, defaults, gaz, on_document=lambda _: progress.advance(task))
    _report_errors(report.errors)
    rows = [store.event(e) for e in sorted(report.events)]
    if rows:
        out.print(events_table([r for r in rows if r], title=f"{len(rows)} events from {report.documents} reports"))
    counts = store.counts()
    err.print(f"stored in [bold]{store.db}[/bold]: {counts['documents']} documents, {counts['events']} events, "
              f"{counts['claims']} claims; {len(report.errors)} skipped")
    if report.errors:
        raise typer.Exit(1)


@app.command("extract")
def extract_cmd(
    inputs: List[Path] = typer.Argument(..., help="Reports in any ingest format."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | acled | geojson"),
    published: Optional[str] = typer.Option(None, help="Publication date for single files."),
    source: Optional[str] = typer.Option(None, help="Outlet name for single files."),
) -> None:
    """Print the events of the given reports to stdout, without touching a database."""
    from flashpoint.export.formats import export_text
    from flashpoint.ingest.readers import Document, IngestError, read_inputs
    from flashpoint.library import analyze_documents, fuse_results
    from flashpoint.store.database import event_to_json

    if fmt not in ("jsonl", "acled", "geojson"):
        err.print(f"[red]error:[/red] unknown format {fmt!r} (jsonl, acled, geojson)")
        raise typer.Exit(2)
    defaults = _defaults(published, source)
    docs, errors = [], []
    for item in read_inputs(inputs, defaults):
        (errors if isinstance(item, IngestError) else docs).append(item)
    _report_errors(errors)
    results = list(analyze_documents(docs, _gazetteer()))
    events = [event_to_json(e) for e in fuse_results(results)]
    sys.stdout.write(export_text(events, fmt))
    if errors:
        raise typer.Exit(1)


@app.command()
def events(
    db: Optional[str] = DbOption,
    event_type: Optional[str] = typer.Option(None, "--type", help="Event type or sub-type."),
    country: Optional[str] = typer.Option(None, help="ISO 3166-1 alpha-2 code."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First date, YYYY-MM-DD."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last date, YYYY-MM-DD."),
    place: Optional[str] = typer.Option(None, help="Location, district or region name contains this."),
    actor: Optional[str] = typer.Option(None, help="Actor name contains this."),
    contested: bool = typer.Option(False, "--contested", help="Only contested events."),
    limit: int = typer.Option(100, help="At most this many rows."),
) -> None:
    """List stored events as a table."""
    rows, total = _store(db).query_events(event_type=event_type, country=country, date_from=date_from,
                                          date_to=date_to, place=place, actor=actor,
                                          contested=True if contested else None, limit=limit)
    out.print(events_table(rows, title=f"{len(rows)} of {total} events"))


def _highlight(sentence: str, fragment: str) -> Text:
    text = Text(sentence)
    if fragment:
        i = sentence.find(fragment)
        if i >= 0:
            text.stylize("bold black on yellow", i, i + len(fragment))
    return text


@app.command()
def show(event_id: str, db: Optional[str] = DbOption) -> None:
    """One event: its ACLED row, each field's evidence sentence, its sources and claims."""
    ev = _store(db).event(event_id)
    if ev is None:
        err.print(f"[red]error:[/red] no event {event_id!r}")
        raise typer.Exit(1)
    row = Table.grid(padding=(0, 2))
    row.add_column(style="bold")
    row.add_column()
    for key in ("event_id", "event_date", "time_start", "time_end", "time_precision", "event_type", "sub_event_type",
                "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "location", "admin2",
                "admin1", "country", "latitude", "longitude", "geo_precision", "fatalities", "injuries", "arrests",
                "contested", "notes"):
        row.add_row(key, "" if ev.get(key) is None else str(ev.get(key)))
    out.print(Panel(row, title=f"{ev['event_type']} / {ev['sub_event_type']}", expand=False))
    evidence = Table(title="Evidence", show_lines=True, header_style="bold")
    evidence.add_column("field")
    evidence.add_column("sentence")
    for item in ev.get("evidence", []):
        note = f"\n[dim]{item['anchor']}[/dim]" if item.get("anchor") else ""
        evidence.add_row(item["field"] + note, _highlight(item["sentence"], item["text"]))
    out.print(evidence)
    for item in ev.get("evidence", []):
        if item.get("candidates"):  # why this place: the gazetteer entries it beat, with their scores
            choice = Table(title=f"Place: {item['text']} — candidates", header_style="bold")
            choice.add_column("gazetteer entry")
            choice.add_column("score", justify="right")
            for label, score in item["candidates"][:5]:
                choice.add_row(label, f"{score:.2f}")
            out.print(choice)
    for kind, fig in (ev.get("figures") or {}).items():
        figs = ", ".join(f"{f['low']}{'+' if f['high'] is None and f['vague'] else ''} ({f.get('source') or '?'}"
                         f"{', official' if f.get('official') else ''})" for f in fig["figures"])
        out.print(f"[bold]{kind}[/bold]: {fig['value']} — {fig['rule']}; figures: {figs}")
    from flashpoint.gazetteer.outlets import outlet_country

    sources = Table(title="Sources", header_style="bold")
    for col in ("source", "outlet's country", "published", "url", "doc"):
        sources.add_column(col)
    gazetteer = _gazetteer() if ev.get("sources") else None
    for s in ev.get("sources", []):
        # (the weak prior a place's score took from where the outlet is based)
        home = outlet_country(s.get("source"), s.get("url"), gazetteer) or ""
        sources.add_row(s.get("source") or "", home, s.get("published_at") or "", s.get("url") or "", s["doc_id"])
    out.print(sources)
    if ev.get("claims"):
        claims = Table(title="Claims", show_lines=True, header_style="bold")
        for col in ("speaker", "role", "channel", "says"):
            claims.add_column(col)
        for c in ev["claims"]:
            claims.add_row(c["speaker"], c["role"], c.get("channel") or "", c["text"][:300])
        out.print(claims)
    for topic in ev.get("contested_topics", []):
        side_table = Table(title=f"[red]Contested:[/red] {topic['topic']}", show_lines=True, header_style="bold")
        side_table.add_column("position")
        side_table.add_column("speaker / role / channel")
        side_table.add_column("sentence")
        for side in topic["sides"]:
            for c in side["claims"]:
                who = f"{c.get('speaker') or c.get('source') or '?'} / {c.get('role') or ('official' if c.get('official') else '')} / {c.get('channel') or ''}"
                side_table.add_row(side["position"], who, c.get("sentence") or c.get("text") or "")
        out.print(side_table)


@app.command()
def claims(
    db: Optional[str] = DbOption,
    speaker: Optional[str] = typer.Option(None, help="Speaker name contains this."),
    role: Optional[str] = typer.Option(None, help="official | expert | community | eyewitness | media | unknown"),
    contested: bool = typer.Option(False, "--contested", help="Only claims on a contested topic."),
    limit: int = typer.Option(100),
) -> None:
    """List attributed claims: who said what, through which channel."""
    rows, total = _store(db).claims(speaker=speaker, role=role, contested=True if contested else None, limit=limit)
    table = Table(title=f"{len(rows)} of {total} claims", show_lines=True, header_style="bold")
    for col in ("speaker", "role", "channel", "says", "events"):
        table.add_column(col)
    for c in rows:
        mark = " [red](contested)[/red]" if c["contested"] else ""
        table.add_row(c["speaker"] + mark, c["role"], c["channel"] or "", c["text"][:240], "\n".join(c["event_ids"]))
    out.print(table)


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | acled | geojson | parquet"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (stdout if omitted; required for parquet)."),
    db: Optional[str] = DbOption,
) -> None:
    """Export stored events."""
    from flashpoint.export.formats import FORMATS, export_text, write_parquet

    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {fmt!r} ({', '.join(FORMATS)})")
        raise typer.Exit(2)
    rows, _ = _store(db).query_events()
    if fmt == "parquet":
        if output is None:
            err.print("[red]error:[/red] parquet needs --output FILE")
            raise typer.Exit(2)
        write_parquet(rows, str(output))
    else:
        text = export_text(rows, fmt)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    if output is not None:
        err.print(f"wrote {len(rows)} events to {output}")


@app.command()
def demo(
    db: Optional[str] = typer.Option(None, "--db", help="Database for the demo (default ./flashpoint-demo.db)."),
    outdir: Path = typer.Option(Path("flashpoint-demo"), "--out", help="Folder for the exports."),
    serve_after: bool = typer.Option(False, "--serve", help="Open the demo data in the web page afterwards."),
    port: int = typer.Option(8008),
) -> None:
    """Run the pipeline on the bundled corpus and show what it found."""
    from flashpoint.demo.corpus_loader import demo_inputs
    from flashpoint.export.formats import export_text, write_parquet
    from flashpoint.library import run as run_pipeline

    db = db or "flashpoint-demo.db"
    store = _store(db)
    gaz = _gazetteer()
    with _progress() as progress:
        task = progress.add_task("demo reports", total=None)
        report = run_pipeline(demo_inputs(), store, {}, gaz, on_document=lambda _: progress.advance(task))
    _report_errors(report.errors)
    rows, total = store.query_events()
    out.print(events_table(rows, title=f"{total} events from {report.documents} demo reports"))
    outdir.mkdir(parents=True, exist_ok=True)
    for fmt, name in (("jsonl", "events.jsonl"), ("acled", "events.csv"), ("geojson", "events.geojson")):
        (outdir / name).write_text(export_text(rows, fmt), encoding="utf-8")
    write_parquet(rows, str(outdir / "events.parquet"))
    out.print(f"\ndatabase: [bold]{Path(db).resolve()}[/bold]")
    out.print(f"exports:  [bold]{outdir.resolve()}[/bold] (events.jsonl, events.csv, events.geojson, events.parquet)")
    out.print(f"next:     flashpoint events --db {db} · flashpoint show EVENT_ID --db {db} · flashpoint serve --db {db}")
    if serve_after:
        serve(db=db, host="127.0.0.1", port=port)


@app.command()
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option("127.0.0.1"),
    port: int = typer.Option(8008),
) -> None:
    """Serve the REST API and the analyst's web page."""
    import uvicorn

    from flashpoint.api.app import create_app

    err.print(f"flashpoint at http://{host}:{port}/ (API docs at /docs) over {db or config.default_db()}")
    uvicorn.run(create_app(db or config.default_db()), host=host, port=port, log_level="warning")


@gazetteer_app.command("build")
def gazetteer_build(force: bool = typer.Option(False, help="Rebuild even if the index exists (user places are kept).")) -> None:
    """Build the bundled index (GeoNames towns, admin areas, countries) if it is not built yet."""
    from flashpoint.gazetteer import Gazetteer

    path = config.gazetteer_path()
    if force and path.exists():
        from flashpoint.gazetteer.index import rebuild

        rebuild(path, progress=True)
    gaz = Gazetteer.open(progress=True)
    _print_info(gaz.info())


@gazetteer_app.command("import")
def gazetteer_import(files: List[Path] = typer.Argument(..., help="GeoNames dumps (allCountries.zip, KZ.zip, alternateNamesV2.zip, admin codes) or your own CSV of places.")) -> None:
    """Add places to the index; a malformed file changes nothing."""
    from flashpoint.gazetteer import Gazetteer, GazetteerImportError, import_file

    Gazetteer.open(progress=True)  # the bundled part first, so user places sit beside it
    failed = False
    for f in files:
        try:
            summary = import_file(f, progress=True)
            counts = ", ".join(f"{v:,} {k}" for k, v in summary.items()
                               if k not in ("file", "format") and isinstance(v, int))
            err.print(f"imported {f} ({summary['format']}): {counts}", soft_wrap=True, highlight=False)
        except GazetteerImportError as exc:
            err.print(f"[red]error:[/red] {exc}", soft_wrap=True, highlight=False)
            failed = True
    if failed:
        raise typer.Exit(1)


@gazetteer_app.command("info")
def gazetteer_info() -> None:
    """What the index holds and where it came from."""
    _print_info(_gazetteer().info())


def _print_info(info: dict) -> None:
    table = Table(title="Gazetteer", header_style="bold")
    table.add_column("what")
    table.add_column("value")
    for k, v in info.items():
        table.add_row(str(k), json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (dict, list)) else str(v))
    out.print(table)


@gazetteer_app.command("missing")
def gazetteer_missing(db: Optional[str] = DbOption) -> None:
    """Places named in stored reports that no loaded list holds, with how they were placed."""
    rows = _store(db).missing_places()
    table = Table(title=f"{len(rows)} places missing from the gazetteer", show_lines=True, header_style="bold")
    for col in ("name", "mentions", "placed by", "context"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["name"], str(r["mentions"]), r["anchor"] or "(not placed)", r["context"].replace("\n", " "))
    out.print(table)


@eval_app.command("geoparse")
def eval_geoparse(gold: Path, json_out: bool = typer.Option(False, "--json")) -> None:
    """Toponym resolution against gold (LGL / GeoWebNews XML or JSONL of {text, toponyms})."""
    from flashpoint.eval.geoparse import evaluate, load_gold

    scores = evaluate(load_gold(gold), _gazetteer())
    _print_scores(scores, json_out, "Geoparsing")


@eval_app.command("acled")
def eval_acled(
    gold: Path,
    limit: Optional[int] = typer.Option(None),
    sample: Optional[int] = typer.Option(None, help="Random sample of this many rows (seeded)."),
    country: Optional[str] = typer.Option(None),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Agreement with ACLED coders on rows of an ACLED CSV (notes run as reports)."""
    from flashpoint.eval.acled import evaluate, load_rows

    rows = load_rows(gold, limit=limit, sample=sample, country=country)
    scores = evaluate(rows, _gazetteer())
    _print_scores(scores, json_out, "ACLED agreement")


@eval_app.command("attribution")
def eval_attribution(gold: Path, json_out: bool = typer.Option(False, "--json")) -> None:
    """Speaker attribution precision and recall on a JSONL of {text, claims}."""
    from flashpoint.eval.attribution import evaluate, load_cases

    _print_scores(evaluate(load_cases(gold)), json_out, "Attribution")


def _print_scores(scores: dict, json_out: bool, title: str) -> None:
    if json_out:
        sys.stdout.write(json.dumps(scores, indent=2, default=str) + "\n")
        return
    table = Table(title=title, header_style="bold")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for k, v in scores.items():
        if isinstance(v, (dict, list)):
            continue
        table.add_row(k, f"{v:.3f}" if isinstance(v, float) else str(v))
    out.print(table)
    for k, v in scores.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            sub = Table(title=k, header_style="bold")
            for col in v[0]:
                sub.add_column(str(col))
            for row in v[:20]:
                sub.add_row(*[str(row[c]) for c in v[0]])
            out.print(sub)
        elif isinstance(v, dict) and v:
            sub = Table(title=k, header_style="bold")
            sub.add_column("key")
            sub.add_column("value")
            for kk, vv in v.items():
                sub.add_row(str(kk), json.dumps(vv, default=str) if isinstance(vv, (dict, list)) else str(vv))
            out.print(sub)


if __name__ == "__main__":
    app()
