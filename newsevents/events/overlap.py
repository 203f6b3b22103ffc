"""One row per event: an act told through another verbal act is coded once.

A denial, an appeal or a threat that names a codable act tells one event, not two: the act
itself, with the modality the verbal act gives it ("denied that its troops shelled the city":
the shelling, denied). These filters run on an extractor's rows after all are found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..language import ParsedDoc

VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
TOLL_CODES = frozenset({"180", "190", "200"})  # killing and wounding, coded by their roots alone
VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict: statements
PROTEST_ROOT = "14"  # counted as verbal conflict by the quad classes, but a protest is a deed

if TYPE_CHECKING:  # the extractor's record; imported for types only (extract imports this module)
    from .extract import CodedEvent
    from .lexicon import Lexicon


def without_acts_told_twice(found: list[CodedEvent], doc: ParsedDoc, lexicon: Lexicon) -> list[CodedEvent]:
    """The rows less those that tell again an act another row codes."""
    denied = {c.anchor for c in found if c.event.modality == "denied"}
    appeals = {c.trigger for c in found if _built_in(c) and c.event.cameo.startswith(lexicon.appeal_codes)}
    threatened = {i for c in found if c.event.modality == "threatened" for i in (c.anchor, c.trigger)}
    violent = {(c.trigger, c.event.source.code) for c in found if _violent(c) and c.event.source is not None}
    kinds = {(c.trigger, _kind(c)) for c in found}
    return [
        c
        for c in found
        if not _denial_told_by_its_act(doc, c, denied)
        and not _asked_for(doc, c, appeals)
        and not _proposed_and_turned_down(doc, c, lexicon)
        and not _threat_told_by_its_act(doc, c, threatened)
        and not _toll_of_an_attack(doc, c, violent)
        and not _toll_of_its_means(doc, c, violent)
        and not _manner_of_its_head(doc, c, kinds)
    ]


def _kind(coded: CodedEvent) -> tuple:
    """What makes two rows one event when one clause elaborates the other: the CAMEO root,
    the two sides' countries and the modality."""
    event = coded.event
    sides = (event.source.country if event.source else None, event.target.country if event.target else None)
    return (event.cameo[:2], *sides, event.modality)


def _manner_of_its_head(doc: ParsedDoc, coded: CodedEvent, kinds: set[tuple[int, tuple]]) -> bool:
    """ "Trump attacked Biden for his wealth, accusing the Biden family of ...", "lashed out
    at the mayor, accusing her of not doing her job": an -ing clause with no subject of its
    own that says how its head's act was done, with the same root, sides and modality, is
    that act told again; the head's row stands for both. Only a statement (a verbal quad
    class, less protests): "took to the streets, battling riot police" tells two deeds."""
    if coded.event.quad_class not in VERBAL_QUADS or coded.event.cameo.startswith(PROTEST_ROOT):
        return False
    if doc.children(coded.trigger, "nsubj", "nsubj:pass", "mark"):
        return False  # "after accusing him", "as they accused him": an act of its own
    return (_verb_an_ing_clause_elaborates(doc, coded.trigger), _kind(coded)) in kinds


def _verb_an_ing_clause_elaborates(doc: ParsedDoc, i: int) -> int | None:
    """The verb an -ing clause at ``i`` hangs on as its adverbial ("attacked villages,
    killing 90 and wounding 230": "attacked", for the second -ing word as for the first), or
    None."""
    tok = doc.tokens[i]
    if tok.tag != "VBG":
        return None
    if tok.dep == "conj" and doc.tokens[tok.head].tag == "VBG":
        tok = doc.tokens[tok.head]
    return tok.head if tok.dep == "advcl" else None


def _violent(coded: CodedEvent) -> bool:
    return coded.event.cameo[:2] in VIOLENT_ROOTS


