"""Sentence boundaries for news text, over tokenizer output.

Rule-based so that it runs before (and without) the parser: only sentences
that can hold an event are parsed. spaCy's tokenizer already keeps
abbreviations ("U.S.", "Gen.", "Feb.") and initials ("F.") as single tokens, so a
stand-alone ".", "!" or "?" ends a sentence when the next token opens one
(capital letter, digit, opening quote or bracket). Closing quotes and brackets
after the stop stay with the sentence they close.
"""

from __future__ import annotations

from collections.abc import Sequence

STOPS = {".", "!", "?", "\u2026", "...", "?!", "!?"}
CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]", "\u00bb"}
OPENERS = {'"', "\u201c", "\u2018", "(", "[", "\u00ab", "'"}


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENERS


def split(words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences of one paragraph."""
    bounds: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(words)
    while i < n:
        if words[i] in STOPS:
            end = i + 1
            while end < n and words[end] in CLOSERS:
                end += 1
            if end >= n or _opens_sentence(words[end]):
                bounds.append((start, end))
                start = end
                i = end
                continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds
