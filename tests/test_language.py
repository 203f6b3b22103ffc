import importlib.util
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from newsevents.language import DEFAULT_MODEL_PATH, load_pipeline
from newsevents.language.labels import normalise, repair
from newsevents.language.morphology import inflections
from newsevents.language.quotes import quote_spans
from newsevents.records import Article
from newsevents.resources import path as resource_path


def test_shipped_model_loads_and_parses(parse_full):
    doc = parse_full("Russia recognised the two republics on Monday. The government said it would appeal.")
    assert len(doc.sentences) == 2
    subject = next(t for t in doc.tokens if t.dep == "nsubj" and t.text == "Russia")
    assert doc.tokens[subject.head].text == "recognised"
    assert doc.tokens[subject.head].pos == "VERB"


def test_a_quote_mark_between_letters_is_an_apostrophe():
    """Old encodings print "don't" as 'don"t': that mark opens no quotation, so the real
    quotation around it stays whole and the words after it stay outside."""
    text = '"We don"t see a problem," the minister said. "We have run it past the firms."'
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ['"We don"t see a problem,"', '"We have run it past the firms."']


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


def test_unparsed_sentences_still_name_people(pipeline):
    """A sentence with no event trigger is not parsed, but its names are found, so that a
    later "Affleck said" or "he" can be resolved to the person it introduced."""
    doc = pipeline.parse(["The film starred Ben Affleck and Alan Arkin.\n\nAffleck condemned the attack."])[0]
    first = doc.sentences[0]
    assert not first.parsed
    names = [t for t in doc.tokens[first.start : first.end] if t.ent_type == "PERSON"]
    assert names and all(t.pos == "PROPN" for t in names)
    assert all(t.dep == "" for t in doc.tokens[first.start : first.end])


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


def test_gazetteer_layer_fills_in_names_and_keeps_the_model_s():
    import spacy
    from spacy.language import Language

    from newsevents.actors import build
    from newsevents.language.gazetteer import add_gazetteer

    @Language.component("test_model_entity")
    def model_entity(doc):  # stands for the statistical NER finding one longer name
        doc.ents = [doc.char_span(0, len("the European Union Council"), label="ORG")]
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("test_model_entity")
    kb = build(lambda text: [t.text for t in nlp.tokenizer(text)])
    add_gazetteer(nlp, kb.entity_patterns())
    doc = nlp("the European Union Council and Hamas condemned Iranian threats against Lebanon.")
    assert {(e.text, e.label_) for e in doc.ents} == {
        ("the European Union Council", "ORG"),
        ("Hamas", "ORG"),
        ("Iranian", "MISC"),
        ("Lebanon", "LOC"),
    }


def test_two_subjects_with_a_comma_between_are_a_name_and_its_apposition():

    words = ["Jan", "Kowalski", ",", "the", "mayor", ",", "said", "so"]
    deps = ["nsubj", "flat", "punct", "det", "nsubj", "punct", "root", "advmod"]
    heads = [6, 0, 0, 4, 6, 4, 6, 6]
    fixed, new_heads = repair(deps, heads, words)
    assert fixed[4] == "appos" and new_heads[4] == 0 and fixed[0] == "nsubj"
    # subjects of different predicates, or without a comma between them, stay
    assert repair(["nsubj", "nsubj", "root"], [2, 2, 2], ["A", "B", "said"])[0] == ["nsubj", "nsubj", "root"]


def test_a_noun_root_with_a_lone_participle_becomes_a_clause():

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


def _tree(spec: str) -> tuple[list[str], list[str], list[str], list[int]]:
    """ "Ethiopia/PROPN/nsubj/1 has/AUX/root/1 ...": words, tags, labels and heads of a parse."""
    rows = [token.rsplit("/", 3) for token in spec.split()]
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [int(r[3]) for r in rows]


# weak parses the language stage mends, each with the words whose attachment changes
# (index: (label, head)), and parses it must leave alone
REPAIRS = [
    pytest.param(  # a perfect participle read as an adjective of the next noun
        "Ethiopia/PROPN/nsubj/1 has/AUX/root/1 broken/VERB/amod/3 relations/NOUN/obj/1 with/ADP/case/5 "
        "Libya/PROPN/nmod/3 ./PUNCT/punct/1",
        {2: ("root", 2), 1: ("aux", 2), 3: ("obj", 2), 0: ("nsubj", 2), 6: ("punct", 2)},
        id="perfect-participle",
    ),
    pytest.param(
        "They/PRON/nsubj/1 mended/VERB/root/1 the/DET/det/4 broken/VERB/amod/4 relations/NOUN/obj/1 ./PUNCT/punct/1",
        {},
        id="adjectival-participle-stays",
    ),
    pytest.param(  # a verbless sentence read as one noun phrase with a verb inside
        "Police/NOUN/compound/2 used/VERB/amod/2 force/NOUN/root/2 against/ADP/case/4 protesters/NOUN/nmod/2 "
        "./PUNCT/punct/2",
        {1: ("root", 1), 0: ("nsubj", 1), 2: ("obj", 1), 5: ("punct", 1)},
        id="verb-inside-noun-phrase",
    ),
    pytest.param(
        "Russian/ADJ/amod/1 troops/NOUN/nsubj/2 used/VERB/root/2 force/NOUN/obj/2 ./PUNCT/punct/2",
        {},
        id="clause-with-its-verb-stays",
    ),
    pytest.param(  # a capitalised first word read as an imperative before a subject
        "Arnor/VERB/root/0 security/NOUN/compound/2 officials/NOUN/nsubj/4 are/AUX/cop/4 about/ADJ/ccomp/0 "
        "to/PART/mark/6 act/VERB/xcomp/4 ./PUNCT/punct/0",
        {0: ("compound", 2), 4: ("root", 4), 7: ("punct", 4)},
        id="name-read-as-verb",
    ),
    pytest.param(
        "Asked/VERB/advcl/5 about/ADP/case/2 it/PRON/obl/0 ,/PUNCT/punct/0 officials/NOUN/nsubj/5 "
        "declined/VERB/root/5 ./PUNCT/punct/5",
        {},
        id="opening-participle-stays",
    ),
    pytest.param(  # "after the EU sanctioned Iran" read as "after the EU" plus a subjectless verb
        "The/DET/det/1 move/NOUN/nsubj/2 comes/VERB/root/2 after/ADP/case/5 the/DET/det/5 EU/PROPN/obl/2 "
        "sanctioned/VERB/conj/2 Iran/PROPN/obj/6 ./PUNCT/punct/2",
        {6: ("advcl", 2), 5: ("nsubj", 6), 3: ("mark", 6)},
        id="clause-after-subordinator",
    ),
    pytest.param(
        "The/DET/det/1 move/NOUN/nsubj/2 comes/VERB/root/2 after/ADP/case/4 talks/NOUN/obl/2 and/CCONJ/cc/7 "
        "Iran/PROPN/nsubj/7 agreed/VERB/conj/2 ./PUNCT/punct/2",
        {},
        id="conjunct-with-its-subject-stays",
    ),
    pytest.param(  # a second subject with its own "and" joins the noun inside the first
        "Lawmakers/NOUN/nsubj/5 in/ADP/case/2 Fornost/PROPN/nmod/0 and/CCONJ/cc/4 Gondor/PROPN/nsubj/5 "
        "welcomed/VERB/root/5 the/DET/det/7 talks/NOUN/obj/5 ./PUNCT/punct/5",
        {4: ("conj", 2)},
        id="second-subject-inside-the-first",
    ),
    pytest.param(  # a subjectless verb coordinated with a noun
        "Washington/PROPN/nsubj/1 labeled/VERB/root/1 him/PRON/obj/1 a/DET/det/4 terrorist/NOUN/xcomp/1 "
        "and/CCONJ/cc/6 levied/VERB/conj/4 sanctions/NOUN/obj/6 ./PUNCT/punct/1",
        {6: ("conj", 1)},
        id="verb-conjunct-on-a-noun",
    ),
    pytest.param(
        "On/ADP/case/1 Monday/PROPN/nsubj/6 the/DET/det/3 leaders/NOUN/appos/1 of/ADP/case/5 "
        "Chile/PROPN/nmod/3 met/VERB/root/6 ./PUNCT/punct/6",
        {1: ("obl", 6), 3: ("nsubj", 6)},
        id="subject-behind-a-preposition",
    ),
    pytest.param(
        "Police/NOUN/nsubj/1 arrested/VERB/root/1 Ana/PROPN/obj/1 ,/PUNCT/punct/4 head/NOUN/conj/2 "
        "of/ADP/case/6 Vox/PROPN/nmod/4 ./PUNCT/punct/1",
        {4: ("appos", 2)},
        id="list-without-conjunction",
    ),
    pytest.param(
        "Troops/NOUN/nsubj/3 burned/VERB/amod/3 Chilean/ADJ/amod/3 homes/NOUN/ccomp/6 ,/PUNCT/punct/3 "
        "officials/NOUN/nsubj/6 said/VERB/root/6 ./PUNCT/punct/6",
        {0: ("nsubj", 1), 1: ("ccomp", 6), 3: ("obj", 1), 4: ("punct", 1)},
        id="verb-read-as-adjective",
    ),
    pytest.param(
        "Fabius/PROPN/root/0 and/CCONJ/cc/3 deputies/NOUN/conj/0 held/VERB/amod/4 talks/NOUN/conj/0 "
        "in/ADP/case/6 Lima/PROPN/nmod/4 ./PUNCT/punct/0",
        {0: ("nsubj", 3), 3: ("root", 3), 4: ("obj", 3), 7: ("punct", 3)},
        id="verb-inside-coordination",
    ),
    pytest.param(
        "Chile/PROPN/nsubj/1 left/VERB/root/1 Peru/PROPN/obj/1 unless/SCONJ/case/4 Lima/PROPN/nmod/2 "
        "paid/VERB/advcl/1 ./PUNCT/punct/1",
        {3: ("mark", 5)},
        id="subordinator-read-as-preposition",
    ),
    pytest.param(  # a list of subjects read as its first item with a relative clause
        "Chile/PROPN/root/0 ,/PUNCT/punct/2 Peru/PROPN/conj/0 ,/PUNCT/punct/4 Bolivia/PROPN/nsubj/7 "
        "and/CCONJ/cc/6 Ecuador/PROPN/conj/4 denied/VERB/acl:relcl/0 charges/NOUN/obj/7 ./PUNCT/punct/0",
        {0: ("nsubj", 7), 4: ("conj", 0), 6: ("conj", 0), 7: ("root", 7), 9: ("punct", 7)},
        id="list-read-as-relative",
    ),
    pytest.param(  # a real relative clause stays: "Chile, which Peru and Bolivia criticised"
        "Chile/PROPN/root/0 ,/PUNCT/punct/4 which/PRON/obj/4 Peru/PROPN/nsubj/4 criticised/VERB/acl:relcl/0 "
        "./PUNCT/punct/0",
        {},
        id="relative-clause-stays",
    ),
    pytest.param(  # a name hung on a fronted place phrase is the subject of the subjectless verb
        "In/ADP/case/1 Lima/PROPN/obl/5 ,/PUNCT/punct/4 Ana/PROPN/compound/4 Ruiz/PROPN/appos/1 "
        "criticized/VERB/root/5 the/DET/det/7 plan/NOUN/obj/5 ./PUNCT/punct/5",
        {4: ("nsubj", 5)},
        id="name-read-as-apposition-of-a-place",
    ),
    pytest.param(  # a name read as the root with the verb a parataxis of it
        "Ana/PROPN/compound/1 Ruiz/PROPN/root/1 ,/PUNCT/punct/4 a/DET/det/4 lawyer/NOUN/appos/1 ,/PUNCT/punct/6 "
        "criticized/VERB/parataxis/1 the/DET/det/8 plan/NOUN/obj/6 ./PUNCT/punct/1",
        {1: ("nsubj", 6), 6: ("root", 6), 9: ("punct", 6)},
        id="name-read-as-root",
    ),
    pytest.param(  # a real list keeps its conjuncts
        "Police/NOUN/nsubj/1 arrested/VERB/root/1 Ana/PROPN/obj/1 ,/PUNCT/punct/4 Luis/PROPN/conj/2 "
        "and/CCONJ/cc/6 Eva/PROPN/conj/2 ./PUNCT/punct/1",
        {},
        id="list-with-conjunction",
    ),
    pytest.param(  # a title and name hung deep inside a fronted phrase, the verb subjectless
        "On/ADP/case/1 Wednesday/PROPN/obl/11 at/ADP/case/4 the/DET/det/4 opening/NOUN/nmod/1 of/ADP/case/7 "
        "the/DET/det/7 pipeline/NOUN/nmod/4 ,/PUNCT/punct/9 president/NOUN/appos/7 Erdogan/PROPN/flat/9 "
        "called/VERB/root/11 for/ADP/case/13 talks/NOUN/obl/11 ./PUNCT/punct/11",
        {9: ("nsubj", 11)},
        id="name-deep-in-a-fronted-phrase",
    ),
    pytest.param(  # an apposition that names no one stays
        "On/ADP/case/1 Wednesday/PROPN/obl/11 at/ADP/case/4 the/DET/det/4 opening/NOUN/nmod/1 of/ADP/case/7 "
        "the/DET/det/7 pipeline/NOUN/nmod/4 ,/PUNCT/punct/9 a/DET/det/10 project/NOUN/appos/7 "
        "called/VERB/root/11 for/ADP/case/13 talks/NOUN/obl/11 ./PUNCT/punct/11",
        {},
        id="nameless-apposition-stays",
    ),
    pytest.param(  # a title read as a comma-only conjunct of the fronted phrase, the name its apposition
        "Following/VERB/case/2 the/DET/det/2 vote/NOUN/obl/10 ,/PUNCT/punct/5 a/DET/det/5 "
        "spokesperson/NOUN/conj/2 ,/PUNCT/punct/7 Morgan/PROPN/appos/5 Ortagus/PROPN/flat/7 "
        ",/PUNCT/punct/2 said/VERB/root/10 ./PUNCT/punct/10",
        {5: ("nsubj", 10)},
        id="title-read-as-a-conjunct",
    ),
    pytest.param(  # a name read as a comma-only conjunct of a fronted date, before a passive verb
        "On/ADP/case/1 Friday/PROPN/obl/10 ,/PUNCT/punct/3 Ana/PROPN/conj/1 Ruiz/PROPN/flat/3 ,/PUNCT/punct/7 "
        "a/DET/det/7 lawyer/NOUN/conj/1 ,/PUNCT/punct/1 was/AUX/aux:pass/10 sentenced/VERB/root/10 ./PUNCT/punct/10",
        {3: ("nsubj:pass", 10), 7: ("appos", 3)},
        id="name-read-as-a-conjunct-of-a-date",
    ),
    pytest.param(  # "said that, in a call, Ruiz might have urged": the name read as a bare modifier of the call
        "Ana/PROPN/nsubj/1 said/VERB/root/1 that/SCONJ/mark/10 ,/PUNCT/punct/2 in/ADP/case/6 a/DET/det/6 "
        "call/NOUN/obl/10 ,/PUNCT/punct/6 Ruiz/PROPN/nmod:unmarked/6 might/AUX/aux/10 urged/VERB/ccomp/1 "
        "Chile/PROPN/obj/10 ./PUNCT/punct/1",
        {8: ("nsubj", 10)},
        id="name-read-as-a-bare-modifier-of-a-fronted-phrase",
    ),
    pytest.param(  # a bare date after a fronted phrase stays where it is when the verb has its subject
        "In/ADP/case/1 talks/NOUN/obl/6 ,/PUNCT/punct/3 Monday/PROPN/nmod:unmarked/1 Ruiz/PROPN/nsubj/6 "
        "might/AUX/aux/6 urged/VERB/root/6 Chile/PROPN/obj/6 ./PUNCT/punct/6",
        {},
        id="bare-modifier-stays-when-the-verb-has-a-subject",
    ),
    pytest.param(  # "..., but the minister, Ana Ruiz, blamed": a title read as a conjunct of the clause before
        "Talks/NOUN/nsubj/1 failed/VERB/advcl/10 ,/PUNCT/punct/5 but/CCONJ/cc/5 the/DET/det/5 minister/NOUN/conj/1 "
        ",/PUNCT/punct/1 Ana/PROPN/nsubj/10 Ruiz/PROPN/flat/7 ,/PUNCT/punct/10 blamed/VERB/root/10 "
        "Chile/PROPN/obj/10 ./PUNCT/punct/10",
        {5: ("nsubj", 10), 7: ("appos", 5)},
        id="title-read-as-a-conjunct-of-a-clause",
    ),
    pytest.param(  # "denied [striking] cities": a gerund read as an adjective of a bare oblique
        "Moscow/PROPN/nsubj/1 denied/VERB/root/1 striking/VERB/amod/4 Ukrainian/ADJ/amod/4 "
        "cities/NOUN/obl/1 ./PUNCT/punct/1",
        {2: ("xcomp", 1), 4: ("obj", 2)},
        id="gerund-read-as-an-adjective",
    ),
    pytest.param(  # an oblique with its preposition keeps its adjective
        "Miners/NOUN/nsubj/1 rallied/VERB/root/1 against/ADP/case/4 striking/VERB/amod/4 "
        "miners/NOUN/obl/1 ./PUNCT/punct/1",
        {},
        id="adjective-on-a-true-oblique-stays",
    ),
    pytest.param(  # "Yesterday, Joe Biden, ..., announced" with the name apposed to the day
        "Yesterday/NOUN/nsubj/6 ,/PUNCT/punct/2 Joe/PROPN/appos/0 Biden/PROPN/flat/2 ,/PUNCT/punct/0 "
        "again/ADV/advmod/6 announced/VERB/root/6 ./PUNCT/punct/6",
        {0: ("obl:tmod", 6), 2: ("nsubj", 6)},
        id="day-read-as-the-subject",
    ),
]


