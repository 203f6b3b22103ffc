"""Attribution stage: according to whom (speaker, cue verb, quote, outlet chain)."""

from .attribute import Attributor, Statement, article_outlet, speech_cue_forms

__all__ = ["Attributor", "Statement", "article_outlet", "speech_cue_forms"]
