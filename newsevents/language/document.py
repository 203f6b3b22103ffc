"""Our own parse records: what every later stage reads.

Decoupling from spaCy's ``Doc`` keeps the event rules independent of the
label scheme of whichever pipeline produced the parse (see :mod:`.labels`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .labels import normalise

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


@dataclass(slots=True)
class ParsedDoc:
    text: str
    tokens: list[Token]
    sentences: list[Sentence]

    def children(self, i: int, *deps: str) -> list[Token]:
        """Children of token ``i``, optionally only those with the given labels."""
        kids = [self.tokens[c] for c in self.tokens[i].children]
        if deps:
            kids = [k for k in kids if k.dep in deps or k.dep.split(":")[0] in deps]
        return kids

    def subtree(self, i: int, stop: frozenset[str] = frozenset()) -> list[int]:
        """Indices dominated by ``i`` (inclusive), not descending into ``stop`` labels."""
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(c for c in self.tokens[j].children if self.tokens[c].dep not in stop)
        return sorted(out)

    def span_text(self, indices: list[int]) -> str:
        if not indices:
            return ""
        first, last = self.tokens[min(indices)], self.tokens[max(indices)]
        return self.text[first.idx : last.idx + len(last.text)]

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


def from_spacy(doc) -> ParsedDoc:
    """Convert one parsed spaCy ``Doc`` into a :class:`ParsedDoc` with UD labels."""
    return merge(doc.text, [(0, doc)])


def merge(text: str, parts: list[tuple[int, object]]) -> ParsedDoc:
    """Join parsed paragraphs (offset, spaCy Doc) of ``text`` into one ParsedDoc."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for offset, doc in parts:
        base = len(tokens)
        pos = [t.pos_ for t in doc]
        deps, heads = normalise([t.dep_ for t in doc], [t.head.i for t in doc], pos)
        for sent in doc.sents:
            index = len(sentences)
            sentences.append(
                Sentence(
                    index,
                    base + sent.start,
                    base + sent.end,
                    offset + sent.start_char,
                    offset + sent.end_char,
                    sent.text,
                )
            )
            for t in sent:
                tokens.append(
                    Token(
                        i=base + t.i,
                        text=t.text,
                        lemma=(t.lemma_ or t.text).lower(),
                        pos=pos[t.i],
                        tag=t.tag_,
                        dep=deps[t.i],
                        head=base + heads[t.i],
                        idx=offset + t.idx,
                        sent=index,
                        ent_type=t.ent_type_,
                        morph=str(t.morph),
                    )
                )
    for t in tokens:
        if t.head != t.i:
            tokens[t.head].children.append(t.i)
    return ParsedDoc(text, tokens, sentences)
