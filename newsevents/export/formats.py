"""Write event records: ``table`` for people, ``jsonl`` and ``json`` for programs."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..records import Actor, Event

FORMATS = ("table", "jsonl", "json")
COLUMNS = ("article", "date", "source", "cameo", "event", "target", "modality", "speaker", "trigger")


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.text[:28]} [{actor.code or '?'}]"


def _row(e: Event) -> list[str]:
    modality = e.modality + (" (neg)" if e.negated and e.modality != "denied" else "")
    speaker = e.attribution.speaker.text[:24] if e.attribution.speaker else "-"
    return [
        e.article_id[:20],
        e.date or "-",
        _actor(e.source),
        e.cameo,
        e.cameo_name[:34],
        _actor(e.target),
        modality,
        speaker,
        e.trigger[:30],
    ]


def write_table(events: list[Event], out: TextIO) -> None:
    rows = [list(COLUMNS)] + [_row(e) for e in events]
    widths = [max(len(r[c]) for r in rows) for c in range(len(COLUMNS))]
    for n, row in enumerate(rows):
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> None:
    events = list(events)
    if fmt == "jsonl":
        for e in events:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([e.to_dict() for e in events], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_table(events, out)
