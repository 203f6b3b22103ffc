"""Output stage: events as a readable table, JSON lines or a JSON list."""

from .formats import FORMATS, write_events

__all__ = ["FORMATS", "write_events"]
