"""Fine-tune the shipped entity recogniser on name spans, the rest of the pipeline frozen.

Why: the base recipe (``language.cfg``) trains the recogniser on GUM's *mention* spans,
which hold titles and locative phrases ("spokesperson Julie Hahn", "Castlefrank Road in
Kanata, Ontario"); the actor stage needs *names*. This step continues training the
recogniser alone on GUM's name spans (``gum_names.py``) and UNER's EWT entities, reading
the shared token-to-vector layer's output without updating it: the tagger, parser and
lemmatiser (and every parse the event rules were written over) stay exactly as shipped,
and a run costs minutes on two cores rather than the base recipe's 90.

Usage (after ``convert.py``, which writes ``training/corpus/ewt-*.spacy``):
``python training/finetune_ner.py --shared ../shared/data [--epochs 12] [--out DIR]``;
then ``python bench/language.py --model DIR`` measures it. Not shipped so far: its better
entity figures did not carry over to the event, speaker and place benchmarks (README,
"Tried and not shipped").
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent))
import convert  # noqa: E402
from augment import swap_names  # noqa: E402
from gum_entities import read_misc  # noqa: E402
from gum_names import gum_name_entities, person_titles  # noqa: E402

LOG = logging.getLogger("training.finetune_ner")
ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "newsevents" / "models" / "en_newsevents"
TARGET_TYPES = ("PERSON", "ORG", "LOC")
BATCH_WORDS = 2000
SWAP_SHARE = 0.4  # of the documents also seen with invented names, as in the base recipe


def gum_name_docs(vocab, shared: Path, split: str) -> list[Doc]:
    """GUM documents of one official split with their name spans."""
    titles = person_titles()
    docs = []
    for name, in_split in convert.gum_split(shared).items():
        path = shared / "gum" / "dep" / f"{name}.conllu"
        if in_split != split or not path.exists():
            continue
        misc = read_misc(path)
        sentences = list(convert.read_conllu(path))
        for sent in sentences:
            column = misc.get(sent.sent_id)
            if column is not None and len(column) == len(sent.words):
                sent.ents = gum_name_entities(sent, column, titles)
        docs += [convert.to_doc(vocab, b) for b in convert.group(iter(sentences))]
    return docs


def ewt_docs(vocab, corpus: Path, split: str) -> list[Doc]:
    return list(DocBin().from_disk(corpus / f"ewt-{split}.spacy").get_docs(vocab))


def examples(nlp, gold: list[Doc]) -> list[Example]:
    """Examples whose predicted side is the gold tokenisation, unannotated."""
    return [
        Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d) for d in gold
    ]


def with_vectors(nlp, batch: list[Example]) -> None:
    """Run the frozen token-to-vector layer over the batch: the recogniser's listener reads
    ``doc.tensor`` when its upstream component is not being updated."""
    tok2vec = nlp.get_pipe("tok2vec")
    docs = [eg.predicted for eg in batch]
    tok2vec.set_annotations(docs, tok2vec.predict(docs))


def names_f(nlp, gold: list[Doc]) -> float:
    """Micro F of PERSON, ORG and LOC together on gold documents."""
    tp = fp = fn = 0
    for doc, predicted in zip(gold, nlp.pipe(d.text for d in gold), strict=True):
        want = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TARGET_TYPES}
        got = {(e.start_char, e.end_char, e.label_) for e in predicted.ents if e.label_ in TARGET_TYPES}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    return 2 * tp / max(2 * tp + fp + fn, 1)


def batches(items: list[Example], rng: random.Random) -> list[list[Example]]:
    rng.shuffle(items)
    out, current, size = [], [], 0
    for eg in items:
        current.append(eg)
        size += len(eg.reference)
        if size >= BATCH_WORDS:
            out.append(current)
            current, size = [], 0
    return out + ([current] if current else [])


def augmented(gold: list[Doc], rng: random.Random) -> list[Doc]:
    """The training documents, a share of them also with their names swapped."""
    pool = sorted({t.text for d in gold for t in d if t.pos_ == "PROPN" and t.text.isalpha()})
    swapped = [swap_names(d, rng, 0.8, pool) for d in gold if rng.random() < SWAP_SHARE]
    return gold + swapped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--corpus", type=Path, default=ROOT / "training" / "corpus")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "output" / "ner-names")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--learn-rate", type=float, default=0.0005)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    rng = random.Random(0)
    spacy.util.fix_random_seed(0)
    nlp = spacy.load(args.model)
    train = gum_name_docs(nlp.vocab, args.shared, "train") + ewt_docs(nlp.vocab, args.corpus, "train")
    dev = gum_name_docs(nlp.vocab, args.shared, "dev")
    train = [d for d in train if d.has_annotation("ENT_IOB")]
    dev = [d for d in dev if d.has_annotation("ENT_IOB")]
    LOG.info("train %d docs, dev %d docs (GUM name spans)", len(train), len(dev))
    ner = nlp.get_pipe("ner")
    optimizer = nlp.resume_training()
    optimizer.learn_rate = args.learn_rate
    best = names_f(nlp, dev)
    LOG.info("shipped recogniser: GUM dev name-span F %.3f", best)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    for epoch in range(args.epochs):
        losses: dict[str, float] = {}
        for batch in batches(examples(nlp, augmented(train, rng)), rng):
            with_vectors(nlp, batch)
            ner.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        score = names_f(nlp, dev)
        LOG.info("epoch %d: loss %.1f, GUM dev name-span F %.3f", epoch + 1, losses.get("ner", 0.0), score)
        if score > best:
            best = score
            nlp.to_disk(args.out)
            LOG.info("saved to %s", args.out)
    LOG.info("best GUM dev name-span F %.3f", best)


if __name__ == "__main__":
    main()
