"""Property tests (hypothesis) and the bounded fuzz targets for the readers.

The fuzz targets feed arbitrary bytes to the HTML and JSONL readers: each
input must give Articles or ArticleErrors, never an exception. CI runs a
bounded number of examples (FUZZ_EXAMPLES, default 300 per target).
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.ingest import read_inputs
from newsevents.ingest.html import extract_page
from newsevents.records import MODALITIES, Article, ArticleError
from newsevents.temporal import find_expressions, resolve_expression
from newsevents.temporal.resolve import WEEKDAYS

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HTML_BITS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<meta property='og:title' content='",
        "'>",
        "&amp;",
        "&#x",
        ";",
        "<",
        ">",
        "\x00",
        "Troops attacked the town.",
        "\u201c",
        "\ud7ff",
        "<title>",
        "</title>",
    ]
)


def _read(tmp_path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)], date(2020, 1, 1)))


def _well_formed(items: list) -> bool:
    return all(isinstance(i, Article) and i.text.strip() or isinstance(i, ArticleError) and i.problem for i in items)


@FUZZ
@given(data=st.binary(max_size=4000))
def test_fuzz_html_reader_on_bytes(tmp_path, data):
    assert _well_formed(_read(tmp_path, "page.html", data))


@FUZZ
@given(parts=st.lists(HTML_BITS | st.text(max_size=30), max_size=60))
def test_fuzz_html_reader_on_markup(parts):
    text, meta = extract_page("".join(parts))
    assert isinstance(text, str) and isinstance(meta, dict)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "text", "published", "x"]), inner, max_size=4)
    ),
    max_leaves=12,
)


@FUZZ
@given(lines=st.lists(JSON_VALUES.map(json.dumps) | st.text(max_size=80), max_size=12))
def test_fuzz_jsonl_reader(tmp_path, lines):
    items = _read(tmp_path, "corpus.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))
    assert _well_formed(items)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_text_reader_on_bytes(tmp_path, data):
    assert _well_formed(_read(tmp_path, "a.txt", data))


@settings(max_examples=300, deadline=None)
@given(published=st.dates(date(1990, 1, 1), date(2030, 12, 31)), weekday=st.sampled_from(WEEKDAYS))
def test_past_weekday_is_within_the_week_before(published, weekday):
    (expr,) = find_expressions(f"on {weekday.title()}")
    resolved = date.fromisoformat(resolve_expression(expr, published, "past").date)
    assert published - timedelta(days=6) <= resolved <= published
    assert WEEKDAYS[resolved.weekday()] == weekday


@settings(max_examples=300, deadline=None)
@given(published=st.dates(date(1990, 1, 1), date(2030, 12, 31)), day=st.integers(1, 31), month=st.integers(1, 12))
def test_explicit_past_date_is_never_after_publication(published, day, month):
    names = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    (expr,) = find_expressions(f"on {day} {names[month - 1]}")
    resolved = resolve_expression(expr, published, "past")
    if resolved is not None:  # None only for impossible days (31 April, 29 February)
        when = date.fromisoformat(resolved.date)
        assert (when.month, when.day) == (month, day)
        assert when <= published + timedelta(days=1)


ACTORS = [
    "Russia",
    "Ukraine",
    "The Israeli army",
    "Iran's foreign ministry",
    "French police",
    "The United Nations",
    "Hamas",
    "Protesters",
    "He",
    "The ministry",
]
ACTS = ["attacked", "condemned", "cut ties with", "met", "threatened", "did not attack", "plans to visit", "arrested"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    source=st.sampled_from(ACTORS),
    act=st.sampled_from(ACTS),
    target=st.sampled_from(ACTORS),
    when=st.sampled_from(["", " on Monday", " last week", " on 3 March"]),
)
def test_every_event_record_keeps_the_contract(pipeline, source, act, target, when):
    text = f"{source} {act} {target.lower() if target in ('He', 'The ministry') else target}{when}."
    for event in pipeline.code_article(Article(id="p", text=text, published=date(2021, 3, 10))):
        record = json.loads(json.dumps(event.to_dict()))
        assert set(record) >= {
            "event_id",
            "article_id",
            "sentence_index",
            "cameo",
            "cameo_name",
            "goldstein",
            "quad_class",
            "plover",
            "source",
            "target",
            "location",
            "date",
            "date_precision",
            "date_range",
            "negated",
            "modality",
            "attribution",
            "evidence",
            "trigger",
            "rule",
        }
        assert record["modality"] in MODALITIES
        assert 1 <= record["quad_class"] <= 4 and -10 <= record["goldstein"] <= 10
        assert text[record["evidence"]["start"] : record["evidence"]["end"]] == record["evidence"]["sentence"]
        assert record["date"] is None or date.fromisoformat(record["date"])
        if record["negated"]:
            assert record["modality"] == "denied"
