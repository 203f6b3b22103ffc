"""One row per event: a noun naming again an act the article has already coded.

"Thousands protested in Belgrade on Tuesday ... police fired tear gas at the protest":
the protest is one event, mentioned twice. Event data count an event once per story
(GDELT keeps one record per article and counts its mentions), so a later *noun* mention
with the same code, actors, modality and date as an earlier row is dropped and the
first mention keeps the row. Verbs are never merged away: two verbs of attack in one
story usually report two attacks, and a noun on another day is another event.
"""

from __future__ import annotations

from ..language import ParsedDoc
from .extract import CodedEvent


def without_repeated_mentions(coded: list[CodedEvent], doc: ParsedDoc) -> list[CodedEvent]:
    """The rows in their order, less noun mentions of an event coded earlier in the text
    (run once the rows are dated)."""
    first: dict[tuple, int] = {}
    for item in coded:
        key = _identity(item)
        first[key] = min(first.get(key, item.trigger), item.trigger)
    return [
        item
        for item in coded
        if item.trigger == first[_identity(item)] or doc.tokens[item.trigger].pos not in ("NOUN", "PROPN")
    ]


def _identity(item: CodedEvent) -> tuple:
    e = item.event
    return (e.cameo, e.source and e.source.code, e.target and e.target.code, e.modality, e.negated, e.date)
