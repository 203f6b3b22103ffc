"""Find time expressions and resolve them against the publication date.

News dates events relative to the article: "on Thursday" in an article of
Thursday 24 February 2022 is that day; "last week" is the week before; "on 21
February" takes the article's year unless that would put a past event in the
future. Tense decides the direction of a bare weekday.

Why not dateparser for the explicit forms: it resolves "Friday" or "March 3"
without knowing the tense of the clause (so a past event can land in the
future), it costs about a second to import and milliseconds a call, and the
explicit forms news uses ("21 February", "Feb. 3, 2022", "in March 2019") are
few and regular. These patterns resolve them exactly; the hand-annotated set
(bench/context.py) measures the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
PATTERNS: list[tuple[str, str]] = [
    ("daymonth", rf"\b{_DAY}\s+{_MONTH}{_YEAR}\b"),
    ("monthday", rf"\b{_MONTH}\s+{_DAY}\b{_YEAR}"),
    ("weekday", r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"),
    (
        "relative_day",
        r"\b(?P<rel>yesterday|today|tomorrow|this morning|this afternoon|this evening|tonight"
        r"|earlier in the day|earlier today|later in the day|on the same day)\b",
    ),
    ("relative_span", r"\b(?P<which>last|this|next|past)\s+(?P<unit>week|month|year|weekend)\b"),
    ("monthyear", rf"\bin\s+{_MONTH}{_YEAR}\b"),
    ("year", r"\bin\s+(?P<year>(?:19|20)\d\d)\b"),
]
COMPILED = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in PATTERNS]


@dataclass(slots=True)
class TimeExpression:
    start: int  # character offsets in the article text
    end: int
    text: str
    kind: str
    groups: dict[str, str | None]


@dataclass(slots=True)
class ResolvedDate:
    date: str
    precision: str
    range: list[str] | None = None


def find_expressions(text: str, offset: int = 0) -> list[TimeExpression]:
    """Non-overlapping time expressions in ``text``, earliest and longest first."""
    found: list[TimeExpression] = []
    for kind, rx in COMPILED:
        for m in rx.finditer(text):
            if kind == "weekday" and m.group(0)[0].islower():
                continue
            if any(
                f.start <= m.start() + offset < f.end or m.start() + offset <= f.start < m.end() + offset for f in found
            ):
                continue
            found.append(TimeExpression(m.start() + offset, m.end() + offset, m.group(0), kind, m.groupdict()))
    return sorted(found, key=lambda e: e.start)


def _week(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def _month(year: int, month: int) -> tuple[date, date]:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), nxt - timedelta(days=1)


def resolve_expression(expr: TimeExpression, published: date, tense: str) -> ResolvedDate | None:
    """Resolve one expression; ``tense`` is "past", "present" or "future"."""
    g = expr.groups
    if expr.kind in ("daymonth", "monthday"):
        month, day = MONTHS[g["month"].lower()], int(g["day"])
        year = int(g["year"]) if g.get("year") else published.year
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        if not g.get("year") and tense == "past" and when > published + timedelta(days=1):
            try:
                when = date(year - 1, month, day)
            except ValueError:  # 29 February
                return None
        return ResolvedDate(when.isoformat(), "day")
    if expr.kind == "weekday":
        target = WEEKDAYS.index(g["weekday"].lower())
        delta = (published.weekday() - target) % 7
        when = (
            published - timedelta(days=delta)
            if tense != "future"
            else published + timedelta(days=(target - published.weekday()) % 7)
        )
        return ResolvedDate(when.isoformat(), "day")
    if expr.kind == "relative_day":
        rel = g["rel"].lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(rel, 0)
        return ResolvedDate((published + timedelta(days=shift)).isoformat(), "day")
    if expr.kind == "relative_span":
        return _relative_span(g["which"].lower(), g["unit"].lower(), published)
    if expr.kind == "monthyear":
        month = MONTHS[g["month"].lower()]
        year = int(g["year"]) if g.get("year") else published.year
        if not g.get("year") and tense == "past" and month > published.month:
            year -= 1
        start, end = _month(year, month)
        return ResolvedDate(start.isoformat(), "month", [start.isoformat(), end.isoformat()])
    if expr.kind == "year":
        year = int(g["year"])
        return ResolvedDate(date(year, 1, 1).isoformat(), "year", [f"{year}-01-01", f"{year}-12-31"])
    return None


def _relative_span(which: str, unit: str, published: date) -> ResolvedDate:
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if unit in ("week", "weekend"):
        start, end = _week(published + timedelta(weeks=step))
        if unit == "weekend":
            start = end - timedelta(days=1)
        return ResolvedDate(start.isoformat(), "week", [start.isoformat(), end.isoformat()])
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        start, end = _month(month_index // 12, month_index % 12 + 1)
        return ResolvedDate(start.isoformat(), "month", [start.isoformat(), end.isoformat()])
    year = published.year + step
    return ResolvedDate(f"{year}-01-01", "year", [f"{year}-01-01", f"{year}-12-31"])
