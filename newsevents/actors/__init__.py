"""Actors stage: recognise who acts and resolve them to CAMEO actor codes."""

from .knowledge import Entry, KnowledgeBase, build
from .resolve import ActorResolver

__all__ = ["ActorResolver", "Entry", "KnowledgeBase", "build"]
