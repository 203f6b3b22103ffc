import importlib.util
import json
from pathlib import Path

from newsevents.language import DEFAULT_MODEL_PATH, load_pipeline
from newsevents.language.labels import normalise
from newsevents.resources import path as resource_path


def test_shipped_model_loads_and_parses(parse_full):
    doc = parse_full("Russia recognised the two republics on Monday. The government said it would appeal.")
    assert len(doc.sentences) == 2
    subject = next(t for t in doc.tokens if t.dep == "nsubj" and t.text == "Russia")
    assert doc.tokens[subject.head].text == "recognised"
    assert doc.tokens[subject.head].pos == "VERB"


def test_shipped_model_records_its_recipe():
    meta = json.loads((DEFAULT_MODEL_PATH / "meta.json").read_text())
    assert meta["lang"] == "en"
    assert {"parser", "tagger", "morphologizer"} <= set(meta["pipeline"])
    training = Path(resource_path("..")).resolve().parent / "training"
    if (training / "package_model.py").exists():  # a source checkout: the model must come from this recipe
        spec = importlib.util.spec_from_file_location("package_model", training / "package_model.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert meta["newsevents_recipe"] == module.recipe_hash()


def test_paragraphs_keep_article_offsets(pipeline):
    text = "Title line\n\nPolice arrested ten people in Lagos.\nThe army denied it."
    (doc,) = pipeline.parse([text])
    for sent in doc.sentences:
        assert text[sent.start_char : sent.end_char] == sent.text
    for tok in doc.tokens:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text


def test_clearnlp_prepositions_are_reheaded_to_ud():
    # "Troops fired on the town": ClearNLP attaches "on" to the verb and "town" to "on".
    words = ["Troops", "fired", "on", "the", "town"]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj"]
    heads = [1, 1, 1, 4, 2]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN"]
    new_deps, new_heads = normalise(deps, heads, pos)
    assert new_deps == ["nsubj", "root", "case", "det", "obl"]
    assert new_heads[4] == 1 and new_heads[2] == 4
    assert len(words) == len(new_deps)


def test_load_pipeline_rejects_a_pipeline_without_parser(tmp_path):
    import spacy

    from newsevents.language.model import ModelError

    spacy.blank("en").to_disk(tmp_path / "blank")
    try:
        load_pipeline(str(tmp_path / "blank"))
    except ModelError as err:
        assert "no dependency parser" in str(err)
    else:
        raise AssertionError("a pipeline without a parser must be refused")


def test_gazetteer_layer_overwrites_model_entities():
    import spacy

    from newsevents.actors import build
    from newsevents.language.gazetteer import add_gazetteer

    nlp = spacy.blank("en")
    kb = build(lambda text: [t.text for t in nlp.tokenizer(text)])
    add_gazetteer(nlp, kb.entity_patterns())
    doc = nlp("Hamas and the European Union condemned Iranian threats against Lebanon.")
    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("Hamas", "ORG"),
        ("European Union", "ORG"),
        ("Iranian", "MISC"),
        ("Lebanon", "LOC"),
    }


def test_two_subjects_with_a_comma_between_are_a_name_and_its_apposition():
    from newsevents.language.labels import repair

    words = ["Jan", "Kowalski", ",", "the", "mayor", ",", "said", "so"]
    deps = ["nsubj", "flat", "punct", "det", "nsubj", "punct", "root", "advmod"]
    heads = [6, 0, 0, 4, 6, 4, 6, 6]
    fixed, new_heads = repair(deps, heads, words)
    assert fixed[4] == "appos" and new_heads[4] == 0 and fixed[0] == "nsubj"
    # subjects of different predicates, or without a comma between them, stay
    assert repair(["nsubj", "nsubj", "root"], [2, 2, 2], ["A", "B", "said"])[0] == ["nsubj", "nsubj", "root"]


