"""Convert the treebanks in ``../shared/data`` into spaCy ``DocBin`` files.

Why our own converter instead of ``spacy convert``: we merge two annotation
layers keyed by sentence id (UD EWT trees and UNER EWT entities), keep
multi-word tokens as their syntactic words (so "don't" -> "do" + "n't", as
UD analyses them), and group sentences into documents of the original text so
that the parser learns sentence boundaries from real context.

Entity labels: UNER's PER/ORG/LOC/OTH become PERSON/ORG/LOC/MISC; GUM's
named mentions (its entity layer, see ``gum_entities.py``) become PERSON, ORG,
LOC and EVENT. GUM is the news-like half of the data, so its names matter more
for us than the web text of EWT. A sentence whose entities cannot be aligned
keeps its entities *missing* rather than empty, so the NER is never taught
that a name is not a name.

re3d is not used for training: it marks nominal mentions ("U.S. service
members", "the Army") as entities, which would teach the NER a different task
from the named-entity one that the actor stage builds on.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from gum_entities import gum_entities, read_misc
from spacy.tokens import Doc, DocBin

LOG = logging.getLogger("training.convert")

UNER_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
SENTENCES_PER_DOC = 8


@dataclass
class Sentence:
    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    ents: list[str] | None = None


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield sentences of a CoNLL-U file with their syntactic words."""
    doc_id = path.stem
    sent: Sentence | None = None
    mwt_end = 0
    mwt_space = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id ="):
            doc_id = line.split("=", 1)[1].strip()
        elif line.startswith("# sent_id ="):
            sent = Sentence(sent_id=line.split("=", 1)[1].strip(), doc_id=doc_id)
        elif not line.strip():
            if sent is not None and sent.words:
                yield sent
            sent = None
        elif not line.startswith("#") and sent is not None:
            cols = line.split("\t")
            if "." in cols[0]:
                continue  # empty nodes of enhanced UD
            if "-" in cols[0]:
                mwt_end = int(cols[0].split("-")[1])
                mwt_space = "SpaceAfter=No" not in cols[9]
                continue
            idx = int(cols[0])
            space = "SpaceAfter=No" not in cols[9]
            if mwt_end:
                space = mwt_space if idx == mwt_end else False
                if idx == mwt_end:
                    mwt_end = 0
            sent.words.append(cols[1])
            sent.spaces.append(space)
            sent.lemmas.append(cols[2])
            sent.pos.append(cols[3])
            sent.tags.append(cols[4])
            sent.morphs.append("" if cols[5] == "_" else cols[5])
            sent.heads.append(int(cols[6]))
            sent.deps.append(cols[7])
    if sent is not None and sent.words:
        yield sent


def read_iob2(path: Path) -> dict[str, list[str]]:
    """Map sentence id -> BIO entity tags (labels mapped to ours)."""
    tags: dict[str, list[str]] = {}
    current: list[str] = []
    sent_id = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
            current = []
            tags[sent_id] = current
        elif line.strip() and not line.startswith("#"):
            bio = line.split("\t")[2]
            if bio != "O":
                prefix, label = bio.split("-", 1)
                bio = f"{prefix}-{UNER_LABELS.get(label, 'MISC')}"
            current.append(bio)
    return tags


def to_doc(vocab, sentences: list[Sentence]) -> Doc:
    """Build one annotated Doc from consecutive sentences of a document."""
    words, spaces, lemmas, pos, tags, morphs, heads, deps = ([] for _ in range(8))
    sent_starts: list[bool] = []
    ents: list[str] = []
    has_ents = all(s.ents is not None for s in sentences)
    for sent in sentences:
        offset = len(words)
        words += sent.words
        spaces += sent.spaces
        spaces[-1] = True
        lemmas += sent.lemmas
        pos += sent.pos
        tags += sent.tags
        morphs += sent.morphs
        deps += sent.deps
        heads += [offset + h - 1 if h else offset + i for i, h in enumerate(sent.heads)]
        sent_starts += [True] + [False] * (len(sent.words) - 1)
        if has_ents:
            ents += sent.ents  # type: ignore[operator]
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
        ents=ents if has_ents else None,
    )


def group(sentences: Iterator[Sentence]) -> Iterator[list[Sentence]]:
    """Group consecutive sentences of one source document."""
    batch: list[Sentence] = []
    for sent in sentences:
        if batch and (sent.doc_id != batch[0].doc_id or len(batch) >= SENTENCES_PER_DOC):
            yield batch
            batch = []
        batch.append(sent)
    if batch:
        yield batch


def attach_entities(sentences: Iterator[Sentence], ner: dict[str, list[str]]) -> Iterator[Sentence]:
    for sent in sentences:
        tags = ner.get(sent.sent_id)
        if tags is not None and len(tags) == len(sent.words):
            sent.ents = tags
        elif tags is not None:
            LOG.debug("token mismatch in %s", sent.sent_id)
        yield sent


def write(path: Path, docs: list[Doc]) -> None:
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    LOG.info("wrote %s (%d docs, %d words)", path, len(docs), sum(len(d) for d in docs))


def gum_split(shared: Path) -> dict[str, str]:
    """Document name -> split, from GUM's ``splits.md``."""
    split = ""
    result: dict[str, str] = {}
    for line in (shared / "gum" / "splits.md").read_text().splitlines():
        if line.startswith("## "):
            split = line[3:].strip()
        elif line.strip().startswith("* "):
            result[line.strip()[2:].strip()] = split
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/corpus"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("en").vocab
    ewt = args.shared / "ud-ewt"
    uner = args.shared / "uner-ewt"
    ner_files = {
        "train": uner / "en_ewt-ud-train.v0-2022-12-02.iob2",
        "dev": uner / "en_ewt-ud-dev.iob2",
        "test": uner / "en_ewt-ud-test.iob2",
    }
    splits: dict[str, list[Doc]] = {"train": [], "dev": [], "test": []}
    for split, ner_path in ner_files.items():
        ner = read_iob2(ner_path)
        sents = attach_entities(read_conllu(ewt / f"en_ewt-ud-{split}.conllu"), ner)
        splits[split] += [to_doc(vocab, batch) for batch in group(sents)]
        write(args.out / f"ewt-{split}.spacy", splits[split])
    gum_docs: dict[str, list[Doc]] = {"train": [], "dev": [], "test": []}
    for name, split in gum_split(args.shared).items():
        path = args.shared / "gum" / "dep" / f"{name}.conllu"
        if split in gum_docs and path.exists():
            gum_docs[split] += [to_doc(vocab, b) for b in group(with_gum_entities(path))]
    for split, docs in gum_docs.items():
        write(args.out / f"gum-{split}.spacy", docs)
    write(args.out / "train.spacy", splits["train"] + gum_docs["train"])
    (args.out / "dev").mkdir(exist_ok=True)
    write(args.out / "dev" / "ewt-gum-dev.spacy", splits["dev"] + gum_docs["dev"])


def with_gum_entities(path: Path) -> Iterator[Sentence]:
    """Sentences of one GUM document with the BIO tags of its named mentions."""
    misc = read_misc(path)
    for sent in read_conllu(path):
        column = misc.get(sent.sent_id)
        if column is not None and len(column) == len(sent.words):
            sent.ents = gum_entities(sent, column)
        yield sent


if __name__ == "__main__":
    main()
