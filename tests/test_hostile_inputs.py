"""Every hostile input gives a clear error naming it, or a sensible result; never a crash or hang."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date

import pytest
from hostile import cases

from newsevents.records import Article

EXPECTED_ERRORS = {
    "empty file": "empty article",
    "whitespace only": "empty article",
    "binary (PNG header)": "binary file",
    "truncated UTF-8": "not valid UTF-8",
    "Latin-1": "not valid UTF-8",
    "50 MB text": "article too long",
    "Russian text": "not English (mostly Cyrillic script); skipped",
    "Arabic text": "not English (mostly Arabic script); skipped",
    "Chinese text": "not English (mostly Cjk script); skipped",
}
CODED = {"UTF-16 with BOM", "deeply nested HTML (20,000 divs)", "malformed HTML", "HTML with scripts"}


def _code(path, *extra):
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "newsevents.cli", "code", str(path), "--format", "jsonl", "--workers", "1", *extra],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return proc, time.monotonic() - started


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    paths = {}
    for name, (filename, data) in cases().items():
        (root / filename).write_bytes(data)
        paths[name] = root / filename
    return root, paths


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_bad_input_gives_one_clear_error(written, name):
    _, paths = written
    proc, _ = _code(paths[name])
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(paths[name]) in lines[0] and EXPECTED_ERRORS[name] in lines[0], proc.stderr


@pytest.mark.parametrize("name", sorted(CODED))
def test_odd_but_valid_input_is_coded(written, name):
    _, paths = written
    proc, _ = _code(paths[name])
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert any(r["cameo"] == "161" and r["source"]["code"] == "ARM" for r in rows)
    assert not any("Russia" in r["evidence"]["sentence"] for r in rows)  # script content is never text


def test_run_on_sentence_is_bounded(written):
    _, paths = written
    proc, seconds = _code(paths["10,000-character sentence without punctuation"])
    assert proc.returncode == 0 and proc.stdout == "" and seconds < 60


def test_jsonl_problems_are_reported_per_line_and_the_rest_is_coded(written):
    _, paths = written
    name = "JSONL with broken lines, missing fields, bad and future dates, duplicate ids"
    proc, _ = _code(paths[name])
    assert proc.returncode == 1
    errors = proc.stderr
    for line, problem in ((2, "invalid JSON"), (3, "missing 'text'"), (4, "bad date"), (8, "not a JSON object")):
        assert f"mixed.jsonl:{line}: {problem}" in errors
    assert "mixed.jsonl:5: publication date 2099-01-01 is in the future" in errors
    coded = {json.loads(line)["article_id"] for line in proc.stdout.splitlines()}
    assert {"ok", "dup"} <= coded


def test_a_directory_of_hostile_files_is_coded_in_one_run(written):
    root, _ = written
    proc, _ = _code(root, "--max-chars", "2000000")
    assert proc.returncode == 1  # some inputs failed, and the exit code says so
    assert len(proc.stderr.strip().splitlines()) >= len(EXPECTED_ERRORS) + 3
    assert proc.stdout  # and the good ones were coded


def test_a_non_breaking_space_between_words_is_no_name(pipeline):
    """ "A jury\\xa0convicted Blankenship": the space is a token of its own, tagged as a name at
    times; it must neither crash the coder nor stand for anyone."""
    text = (
        "Businessman Don Blankenship of West Virginia was chairman of Massey Energy. "
        "A jury\xa0convicted Blankenship of conspiracy, and he received a prison sentence in 2016. "
        "He maintains his innocence and blames federal regulators for the disaster."
    )
    rows = pipeline.code_article(Article(id="nbsp", text=text, published=date(2020, 6, 1)))
    assert all((e.source.text if e.source else "").strip() for e in rows)
