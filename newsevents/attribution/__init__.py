"""Attribution stage: according to whom (speaker, cue verb, quote, outlet chain)."""

from .attribute import Attributor, article_outlet

__all__ = ["Attributor", "article_outlet"]
