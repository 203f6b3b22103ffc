"""Static word vectors trained on the raw news in ``../shared/data/news``.

Why: the tagger, parser and NER only see about 450,000 annotated words; a name or
verb they never saw is guessed from its spelling alone. Word vectors learned on
the 2.6 million words of raw news (Reuters-21578, Wikinews) tell the network
that "Nairobi" behaves like "Kampala" and "shelled" like "bombed". This is the
cheap, CPU-friendly form of pretraining on the raw text (``spacy pretrain`` needs
far more compute for the same corpus).

The table is kept small (the most frequent words, case kept, as spaCy looks
vectors up by the exact word) so the shipped model stays well under 20 MB.
Writes a word2vec text file that ``spacy init vectors`` turns into a vectors
model for the training config. Usage:
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
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--epochs", type=int, default=8)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("gensim").setLevel(logging.WARNING)
    args.out.mkdir(parents=True, exist_ok=True)
    sentences = tokenised(news_texts(args.shared)) + tokenised(treebank_texts(args.shared))
    LOG.info("training word2vec on %d paragraphs, %d words", len(sentences), sum(map(len, sentences)))
    vectors = train(sentences, args.dims, args.rows, args.epochs)
    text_path = args.out / "news-vectors.txt"
    write_text(vectors, text_path, args.dims)
    LOG.info("wrote %s (%d words x %d dims)", text_path, len(vectors), args.dims)
    model_path = args.out / "model"
    command = [sys.executable, "-m", "spacy", "init", "vectors", "en", str(text_path), str(model_path)]
    subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