@pytest.mark.parametrize(("spec", "changed"), REPAIRS)
def test_weak_parses_are_mended(spec, changed):

    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos)
    for i, (label, head) in changed.items():
        assert (fixed[i], new_heads[i]) == (label, head), words[i]
    untouched = [i for i in range(len(words)) if i not in changed]
    assert [(fixed[i], new_heads[i]) for i in untouched] == [(deps[i], heads[i]) for i in untouched]


def test_a_past_tense_verb_read_as_a_reduced_relative_becomes_the_clause():
    """ "Up to 100 Albanians demonstrated in Serbia, radio said", with "Albanians" an oblique
    of "said" and "demonstrated" its relative clause: the tagger's VBD makes it the clause."""
    words, pos, deps, heads = _tree(
        "Up/ADP/case/3 to/ADP/case/3 100/NUM/nummod/3 Albanians/PROPN/obl/9 demonstrated/VERB/acl/3 "
        "in/ADP/case/6 Serbia/PROPN/obl/4 ,/PUNCT/punct/9 radio/NOUN/nsubj/9 said/VERB/root/9 ./PUNCT/punct/9"
    )
    tags = ["IN", "IN", "CD", "NNPS", "VBD", "IN", "NNP", ",", "NN", "VBD", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert (fixed[4], new_heads[4]) == ("ccomp", 9) and (fixed[3], new_heads[3]) == ("nsubj", 4)
    # a past participle (VBN) is a real reduced relative: "people killed in Serbia"
    tags[4] = "VBN"
    assert repair(deps, heads, words, pos, tags)[0][4] == "acl"


def test_an_infinitive_read_as_an_adjective_is_the_complement_of_the_verb_above():
    """ "the authorities have chosen to suppress protests" with "suppress" an adjective of
    "protests" and "to" its preposition: a base-form verb is the infinitive, "protests" its
    object; a real adjective ("to peaceful protests", JJ) stays."""
    words, pos, deps, heads = _tree(
        "Authorities/NOUN/nsubj/2 have/AUX/aux/2 chosen/VERB/root/2 to/ADP/case/5 suppress/VERB/amod/5 "
        "protests/NOUN/obl/2 ./PUNCT/punct/2"
    )
    tags = ["NNS", "VBP", "VBN", "TO", "VB", "NNS", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (3, 4, 5)] == [("mark", 4), ("xcomp", 2), ("obj", 4)]
    tags[4] = "JJ"
    assert repair(deps, heads, words, pos, tags)[0][4] == "amod"


def test_a_verb_read_as_a_plural_noun_between_a_name_and_an_infinitive_is_the_predicate():
    """ "Peru plans to implement a curfew" read as the noun phrase "Peru plans" with an
    infinitive: with no other verb, "plans" is the verb, "Peru" its subject; with a verb
    elsewhere ("Peru plans to build roads were shelved") the noun stays."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "Peru/PROPN/compound/1 plans/NOUN/root/1 to/PART/mark/3 implement/VERB/acl/1 a/DET/det/5 "
        "curfew/NOUN/obj/3 ./PUNCT/punct/1"
    )
    tags = ["NNP", "NNS", "TO", "VB", "DT", "NN", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert (fixed[0], fixed[3]) == ("nsubj", "xcomp")
    assert retag_from_tree(fixed, new_heads, words, pos)[1] == "VERB"
    words, pos, deps, heads = _tree(
        "Peru/PROPN/compound/1 plans/NOUN/nsubj:pass/6 to/PART/mark/3 build/VERB/acl/1 roads/NOUN/obj/3 "
        "were/AUX/aux:pass/6 shelved/VERB/root/6 ./PUNCT/punct/6"
    )
    tags = ["NNP", "NNS", "TO", "VB", "NNS", "VBD", "VBN", "."]
    assert repair(deps, heads, words, pos, tags)[0][:4] == ["compound", "nsubj:pass", "mark", "acl"]


def test_a_finite_verb_with_a_subject_read_as_an_adjective_is_the_predicate():
    """ "The rebels later claimed responsibility." with "claimed" an amod of "responsibility"
    (the root) and "rebels" its subject: an adjective takes no subject, so the verb is the
    root and the noun its object; the same verb without a subject ("loved ones") stays."""
    words, pos, deps, heads = _tree(
        "The/DET/det/1 rebels/NOUN/nsubj/3 later/ADV/advmod/3 claimed/VERB/amod/4 "
        "responsibility/NOUN/root/4 ./PUNCT/punct/4"
    )
    tags = ["DT", "NNS", "RB", "VBD", "NN", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (1, 3, 4, 5)] == [("nsubj", 3), ("root", 3), ("obj", 3), ("punct", 3)]
    words, pos, deps, heads = _tree(
        "They/PRON/nsubj/1 met/VERB/root/1 loved/VERB/amod/3 ones/NOUN/obj/1 ./PUNCT/punct/1"
    )
    assert repair(deps, heads, words, pos, ["PRP", "VBD", "VBD", "NNS", "."]) == (deps, heads)


def test_a_participle_read_as_root_gives_way_to_the_finite_verb():
    """ "The troops, acting on orders, had fired shots." with "acting" the root and "had
    fired" its subjectless parataxis: the finite verb is the root, the participle an acl of
    the subject; a participle clause with its own auxiliary ("were acting") is left alone."""
    spec = (
        "The/DET/det/1 troops/NOUN/nsubj/3 ,/PUNCT/punct/3 acting/VERB/root/3 on/ADP/case/5 orders/NOUN/obl/3 "
        ",/PUNCT/punct/3 had/AUX/aux/8 fired/VERB/parataxis/3 shots/NOUN/obj/8 ./PUNCT/punct/3"
    )
    words, pos, deps, heads = _tree(spec)
    tags = ["DT", "NNS", ",", "VBG", "IN", "NNS", ",", "VBD", "VBN", "NNS", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (1, 3, 8, 10)] == [("nsubj", 8), ("acl", 1), ("root", 8), ("punct", 8)]
    words, pos, deps, heads = _tree(spec.replace(",/PUNCT/punct/3 acting", "were/AUX/aux/3 acting"))
    assert repair(deps, heads, words, pos, ["DT", "NNS", "VBD", "VBG", "IN", "NNS", ",", "VBD", "VBN", "NNS", "."]) == (
        deps,
        heads,
    )


def test_a_repeated_verb_is_coordinated_with_its_twin():
    """ "The court found that it could rule, and found the law unlawful" with the second
    "found" a conjunct of "rule": it is coordinated with the first "found"; a conjunct with
    its own subject, or of another verb, stays."""
    spec = (
        "The/DET/det/1 court/NOUN/nsubj/2 found/VERB/root/2 that/SCONJ/mark/6 it/PRON/nsubj/6 could/AUX/aux/6 "
        "rule/VERB/ccomp/2 ,/PUNCT/punct/9 and/CCONJ/cc/9 found/VERB/conj/6 the/DET/det/11 law/NOUN/obj/9 "
        "unlawful/ADJ/xcomp/9 ./PUNCT/punct/2"
    )
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos)
    assert (fixed[9], new_heads[9]) == ("conj", 2)
    words, pos, deps, heads = _tree(spec.replace("and/CCONJ/cc/9 found/VERB", "and/CCONJ/cc/9 ruled/VERB"))
    assert repair(deps, heads, words, pos)[1][9] == 6


def test_a_noun_with_a_pronoun_subject_heading_a_clause_is_a_verb():
    """ "said he [counts] on Turkey" with "counts" tagged NOUN: a noun takes a subject only
    through a copula; with one ("said he is a count"), it stays a noun."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "X/PROPN/nsubj/1 said/VERB/root/1 he/PRON/nsubj/3 counts/NOUN/ccomp/1 on/ADP/case/5 Turkey/PROPN/obl/3"
    )
    assert retag_from_tree(deps, heads, words, pos)[3] == "VERB"
    words, pos, deps, heads = _tree(
        "X/PROPN/nsubj/1 said/VERB/root/1 he/PRON/nsubj/5 is/AUX/cop/5 a/DET/det/5 count/NOUN/ccomp/1"
    )
    assert retag_from_tree(deps, heads, words, pos)[5] == "NOUN"


