"""Sentence boundaries for news text, over tokenizer output.

Rule-based so that it runs before (and without) the parser: only sentences
that can hold an event are parsed. spaCy's tokenizer already keeps
abbreviations ("U.S.", "Gen.", "Feb.") and initials ("F.") as single tokens, so a
stand-alone ".", "!" or "?" ends a sentence when the next token opens one
(capital letter, digit, opening quote or bracket, or a lower-case particle that opens a
surname: "al-Muhandis was", "de Klerk said"). Closing quotes and brackets after the stop
stay with the sentence they close. A time abbreviation ("a.m.") keeps its stop and still
ends a sentence before a capitalised word that is no day, month or time zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .. import resources

STOPS = {".", "!", "?", "\u2026", "...", "?!", "!?"}
CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]", "\u00bb"}
OPENERS = {'"', "\u201c", "\u2018", "(", "[", "\u00ab", "'"}


@lru_cache(maxsize=1)
def name_particles() -> tuple[frozenset[str], frozenset[str]]:
    """Particles inside names, written with a hyphen ("al-") and spaced ("de", "van")."""
    table = resources.read_toml("function_words.toml")["name_particles"]
    return frozenset(table["hyphenated"]), frozenset(table["spaced"])


@lru_cache(maxsize=1)
def _final_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    table = resources.read_toml("function_words.toml")["sentence_final_abbreviations"]
    return frozenset(table["words"]), frozenset(table["time_words"])


def _ends_at_abbreviation(words: Sequence[str], i: int) -> bool:
    """ "... until 6 a.m. Thailand planned": a time abbreviation keeps its full stop, and a
    capitalised word after it that is no day, month or time zone opens a new sentence."""
    abbreviations, time_words = _final_abbreviations()
    if words[i] not in abbreviations or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return following[:1].isupper() and following not in time_words


def _opens_sentence(words: Sequence[str], i: int) -> bool:
    first = words[i][:1]
    if first.isupper() or first.isdigit() or first in OPENERS:
        return True
    hyphenated, spaced = name_particles()
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in hyphenated and after == "-":
        return words[i + 2][:1].isupper() if i + 2 < len(words) else False
    return words[i] in spaced and after[:1].isupper()


def split(words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of the sentences of one paragraph."""
    bounds: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(words)
    while i < n:
        if _ends_at_abbreviation(words, i):
            bounds.append((start, i + 1))
            start = i = i + 1
            continue
        if words[i] in STOPS:
            end = i + 1
            while end < n and words[end] in CLOSERS:
                end += 1
            if end >= n or _opens_sentence(words, end):
                bounds.append((start, end))
                start = end
                i = end
                continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return bounds
