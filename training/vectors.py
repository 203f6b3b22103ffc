"""Static word vectors trained on the raw news in ``../shared/data/news``.

Why: the tagger, parser and NER only see about 450,000 annotated words; a name or
verb they never saw is guessed from its spelling alone. Word vectors learned on
the 2.6 million words of raw news (Reuters-21578, Wikinews) tell the network
that "Nairobi" behaves like "Kampala" and "shelled" like "bombed". This is the
cheap, CPU-friendly form of pretraining on the raw text (``spacy pretrain`` needs
far more compute for the same corpus).

Two kinds of table:

- ``--mode floret`` (the default since recipe v3): subword vectors trained with
  floret, spaCy's hashed fastText. Every word gets a vector from its character
  n-grams, so a rare verb ("summoned") or an invented name reads like its
  neighbours in spelling instead of getting the zero vector of an unknown word,
  which the v2 tagger had learned to read as "probably an adjective". The table
  has a fixed number of hash rows whatever the vocabulary.
- ``--mode words``: word2vec over the most frequent words (case kept, as spaCy
  looks vectors up by the exact word); recipe v2.

Writes the table that ``spacy init vectors`` turns into a vectors model for the
training config. Usage:
``python training/vectors.py --shared ../shared/data --out training/vectors``.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy

LOG = logging.getLogger("training.vectors")
NEWS_FILES = ("reuters21578.jsonl", "wikinews_2019_2020.jsonl")


def news_texts(shared: Path) -> Iterator[str]:
    """Paragraphs of the raw news, one string each."""
    for name in NEWS_FILES:
        with open(shared / "news" / name, encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") or ""
                yield from (p for p in text.split("\n") if p.strip())


def treebank_texts(shared: Path) -> Iterator[str]:
    """The sentences of the training treebanks, so every training word has a vector."""
    paths = [shared / "ud-ewt" / "en_ewt-ud-train.conllu", *sorted((shared / "gum" / "dep").glob("*.conllu"))]
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            yield from (line[9:].strip() for line in handle if line.startswith("# text = "))


def tokenised(texts: Iterator[str]) -> list[list[str]]:
    """Split with the same tokenizer rules the pipeline uses, so the vector keys match its words."""
    tokenizer = spacy.blank("en").tokenizer
    return [[t.text for t in doc if not t.is_space] for doc in tokenizer.pipe(texts, batch_size=2000)]


def train(sentences: list[list[str]], dims: int, rows: int, epochs: int) -> dict[str, list[float]]:
    from gensim.models import Word2Vec  # training-only dependency (pip install -e ".[train]")

    model = Word2Vec(
        sentences, vector_size=dims, window=5, min_count=3, sg=1, negative=10, epochs=epochs, workers=2, seed=0
    )
    words = model.wv.index_to_key[:rows]  # most frequent first
    return {w: model.wv[w] for w in words}


def train_floret(sentences: list[list[str]], args: argparse.Namespace) -> Path:
    """Hashed subword vectors (floret); returns the ``.floret`` table written."""
    import floret  # training-only dependency (pip install -e ".[train]")

    corpus = args.out / "corpus.txt"
    with open(corpus, "w", encoding="utf-8") as handle:
        handle.writelines(" ".join(words) + "\n" for words in sentences)
    model = floret.train_unsupervised(
        str(corpus),
        model="skipgram",
        mode="floret",
        hashCount=2,
        bucket=args.rows,
        minn=3,
        maxn=5,
        dim=args.dims,
        epoch=args.epochs,
        minCount=3,
        neg=10,
        thread=2,
        verbose=0,
    )
    path = args.out / "news-vectors.floret"
    model.save_floret_vectors(str(path))
    corpus.unlink()
    return path


def write_text(vectors: dict, path: Path, dims: int) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"{len(vectors)} {dims}\n")
        for word, vector in vectors.items():
            handle.write(word + " " + " ".join(f"{x:.5f}" for x in vector) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/vectors"))
    parser.add_argument("--dims", type=int, default=96)
    parser.add_argument("--mode", choices=("floret", "words"), default="floret")
    parser.add_argument("--rows", type=int, default=20000, help="hash rows (floret) or most frequent words (words)")
    parser.add_argument("--epochs", type=int, default=8)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("gensim").setLevel(logging.WARNING)
    args.out.mkdir(parents=True, exist_ok=True)
    sentences = tokenised(news_texts(args.shared)) + tokenised(treebank_texts(args.shared))
    LOG.info("training %s vectors on %d paragraphs, %d words", args.mode, len(sentences), sum(map(len, sentences)))
    if args.mode == "floret":
        table = train_floret(sentences, args)
    else:
        table = args.out / "news-vectors.txt"
        write_text(train(sentences, args.dims, args.rows, args.epochs), table, args.dims)
    LOG.info("wrote %s (%d rows x %d dims)", table, args.rows, args.dims)
    command = [sys.executable, "-m", "spacy", "init", "vectors", "en", str(table), str(args.out / "model")]
    if args.mode == "floret":
        command += ["--mode", "floret"]
    subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
