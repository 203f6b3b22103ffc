"""Training-time augmentation: proper names swapped for unseen ones.

Why: news is full of names the treebanks never contain ("Zelensky", "Tsikhanouskaya",
"Abu Sayyaf"), and a small CNN parser trained on 280,000 words learns word identities
more than structure: it reads "Fornost and Gondor welcomed ..." with "Fornost" as an
adjective because it has never seen the word. Replacing the proper nouns of a share of
the training documents with invented names (and names from other documents) keeps every
annotation (tags, lemmas, heads, labels, entities) and teaches the tagger, parser and
NER to recognise a name from its context and shape rather than from memory.

Used by ``training/language.cfg`` ([corpora.train.augmenter]); pass
``--code training/augment.py`` to ``spacy train``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

ONSETS = ["b", "br", "d", "dr", "g", "gr", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t", "tr", "v", "z", "zh"]
VOWELS = ["a", "e", "i", "o", "u", "ia", "ou", "ei", "y"]
CODAS = ["", "", "n", "r", "s", "l", "k", "v", "sk", "nd", "th", "m"]
# capitalised words that carry a name's kind rather than its identity: they stay, so that
# "University of X", "Prime Minister X" and "X River" keep their cue
KEPT = frozenset(
    "University Ministry Minister President Prime Party Army Republic Kingdom United States Union Council Court "
    "Department General King Queen Prince Secretary Senator Senate Governor Mayor Street River City County Province "
    "Island Islands National International Bank Company Corporation Inc Ltd Group Association Agency Committee "
    "Commission Federation Organization Organisation Institute College School Church Hospital Airport Airlines News "
    "Times Post Mr Mrs Ms Dr St Mount Lake North South East West New Democratic Liberal Conservative Labour People "
    "Forces Police Navy Air Force Federal State Museum Foundation Centre Center Parliament Assembly House Office "
    "Chancellor Pope Saint Sheikh Emir Sultan Judge Justice Colonel Captain Lieutenant Sergeant Commander Chief".split()
)


def invented_name(rng: random.Random) -> str:
    """A pronounceable name no treebank contains ("Drasolin", "Kheivan")."""
    syllables = rng.randint(2, 3)
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)) + rng.choice(CODAS)
    return word.capitalize()


def swap_names(doc: Doc, rng: random.Random, share: float, pool: list[str]) -> Doc:
    """A copy of ``doc`` whose proper nouns are replaced, each distinct name consistently,
    with every annotation kept."""
    replacement: dict[str, str] = {}
    words = []
    for token in doc:
        text = token.text
        if token.pos_ == "PROPN" and text[:1].isupper() and text.isalpha() and text not in KEPT:
            if text not in replacement:
                swap = rng.random() < share
                other = rng.choice(pool) if pool and rng.random() < 0.3 else invented_name(rng)
                replacement[text] = other if swap else text
            text = replacement[text]
        words.append(text)
    lemmas = [
        words[t.i] if words[t.i] != t.text else t.lemma_  # a swapped name is its own lemma
        for t in doc
    ]
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        morphs=[str(t.morph) for t in doc],
        lemmas=lemmas,
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") if t.ent_iob_ else "" for t in doc]
        if doc.has_annotation("ENT_IOB")
        else None,
    )


@registry.augmenters("newsevents.name_swap.v1")
def create_name_swap(level: float = 0.4, share: float = 0.8, seed: int = 0) -> Callable:
    """Augment ``level`` of the training documents by swapping ``share`` of their names;
    the original document is always kept as well."""
    rng = random.Random(seed)
    pool: list[str] = []

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        reference = example.reference
        if not reference.has_annotation("DEP") or rng.random() >= level:
            return
        names = [t.text for t in reference if t.pos_ == "PROPN" and t.text.isalpha() and t.text not in KEPT]
        if not names:
            return
        pool.extend(names[:5])
        del pool[:-5000]
        swapped = swap_names(reference, rng, share, pool)
        yield Example(nlp.make_doc(swapped.text), swapped)

    return augment
