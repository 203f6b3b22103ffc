"""Give each event the date of its own clause, or of the clause that reports it."""

from __future__ import annotations

from datetime import date

from ..events import CodedEvent
from ..events.modality import cues
from ..language import ParsedDoc
from .resolve import ResolvedDate, TimeExpression, find_expressions, resolve_expression

INHERIT_EDGES = {"ccomp", "xcomp", "conj", "advcl", "parataxis", "acl", "acl:relcl"}
PREDICATES = {"VERB", "AUX"}


def _predicate_of(doc: ParsedDoc, i: int) -> int:
    for tok in [doc.tokens[i], *doc.ancestors(i)]:
        if tok.pos in PREDICATES:
            return tok.i
    return i


def _tense(doc: ParsedDoc, i: int) -> str:
    tok = doc.tokens[i]
    auxes = {c.lemma for c in doc.children(i, "aux", "aux:pass")}
    if auxes & {"will", "shall", "'ll"}:
        return "future"
    if tok.tag in ("VBD", "VBN") or "Tense=Past" in tok.morph or auxes & {"have", "be"} and tok.tag == "VBN":
        return "past"
    if tok.tag in ("VBZ", "VBP") and tok.pos == "VERB" and tok.lemma not in cues().speech_verbs:
        # news tells scheduled acts in the simple present ("King Fahd begins a state visit on
        # Tuesday", "the summit opens on Monday"); verbs of saying use it for the past ("X says")
        return "future"
    return "present"


class EventDater:
    def __init__(self, doc: ParsedDoc, published: date | None) -> None:
        self.doc, self.published = doc, published
        self.by_predicate: dict[int, ResolvedDate] = {}
        if published is not None:
            self._index(find_expressions(doc.text))

    def _index(self, expressions: list[TimeExpression]) -> None:
        for expr in expressions:
            tok = self.doc.token_at(expr.start)
            if tok is None:
                continue
            predicate = _predicate_of(self.doc, tok)
            resolved = resolve_expression(expr, self.published, _tense(self.doc, predicate))
            if resolved is not None:
                self.by_predicate.setdefault(predicate, resolved)

    def date(self, coded: CodedEvent) -> None:
        """The event's date; an act told as done but dated after the article was published
        ("the French president visits Germany tomorrow") has not happened yet: it is
        intended, whatever the tense says."""
        event = coded.event
        resolved = self._for_clause(coded.anchor)
        if resolved is not None:
            event.date, event.date_precision, event.date_range = resolved.date, resolved.precision, resolved.range
            after = self.published is not None and resolved.date > self.published.isoformat()
            if after and resolved.precision == "day" and event.modality == "asserted":
                event.modality = "intended"
        elif self.published is not None:
            event.date, event.date_precision = self.published.isoformat(), "day"

    def _for_clause(self, anchor: int) -> ResolvedDate | None:
        i = anchor
        for _ in range(10):
            if i in self.by_predicate:
                return self.by_predicate[i]
            tok = self.doc.tokens[i]
            if tok.head == i or tok.dep not in INHERIT_EDGES:
                return None
            i = tok.head
        return None
