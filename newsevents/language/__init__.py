"""Language stage: sentences, tokens, tags, lemmas and dependency trees.

Any spaCy pipeline can do the work; :mod:`.document` turns its output into our
own records with Universal Dependencies labels, so later stages never depend
on one label scheme.
"""

from .analyse import Analyser
from .document import ParsedDoc, Sentence, Token, from_spacy, merge, paragraphs
from .model import DEFAULT_MODEL_PATH, load_pipeline, word_tokenizer

__all__ = [
    "Analyser",
    "DEFAULT_MODEL_PATH",
    "ParsedDoc",
    "Sentence",
    "Token",
    "from_spacy",
    "load_pipeline",
    "merge",
    "paragraphs",
    "word_tokenizer",
]
