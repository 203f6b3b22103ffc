"""Store stage: the embedded DuckDB event store and its full-text side index."""

from .duck import DEFAULT_DB, EventStore, content_key

__all__ = ["DEFAULT_DB", "EventStore", "content_key"]
