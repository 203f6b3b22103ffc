"""Our own parse records: what every later stage reads.

Decoupling from spaCy's ``Doc`` keeps the event rules independent of the
label scheme of whichever pipeline produced the parse (see :mod:`.labels`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .labels import (
    bare_subjunctive,
    is_day_name,
    is_month_name,
    normalise,
    opens_a_reduced_clause,
    repair,
    retag_from_tree,
    takes_a_bare_clause,
)
from .quotes import quote_spans

NEGATORS = {"not", "n't", "never", "no"}


@dataclass(slots=True)
class Token:
    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int
    sent: int
    ent_type: str = ""
    morph: str = ""
    children: list[int] = field(default_factory=list)

    @property
    def norm(self) -> str:
        """Text with typographic apostrophes folded, for dictionary look-ups."""
        return self.text.replace("\u2019", "'")


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # first token
    end: int  # one past the last token
    start_char: int
    end_char: int
    text: str
    parsed: bool = True  # False: tokenized only (no trigger word in it)


@dataclass(slots=True)
class ParsedDoc:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]
    _token_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _quotes: list[tuple[int, int]] | None = field(default=None, repr=False)

    def quotes(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of each quotation, quote marks included; found once
        and read by every stage that asks (actors, attribution)."""
        if self._quotes is None:
            self._quotes = quote_spans(self.text)
        return self._quotes

    def quotation_at(self, char: int) -> tuple[int, int] | None:
        """The quotation (start, end) that holds character ``char``, if any."""
        return next(((start, end) for start, end in self.quotes() if start <= char < end), None)

    def token_at(self, char: int) -> int | None:
        """Index of the token covering character ``char`` (binary search)."""
        if not self._token_starts:
            self._token_starts = [t.idx for t in self.tokens]
        i = bisect.bisect_right(self._token_starts, char) - 1
        if i >= 0 and char < self.tokens[i].idx + len(self.tokens[i].text):
            return i
        return None

    def sentence_at(self, char: int) -> Sentence | None:
        if not self._sentence_starts:
            self._sentence_starts = [s.start_char for s in self.sentences]
        i = bisect.bisect_right(self._sentence_starts, char) - 1
        if i >= 0 and char < self.sentences[i].end_char:
            return self.sentences[i]
        return None

    def children(self, i: int, *deps: str) -> list[Token]:
        """Children of token ``i``, optionally only those with the given labels."""
        kids = [self.tokens[c] for c in self.tokens[i].children]
        if deps:
            kids = [k for k in kids if k.dep in deps or k.dep.split(":")[0] in deps]
        return kids

    def lemma_with_particles(self, i: int) -> set[str]:
        """The lemma of word ``i`` alone and with each of its particles ("call", "call off"),
        for looking a phrasal verb up in a word list."""
        lemma = self.tokens[i].lemma.lower()
        return {lemma, *(f"{lemma} {p.lemma.lower()}" for p in self.children(i, "compound:prt"))}

    def phrases(self, i: int, prep: str, *deps: str) -> list[Token]:
        """Children of token ``i`` introduced by the preposition ``prep`` ("by X", "of Y"),
        among the obliques and noun complements unless ``deps`` names other labels."""
        return [
            c
            for c in self.children(i, *(deps or ("obl", "nmod")))
            if any(k.lemma == prep for k in self.children(c.i, "case"))
        ]

    def means(self, i: int) -> list[Token]:
        """The obliques under "by" or "in" that can tell what did a verb's act: "killed [by]
        a US airstrike", "destroyed [in] an airstrike" (a passive's agent among them)."""
        return [
            c
            for c in self.children(i, "obl")
            if any(k.lemma.lower() in ("by", "in") for k in self.children(c.i, "case"))
        ]

    def subject_sharer(self, i: int) -> Token | None:
        """The verb whose subject a conjoined verb with none of its own shares ("Russia
        attacked Ukraine and [seized] the airport": "attacked"), or None."""
        tok = self.tokens[i]
        if tok.dep != "conj" or tok.head == i or self.children(i, "nsubj", "nsubj:pass"):
            return None
        return self.tokens[tok.head]

    def reduced_passives_on(self, noun: int) -> list[Token]:
        """Passive participles that modify a noun ("a subpoena [issued] by a grand jury")."""
        return [c for c in self.children(noun, "acl") if self.is_reduced_passive(c.i)]

    def conjuncts(self, i: int, limit: int = 50) -> list[Token]:
        """The words coordinated with word ``i``, in text order, also where the parse chained
        them ("Egypt, Greece and Cyprus" with "Cyprus" under "Greece"); at most ``limit``, so
        that a malformed tree cannot loop."""
        found: list[Token] = []
        todo = [i]
        while todo and len(found) < limit:
            for c in self.children(todo.pop(), "conj"):
                found.append(c)
                todo.append(c.i)
        return sorted(found, key=lambda t: t.i)

    def subtree(self, i: int, stop: frozenset[str] = frozenset()) -> list[int]:
        """Indices dominated by ``i`` (inclusive), not descending into ``stop`` labels; each
        index once, so that a malformed tree with a cycle cannot hang the walk."""
        out, todo, seen = [], [i], {i}
        while todo:
            j = todo.pop()
            out.append(j)
            for c in self.tokens[j].children:
                if c not in seen and self.tokens[c].dep not in stop:
                    seen.add(c)
                    todo.append(c)
        return sorted(out)

    def written_together(self, first: int, last: int) -> bool:
        """Whether tokens ``first`` .. ``last`` stand with no space between them."""
        tokens = self.tokens
        return 0 <= first <= last < len(tokens) and all(
            tokens[k + 1].idx == tokens[k].idx + len(tokens[k].text) for k in range(first, last)
        )

    def hyphen_prefix(self, i: int) -> str:
        """ "test-" before "fired" in "test-fired", which the tokeniser splits at the hyphen
        into "test", "-", "fired"; else "". Lexicon entries such as "test-fire" and
        "gang-rape" are looked up by the whole word."""
        if i < 2 or self.tokens[i - 1].text != "-" or not self.written_together(i - 2, i):
            return ""
        return f"{self.tokens[i - 2].text.lower()}-"

    def span_text(self, indices: list[int]) -> str:
        if not indices:
            return ""
        first, last = self.tokens[min(indices)], self.tokens[max(indices)]
        return self.text[first.idx : last.idx + len(last.text)]

    def is_according_to(self, i: int) -> bool:
        """Whether the phrase headed at ``i`` says who tells the news ("according to
        prosecutor Josh Bash"): its speaker is no part of the noun or verb the parse hung it
        on."""
        return any(c.text.lower() == "according" for c in self.children(i, "case"))

    def names_a_date(self, i: int) -> bool:
        """Whether the noun at ``i`` is a day or a date: "Monday", "March 23", "23 March"
        (the parse hangs the month on the number). A month alone is no date: "May" may be
        the prime minister."""
        tok = self.tokens[i]
        if is_day_name(tok.text):
            return True
        if is_month_name(tok.text):
            return any(c.pos == "NUM" for c in self.children(i))
        return tok.pos == "NUM" and any(is_month_name(c.text) for c in self.children(i))

    def is_bare_participle(self, i: int) -> bool:
        """A past participle heading an adverbial clause of its own, with no auxiliary,
        subject, copula or object ("appeared in court, charged with murder"): a passive
        whose patient is the subject of the clause above and whose agent is unnamed."""
        return self.tokens[i].dep == "advcl" and self._participle_alone(i)

    def is_reduced_passive(self, i: int) -> bool:
        """A past participle modifying a noun with no auxiliary, subject or object of its own
        ("Kuwaiti boats [seized] by Iran"): a passive whose patient is that noun."""
        tok = self.tokens[i]
        if tok.dep != "acl" or tok.head == i:
            return False
        return self.tokens[tok.head].pos in ("NOUN", "PROPN") and self._participle_alone(i)

    def is_subordinated_participle(self, i: int) -> bool:
        """A past form right after a subordinator ("when [asked] about the inquiry, the
        minister said", "if [elected]"): an active verb would need its subject between the
        two, so this is a passive whose patient is the subject of the clause above, whatever
        the parse hung on it. The tagger reads such a form as a past tense as often as not."""
        tok = self.tokens[i]
        if i == 0 or tok.tag not in ("VBN", "VBD") or self.tokens[i - 1].sent != tok.sent:
            return False
        return opens_a_reduced_clause(self.tokens[i - 1].text) and not self.children(i, "aux", "aux:pass", "obj")

    def small_clause_patient(self, i: int) -> int | None:
        """The object of the verb above a past participle complement ("had the journalist
        [arrested]", "left 220 men [killed]"): the participle is passive and that object its
        patient. None for any other word. A complement is never finite, so a past tense the
        tagger read there is the participle, unless it is also the bare form ("had them [cut]");
        after a verb that takes a bare clause the two are a subject and its verb ("announced
        Avenatti [intended] to appeal")."""
        tok = self.tokens[i]
        if tok.dep != "xcomp" or tok.head == i or takes_a_bare_clause(self.tokens[tok.head].text):
            return None
        participle = tok.tag == "VBN" or (tok.tag == "VBD" and tok.text.lower() != tok.lemma.lower())
        if not participle or not self._without_clause_words(i):
            return None
        objects = self.children(tok.head, "obj")
        return objects[0].i if objects else None

    def participles_after(self, noun: int) -> list[int]:
        """Passive participles set off by a comma right after a noun's phrase but hung on the
        verb above it ("died in the attack, reportedly conducted by the Taliban"): they
        describe the noun."""
        tok = self.tokens[noun]
        if tok.head == noun:
            return []
        end = max(self.subtree(noun)) + 1
        found = []
        for clause in self.children(tok.head, "advcl"):
            between = range(end, min(self.subtree(clause.i)))
            if clause.tag == "VBN" and clause.i > noun and all(self.tokens[i].pos == "PUNCT" for i in between):
                found.append(clause.i)
        return found

    def _participle_alone(self, i: int) -> bool:
        """A past participle (VBN) with no auxiliary, subject, copula or object of its own."""
        return self.tokens[i].tag == "VBN" and self._without_clause_words(i)

    def _without_clause_words(self, i: int) -> bool:
        """Whether a verb has no auxiliary, subject, copula or object of its own."""
        return not self.children(i, "aux", "nsubj", "cop", "obj")

    def is_infinitive(self, i: int) -> bool:
        """Whether a clause is marked by "to" ("asked them [to leave]", "gathered [to discuss]")."""
        return any(m.lemma == "to" for m in self.children(i, "mark"))

    def is_subjunctive(self, i: int) -> bool:
        """Whether a clause is in the bare (mandative) subjunctive ("that NATO [withdraw]"; not
        "we strongly [urge]"): ``labels.bare_subjunctive``, with no auxiliary and no "to"."""
        if self.children(i, "aux", "aux:pass", "cop") or self.is_infinitive(i):
            return False
        return bare_subjunctive(self.tokens[i].tag, [(s.tag, s.text) for s in self.children(i, "nsubj")])

    def is_definite(self, i: int) -> bool:
        """Whether a noun phrase is definite ("the attack", "this country")."""
        return any(c.lemma in ("the", "this", "that") for c in self.children(i, "det"))

    def ancestors(self, i: int) -> list[Token]:
        out: list[Token] = []
        while self.tokens[i].head != i and len(out) < 200:
            i = self.tokens[i].head
            out.append(self.tokens[i])
        return out


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank line: news paragraphs never share a sentence,
    and the parser was trained without newline tokens."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


