"""Events stage: triggers, roles, CAMEO/PLOVER codes, negation and modality."""

from .codebook import Code, codebook
from .extract import CodedEvent, EventExtractor, build_event
from .lexicon import Lexicon, Pattern, builtin_lexicon

__all__ = ["Code", "CodedEvent", "EventExtractor", "build_event", "Lexicon", "Pattern", "builtin_lexicon", "codebook"]
