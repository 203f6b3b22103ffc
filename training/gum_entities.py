"""Named-entity gold from GUM's entity layer (MISC column), for evaluation and training.

GUM annotates every mention ("the company", "she") with a type; NER is about
names, so only *named* mentions (proper-noun phrases, a leading determiner and a
trailing possessive aside) become entities: person -> PERSON, organization -> ORG, place -> LOC
(GPE and LOC are one label, as in UNER), event -> EVENT. Nested mentions keep
the outermost named one.
"""

from __future__ import annotations

import re

GUM_LABELS = {"person": "PERSON", "organization": "ORG", "place": "LOC", "event": "EVENT"}
GUM_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
NAME_POS = {"PROPN", "NUM", "PUNCT", "ADP", "CCONJ", "PART"}
POSSESSIVE = {"'s", "'", "’s", "’"}


def _name_word(sent, i: int) -> bool:
    """A word of a name: tagged PROPN, or NNP/NNPS where GUM's UPOS says otherwise ("United"
    in "United States" is a VERB participle in GUM, NNP by its XPOS)."""
    tags = getattr(sent, "tags", None)
    return sent.pos[i] == "PROPN" or bool(tags and tags[i] in ("NNP", "NNPS"))


def read_misc(path) -> dict[str, list[str]]:
    """Sentence id -> the MISC column of its syntactic words (multi-word and empty nodes skipped)."""
    result: dict[str, list[str]] = {}
    current: list[str] = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# sent_id ="):
            current = []
            result[line.split("=", 1)[1].strip()] = current
        elif line.strip() and not line.startswith("#"):
            cols = line.rstrip("\n").split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                current.append(cols[9])
    return result


def mention_spans(misc_column: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, GUM type) of every entity mention in a sentence's MISC column."""
    open_at: dict[str, tuple[int, str]] = {}
    spans: list[tuple[int, int, str]] = []
    for i, misc in enumerate(misc_column):
        value = next((part[7:] for part in misc.split("|") if part.startswith("Entity=")), "")
        for m in GUM_ENTITY.finditer(value):
            if m.group(1):
                if m.group(3):
                    spans.append((i, i + 1, m.group(2)))
                else:
                    open_at[m.group(1)] = (i, m.group(2))
            elif m.group(4) in open_at:
                start, etype = open_at.pop(m.group(4))
                spans.append((start, i + 1, etype))
    return spans


def gum_entities(sent, misc_column: list[str]) -> list[str]:
    """BIO tags of the named entity mentions of a GUM sentence (outermost, non-overlapping);
    ``sent`` has ``words`` and ``pos``, ``misc_column`` its MISC values."""
    spans = []
    for start, end, etype in mention_spans(misc_column):
        last = end
        while last > start and sent.words[last - 1] in POSSESSIVE:  # "NASA's": the name is "NASA"
            last -= 1
        if etype in GUM_LABELS:
            spans.append((start, end, last, GUM_LABELS[etype]))
    return bio_tags(sent, spans)


def bio_tags(sent, spans: list[tuple[int, int, int, str]]) -> list[str]:
    """BIO tags of the longest spans that are names and overlap no longer one. A span is
    (start, end, last, label): the mention's extent, which decides order and overlap, and
    the end of its name (a trailing possessive left out); a leading determiner is no part
    of a name."""
    tags = ["O"] * len(sent.words)
    taken = [False] * len(sent.words)
    for start, end, last, label in sorted(spans, key=lambda s: s[0] - s[1]):
        words = range(start + (start < last and sent.pos[start] == "DET"), last)
        if not words or any(taken[j] for j in range(start, end)):
            continue
        if not _name_word(sent, words[0]) or any(
            sent.pos[j] not in NAME_POS and not _name_word(sent, j) for j in words
        ):
            continue
        for j in words:
            tags[j] = ("B-" if j == words[0] else "I-") + label
            taken[j] = True
    return tags
