"""Throughput and memory of ``newsevents code`` on real news, in one process.

Prints words/s for three runs side by side: the baseline (every sentence
tagged and parsed), the selective analysis the pipeline uses (every sentence
tokenized, tagged and searched for names, only those with a trigger word parsed), and the whole pipeline
(selective analysis plus actor, event, attribution, time and place coding);
plus articles/s and peak RSS. Usage: ``python bench/pipeline.py [--limit N] [--corpus PATH]``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from newsevents.ingest import read_inputs
from newsevents.language import Analyser
from newsevents.pipeline import Pipeline
from newsevents.records import Article


def shared_news() -> Path:
    root = Path(os.environ.get("NEWSEVENTS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    return root / "data" / "news" / "wikinews_2019_2020.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=shared_news())
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (set NEWSEVENTS_SHARED)")
    articles = [a for a in read_inputs([str(args.corpus)]) if isinstance(a, Article)][: args.limit]
    words = sum(len(a.text.split()) for a in articles)
    started = time.perf_counter()
    pipeline = Pipeline()
    load_s = time.perf_counter() - started

    texts = [a.text for a in articles]
    started = time.perf_counter()
    Analyser(pipeline.nlp, full=True).analyse(texts)
    full_s = time.perf_counter() - started

    started = time.perf_counter()
    pipeline.parse(texts)
    parse_s = time.perf_counter() - started

    started = time.perf_counter()
    events = sum(len(r.events) for r in pipeline.code_many(articles))
    total_s = time.perf_counter() - started

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "articles": len(articles),
        "words": words,
        "events": events,
        "model_load_s": round(load_s, 2),
        "baseline_full_parse_words_per_s": round(words / full_s),
        "selective_parse_words_per_s": round(words / parse_s),
        "selective_vs_full_ratio": round(full_s / parse_s, 2),
        "pipeline_words_per_s": round(words / total_s),
        "pipeline_articles_per_s": round(len(articles) / total_s, 1),
        "coding_overhead_ratio": round(total_s / parse_s, 2),
        "peak_rss_mb": round(peak_mb),
    }
    for key, value in report.items():
        print(f"{key:>26}: {value}")
    print(json.dumps(report))


if __name__ == "__main__":
    main()
