"""One row per event: a noun naming again an act the article has already coded.

"Thousands protested in Belgrade on Tuesday ... police fired tear gas at the protest":
the protest is one event, mentioned twice. Event data count an event once per story
(GDELT keeps one record per article and counts its mentions), so a later *noun* mention
with the same code, actors, modality and date as an earlier row is dropped and the
first mention keeps the row. Verbs are merged away only when coordinated with the verb
of an identical row ("killed five and wounded 110": one attack); otherwise two verbs of
attack in one story usually report two attacks, and a noun on another day is another event.
A definite noun that no verb acts on ("police misconduct during the protests", "after the
protests began") names the acts told before, whatever day the dating stage gives it, so
it repeats an earlier row of the same code, modality and countries.
"""

from __future__ import annotations

from ..language import ParsedDoc
from .extract import CodedEvent
from .refine import IMPLIED


def without_repeated_mentions(coded: list[CodedEvent], doc: ParsedDoc) -> list[CodedEvent]:
    """The rows in their order, less noun mentions of an event coded earlier in the text
    (run once the rows are dated). A noun whose source is only implied ("the protest",
    by convention the local opposition) repeats an earlier row of the same country's
    actors too: "Serbians protested; the protest started out against the government"."""
    first: dict[tuple, int] = {}
    for item in coded:
        for key in _identities(item) + [_conjunct_identity(item), _definite_identity(item)]:
            first[key] = min(first.get(key, item.trigger), item.trigger)
    return [item for item in coded if not _repeats(item, first, doc)]


def _repeats(item: CodedEvent, first: dict[tuple, int], doc: ParsedDoc) -> bool:
    tok = doc.tokens[item.trigger]
    if tok.pos not in ("NOUN", "PROPN"):  # a verb: only as a conjunct of the first mention's verb
        return tok.dep == "conj" and first[_conjunct_identity(item)] == tok.head < tok.i
    keys = _identities(item)
    if _refers_back(item, doc):
        return any(first[key] < item.trigger for key in keys + [_definite_identity(item)])
    implied = item.event.source is not None and item.event.source.text == IMPLIED
    return any(first[key] < item.trigger for key in (keys if implied else keys[:1]))


def _refers_back(item: CodedEvent, doc: ParsedDoc) -> bool:
    """A definite noun that is no verb's object: "during the protests", "after the protests
    began" name the protests told before; "5,000 farmers joined the demonstrations" tells
    of a new act on them."""
    return doc.is_definite(item.trigger) and doc.tokens[item.trigger].dep != "obj"


def _definite_identity(item: CodedEvent) -> tuple:
    """What a definite noun shares with the row it refers back to: the countries, the code
    and the modality (the same protests, by another name of their actors)."""
    e = item.event
    return ("definite", e.source and e.source.country, e.cameo, e.target and e.target.country, e.modality)


def _conjunct_identity(item: CodedEvent) -> tuple:
    """What two coordinated verbs share when they tell one event: the source, the code and
    the target's country ("killed five soldiers and wounded 110 in Kabul")."""
    e = item.event
    return ("conj", e.source and e.source.code, e.cameo, e.target and e.target.country, e.modality, e.negated)


def _identities(item: CodedEvent) -> list[tuple]:
    """The row's identity by its source's code, then by its source's country."""
    e = item.event
    rest = (e.cameo, e.target and e.target.code, e.modality, e.negated, e.date)
    return [("code", e.source and e.source.code, *rest), ("country", e.source and e.source.country, *rest)]
