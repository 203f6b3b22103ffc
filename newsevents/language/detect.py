"""Is this article English? A fast, offline, dependency-free check.

Until multilingual support exists, non-English articles are skipped with a
reason rather than coded as garbage. Two signals, both cheap and robust on
news: the script of the letters (Cyrillic, Arabic, CJK ... are not English),
and, for Latin script, which language's commonest function words dominate
(20-40% of the words of prose in its own language; ``resources/function_words.toml``).
Text that is no prose at all (earnings tables) is left to the coder, which
finds nothing there, rather than called a foreign language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .. import resources

WORD_RX = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 12
MIN_LATIN_SHARE = 0.6


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    table = resources.read_toml("function_words.toml")["languages"]
    return {language: frozenset(words.split()) for language, words in table.items()}


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else "UNKNOWN"


def non_english_reason(text: str) -> str | None:
    """None if the text reads as English, else why not (for the error message)."""
    sample = text[:20_000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "no letters (not prose)"
    scripts = Counter(_script(c) for c in letters[:5000])
    script, count = scripts.most_common(1)[0]
    latin = scripts.get("LATIN", 0) / sum(scripts.values())
    if latin < MIN_LATIN_SHARE:
        return f"not English (mostly {script.title()} script)"
    words = [w.lower() for w in WORD_RX.findall(sample)]
    if len(words) < MIN_WORDS:
        return None  # too short to judge: give it the benefit of the doubt
    shares = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in function_words().items()}
    best = max(shares, key=shares.get)
    if best != "English" and shares[best] > 1.5 * shares["English"] and shares[best] >= 0.1:
        return f"not English (looks like {best})"
    return None  # English, or not prose at all (tables): coding finds nothing there
