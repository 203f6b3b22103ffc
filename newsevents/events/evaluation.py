"""Evaluations: a statement that someone or their act is good or bad is praise or criticism.

News reports much verbal conflict as an evaluation rather than a verb of criticising:
"X called the deal 'lousy'" (X criticises the deal's owner), "'Y was a true hero,' said
Z" (Z praises Y). CAMEO codes such a statement by what it says of the one evaluated
(111 for condemning words, 051 for approving ones; ``resources/evaluation.toml``).

Two shapes are found here, both over the parse:

- a verb of naming and its complement ("called the move a disgrace", "described the
  attack as cowardly"): the subject evaluates the object. The complement's attachment
  is what small parsers get wrong most often, so the words after the verb are read in
  order up to the next clause: the first actor there is the one evaluated, and an
  evaluative word after it says how.
- a copular clause ("Y was a true hero", "the decision is not acceptable"): its subject is
  evaluated, by whoever the clause is attributed to, which the attribution stage knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..language import ParsedDoc, Token
from ..language.morphology import expand
from .modality import cues, has_negator

FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # Penn tags of a finite verb: a new clause


@dataclass(frozen=True)
class EvaluationWords:
    negative: frozenset[str]
    positive: frozenset[str]
    naming_verbs: frozenset[str]  # their word forms ("called", "describes"): lemmatisers err on them
    codes: dict[str, str]  # polarity -> CAMEO code
    clause_breaks: frozenset[str]  # words that end a naming verb's complement
    negators: frozenset[str]  # "not acceptable" (modality.toml's negators)
    attributive: frozenset[str] = frozenset()  # words that condemn before a noun ("brutal crackdown")
    fault: frozenset[str] = frozenset()  # "responsible for", "to blame for": an accusation, for a hostile act

    def polarity_of(self, tok: Token, doc: ParsedDoc | None = None) -> str | None:
        """The polarity of a word, or, given the document, of the hyphenated word it begins
        ("anti-democratic", which the tokeniser splits at the hyphen)."""
        words = [tok.lemma.lower(), tok.text.lower()]
        if doc is not None:
            words.append(hyphenated_word(doc, tok.i))
        for word in words:
            if word in self.fault:
                return "fault"
            if word in self.negative:
                return "negative"
            if word in self.positive:
                return "positive"
        return None


def hyphenated_word(doc: ParsedDoc, i: int) -> str:
    """ "anti-democratic" from the tokens "anti", "-", "democratic" written together; else ""."""
    prefix = doc.hyphen_prefix(i + 2) if i + 2 < len(doc.tokens) else ""
    return f"{prefix}{doc.tokens[i + 2].text.lower()}" if prefix else ""


@lru_cache(maxsize=1)
def evaluation_words() -> EvaluationWords:
    data = resources.read_toml("evaluation.toml")
    return EvaluationWords(
        negative=frozenset(data["negative"]),
        positive=frozenset(data["positive"]),
        naming_verbs=expand(data["naming_verbs"]),
        codes=dict(data["codes"]),
        clause_breaks=frozenset(data["clause_breaks"]),
        negators=cues().negators,
        attributive=frozenset(data.get("attributive", ())),
        fault=frozenset(data.get("fault", ())),
    )


@dataclass(frozen=True)
class Evaluation:
    predicate: int  # the evaluative word (a naming verb's complement, a copular predicate)
    evaluated: int | None  # the phrase evaluated (None: it names no one)
    polarity: str  # "negative", "positive" or "fault"
    negation_read: bool = False  # "not acceptable": the negation is in the polarity already


def _flip(polarity: str | None, negated: bool) -> str | None:
    """ "not acceptable" condemns; "not a disgrace" and "not responsible" say too little to code."""
    if polarity is None or not negated:
        return polarity
    return "negative" if polarity == "positive" else None


def named_evaluation(doc: ParsedDoc, verb: int, words: EvaluationWords, is_actor) -> Evaluation | None:
    """What a verb of naming says of its object ("called Y's deal 'lousy'"): an evaluative
    word after the object, read in word order up to the next clause, and the first phrase
    before that word which ``is_actor`` accepts (None when the object names no one: "called
    the move a disgrace"). "called for", "called on" name nothing."""
    tokens = doc.tokens
    sent = doc.sentences[tokens[verb].sent]
    if verb + 1 >= sent.end or tokens[verb + 1].pos in ("ADP", "PART") or doc.children(verb, "compound:prt"):
        return None
    evaluated = None
    seen_object = negated = False
    for i in range(verb + 1, sent.end):
        tok = tokens[i]
        word = tok.text.lower()
        finite = tok.tag in FINITE and not _noun_read_as_a_verb(doc, i)
        if word in words.clause_breaks or finite or tok.pos == "SCONJ" or word == "to":
            break
        negated = negated or word in words.negators
        polarity = _flip(words.polarity_of(tok), negated) if seen_object else None
        if polarity == "fault":  # "found him guilty": a verdict, not a statement's accusation
            return None
        if polarity and tok.pos in ("ADJ", "NOUN", "PROPN", "VERB"):
            return Evaluation(i, evaluated, polarity)
        if tok.pos in ("NOUN", "PROPN", "PRON"):
            seen_object = True
            if evaluated is None and is_actor(i):
                evaluated = i
    return None


def _noun_read_as_a_verb(doc: ParsedDoc, i: int) -> bool:
    """ "called the move a smash and [grab]": a plural present-tense verb right after a noun
    and "and" in a naming verb's complement is the noun's conjunct, which the tagger misread;
    a second verb of the subject follows the naming verb's tense ("called it a mistake and
    said")."""
    tokens = doc.tokens
    return tokens[i].tag == "VBP" and i >= 2 and tokens[i - 1].pos == "CCONJ" and tokens[i - 2].pos in ("NOUN", "ADJ")


def predicated_evaluations(doc: ParsedDoc, sent_index: int, words: EvaluationWords) -> list[Evaluation]:
    """Copular clauses of a sentence that evaluate their subject ("Y was a true hero", "the
    decision is not acceptable"): the predicate or one of its modifiers is evaluative."""
    found = []
    sent = doc.sentences[sent_index]
    for i in range(sent.start, sent.end):
        tok = doc.tokens[i]
        if not doc.children(i, "cop"):
            continue
        if tok.pos not in ("NOUN", "ADJ") and not (tok.pos == "VERB" and tok.lemma in words.fault):
            continue  # "who is to blame": a verb after a copula and "to"
        subjects = [s for s in doc.children(i, "nsubj") if s.i < i]
        if not subjects:
            continue
        negated = has_negator(doc, i, ("advmod", "neg", "det"))
        words_said = [tok, *doc.children(i, "amod"), *doc.conjuncts(i)]  # "anti-democratic and oppressive"
        polarity = next((p for w in words_said if (p := words.polarity_of(w, doc))), None)
        polarity = _flip(polarity, negated)
        if polarity:
            found.append(Evaluation(i, subjects[0].i, polarity, negated))
    return found


def attributive_evaluations(doc: ParsedDoc, sent_index: int, words: EvaluationWords) -> list[Evaluation]:
    """Nouns a sentence condemns with an adjective before them ("this impulsive decision by
    the president", "these wanton and barbarous attacks"): only the ``attributive`` words,
    which condemn in any use. The predicate is the adjective, the one evaluated the noun."""
    found = []
    sent = doc.sentences[sent_index]
    for i in range(sent.start, sent.end):
        if doc.tokens[i].pos not in ("NOUN", "PROPN"):
            continue
        for modifier in doc.children(i, "amod", "compound"):  # "wanton" is read as a noun at times
            if not _leads_to(doc, modifier.i, i):
                continue  # not in the noun's phrase: the parse erred
            said = [modifier, *(c for c in doc.conjuncts(modifier.i) if c.i < i)]
            condemning = [w for w in said if (hyphenated_word(doc, w.i) or w.text.lower()) in words.attributive]
            if condemning and not has_negator(doc, modifier.i, ("advmod", "neg")):
                found.append(Evaluation(condemning[0].i, i, "negative"))
                break
    return found


def _leads_to(doc: ParsedDoc, modifier: int, noun: int) -> bool:
    """Whether an attributive word stands before its noun with only words of the noun's phrase
    between ("wanton and barbarous attacks", "the heavy-handed police crackdown")."""
    between = doc.tokens[modifier + 1 : noun]
    return modifier < noun and all(t.pos in ("ADJ", "ADV", "CCONJ", "NOUN", "PROPN", "PUNCT") for t in between)
