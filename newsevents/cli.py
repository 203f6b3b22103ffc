"""The ``newsevents`` command line."""

from __future__ import annotations

import argparse
import logging
import sys

from . import __version__
from .ingest import read_inputs
from .ingest.readers import parse_date
from .language.model import ModelError
from .output import FORMATS, write_events

LOG = logging.getLogger("newsevents")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsevents", description="Turn news articles into coded event data.")
    parser.add_argument("--version", action="version", version=f"newsevents {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and details")
    commands = parser.add_subparsers(dest="command", required=True)
    code = commands.add_parser("code", help="code articles into events")
    code.add_argument("inputs", nargs="+", help="files (.txt, .html, .jsonl), directories, or - for stdin")
    code.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs that carry none")
    code.add_argument("--format", choices=FORMATS, default="table")
    code.add_argument("--model", help="spaCy pipeline name or path (default: the shipped model)")
    return parser


def cmd_code(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline  # heavy imports only when coding

    try:
        published = parse_date(args.published)
    except ValueError as err:
        print(f"newsevents: --published: {err}", file=sys.stderr)
        return 2
    try:
        pipeline = Pipeline(model=args.model)
    except ModelError as err:
        print(f"newsevents: {err}", file=sys.stderr)
        return 2
    failures = articles = 0
    events = []
    for result in pipeline.code_many(read_inputs(args.inputs, published)):
        if result.error is not None:
            failures += 1
            print(f"newsevents: error: {result.error}", file=sys.stderr)
            continue
        articles += 1
        if args.format == "jsonl":  # streamed: a long batch shows rows as they come
            write_events(result.events, "jsonl", sys.stdout)
        else:
            events.extend(result.events)
    if args.format != "jsonl":
        write_events(events, args.format, sys.stdout)
    LOG.info("%d articles coded, %d failed", articles, failures)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    try:
        if args.command == "code":
            return cmd_code(args)
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        sys.stderr.close()
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