def test_a_noun_with_a_subject_and_an_object_heading_a_clause_is_a_verb():
    """ "said the gunman [surrendered] himself" with "surrendered" tagged NOUN: a noun takes
    no object; without one ("said the gunman's surrender ended it") nothing changes."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "Police/NOUN/nsubj/1 said/VERB/root/1 the/DET/det/3 gunman/NOUN/nsubj/4 "
        "surrendered/NOUN/ccomp/1 himself/PRON/obj/4"
    )
    assert retag_from_tree(deps, heads, words, pos)[4] == "VERB"
    words, pos, deps, heads = _tree(
        "Police/NOUN/nsubj/1 said/VERB/root/1 the/DET/det/3 gunman/NOUN/nsubj/4 surrender/NOUN/ccomp/1"
    )
    assert retag_from_tree(deps, heads, words, pos)[4] == "NOUN"


def test_a_noun_with_a_verb_particle_is_a_verb():
    """ "offered to hand over two suspects" with "hand" tagged NOUN: the particle proves it a
    verb, the infinitive complement of "offered", and the object is its own."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "Chile/PROPN/nsubj/1 offered/VERB/root/1 to/ADP/case/3 hand/NOUN/obl/1 over/ADV/compound:prt/3 "
        "two/NUM/obj/1 suspects/NOUN/nmod/5 ./PUNCT/punct/1"
    )
    new_pos = retag_from_tree(deps, heads, words, pos)
    assert new_pos[3] == "VERB" and deps[3] == "xcomp" and deps[2] == "mark" and heads[5] == 3
    # a noun without a particle stays
    words, pos, deps, heads = _tree("Chile/PROPN/nsubj/1 offered/VERB/root/1 help/NOUN/obj/1 ./PUNCT/punct/1")
    assert retag_from_tree(deps, heads, words, pos) == pos


def test_a_verb_with_a_possessor_is_a_noun():
    """ "called Gondor's conduct a breach" with "conduct" read as the small clause's verb: a
    verb takes no possessive, so it is the noun object of "called" and "breach" the label."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "Smith/PROPN/nsubj/1 called/VERB/root/1 Gondor/PROPN/nmod:poss/4 's/PART/case/2 conduct/VERB/xcomp/1 "
        "a/DET/det/6 breach/NOUN/obj/4 ./PUNCT/punct/1"
    )
    new_pos = retag_from_tree(deps, heads, words, pos)
    assert new_pos[4] == "NOUN" and deps[4] == "obj" and (deps[6], heads[6]) == ("xcomp", 1)
    # a verb with its own subject keeps its tag: "said Gondor's army attacked"
    words, pos, deps, heads = _tree(
        "Smith/PROPN/nsubj/1 said/VERB/root/1 his/PRON/nmod:poss/3 army/NOUN/nsubj/4 "
        "attacked/VERB/ccomp/1 ./PUNCT/punct/1"
    )
    assert retag_from_tree(deps, heads, words, pos)[4] == "VERB"


def test_a_preposition_on_the_first_modifier_belongs_to_the_phrase():
    """ "called for President X's resignation" with "for" hung on "President": the preposition
    opens the whole phrase, so it goes to the head "resignation"; a possessive stays."""
    words, pos, deps, heads = _tree(
        "Protesters/NOUN/nsubj/1 called/VERB/root/1 for/ADP/case/3 President/PROPN/compound/6 "
        "Vizcarra/PROPN/nmod:poss/6 's/PART/case/4 resignation/NOUN/obl/1 ./PUNCT/punct/1"
    )
    new_deps, new_heads = repair(deps, heads, words, pos)
    assert new_heads[2] == 6 and new_heads[5] == 4


def test_coordinated_subjects_read_as_the_object_of_saying_are_the_clause_s_subject():
    """ "Aldous said Brenner and Okoro would discuss trade." with "Brenner" the object of
    "said" and "discuss" its conjunct with "Okoro" as subject: the clause is the complement
    and both names its subject; without the modal ("... and Okoro discussed trade", two
    acts) the parse is left alone."""
    spec = (
        "Aldous/PROPN/nsubj/1 said/VERB/root/1 Brenner/PROPN/obj/1 and/CCONJ/cc/6 Okoro/PROPN/nsubj/6 "
        "would/AUX/aux/6 discuss/VERB/conj/1 trade/NOUN/obj/6 ./PUNCT/punct/1"
    )
    words, pos, deps, heads = _tree(spec)
    tags = ["NNP", "VBD", "NNP", "CC", "NNP", "MD", "VB", "NN", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (2, 3, 4, 6)] == [("nsubj", 6), ("cc", 4), ("conj", 2), ("ccomp", 1)]
    words, pos, deps, heads = _tree(spec.replace("would/AUX/aux/6", "then/ADV/advmod/6"))
    assert repair(deps, heads, words, pos, ["NNP", "VBD", "NNP", "CC", "NNP", "RB", "VBD", "NN", "."]) == (deps, heads)


def test_a_participle_clause_after_a_comma_describes_the_subject_not_the_object():
    """ "He commented on the deal, calling it void." with "calling" a relative (acl) of
    "deal": set off by a comma, the clause says what he did (advcl of "commented"); without
    the comma ("a statement calling for calm") it stays the noun's."""
    spec = (
        "He/PRON/nsubj/1 commented/VERB/root/1 on/ADP/case/4 the/DET/det/4 deal/NOUN/obl/1 ,/PUNCT/punct/6 "
        "calling/VERB/acl/4 it/PRON/obj/6 void/ADJ/xcomp/6 ./PUNCT/punct/1"
    )
    words, pos, deps, heads = _tree(spec)
    tags = ["PRP", "VBD", "IN", "DT", "NN", ",", "VBG", "PRP", "JJ", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert (fixed[6], new_heads[6]) == ("advcl", 1) and new_heads[5] == 6
    words, pos, deps, heads = _tree(spec.replace(",/PUNCT/punct/6 ", "").replace("/6", "/5").replace("/1 ", "/1 "))
    tags.remove(",")
    assert repair(deps, heads, words, pos, tags)[0][5] == "acl"


def test_a_clause_read_as_a_noun_with_a_relative_clause_is_mended():
    """ "... had poor relations, but the leaders of both states spoke on Friday" with
    "leaders" a conjunct of "relations" and "spoke" an acl of "states": the past-tense verb
    is a predicate coordinated with "had", the leaders its subject."""
    spec = (
        "They/PRON/nsubj/1 had/VERB/root/1 poor/ADJ/amod/3 relations/NOUN/obj/1 ,/PUNCT/punct/7 but/CCONJ/cc/7 "
        "the/DET/det/7 leaders/NOUN/conj/3 of/ADP/case/10 both/DET/det/10 states/NOUN/nmod/7 spoke/VERB/acl/10 "
        "on/ADP/case/13 Friday/PROPN/obl/11 ./PUNCT/punct/1"
    )
    words, pos, deps, heads = _tree(spec)
    tags = ["PRP", "VBD", "JJ", "NNS", ",", "CC", "DT", "NNS", "IN", "DT", "NNS", "VBD", "IN", "NNP", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (4, 5, 7, 11)] == [("punct", 11), ("cc", 11), ("nsubj", 11), ("conj", 1)]
    # a participle (VBN) is a real reduced relative: "the leaders of both states invited"
    tags[11] = "VBN"
    assert repair(deps, heads, words, pos, tags) == (deps, heads)


def test_a_predicate_read_as_a_relative_clause_inside_a_later_subject_is_mended():
    """ "The leaders of both states spoke on Friday, and expressed hope" with "spoke" an acl
    of "states" and "leaders" the subject of "expressed": "spoke" is the first predicate."""
    spec = (
        "The/DET/det/1 leaders/NOUN/nsubj/10 of/ADP/case/4 both/DET/det/4 states/NOUN/nmod/1 spoke/VERB/acl/4 "
        "on/ADP/case/7 Friday/PROPN/obl/5 ,/PUNCT/punct/10 and/CCONJ/cc/10 expressed/VERB/root/10 "
        "hope/NOUN/obj/10 ./PUNCT/punct/10"
    )
    words, pos, deps, heads = _tree(spec)
    tags = ["DT", "NNS", "IN", "DT", "NNS", "VBD", "IN", "NNP", ",", "CC", "VBD", "NN", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (1, 5, 10, 12)] == [("nsubj", 5), ("root", 5), ("conj", 5), ("punct", 5)]


def test_a_perfect_participle_tagged_as_an_adjective_is_mended_by_its_tag():
    """ "Soleimani had orchestrated attacks" with "orchestrated" an ADJ (tag VBN) modifying
    "attacks": the tag says participle, so it is the predicate, and, having an object, a
    verb; "had armed men" (JJ) keeps its adjective."""
    from newsevents.language.labels import retag_from_tree

    spec = "Soleimani/PROPN/nsubj/1 had/AUX/root/1 orchestrated/ADJ/amod/3 attacks/NOUN/obj/1 ./PUNCT/punct/1"
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos, ["NNP", "VBD", "VBN", "NNS", "."])
    assert [(fixed[i], new_heads[i]) for i in (1, 2, 3)] == [("aux", 2), ("root", 2), ("obj", 2)]
    assert retag_from_tree(fixed, new_heads, words, pos)[2] == "VERB"
    words, pos, deps, heads = _tree(spec.replace("orchestrated", "armed"))
    assert repair(deps, heads, words, pos, ["NNP", "VBD", "JJ", "NNS", "."]) == (deps, heads)


def test_a_main_clause_swallowed_by_a_fronted_clause_is_restored():
    """ "When protesters tried to enter the building, police fired gas at them." read with
    "tried" as the root, "police" a conjunct of "building" and "fired" a relative clause:
    a sentence opened by "when" has its main clause after the comma; the verb there is the
    root, the noun before it its subject, the fronted clause an adverbial. A sentence
    whose main clause was read right is left alone."""
    spec = (
        "When/ADV/advmod/2 protesters/NOUN/nsubj/2 tried/VERB/root/2 to/PART/mark/4 enter/VERB/xcomp/2 "
        "the/DET/det/6 building/NOUN/obj/4 ,/PUNCT/punct/8 police/NOUN/conj/6 fired/VERB/acl/6 "
        "gas/NOUN/obj/9 at/ADP/case/12 them/PRON/obl/9 ./PUNCT/punct/2"
    )
    words, pos, deps, heads = _tree(spec)
    tags = ["WRB", "NNS", "VBD", "TO", "VB", "DT", "NN", ",", "NNS", "VBN", "NN", "IN", "PRP", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (2, 8, 9, 13)] == [("advcl", 9), ("nsubj", 9), ("root", 9), ("punct", 9)]
    spec = (
        "When/ADV/advmod/2 protesters/NOUN/nsubj/2 tried/VERB/advcl/5 ,/PUNCT/punct/5 police/NOUN/nsubj/5 "
        "fired/VERB/root/5 gas/NOUN/obj/5 ./PUNCT/punct/5"
    )
    words, pos, deps, heads = _tree(spec)
    assert repair(deps, heads, words, pos, ["WRB", "NNS", "VBD", ",", "NNS", "VBD", "NN", "."]) == (deps, heads)
    # "Although the truce held, troops bombed Gaza." with "troops" a parataxis, "bombed" its acl
    spec = (
        "Although/SCONJ/mark/3 the/DET/det/2 truce/NOUN/nsubj/3 held/VERB/root/3 ,/PUNCT/punct/5 "
        "troops/NOUN/parataxis/3 bombed/VERB/acl/5 Gaza/PROPN/obj/6 ./PUNCT/punct/3"
    )
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos, ["IN", "DT", "NN", "VBD", ",", "NNS", "VBD", "NNP", "."])
    assert [(fixed[i], new_heads[i]) for i in (3, 5, 6)] == [("advcl", 6), ("nsubj", 6), ("root", 6)]