def test_a_noun_root_with_a_lone_participle_becomes_a_clause():
    from newsevents.language.labels import repair

    words = ["Thousands", "of", "students", "protested", "in", "Belgrade", "."]
    pos = ["NOUN", "ADP", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    deps = ["root", "case", "nmod", "acl", "case", "obl", "punct"]
    heads = [0, 2, 0, 2, 5, 3, 0]
    fixed, new_heads = repair(deps, heads, words, pos)
    assert fixed[3] == "root" and fixed[0] == "nsubj" and new_heads[0] == 3 and new_heads[6] == 3
    # with a verb of its own ("... were buried."), the participle stays a modifier
    words = ["People", "killed", "there", "were", "buried", "."]
    pos = ["NOUN", "VERB", "ADV", "AUX", "VERB", "PUNCT"]
    deps = ["nsubj:pass", "acl", "advmod", "aux:pass", "root", "punct"]
    assert repair(deps, [4, 0, 1, 4, 4, 4], words, pos)[0] == deps


def test_a_perfect_participle_read_as_an_adjective_becomes_the_verb():
    from newsevents.language.labels import repair

    # "Ethiopia has broken relations with Libya ." with "has" as the main verb
    words = ["Ethiopia", "has", "broken", "relations", "with", "Libya", "."]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    deps = ["nsubj", "root", "amod", "obj", "case", "nmod", "punct"]
    fixed, new_heads = repair(deps, [1, 1, 3, 1, 5, 3, 1], words, pos)
    assert fixed[2] == "root" and new_heads[2] == 2
    assert (fixed[1], new_heads[1]) == ("aux", 2) and (fixed[3], new_heads[3]) == ("obj", 2)
    assert new_heads[0] == 2 and new_heads[6] == 2
    # an adjective participle with no perfect auxiliary stays one ("the broken relations")
    words = ["They", "mended", "the", "broken", "relations", "."]
    pos = ["PRON", "VERB", "DET", "VERB", "NOUN", "PUNCT"]
    deps = ["nsubj", "root", "det", "amod", "obj", "punct"]
    assert repair(deps, [1, 1, 4, 4, 1, 1], words, pos)[0] == deps


def test_a_verb_inside_a_verbless_noun_phrase_becomes_the_clause():
    from newsevents.language.labels import repair

    words = ["Police", "used", "force", "against", "protesters", "."]
    pos = ["NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"]
    deps = ["compound", "amod", "root", "case", "nmod", "punct"]
    fixed, new_heads = repair(deps, [2, 2, 2, 4, 2, 2], words, pos)
    assert (fixed[1], fixed[0], fixed[2]) == ("root", "nsubj", "obj") and new_heads[0] == 1 and new_heads[5] == 1
    # a sentence with a verb of its own keeps its adjectival participle
    words = ["Russian", "troops", "used", "force", "."]
    deps = ["amod", "nsubj", "root", "obj", "punct"]
    assert repair(deps, [1, 2, 2, 2, 2], words, ["ADJ", "NOUN", "VERB", "NOUN", "PUNCT"])[0] == deps


def test_a_first_word_read_as_a_verb_before_a_subject_is_a_name():
    from newsevents.language.labels import repair

    # "Arnor security officials are about to act ." with "Arnor" read as an imperative root
    words = ["Arnor", "security", "officials", "are", "about", "to", "act", "."]
    pos = ["VERB", "NOUN", "NOUN", "AUX", "ADJ", "PART", "VERB", "PUNCT"]
    deps = ["root", "compound", "nsubj", "cop", "ccomp", "mark", "xcomp", "punct"]
    fixed, new_heads = repair(deps, [0, 2, 4, 4, 0, 6, 4, 0], words, pos)
    assert (fixed[0], new_heads[0]) == ("compound", 2) and fixed[4] == "root" and new_heads[7] == 4
    # a real first verb with its own subject later stays ("Asked about it, officials declined ...")
    words = ["Asked", "about", "it", ",", "officials", "declined", "."]
    pos = ["VERB", "ADP", "PRON", "PUNCT", "NOUN", "VERB", "PUNCT"]
    deps = ["advcl", "case", "obl", "punct", "nsubj", "root", "punct"]
    assert repair(deps, [5, 2, 0, 0, 5, 5, 5], words, pos)[0] == deps


def test_a_clause_after_a_subordinator_read_as_a_phrase_becomes_a_clause():
    from newsevents.language.labels import repair

    # "The move comes after the EU sanctioned Iran ." with "after the EU" as an oblique
    words = ["The", "move", "comes", "after", "the", "EU", "sanctioned", "Iran", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "VERB", "PROPN", "PUNCT"]
    deps = ["det", "nsubj", "root", "case", "det", "obl", "conj", "obj", "punct"]
    fixed, new_heads = repair(deps, [1, 2, 2, 5, 5, 2, 2, 6, 2], words, pos)
    assert (fixed[6], new_heads[6]) == ("advcl", 2)
    assert (fixed[5], new_heads[5]) == ("nsubj", 6) and (fixed[3], new_heads[3]) == ("mark", 6)
    # a verb with its own subject is left alone
    words2 = ["The", "move", "comes", "after", "talks", "and", "Iran", "agreed", "."]
    pos2 = ["DET", "NOUN", "VERB", "ADP", "NOUN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    deps2 = ["det", "nsubj", "root", "case", "obl", "cc", "nsubj", "conj", "punct"]
    assert repair(deps2, [1, 2, 2, 4, 2, 7, 7, 2, 2], words2, pos2)[0] == deps2


def test_a_verb_coordinated_with_a_noun_joins_the_verb_above_it():
    from newsevents.language.labels import repair

    # "Washington labeled him a terrorist and levied sanctions ." with "levied" under "terrorist"
    words = ["Washington", "labeled", "him", "a", "terrorist", "and", "levied", "sanctions", "."]
    pos = ["PROPN", "VERB", "PRON", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    deps = ["nsubj", "root", "obj", "det", "xcomp", "cc", "conj", "obj", "punct"]
    fixed, new_heads = repair(deps, [1, 1, 1, 4, 1, 6, 4, 6, 1], words, pos)
    assert (fixed[6], new_heads[6]) == ("conj", 1)
