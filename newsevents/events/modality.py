"""Negation and modality of an event's clause: did the act happen, per the text?

A denied, threatened, intended or conditional act is not an act; downstream
counts select ``modality == "asserted"`` (or "reported") to count what
happened. Cue words live in ``resources/modality.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..actors.resolve import RELATIVE_PRONOUNS, is_object_gerund
from ..language import ParsedDoc, Token
from ..language.morphology import expand, lemma_table

CLIMB = frozenset({"xcomp", "ccomp", "acl", "advcl", "csubj", "conj", "obj", "nsubj:pass"})
NEGATION_LABELS = ("advmod", "det", "neg", "cc:preconj")  # where a negator hangs on what it negates
# what governed_noun_modality says of an act in the background of its clause ("after the attacks")
BACKGROUND = "background"


@dataclass(frozen=True)
class ModalityCues:
    negators: frozenset[str]
    additive_focus: frozenset[str]  # "not only ... but": no negation
    negating_governors: frozenset[str]
    negating_subjects: frozenset[str]  # "nobody attacked": no one did
    negating_objects: frozenset[str]  # "conceded nothing": no concession
    preventing_verbs: frozenset[str]  # "refrained from attacking": it did not
    cancelling_verbs: frozenset[str]  # "postponed its attack": lemma, or "lemma particle"
    pending_adverbs: frozenset[str]  # "has yet to attack"
    question_marks: frozenset[str]  # "whether Russia attacked"
    question_openers: frozenset[str]  # "Did Russia attack?": a yes-no question
    conditional_marks: frozenset[str]
    negated_threats: frozenset[str]  # "would not hesitate to strike": a threat
    truth_words: frozenset[str]  # "it is not true that": negated, they deny the clause
    raising_verbs: frozenset[str]  # "is said to have shelled": passive, they report
    inverted_conditions: frozenset[str]  # "Had Russia attacked, ...": a condition
    excluding_marks: frozenset[str]  # "without attacking", "instead of attacking": not done
    negated_adverbs: frozenset[str]  # "no longer recognises"
    which_denials: frozenset[str]  # ", which X denied" denies the clause before it
    ultimatum_marks: frozenset[str]
    be_to_idioms: frozenset[str]  # "is to blame": no plan
    future_time_marks: frozenset[str]  # "until they gain control": not yet
    background_preps: frozenset[str]  # "ordered a curfew after protests", "sanctions over the annexation": no content
    background_frames: frozenset[str]  # "in the light of", "in the wake of" the attacks: a background too
    bidding_frames: frozenset[str]  # "at the request of": the request came first
    bidding_preps: frozenset[str]
    reply_nouns: frozenset[str]  # "vowed revenge for the killing": it happened
    target_nouns: frozenset[str]  # "regular targets for Iranian attacks": they happen
    mandative_verbs: frozenset[str]  # "insists that NATO withdraw": required
    prepositional_governors: frozenset[str]  # "called for talks" asks; "called a strike" stages it
    governors: dict[str, str]
    auxiliaries: dict[str, str]
    adverbs: dict[str, str]
    modifiers: dict[str, str]
    backshifted: frozenset[str]  # "would" after a verb of saying ...
    speech_verbs: frozenset[str]  # ... of these: the reported "will"
    meeting_verbs: frozenset[str]  # "gathered to discuss": the purpose is what they did
    enacting_verbs: frozenset[str]  # "adopted a resolution condemning": the resolution condemns
    pledge_roots: frozenset[str]  # acts whose announcement is a pledge ("will give aid") ...
    pledge_auxiliaries: frozenset[str]  # ... announced with these
    pledge_governors: frozenset[str]  # ... or under these ("promised to send aid")
    offer_roots: frozenset[str] = frozenset()  # cooperative acts offered or promised under a governor
    governor_forms: dict[str, str] = field(default_factory=dict)  # inflected forms of the governors

    def governs(self, tok) -> str | None:
        """The modality a governing word gives, by its lemma or, where the lemmatiser erred
        ("committing" -> "committ"), by its form."""
        return self.governors.get(tok.lemma) or self.governor_forms.get(tok.text.lower())


def _form_cues(governors: dict[str, str]) -> dict[str, str]:
    """Each inflected form of a governing word, with the modality its lemma gives."""
    return {form: governors[lemma] for form, lemma in lemma_table(governors).items()}


def _invert(table: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for modality, words in table.items():
        for word in words:
            out.setdefault(word, modality)
    return out


@lru_cache(maxsize=1)
def cues() -> ModalityCues:
    data = resources.read_toml("modality.toml")
    return ModalityCues(
        negators=frozenset(data["negators"]),
        additive_focus=frozenset(data.get("additive_focus", ())),
        negating_governors=frozenset(data["negating_governors"]),
        negating_subjects=frozenset(data.get("negating_subjects", ())),
        negating_objects=frozenset(data.get("negating_objects", ())),
        preventing_verbs=frozenset(data.get("preventing_verbs", ())),
        cancelling_verbs=frozenset(data.get("cancelling_verbs", ())),
        pending_adverbs=frozenset(data.get("pending_adverbs", ())),
        question_marks=frozenset(data.get("question_marks", ())),
        question_openers=frozenset(data.get("question_openers", ())),
        conditional_marks=frozenset(data["conditional_marks"]),
        negated_threats=frozenset(data.get("negated_threats", ())),
        truth_words=frozenset(data.get("truth_words", ())),
        raising_verbs=frozenset(data.get("raising_verbs", ())),
        inverted_conditions=frozenset(data.get("inverted_conditions", ())),
        excluding_marks=frozenset(data.get("excluding_marks", ())),
        negated_adverbs=frozenset(data.get("negated_adverbs", ())),
        which_denials=frozenset(data.get("which_clause", {}).get("denials", ())),
        ultimatum_marks=frozenset(data.get("ultimatum_marks", ())),
        be_to_idioms=frozenset(data.get("be_to_idioms", ())),
        future_time_marks=frozenset(data.get("future_time_marks", ())),
        background_preps=frozenset(data.get("background_preps", ())),
        background_frames=frozenset(data.get("background_frames", ())),
        bidding_frames=frozenset(data.get("bidding_frames", ())),
        bidding_preps=frozenset(data.get("bidding_preps", ())),
        reply_nouns=frozenset(data.get("reply_nouns", ())),
        target_nouns=expand(data.get("target_nouns", ()), "noun"),
        mandative_verbs=frozenset(data.get("mandative_verbs", ())),
        prepositional_governors=frozenset(data.get("prepositional_governors", ())),
        governors=_invert(data["governors"]),
        auxiliaries=_invert(data["auxiliaries"]),
        adverbs=_invert(data["adverbs"]),
        modifiers=_invert(data["modifiers"]),
        backshifted=frozenset(data.get("reported_future", {}).get("auxiliaries", ())),
        speech_verbs=frozenset(data.get("reported_future", {}).get("speech_verbs", ())),
        meeting_verbs=frozenset(data.get("meeting_purpose", {}).get("verbs", ())),
        enacting_verbs=frozenset(data.get("enacting", {}).get("verbs", ())),
        pledge_roots=frozenset(data.get("pledges", {}).get("roots", ())),
        pledge_auxiliaries=frozenset(data.get("pledges", {}).get("auxiliaries", ())),
        pledge_governors=frozenset(data.get("pledges", {}).get("governors", ())),
        offer_roots=frozenset(data.get("pledges", {}).get("offer_roots", ())),
        governor_forms=_form_cues(_invert(data["governors"])),
    )


# Where a subject's negator hangs: "no country" (det), "neither the EU nor" (cc:preconj), and
# "Neither France" read as an adjective or adverb
SUBJECT_NEGATION_LABELS = ("det", "cc:preconj", "amod", "advmod")


def has_negator(doc: ParsedDoc, i: int, labels: tuple[str, ...] = NEGATION_LABELS) -> bool:
    """Whether word ``i`` has a negating dependent ("not", "never", "no") among ``labels``."""
    negators = cues().negators
    return any(child.lemma in negators and negates(doc, child.i) for child in doc.children(i, *labels))


def negates(doc: ParsedDoc, i: int) -> bool:
    """Whether the negator at ``i`` negates its head: not in "whether or not", nor before
    "only" ("not only ... but")."""
    return not closes_an_alternative(doc, i) and not adds_to(doc, i)


def closes_an_alternative(doc: ParsedDoc, i: int) -> bool:
    """ "whether or not he supported it": the "not" names the alternative, it negates nothing
    (parsers hang it on the verb)."""
    words = [t.text.lower() for t in doc.tokens[max(0, i - 2) : i]]
    return words == ["whether", "or"]


def adds_to(doc: ParsedDoc, i: int) -> bool:
    """ "not only ignored the request but introduced a levy": the negator before "only"
    adds to the act, it denies nothing."""
    after = i + 1
    return after < len(doc.tokens) and doc.tokens[after].text.lower() in cues().additive_focus


def is_negated(doc: ParsedDoc, anchor: int, trigger: int) -> bool:
    """Negation on the event's own clause, its trigger noun, or a negating governor; a verb
    coordinated with a negated one, in the same form and without a subject of its own,
    shares its negation ("did not attack the town or shell its villages", "stop attacking
    and shelling"), where one with its own tense does not ("did not resign and left"), nor a
    finite verb after "and" ("never felt worried and walked away"; "never X or Y" shares)."""
    c = cues()
    if any(has_negator(doc, i) for i in {anchor, trigger}):
        return True
    if any(has_negator(doc, a.i) for a in doc.children(anchor, "aux", "aux:pass")):
        return True  # "would not have recaptured" with "not" hung on "have"
    if has_negator(doc, anchor, ("cc",)):
        return True  # "neither confirmed nor denied", "nor did Germany praise it"
    if _excluded(doc, anchor, c):
        return True  # "withdrew without attacking Kyiv", "no longer recognises"
    tok = doc.tokens[anchor]
    while _shares_its_head_s_clause(doc, tok):
        tok = doc.tokens[tok.head]
        if has_negator(doc, tok.i):
            return True
    if tok.dep in ("xcomp", "ccomp", "csubj") and doc.tokens[tok.head].lemma in c.negating_governors:
        return True
    if _vouched_for_by_a_negated_word(doc, tok, c) or _under_a_negated_intention(doc, tok, c):
        return True
    if _negated_subject(doc, tok.i, c) or (anchor == trigger and _negated_object(doc, anchor, c)):
        return True
    if _kept_from_happening(doc, tok, c) or _called_off(doc, trigger, c):
        return True
    if _instrument_not_enacted(doc, tok, c):
        return True
    return _under_a_negated_verb(doc, tok, c) or _denied_by_a_which_clause(doc, anchor, c)


def _instrument_not_enacted(doc: ParsedDoc, tok, c: ModalityCues) -> bool:
    """ "did not adopt a resolution condemning Israel": the resolution, never in force,
    condemns no one, as an adopted one does."""
    if tok.dep != "acl" or tok.tag != "VBG" or tok.head == tok.i:
        return False
    instrument = doc.tokens[tok.head]
    return _enacted(doc, instrument, c) and has_negator(doc, instrument.head)


def _kept_from_happening(doc: ParsedDoc, tok, c: ModalityCues) -> bool:
    """ "refrained from attacking", "prevented Russia from capturing Kyiv", "has (is) yet to attack"."""
    pending = _has_pending_adverb(doc, tok.i, c)
    if pending and doc.children(tok.i, "cop") and doc.is_infinitive(tok.i):  # "is yet to", "be" read as a copula
        return True
    if tok.head == tok.i:
        return False
    head = doc.tokens[tok.head]
    if tok.dep in ("advcl", "acl") and any(m.lemma == "from" for m in doc.children(tok.i, "mark", "case")):
        return head.lemma in c.preventing_verbs
    if tok.dep == "xcomp" and head.lemma in ("have", "be"):  # "yet" on either verb, as parses go
        return pending or _has_pending_adverb(doc, head.i, c)
    return False


def _has_pending_adverb(doc: ParsedDoc, i: int, c: ModalityCues) -> bool:
    """Whether word ``i`` carries an adverb saying its act is still to come ("yet")."""
    return any(a.lemma in c.pending_adverbs for a in doc.children(i, "advmod"))


def _called_off(doc: ParsedDoc, trigger: int, c: ModalityCues) -> bool:
    """ "postponed its attack", "called off the visit": an act named as the object of a
    verb that cancels it did not happen."""
    tok = doc.tokens[trigger]
    if tok.dep != "obj" or tok.head == tok.i:
        return False
    return bool(doc.lemma_with_particles(tok.head) & c.cancelling_verbs)


def _negated_subject(doc: ParsedDoc, verb: int, c: ModalityCues) -> bool:
    """ "Neither the EU nor the US endorsed", "no country recognised", "nobody attacked": a
    clause whose subject is negated says the act did not happen."""
    for subj in doc.children(verb, "nsubj", "nsubj:pass"):
        if any(m.lemma == "only" for m in doc.children(subj.i, "advmod")):
            continue  # "not only France but also Germany"
        if subj.lemma.lower() in c.negating_subjects or has_negator(doc, subj.i, SUBJECT_NEGATION_LABELS):
            return True
        if any(has_negator(doc, other.i, ("cc",)) for other in doc.children(subj.i, "conj")):
            return True  # "France nor Germany": "nor" on the second subject
    return False


def _negated_object(doc: ParsedDoc, verb: int, c: ModalityCues) -> bool:
    """ "imposed no sanctions", "conceded nothing", "recognised neither X nor Y": an act with
    no object did not happen. Only the determiner counts: "killed no fewer than 20" hangs
    its "no" on "fewer" and kills. Only for the verb's own act: "made no reference to the
    U.S. military action" denies the reference, not the action."""
    for obj in doc.children(verb, "obj"):
        if obj.lemma.lower() in c.negating_objects or has_negator(doc, obj.i, ("det", "cc:preconj")):
            return True
    return False


def _denied_by_a_which_clause(doc: ParsedDoc, anchor: int, c: ModalityCues) -> bool:
    """ "Trump asked Xi for help in the election, which Trump denied": a ", which X denied"
    clause after the event's clause denies that clause, though the parse hangs it on the
    clause's last noun ("election"); not when that noun is a report ("the claim, which")."""
    own_clause = doc.subtree(anchor, stop=frozenset({"ccomp", "xcomp", "advcl", "parataxis", "conj", "csubj"}))
    for tok in (doc.tokens[i] for i in own_clause):
        if tok.dep != "acl:relcl" or tok.i < anchor or tok.lemma not in c.which_denials:
            continue
        if c.governors.get(doc.tokens[tok.head].lemma) == "reported":
            continue  # "rejected the claim, which Russia denied": the claim is what was denied
        which = [w for w in doc.children(tok.i, "obj") if w.lemma == "which" and w.i > 0]
        if which and doc.tokens[which[0].i - 1].text == ",":
            return True
    return False


def _excluded(doc: ParsedDoc, anchor: int, c: ModalityCues) -> bool:
    """An act said as what was not done ("without attacking", "instead of attacking", "rather
    than attacking") or no longer done ("no longer recognises")."""
    tok = doc.tokens[anchor]
    if tok.dep in ("advcl", "conj", "acl") and any(
        m.lemma.lower() in c.excluding_marks for m in doc.children(anchor, "mark", "case", "cc")
    ):
        return True
    return any(
        a.text.lower() in c.negated_adverbs and has_negator(doc, a.i, ("advmod", "det"))
        for a in doc.children(anchor, "advmod")
    )


def _vouched_for_by_a_negated_word(doc: ParsedDoc, tok, c: ModalityCues) -> bool:
    """ "It is not true that Russia attacked Georgia": a clause whose truth is denied."""
    head = doc.tokens[tok.head]
    return tok.dep in ("ccomp", "csubj") and head.lemma in c.truth_words and has_negator(doc, head.i)


def _under_a_negated_intention(doc: ParsedDoc, tok, c: ModalityCues) -> bool:
    """ "has no plans to sanction China", "has no intention of attacking": an act of an
    intention or a wish that the text says is not there."""
    head = doc.tokens[tok.head]
    if tok.head == tok.i or tok.dep not in ("acl", "xcomp", "advcl") or head.pos != "NOUN":
        return False
    return c.governs(head) is not None and has_negator(doc, head.i, ("det",))


def _under_a_negated_verb(doc: ParsedDoc, tok, c: ModalityCues) -> bool:
    """An infinitive whose verb is negated and says nothing else of it: "did not vote to
    extend the emergency", "did not start shelling". Verbs that give the infinitive a
    modality of their own ("did not plan to"), reverse it ("did not refuse to", "did not
    stop") or make a threat of it ("would not hesitate to") are left to those rules."""
    if tok.head == tok.i:
        return False
    head = doc.tokens[tok.head]
    purpose = tok.dep == "advcl" and head.lemma in c.meeting_verbs
    if tok.dep != "xcomp" and not purpose:
        return False
    special = c.governors.keys() | c.negating_governors | c.negated_threats
    return head.lemma not in special and has_negator(doc, head.i)


def _shares_its_head_s_clause(doc: ParsedDoc, tok) -> bool:
    """A conjunct verb without a subject, in the form of the verb it is coordinated with."""
    if tok.dep != "conj" or tok.head == tok.i or tok.pos not in ("VERB", "AUX"):
        return False
    head = doc.tokens[tok.head]
    if head.tag != tok.tag or doc.children(tok.i, "nsubj", "nsubj:pass", "aux"):
        return False
    finite = tok.tag in ("VBD", "VBZ", "VBP")  # negated by an adverb of its own, not an auxiliary
    return not finite or any(c.lemma in ("or", "nor") for c in doc.children(tok.i, "cc"))


def _own_cue(doc: ParsedDoc, i: int, c: ModalityCues) -> str | None:
    stacked = [g for a in doc.children(i, "aux", "aux:pass") for g in doc.children(a.i, "aux")]
    for child in doc.children(i) + stacked:  # "would" hung on "have" in "would not have recaptured"
        if child.dep in ("aux", "aux:pass") and child.lemma in c.auxiliaries:
            conditions = condition_clauses(doc, i)
            conditions += _conditions_read_as_phrases(doc, i, c)
            head = doc.tokens[i].head
            if head != i:  # the condition hung on the verb above: "said it will withdraw ... unless X agrees"
                conditions += [
                    g
                    for g in doc.children(head, "advcl", "ccomp", "parataxis")
                    if g.i > i and _opened_by(doc, g.i, c.conditional_marks)
                ]
            if conditions:  # "will withdraw unless X agrees" is an ultimatum: a threat
                marks = {m.lemma for g in conditions for m in doc.children(g.i, "mark", "case")}
                return "threatened" if marks & c.ultimatum_marks else "conditional"
            if child.text.lower() in c.backshifted and _reported(doc, i, c):
                return "intended"
            return c.auxiliaries[child.lemma]
        if child.dep == "advmod" and child.lemma in c.adverbs:
            return c.adverbs[child.lemma]
        if child.dep == "cop" and doc.is_infinitive(i) and doc.tokens[i].lemma not in c.be_to_idioms:
            return "intended"  # "Russia is to expel ten diplomats": a plan announced
        if child.dep in ("obl", "advcl") and any(_is_according(g) for g in doc.children(child.i)):
            return "reported"
        if child.dep in ("obj", "obl"):  # "investigating the shooting ..., according to X" hung on the object
            for phrase in doc.children(child.i, "nmod"):
                if any(_is_according(g) for g in doc.children(phrase.i, "case")):
                    return "reported"
    return None


def condition_clauses(doc: ParsedDoc, i: int) -> list[Token]:
    """The conditions clause ``i`` carries: its adverbial clauses opened by "if", "unless" ...
    (``conditional_marks``): "will withdraw unless X agrees", "if there is an order, X has to"."""
    marks = cues().conditional_marks
    return [g for g in doc.children(i) if g.dep == "advcl" and _opened_by(doc, g.i, marks)]


def _conditions_read_as_phrases(doc: ParsedDoc, i: int, c: ModalityCues) -> list[Token]:
    """ "will attack Kyiv unless Ukraine surrenders" with "surrenders" read as a noun under
    "unless": a condition all the same."""
    return [g for g in doc.children(i, "obl") if any(k.lemma in c.conditional_marks for k in doc.children(g.i, "case"))]


def _under_a_threat(doc: ParsedDoc, i: int, c: ModalityCues) -> bool:
    """Whether clause ``i`` is what a verb of threatening or warning says will happen."""
    tok = doc.tokens[i]
    if tok.dep not in ("ccomp", "xcomp") or tok.head == i:
        return False
    return c.governors.get(doc.tokens[tok.head].lemma) == "threatened"


def _reported(doc: ParsedDoc, i: int, c: ModalityCues) -> bool:
    """Whether clause ``i`` is what a verb of saying reports ("announced that she would...")."""
    tok = doc.tokens[i]
    return tok.dep in ("ccomp", "parataxis") and doc.tokens[tok.head].lemma in c.speech_verbs


def _is_according(token) -> bool:
    """The "according" of "according to X", whatever lemma the lemmatiser gave it."""
    return token.lemma in ("accord", "according") or token.text.lower() == "according"


def _opened_by(doc: ParsedDoc, i: int, marks: frozenset[str]) -> bool:
    """Whether clause ``i`` has one of ``marks`` as its conjunction ("if", "until", "whether")."""
    return any(m.lemma in marks for m in doc.children(i, "mark"))


def _in_force(doc: ParsedDoc, noun, c: ModalityCues) -> bool:
    """Whether an instrument does what its -ing clause says: an order or a letter does once
    issued; a resolution, a bill or a plan only once adopted ("adopted a resolution
    condemning", not "debated a resolution condemning")."""
    return c.governors.get(noun.lemma) != "intended" or _enacted(doc, noun, c)


def _enacted(doc: ParsedDoc, noun, c: ModalityCues) -> bool:
    """Whether an instrument is the object of a verb that enacts it ("adopted a resolution")."""
    return noun.dep == "obj" and doc.tokens[noun.head].lemma in c.enacting_verbs


def modality_of(doc: ParsedDoc, anchor: int) -> str:
    """The nearest modality cue from the event's clause upwards; "asserted" if none."""
    c = cues()
    if _yes_no_question(doc, anchor, c):  # whatever the clause: "Did they reach out [to support] you?"
        return "hypothetical"  # "Had the federation ever warned you?", "Will Iran strike?": asked, not said
    i = anchor
    for _ in range(12):
        tok = doc.tokens[i]
        if _inverted_condition(doc, i, c):
            return "conditional"  # "Had Russia attacked Kyiv, NATO would have responded"
        if i == anchor and _inside_a_fronted_condition(doc, i, c):
            return "hypothetical"  # "If the House votes to impeach him, ..." with "votes" read as a noun
        own = _own_cue(doc, i, c) or _governing_mark(doc, i, c)
        if own in ("conditional", "hypothetical", "intended") and _under_a_threat(doc, i, c):
            return "threatened"  # "warned that Iran would close the strait if ...": a threat
        if own:
            return own
        if tok.dep == "advcl" and _opened_by(doc, i, c.conditional_marks):
            return "hypothetical"
        if tok.dep == "ccomp" and doc.tokens[tok.head].lemma in c.mandative_verbs and doc.is_subjunctive(i):
            return "hypothetical"  # "insists that NATO withdraw": required, not done
        if tok.dep == "advcl" and tok.tag in ("VB", "VBP", "VBZ") and _opened_by(doc, i, c.future_time_marks):
            return "hypothetical"  # "will fight until they gain control": that time has not come
        if _opened_by(doc, i, c.question_marks):
            return "hypothetical"  # "it is unclear whether Russia attacked"
        if tok.dep == "advcl" and tok.tag != "VBG" and doc.is_infinitive(i):
            if doc.tokens[tok.head].lemma in c.meeting_verbs:
                return modality_of(doc, tok.head)  # "gathered in Cairo to discuss": as the gathering
            return "intended"  # infinitival purpose clause: "... to break off relations" (not "confessed to killing")
        content = _content_clause(doc, tok) or _gapless_clause_of_a_cue_noun(doc, tok, c)
        if tok.head == i or (tok.dep not in CLIMB and not content):
            return "asserted"
        if tok.dep == "conj" and doc.children(i, "nsubj", "nsubj:pass"):
            return "asserted"  # a coordinated clause with its own subject has its own modality
        head = doc.tokens[tok.head]
        if _reduced_relative(doc, tok):
            return "asserted"  # "may restore relations broken off by London": done, whatever may come
        if tok.dep == "acl" and tok.tag == "VBG" and head.pos == "NOUN" and _in_force(doc, head, c):
            i = tok.head  # "issued an order banning", "sent a letter asking": what the text says
            continue  # it does, as real as its issuing
        if tok.dep == "xcomp" and head.lemma in c.negated_threats and has_negator(doc, head.i, ("advmod", "neg")):
            return "threatened"  # "would not hesitate to close the strait"
        governed = c.governs(head)
        if tok.dep == "xcomp" and head.lemma in c.raising_verbs and doc.children(head.i, "aux:pass"):
            return "reported"  # "Russia is said to have shelled Kharkiv"
        if governed == "reported" and head.dep == "nsubj" and _negating_predicate(doc, head.head, c):
            return "denied"  # "reports that Russia attacked Georgia are false"
        if tok.dep == "advcl" and is_object_gerund(doc, tok) and governed:
            return governed  # "charged the soldier with killing": alleged
        if tok.dep not in ("conj", "advcl") and governed:
            if _denied_report(doc, head.i, c) or (governed != "denied" and _denied_above(doc, head, c)):
                return "denied"  # "denied claims that ...", "denied that Russia planned to invade"
            return governed  # ("Although police used force, this is a first report": no)
        i = tok.head
    return "asserted"


def _reduced_relative(doc: ParsedDoc, tok) -> bool:
    """A bare past participle after its noun ("sailors held by Iran", "relations broken off
    last October") is a relative clause without its "which were": it says what was done to
    the thing, so, like a relative clause, it keeps its own modality rather than the modal
    of the clause naming the thing ("asked Tehran to free sailors held by Iran"): the
    document's reduced passive, after its noun, and no infinitive ("troops [to be] deployed")."""
    if not doc.is_reduced_passive(tok.i) or tok.i < tok.head:
        return False
    return not doc.children(tok.i, "aux:pass", "mark")


def _inverted_condition(doc: ParsedDoc, i: int, c: ModalityCues) -> bool:
    """A clause opened by an inverted auxiliary ("Had Russia attacked Kyiv, ...", "Were Iran
    to attack, ..."), which small parsers hang on the subject or the verb; not a question."""
    sentence = doc.sentences[doc.tokens[i].sent]
    first = doc.tokens[sentence.start]
    if first.text.lower() not in c.inverted_conditions or doc.tokens[sentence.end - 1].text == "?":
        return False
    return first.head == i or (doc.tokens[first.head].head == i and first.head != first.i)


def _inside_a_fronted_condition(doc: ParsedDoc, i: int, c: ModalityCues) -> bool:
    """Whether word ``i`` lies between a fronted "if" and the comma that closes its clause,
    while the parse hung the "if" on the main verb after that comma ("If the House [votes] to
    impeach Trump, he would face trial", "votes" read as a noun): the words are the condition
    whatever their tree says."""
    for mark in doc.tokens[doc.sentences[doc.tokens[i].sent].start : i]:
        if mark.dep != "mark" or mark.lemma not in c.conditional_marks or mark.head <= i:
            continue
        between = doc.tokens[i + 1 : mark.head]
        if any(t.text == "," for t in between) and not any(t.dep == "advcl" for t in between):
            return True
    return False


def _governing_mark(doc: ParsedDoc, i: int, c: ModalityCues) -> str | None:
    """ "Putin is due to meet Biden": a governing word the parser hung on the verb as a mark."""
    return next((found for m in doc.children(i, "mark") if (found := c.governs(m))), None)


def _content_clause(doc: ParsedDoc, tok) -> bool:
    """ "reports that Russia attacked": a that-clause of a noun read as a relative clause; in
    a relative clause "that" is a pronoun, here a conjunction (mark)."""
    return tok.dep == "acl:relcl" and any(m.lemma == "that" for m in doc.children(tok.i, "mark"))


def _gapless_clause_of_a_cue_noun(doc: ParsedDoc, tok, c: ModalityCues) -> bool:
    """ "an allegation he assaulted his ex-wife": a clause read as relative on a noun of
    modality, with no "that", whose subject and object are both there (a passive has its
    subject): a relative clause lacks one of its words, so this one says what the noun
    alleges, reports or plans."""
    if tok.dep != "acl:relcl" or not c.governs(doc.tokens[tok.head]):
        return False
    kids = doc.children(tok.i, "nsubj", "nsubj:pass", "obj")
    if any(k.lemma.lower() in RELATIVE_PRONOUNS for k in kids):
        return False
    labels = {k.dep for k in kids}
    return "nsubj:pass" in labels or {"nsubj", "obj"} <= labels


def _negating_predicate(doc: ParsedDoc, i: int, c: ModalityCues) -> bool:
    """A predicate that says its subject is false ("are false", "were baseless")."""
    return doc.tokens[i].lemma in c.negating_governors and bool(doc.children(i, "cop"))


def _yes_no_question(doc: ParsedDoc, word: int, c: ModalityCues) -> bool:
    """A sentence that opens with an auxiliary and ends with a question mark ("Did Russia
    attack?", "Will they retaliate?"), read from the words since small parsers mangle inverted
    clauses. A question that asks what or why ("Why did Russia attack us?") takes the act as
    given, so only a yes-no question is no claim."""
    sentence = doc.sentences[doc.tokens[word].sent]
    if doc.tokens[sentence.end - 1].text != "?":
        return False
    depth = 0  # an interview's speaker label opens the question: "((WN)) Had the federation ..."
    for tok in doc.tokens[sentence.start : sentence.end]:
        depth += (tok.text == "(") - (tok.text == ")")
        if depth == 0 and tok.text[:1].isalpha():
            return tok.lemma.lower() in c.question_openers
    return False


def is_pledge(doc: ParsedDoc, anchor: int, code: str) -> bool:
    """Whether an intended act is announced as a pledge, which CAMEO codes as the statement
    (03x, asserted): aid that "will" be given, or "would" be in reported speech, or that
    someone "promised to send" or "is prepared to send"; so is any cooperative act offered
    or promised ("offered to release the hostages", "is ready to resume talks"), though one
    that only "will" be done is a plan. Plans ("plans to send relief", "prepared to send
    relief" without a copula: it made ready) are not pledges."""
    c = cues()
    if code[:2] not in c.pledge_roots | c.offer_roots:
        return False
    anchor = _first_conjunct_without_own_auxiliaries(doc, anchor)
    for child in doc.children(anchor, "aux") if code[:2] in c.pledge_roots else []:
        if child.lemma in c.pledge_auxiliaries or child.text.lower() in c.pledge_auxiliaries:
            return True
        if child.text.lower() in c.backshifted and _reported(doc, anchor, c):
            return True
    tok = doc.tokens[anchor]
    if tok.dep != "xcomp" or tok.head == anchor:
        return False
    governor = doc.tokens[tok.head]
    if governor.lemma in c.pledge_governors:
        return True
    return governor.text.lower() in c.pledge_governors and bool(doc.children(governor.i, "aux:pass", "cop"))


def _first_conjunct_without_own_auxiliaries(doc: ParsedDoc, verb: int) -> int:
    """The verb whose auxiliaries a conjoined verb shares: in "Britain would contribute 1.3
    mln and give 750,000 sterling", "give" is pledged by the "would" of "contribute". A
    conjunct with its own auxiliary or subject is its own clause."""
    while (
        doc.tokens[verb].dep == "conj"
        and doc.tokens[verb].head != verb
        and not doc.children(verb, "aux", "nsubj", "nsubj:pass")
    ):
        verb = doc.tokens[verb].head
    return verb


def _denied_above(doc: ParsedDoc, cue, c: ModalityCues) -> bool:
    """Whether the clause or noun that gives an act its modality is itself denied: "denied
    that Russia planned to invade", "denied plans to attack", or the object of a negated
    verb: "had not announced any plans to remove the troops" (no plan is said to exist)."""
    if cue.head == cue.i or cue.dep not in ("ccomp", "xcomp", "obj"):
        return False
    if cue.dep == "obj" and cue.pos == "NOUN" and has_negator(doc, cue.head):
        return True
    return c.governs(doc.tokens[cue.head]) == "denied"


def _denied_report(doc: ParsedDoc, noun: int, c: ModalityCues) -> bool:
    """A report that its object denies: "denied claims that its troops shelled the city",
    "dismissed the allegation that it had poisoned him". The act in the clause is denied by
    the one who denies, not merely reported by someone."""
    tok = doc.tokens[noun]
    if tok.pos != "NOUN" or c.governors.get(tok.lemma) != "reported" or tok.dep not in ("obj", "nsubj:pass"):
        return False
    return c.governors.get(doc.tokens[tok.head].lemma) == "denied"


def governed_noun_modality(doc: ParsedDoc, trigger: int) -> str | None:
    """The modality a nominal trigger takes from the word that governs it, up to its
    predicate: "called for the minister's resignation" (hypothetical), "the threat of
    sanctions" (threatened), "plans for an attack" (intended); asserted for what something is
    called the target of, whatever governs the phrase; BACKGROUND for an act set in the
    background ("vowed to retaliate after the attacks"); None when nothing governs."""
    c = cues()
    i = trigger
    for _ in range(4):
        tok = doc.tokens[i]
        if tok.head == i or tok.dep not in ("obj", "obl", "nmod", "nsubj:pass", "conj", "xcomp"):
            return None
        if _in_the_background(doc, tok, c):
            return BACKGROUND  # "ordered a curfew [after violent protests]": no content of the order
        head = doc.tokens[tok.head]
        if _answered(doc, tok, head, c):
            return None
        if called_a_target(doc, i):
            return "asserted"  # the writer's description ("Greek ships, frequent targets for attacks")
        if tok.dep in ("obj", "nsubj:pass") and head.lemma in c.prepositional_governors:
            return None  # "called a general strike", "the strike was called by": the callers stage it
        if tok.dep != "conj" and head.lemma in c.governors:
            if c.governors[head.lemma] == "reported" and has_negator(doc, head.i):
                return "denied"  # "protests are not reported in Mosul": none is said to have happened
            return c.governors[head.lemma]
        if head.pos in ("VERB", "AUX"):
            return None
        i = tok.head
    return None


def _in_the_background(doc: ParsedDoc, tok: Token, c: ModalityCues) -> bool:
    """Whether ``tok`` is a phrase that sets the background of what governs it: "after the
    attacks", "over the annexation", "in the wake of the attacks"; or a bidding that came
    before its act: "at the request of Senator Helms"."""
    cases = {k.lemma.lower() for k in doc.children(tok.i, "case")}
    if cases & c.bidding_preps and tok.lemma.lower() in c.bidding_frames:
        return True
    return bool(cases & c.background_preps) or ("in" in cases and tok.lemma.lower() in c.background_frames)


def _answered(doc: ParsedDoc, tok: Token, head: Token, c: ModalityCues) -> bool:
    """Whether ``tok`` names the act a reply answers, which has happened: "revenge [for the
    killing]" (on the noun or, as parsers hang it, on the verb whose object the noun is:
    "vowed revenge | for the killing")."""
    if not any(k.lemma.lower() == "for" for k in doc.children(tok.i, "case")):
        return False
    replies = [head] if tok.dep == "nmod" else doc.children(head.i, "obj") if tok.dep == "obl" else []
    return any(r.lemma.lower() in c.reply_nouns for r in replies)


def called_a_target(doc: ParsedDoc, i: int) -> bool:
    """Whether word ``i`` names the acts something is called the target of ("a frequent
    target [of Taliban attacks]", ``target_nouns``): they happen, whatever governs the phrase,
    and what the target noun is said of is theirs (events/extract.py)."""
    tok = doc.tokens[i]
    if tok.dep != "nmod" or doc.tokens[tok.head].lemma.lower() not in cues().target_nouns:
        return False
    return bool({k.lemma.lower() for k in doc.children(i, "case")} & {"of", "for"})


def modifier_modality(doc: ParsedDoc, trigger: int) -> str | None:
    """The modality a nominal trigger's own modifier gives ("the planned trip": intended;
    "alleged abuses": reported; "the attack, reportedly conducted by X": reported, by the
    adverb of the participle that says who did it), or None."""
    c = cues()
    for child in doc.children(trigger, "amod", "compound"):
        found = c.modifiers.get(child.text.lower()) or c.modifiers.get(child.lemma)
        if found:
            return found
    # "the attack, reportedly carried out by the Taliban", also with the participle hung on the
    # verb above ("died in the attack, reportedly conducted by the Taliban")
    described = [doc.tokens[i] for i in doc.participles_after(trigger)]
    for clause in doc.children(trigger, "acl") + described:
        if clause.tag in ("VBN", "VBD") and clause.i > trigger:  # a participle, often tagged a past
            for adverb in doc.children(clause.i, "advmod"):
                if adverb.lemma in c.adverbs:
                    return c.adverbs[adverb.lemma]
    return None