def test_a_finite_verb_coordinated_with_an_adjective_complement_joins_the_clause_verb():
    """ "described the decision as 'unjustified' and [called] on Ottawa to ...": "called" is
    the statement's second act, not part of the adjective; a participle ("a move described
    as unprecedented and [welcomed] by Y") and a predicate adjective with its own subject
    ("said it was unfair and [violated] the law") keep their conjuncts."""
    words, pos, deps, heads = _tree(
        "France/PROPN/nsubj/1 described/VERB/root/1 it/PRON/obj/1 as/ADP/mark/4 unfair/ADJ/advcl/1 "
        "and/CCONJ/cc/6 called/VERB/conj/4 for/ADP/case/8 talks/NOUN/obl/6 ./PUNCT/punct/1"
    )
    tags = ["NNP", "VBD", "PRP", "IN", "JJ", "CC", "VBD", "IN", "NNS", "."]
    assert repair(deps, heads, words, pos, tags)[1][6] == 1
    tags[6] = "VBN"
    assert repair(deps, heads, words, pos, tags)[1][6] == 4
    words, pos, deps, heads = _tree(
        "France/PROPN/nsubj/1 said/VERB/root/1 it/PRON/nsubj/4 was/AUX/cop/4 unfair/ADJ/ccomp/1 "
        "and/CCONJ/cc/6 violated/VERB/conj/4 law/NOUN/obj/6 ./PUNCT/punct/1"
    )
    tags = ["NNP", "VBD", "PRP", "VBD", "JJ", "CC", "VBD", "NN", "."]
    assert repair(deps, heads, words, pos, tags)[1][6] == 4


def test_be_before_an_adjective_is_its_copula_not_a_passive_auxiliary():
    """ "the decision by Canada [was] unjustified" read with "was" as the passive auxiliary of
    the adjective: with no agent and no verb complement, "be" is the copula; "was perplexed
    by the move" keeps its passive reading."""
    words, pos, deps, heads = _tree(
        "the/DET/det/1 decision/NOUN/nsubj/4 was/AUX/aux:pass/4 not/PART/advmod/4 unjustified/ADJ/root/4 "
        "./PUNCT/punct/4"
    )
    tags = ["DT", "NN", "VBD", "RB", "JJ", "."]
    assert repair(deps, heads, words, pos, tags)[0][2] == "cop"
    words, pos, deps, heads = _tree(
        "Paris/PROPN/nsubj:pass/2 was/AUX/aux:pass/2 perplexed/ADJ/root/2 by/ADP/case/5 the/DET/det/5 "
        "move/NOUN/obl/2 ./PUNCT/punct/2"
    )
    tags = ["NNP", "VBD", "JJ", "IN", "DT", "NN", "."]
    assert repair(deps, heads, words, pos, tags)[0][1] == "aux:pass"


def test_a_conjunct_opened_by_neither_is_the_subject_of_the_verb_after_it():
    """ "amid reports of fraud, neither the EU nor the US would endorse the result" read with
    "EU" a conjunct of "fraud" and "endorse" subjectless: the correlative opens the subject."""
    words, pos, deps, heads = _tree(
        "amid/ADP/case/1 reports/NOUN/obl/12 of/ADP/case/3 fraud/NOUN/nmod/1 ,/PUNCT/punct/6 "
        "neither/CCONJ/cc:preconj/6 EU/PROPN/conj/3 nor/CCONJ/cc/9 the/DET/det/9 US/PROPN/conj/6 "
        "would/AUX/aux/12 not/PART/advmod/12 endorse/VERB/root/12 it/PRON/obj/12 ./PUNCT/punct/12"
    )
    fixed, new_heads = repair(deps, heads, words, pos)
    assert (fixed[6], new_heads[6]) == ("nsubj", 12)
    assert (fixed[9], new_heads[9]) == ("conj", 6)


def test_repairs_leave_quantities_names_and_gerunds_alone():
    """Three shapes the repairs once misread in the UD EWT development set: a quantity
    ("Up to 40 rockets had been fired") is no preposition before a subject; the "of" inside
    a name ("the District of Columbia Court") stays in the name while the one before the
    phrase moves to its head; an -ing clause on a noun root ("The hymn talks about
    serving") is no predicate."""
    words, pos, deps, heads = _tree(
        "Up/ADP/case/3 to/ADP/case/3 40/NUM/nummod/3 rockets/NOUN/nsubj:pass/6 had/AUX/aux/6 "
        "been/AUX/aux:pass/6 fired/VERB/root/6 ./PUNCT/punct/6"
    )
    tags = ["IN", "IN", "CD", "NNS", "VBD", "VBN", "VBN", "."]
    assert repair(deps, heads, words, pos, tags)[0][3] == "nsubj:pass"
    words, pos, deps, heads = _tree(
        "judge/NOUN/root/0 of/ADP/case/3 the/DET/det/3 District/PROPN/compound/6 of/ADP/case/5 "
        "Columbia/PROPN/compound/6 Court/PROPN/nmod/0 ./PUNCT/punct/0"
    )
    fixed, new_heads = repair(deps, heads, words, pos, ["NN", "IN", "DT", "NNP", "IN", "NNP", "NNP", "."])
    assert (new_heads[1], new_heads[4]) == (6, 5)
    words, pos, deps, heads = _tree(
        "The/DET/det/1 hymn/NOUN/compound/2 talks/NOUN/root/2 about/ADP/case/4 serving/VERB/acl/2 ./PUNCT/punct/2"
    )
    assert repair(deps, heads, words, pos, ["DT", "NN", "NNS", "IN", "VBG", "."]) == (deps, heads)


def test_a_finite_verb_read_as_a_relative_before_a_participle_root_is_the_predicate():
    """ "Erdogan called for cooperation, claiming a right" with "called" an acl of the
    subject and "claiming" the root: a past-tense verb right after its subject is the
    predicate, the participle its adverbial clause; a relative with "who" stays."""
    spec = (
        "Erdogan/PROPN/nsubj/5 called/VERB/acl/0 for/ADP/case/3 cooperation/NOUN/obl/1 ,/PUNCT/punct/5 "
        "claiming/VERB/root/5 a/DET/det/7 right/NOUN/obj/5 ./PUNCT/punct/5"
    )
    tags = ["NNP", "VBD", "IN", "NN", ",", "VBG", "DT", "NN", "."]
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (0, 1, 5)] == [("nsubj", 1), ("root", 1), ("advcl", 1)]
    words, pos, deps, heads = _tree(
        "Erdogan/PROPN/nsubj/6 who/PRON/nsubj/2 called/VERB/acl/0 for/ADP/case/4 cooperation/NOUN/obl/2 "
        ",/PUNCT/punct/6 claiming/VERB/root/6 a/DET/det/8 right/NOUN/obj/6 ./PUNCT/punct/6"
    )
    assert repair(deps, heads, words, pos, ["NNP", "WP", *tags[1:]])[0][2] == "acl"


def test_a_capitalised_word_after_u_s_is_read_in_lower_case_offsets_kept():
    """The 1987 wire's "called on the U.S. To reduce": "To" read as a name loses the clause;
    a word that may open the next sentence ("In 1987, ...") is left alone."""
    from newsevents.language.normalise import lowercase_artefacts

    text = "Bonn called on the U.S. To reduce its deficit, and the U.S. Has agreed. Exports to the U.S. In 1987 fell."
    fixed = lowercase_artefacts(text)
    assert fixed == text.replace("U.S. To", "U.S. to").replace("U.S. Has", "U.S. has")
    assert len(fixed) == len(text)


def test_noun_inflections_cover_the_irregular_plurals_of_role_words():
    """Sector phrases are matched on lemmas, and the lemmatiser leaves rarer plurals as
    written ("businessmen"): the knowledge base indexes them with their lemma's forms."""
    assert "businessmen" in inflections("businessman", "noun")
    assert "spokeswomen" in inflections("spokeswoman", "noun")
    assert "spokespeople" in inflections("spokesperson", "noun")
    assert "wives" in inflections("wife", "noun") and "thieves" in inflections("thief", "noun")
    assert "troops" in inflections("troop", "noun")


def test_a_plural_the_lemmatiser_leaves_as_written_still_names_its_sector(pipeline):
    events = pipeline.code_article(
        Article(id="t", text="Leading Japanese businessmen criticised the plan.", published=date(1987, 3, 1))
    )
    assert [e.source.code for e in events] == ["JPNBUS"]


def test_the_one_verb_of_a_verbless_sentence_read_as_a_modifier_is_the_predicate():
    """ "President Reagan angrily [denounced] press reports." with the verb an amod of the
    root "reports" and the name its compound: a news sentence has a predicate, so the verb
    is the root, the name before it the subject, the noun after it the object. With a
    fronted phrase ("X on Thursday at the IMF [accused] banks"), the root before the verb is
    the subject and the words before the verb that hung on the object are a phrase apart."""
    reagan = (
        "President/PROPN/nmod:desc/1 Reagan/PROPN/compound/5 angrily/ADV/case/5 denounced/VERB/amod/5 "
        "press/NOUN/compound/5 reports/NOUN/root/5 ./PUNCT/punct/5"
    )
    expected = [("nsubj", 3), ("advmod", 3), ("root", 3), ("obj", 3), ("punct", 3)]
    assert _repaired_at(reagan, "NNP NNP IN JJ NN NNS .", (1, 2, 3, 5, 6)) == expected
    fronted = (
        "Sourrouille/PROPN/root/0 at/ADP/case/5 the/DET/det/3 IMF/PROPN/compound/5 accused/VERB/amod/5 "
        "banks/NOUN/nmod/0 ./PUNCT/punct/0"
    )
    expected = [("nsubj", 4), ("case", 3), ("nmod", 0), ("root", 4), ("obj", 4)]
    assert _repaired_at(fronted, "NNP IN DT NNP VBN NNS .", (0, 1, 3, 4, 5)) == expected
    # a sentence with another finite verb keeps its tree
    words, pos, deps, heads = _tree(
        "Officials/NOUN/nsubj/1 said/VERB/root/1 armed/VERB/amod/3 men/NOUN/obj/1 ./PUNCT/punct/1"
    )
    assert repair(deps, heads, words, pos, ["NNS", "VBD", "VBN", "NNS", "."]) == (deps, heads)


def test_a_preposition_on_a_title_belongs_to_the_name_and_makes_it_oblique():
    """ "called [on] Brazilian President Jose Sarney to act" with "on" hung on the title
    "President" and "Jose" the verb's object: a preposition opens the whole phrase, whose head
    is the name after the title, and a phrase with a preposition is an oblique, not an object."""
    words, pos, deps, heads = _tree(
        "Governors/NOUN/nsubj/1 called/VERB/root/1 on/ADP/case/4 Brazilian/ADJ/amod/4 President/PROPN/nmod:desc/5 "
        "Sarney/PROPN/obj/1 ./PUNCT/punct/1"
    )
    fixed, new_heads = repair(deps, heads, words, pos, ["NNS", "VBD", "IN", "JJ", "NNP", "NNP", "."])
    assert (fixed[2], new_heads[2]) == ("case", 5)
    assert (fixed[5], new_heads[5]) == ("obl", 1)


def _repaired_at(spec: str, tags: str, positions: tuple[int, ...]) -> list[tuple[str, int]]:
    """(label, head) at ``positions`` of the tree ``spec`` as ``repair`` leaves it."""
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos, tags.split())
    return [(fixed[i], new_heads[i]) for i in positions]


def test_a_present_tense_verb_after_a_past_clause_of_saying_continues_its_complement():
    """ "They concluded that it is void, does not comply with the law" with "comply" a
    conjunct of "concluded" (or the root, "concluded" its adverbial): the present tense
    says it continues the complement's list, so it is a conjunct of "void". A past-tense
    verb after the complement ("..., and left the room") stays the saying verb's conjunct."""
    head = "They/PRON/nsubj/1 concluded/VERB/{}/{} that/SCONJ/mark/5 it/PRON/nsubj/5 is/AUX/cop/5 void/ADJ/ccomp/1"
    tail = " ,/PUNCT/punct/9 does/AUX/aux/9 not/PART/advmod/9 comply/VERB/{}/{} ./PUNCT/punct/1"
    tags = "PRP VBD IN PRP VBZ JJ , VBZ RB VB ."
    as_conjunct = head.format("root", 1) + tail.format("conj", 1)
    assert _repaired_at(as_conjunct, tags, (1, 9)) == [("root", 1), ("conj", 5)]
    as_root = head.format("advcl", 9) + tail.format("root", 9)
    assert _repaired_at(as_root, tags, (1, 9)) == [("root", 1), ("conj", 5)]
    past = head.format("root", 1) + " ,/PUNCT/punct/7 left/VERB/conj/1 ./PUNCT/punct/1"
    words, pos, deps, heads = _tree(past)
    assert repair(deps, heads, words, pos, "PRP VBD IN PRP VBZ JJ , VBD .".split()) == (deps, heads)


def test_a_name_read_as_part_of_the_name_before_it_across_and_is_its_conjunct():
    """ "by Chancellor Angela Merkel and Prime Minister Boris Johnson" with "Boris" a flat of
    "Chancellor" and "and" inside its phrase: a name holds no conjunction, so "Boris" is a
    conjunct of "Chancellor" and "and" its coordinator. A name with no "and" keeps its tree."""
    spec = (
        "by/ADP/case/1 Chancellor/PROPN/obl/1 Merkel/PROPN/flat/1 and/CCONJ/cc/4 Minister/PROPN/nmod:desc/5 "
        "Boris/PROPN/flat/1 Johnson/PROPN/flat/5"
    )
    assert _repaired_at(spec, "IN NNP NNP CC NNP NNP NNP", (3, 5, 6)) == [("cc", 5), ("conj", 1), ("flat", 5)]
    words, pos, deps, heads = _tree("Chancellor/PROPN/root/0 Angela/PROPN/flat/0 Merkel/PROPN/flat/1")
    assert repair(deps, heads, words, pos, ["NNP", "NNP", "NNP"]) == (deps, heads)


