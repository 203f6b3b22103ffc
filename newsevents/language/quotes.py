"""Quotation spans in raw text; a quotation may cross sentence boundaries."""

from __future__ import annotations

import re

QUOTE_RX = re.compile(r"[\u201c\u00ab\u201e][^\u201c\u201d\u00ab\u00bb]*[\u201d\u00bb\u201c]|\"[^\"\n]*\"")
# A straight double mark between two letters is an apostrophe that an old encoding turned
# into a quote mark ("the country"s debt", "We don"t believe"); it opens or closes nothing.
APOSTROPHE_MARK_RX = re.compile(r'(?<=[A-Za-z])"(?=[A-Za-z])')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each quotation, quote marks included."""
    masked = APOSTROPHE_MARK_RX.sub("'", text)  # same length: offsets hold
    return [(m.start(), m.end()) for m in QUOTE_RX.finditer(masked)]
