"""Regular English inflection, for matching word lists against running text.

Word lists (lexicon triggers, speech verbs) are written as lemmas; indexing
their regular inflections as well makes matching robust to lemmatiser errors
("severed" -> "severe") and to pipelines that have no lemmatiser at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .. import resources

VOWELS = "aeiou"


@lru_cache(maxsize=1)
def irregular_forms() -> dict[str, set[str]]:
    """Lemma -> its irregular past and participle forms (``resources/irregular_verbs.tsv``)."""
    table: dict[str, set[str]] = {}
    for lemma, past, participle in resources.read_tsv("irregular_verbs.tsv"):
        table[lemma] = {f for f in (past + "," + participle).split(",") if f}
    return table


def inflections(lemma: str, kind: str = "verb") -> set[str]:
    """Regular inflections of a verb or noun lemma (a superset is harmless)."""
    forms = {lemma}
    if kind == "noun":
        forms |= {lemma + "s", lemma + "es"}
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "ies")
        if lemma.endswith("man"):  # "businessman" -> "businessmen", "spokeswoman" -> "spokeswomen"
            forms.add(lemma[:-3] + "men")
        if lemma.endswith("person"):  # "spokesperson" -> "spokespeople"
            forms.add(lemma[:-6] + "people")
        if lemma.endswith(("f", "fe")):  # "wife" -> "wives", "thief" -> "thieves"
            forms.add(lemma[: -2 if lemma.endswith("fe") else -1] + "ves")
        return forms
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms |= {lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) >= 3 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms | irregular_forms().get(lemma, set())


def expand(lemmas: list[str] | set[str] | frozenset[str], kind: str = "verb") -> frozenset[str]:
    """All inflections of a list of lemmas."""
    return frozenset(form for lemma in lemmas for form in inflections(lemma, kind))


def lemma_table(lemmas: Iterable[str]) -> dict[str, str]:
    """Verb form -> lemma for the inflections of ``lemmas``, each form kept only when one
    lemma makes it ("blamed" -> "blame"); for restoring lemmas a lemmatiser got wrong."""
    owners: dict[str, set[str]] = {}
    for lemma in lemmas:
        for form in inflections(lemma, "verb"):
            owners.setdefault(form, set()).add(lemma)
    return {form: next(iter(found)) for form, found in owners.items() if len(found) == 1}