def test_a_verb_lemma_the_lemmatiser_garbles_is_restored(pipeline):
    """The trainable lemmatiser gives "blamed" -> "blam", "jailed" -> "jaile": a verb whose
    lemma is no known word but whose form inflects exactly one verb the stages look up takes
    that verb as its lemma."""
    from newsevents.language.morphology import lemma_table

    assert lemma_table(["blame", "jail"])["blamed"] == "blame"
    doc = pipeline.parse(["Officials blamed the rebels and jailed two men."])[0]
    lemmas = {t.text: t.lemma for t in doc.tokens}
    assert lemmas["blamed"] == "blame" and lemmas["jailed"] == "jail"


def test_a_clause_read_as_a_noun_with_a_closing_attribution_as_its_relative_is_mended():
    """ "Rebels surrendered last week, an official said." read as the noun "Rebels" with the
    participle and "an official said" as its relative clause: after a comma a relative clause
    opens with a relative word, so "said" is the attribution and "surrendered" the predicate;
    "..., which an official said" stays a relative clause."""
    spec = (
        "Rebels/NOUN/root/0 surrendered/VERB/acl/0 last/ADJ/amod/3 week/NOUN/nmod:unmarked/0 ,/PUNCT/punct/0 "
        "an/DET/det/6 official/NOUN/nsubj/7 said/VERB/acl:relcl/0 ./PUNCT/punct/7"
    )
    tags = ["NNS", "VBN", "JJ", "NN", ",", "DT", "NN", "VBD", "."]
    assert _mended_at(spec, tags, (0, 1, 3, 7)) == [
        ("nsubj", 1),
        ("root", 1),
        ("obl:unmarked", 1),
        ("parataxis", 1),
    ]
    relative = spec.replace("an/DET/det/6", "which/PRON/obj/7")
    assert _kept(relative, tags)


def _mended(spec: str, tags: list[str] | None = None) -> tuple[list[str], list[int]]:
    """The labels and heads of a parse (``_tree`` notation) once ``repair`` has mended it."""
    words, pos, deps, heads = _tree(spec)
    return repair(deps, heads, words, pos, tags)


def _kept(spec: str, tags: list[str] | None = None) -> bool:
    """Whether ``repair`` leaves the parse as it is."""
    return _mended(spec, tags) == tuple(_tree(spec)[2:])


def _mended_at(spec: str, tags: list[str], words: Iterable[int]) -> list[tuple[str, int]]:
    """(label, head) of these words once ``repair`` has mended the parse."""
    fixed, new_heads = _mended(spec, tags)
    return [(fixed[i], new_heads[i]) for i in words]


def test_an_adjective_root_with_a_subject_and_no_copula_is_a_verb():
    """ "The army prepared to resume shelling" with "prepared" an adjective: an adjective
    takes a subject only through a copula or an auxiliary ("We are concerned" stays)."""
    spec = "The/DET/det/1 army/NOUN/nsubj/2 prepared/ADJ/root/2 to/PART/mark/4 resume/VERB/xcomp/2 ./PUNCT/punct/2"
    assert _retagged(spec)[2] == "VERB"
    assert _retagged("We/PRON/nsubj/2 are/AUX/aux/2 concerned/ADJ/root/2 ./PUNCT/punct/2")[2] == "ADJ"


def _retagged(spec: str) -> list[str]:
    """The part-of-speech tags of a parse (``_tree`` notation) once ``retag_from_tree`` has read it."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(spec)
    return retag_from_tree(deps, heads, words, pos)


def test_a_finite_verb_read_as_a_preposition_in_a_verbless_sentence_is_the_predicate():
    """ "Bolsonaro opposed Macron's statement." with "opposed" the preposition of "statement"
    (tagged IN by the tagger, VERB by the morphologizer): a sentence of news prose has a
    predicate, so the verb is the root; "following" (VBG) stays a preposition."""
    spec = "Bolsonaro/PROPN/root/0 opposed/VERB/case/3 Macron/PROPN/nmod:poss/3 statement/NOUN/nmod/0 ./PUNCT/punct/0"
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos, ["NNP", "IN", "NNP", "NN", "."])
    assert [(fixed[i], new_heads[i]) for i in range(5) if i != 2] == [
        ("nsubj", 1),
        ("root", 1),
        ("obj", 1),
        ("punct", 1),
    ]
    assert repair(deps, heads, words, pos, ["NNP", "VBG", "NNP", "NN", "."]) == (deps, heads)


def test_a_name_after_a_title_read_as_a_second_subject_is_its_apposition():
    """ "Member of Parliament Yvette Cooper added" with "Member" and "Yvette" both subjects of
    "added": a clause has one subject, and the name right after the title is apposed to it."""
    words, pos, deps, heads = _tree(
        "Member/NOUN/nsubj/4 of/ADP/case/2 Parliament/PROPN/nmod/0 Yvette/PROPN/nsubj/4 added/VERB/root/4 "
        "./PUNCT/punct/4"
    )
    fixed, new_heads = repair(deps, heads, words, pos)
    assert (fixed[3], new_heads[3]) == ("appos", 0)


def test_a_participle_with_an_auxiliary_read_as_an_adjective_heads_the_clause_after_but():
    """ "..., but Arabia and Israel have [alleged] Iranian involvement" read as nouns joined to
    the agent before and "alleged" an adjective of "involvement": an adjective takes no
    auxiliary, so "alleged" is a verb coordinated with the root, the list its subject."""
    words, pos, deps, heads = _tree(
        "The/DET/det/1 attack/NOUN/nsubj:pass/3 was/AUX/aux:pass/3 claimed/VERB/root/3 by/ADP/case/6 "
        "the/DET/det/6 movement/NOUN/obl:agent/3 ,/PUNCT/punct/9 but/CCONJ/cc/9 Arabia/PROPN/conj/6 "
        "and/CCONJ/cc/11 Israel/PROPN/conj/9 have/AUX/aux/13 alleged/VERB/amod/15 Iranian/ADJ/amod/15 "
        "involvement/NOUN/obl:agent/3 ./PUNCT/punct/3"
    )
    fixed, new_heads = repair(deps, heads, words, pos)
    assert [(fixed[i], new_heads[i]) for i in (8, 9, 11, 13, 15)] == [
        ("cc", 13),
        ("nsubj", 13),
        ("conj", 9),
        ("conj", 3),
        ("obj", 13),
    ]


def test_hyphen_prefix_needs_the_parts_written_together():
    from newsevents.language.document import ParsedDoc, Token

    def doc(text: str, words: list[str]) -> ParsedDoc:
        tokens, at = [], 0
        for i, word in enumerate(words):
            at = text.index(word, at)
            tokens.append(Token(i=i, text=word, lemma=word, pos="X", tag="X", dep="dep", head=i, idx=at, sent=0))
            at += len(word)
        return ParsedDoc(text, tokens, [])

    assert doc("Iran test-fired it", ["Iran", "test", "-", "fired", "it"]).hyphen_prefix(3) == "test-"
    assert doc("Iran test - fired it", ["Iran", "test", "-", "fired", "it"]).hyphen_prefix(3) == ""
    assert doc("Iran fired it", ["Iran", "fired", "it"]).hyphen_prefix(1) == ""


def test_an_adjective_with_a_passive_auxiliary_is_a_passive_participle():
    """ "The EU is [set] to impose sanctions" with "set" an ADJ under "is" as aux:pass: its
    subject is the passive subject and the word a verb, so the infinitive is controlled by it."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "The/DET/det/1 EU/PROPN/nsubj/3 is/AUX/aux:pass/3 set/ADJ/root/3 to/PART/mark/5 impose/VERB/xcomp/3 "
        "sanctions/NOUN/obj/5 ./PUNCT/punct/3"
    )
    fixed, new_heads = repair(deps, heads, words, pos, ["DT", "NNP", "VBZ", "JJ", "TO", "VB", "NNS", "."])
    assert fixed[1] == "nsubj:pass" and new_heads == heads
    assert retag_from_tree(fixed, new_heads, words, pos)[3] == "VERB"


def test_a_passive_subject_without_passive_auxiliary_or_participle_is_active():
    """ "Germany mediated between Serbia and Kosovo." with "Germany" an nsubj:pass of
    "mediated" (tagged NNP): no "be", no participle, no passive."""
    words, pos, deps, heads = _tree(
        "Germany/PROPN/nsubj:pass/1 mediated/VERB/root/1 between/ADP/case/3 Serbia/PROPN/obl/1 ./PUNCT/punct/1"
    )
    fixed, _ = repair(deps, heads, words, pos, ["NNP", "NNP", "IN", "NNP", "."])
    assert fixed[0] == "nsubj"
    words, pos, deps, heads = _tree(
        "Germany/PROPN/nsubj:pass/2 was/AUX/aux:pass/2 attacked/VERB/root/2 ./PUNCT/punct/2"
    )
    assert repair(deps, heads, words, pos, ["NNP", "VBD", "VBN", "."])[0][0] == "nsubj:pass"


def test_an_irregular_past_read_as_a_noun_in_a_verbless_sentence_is_the_predicate():
    """ "A gunman [shot] shoppers at a Walmart store." read as one noun phrase ("shot" a noun
    modifying "shoppers", "gunman" an adjective): the past form is the verb, the word before
    it the subject, the root its object, and the verb with an object is tagged a verb; a
    sentence with a verb elsewhere keeps its noun ("a shot glass broke")."""
    from newsevents.language.labels import retag_from_tree

    spec = (
        "A/DET/det/3 gunman/ADJ/amod/2 shot/NOUN/compound/3 shoppers/NOUN/root/3 at/ADP/case/6 "
        "a/DET/det/6 store/NOUN/nmod/3 ./PUNCT/punct/3"
    )
    words, pos, deps, heads = _tree(spec)
    fixed, new_heads = repair(deps, heads, words, pos, "DT JJ NN NNS IN DT NN .".split())
    assert [(fixed[i], new_heads[i]) for i in (0, 1, 2, 3, 7)] == [
        ("det", 1),
        ("nsubj", 2),
        ("root", 2),
        ("obj", 2),
        ("punct", 2),
    ]
    assert retag_from_tree(fixed, new_heads, words, pos)[2] == "VERB"
    glass = "A/DET/det/2 shot/NOUN/compound/2 glass/NOUN/nsubj/3 broke/VERB/root/3 ./PUNCT/punct/3"
    words, pos, deps, heads = _tree(glass)
    assert repair(deps, heads, words, pos, "DT NN NN VBD .".split()) == (deps, heads)


def test_an_apposition_with_its_own_preposition_is_a_conjunct():
    """ "met with the IMF, then with President Trump": an apposition takes no preposition,
    so a second phrase under the same one is coordinated with the first."""
    words = ["Mitsotakis", "met", "with", "the", "Fund", ",", "then", "with", "President", "Trump", "."]
    pos = ["PROPN", "VERB", "ADP", "DET", "PROPN", "PUNCT", "ADV", "ADP", "PROPN", "PROPN", "PUNCT"]
    deps = ["nsubj", "root", "case", "det", "obl", "punct", "advmod", "case", "nmod:desc", "appos", "punct"]
    heads = [1, 1, 4, 4, 1, 9, 9, 8, 9, 4, 1]
    fixed, _ = repair(deps, heads, words, pos)
    assert fixed[9] == "conj"
    # a true apposition keeps its label: "met with Trump, the president"
    words = ["Mitsotakis", "met", "with", "Trump", ",", "the", "president", "."]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT"]
    deps = ["nsubj", "root", "case", "obl", "punct", "det", "appos", "punct"]
    heads = [1, 1, 3, 1, 6, 6, 3, 1]
    assert repair(deps, heads, words, pos)[0][6] == "appos"


