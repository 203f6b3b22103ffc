"""Load the spaCy pipeline: the one shipped in the package, or the user's."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import use_ops

LOG = logging.getLogger(__name__)
DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "en_newsevents"
# The coder finds actors with its gazetteer and the parse; the statistical NER adds one
# thing, which names are people (a person no dictionary knows is coded as a private person).
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "spancat")
# A hyphen after a dotted abbreviation joins two words, as after any other word: "U.S.-led",
# "U.N.-sponsored", "U.S.-Mexico border" are "U.S." + "-" + "led" as "US-led" is. spaCy's
# infixes split a hyphen only after a letter or digit, so the country would hide inside one
# token. Two letters at least: "A.-M. Smith" keeps its initials.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.[A-Z]\.)-(?=[A-Za-z])"


class ModelError(RuntimeError):
    """The requested pipeline cannot be loaded or cannot parse."""


@lru_cache(maxsize=4)
def load_pipeline(name_or_path: str | None = None, use_blis: bool = False) -> Language:
    """Load a pipeline by package name or path; the shipped model by default.

    A pipeline without a dependency parser cannot feed the event rules, so it is
    refused with a clear message rather than producing empty output.

    thinc multiplies matrices with BLIS by default; its models keep the ops they are
    built with, so loading under numpy's ops (OpenBLAS) makes every later call use it.
    On the x86 machines measured here that runs the token-to-vector layer about 1.8x
    and the parser about 1.5x faster, on one thread as on two (`bench/language.py`
    prints both libraries side by side). `use_blis=True` restores thinc's default.
    """
    target = name_or_path or str(DEFAULT_MODEL_PATH)
    try:
        with use_ops("numpy", use_blis=use_blis):
            nlp = spacy.load(target, exclude=[c for c in UNUSED_COMPONENTS])
    except OSError as err:
        raise ModelError(f"cannot load spaCy pipeline {target!r}: {err}") from err
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"pipeline {target!r} has no dependency parser (components: {nlp.pipe_names})")
    _split_hyphens_after_abbreviations(nlp)
    LOG.info("loaded pipeline %s (%s)", target, ", ".join(nlp.pipe_names))
    return nlp


def _split_hyphens_after_abbreviations(nlp: Language) -> None:
    """Add ``ABBREVIATION_HYPHEN`` to the tokenizer's own infixes, whatever the pipeline
    brought (a tokenizer without a regular-expression infix rule is left as it is)."""
    own = getattr(getattr(nlp.tokenizer, "infix_finditer", None), "__self__", None)
    if not isinstance(own, re.Pattern):
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{own.pattern}|{ABBREVIATION_HYPHEN}").finditer


def word_tokenizer(nlp: Language):
    """text -> token strings, as the pipeline's tokenizer splits them (for dictionary names)."""
    tokenizer = nlp.tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(text)]

    return tokenize
