import json

from newsevents.cli import main

EXAMPLE = "examples/wikinews-kurds-turkey-syria.txt"


def test_table_output_on_bundled_example(capsys):
    assert main(["code", EXAMPLE, "--published", "2019-10-15"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["article", "date", "source", "cameo"]


def test_jsonl_and_json_agree(capsys):
    main(["code", EXAMPLE, "--published", "2019-10-15", "--format", "jsonl"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    main(["code", EXAMPLE, "--published", "2019-10-15", "--format", "json"])
    assert json.loads(capsys.readouterr().out) == rows
    assert rows and all(r["article_id"] == "wikinews-kurds-turkey-syria" for r in rows)
    assert {"event_id", "cameo", "goldstein", "quad_class", "plover", "attribution", "evidence", "rule"} <= set(rows[0])


def test_batch_with_bad_files_reports_and_continues(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Armenia cut diplomatic ties with Azerbaijan on Monday.", encoding="utf-8")
    code = main(["code", str(tmp_path), str(tmp_path / "nope.txt"), "--published", "2020-09-28", "--format", "jsonl"])
    captured = capsys.readouterr()
    assert code == 1
    assert f"{tmp_path / 'empty.txt'}: empty article" in captured.err
    assert f"{tmp_path / 'nope.txt'}: no such file" in captured.err
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert rows and rows[0]["article_id"] == "ok" and rows[0]["date"] == "2020-09-28"


def test_bad_published_date_is_a_usage_error(capsys):
    assert main(["code", EXAMPLE, "--published", "2022-13-45"]) == 2
    assert "--published" in capsys.readouterr().err


def test_code_rows_do_not_depend_on_workers(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    texts = [
        "Armenia cut diplomatic ties with Azerbaijan on Monday.",
        "Police arrested dozens of protesters in Minsk on Sunday, the interior ministry said.",
        "France and Germany condemned the Russian invasion of Ukraine.",
    ]
    corpus.write_text(
        "\n".join(json.dumps({"id": f"t{i}", "text": t, "published": "2022-03-01"}) for i, t in enumerate(texts))
    )
    outputs = []
    for workers in ("1", "2"):
        assert main(["code", str(corpus), "--workers", workers, "--format", "jsonl"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] and outputs[0]


def test_serve_and_eval_commands_exist():
    from newsevents.cli import _parser

    args = _parser().parse_args(["serve", "--db", "x.duckdb", "--port", "8123"])
    assert args.command == "serve" and args.host == "127.0.0.1" and not args.allow_ingest
    args = _parser().parse_args(["eval", "petrarch-suite", "records.xml"])
    assert args.command == "eval" and args.suite == "petrarch-suite"


def test_petrarch_suite_reading_and_scoring(shared, capsys):
    from newsevents.evaluate import read_suite

    path = shared / "data" / "petrarch2" / "text" / "PETR.UnitTest.records.xml"
    env, records = read_suite(path)
    assert env["Actorfile"] == "PETR.Validate.actors.txt" and len(records) > 250
    demo = next(r for r in records if r.id == "DEMO-00")
    assert demo.expected == {("ARN", "GON", "064")} and demo.text.startswith("Arnor is about to restore")
    assert main(["eval", "petrarch-suite", str(path)]) == 0
    assert "records; exact match" in capsys.readouterr().out
