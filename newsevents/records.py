"""Typed records passed between the pipeline stages.

The event record is the project's public contract (see README): fields may be
added, never renamed. Everything serialises to plain JSON via ``to_dict``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

MODALITIES = (
    "asserted",
    "reported",
    "threatened",
    "intended",
    "hypothetical",
    "conditional",
    "denied",
)


@dataclass(slots=True)
class Article:
    """One input article, as read by the ingest stage."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None  # file path or "<stdin>", for error messages
    key: str | None = None  # content hash, set by the store's ingest (idempotence)


@dataclass(slots=True)
class Actor:
    """A coded actor: surface text plus its CAMEO actor code and parts."""

    text: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None


@dataclass(slots=True)
class Location:
    text: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    region: str | None = None  # first-level region as GeoNames codes it ("US.TX", "RU.13")


@dataclass(slots=True)
class Attribution:
    speaker: Actor | None = None
    cue: str | None = None
    outlet: str | None = None  # the first outlet of the chain
    quote: str | None = None
    outlets: list[str] = field(default_factory=list)  # the whole chain, in the order the text gives it
    quote_span: list[int] | None = None  # [start, end] character offsets of the quotation


@dataclass(slots=True)
class Evidence:
    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """One coded event: the row NewsEvents produces."""

    event_id: str
    article_id: str
    sentence_index: int
    cameo: str
    cameo_name: str
    goldstein: float | None  # None only for codes outside CAMEO (a user's verb dictionary)
    quad_class: int | None
    plover: dict[str, str | None]
    source: Actor | None
    target: Actor | None
    evidence: Evidence
    trigger: str
    rule: str
    location: Location | None = None
    date: str | None = None
    date_precision: str | None = None
    date_range: list[str] | None = None
    negated: bool = False
    modality: str = "asserted"
    attribution: Attribution = field(default_factory=Attribution)
    intent_cameo: str | None = None  # CAMEO 03x/13x of the statement, for intended or threatened acts

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class ArticleError:
    """A bad input: which one and what is wrong with it."""

    origin: str
    problem: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.problem}"
