"""The ``newsevents`` command line: code, ingest, query, stats, export."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys

from . import __version__
from .export import FORMATS, write_events
from .ingest import read_inputs
from .ingest.readers import parse_date
from .language.model import ModelError
from .settings import Limits, Settings, SettingsError
from .store import DEFAULT_DB

LOG = logging.getLogger("newsevents")


def _add_coding_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", help="files (.txt .html .jsonl .rss .warc), directories, or - for stdin")
    parser.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that carry none")
    parser.add_argument("--model", help="spaCy pipeline name or path (default: the shipped model)")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)"
    )
    parser.add_argument("--full-parse", action="store_true", help="parse every sentence, not only those with a trigger")
    parser.add_argument("--actors", action="append", default=[], help="PETRARCH/TABARI actor dictionary (repeatable)")
    parser.add_argument("--agents", action="append", default=[], help="PETRARCH agents dictionary (repeatable)")
    parser.add_argument("--discards", action="append", default=[], help="PETRARCH discards file (repeatable)")
    parser.add_argument(
        "--verbs",
        action="append",
        default=[],
        help="PETRARCH verb-pattern dictionary (repeatable; replaces the lexicon)",
    )
    parser.add_argument("--with-builtin", action="store_true", help="combine dictionaries with the built-in knowledge")
    parser.add_argument("--max-chars", type=int, default=Limits().max_chars, help="refuse longer articles")
    parser.add_argument(
        "--time-limit", type=float, default=Limits().time_budget_s, help="seconds of coding per article"
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsevents", description="Turn news articles into coded event data.")
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and details")
    commands = parser.add_subparsers(dest="command", required=True)

    code = commands.add_parser("code", help="code articles and print their events")
    _add_coding_options(code)
    code.add_argument("--format", choices=FORMATS, default="table")

    ingest = commands.add_parser("ingest", help="code articles into an embedded DuckDB store")
    _add_coding_options(ingest)
    ingest.add_argument("--db", default=DEFAULT_DB, help=f"store file (default: {DEFAULT_DB})")
    ingest.add_argument("--engine", choices=("local", "dask"), default="local")
    ingest.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")

    query = commands.add_parser("query", help="query the store: SQL, or the canned filters")
    query.add_argument(
        "sql",
        nargs="?",
        help="SQL to run (tables: articles, events, actors, attributions, errors; views: global_events, mentions)",
    )
    query.add_argument("--db", default=DEFAULT_DB)
    query.add_argument("--dyad", nargs=2, metavar=("SOURCE", "TARGET"), help="country or actor code prefixes")
    query.add_argument("--by", choices=("day", "week", "month", "year"), help="count by period (with filters)")
    query.add_argument("--actor", help="actor code prefix, as source or target")
    query.add_argument("--code", help="CAMEO code or root prefix, e.g. 19 or 161")
    query.add_argument("--between", nargs=2, metavar=("START", "END"), help="event dates, inclusive")
    query.add_argument("--asserted-only", action="store_true", help="only events that happened per the text")
    query.add_argument("--text", help="full-text search in the evidence sentences")
    query.add_argument("--limit", type=int, default=100)
    query.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")

    stats = commands.add_parser("stats", help="counts of articles, events, errors, by root and modality")
    stats.add_argument("--db", default=DEFAULT_DB)

    export = commands.add_parser("export", help="export the store")
    export.add_argument("--db", default=DEFAULT_DB)
    export.add_argument("--format", choices=("jsonl", "csv", "parquet", "gdelt"), required=True)
    export.add_argument("--out", required=True, help="output file")

    serve = commands.add_parser("serve", help="browse the store in a local web app")
    serve.add_argument("--db", default=DEFAULT_DB)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--allow-ingest", action="store_true", help="enable the write endpoint POST /api/ingest")
    serve.add_argument("--token", help="token for the write endpoint (default: a random one, printed)")

    evaluate = commands.add_parser("eval", help="evaluate against a reference suite")
    evaluate.add_argument("suite", choices=("petrarch-suite",))
    evaluate.add_argument("path", help="PETR.UnitTest.records.xml")
    evaluate.add_argument("--dictionaries", help="folder of the suite's dictionaries (default: ../dictionaries)")
    return parser


class UsageError(ValueError):
    """A bad command-line value: reported in one line, exit code 2."""


def _published(args: argparse.Namespace):
    try:
        return parse_date(args.published)
    except ValueError as err:
        raise UsageError(f"--published: {err}") from None


def _usage_error(message: str) -> int:
    print(f"newsevents: {message}", file=sys.stderr)
    return 2


def _settings(args: argparse.Namespace) -> Settings:
    limits = Limits(max_chars=args.max_chars, time_budget_s=args.time_limit)
    for path in args.actors + args.agents + args.discards + args.verbs:
        if not os.path.isfile(path):
            raise UsageError(f"dictionary not found: {path}")
    return Settings(
        model=args.model,
        full_parse=args.full_parse,
        limits=limits,
        actors=tuple(args.actors),
        agents=tuple(args.agents),
        discards=tuple(args.discards),
        verbs=tuple(args.verbs),
        with_builtin=args.with_builtin,
    )


def cmd_code(args: argparse.Namespace) -> int:
    from .batch import code_stream, worker_pipeline  # heavy imports only when coding

    published = _published(args)
    settings = _settings(args)
    worker_pipeline(settings)  # load once, fail early on a bad --model
    failures = 0
    events = []
    stream = code_stream(read_inputs(args.inputs, published), args.workers, settings=settings)
    for result in stream:
        if result.error is not None:
            failures += 1
            print(f"newsevents: error: {result.error}", file=sys.stderr)
        elif args.format == "jsonl":  # streamed
            write_events(result.events, "jsonl", sys.stdout)
        else:
            events.extend(result.events)
    if args.format != "jsonl":
        write_events(events, args.format, sys.stdout)
    return 1 if failures else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .batch import ingest
    from .store import EventStore

    published = _published(args)
    with EventStore(args.db) as store:
        report = ingest(
            read_inputs(args.inputs, published),
            store,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            settings=_settings(args),
            progress=sys.stderr.isatty(),
        )
    rate = report.words / report.seconds if report.seconds else 0.0
    print(
        f"{report.stored} articles stored, {report.skipped} already there, {report.failed} failed; "
        f"{report.events} events; {rate:,.0f} words/s -> {args.db}",
        file=sys.stderr,
    )
    return 1 if report.failed else 0


def _canned_query(args: argparse.Namespace) -> tuple[str, list]:
    where, params = [], []
    if args.dyad:
        where.append("source_code LIKE ? AND target_code LIKE ?")
        params += [args.dyad[0] + "%", args.dyad[1] + "%"]
    if args.actor:
        where.append("(source_code LIKE ? OR target_code LIKE ?)")
        params += [args.actor + "%"] * 2
    if args.code:
        where.append("cameo LIKE ?")
        params.append(args.code + "%")
    if args.between:
        where.append("date BETWEEN ? AND ?")
        params += list(args.between)
    if args.asserted_only:
        where.append("modality IN ('asserted', 'reported') AND NOT negated")
    if args.text:
        from .store.search import EvidenceIndex

        index = EvidenceIndex(args.db)
        hits = index.search(args.text)
        index.close()
        keys = [f"{a}:{e}" for a, e in hits] or ["-"]
        where.append(f"article_key || ':' || event_id IN ({', '.join('?' * len(keys))})")
        params += keys
    condition = " AND ".join(where) or "TRUE"
    if args.by:
        sql = (
            f"SELECT date_trunc('{args.by}', date) AS period, count(*) AS events, sum(goldstein) AS goldstein, "
            "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, count(*) FILTER (WHERE quad_class >= 3) "
            f"AS conflict FROM events WHERE {condition} GROUP BY 1 ORDER BY 1"
        )
        return sql, params
    sql = (
        f"SELECT date, source_code, cameo, cameo_name, target_code, modality, negated, trigger, article_id "
        f"FROM events WHERE {condition} ORDER BY date, article_id LIMIT {int(args.limit)}"
    )
    return sql, params


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from .store import EventStore

    if not os.path.exists(args.db):
        return _usage_error(f"no store at {args.db} (create one with `newsevents ingest`)")
    with EventStore(args.db, read_only=True) as store:
        sql, params = (args.sql, []) if args.sql else _canned_query(args)
        try:
            columns, rows = store.query(sql, params)
        except duckdb.Error as err:
            return _usage_error(f"query failed: {err}")
    _print_rows(columns, rows, args.format)
    return 0


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
        return
    table = [columns] + [["" if v is None else str(v) for v in row] for row in rows]
    widths = [min(40, max(len(r[c]) for r in table)) for c in range(len(columns))]
    for n, row in enumerate(table):
        print("  ".join(cell[:40].ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def cmd_stats(args: argparse.Namespace) -> int:
    from .store import EventStore

    if not os.path.exists(args.db):
        return _usage_error(f"no store at {args.db}")
    with EventStore(args.db, read_only=True) as store:
        print(json.dumps(store.stats(), indent=2, default=str))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export_table, write_gdelt
    from .store import EventStore

    if not os.path.exists(args.db):
        return _usage_error(f"no store at {args.db}")
    with EventStore(args.db, read_only=True) as store:
        if args.format == "gdelt":
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                rows = write_gdelt(store, out)
            print(f"{rows} global events -> {args.out}", file=sys.stderr)
        else:
            export_table(store, args.format, args.out)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .web import create_app

    if not args.allow_ingest and not os.path.exists(args.db):
        return _usage_error(f"no store at {args.db} (create one with `newsevents ingest`)")
    app = create_app(args.db, allow_ingest=args.allow_ingest, token=args.token)
    if args.allow_ingest:
        print(f"write endpoint enabled; token: {app.state.backend.token}", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .evaluate import run_petrarch_suite

    if not os.path.isfile(args.path):
        return _usage_error(f"no such file: {args.path}")
    score = run_petrarch_suite(Path(args.path), Path(args.dictionaries) if args.dictionaries else None)
    print(f"PETRARCH2 unit-test suite: {score.line()}")
    return 0


COMMANDS = {
    "code": cmd_code,
    "ingest": cmd_ingest,
    "query": cmd_query,
    "stats": cmd_stats,
    "export": cmd_export,
    "serve": cmd_serve,
    "eval": cmd_eval,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except (ModelError, UsageError, SettingsError) as err:
        return _usage_error(str(err))
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