@dataclass(slots=True)
class Piece:
    """One sentence (or paragraph) of an article: tokenized, and parsed when selected."""

    article: int
    offset: int  # character offset in the article
    doc: Doc
    selected: bool


def from_spacy(doc: Doc) -> ParsedDoc:
    """Convert one parsed spaCy ``Doc`` into a :class:`ParsedDoc` with UD labels."""
    return merge(doc.text, [Piece(0, 0, doc, True)])


def merge(text: str, parts: list[Piece]) -> ParsedDoc:
    """Join the pieces of one article into a ParsedDoc; unparsed pieces keep bare tokens."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for part in parts:
        base = len(tokens)
        doc = part.doc
        if part.selected:
            pos = [t.pos_ for t in doc]
            deps, heads = normalise([t.dep_ for t in doc], [t.head.i for t in doc], pos)
            deps, heads = repair(deps, heads, [t.text for t in doc], pos, [t.tag_ for t in doc])
            pos = retag_from_tree(deps, heads, [t.text for t in doc], pos)
            spans = [(s.start, s.end) for s in doc.sents]
        else:
            # an unparsed sentence keeps the word classes it may have (see Analyser), no tree
            pos, deps, heads, spans = [t.pos_ for t in doc], [""] * len(doc), list(range(len(doc))), [(0, len(doc))]
        for start, end in spans:
            index = len(sentences)
            s_start = part.offset + doc[start].idx
            s_end = part.offset + doc[end - 1].idx + len(doc[end - 1].text)
            sentences.append(
                Sentence(index, base + start, base + end, s_start, s_end, text[s_start:s_end], part.selected)
            )
            tokens += [
                Token(
                    i=base + t.i,
                    text=t.text,
                    lemma=(t.lemma_ or t.text).lower(),
                    pos=pos[t.i],
                    tag=t.tag_,
                    dep=deps[t.i],
                    head=base + heads[t.i],
                    idx=part.offset + t.idx,
                    sent=index,
                    ent_type=t.ent_type_,
                    morph=str(t.morph),
                )
                for t in doc[start:end]
            ]
    link_children(tokens)
    return ParsedDoc(text, tokens, sentences)


def link_children(tokens: list[Token]) -> None:
    for t in tokens:
        if t.head != t.i:
            tokens[t.head].children.append(t.i)
