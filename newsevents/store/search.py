"""Full-text search over evidence sentences, offline: an SQLite FTS5 side index.

Why not DuckDB's ``fts`` extension: DuckDB downloads extensions at run time,
which fails offline, and pinning a PyPI-packaged extension ties us to one
DuckDB build. SQLite's FTS5 ships inside Python's standard library, ranks
with BM25 and needs nothing else. The index is derived data: ``sync`` adds
the events that the DuckDB store has and the index lacks, so an interrupted
run is repaired by the next one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .duck import EventStore


class EvidenceIndex:
    def __init__(self, db_path: str | Path) -> None:
        self.path = f"{db_path}.fts.sqlite"
        self.con = sqlite3.connect(self.path)
        self.con.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS evidence USING fts5("
            "sentence, trigger, article_key UNINDEXED, event_id UNINDEXED, tokenize='porter unicode61')"
        )
        self.con.execute("CREATE TABLE IF NOT EXISTS indexed (article_key TEXT PRIMARY KEY)")

    def close(self) -> None:
        self.con.close()

    def sync(self, store: EventStore) -> int:
        """Index the events of every stored article not yet indexed; returns rows added."""
        done = {row[0] for row in self.con.execute("SELECT article_key FROM indexed")}
        _, articles = store.query("SELECT article_key FROM articles")
        missing = [a for (a,) in articles if a not in done]
        if not missing:
            return 0
        _, rows = store.query(
            "SELECT sentence, trigger, article_key, event_id FROM events WHERE list_contains(?, article_key) "
            "ORDER BY article_key",
            [missing],
        )
        with self.con:
            self.con.executemany(
                "INSERT INTO evidence (sentence, trigger, article_key, event_id) VALUES (?, ?, ?, ?)", rows
            )
            self.con.executemany("INSERT OR IGNORE INTO indexed VALUES (?)", [(a,) for a in missing])
        return len(rows)

    def search(self, text: str, limit: int = 10_000) -> list[tuple[str, str]]:
        """(article_key, event_id) of events whose evidence matches ``text``, best first."""
        query = " ".join(f'"{word}"' for word in text.replace('"', " ").split())
        if not query:
            return []
        return self.con.execute(
            "SELECT article_key, event_id FROM evidence WHERE evidence MATCH ? ORDER BY rank LIMIT ?", [query, limit]
        ).fetchall()
