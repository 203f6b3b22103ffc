"""The corpus path: ingest into DuckDB, idempotence, resume, workers, Dask, query, export."""

from __future__ import annotations

import csv
import json

import pytest

from newsevents.batch import ingest
from newsevents.cli import main
from newsevents.ingest import read_inputs
from newsevents.store import EventStore

ARTICLES = [
    {
        "id": "a1",
        "published": "2022-02-24",
        "outlet": "Wire A",
        "text": "Ukraine cut diplomatic ties with Russia on Thursday, the president said.",
    },
    {
        "id": "a2",
        "published": "2022-02-24",
        "outlet": "Wire B",
        "text": "Ukraine has severed diplomatic relations with Russia, officials said on Thursday.",
    },
    {
        "id": "a3",
        "published": "2021-05-11",
        "outlet": "Wire A",
        "text": "Hamas fired rockets at Israel. Israeli warplanes attacked Hamas targets in Gaza on Tuesday.",
    },
    {"id": "a4", "published": "2020-01-08", "text": "Iran did not attack American troops, the ministry said."},
]


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(a) for a in ARTICLES] + ['{"id": "bad"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ingest(corpus, db, **kwargs):
    with EventStore(db) as store:
        report = ingest(read_inputs([str(corpus)]), store, progress=False, **kwargs)
        rows = store.query("SELECT * EXCLUDE (record) FROM events ORDER BY article_key, event_id")[1]
    return report, rows


def test_ingest_is_idempotent_and_records_errors(corpus, tmp_path):
    db = tmp_path / "e.duckdb"
    first, rows = _ingest(corpus, db)
    assert first.stored == 4 and first.failed == 1 and rows
    again, rows_again = _ingest(corpus, db)
    assert again.stored == 0 and again.skipped == 4
    assert rows_again == rows
    with EventStore(db, read_only=True) as store:
        assert store.query("SELECT count(*) FROM errors")[1] == [(1,)]


def test_resume_after_partial_run_adds_only_the_rest(corpus, tmp_path):
    db = tmp_path / "e.duckdb"
    partial = tmp_path / "partial.jsonl"
    partial.write_text("\n".join(corpus.read_text().splitlines()[:2]) + "\n", encoding="utf-8")
    _ingest(partial, db)
    report, rows = _ingest(corpus, db)
    assert report.skipped == 2 and report.stored == 2
    _, fresh_rows = _ingest(corpus, tmp_path / "fresh.duckdb")
    assert sorted(rows) == sorted(fresh_rows)


def test_rows_do_not_depend_on_workers_or_engine(corpus, tmp_path):
    _, one = _ingest(corpus, tmp_path / "one.duckdb", workers=1)
    _, two = _ingest(corpus, tmp_path / "two.duckdb", workers=2)
    assert one == two
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        _, on_dask = _ingest(corpus, tmp_path / "dask.duckdb", engine="dask", scheduler=cluster.scheduler_address)
    assert on_dask == one


def test_cross_article_dedup_counts_mentions_and_sources(corpus, tmp_path):
    db = tmp_path / "e.duckdb"
    _ingest(corpus, db)
    with EventStore(db, read_only=True) as store:
        _, rows = store.query(
            "SELECT num_mentions, num_sources, num_articles FROM global_events WHERE cameo = '161' "
            "AND source_code LIKE 'UKR%' AND target_code LIKE 'RUS%'"
        )
    assert rows == [(2, 2, 2)]


def test_query_forms_and_exports(corpus, tmp_path, capsys):
    db = str(tmp_path / "e.duckdb")
    _ingest(corpus, db)
    assert main(["query", "--db", db, "--dyad", "UKR", "RUS", "--format", "jsonl"]) == 0
    dyad = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert dyad and all(r["source_code"].startswith("UKR") for r in dyad)
    assert main(["query", "--db", db, "--code", "19", "--asserted-only", "--format", "jsonl"]) == 0
    attacks = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert attacks and all(not r["negated"] for r in attacks)
    assert not any(r["source_code"].startswith("IRN") for r in attacks)  # the denied attack
    assert main(["query", "--db", db, "--text", "severed", "--format", "jsonl"]) == 0
    found = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["article_id"] for r in found} == {"a2"}  # the severing and the statement reporting it
    assert main(["query", "--db", db, "--dyad", "UKR", "RUS", "--by", "day", "--format", "csv"]) == 0
    assert "2022-02-24" in capsys.readouterr().out
    gdelt = tmp_path / "events.tsv"
    assert main(["export", "--db", db, "--format", "gdelt", "--out", str(gdelt)]) == 0
    rows = list(csv.reader(gdelt.open(), delimiter="\t"))
    assert rows and all(len(r) == 61 for r in rows)
    ukr = [r for r in rows if r[5].startswith("UKR") and r[26] == "161"]
    assert ukr and ukr[0][1] == "20220224" and ukr[0][31:34] == ["2", "2", "2"]
    for fmt in ("csv", "parquet", "jsonl"):
        out = tmp_path / f"events.{fmt}"
        assert main(["export", "--db", db, "--format", fmt, "--out", str(out)]) == 0
        assert out.stat().st_size > 0


def test_gdelt_layout_matches_the_shared_header(shared):
    from newsevents.export.gdelt import COLUMNS

    header = shared / "data" / "formats" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
    names = [row["tableId"] for row in csv.DictReader(header.open(encoding="utf-8"))]
    assert list(COLUMNS) == names
