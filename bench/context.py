"""Attribution, time and place against the project's own annotated sets (bench/data/).

Each set was annotated by hand from Wikinews articles (CONTEXT_EVAL.md), with
offsets into ../shared/data/news/wikinews_2019_2020.jsonl. Prints:
- date accuracy: the expression found, resolved with the tense our parse gives,
  equals the gold date and precision (gold non-dates must resolve to nothing);
- place accuracy: the country of the geocoded mention, and the share within
  50 km when the gold has coordinates;
- speaker accuracy (the speaker code of the statement we find in the sentence)
  and outlet-chain accuracy (the outlets in order, the article's own source line
  excluded).
Usage: ``python bench/context.py``.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from newsevents.actors import ActorResolver
from newsevents.attribution import Attributor
from newsevents.language import Analyser
from newsevents.pipeline import Pipeline
from newsevents.place import Geocoder
from newsevents.temporal import find_expressions, resolve_expression
from newsevents.temporal.dating import _predicate_of, _tense

DATA = Path(__file__).resolve().parent / "data"


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in open(DATA / name, encoding="utf-8") if line.strip()]


def articles() -> dict[str, dict]:
    root = Path(os.environ.get("NEWSEVENTS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
    path = root / "data" / "news" / "wikinews_2019_2020.jsonl"
    if not path.exists():
        sys.exit(f"not found: {path} (set NEWSEVENTS_SHARED)")
    return {a["id"]: a for a in map(json.loads, open(path, encoding="utf-8"))}


class Context:
    """Parsed article, actors, attributor and geocoder, built once per article."""

    def __init__(self, pipeline: Pipeline, analyser: Analyser, article: dict) -> None:
        self.text = article["text"]
        self.published = date.fromisoformat(article["date"][:10])
        self.doc = analyser.analyse([self.text])[0]
        self.actors = ActorResolver(pipeline.knowledge, self.doc, self.published, article.get("title"))
        self.attributor = Attributor(self.doc, self.actors, None)
        self.attributor.all_statements()
        self.geocoder = Geocoder(self.doc, self.actors)


def bench_time(gold: list[dict], ctx) -> None:
    right, by_kind = 0, defaultdict(Counter)
    for g in gold:
        c = ctx(g["article_id"])
        found = [e for e in find_expressions(c.text) if e.start < g["end"] and g["start"] < e.end]
        resolved = None
        if found:
            tok = next((t.i for t in c.doc.tokens if t.idx >= found[0].start), None)
            tense = _tense(c.doc, _predicate_of(c.doc, tok)) if tok is not None else "past"
            resolved = resolve_expression(found[0], c.published, tense)
        if g["date"] is None:
            ok = resolved is None
        else:
            ok = resolved is not None and resolved.date == g["date"] and resolved.precision == g["precision"]
        right += ok
        by_kind[g["precision"] or "not a date"][ok] += 1
    print(f"dates: {right}/{len(gold)} = {right / len(gold):.3f}")
    for kind, counts in sorted(by_kind.items()):
        print(f"  {kind:<11} {counts[True]}/{counts[True] + counts[False]}")


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def bench_places(gold: list[dict], ctx) -> None:
    country_ok, near, with_coords, found = 0, 0, 0, 0
    for g in gold:
        place = ctx(g["article_id"]).geocoder.place_at(g["start"], g["end"])
        found += place is not None
        country_ok += bool(place and place.country == g["country"])
        if g["lat"] is not None:
            with_coords += 1
            near += bool(place and place.lat is not None and _km((place.lat, place.lon), (g["lat"], g["lon"])) <= 50)
    print(
        f"places: country {country_ok}/{len(gold)} = {country_ok / len(gold):.3f}; "
        f"within 50 km {near}/{with_coords} = {near / max(with_coords, 1):.3f}; geocoded {found}/{len(gold)}"
    )


def bench_attribution(gold: list[dict], ctx) -> None:
    speaker_ok = outlet_ok = 0
    for g in gold:
        c = ctx(g["article_id"])
        inside = [
            st
            for i, st in sorted(c.attributor.statements.items())
            if g["sent_start"] <= c.doc.tokens[i].idx < g["sent_end"]
        ]
        quoted = [st for start, end, st in c.attributor.quotes if start < g["sent_end"] and g["sent_start"] < end]
        statement = next((s for s in inside + quoted if s.speaker is not None), inside[0] if inside else None)
        code = statement.speaker.code if statement and statement.speaker else None
        speaker_ok += code == g["speaker_code"]
        outlet_ok += (statement.outlets if statement else []) == g["outlet"]
    n = len(gold)
    print(f"speakers: {speaker_ok}/{n} = {speaker_ok / n:.3f}; outlet chains: {outlet_ok}/{n} = {outlet_ok / n:.3f}")


def main() -> None:
    news = articles()
    pipeline = Pipeline()
    analyser = Analyser(pipeline.nlp, full=True)
    cache: dict[str, Context] = {}

    def ctx(article_id: str) -> Context:
        if article_id not in cache:
            cache[article_id] = Context(pipeline, analyser, news[article_id])
        return cache[article_id]

    bench_time(load("temporal_eval.jsonl"), ctx)
    bench_places(load("places_eval.jsonl"), ctx)
    bench_attribution(load("attribution_eval.jsonl"), ctx)


if __name__ == "__main__":
    main()
