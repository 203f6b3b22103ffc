"""Factuality of predicates (UDS-IH2): the modality rules beside a learned classifier.

Did the event happen, according to the text? UDS-IH2 scores each predicate in
[-3, 3]. We parse each sentence (its own tokens) with the shipped model and
compare, on the test split:
- the rules of ``newsevents.events.modality`` (asserted or reported and not
  negated = happened), mapped to a score for Pearson's r;
- a logistic regression (happened or not) and a ridge regression (the score)
  over hashed features of the predicate's clause: its tag, auxiliaries, negation,
  marks, and the lemmas and relations on the path to the root, plus the rule's verdict.
Usage: ``python training/factuality.py [--shared ../shared/data]`` (needs scikit-learn).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression, Ridge
from spacy.tokens import Doc

from newsevents.events.modality import is_negated, modality_of
from newsevents.language import from_spacy, load_pipeline

RULE_SCORE = {
    "asserted": 2.5,
    "reported": 1.5,
    "intended": -1.0,
    "hypothetical": -1.5,
    "conditional": -1.5,
    "threatened": -1.5,
    "denied": -2.5,
}


def read(path: Path) -> list[tuple[list[str], int, float]]:
    rows = []
    for line in open(path, encoding="utf-8"):
        item = json.loads(line)
        words = item["text"].split(" ")
        for target in item["targets"]:
            rows.append((words, target["span1"][0], float(target["label"])))
    return rows


def features(doc, i: int, modality: str, negated: bool) -> dict[str, float]:
    tok = doc.tokens[i]
    feats = {f"tag={tok.tag}": 1.0, f"rule={modality}": 1.0, f"neg={negated}": 1.0, f"dep={tok.dep}": 1.0}
    for child in doc.children(i):
        if child.dep in ("aux", "aux:pass", "mark", "advmod", "cop"):
            feats[f"{child.dep}={child.lemma}"] = 1.0
    node, depth = tok, 0
    while node.head != node.i and depth < 3:
        parent = doc.tokens[node.head]
        feats[f"up{depth}={node.dep}>{parent.lemma}"] = 1.0
        feats[f"upd{depth}={node.dep}"] = 1.0
        node, depth = parent, depth + 1
    return feats


def analyse(nlp, rows):
    words_by_sentence: dict[tuple[str, ...], object] = {}
    for words, _, _ in rows:
        words_by_sentence.setdefault(tuple(words), None)
    docs = nlp.pipe(Doc(nlp.vocab, words=list(w)) for w in words_by_sentence)
    for key, doc in zip(list(words_by_sentence), docs, strict=True):
        words_by_sentence[key] = from_spacy(doc)
    out = []
    for words, i, label in rows:
        doc = words_by_sentence[tuple(words)]
        negated = is_negated(doc, i, i)
        modality = "denied" if negated else modality_of(doc, i)
        out.append((features(doc, i, modality, negated), modality, label))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    nlp = load_pipeline(None)
    data = {split: analyse(nlp, read(args.shared / "factuality" / f"{split}.jsonl")) for split in ("train", "test")}
    hasher = FeatureHasher(n_features=2**16)
    x_train = hasher.transform(f for f, _, _ in data["train"])
    y_train = np.array([label for _, _, label in data["train"]])
    x_test = hasher.transform(f for f, _, _ in data["test"])
    y_test = np.array([label for _, _, label in data["test"]])
    rule_scores = np.array([RULE_SCORE[m] for _, m, _ in data["test"]])
    rule_happened = np.array([m in ("asserted", "reported") for _, m, _ in data["test"]])
    classifier = LogisticRegression(max_iter=2000, C=1.0).fit(x_train, y_train > 0)
    ridge = Ridge(alpha=1.0).fit(x_train, y_train)
    print(f"UDS-IH2 test: {len(y_test)} predicates, {np.mean(y_test > 0):.3f} factual")
    print(
        f"rules:   accuracy {np.mean(rule_happened == (y_test > 0)):.3f}  "
        f"Pearson r {np.corrcoef(rule_scores, y_test)[0, 1]:.3f}"
    )
    print(
        f"learned: accuracy {np.mean(classifier.predict(x_test) == (y_test > 0)):.3f}  "
        f"Pearson r {np.corrcoef(ridge.predict(x_test), y_test)[0, 1]:.3f}"
    )
    print(f"majority baseline: accuracy {max(np.mean(y_test > 0), np.mean(y_test <= 0)):.3f}")


if __name__ == "__main__":
    main()
