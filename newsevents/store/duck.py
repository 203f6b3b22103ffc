"""The embedded event store: one DuckDB file, written one article per transaction.

Why per-article transactions: an interrupted batch (Ctrl-C, SIGKILL, power
loss) leaves every article either fully stored or absent, and a rerun skips
the articles whose content hash is already there, so resuming never
duplicates rows nor loses coded ones.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from importlib import resources as importlib_resources
from pathlib import Path

import duckdb

from ..records import Actor, Article, ArticleError, Event

LOG = logging.getLogger(__name__)
DEFAULT_DB = "newsevents.duckdb"


def content_key(article: Article) -> str:
    """Identity of an article: its text (whitespace-normalised) and id."""
    normalised = " ".join(article.text.split())
    return hashlib.sha1(f"{article.id}\x00{normalised}".encode()).hexdigest()


def _event_row(key: str, e: Event) -> tuple:
    src, tgt, loc = e.source, e.target, e.location
    date_range = e.date_range or [None, None]
    return (
        key,
        e.event_id,
        e.article_id,
        e.sentence_index,
        e.cameo,
        e.cameo[:2],
        e.cameo_name,
        e.goldstein,
        e.quad_class,
        e.plover.get("type"),
        e.plover.get("mode"),
        src.code if src else None,
        src.country if src else None,
        tgt.code if tgt else None,
        tgt.country if tgt else None,
        loc.text if loc else None,
        loc.country if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        e.date,
        e.date_precision,
        date_range[0],
        date_range[1],
        e.negated,
        e.modality,
        e.evidence.sentence,
        e.evidence.start,
        e.evidence.end,
        e.trigger,
        e.rule,
        json.dumps(e.to_dict(), ensure_ascii=False),
    )


def _actor_rows(key: str, e: Event) -> list[tuple]:
    roles: list[tuple[str, Actor | None]] = [("source", e.source), ("target", e.target)]
    roles.append(("speaker", e.attribution.speaker))
    return [(key, e.event_id, role, a.text, a.code, a.country, a.sector, a.name) for role, a in roles if a]


class EventStore:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            schema = importlib_resources.files(__package__).joinpath("schema.sql").read_text()
            self.con.execute(schema)
            self._create_views()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing -----------------------------------------------------------
    def known_keys(self) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT article_key FROM articles").fetchall()}

    def add_article(self, article: Article, events: list[Event], key: str | None = None) -> bool:
        """Store one coded article atomically; False if it was already there."""
        return self.add_articles([(article, events, key or content_key(article))]) == 1

    def add_articles(self, batch: list[tuple[Article, list[Event], str]]) -> int:
        """Store coded articles in one transaction (all or none); returns how many were new.

        One transaction per batch rather than per article: commits dominate the cost of
        writing, and a killed run still leaves every article whole or absent."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            stored = sum(self._insert(article, events, key) for article, events, key in batch)
            con.execute("COMMIT")
            return stored
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _insert(self, article: Article, events: list[Event], key: str) -> bool:
        con = self.con
        if con.execute("SELECT 1 FROM articles WHERE article_key = ?", [key]).fetchone():
            return False
        con.execute(
            "INSERT INTO articles (article_key, article_id, title, published, url, outlet, origin, n_chars,"
            " n_events, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                key,
                article.id,
                article.title,
                article.published,
                article.url,
                article.outlet,
                article.origin,
                len(article.text),
                len(events),
                article.text,
            ],
        )
        unique = list({e.event_id: e for e in events}.values())
        if not unique:
            return True
        con.executemany(f"INSERT INTO events VALUES ({', '.join(['?'] * 31)})", [_event_row(key, e) for e in unique])
        actor_rows = [row for e in unique for row in _actor_rows(key, e)]
        if actor_rows:
            con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", actor_rows)
        con.executemany(
            "INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    key,
                    e.event_id,
                    e.attribution.speaker.code if e.attribution.speaker else None,
                    e.attribution.speaker.text if e.attribution.speaker else None,
                    e.attribution.cue,
                    e.attribution.outlet,
                    e.attribution.quote,
                )
                for e in unique
            ],
        )
        return True

    def add_error(self, error: ArticleError) -> None:
        self.con.execute("INSERT OR IGNORE INTO errors (origin, problem) VALUES (?, ?)", [error.origin, error.problem])

    # -- reading -----------------------------------------------------------
    def query(self, sql: str, params: Iterable | None = None) -> tuple[list[str], list[tuple]]:
        cursor = self.con.execute(sql, list(params or []))
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return columns, cursor.fetchall()

    def stats(self) -> dict[str, object]:
        one = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "global_events": one("SELECT count(*) FROM global_events"),
            "errors": one("SELECT count(*) FROM errors"),
            "asserted_events": one(
                "SELECT count(*) FROM events WHERE modality IN ('asserted','reported') AND NOT negated"
            ),
            "by_root": dict(
                self.con.execute("SELECT cameo_root, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()
            ),
            "by_modality": dict(
                self.con.execute("SELECT modality, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall()
            ),
        }

    # -- cross-article dedup -----------------------------------------------
    def _create_views(self) -> None:
        """``global_events``: the same event (actors, code, modality, date within the
        tolerance) reported by several articles is one event, with its mention counts,
        as in GDELT's event and mentions tables. A view, so it is always current."""
        self.con.execute(
            """
            CREATE OR REPLACE VIEW event_clusters AS
            WITH ordered AS (
                SELECT e.*, a.outlet AS article_outlet, a.url AS article_url,
                       coalesce(e.date, a.published) AS event_date,
                       coalesce(e.date, a.published) - lag(coalesce(e.date, a.published)) OVER w AS gap
                FROM events e JOIN articles a USING (article_key)
                WINDOW w AS (PARTITION BY e.source_code, e.target_code, e.cameo, e.modality, e.negated
                             ORDER BY coalesce(e.date, a.published), e.article_key, e.event_id)
            ), numbered AS (
                SELECT *, sum(CASE WHEN gap IS NULL OR gap > 1 THEN 1 ELSE 0 END) OVER (
                    PARTITION BY source_code, target_code, cameo, modality, negated
                    ORDER BY event_date, article_key, event_id ROWS UNBOUNDED PRECEDING) AS run
                FROM ordered
            )
            SELECT *, first_value(event_id) OVER (
                PARTITION BY source_code, target_code, cameo, modality, negated, run
                ORDER BY event_date, article_key, event_id) AS cluster_id
            FROM numbered
            """
        )
        self.con.execute(
            """
            CREATE OR REPLACE VIEW global_events AS
            SELECT cluster_id,
                   any_value(source_code) AS source_code, any_value(target_code) AS target_code,
                   any_value(source_country) AS source_country, any_value(target_country) AS target_country,
                   any_value(cameo) AS cameo, any_value(cameo_root) AS cameo_root,
                   any_value(cameo_name) AS cameo_name, any_value(goldstein) AS goldstein,
                   any_value(quad_class) AS quad_class, any_value(modality) AS modality,
                   bool_or(negated) AS negated, min(event_date) AS date,
                   count(*) AS num_mentions, count(DISTINCT coalesce(article_outlet, article_url, article_key))
                       AS num_sources, count(DISTINCT article_key) AS num_articles,
                   arg_min(article_url, event_date) AS source_url,
                   arg_min(location_text, event_date) AS location_text,
                   arg_min(location_country, event_date) AS location_country,
                   arg_min(lat, event_date) AS lat, arg_min(lon, event_date) AS lon
            FROM event_clusters GROUP BY cluster_id
            """
        )
        self.con.execute(
            """
            CREATE OR REPLACE VIEW mentions AS
            SELECT cluster_id, event_id, article_key, article_id, sentence_index, start_char, end_char,
                   sentence, article_outlet AS outlet, article_url AS url, modality, negated
            FROM event_clusters
            """
        )
