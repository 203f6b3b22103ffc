"""Events stage: triggers, roles, CAMEO/PLOVER codes, negation and modality."""

from .codebook import Code, codebook
from .extract import CodedEvent, EventExtractor
from .lexicon import Lexicon, Pattern, builtin_lexicon

__all__ = ["Code", "CodedEvent", "EventExtractor", "Lexicon", "Pattern", "builtin_lexicon", "codebook"]
