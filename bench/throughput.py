"""Corpus throughput: ``ingest`` of real news into a fresh store, 1 worker vs all cores, local vs Dask.

Whole-process figures: wall time from the start of the run (model loading,
reading, coding, storing, indexing) to the end. Peak RSS is the largest
resident set of any single process (parent or worker). Usage:
``python bench/throughput.py [--reuters 2000] [--engines local,dask]``.
Targets (issue 8): >= 25,000 words/s with 2 workers, <= 1 GB RSS per worker,
speed-up 1 -> 2 workers >= 1.8.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = """
import json, resource, sys, time
from itertools import islice
from newsevents.batch import ingest
from newsevents.ingest import read_inputs
from newsevents.records import Article
from newsevents.store import EventStore
inputs, limit, db, workers, engine = json.loads(sys.argv[1])
started = time.perf_counter()
items = islice((a for path in inputs for a in read_inputs([path]) if isinstance(a, Article)), limit)
with EventStore(db) as store:
    report = ingest(items, store, workers=workers, engine=engine, progress=False)
seconds = time.perf_counter() - started
rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"articles": report.stored, "words": report.words, "events": report.events,
                  "seconds": seconds, "peak_rss_mb": rss / 1024}))
"""


def shared_news() -> Path:
    root = Path(os.environ.get("NEWSEVENTS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    return root / "data" / "news"


def run(inputs: list[str], limit: int, workers: int, engine: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        args = json.dumps([inputs, limit, f"{tmp}/bench.duckdb", workers, engine])
        out = subprocess.run([sys.executable, "-c", RUN, args], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["words_per_s"] = result["words"] / result["seconds"]
    result["articles_per_s"] = result["articles"] / result["seconds"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reuters", type=int, default=2000, help="Reuters-21578 articles after the Wikinews ones")
    parser.add_argument("--engines", default="local,dask")
    args = parser.parse_args()
    news = shared_news()
    if not news.exists():
        sys.exit(f"news corpus not found at {news} (set NEWSEVENTS_SHARED)")
    inputs = [str(news / "wikinews_2019_2020.jsonl"), str(news / "reuters21578.jsonl")]
    limit = 295 + args.reuters
    cores = os.cpu_count() or 1
    runs = {"local x1": run(inputs, limit, 1, "local"), f"local x{cores}": run(inputs, limit, cores, "local")}
    if "dask" in args.engines:
        runs[f"dask x{cores}"] = run(inputs, limit, cores, "dask")
    header = ("run", "articles", "words", "events", "seconds", "words/s", "art/s", "peak MB")
    print(f"{header[0]:<10} " + " ".join(f"{h:>9}" for h in header[1:]))
    for name, r in runs.items():
        print(
            f"{name:<10} {r['articles']:>8} {r['words']:>9} {r['events']:>7} {r['seconds']:>8.1f} "
            f"{r['words_per_s']:>9,.0f} {r['articles_per_s']:>7.1f} {r['peak_rss_mb']:>8.0f}"
        )
    base = runs["local x1"]["words_per_s"]
    for name, r in runs.items():
        print(f"speed-up {name} vs local x1: {r['words_per_s'] / base:.2f}")
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
