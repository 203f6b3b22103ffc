"""RSS/Atom feeds and WARC web archives as article sources."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..records import Article, ArticleError
from .html import extract_page

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".gz"}


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def read_feed(path: Path, published: date | None) -> Iterator[Article | ArticleError]:
    import feedparser

    feed = feedparser.parse(str(path))
    if feed.bozo and not feed.entries:
        yield ArticleError(str(path), f"not a readable RSS/Atom feed ({feed.get('bozo_exception', 'no entries')})")
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        origin = f"{path}#{number}"
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        text, _ = extract_page(body) if "<" in body else (body, {})
        if not text.strip():
            yield ArticleError(origin, "feed entry has no text")
            continue
        link = entry.get("link")
        article_id = entry.get("id") or link or hashlib.sha1(text.encode()).hexdigest()[:12]
        yield Article(
            id=article_id,
            text=text,
            title=entry.get("title"),
            published=_entry_date(entry) or published,
            url=link,
            outlet=outlet,
            origin=origin,
        )


def read_warc(path: Path, published: date | None) -> Iterator[Article | ArticleError]:
    from warcio.archiveiterator import ArchiveIterator

    from .readers import decode, parse_date

    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response":
                    continue
                content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if "html" not in content_type:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}#{number}"
                try:
                    text, meta = extract_page(decode(record.content_stream().read()))
                    if not text.strip():
                        raise ValueError("HTML page has no text content")
                    day = parse_date(meta.get("published")) or parse_date(
                        (record.rec_headers.get_header("WARC-Date") or "")[:10]
                    )
                except ValueError as err:
                    yield ArticleError(origin, str(err))
                    continue
                yield Article(
                    id=url or origin,
                    text=text,
                    title=meta.get("title"),
                    published=day or published,
                    url=url,
                    outlet=meta.get("outlet"),
                    origin=origin,
                )
    except Exception as err:  # warcio raises various errors on truncated archives
        yield ArticleError(str(path), f"not a readable WARC file ({err})")
