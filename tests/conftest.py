"""Shared fixtures: the loaded pipeline and the location of ``../shared``.

Tests that need the shared data skip with a reason when it is absent, and fail
instead when NEWSEVENTS_REQUIRE_SHARED=1 (as in CI).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsevents.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    candidates = [os.environ.get("NEWSEVENTS_SHARED"), REPO.parent / "shared"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = shared_dir()
    if found is None:
        message = "shared data not found (set NEWSEVENTS_SHARED or place it at ../shared)"
        if os.environ.get("NEWSEVENTS_REQUIRE_SHARED") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def parse_full(pipeline):
    """Parse every sentence (the pipeline itself parses only sentences with a trigger)."""
    from newsevents.language import Analyser

    analyser = Analyser(pipeline.nlp, full=True)
    return lambda text: analyser.analyse([text])[0]


@pytest.fixture(scope="session")
def rehang():
    """Re-attach a word of a parsed document, to reproduce a weak parse the shipped model
    may or may not make: ``rehang(doc, "Iran", "burned", "nsubj")``."""

    def move(doc, child: str, head: str, dep: str) -> None:
        word = {t.text: t for t in doc.tokens}
        token = word[child]
        if token.head != token.i:
            doc.tokens[token.head].children.remove(token.i)
        token.head, token.dep = word[head].i, dep
        if word[head].i != token.i:  # a root is no child of itself
            word[head].children.append(token.i)

    return move
