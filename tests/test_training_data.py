"""The training-data converters: GUM named entities and UD multi-word tokens."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

from gum_entities import gum_entities  # noqa: E402
from gum_names import gum_name_entities, person_titles  # noqa: E402


def test_gum_named_mentions_only_outermost_and_single_tokens():
    sent = SimpleNamespace(
        words=["The", "University", "of", "Sydney", "hired", "Geneva", "experts", "and", "she", "agreed"],
        pos=["DET", "PROPN", "ADP", "PROPN", "VERB", "PROPN", "NOUN", "CCONJ", "PRON", "VERB"],
    )
    misc = [
        "Entity=(1-organization-new-x-cf1-1-coref",
        "_",
        "_",
        "Entity=(2-place-new-x-cf2-1-sgl-Sydney)1)",
        "_",
        "Entity=(3-person-new-x-cf3-2-sgl(4-place-new-x-cf4-1-sgl-Geneva)",
        "Entity=3)",
        "_",
        "Entity=(5-person-giv-x-cf5-1-coref)",
        "_",
    ]
    tags = gum_entities(sent, misc)
    assert tags[:4] == ["O", "B-ORG", "I-ORG", "I-ORG"]  # "The" left out, "Sydney" inside the ORG
    assert tags[5] == "B-LOC" and tags[6] == "O"  # "Geneva experts" is no name; "Geneva" is
    assert tags[8] == "O"  # "she" is a mention, not a name


def test_gum_names_by_xpos_and_without_possessive():
    sent = SimpleNamespace(
        words=["the", "United", "States", "'s", "army"],
        pos=["DET", "VERB", "PROPN", "PART", "NOUN"],
        tags=["DT", "NNP", "NNPS", "POS", "NN"],
    )
    misc = ["Entity=(1-person-new-x-cf1-1-coref(2-place-new-x-cf2-1-coref", "_", "_", "Entity=2)", "Entity=1)"]
    assert gum_entities(sent, misc) == ["O", "B-LOC", "I-LOC", "O", "O"]


def test_gum_name_spans_leave_titles_out_and_break_at_locative_phrases():
    """ "Environment Minister John Baird" (one person mention) -> the name "John Baird";
    "Castlefrank Road in Kanata" (one place mention, "Kanata" nested) -> two names."""
    sent = SimpleNamespace(
        words=["Environment", "Minister", "John", "Baird", "visited", "Castlefrank", "Road", "in", "Kanata"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN"],
    )
    misc = [
        "Entity=(1-person-new-x-cf1-4-coref",
        "_",
        "_",
        "Entity=1)",
        "_",
        "Entity=(2-place-new-x-cf2-4-sgl",
        "_",
        "_",
        "Entity=(3-place-new-x-cf3-1-sgl-Kanata)2)",
    ]
    assert gum_entities(sent, misc)[:4] == ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"]
    tags = gum_name_entities(sent, misc, person_titles())
    assert tags == ["O", "O", "B-PERSON", "I-PERSON", "O", "B-LOC", "I-LOC", "O", "B-LOC"]


def test_ud_multiword_tokens_become_syntactic_words(tmp_path):
    import convert

    path = tmp_path / "t.conllu"
    path.write_text(
        "# sent_id = s1\n# text = I don't know.\n"
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n",
        encoding="utf-8",
    )
    (sent,) = list(convert.read_conllu(path))
    assert sent.words == ["I", "do", "n't", "know", "."]
    assert sent.spaces == [True, False, True, False, True]
    assert sent.heads == [4, 4, 4, 0, 4]
