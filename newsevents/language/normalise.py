"""Mend casing artefacts of news archives before the tagger reads a text.

The 1987 Reuters wire capitalises the word after "U.S." ("the U.S. Has said", "called on
the U.S. To reduce"); the tagger then reads "Has" or "To" as part of a name and the clause
loses its verb. The words listed in ``resources/function_words.toml`` ([recapitalised])
never open a sentence after such an abbreviation in news prose, so they are read in lower
case. Only the letters' case changes: every offset into the text stays valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import resources


@lru_cache(maxsize=1)
def _artefact_rx() -> re.Pattern[str]:
    table = resources.read_toml("function_words.toml")["recapitalised"]
    abbreviations = "|".join(re.escape(a) for a in table["abbreviations"])
    words = "|".join(re.escape(w) for w in table["words"])
    return re.compile(rf"(?<![\w.])(?:{abbreviations}) ({words})\b")


def lowercase_artefacts(text: str) -> str:
    """``text`` with each listed word after a listed abbreviation in lower case."""
    return _artefact_rx().sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + m.group(1).lower(), text)