def _toll_of_an_attack(doc: ParsedDoc, coded: CodedEvent, violent: set[tuple[int, str | None]]) -> bool:
    """ "planes attacked villages, killing 90 people and wounding 230": the killing and the
    wounding are the attack's toll, one event with it; counted apart they would triple it.
    An -ing clause (or its conjunct) of plain violence on a violent act by the same side
    tells that act again."""
    if coded.event.cameo not in TOLL_CODES or coded.event.source is None:
        return False  # a specific act beside the attack is its own: "captured the embassy, taking hostages"
    return (_verb_an_ing_clause_elaborates(doc, coded.trigger), coded.event.source.code) in violent


def _toll_of_its_means(doc: ParsedDoc, coded: CodedEvent, violent: set[tuple[int, str | None]]) -> bool:
    """ "he was killed by a US airstrike": the killing is the toll of the act that did it,
    one event, which the act's own row codes more specifically (195, not 190)."""
    if coded.event.cameo not in TOLL_CODES or coded.event.source is None:
        return False
    return any((means.i, coded.event.source.code) in violent for means in doc.means(coded.trigger))


def _built_in(coded: CodedEvent) -> bool:
    """A row of the built-in lexicon (a user's PETRARCH dictionary rows are left as coded)."""
    return coded.event.rule.startswith("lexicon:")


def _denial_told_by_its_act(doc: ParsedDoc, coded: CodedEvent, denied_anchors: set[int]) -> bool:
    """ "Iran denied the accusation that it had shot down the jet": one event, the
    shooting, coded as denied; the denial (016) would count it twice. A denial whose
    object's that-clause holds no coded act stays."""
    if not coded.event.cameo.startswith("016"):
        return False
    for obj in doc.children(coded.trigger, "obj", "nsubj:pass"):
        for clause in doc.children(obj.i, "acl"):
            if denied_anchors & set(doc.subtree(clause.i)):
                return True
    return False


def _asked_for(doc: ParsedDoc, coded: CodedEvent, appeal_triggers: set[int]) -> bool:
    """ "asked Lam to resign", "called for Rossello's resignation": the act asked for is
    what the appeal or demand asks, coded by that row; it has not happened and is no
    event of its own (``appeal_codes`` in the lexicon)."""
    if coded.event.modality not in ("hypothetical", "intended") or not _built_in(coded):
        return False
    for i in {coded.trigger, coded.anchor}:
        for _ in range(3):
            head = doc.tokens[i].head
            if head == i:
                break
            if head in appeal_triggers:
                return True
            i = head
    return False


def _proposed_and_turned_down(doc: ParsedDoc, coded: CodedEvent, lexicon: Lexicon) -> bool:
    """ "Russia vetoed a resolution to impose sanctions on Syria", "a plan to expel Russian
    diplomats was blocked by Germany": the act is what the proposal would do, which was
    turned down; the rejection is the event (``rejecting_verbs``, ``proposal_nouns``)."""
    if not _built_in(coded):
        return False
    tok = doc.tokens[coded.anchor]
    while tok.dep == "conj" and tok.head != tok.i:  # "a plan to cut aid and impose sanctions"
        tok = doc.tokens[tok.head]
    if tok.dep != "acl" or not any(m.lemma == "to" for m in doc.children(tok.i, "mark")):
        return False
    proposal = doc.tokens[tok.head]
    if proposal.lemma.lower() not in lexicon.proposal_nouns or proposal.dep not in ("obj", "nsubj:pass"):
        return False
    return bool(doc.lemma_with_particles(proposal.head) & lexicon.rejecting_verbs)


def _threat_told_by_its_act(doc: ParsedDoc, coded: CodedEvent, threatened: set[int]) -> bool:
    """ "warned that Iran would close off the strait if ...": one event, the closure coded
    as threatened (a threat naming a codable act takes that act's code); a generic
    threat (130) beside it would count it twice. A threat naming no act stays."""
    if not coded.event.cameo.startswith("13") or not _built_in(coded):
        return False
    clauses = doc.children(coded.trigger, "ccomp", "xcomp", "obj")
    return any(threatened & set(doc.subtree(c.i)) for c in clauses)