def test_an_ed_word_after_have_and_before_a_count_is_the_perfect_verb():
    """ "have [tortured] scores of refugees" with "tortured" tagged JJ: having a count of
    people makes no sense, so the word is the perfect participle and the count its object."""
    words = ["Forces", "have", "tortured", "scores", "of", "refugees", "."]
    pos = ["NOUN", "VERB", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT"]
    tags = ["NNS", "VBP", "JJ", "NNS", "IN", "NNS", "."]
    deps = ["nsubj", "root", "amod", "obj", "case", "nmod", "punct"]
    heads = [1, 1, 3, 1, 5, 3, 1]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert fixed[2] == "root" and fixed[3] == "obj" and new_heads[3] == 2 and fixed[1] == "aux"
    # "have armed men" (no count) keeps the adjective
    words = ["They", "have", "armed", "men", "."]
    pos = ["PRON", "VERB", "ADJ", "NOUN", "PUNCT"]
    tags = ["PRP", "VBP", "JJ", "NNS", "."]
    deps = ["nsubj", "root", "amod", "obj", "punct"]
    assert repair(deps, [1, 1, 3, 1, 1], words, pos, tags)[0][2] == "amod"


def test_a_perfect_participle_read_as_an_adjective_inside_a_reported_clause_is_mended():
    """ "Forces have [tortured] scores of refugees, HRW said" with "have" the complement of
    "said": the participle takes the auxiliary's place there, not the root's."""
    words = ["Forces", "have", "tortured", "scores", "of", "refugees", ",", "HRW", "said", "."]
    pos = ["NOUN", "VERB", "ADJ", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    tags = ["NNS", "VBP", "JJ", "NNS", "IN", "NNS", ",", "NNP", "VBD", "."]
    deps = ["nsubj", "ccomp", "amod", "obj", "case", "nmod", "punct", "nsubj", "root", "punct"]
    heads = [1, 8, 3, 1, 5, 3, 1, 8, 8, 8]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert (fixed[2], new_heads[2]) == ("ccomp", 8)
    assert (fixed[1], new_heads[1]) == ("aux", 2) and (fixed[0], new_heads[0]) == ("nsubj", 2)
    assert (fixed[3], new_heads[3]) == ("obj", 2) and fixed[8] == "root"


def test_that_before_a_subjunctive_with_its_slots_taken_is_a_conjunction():
    """ "its call [that] Russia withdraw its troops": "that" read as the relative's object
    while "troops" is the object, the verb subjunctive: a content clause."""
    words = ["its", "call", "that", "Russia", "withdraw", "its", "troops", "."]
    pos = ["PRON", "NOUN", "PRON", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"]
    tags = ["PRP$", "NN", "WDT", "NNP", "VBP", "PRP$", "NNS", "."]
    deps = ["nmod:poss", "root", "obj", "nsubj", "acl:relcl", "nmod:poss", "obj", "punct"]
    heads = [1, 1, 4, 4, 1, 6, 4, 1]
    fixed, _ = repair(deps, heads, words, pos, tags)
    assert fixed[2] == "mark" and fixed[4] == "acl"
    # a past tense with the parse's second object keeps its relative: "values that Anita showed"
    tags[4] = "VBD"
    assert repair(deps, heads, words, pos, tags)[0][2] == "obj"


def test_a_list_of_gerunds_after_one_preposition_is_one_list():
    """ "accused the US of violating rights, [ignoring] law and [sending] a signal": the later
    gerunds, hung on "accused", are conjuncts of the first."""
    words = [
        "Amnesty",
        "accused",
        "US",
        "of",
        "violating",
        "rights",
        ",",
        "ignoring",
        "law",
        "and",
        "sending",
        "aid",
        ".",
    ]
    pos = ["PROPN", "VERB", "PROPN", "SCONJ", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", "NNS", ",", "VBG", "NN", "CC", "VBG", "NN", "."]
    deps = ["nsubj", "root", "obj", "mark", "advcl", "obj", "punct", "advcl", "obj", "cc", "conj", "obj", "punct"]
    heads = [1, 1, 1, 4, 1, 4, 7, 1, 7, 10, 1, 10, 1]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert (fixed[7], new_heads[7]) == ("conj", 4) and new_heads[10] == 4


def test_a_list_of_three_subjects_is_a_list():
    """ "Iraq, [Iran] and Syria condemned": two subjects with a comma between them are a
    name and its apposition, unless the second goes on with "and"; "France, Germany and Italy
    condemned" with "France" the root and the verb its conjunct is the same list."""
    words = ["Iraq", ",", "Iran", "and", "Syria", "condemned", "it", "."]
    pos = ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PRON", "PUNCT"]
    deps = ["nsubj", "punct", "nsubj", "cc", "conj", "root", "obj", "punct"]
    heads = [5, 2, 5, 4, 2, 5, 5, 5]
    fixed, new_heads = repair(deps, heads, words, pos)
    assert (fixed[2], new_heads[2]) == ("conj", 0)
    deps = ["root", "punct", "nsubj", "cc", "conj", "conj", "obj", "punct"]
    heads = [0, 2, 5, 4, 2, 0, 5, 0]
    fixed, new_heads = repair(deps, heads, words, pos)
    assert fixed[5] == "root" and (fixed[0], new_heads[0]) == ("nsubj", 5) and (fixed[2], new_heads[2]) == ("conj", 0)


def test_a_name_hung_on_a_subjectless_verb_as_an_adverb_is_its_subject():
    """ "Barr, however, refused to testify" with "Barr" an ``advmod`` of "refused" (and
    "Rittenhouse, in remarks, contended" a ``vocative``): a finite verb has a subject, so the
    name before it is that subject. A conjunct verb keeps sharing its first conjunct's subject,
    and a day before the verb ("Monday, ... said") is no subject."""
    spec = (
        "Barr/PROPN/advmod/4 ,/PUNCT/punct/0 however/ADV/advmod/4 ,/PUNCT/punct/2 refused/VERB/root/4 "
        "to/PART/mark/6 testify/VERB/xcomp/4 ./PUNCT/punct/4"
    )
    tags = ["NNP", ",", "RB", ",", "VBD", "TO", "VB", "."]
    assert _mended_at(spec, tags, (0,)) == [("nsubj", 4)]
    assert _mended_at(spec.replace("Barr/PROPN/advmod", "Barr/PROPN/vocative"), tags, (0,)) == [("nsubj", 4)]
    # an acronym read as an interjection: "[UNITA] has been fighting the government"
    assert _mended_at(spec.replace("Barr/PROPN/advmod", "Barr/NOUN/discourse"), ["NN"] + tags[1:], (0,)) == [
        ("nsubj", 4)
    ]
    conjunct = (
        "Sears/PROPN/nsubj/1 lied/VERB/root/1 and/CCONJ/cc/4 falsely/NOUN/advmod/4 advertised/VERB/conj/1 "
        "./PUNCT/punct/1"
    )
    assert _kept(conjunct, ["NNP", "VBD", "CC", "NN", "VBD", "."])
    assert _kept(spec.replace("Barr/", "Monday/"), tags)


def test_a_fronted_participle_read_as_an_adjective_is_an_adverbial_clause():
    """ "Refusing to resign, Mugabe agreed" with "Refusing" an ``amod`` of "Mugabe", and
    "Forecasting slow growth, Wallis urged" with "growth" an oblique of "urged": a participle
    with a complement of its own, or one before a noun that ends ahead of the comma, opens an
    adverbial clause of the main verb. "Striking seamen, who ..., held talks" stays."""
    spec = (
        "Refusing/VERB/amod/4 to/PART/mark/2 resign/VERB/xcomp/0 ,/PUNCT/punct/0 Mugabe/PROPN/nsubj/5 "
        "agreed/VERB/root/5 ./PUNCT/punct/5"
    )
    tags = ["VBG", "TO", "VB", ",", "NNP", "VBD", "."]
    assert _mended_at(spec, tags, (0, 4)) == [("advcl", 5), ("nsubj", 5)]
    spec = (
        "Forecasting/VERB/amod/2 slow/ADJ/amod/2 growth/NOUN/obl/5 ,/PUNCT/punct/2 Wallis/PROPN/nsubj/5 "
        "urged/VERB/root/5 ./PUNCT/punct/5"
    )
    tags = ["VBG", "JJ", "NN", ",", "NNP", "VBD", "."]
    assert _mended_at(spec, tags, (0, 2)) == [("advcl", 5), ("obj", 0)]
    spec = (
        "Striking/VERB/amod/1 seamen/NOUN/nsubj/5 ,/PUNCT/punct/1 who/PRON/nsubj/4 struck/VERB/acl:relcl/1 "
        "held/VERB/root/5 talks/NOUN/obj/5 ./PUNCT/punct/5"
    )
    tags = ["VBG", "NNS", ",", "WP", "VBD", "VBD", "NNS", "."]
    assert _mended_at(spec, tags, (0,))[0][1] == 1  # still on "seamen"


def test_a_closing_attribution_read_as_an_apposition_is_mended():
    """ "Troops shelled Kharkiv, the Washington Post reported." read as "Post" an apposition
    of "Kharkiv" and "reported" a loose complement: a finite verb ending the sentence with no
    subject, right after a phrase that opens after the comma, is the attribution. With an
    object after the verb ("..., the army shelled the town") nothing moves."""
    spec = (
        "Troops/NOUN/nsubj/1 shelled/VERB/root/1 Kharkiv/PROPN/obj/1 ,/PUNCT/punct/6 the/DET/det/6 "
        "Washington/PROPN/compound/6 Post/PROPN/appos/2 reported/VERB/xcomp/1 ./PUNCT/punct/1"
    )
    tags = ["NNS", "VBD", "NNP", ",", "DT", "NNP", "NNP", "VBD", "."]
    assert _mended_at(spec, tags, (1, 6, 7)) == [("ccomp", 7), ("nsubj", 7), ("root", 7)]
    with_object = spec.replace(
        "reported/VERB/xcomp/1 ./PUNCT/punct/1", "shelled/VERB/xcomp/1 it/PRON/obj/7 ./PUNCT/punct/1"
    )
    assert _kept(with_object, tags[:-1] + ["PRP", "."])


def test_according_to_an_outlet_with_its_descriptor_is_no_subject():
    """ "According to news agency ISNA, the prosecutor said" with "According" tagged a verb
    and hung on the descriptor "agency", "ISNA" read as the subject: the phrase is an
    oblique, the apposition after it the subject."""
    spec = (
        "According/VERB/case/3 to/ADP/fixed/0 news/NOUN/compound/3 agency/NOUN/nmod:desc/4 "
        "ISNA/PROPN/nsubj/9 ,/PUNCT/punct/7 the/DET/det/7 prosecutor/NOUN/appos/4 ,/PUNCT/punct/7 "
        "said/VERB/root/9 ./PUNCT/punct/9"
    )
    fixed, new_heads = _mended(spec)
    assert [(fixed[i], new_heads[i]) for i in (4, 7)] == [("obl", 9), ("nsubj", 9)]


def test_an_auxiliary_cut_from_its_verb_by_a_parenthetical_is_mended():
    """ "The United States had not, as of yesterday, announced any plans" read with "had" the
    root and "announced" its subjectless conjunct: the participle is the auxiliary's verb, so
    it is the root with the auxiliary, subject and negation. With "and" between them, or
    a form the auxiliary does not take, nothing moves."""
    spec = (
        "Iran/PROPN/nsubj/1 had/AUX/root/1 not/PART/advmod/1 ,/PUNCT/punct/2 as/ADP/case/6 "
        "of/ADP/fixed/4 yesterday/NOUN/obl/9 ,/PUNCT/punct/6 announced/VERB/conj/1 "
        "plans/NOUN/obj/8 ./PUNCT/punct/1"
    )
    tags = ["NNP", "VBD", "RB", ",", "IN", "IN", "NN", ",", "VBD", "NNS", "."]
    assert _mended_at(spec, tags, (0, 1, 2, 8)) == [("nsubj", 8), ("aux", 8), ("advmod", 8), ("root", 8)]
    bare = tags[:8] + ["VB"] + tags[9:]
    assert _kept(spec, bare)
    coordinated = spec.replace(",/PUNCT/punct/6 announced", "and/CCONJ/cc/8 announced")
    assert _kept(coordinated, tags)


def test_a_noun_with_do_or_a_modal_as_its_auxiliary_is_a_verb():
    """ "Lam did not [accede] to the demands" with the rare verb tagged NOUN: "do" and the
    modals are auxiliaries of verbs only; "will be president" has its copula and stays a noun."""
    spec = "Lam/PROPN/nsubj/3 did/AUX/aux/3 not/PART/advmod/3 accede/NOUN/root/3 to/ADP/case/5 demands/NOUN/obl/3"
    assert _retagged(spec)[3] == "VERB"
    assert _retagged("He/PRON/nsubj/3 will/AUX/aux/3 be/AUX/cop/3 president/NOUN/root/3")[3] == "NOUN"


def test_a_finite_conjunct_of_an_infinitive_joins_the_verb_the_infinitive_completes():
    """ "Lam agreed to add members but did not accede" with "accede" a conjunct of "add": a
    conjunct with its own "do" is finite, so it is coordinated with "agreed"; a bare
    conjunct ("agreed to add members and appoint a judge") stays inside the infinitive."""
    spec = (
        "Lam/PROPN/nsubj/1 agreed/VERB/root/1 to/PART/mark/3 add/VERB/xcomp/1 members/NOUN/obj/3 "
        "but/CCONJ/cc/8 did/AUX/aux/8 not/PART/advmod/8 accede/VERB/conj/3 ./PUNCT/punct/1"
    )
    tags = ["NNP", "VBD", "TO", "VB", "NNS", "CC", "VBD", "RB", "VB", "."]
    fixed, new_heads = _mended(spec, tags)
    assert (fixed[8], new_heads[8]) == ("conj", 1)
    bare = spec.replace(
        "but/CCONJ/cc/8 did/AUX/aux/8 not/PART/advmod/8", "and/CCONJ/cc/8 then/ADV/advmod/8 also/ADV/advmod/8"
    )
    assert _mended(bare, ["NNP", "VBD", "TO", "VB", "NNS", "CC", "RB", "RB", "VB", "."])[1][8] == 3


def test_a_prepositional_phrase_under_a_verb_is_an_oblique():
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree("Lam/PROPN/nsubj/1 acceded/VERB/root/1 to/ADP/case/3 demands/NOUN/nmod/1")
    retag_from_tree(deps, heads, words, pos)
    assert deps[3] == "obl"


def test_a_participle_opening_its_own_clause_is_no_misread_name():
    """ "Saying Rocky Linux is for the community, Kurtzer said": the capitalised first word
    heads the clause its "subject" is in, so it is no name in that subject (making it one
    hung the word under its own dependent: a cycle that hung every walk of the tree)."""
    spec = (
        "Saying/VERB/advcl/9 Rocky/ADJ/amod/2 Linux/PROPN/nsubj/6 is/AUX/cop/6 for/ADP/case/6 the/DET/det/6 "
        "community/NOUN/ccomp/0 ,/PUNCT/punct/0 Kurtzer/PROPN/nsubj/9 said/VERB/root/9 ./PUNCT/punct/9"
    )
    fixed, new_heads = _mended(spec)
    assert (fixed[0], new_heads[0]) == ("advcl", 9)


def test_a_tree_with_a_cycle_is_recognised():
    """The guard ``repair`` applies last: a repair that makes a word its own ancestor keeps
    the parser's tree instead, and walks of the tree visit each word once."""
    from newsevents.language.labels import _has_cycle

    assert not _has_cycle([1, 1, 1, 2])
    assert _has_cycle([1, 2, 0, 3])


def test_the_subject_of_a_bare_clause_read_as_the_object_of_the_verb_of_saying_is_mended():
    """ "Police alleged the accused performed two attacks" with "the accused" the object of
    "alleged" and "performed" its conjunct: a finite conjunct right after the object, with no
    conjunction or comma, is the complement clause. A verb that takes no clause ("recovered
    the pics geeksquad deleted", a reduced relative) and a real list ("and") keep their tree."""
    spec = (
        "Police/NOUN/nsubj/1 alleged/VERB/root/1 the/DET/det/3 accused/VERB/obj/1 performed/VERB/conj/1 "
        "two/NUM/nummod/6 attacks/NOUN/obj/4 ./PUNCT/punct/1"
    )
    tags = ["NNS", "VBD", "DT", "VBN", "VBD", "CD", "NNS", "."]
    assert _mended_at(spec, tags, (3, 4, 6)) == [("nsubj", 4), ("ccomp", 1), ("obj", 4)]
    recovered = spec.replace("alleged/VERB", "recovered/VERB")
    assert _kept(recovered, tags)
    listed = (
        "Police/NOUN/nsubj/1 alleged/VERB/root/1 the/DET/det/3 accused/VERB/obj/1 and/CCONJ/cc/5 "
        "performed/VERB/conj/1 two/NUM/nummod/7 attacks/NOUN/obj/5 ./PUNCT/punct/1"
    )
    assert _kept(listed, tags[:4] + ["CC"] + tags[4:])


def test_an_infinitive_after_the_object_of_a_directive_verb_is_its_complement():
    """ "advised militias [to attack] soldiers" read as a purpose clause (``advcl``): the
    object of "advise" is who is to attack. "visited militias to thank them" (no such verb)
    keeps its purpose clause."""
    spec = (
        "Cleric/NOUN/nsubj/1 advised/VERB/root/1 militias/NOUN/obj/1 to/PART/mark/4 attack/VERB/advcl/1 "
        "soldiers/NOUN/obj/4 ./PUNCT/punct/1"
    )
    tags = ["NN", "VBD", "NNS", "TO", "VB", "NNS", "."]
    assert _mended_at(spec, tags, (4,)) == [("xcomp", 1)]
    assert _kept(spec.replace("advised/VERB", "visited/VERB"), tags)


def test_an_infinitive_in_the_perfect_is_no_purpose_clause():
    """ "Ministers were seen by witnesses [to have entered] the building" read as a purpose
    clause (``advcl``): what is already done is no purpose, so it is the complement; "came
    to inspect the building" keeps its purpose clause."""
    spec = (
        "Ministers/NOUN/nsubj:pass/2 were/AUX/aux:pass/2 seen/VERB/root/2 by/ADP/case/4 witnesses/NOUN/obl:agent/2 "
        "to/PART/mark/7 have/AUX/aux/7 entered/VERB/advcl/2 the/DET/det/9 building/NOUN/obj/7 ./PUNCT/punct/2"
    )
    tags = ["NNS", "VBD", "VBN", "IN", "NNS", "TO", "VB", "VBN", "DT", "NN", "."]
    assert _mended_at(spec, tags, (7,)) == [("xcomp", 2)]
    spec = (
        "Ministers/NOUN/nsubj/1 came/VERB/root/1 to/PART/mark/3 inspect/VERB/advcl/1 the/DET/det/5 "
        "building/NOUN/obj/3 ./PUNCT/punct/1"
    )
    assert _kept(spec, ["NNS", "VBD", "TO", "VB", "DT", "NN", "."])


def test_a_verb_of_saying_read_as_an_adjective_of_the_reported_subject_is_mended():
    """ "Rivera alleged Ortega has attacked reporters" with "alleged" an adjective of "Ortega"
    (and "Rivera" its subject, or a second subject of "attacked"): the verb of saying is the
    root and the clause its complement. "the alleged killer" (an article before it) and a
    verb that takes no clause keep their tree."""
    spec = (
        "Rivera/PROPN/nsubj/1 alleged/ADJ/amod/2 Ortega/PROPN/nsubj/4 has/AUX/aux/4 attacked/VERB/root/4 "
        "reporters/NOUN/obj/4 ./PUNCT/punct/4"
    )
    tags = ["NNP", "JJ", "NNP", "VBZ", "VBN", "NNS", "."]
    assert _mended_at(spec, tags, (0, 1, 4, 6)) == [("nsubj", 1), ("root", 1), ("ccomp", 1), ("punct", 1)]
    two_subjects = spec.replace("Rivera/PROPN/nsubj/1", "Rivera/PROPN/nsubj/4")
    assert _mended_at(two_subjects, tags, (0, 1, 4)) == [("nsubj", 1), ("root", 1), ("ccomp", 1)]
    assert _kept(spec.replace("alleged/ADJ", "wounded/ADJ"), tags)
    article = (
        "The/DET/det/2 alleged/ADJ/amod/2 killer/NOUN/nsubj/3 attacked/VERB/root/3 reporters/NOUN/obj/3 ./PUNCT/punct/3"
    )
    assert _kept(article, ["DT", "JJ", "NN", "VBD", "NNS", "."])


def test_a_name_right_before_a_noun_both_read_as_subjects_modifies_the_noun():
    """ "Somali troops attacked the town" with "Somali" and "troops" both subjects."""
    spec = "Somali/PROPN/nsubj/2 troops/NOUN/nsubj/2 attacked/VERB/root/2 the/DET/det/4 town/NOUN/obj/2"
    fixed, new_heads = _mended(spec, ["NNP", "NNS", "VBD", "DT", "NN"])
    assert (fixed[0], new_heads[0]) == ("compound", 1) and (fixed[1], new_heads[1]) == ("nsubj", 2)


def test_a_word_the_tree_makes_a_verb_gets_its_verb_lemma(pipeline):
    """ "A gunman [shot] shoppers" with "shot" the verb of the tree but tagged NN and left
    with the lemma "shot": the verb lemma ("shoot") is what the event stage looks up."""
    from types import SimpleNamespace

    from newsevents.language.document import Token

    shot = Token(i=0, text="shot", lemma="shot", pos="VERB", tag="NN", dep="root", head=0, idx=0, sent=0)
    glass = Token(i=1, text="shot", lemma="shot", pos="NOUN", tag="NN", dep="compound", head=2, idx=5, sent=0)
    pipeline.analyser._restore_lemmas(SimpleNamespace(tokens=[shot, glass]))
    assert (shot.lemma, glass.lemma) == ("shoot", "shot")


def test_a_lone_name_before_the_phrase_of_a_second_subject_modifies_it():
    """ "[Kenyan] President Uhuru Kenyatta criticised" with "Kenyan" a second subject: with no
    comma or conjunction between the two, the lone name modifies the word after it."""
    spec = (
        "Kenyan/PROPN/nsubj/4 President/PROPN/nmod:desc/2 Uhuru/PROPN/nsubj/4 Kenyatta/PROPN/flat/2 "
        "criticised/VERB/root/4"
    )
    fixed, new_heads = _mended(spec, ["NNP", "NNP", "NNP", "NNP", "VBD"])
    assert (fixed[0], new_heads[0]) == ("compound", 1) and (fixed[2], new_heads[2]) == ("nsubj", 4)


def test_a_rare_past_form_tagged_an_adjective_in_a_verbless_sentence_is_the_predicate():
    """ "Germany [summoned] Russian ambassador X" with "summoned" a JJ modifier of "ambassador"
    and no verb in the sentence: the -ed word is the predicate; so it is with the object's name
    read as a part of the subject's ("Kuwait summoned Iranian Ambassador [Hossein] Karimi").
    An adjective not in -ed ("Germany's new ambassador ...") stays one."""
    spec = (
        "Germany/PROPN/compound/3 summoned/ADJ/amod/3 Russian/ADJ/amod/3 ambassador/NOUN/root/3 "
        "Sergei/PROPN/appos/3 ./PUNCT/punct/3"
    )
    tags = ["NNP", "JJ", "JJ", "NN", "NNP", "."]
    assert _mended_at(spec, tags, (0, 1, 3)) == [("nsubj", 1), ("root", 1), ("obj", 1)]
    spec = (
        "Kuwait/PROPN/root/0 summoned/ADJ/amod/4 Iranian/ADJ/amod/4 Ambassador/PROPN/nmod:desc/4 "
        "Hossein/PROPN/flat/0 Karimi/PROPN/flat/4 ./PUNCT/punct/0"
    )
    tags = ["NNP", "JJ", "JJ", "NNP", "NNP", "NNP", "."]
    assert _mended_at(spec, tags, (0, 1, 4, 6)) == [("nsubj", 1), ("root", 1), ("obj", 1), ("punct", 1)]
    new = "Germany/PROPN/compound/3 new/ADJ/amod/3 Russian/ADJ/amod/3 ambassador/NOUN/root/3 ./PUNCT/punct/3"
    assert _kept(new, ["NNP", "JJ", "JJ", "NN", "."])


def test_a_participle_with_its_agent_read_as_a_clause_with_a_copula_is_a_reduced_relative():
    """ "fishing vessels seized by Iran were spy boats" read with "seized" the predicate and
    "by Iran were spy boats" its oblique: "by" opens no clause, so "seized" describes the
    vessels, Iran is its agent and "boats" the predicate. Without "by" nothing moves."""
    spec = (
        "vessels/NOUN/nsubj/1 seized/VERB/root/1 by/ADP/case/5 Iran/PROPN/nsubj/5 were/AUX/cop/5 "
        "boats/NOUN/obl:agent/1 ./PUNCT/punct/1"
    )
    tags = ["NNS", "VBN", "IN", "NNP", "VBD", "NNS", "."]
    labels = ["nsubj", "acl", "case", "obl:agent", "cop", "root", "punct"]
    assert _mended_at(spec, tags, range(7)) == list(zip(labels, [5, 0, 3, 1, 5, 5, 5], strict=True))
    without = spec.replace("by/ADP/case/5", "in/ADP/case/5")
    assert _kept(without, tags)


def test_a_that_read_as_the_object_of_such_a_participle_is_a_content_clause_s_mark():
    """ "rejected charges that vessels seized by Iran were spy boats" with "that" the object of
    a relative "seized": the participle is the reduced relative, "boats" the predicate of the
    content clause of "charges", "that" its conjunction."""
    spec = (
        "Kuwait/PROPN/nsubj/1 rejected/VERB/root/1 charges/NOUN/obj/1 that/PRON/obj/5 vessels/NOUN/nsubj/5 "
        "seized/VERB/acl:relcl/2 by/ADP/case/9 Iran/PROPN/nsubj/9 were/AUX/cop/9 boats/NOUN/obl/5"
    )
    tags = ["NNP", "VBD", "NNS", "WDT", "NNS", "VBN", "IN", "NNP", "VBD", "NNS"]
    assert _mended_at(spec, tags, (3, 5, 7, 9)) == [("mark", 9), ("acl", 4), ("obl:agent", 5), ("acl", 2)]


def test_a_complement_subject_hung_on_its_fronted_phrase_is_mended():
    """ "He revealed that in December, Prince Mohammad accepted responsibility" with "that" the
    subject of "accepted" and the name a flat of "December": a name runs across no comma, so
    "that" is the complement's mark and the name its subject. With no comma the parse may be
    right, and is kept."""
    spec = (
        "He/PRON/nsubj/1 revealed/VERB/root/1 that/PRON/nsubj/8 in/ADP/case/4 December/PROPN/obl/8 "
        ",/PUNCT/punct/7 Prince/PROPN/compound/7 Mohammad/PROPN/flat/4 accepted/VERB/ccomp/1 "
        "responsibility/NOUN/obj/8 ./PUNCT/punct/1"
    )
    tags = ["PRP", "VBD", "IN", "IN", "NNP", ",", "NNP", "NNP", "VBD", "NN", "."]
    assert _mended_at(spec, tags, (2, 7)) == [("mark", 8), ("nsubj", 8)]
    no_comma = spec.replace(",/PUNCT/punct/7", "the/DET/det/7")
    assert _kept(no_comma, tags[:5] + ["DT"] + tags[6:])


def test_a_noun_read_as_the_compound_of_a_subjectless_past_verb_is_its_subject():
    """ "police fired and landed a round" with "police" a compound of "fired": a compound
    modifies a noun, so the noun is the subject. A present "-s" form is as often a noun ("a
    slide show") and a capitalised one a title's ("Homes Wanted"): both keep their tree."""
    spec = "police/NOUN/compound/1 fired/VERB/root/1 a/DET/det/3 round/NOUN/obj/1"
    assert _mended_at(spec, ["NNS", "VBN", "DT", "NN"], (0,)) == [("nsubj", 1)]
    assert _kept(spec, ["NNS", "VBZ", "DT", "NN"])
    assert _kept(spec.replace("fired/", "Fired/"), ["NNS", "VBD", "DT", "NN"])


def test_an_object_split_from_its_verb_by_a_modifier_phrase_is_mended():
    """ "labeled Soleimani as a terrorist and levied sanctions against him" with "sanctions" hung
    on "Soleimani" (and "as a terrorist" on "sanctions"), "levied" left with no object: an arc
    does not cross the verb, so "sanctions" is its object, "as a terrorist" a phrase of its own
    and "against him" goes with "levied". Without a preposition before the verb the parse is kept."""
    spec = (
        "US/PROPN/nsubj/1 labeled/VERB/root/1 Soleimani/PROPN/obj/1 as/ADP/case/8 a/DET/det/8 "
        "terrorist/NOUN/amod/8 and/CCONJ/cc/7 levied/VERB/conj/1 sanctions/NOUN/nmod/2 "
        "against/ADP/case/10 him/PRON/obl/1"
    )
    tags = ["NNP", "VBD", "NNP", "IN", "DT", "NN", "CC", "VBD", "NNS", "IN", "PRP"]
    assert _kept(spec.replace("as/ADP/case/8", "then/ADV/advmod/8"), tags[:3] + ["RB"] + tags[4:])
    assert _mended_at(spec, tags, (3, 5, 8, 10)) == [("case", 5), ("nmod", 2), ("obj", 7), ("obl", 7)]


def test_a_subject_read_with_a_date_as_one_oblique_is_mended():
    """ "On Sunday Presidents Buhari and Talon signed" read as one oblique "On Sunday
    Presidents ..." of a subjectless verb: the date is the oblique, the noun after it the
    subject. "On May 5" (a number after the date) is a date only, and is kept."""
    spec = (
        "On/ADP/case/2 Sunday/PROPN/compound/2 Presidents/PROPN/obl/6 Buhari/PROPN/flat/2 and/CCONJ/cc/5 "
        "Talon/PROPN/conj/2 signed/VERB/root/6 it/PRON/obj/6"
    )
    tags = ["IN", "NNP", "NNPS", "NNP", "CC", "NNP", "VBD", "PRP"]
    assert _kept(spec.replace("Presidents/PROPN/obl/6", "5/NUM/obl/6"), tags[:2] + ["CD"] + tags[3:])
    assert _mended_at(spec, tags, (0, 1, 2)) == [("case", 1), ("obl", 6), ("nsubj", 6)]


def test_a_participle_after_an_object_is_passive_unless_the_verb_takes_a_bare_clause(parse_full, rehang):
    """ "had the journalist [arrested]": the journalist was arrested; "announced Avenatti
    [intended] to appeal", read the same way by a weak parse, is a subject and its verb."""
    doc = parse_full("The minister had the journalist arrested.")
    rehang(doc, "arrested", "had", "xcomp")
    word = {t.text: t for t in doc.tokens}
    assert doc.small_clause_patient(word["arrested"].i) == word["journalist"].i
    doc = parse_full("His lawyer announced Avenatti intended to appeal the conviction.")
    rehang(doc, "Avenatti", "announced", "obj")
    rehang(doc, "intended", "announced", "xcomp")
    word = {t.text: t for t in doc.tokens}
    assert word["intended"].tag in ("VBN", "VBD") and doc.small_clause_patient(word["intended"].i) is None


def test_a_hyphen_after_a_dotted_abbreviation_splits_as_after_a_word(parse_full):
    """ "U.S.-led", "U.N.-sponsored" split as "US-led" does, so the country is a token of its
    own; single initials ("A.-M. Smith") stay whole."""
    words = [t.text for t in parse_full("The U.S.-led coalition and U.N.-sponsored talks met A.-M. Smith.").tokens]
    assert words[1:4] == ["U.S.", "-", "led"]
    assert words[6:9] == ["U.N.", "-", "sponsored"]
    assert "A.-M." in words


def test_days_and_dates_are_told_from_other_nouns(parse_full):
    doc = parse_full("The government called on Monday and again on March 23 on Russia to withdraw.")
    by_text = {t.text: t.i for t in doc.tokens}
    assert doc.names_a_date(by_text["Monday"]) and doc.names_a_date(by_text["23"])
    assert not doc.names_a_date(by_text["Russia"]) and not doc.names_a_date(by_text["government"])
    doc = parse_full("The Labour Party called on May to resign.")
    assert not doc.names_a_date(next(t.i for t in doc.tokens if t.text == "May"))


def test_a_day_relative_to_the_writing_heads_no_noun_phrase():
    """ "summoned by the Ministry yesterday" read with "Ministry" a compound of "yesterday":
    the noun heads the agent phrase and the day is the verb's adverb of time; "told USA
    Today" (a newspaper's name) is kept."""
    spec = (
        "He/PRON/nsubj:pass/2 was/AUX/aux:pass/2 summoned/VERB/root/2 by/ADP/case/5 the/DET/det/5 "
        "Ministry/PROPN/compound/6 yesterday/NOUN/obl:unmarked/2 ./PUNCT/punct/2"
    )
    assert _mended_at(spec, None, (3, 4, 5, 6)) == [("case", 5), ("det", 5), ("obl", 2), ("obl:tmod", 2)]
    spec = "He/PRON/nsubj/1 told/VERB/root/1 USA/PROPN/compound/3 Today/PROPN/obj/1 ./PUNCT/punct/1"
    assert _kept(spec)


def test_a_day_read_as_a_second_subject_is_the_adverb_of_time():
    """ "France today repaid the debt" read with two subjects, "France" and "today": the
    name is the subject, the day its verb's adverb of time (not a noun "France" modifies).
    "USA Today" (capitalised) is a name and keeps its reading."""
    spec = "France/PROPN/nsubj/2 today/NOUN/nsubj/2 repaid/VERB/root/2 debt/NOUN/obj/2 ./PUNCT/punct/2"
    assert _mended_at(spec, None, (0, 1)) == [("nsubj", 2), ("obl:tmod", 2)]
    spec = "Call/NOUN/compound/1 money/NOUN/nsubj:pass/4 today/NOUN/nsubj:pass/4 was/AUX/aux:pass/4 quoted/VERB/root/4"
    assert _mended_at(spec, None, (1, 2)) == [("nsubj:pass", 4), ("obl:tmod", 4)]
    spec = "USA/PROPN/nsubj/2 Today/PROPN/nsubj/2 reported/VERB/root/2 ./PUNCT/punct/2"
    assert _mended_at(spec, None, (1,)) == [("nsubj", 2)]


def test_a_past_verb_read_as_an_adjective_of_its_object_heads_its_clause():
    """ "Israeli jets bombed Palestinian targets, radio said" read as one noun phrase under
    "said", "bombed" an ``amod`` of "targets" and "jets" a compound: the verb heads the
    reported clause, "jets" is its subject and "targets" its object. "state owned firms"
    (a participle with nothing of the object's own after it) stays a noun phrase."""
    spec = (
        "Israeli/ADJ/amod/1 jets/NOUN/compound/4 bombed/VERB/amod/4 Palestinian/ADJ/amod/4 targets/NOUN/ccomp/8 "
        ",/PUNCT/punct/4 radio/NOUN/compound/7 stations/NOUN/nsubj/8 said/VERB/root/8 ./PUNCT/punct/8"
    )
    tags = ["JJ", "NNS", "VBN", "JJ", "NNS", ",", "NN", "NNS", "VBD", "."]
    assert _mended_at(spec, tags, (1, 2, 4)) == [("nsubj", 2), ("ccomp", 8), ("obj", 2)]
    spec = (
        "state/NOUN/compound/2 owned/VERB/amod/2 firms/NOUN/ccomp/6 ,/PUNCT/punct/2 officials/NOUN/nsubj/5 "
        "said/VERB/root/5 ./PUNCT/punct/5"
    )
    assert _mended_at(spec, ["NN", "VBN", "NNS", ",", "NNS", "VBD", "."], (1,)) == [("amod", 2)]


def test_a_plain_subject_of_a_passive_participle_is_the_passive_s_subject():
    """ "The Iranian charge was summoned by the ministry" read with "charge" an ``nsubj``:
    with "was" a passive auxiliary and a participle, it is an ``nsubj:pass``."""
    spec = (
        "The/DET/det/1 charge/NOUN/nsubj/3 was/AUX/aux:pass/3 summoned/VERB/root/3 by/ADP/case/6 "
        "the/DET/det/6 ministry/NOUN/obl:agent/3 ./PUNCT/punct/3"
    )
    tags = ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "."]
    assert _mended_at(spec, tags, (1,)) == [("nsubj:pass", 3)]


def test_an_adjective_with_an_article_in_a_noun_s_place_is_a_noun():
    """ "Iran launched a fresh [offensive]" with "offensive" tagged ADJ: an adjective takes no
    indefinite article or possessor; "the wounded" in the same place keeps its class."""
    from newsevents.language.labels import retag_from_tree

    words, pos, deps, heads = _tree(
        "Iran/PROPN/nsubj/1 launched/VERB/root/1 a/DET/det/4 fresh/ADJ/amod/4 offensive/ADJ/obj/1"
    )
    assert retag_from_tree(deps, heads, words, pos)[4] == "NOUN"
    words, pos, deps, heads = _tree("Police/NOUN/nsubj/1 helped/VERB/root/1 the/DET/det/3 wounded/ADJ/obj/1")
    assert retag_from_tree(deps, heads, words, pos)[3] == "ADJ"


def test_coordinated_modifiers_read_as_heads_become_modifiers_of_the_plural():
    """ "met Japan's [defence] and finance ministers", "ministers" a conjunct of "defence":
    the plural is the head, "defence" and "finance" its coordinated modifiers; with no plural
    to share ("defence and finance minister"), or with no determiner or possessor on the first
    noun ("seeking credit and barter provisions"), the parse is left."""
    words, pos, deps, heads = _tree(
        "Shultz/PROPN/nsubj/1 met/VERB/root/1 Japan/PROPN/nmod:poss/4 's/PART/case/2 defence/NOUN/obj/1 "
        "and/CCONJ/cc/7 finance/NOUN/compound/7 ministers/NOUN/conj/4 ./PUNCT/punct/1"
    )
    tags = ["NNP", "VBD", "NNP", "POS", "NN", "CC", "NN", "NNS", "."]
    fixed, new_heads = repair(deps, heads, words, pos, tags)
    assert [(fixed[i], new_heads[i]) for i in (2, 4, 5, 6, 7)] == [
        ("nmod:poss", 7),
        ("compound", 7),
        ("cc", 6),
        ("conj", 4),
        ("obj", 1),
    ]
    tags[7] = "NN"  # "defence and finance minister": no plural to share
    assert repair(deps, heads, words, pos, tags)[0][7] == "conj"
    tags[7] = "NNS"  # "seeking [credit] and barter provisions": a bare first noun may stand alone
    deps[2], heads[2] = "nsubj", 1
    assert repair(deps, heads, words, pos, tags)[0][7] == "conj"
