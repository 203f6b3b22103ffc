"""Actors stage: recognise who acts and resolve them to CAMEO actor codes."""

from .knowledge import BUILTIN_PARTS, Entry, KnowledgeBase, build
from .petrarch import discards_in, load_actors, load_agents, load_discards
from .resolve import ActorResolver

__all__ = [
    "BUILTIN_PARTS",
    "ActorResolver",
    "Entry",
    "KnowledgeBase",
    "build",
    "discards_in",
    "load_actors",
    "load_agents",
    "load_discards",
]
