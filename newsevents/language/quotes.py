"""Quotation spans in raw text; a quotation may cross sentence boundaries."""

from __future__ import annotations

import re

QUOTE_RX = re.compile(r"[\u201c\u00ab\u201e][^\u201c\u201d\u00ab\u00bb]*[\u201d\u00bb\u201c]|\"[^\"\n]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each quotation, quote marks included."""
    return [(m.start(), m.end()) for m in QUOTE_RX.finditer(text)]
