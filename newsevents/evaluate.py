"""``newsevents eval petrarch-suite PATH``: the PETRARCH2 unit-test records, coded from raw text.

Each ``<Sentence>`` record's ``<Text>`` is coded by our own parser and coder
(the record's ``<Parse>`` is ignored) with the suite's own verb, actor, agent and
discard dictionaries from its ``<Environment>`` (found beside the records file or
in ``--dictionaries``), replacing the built-in knowledge as PETRARCH would. Our
rows are compared with the expected ``<EventCoding>`` triples (source, target,
code): record exact match, and event precision, recall and F1.

PETRARCH has no modality: it codes "will meet" and "vowed to wage war" like acts,
and writes negation into its patterns ("NOT * RELATIONS"). So every row counts
here except those our negation rule marks as negated, the statement rows our
attribution stage adds (``attribution:statement`` and ``attribution:allegation``:
PETRARCH has no such rows), and rows without a target: PETRARCH codes dyads only
(a sentence whose verb has no codable target yields no event), while NewsEvents
keeps one-sided rows ("the Taliban claimed responsibility").
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .records import Article
from .settings import Settings

COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass
class SuiteRecord:
    id: str
    text: str
    published: date | None
    expected: set[tuple[str, str, str]]


@dataclass
class SuiteScore:
    records: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: set[tuple[str, str, str]], expected: set[tuple[str, str, str]]) -> None:
        self.records += 1
        self.exact += found == expected
        self.tp += len(found & expected)
        self.fp += len(found - expected)
        self.fn += len(expected - found)

    @property
    def f1(self) -> float:
        return 2 * self.tp / max(2 * self.tp + self.fp + self.fn, 1)

    def line(self) -> str:
        p = self.tp / max(self.tp + self.fp, 1)
        r = self.tp / max(self.tp + self.fn, 1)
        f = 2 * p * r / max(p + r, 1e-9)
        exact = self.exact / max(self.records, 1)
        return (
            f"{self.records} records; exact match {self.exact}/{self.records} = {exact:.3f}; "
            f"events P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


def read_suite(path: Path) -> tuple[dict[str, str], list[SuiteRecord]]:
    """The environment (dictionary file names) and the records of a PETRARCH validation file."""
    root = ET.fromstring(COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace")))
    env = {child.tag: (child.text or "").strip() for child in root.find("Environment") or []}
    records = []
    for sentence in root.iter("Sentence"):
        text = " ".join((sentence.findtext("Text") or "").split())
        stamp = sentence.get("date", "")
        published = date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])) if len(stamp) == 8 else None
        expected = {
            (c.get("sourcecode", ""), c.get("targetcode", ""), c.get("eventcode", ""))
            for c in sentence.findall("EventCoding")
            if c.get("noevents") is None and c.get("eventcode")
        }
        records.append(SuiteRecord(sentence.get("id", ""), text, published, expected))
    return env, records


def run_petrarch_suite(path: Path, dictionaries: Path | None = None) -> SuiteScore:
    from .batch import worker_pipeline

    env, records = read_suite(path)
    folder = dictionaries or path.parent.parent / "dictionaries"
    keys = ("Verbfile", "Actorfile", "Agentfile", "Discardfile")
    files = {key: str(folder / env[key]) for key in keys if env.get(key)}
    settings = Settings(
        verbs=tuple(v for k, v in files.items() if k == "Verbfile"),
        actors=tuple(v for k, v in files.items() if k == "Actorfile"),
        agents=tuple(v for k, v in files.items() if k == "Agentfile"),
        discards=tuple(v for k, v in files.items() if k == "Discardfile"),
    )
    pipeline = worker_pipeline(settings)
    score = SuiteScore()
    for record in records:
        if not record.text:
            continue
        events = pipeline.code_article(Article(id=record.id, text=record.text, published=record.published))
        score.add(suite_triples(e.to_dict() for e in events), record.expected)
    return score


def suite_triples(rows: Iterable[dict]) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) of the rows PETRARCH would have coded (see the
    module's docstring), from rows as ``newsevents code --format jsonl`` writes them."""
    return {
        ((r["source"] or {}).get("code") or "", r["target"].get("code") or "", r["cameo"])
        for r in rows
        if not r["negated"] and not r["rule"].startswith("attribution:") and r["target"] is not None
    }
