"""Main text and metadata from an HTML page, with the standard library's parser.

Malformed HTML is the norm on the web; ``html.parser`` never raises on it.
Script, style and navigation content is dropped; block elements end lines.
"""

from __future__ import annotations

import logging
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe"}
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}
META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "article:published_time": "published",
    "date": "published",
    "pubdate": "published",
    "og:site_name": "outlet",
    "og:url": "url",
}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag in SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in META_KEYS and values.get("content"):
                self.meta.setdefault(META_KEYS[key], values["content"])
        elif tag == "link" and values.get("rel") == "canonical" and values.get("href"):
            self.meta.setdefault("url", values["href"])
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def extract(html: str) -> tuple[str, dict[str, str]]:
    """Return (main text, metadata) of an HTML document."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    meta = dict(parser.meta)
    if "title" not in meta and parser.title:
        meta["title"] = " ".join("".join(parser.title).split())
    return text, meta


def extract_page(html: str) -> tuple[str, dict[str, str]]:
    """Main text and metadata: trafilatura's boilerplate removal when it finds an article,
    the plain extractor above otherwise (short pages, fragments, feed summaries)."""
    try:
        import trafilatura
    except ImportError:  # an optional dependency: the plain extractor still works
        return extract(html)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its per-page warnings are not the user's concern
    plain_text, meta = extract(html)
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True)
    except Exception:  # trafilatura may choke on pathological markup
        return plain_text, meta
    if result is None:
        return plain_text, meta
    doc = result if isinstance(result, dict) else result.as_dict()
    text = doc.get("text") or ""
    if len(text) < 0.3 * len(plain_text):
        text = plain_text  # trafilatura threw away most of a short page: keep ours
    for key, field in (("title", "title"), ("published", "date"), ("outlet", "sitename"), ("url", "url")):
        if doc.get(field) and key not in meta:
            meta[key] = str(doc[field])
    return text, meta
