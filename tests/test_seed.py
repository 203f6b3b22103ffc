"""End to end on the reference article (kept in ../shared, never copied here)."""

from __future__ import annotations

import pytest

from newsevents.ingest import read_inputs
from newsevents.ingest.readers import parse_date

SEED = "seed/000_fb64b8c95e9989a8.txt"


@pytest.fixture(scope="module")
def events(shared, pipeline):
    (article,) = list(read_inputs([str(shared / SEED)], parse_date("2022-02-24")))
    return pipeline.code_article(article)


def _find(events, root, source, target=None):
    return [
        e
        for e in events
        if e.cameo.startswith(root)
        and e.source
        and (e.source.code or "").startswith(source)
        and (target is None or (e.target and (e.target.code or "").startswith(target)))
    ]


def test_ukraine_breaks_relations_with_russia_said_by_zelensky(events):
    rows = [e for e in _find(events, "16", "UKR", "RUS") if e.modality == "asserted" and not e.negated]
    zelensky = [e for e in rows if e.attribution.speaker and e.attribution.speaker.name == "Volodymyr Zelensky"]
    assert len(zelensky) >= 2  # the reported sentence and the quote
    assert all(e.date == "2022-02-24" for e in zelensky)


def test_russia_uses_force_against_ukraine(events):
    rows = [e for e in _find(events, "19", "RUS", "UKR") if e.modality == "asserted"]
    assert rows and rows[0].date == "2022-02-24"
    # "Putin said earlier in the day that Russia had started a military operation"
    assert rows[0].attribution.speaker and rows[0].attribution.speaker.name == "Vladimir Putin"


def test_russia_recognises_dpr_and_lpr_on_21_february(events):
    rows = _find(events, "05", "RUS")
    names = {e.target.name for e in rows if e.target}
    assert {"Donetsk People's Republic", "Lugansk People's Republic"} <= names
    assert all(e.date == "2022-02-21" for e in rows)


def test_defence_ministry_denial_is_never_an_asserted_attack(events):
    strikes = [e for e in events if "strike" in e.trigger and e.cameo.startswith("19")]
    assert strikes and all(e.negated and e.modality == "denied" for e in strikes)
    assert strikes[0].attribution.speaker.code == "RUSMIL"


def test_last_week_shelling_has_the_previous_week(events):
    shelling = [e for e in events if e.trigger == "shelling"]  # one row per republic shelled
    assert shelling and all(e.date_range == ["2022-02-14", "2022-02-20"] for e in shelling)
    assert all(e.date_precision == "week" for e in shelling)


def test_rows_carry_evidence_and_outlet(events, shared):
    text = (shared / SEED).read_text(encoding="utf-8")
    for e in events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.sentence
        assert e.attribution.outlet  # at least the closing "Source: Agencies"


def test_reaction_via_sputnik_and_defence_ministry_statements(events):
    reactions = [e for e in events if e.trigger == "reacted"]
    assert reactions and reactions[0].source.code == "RUSGOV" and reactions[0].cameo == "010"
    assert reactions[0].attribution.outlets[:2] == ["Sputnik", "Agencies"]
    stressed = [e for e in events if e.attribution.cue == "stressed"]
    assert stressed and all(e.attribution.speaker.code == "RUSMIL" for e in stressed)


def test_request_is_dated_22_february(events):
    requests = [e for e in events if e.cameo.startswith("02") and e.source and e.source.code == "UKRGOV"]
    assert requests and requests[0].date == "2022-02-22"


def test_the_lpr_accuses_kiev(events):
    """ "with the LPR saying that the OSCE recorded Kiev violating humanitarian law"."""
    rows = [e for e in _find(events, "112", "UKRREB", "UKRGOV") if e.source.name == "Lugansk People's Republic"]
    assert rows and rows[0].modality == "asserted"
