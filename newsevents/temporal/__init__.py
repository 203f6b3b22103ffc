"""Temporal stage: the event's own date, resolved from the text and the publication date."""

from .dating import EventDater
from .resolve import ResolvedDate, TimeExpression, find_expressions, resolve_expression

__all__ = ["EventDater", "ResolvedDate", "TimeExpression", "find_expressions", "resolve_expression"]
