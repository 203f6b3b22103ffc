"""Turn files, directories and stdin into :class:`Article` records.

Every problem becomes an :class:`ArticleError` naming the input and what is
wrong, yielded in place of the article, so that one bad file never stops a
batch: the caller reports it and goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..records import Article, ArticleError
from . import html
from .feeds import FEED_SUFFIXES, read_feed, read_warc

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | {".warc"}


class IngestError(ValueError):
    """A whole input cannot be read (e.g. a bad --published value)."""


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); convert it, e.g. iconv -t utf-8"
        ) from None


def parse_date(value: object) -> date | None:
    """ISO date (or datetime) -> date; None when absent; ValueError when malformed."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
    if not match:
        raise ValueError(f"bad date {text!r} (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        raise ValueError(f"bad date {text!r} (no such day)") from None


def looks_like_headline(line: str) -> bool:
    """A first line that is short and does not end like a sentence is a title."""
    words = line.split()
    return 0 < len(words) <= 25 and not line.rstrip().endswith((".", "!", "?", ":", ";", ",", '"', "\u201d"))


def _article_from_text(text: str, article_id: str, origin: str, published: date | None) -> Article:
    lines = text.strip("\n").split("\n", 1)
    title = None
    if len(lines) == 2 and looks_like_headline(lines[0]) and lines[1].strip():
        title = lines[0].strip()
    return Article(id=article_id, text=text, title=title, published=published, origin=origin)


def _check_text(text: str) -> None:
    if not text.strip():
        raise ValueError("empty article (no text)")


def read_file(path: Path, published: date | None) -> Iterator[Article | ArticleError]:
    origin = str(path)
    if path.name.lower().endswith((".warc", ".warc.gz")) and path.exists():
        yield from read_warc(path, published)
        return
    if path.suffix.lower() in FEED_SUFFIXES and path.exists():
        yield from read_feed(path, published)
        return
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield ArticleError(origin, "no such file")
        return
    except OSError as err:
        yield ArticleError(origin, f"cannot read ({err.strerror or err})")
        return
    try:
        text = decode(data)
    except ValueError as err:
        yield ArticleError(origin, str(err))
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(text, origin, path.stem, published)
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield _article_from_html(text, path.stem, origin, published)
        else:
            _check_text(text)
            yield _article_from_text(text, path.stem, origin, published)
    except ValueError as err:
        yield ArticleError(origin, str(err))


def _article_from_html(source: str, article_id: str, origin: str, published: date | None) -> Article:
    text, meta = html.extract_page(source)
    if not text.strip():
        raise ValueError("HTML page has no text content")
    return Article(
        id=article_id,
        text=text,
        title=meta.get("title"),
        published=parse_date(meta.get("published")) or published,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        origin=origin,
    )


def read_jsonl(text: str, origin: str, stem: str, published: date | None) -> Iterator[Article | ArticleError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"not a JSON object (a JSON {type(record).__name__})")
            body = record.get("text")
            if not isinstance(body, str):
                raise ValueError("missing 'text' field")
            _check_text(body)
            article_id = str(record.get("id") or f"{stem}:{number}")
            yield Article(
                id=article_id,
                text=body,
                title=record.get("title"),
                published=parse_date(record.get("published") or record.get("date")) or published,
                url=record.get("url"),
                outlet=record.get("outlet"),
                origin=where,
            )
        except json.JSONDecodeError as err:
            yield ArticleError(where, f"invalid JSON ({err.msg} at column {err.colno})")
        except ValueError as err:
            yield ArticleError(where, str(err))


def read_inputs(inputs: list[str], published: date | None = None) -> Iterator[Article | ArticleError]:
    """Articles from paths (files or directories, recursively) or ``-`` for stdin."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read()
            try:
                text = decode(data)
                _check_text(text)
            except ValueError as err:
                yield ArticleError("<stdin>", str(err))
                continue
            digest = hashlib.sha1(data).hexdigest()[:12]
            yield _article_from_text(text, f"stdin-{digest}", "<stdin>", published)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if child.suffix.lower() in KNOWN_SUFFIXES or child.name.lower().endswith(".warc.gz"):
                    yield from read_file(child, published)
        else:
            yield from read_file(path, published)
