"""Read PETRARCH/TABARI dictionaries: actors (with date-bounded roles), agents, discards.

So that users who code with CAMEO dictionaries keep them: ``--actors``,
``--agents`` and ``--discards`` on the command line load these files into the
same knowledge base the built-in files fill. The formats, as PETRARCH reads them:

* actors: a name line (words joined by ``_``, a trailing ``_`` marks the end of a
  word) optionally followed by ``+SYNONYM`` lines and by code lines
  ``[CODE]``, ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]`` or ``[CODE YYMMDD-YYMMDD]``
  (indented, or on the name line itself); ``#`` starts a comment and
  ``<!-- ... -->`` blocks are comments too.
* agents: ``NAME {PLURALS} [~CODE]`` lines and ``!MACRO! = A, B`` substitutions.
* discards: one phrase a line; ``+`` marks a story-level discard (drop the article),
  the others are sentence-level (drop the sentence's events).

Dates are YYMMDD or YYYYMMDD; two-digit years follow PETRARCH: 00-30 are 2000-2030,
the others 19xx.
Dictionary names are matched case-insensitively, as PETRARCH does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .knowledge import Entry, KnowledgeBase, Tokenize

CODE_RX = re.compile(r"\[([^\]]+)\]")
COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass
class LoadReport:
    names: int = 0
    codes: int = 0
    dated: int = 0
    skipped: list[str] = field(default_factory=list)


def _clean(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(name: str) -> str:
    return " ".join(part for part in name.replace("_", " ").split())


def _yymmdd(text: str) -> date:
    """YYMMDD or YYYYMMDD (both occur in the Phoenix files; a few entries carry a stray
    prefix, "1920030320", read as its last eight digits)."""
    if len(text) > 8:
        text = text[-8:]
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    return date(2000 + yy if yy <= 30 else 1900 + yy, mm, dd)


def _code(spec: str) -> tuple[str, date | None, date | None]:
    """'AFGGOV 331108-730717' -> (code, start, end); '>011222' and '<011222' bound one side."""
    parts = spec.split()
    code, start, end = parts[0].upper(), None, None
    if len(parts) > 1:
        bound = "".join(parts[1:])  # "> 140608" occurs too
        if bound.startswith(">"):
            start = _yymmdd(bound[1:])
        elif bound.startswith("<"):
            end = _yymmdd(bound[1:])
        elif "-" in bound:
            first, last = bound.split("-", 1)
            start, end = _yymmdd(first), _yymmdd(last)
    return code, start, end


def _entry(code: str, name: str, start: date | None, end: date | None) -> Entry:
    joint = "/" in code  # "[FRO/BIL/SAM]": several actors, split when rows are made
    country = (
        code[:3] if code[:3].isalpha() and not joint and not code.startswith(("IGO", "NGO", "IMG", "MNC")) else None
    )
    sector = code[3:6] or None if country else None
    kind = "leader" if (start or end) else ("country" if len(code) == 3 and country else "group")
    return Entry(kind, code, country, sector, name.title(), start, end)


def load_actors(path: Path, kb: KnowledgeBase, tokenize: Tokenize) -> LoadReport:
    report = LoadReport()
    text = COMMENT_BLOCK.sub("", path.read_text(encoding="utf-8", errors="replace"))
    names: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        if names and codes:
            for spec in codes:
                try:
                    code, start, end = _code(spec)
                except ValueError:
                    report.skipped.append(f"{names[0]}: bad code {spec!r}")
                    continue
                entry = _entry(code, _words(names[0]), start, end)
                report.codes += 1
                report.dated += bool(start or end)
                for name in names:
                    kb.add_name([t.upper() for t in tokenize(_words(name))], entry, case_insensitive=True)
            report.names += len(names)
        names.clear()
        codes.clear()

    for raw in text.splitlines():
        line = _clean(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(stripped[1:].split("[", 1)[0].strip())
            codes.extend(CODE_RX.findall(stripped))
        elif stripped.startswith("[") and (raw[:1].isspace() or names):
            codes.extend(CODE_RX.findall(stripped))
        else:
            flush()
            names.append(stripped.split("[", 1)[0].strip())
            codes.extend(CODE_RX.findall(stripped))
    flush()
    return report


def load_agents(path: Path, kb: KnowledgeBase, tokenize: Tokenize) -> LoadReport:
    report = LoadReport()
    macros: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _clean(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        found = CODE_RX.findall(line)
        if not found:
            continue
        sector = found[-1].strip().lstrip("~").split()[0].upper()  # "~GOV" follows the country, "NGO~" precedes it
        head = line.split("[", 1)[0]
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        variants = [head] + [p for group in plurals for p in group.split(",") if p.strip()]
        for variant in variants:
            for expanded in _expand_macros(variant.strip(), macros):
                words = [t.lower() for t in tokenize(_words(expanded))]
                if words:
                    kb.add_sector(words, sector)
                    report.names += 1
        report.codes += 1
    return report


def _expand_macros(text: str, macros: dict[str, list[str]]) -> list[str]:
    match = re.search(r"![A-Z]+!", text)
    if not match or match.group(0) not in macros:
        return [text.replace("!", "")] if "!" in text else [text]
    out = []
    for word in macros[match.group(0)]:
        out += _expand_macros(text[: match.start()] + word + text[match.end() :], macros)
    return out


def load_discards(path: Path, kb: KnowledgeBase, tokenize: Tokenize) -> LoadReport:
    report = LoadReport()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _clean(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        story = line.startswith("+")
        phrase = tuple(t.upper() for t in tokenize(_words(line.lstrip("+").strip())))
        if phrase:
            (kb.story_discards if story else kb.sentence_discards).add(phrase)
            report.names += 1
    return report


def discards_in(doc, kb: KnowledgeBase) -> tuple[bool, set[int]]:
    """(the whole article is discarded, indices of discarded sentences)."""
    if not kb.sentence_discards and not kb.story_discards:
        return False, set()
    upper = [t.text.upper() for t in doc.tokens]
    longest = max(len(p) for p in kb.sentence_discards | kb.story_discards)
    sentences: set[int] = set()
    for i in range(len(upper)):
        for length in range(1, min(longest, len(upper) - i) + 1):
            phrase = tuple(upper[i : i + length])
            if phrase in kb.story_discards:
                return True, set()
            if phrase in kb.sentence_discards:
                sentences.add(doc.tokens[i].sent)
    return False, sentences
