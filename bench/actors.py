"""Actor coding accuracy, and the load time of the knowledge (built-in and PETRARCH's Phoenix).

Accuracy: for each hand-annotated mention of bench/data/actors_eval.jsonl
(ACTORS_EVAL.md; Wikinews, offsets into ../shared/data/news/wikinews_2019_2020.jsonl),
the phrase headed by the mention's head token is resolved in its article
(with the article's context, as in coding) and its code compared with the gold
code; by gold sector. Usage: ``python bench/actors.py [--errors]``; ``--errors`` also
prints each miss (sentence, mention, gold and predicted code) so that misses can be
grouped by cause.
Targets (issue 5): code accuracy >= 0.90; Phoenix dictionaries load in < 10 s;
the built-in base adds < 1 s to start-up.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from newsevents.actors import ActorResolver, build, load_actors, load_agents, load_discards
from newsevents.language import Analyser, load_pipeline, word_tokenizer

ROOT = Path(__file__).resolve().parents[1]


def shared() -> Path:
    return Path(os.environ.get("NEWSEVENTS_SHARED", ROOT.parent / "shared"))


def head_of(doc, start: int, end: int) -> int | None:
    inside = [t for t in doc.tokens if start <= t.idx < end]
    for tok in inside:
        if not (start <= doc.tokens[tok.head].idx < end) or tok.head == tok.i:
            return tok.i
    return inside[-1].i if inside else None


def print_miss(doc, g: dict, head: int | None, actor) -> None:
    """One miss, with its sentence and the phrase the resolver read, so that the cause
    (vocabulary, parse, anaphora, country, convention) can be read off."""
    sentence = doc.sentences[doc.tokens[head].sent].text if head is not None else ""
    read = f" read={actor.text!r}" if actor is not None else ""
    print(f"MISS {g['text']!r} gold={g['code']} predicted={actor.code if actor else None}{read}")
    print(f"     {' '.join(sentence.split())}")


def main() -> None:
    show_errors = "--errors" in sys.argv[1:]
    news_path = shared() / "data" / "news" / "wikinews_2019_2020.jsonl"
    if not news_path.exists():
        sys.exit(f"not found: {news_path} (set NEWSEVENTS_SHARED)")
    nlp = load_pipeline(None)

    tokenize = word_tokenizer(nlp)

    started = time.perf_counter()
    kb = build(tokenize)
    builtin_s = time.perf_counter() - started
    print(f"built-in knowledge: {len(kb.names):,} names, {len(kb.sectors):,} sector phrases, {builtin_s:.2f} s")

    phoenix = shared() / "data" / "petrarch2" / "dictionaries"
    started = time.perf_counter()
    pkb = build(tokenize, parts=())
    for loader, name in (
        (load_actors, "Phoenix.Countries.actors.txt"),
        (load_actors, "Phoenix.International.actors.txt"),
        (load_actors, "Phoenix.MilNonState.actors.txt"),
        (load_agents, "Phoenix.agents.txt"),
        (load_discards, "Phoenix.discards.txt"),
    ):
        report = loader(phoenix / name, pkb, tokenize)
        print(
            f"  {name:<34} {report.names:>6} names {report.codes:>6} codes {report.dated:>6} dated "
            f"{len(report.skipped)} skipped"
        )
    print(
        f"Phoenix dictionaries: {len(pkb.names_ci):,} names, {len(pkb.sectors):,} agent phrases, "
        f"{len(pkb.sentence_discards) + len(pkb.story_discards)} discards, {time.perf_counter() - started:.2f} s"
    )

    news = {a["id"]: a for a in map(json.loads, open(news_path, encoding="utf-8"))}
    gold = [json.loads(line) for line in open(ROOT / "bench" / "data" / "actors_eval.jsonl", encoding="utf-8")]
    analyser = Analyser(nlp, full=True)
    resolvers: dict[str, ActorResolver] = {}
    right, by_sector = 0, defaultdict(Counter)
    for g in gold:
        if g["article_id"] not in resolvers:
            article = news[g["article_id"]]
            doc = analyser.analyse([article["text"]])[0]
            published = date.fromisoformat(article["date"][:10])
            resolvers[g["article_id"]] = ActorResolver(kb, doc, published, article.get("title"))
        resolver = resolvers[g["article_id"]]
        head = head_of(resolver.doc, g["start"], g["end"])
        actor = resolver.resolve(head) if head is not None else None
        ok = actor is not None and actor.code == g["code"]
        right += ok
        if show_errors and not ok:
            print_miss(resolver.doc, g, head, actor)
        by_sector[g["sector"] or "(country)"][ok] += 1
    print(f"actor code accuracy: {right}/{len(gold)} = {right / len(gold):.3f}")
    for sector, counts in sorted(by_sector.items(), key=lambda kv: -sum(kv[1].values())):
        n = counts[True] + counts[False]
        print(f"  {sector:<10} {counts[True]:>4}/{n:<4} {counts[True] / n:.3f}")


if __name__ == "__main__":
    main()
