"""Read-only queries behind the web pages and their JSON twins."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..store import EventStore

EVENT_COLUMNS = (
    "article_key, event_id, article_id, date, source_code, cameo, cameo_name, target_code, modality, negated, "
    "plover_type, goldstein, quad_class, trigger, sentence, location_text"
)


@dataclass
class EventFilter:
    actor: str | None = None
    country: str | None = None
    code: str | None = None
    plover: str | None = None
    modality: str | None = None
    start: date | None = None
    end: date | None = None
    text_keys: list[str] | None = None  # article_key:event_id from the full-text index

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.actor:
            clauses.append("(source_code LIKE ? OR target_code LIKE ?)")
            params += [self.actor.upper() + "%"] * 2
        if self.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [self.country.upper()] * 2
        if self.code:
            clauses.append("cameo LIKE ?")
            params.append(self.code + "%")
        if self.plover:
            clauses.append("plover_type = ?")
            params.append(self.plover.upper())
        if self.modality:
            clauses.append("modality = ?")
            params.append(self.modality)
        if self.start:
            clauses.append("date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("date <= ?")
            params.append(self.end)
        if self.text_keys is not None:
            keys = self.text_keys or ["-"]
            clauses.append(f"article_key || ':' || event_id IN ({', '.join('?' * len(keys))})")
            params += keys
        return " AND ".join(clauses) or "TRUE", params


def _rows(store: EventStore, sql: str, params: list) -> list[dict]:
    columns, rows = store.query(sql, params)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def search_events(store: EventStore, flt: EventFilter, limit: int = 200) -> list[dict]:
    condition, params = flt.where()
    sql = f"SELECT {EVENT_COLUMNS} FROM events WHERE {condition} ORDER BY date DESC NULLS LAST, article_id LIMIT ?"
    return _rows(store, sql, params + [limit])


def article(store: EventStore, key: str) -> dict | None:
    found = _rows(
        store,
        "SELECT article_key, article_id, title, published, url, outlet, text FROM articles WHERE article_key = ?",
        [key],
    )
    if not found:
        return None
    result = found[0]
    records = store.query("SELECT record FROM events WHERE article_key = ? ORDER BY sentence_index, event_id", [key])[1]
    result["events"] = [json.loads(r[0]) for r in records]
    return result


def dyad_timeline(store: EventStore, source: str, target: str) -> list[dict]:
    sql = (
        "SELECT date, count(*) AS events, sum(goldstein) AS goldstein, "
        "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, count(*) FILTER (WHERE quad_class >= 3) AS conflict "
        "FROM events WHERE source_code LIKE ? AND target_code LIKE ? AND date IS NOT NULL "
        "AND modality IN ('asserted', 'reported') AND NOT negated GROUP BY date ORDER BY date"
    )
    return _rows(store, sql, [source.upper() + "%", target.upper() + "%"])


def located_events(store: EventStore, limit: int = 2000) -> list[dict]:
    sql = (
        f"SELECT {EVENT_COLUMNS}, lat, lon FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL "
        "ORDER BY date DESC NULLS LAST LIMIT ?"
    )
    return _rows(store, sql, [limit])


def dyad_network(store: EventStore, limit: int = 60) -> list[dict]:
    sql = (
        "SELECT source_code AS source, target_code AS target, count(*) AS events, avg(goldstein) AS goldstein "
        "FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
        "AND modality IN ('asserted', 'reported') AND NOT negated GROUP BY 1, 2 ORDER BY events DESC LIMIT ?"
    )
    return _rows(store, sql, [limit])
