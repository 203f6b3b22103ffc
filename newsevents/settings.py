"""Run settings shared by the pipeline, the batch engines and the command line.

Kept free of heavy imports so that the command line starts fast.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class SettingsError(ValueError):
    """A file or value the user gave that cannot be used (e.g. a malformed dictionary line);
    the command line reports it in one line, exit code 2."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep one hostile article from stalling a batch (all configurable)."""

    max_chars: int = 1_000_000  # longer articles are refused with a reason
    max_sentence_tokens: int = 200  # longer "sentences" (lists, tables) are tokenized, not parsed
    time_budget_s: float = 60.0  # coding stages of one article; past it the article fails


@dataclass(frozen=True)
class Settings:
    """What a worker needs to build its pipeline; hashable, so one pipeline per setting."""

    model: str | None = None
    full_parse: bool = False
    limits: Limits = field(default_factory=Limits)
    actors: tuple[str, ...] = ()  # PETRARCH/TABARI dictionaries given by the user
    agents: tuple[str, ...] = ()
    discards: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()  # PETRARCH verb-pattern dictionaries: replace the built-in lexicon
    with_builtin: bool = False  # combine them with the built-in knowledge instead of replacing it
