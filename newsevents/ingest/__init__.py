"""Ingest stage: read articles from text, HTML and JSONL files, directories or stdin."""

from .readers import IngestError, read_inputs

__all__ = ["IngestError", "read_inputs"]
