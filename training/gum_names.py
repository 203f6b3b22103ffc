"""Name spans from GUM's entity layer, as named-entity guidelines draw them.

GUM draws mention spans for coreference: titles and all ("Environment Minister John
Baird", "spokesperson Julie Hahn"), locative phrases inside ("Castlefrank Road in Kanata,
Ontario"). Named-entity guidelines (OntoNotes, CoNLL) mark the names only: "John Baird",
"Julie Hahn", and "Castlefrank Road", "Kanata", "Ontario" each on its own. This converter
draws those name spans from the same mentions; ``finetune_ner.py`` trains the entity
recogniser on them and ``bench/language.py`` measures it on them (beside the mention-span
figure of ``gum_entities.py``).
"""

from __future__ import annotations

from gum_entities import GUM_LABELS, NAME_POS, POSSESSIVE, _name_word, bio_tags, mention_spans

# words a name does not run across: a locative preposition or punctuation inside a mention
# starts another name or none
SPAN_BREAKS = {"in", "at", "near", ",", "(", "on", "from", "outside", "inside", "-", "–"}


def person_titles() -> frozenset[str]:
    """Titles and honorifics that precede a person's name (lower-cased), from the project's
    own sector knowledge (``sectors.toml``: ``person_titles`` and ``honorifics``)."""
    from newsevents import resources

    data = resources.read_toml("sectors.toml")
    words = {w for phrase in data.get("person_titles", []) for w in phrase.split()}
    return frozenset(words | set(data.get("honorifics", [])))


def gum_name_entities(sent, misc_column: list[str], titles: frozenset[str]) -> list[str]:
    """BIO tags of the names in a GUM sentence's mentions (``sent`` has ``words`` and
    ``pos``): each mention cut before a break word, a person's leading titles and common
    words dropped; of overlapping names the longest wins."""
    cut: list[tuple[int, int, str]] = []
    for start, end, etype in mention_spans(misc_column):
        label = GUM_LABELS.get(etype)
        if not label:
            continue
        end = next((j for j in range(start + 1, end) if sent.words[j].lower() in SPAN_BREAKS), end)
        while end > start and sent.words[end - 1] in POSSESSIVE:
            end -= 1
        if label == "PERSON":  # the name after the last title or common word
            for j in range(start, end):
                if sent.words[j].lower() in titles or not (sent.pos[j] in NAME_POS or _name_word(sent, j)):
                    start = j + 1
        cut.append((start, end, end, label))
    return bio_tags(sent, cut)
