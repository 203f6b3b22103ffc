"""PETRARCH/TABARI dictionaries: formats, dates, replacement of the built-in knowledge."""

from __future__ import annotations

import json
from datetime import date

from newsevents.actors import ActorResolver, build, load_actors, load_agents, load_discards
from newsevents.cli import main
from newsevents.language import word_tokenizer

ACTORS = """<!-- a comment block -->
UKRAINE_ [UKR]
+KYIV_
VOLODYMYR_ZELENSKY_ # a trailing comment
\t[UKRELI 780125-190520]
\t[UKRGOV >190520]
ARMENIA_ [ARM]
AZERBAIJAN_ [AZE]
THE_BALTIC_STATES_ [EST/LVA/LTU]
"""
AGENTS = """!MINIST! = MINISTER, MINISTRY
FOREIGN_!MINIST! [~GOV]
BORDER_GUARD {} [~MIL]
AID_GROUP {} [NGO~]
"""
DISCARDS = """+FOOTBALL_MATCH
FIRST SEED
"""


def _tokenize(pipeline):
    return word_tokenizer(pipeline.nlp)


def test_actor_dictionary_with_dated_roles(pipeline, tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    kb = build(_tokenize(pipeline), parts=())
    report = load_actors(path, kb, _tokenize(pipeline))
    assert report.codes == 6 and report.dated == 2 and not report.skipped
    before = kb.lookup(("VOLODYMYR", "ZELENSKY"), date(2018, 1, 1), case_insensitive=True)
    after = kb.lookup(("VOLODYMYR", "ZELENSKY"), date(2022, 1, 1), case_insensitive=True)
    assert before.code == "UKRELI" and after.code == "UKRGOV"
    assert kb.lookup(("KYIV",), None, case_insensitive=True).code == "UKR"


def test_agents_macros_and_discards(pipeline, tmp_path):
    (tmp_path / "agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "discards.txt").write_text(DISCARDS, encoding="utf-8")
    kb = build(_tokenize(pipeline), parts=())
    load_agents(tmp_path / "agents.txt", kb, _tokenize(pipeline))
    load_discards(tmp_path / "discards.txt", kb, _tokenize(pipeline))
    assert kb.sectors[("foreign", "minister")] == "GOV" and kb.sectors[("foreign", "ministry")] == "GOV"
    assert kb.sectors[("border", "guards")] == "MIL"
    assert ("FOOTBALL", "MATCH") in kb.story_discards and ("FIRST", "SEED") in kb.sentence_discards


def test_dictionary_names_match_case_insensitively(pipeline, tmp_path, parse_full):
    path = tmp_path / "actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    kb = build(_tokenize(pipeline), parts=("sectors",))
    load_actors(path, kb, _tokenize(pipeline))
    doc = parse_full("Ukraine's foreign ministry condemned the attack.")
    resolver = ActorResolver(kb, doc, date(2022, 1, 1))
    root = next(t for t in doc.tokens if t.dep == "root")
    (actor,) = resolver.subjects(root.i)
    assert actor.code == "UKRGOV"


def test_joint_actors_and_prefixed_agents(pipeline, tmp_path, parse_full):
    """ "[EST/LVA/LTU]" acts as each member; an agent written "NGO~" goes before the country."""
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "agents.txt").write_text(AGENTS, encoding="utf-8")
    kb = build(_tokenize(pipeline), parts=())
    load_actors(tmp_path / "actors.txt", kb, _tokenize(pipeline))
    load_agents(tmp_path / "agents.txt", kb, _tokenize(pipeline))
    doc = parse_full("The Baltic states condemned Armenia's aid group.")
    resolver = ActorResolver(kb, doc, date(2022, 1, 1))
    root = next(t for t in doc.tokens if t.dep == "root")
    assert {a.code for a in resolver.subjects(root.i)} == {"EST", "LVA", "LTU"}
    obj = next(t for t in doc.tokens if t.dep == "obj")
    assert [a.code for a in resolver.resolve_with_conjuncts(obj.i)] == ["NGOARM"]


def test_cli_dictionaries_replace_the_builtin_knowledge(tmp_path, capsys):
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "discards.txt").write_text(DISCARDS, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Armenia cut diplomatic ties with Azerbaijan. Russia cut ties with Georgia.", encoding="utf-8")
    base = ["code", str(article), "--published", "2020-09-28", "--format", "jsonl", "--workers", "1"]
    assert main(base + ["--actors", str(tmp_path / "actors.txt")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["source"]["code"] for r in rows if r["cameo"] == "161"} == {"ARM"}  # Russia is unknown now
    assert main(base + ["--actors", str(tmp_path / "actors.txt"), "--with-builtin"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["source"]["code"] for r in rows if r["cameo"] == "161"} == {"ARM", "RUS"}
    article.write_text("Armenia cut diplomatic ties with Azerbaijan after the football match.", encoding="utf-8")
    assert main(base + ["--discards", str(tmp_path / "discards.txt")]) == 0
    assert capsys.readouterr().out == ""
    assert main(base + ["--actors", str(tmp_path / "missing.txt")]) == 2


def test_phoenix_dictionaries_load_completely(shared, pipeline):
    folder = shared / "data" / "petrarch2" / "dictionaries"
    kb = build(_tokenize(pipeline), parts=())
    totals = {}
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        report = load_actors(folder / name, kb, _tokenize(pipeline))
        totals[name] = (report.codes, report.skipped)
    assert totals["Phoenix.Countries.actors.txt"][0] > 28_000
    # the one code left out carries a malformed date in the file itself (">201005011")
    assert all(len(skipped) <= 1 for _, skipped in totals.values())
    agents = load_agents(folder / "Phoenix.agents.txt", kb, _tokenize(pipeline))
    assert agents.codes > 2000
    assert load_discards(folder / "Phoenix.discards.txt", kb, _tokenize(pipeline)).names > 500
