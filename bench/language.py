"""Accuracy, speed and memory of a spaCy pipeline (the shipped one by default).

Prints UPOS accuracy, UAS and LAS on UD EWT test (also of the trees as the pipeline
repairs them, beside the raw parse counted the same way); NER precision, recall and F1
per type, and over PERSON, ORG and LOC together (the target), on the held-out
GUM test documents (GUM's named mentions as the base recipe converts them, titles inside,
and their name spans, training/gum_names.py) and on EWT test (UNER); words/s of tagging + parsing in one process on the
Wikinews articles, with the matrix library the package uses (numpy's OpenBLAS) on one
thread and on all, beside thinc's default (BLIS) as the baseline; peak RSS. Usage:
``python bench/language.py [--model PATH] [--shared ../shared/data]``.
Targets (issue 4): UAS >= 0.88, LAS >= 0.85, UPOS >= 0.95, NER F1 >= 0.80 on
PERSON, ORG and LOC, >= 10,000 words/s.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from spacy.tokens import Doc
from spacy.training import Example
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
import convert  # noqa: E402
from gum_entities import gum_entities, read_misc  # noqa: E402
from gum_names import gum_name_entities, person_titles  # noqa: E402

from newsevents.actors import build  # noqa: E402
from newsevents.language import load_pipeline, word_tokenizer  # noqa: E402
from newsevents.language.gazetteer import add_gazetteer  # noqa: E402
from newsevents.language.labels import normalise, repair  # noqa: E402


def gold_docs(nlp, shared: Path):
    """EWT test (syntax) and GUM test (named entities) twice: with GUM's mention spans as
    the base recipe converts them (``gum_entities.py``, titles inside) and with the name
    spans of ``gum_names.py`` (names only, as NER guidelines draw them)."""
    vocab = nlp.vocab
    uner = convert.read_iob2(shared / "uner-ewt" / "en_ewt-ud-test.iob2")
    sentences = convert.attach_entities(convert.read_conllu(shared / "ud-ewt" / "en_ewt-ud-test.conllu"), uner)
    ewt = [convert.to_doc(vocab, b) for b in convert.group(sentences)]
    titles = person_titles()
    gum: dict[str, list[Doc]] = {"mention spans": [], "name spans": []}
    for name, split in convert.gum_split(shared).items():
        path = shared / "gum" / "dep" / f"{name}.conllu"
        if split == "test" and path.exists():  # the non-commercial genres are not in ../shared
            misc = read_misc(path)
            for kind in gum:
                sentences = list(convert.read_conllu(path))
                for sent in sentences:
                    column = misc[sent.sent_id]
                    names = kind == "name spans"
                    sent.ents = gum_name_entities(sent, column, titles) if names else gum_entities(sent, column)
                gum[kind] += [convert.to_doc(vocab, b) for b in convert.group(iter(sentences))]
    return ewt, gum


def evaluate(nlp, docs, **kwargs) -> dict:
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    return nlp.evaluate(examples, **kwargs)


def speed(nlp, shared: Path, limit: int = 300) -> tuple[float, int]:
    texts = [json.loads(line)["text"] for line in open(shared / "news" / "wikinews_2019_2020.jsonl", encoding="utf-8")]
    texts = [p for t in texts[:limit] for p in t.split("\n") if p.strip()]
    words = sum(len(t.split()) for t in texts)
    with nlp.select_pipes(enable=[c for c in nlp.pipe_names if c != "ner"]):
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        seconds = time.perf_counter() - started
    return words / seconds, words


TARGET_TYPES = ("PERSON", "ORG", "LOC")  # the target: F1 >= 0.80 on these, together


def target_types_f(nlp, docs) -> tuple[float, float, float]:
    """Micro P, R, F over the target types only (a MISC or EVENT span counts for nothing)."""
    tp = fp = fn = 0
    for gold, predicted in zip(docs, nlp.pipe(doc.text for doc in docs), strict=True):
        spans = {(e.start_char, e.end_char, e.label_) for e in gold.ents if e.label_ in TARGET_TYPES}
        found = {(e.start_char, e.end_char, e.label_) for e in predicted.ents if e.label_ in TARGET_TYPES}
        tp, fp, fn = tp + len(spans & found), fp + len(found - spans), fn + len(spans - found)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def report_ner(nlp, ewt, gum: dict[str, list[Doc]], title: str) -> None:
    print(title)
    sets = [(f"GUM test, {kind}", [d for d in docs if d.has_annotation("ENT_IOB")]) for kind, docs in gum.items()]
    sets.append(("EWT test (UNER)", [d for d in ewt if d.has_annotation("ENT_IOB")]))
    for name, docs in sets:
        if not docs:
            print(f"NER {name}: no gold entities with this converter")
            continue
        ner = evaluate(nlp, docs)
        print(f"NER {name}: P {ner['ents_p'] or 0:.3f}  R {ner['ents_r'] or 0:.3f}  F {ner['ents_f'] or 0:.3f}")
        p, r, f = target_types_f(nlp, docs)
        print(f"  PERSON+ORG+LOC  P {p:.3f}  R {r:.3f}  F {f:.3f}  (the target types together)")
        for label, scores in sorted((ner.get("ents_per_type") or {}).items()):
            print(f"  {label:<8} P {scores['p']:.3f}  R {scores['r']:.3f}  F {scores['f']:.3f}")


def attachment(nlp, docs) -> dict[str, tuple[float, float]]:
    """UAS and LAS (base labels, punctuation left out) per predicted sentence, of the raw
    parse and of the parse as the pipeline reads it (labels normalised, trees repaired by
    ``language/labels.py``): whether the repairs, written for news, mend or break trees."""
    counts = {"raw": [0, 0, 0], "repaired": [0, 0, 0]}
    texts = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs)
    for gold, predicted in zip(docs, nlp.pipe(texts), strict=True):
        for sent in predicted.sents:
            start, pos = sent.start, [t.pos_ for t in sent]
            deps, heads = normalise([t.dep_ for t in sent], [t.head.i - start for t in sent], pos)
            repaired = repair(deps, heads, [t.text for t in sent], pos, [t.tag_ for t in sent])
            for name, (labels, parents) in (("raw", (deps, heads)), ("repaired", repaired)):
                for j, label in enumerate(labels):
                    truth = gold[start + j]
                    if truth.dep_ == "punct":
                        continue
                    right = parents[j] == truth.head.i - start
                    counts[name][0] += 1
                    counts[name][1] += right
                    counts[name][2] += right and label.split(":")[0] == truth.dep_.lower().split(":")[0]
    return {name: (u / max(n, 1), labelled / max(n, 1)) for name, (n, u, labelled) in counts.items()}


def report_speed(nlp, baseline, shared: Path) -> None:
    """Words/s of the shipped loading beside thinc's default BLIS, one process (after a warm-up run)."""
    speed(nlp, shared, limit=30)
    with threadpool_limits(limits=1, user_api="blas"):
        one_thread, words = speed(nlp, shared)
        blis, _ = speed(baseline, shared)
    all_threads, _ = speed(nlp, shared)
    print(f"speed (tagger, morphologizer, lemmatizer, parser; 1 process; {words:,} words):")
    print(f"  OpenBLAS, 1 thread     {one_thread:8,.0f} words/s  x{one_thread / blis:.2f}")
    print(f"  OpenBLAS, all threads  {all_threads:8,.0f} words/s  x{all_threads / blis:.2f}  (as shipped)")
    print(f"  BLIS (thinc default)   {blis:8,.0f} words/s  baseline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=str(ROOT / "newsevents" / "models" / "en_newsevents"))
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    nlp = load_pipeline(args.model)
    ewt, gum = gold_docs(nlp, args.shared)
    syntax = evaluate(nlp, ewt)
    print(f"model: {args.model}")
    print(
        f"EWT test ({sum(len(d) for d in ewt):,} words): UPOS {syntax['pos_acc']:.3f}  XPOS {syntax['tag_acc']:.3f}  "
        f"lemma {syntax.get('lemma_acc') or 0:.3f}  UAS {syntax['dep_uas']:.3f}  LAS {syntax['dep_las']:.3f}  "
        f"sentence F {syntax['sents_f']:.3f}"
    )
    trees = attachment(nlp, ewt)
    print(
        "  per sentence, base labels: raw parse UAS {:.4f} LAS {:.4f}; as the pipeline reads it (repaired) "
        "UAS {:.4f} LAS {:.4f}".format(*trees["raw"], *trees["repaired"])
    )
    if "ner" in nlp.pipe_names:
        report_ner(nlp, ewt, gum, "statistical NER")
        kb = build(word_tokenizer(nlp))
        add_gazetteer(nlp, kb.entity_patterns())
        report_ner(nlp, ewt, gum, "NER + gazetteer layer")
        nlp.remove_pipe("gazetteer")
    report_speed(nlp, load_pipeline(args.model, use_blis=True), args.shared)
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    size = sum(f.stat().st_size for f in Path(args.model).rglob("*") if f.is_file()) / 1e6
    print(f"model size: {size:.1f} MB")


if __name__ == "__main__":
    main()
