from datetime import date

import pytest

from newsevents.temporal import find_expressions, resolve_expression

THU = date(2022, 2, 24)


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected", "precision"),
    [
        ("said on Thursday", THU, "past", "2022-02-24", "day"),
        ("on Friday", date(2020, 3, 9), "past", "2020-03-06", "day"),
        ("on Friday", date(2020, 3, 9), "future", "2020-03-13", "day"),
        ("on 21 February", THU, "past", "2022-02-21", "day"),
        ("March 3", THU, "past", "2021-03-03", "day"),
        ("on December 30", date(2020, 1, 2), "past", "2019-12-30", "day"),
        ("yesterday", THU, "past", "2022-02-23", "day"),
        ("earlier in the day", THU, "past", "2022-02-24", "day"),
        ("last week", THU, "past", "2022-02-14", "week"),
        ("in 2014", THU, "past", "2014-01-01", "year"),
        ("in March", THU, "past", "2021-03-01", "month"),
    ],
)
def test_resolution(text, published, tense, expected, precision):
    (expr,) = find_expressions(text)
    resolved = resolve_expression(expr, published, tense)
    assert resolved.date == expected and resolved.precision == precision


def test_last_week_is_a_range():
    (expr,) = find_expressions("intensified the shelling last week")
    assert resolve_expression(expr, THU, "past").range == ["2022-02-14", "2022-02-20"]


def test_durations_are_not_dates():
    assert find_expressions("abuse for eight years") == []


def test_impossible_dates_are_ignored():
    (expr,) = find_expressions("on 31 February")
    assert resolve_expression(expr, THU, "past") is None


def test_an_act_dated_after_publication_has_not_happened(pipeline):
    """ "The French president visits Germany tomorrow": present tense, but dated after the
    article: the visit is intended, not asserted."""
    from datetime import date

    from newsevents.records import Article

    rows = pipeline.code_article(
        Article(id="t", text="The French president visits Germany tomorrow.", published=date(2020, 1, 5))
    )
    visits = [e for e in rows if e.cameo == "042"]
    assert visits and visits[0].modality == "intended" and visits[0].date == "2020-01-06"


def test_a_scheduled_act_in_the_simple_present_is_ahead(pipeline):
    """In Sunday's paper, "the Saudi king begins a state visit to Britain on Tuesday" is the
    coming Tuesday, not yet done; "met ... on Tuesday" is the one before."""
    from newsevents.records import Article

    sunday = date(1987, 3, 22)
    text = "The Saudi king begins a state visit to Britain on Tuesday. Kenya's president met Iran's leader on Tuesday."
    rows = list(pipeline.code_article(Article(id="t", text=text, published=sunday)))
    visit = [e for e in rows if e.cameo.startswith("04") and e.source.country == "SAU"]
    assert [(e.date, e.modality) for e in visit] == [("1987-03-24", "intended")]
    meeting = [e for e in rows if e.cameo.startswith("04") and e.source.country == "KEN"]
    assert meeting and all(e.date == "1987-03-17" for e in meeting)
