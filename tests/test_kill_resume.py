"""SIGKILL a running ingest at random points, resume, and check the store is exact."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

from newsevents.store import EventStore

SENTENCES = [
    "Armenia cut diplomatic ties with Azerbaijan on {day}.",
    "Police arrested dozens of protesters in Minsk on {day}, the interior ministry said.",
    "France and Germany condemned the Russian invasion of Ukraine on {day}.",
    "Israeli warplanes attacked Hamas targets in Gaza on {day}.",
    "The United Nations appealed for a ceasefire in Yemen on {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _corpus(path, n):
    rows = []
    for i in range(n):
        text = " ".join(s.format(day=DAYS[(i + k) % 5]) for k, s in enumerate(SENTENCES))
        rows.append(json.dumps({"id": f"k{i}", "text": f"{text} Article {i}.", "published": "2022-03-04"}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _ingest_cmd(corpus, db, workers):
    return [sys.executable, "-m", "newsevents.cli", "ingest", str(corpus), "--db", str(db), "--workers", str(workers)]


def _wait_for_a_commit(db, proc, limit_s: float = 60.0) -> None:
    """Until the run has committed a batch of articles, so that a kill lands mid-run however
    slowly the machine loads the pipeline (a fixed 3.5-6.5 s delay once killed every run before
    its first commit). DuckDB's write-ahead log holds the commits: the schema alone is about
    12 KB of it, a batch of 32 of these articles about 440 KB."""
    wal = db.with_name(db.name + ".wal")
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 64_000:
            return
        time.sleep(0.05)


def test_sigkill_at_random_points_then_resume(tmp_path):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "k.duckdb"
    # long enough that every kill, made at a random point after the first commit (the store
    # commits every 32 articles), lands before the last
    n = 300
    _corpus(corpus, n)
    rng = random.Random(7)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    partial_counts = []
    for attempt in range(4):
        proc = subprocess.Popen(
            _ingest_cmd(corpus, db, 1 + attempt % 2),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        _wait_for_a_commit(db, proc)
        time.sleep(rng.uniform(0.0, 2.0))
        os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-run
        proc.wait()
        if db.exists():
            with EventStore(db) as store:  # reopening replays DuckDB's write-ahead log
                partial_counts.append(store.query("SELECT count(*) FROM articles")[1][0][0])
    assert any(0 < count < n for count in partial_counts), partial_counts  # the kills did land mid-run
    done = subprocess.run(_ingest_cmd(corpus, db, 2), env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with EventStore(db, read_only=True) as store:
        _, articles = store.query("SELECT article_id, n_events FROM articles")
        _, per_article = store.query("SELECT article_id, count(*) FROM events GROUP BY 1")
        _, dupes = store.query("SELECT count(*) - count(DISTINCT article_key || event_id) FROM events")
    assert sorted(a for a, _ in articles) == sorted(f"k{i}" for i in range(n))  # nothing lost, nothing twice
    counted = dict(per_article)
    assert all(counted.get(a, 0) == n_events for a, n_events in articles)  # each article whole
    assert dupes == [(0,)]
