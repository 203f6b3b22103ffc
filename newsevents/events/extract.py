"""Find event triggers in the parse, fill their roles and code them.

One pass over the tokens: verbs and nouns whose lemma is in the lexicon are
candidate triggers; a pattern fires when its particle, object and modifier
conditions hold; its source and target come from the dependency tree
(subject or passive agent, then object or the pattern's prepositions), with
coordination expanded so that "France and Germany condemned" gives two rows.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from ..actors import ActorResolver
from ..actors.resolve import FIRST_PERSON, is_the_speaker_s
from ..language import ParsedDoc, Token
from ..records import Actor, Event, Evidence
from .codebook import code_info
from .evaluation import named_evaluation
from .intent import intent_code
from .lexicon import Lexicon, Pattern
from .modality import (
    BACKGROUND,
    called_a_target,
    cues,
    governed_noun_modality,
    is_negated,
    is_pledge,
    modality_of,
    modifier_modality,
    negates,
)
from .overlap import VIOLENT_ROOTS, without_acts_told_twice
from .refine import (
    IMPLIED,
    aid_kinds,
    implied_act_owner,
    implied_source,
    implied_target,
    is_state_coercion,
    refine,
    refusal_rule,
    withdrawal_rule,
)
from .verbdict import Mark, VerbDictionary, VerbMatch

PREDICATE_POS = {"VERB", "AUX"}
THREAT_ROOT = "13"  # CAMEO's root of threats: what a threat's object names is what is threatened
PROTEST_ROOT = "14"  # CAMEO's root of dissent: demonstrations, strikes, boycotts
MONTHS = frozenset(calendar.month_name[1:]) | {m + dot for m in calendar.month_abbr[1:] for dot in ("", ".")}
# words that stand for the source itself when they carry its code; an object "him", "her" or
# "them" never refers to its own clause's subject (that would be "himself")
SELF_WORDS = {"it", "its", "itself", "they", "their", "themselves", "he", "his", "himself", "she", "herself"}
# the reciprocal pronouns: "Armenia and Azerbaijan accused each other" (grammar, not vocabulary)
RECIPROCALS = ({"each", "other"}, {"one", "another"})
# the words that open an indirect question ("asked what Russia would do")
INTERROGATIVES = frozenset({"what", "why", "how", "when", "where", "who", "whom", "whose", "which", "whether"})


@dataclass(slots=True)
class CodedEvent:
    """An event with the token positions that later stages need."""

    event: Event
    trigger: int  # trigger token
    anchor: int  # the verb whose clause carries the event's tense, time and attribution


class EventExtractor:
    """Applies a lexicon (and a user's PETRARCH verb dictionary, if any) to one parsed document."""

    def __init__(
        self,
        lexicon: Lexicon,
        doc: ParsedDoc,
        actors: ActorResolver,
        article_id: str,
        verbs: VerbDictionary | None = None,
    ) -> None:
        self.lexicon, self.doc, self.actors, self.article_id = lexicon, doc, actors, article_id
        self.verbs = verbs
        self.found: list[CodedEvent] = []  # rows so far, in text order: earlier acts a noun may refer to

    def extract(self) -> list[CodedEvent]:
        found = self.found
        seen: set[tuple] = set()
        for tok in self.doc.tokens:
            if tok.pos in PREDICATE_POS:
                candidates = self._verb_events(tok) + self._dictionary_events(tok)
                if not any(c.event.cameo[:2] in ("05", "11") for c in candidates):  # not coded already
                    candidates += self._named_evaluations(tok)
                if tok.tag == "VBN" and self.doc.children(tok.i, "aux:pass", "cop"):  # "was disappointed with"
                    candidates += self._verb_events(tok, "adjective")
            elif tok.pos in ("NOUN", "PROPN"):
                candidates = self._noun_events(tok)
            elif tok.pos == "ADJ" and self._adjective_holders(tok):  # "X was (remained) critical of Y"
                candidates = self._verb_events(tok, "adjective")
            else:
                continue
            candidates += [r for c in candidates if (r := self._refusal(c)) is not None]
            candidates = [self._denied_earlier_act(c) or c for c in candidates]
            if tok.pos in PREDICATE_POS:
                candidates = self._acts_not_ruled_out(tok) or candidates
            for coded in _without_targetless_twins(candidates):
                e = coded.event
                key = (coded.trigger, e.cameo[:2], _code(e.source), _code(e.target), e.target and e.target.text)
                if key not in seen:
                    seen.add(key)
                    found.append(coded)
        return _withdrawals_outside_combat(without_acts_told_twice(found, self.doc, self.lexicon))

    def _refuses_a_coded_act(self, verb: Token) -> bool:
        """Whether the infinitive under ``verb`` is itself a coded act ("refused to deploy
        peacekeepers"): its refusal is then the ``[refusal]`` rule's to code (a rejection of
        aid; "refused to attack" rejects nothing), not a plain rejection's."""
        return any(self._verb_events(c) for c in self.doc.children(verb.i, "xcomp") if c.pos in PREDICATE_POS)

    def _acts_not_ruled_out(self, verb: Token) -> list[CodedEvent]:
        """ "Iran did not rule out military action against Kuwait": a violent act that is
        not ruled out (``threat_when_negated``) is threatened, as coders read it, and the
        sentence holds no rejection; the act takes the verb's subject as its source."""
        words = self.lexicon.threat_when_negated
        phrase = next((w for w in words if w.split()[0] in (verb.lemma, verb.text.lower())), None)
        if phrase is None or not is_negated(self.doc, verb.i, verb.i):
            return []
        if " " in phrase and not self._has_particle(verb, phrase.split(" ", 1)[1]):
            return []
        rows = []
        sources = self.actors.subjects(verb.i)
        for act in self._objects(verb):
            found = self._lookup("noun", act) if act.pos == "NOUN" else []
            kids = {k.lemma for k in self.doc.children(act.i)}
            violent = [p for p in found if code_info(p.code).quad_class == 4 and _fits_noun(p, kids)]
            if violent:  # the most specific reading only: "air strikes" is 195, not also 190
                pattern = _most_specific(violent)[0]
                targets = self._targets(act, _prepositions_only(pattern), [])
                rows += self._rows(pattern, act.i, verb.i, sources, targets, act.i)
        for row in rows:
            row.event.negated, row.event.modality = False, "threatened"
        return rows

    def _denied_earlier_act(self, coded: CodedEvent) -> CodedEvent | None:
        """ "For several days Iran denied the accusation", "the charge was denied by his
        lawyer": a denial of a report told before (a definite report noun with no content
        clause of its own, ``denied_report_nouns``) denies the act that report was about,
        the last material conflict told earlier by the denier's side, as analysts code it:
        that act, ``denied``, in place of the generic 016. Without such an act the 016 stays."""
        e = coded.event
        if e.cameo != "016" or not e.rule.startswith("lexicon:") or e.modality != "asserted" or e.source is None:
            return None
        verb = self.doc.tokens[coded.trigger]
        reports = [o for o in self._objects(verb) if o.lemma in self.lexicon.denied_report_nouns]
        if not reports or any(self.doc.children(r.i, "acl", "ccomp", "acl:relcl") for r in reports):
            return None  # "denied claims that X": the clause's own act is coded, denied
        if not any(self.doc.is_definite(r.i) or self.doc.children(r.i, "nmod:poss") for r in reports):
            return None  # "denied any allegation of quid pro quo" points back to no act told
        sentence_start = self.doc.sentences[verb.sent].start
        denier = e.source.country
        if denier is None:
            return None
        prior = next(
            (
                p
                for p in reversed(self.found)
                if p.trigger < sentence_start
                and p.event.quad_class == 4
                and p.event.modality != "denied"
                and p.event.source is not None
                and p.event.source.country == denier
            ),
            None,
        )
        if prior is None:
            return None
        row = build_event(
            self.doc,
            self.article_id,
            prior.event.cameo,
            verb.i,
            verb.i,
            prior.event.source,
            prior.event.target,
            f"{verb.text} {reports[0].text}",
            "denial:earlier-act",
        )
        row.event.negated, row.event.modality = True, "denied"
        return row

    def _refusal(self, coded: CodedEvent) -> CodedEvent | None:
        """ "refused to deploy peacekeepers": beside the denied act, the refusal itself, coded
        as a rejection of that kind of act (``[refusal]`` in code_rules.toml)."""
        e = coded.event
        anchor = self.doc.tokens[coded.anchor]
        rule = refusal_rule()
        if not e.rule.startswith("lexicon:") or anchor.dep != "xcomp" or e.source is None:
            return None
        governor = self.doc.tokens[anchor.head]
        if governor.lemma not in rule.verbs and governor.text.lower() not in rule.verbs:
            return None
        code = rule.code_for(e.cameo)
        if code is None:
            return None
        refuser, refused = e.source, e.target
        if any(p.received and p.rule == e.rule for p in self._lookup("verb", anchor)):
            refuser, refused = e.target, e.source  # "refused to accept aid from the US": the recipient refuses
            if refuser is None:
                return None
        return build_event(
            self.doc, self.article_id, code, governor.i, governor.i, refuser, refused, governor.text, "lexicon:refusal"
        )

    # -- verbs -------------------------------------------------------------
    def _verb_events(self, verb: Token, kind: str = "verb") -> list[CodedEvent]:
        """Rows of the entries on a verb, or on a predicate adjective, which takes its
        subject and prepositional targets the same way ("X was critical of Y")."""
        objects = self._objects(verb)
        patterns = self._lookup(kind, verb)
        if self._fault_predicate(verb):
            return []  # "who is to blame": said of the subject, by whoever says it (attribution)
        words = self._verb_words(verb, objects) if any(p.blocked_by for p in patterns) else set()
        fired = [
            p
            for p in patterns
            if not p.blocked_by & (words | self._own_object_modifiers(p, objects))
            and not (p.intransitive and self.doc.children(verb.i, "obj", "ccomp"))
            and not (p.no_object and self.doc.children(verb.i, "obj", "iobj"))
            and not (p.no_opinion_clause and self._opinion_clause(verb))
            and not (p.no_bare_use and self._bare_use(verb))
            and (not p.particle or self._has_particle(verb, p.particle))
            and (not p.objects or any(self._names_of(o) & p.objects for o in self._given(verb, p, objects)))
            and (not p.modifiers or self._object_modified(p, objects))
            and (not p.negated_only or is_negated(self.doc, verb.i, verb.i))
            and (not p.modals or any(a.lemma.lower() in p.modals for a in self.doc.children(verb.i, "aux")))
            and (not p.needs_clause or self._has_clause(verb))
            and all(self._verb_has_reason(verb, prep) for prep in p.needs_preps)
            and (not p.uncoded_clause or not self._refuses_a_coded_act(verb))
            and (not p.crowd_subject or self._crowd(verb) is not None)
            and (not p.subjects or self._subject_is_one_of(verb, p.subjects))
            and not (p.no_thing_subject and self._thing_subject(verb))
            and (not p.international_body or self._names_an_international_body(verb, p, objects))
            and not (
                p.code.startswith("02")
                and (self._asks_for_anonymity(verb) or self._was_asked(verb) or self._moved_by_an_act(verb))
            )
            # "a spokesman who declined to be named" neither withholds comment nor rejects anything
            and not ((p.code == "011" or p.code.startswith("12")) and self._asks_for_anonymity(verb))
        ]
        out = []
        for pattern in _most_specific(fired):
            if pattern.received:  # "Bangladesh received a grant from the Netherlands"
                out += self._rows(pattern, verb.i, verb.i, self._givers(verb, objects), self.actors.subjects(verb.i))
                continue
            if kind == "adjective":  # the one who is critical, disappointed, concerned
                holders = self._adjective_holders(verb)
                sources = [a for h in holders for a in self.actors.resolve_with_conjuncts(h.i)]
            else:
                sources = (
                    self.actors.subjects(verb.i)
                    or self._denier(verb)
                    or self._teller(verb, pattern)  # "police said two men were arrested in Tunis": the police
                    or self._place_of_a_passive(verb, pattern)
                )
            if pattern.crowd_subject and not sources:  # "thousands of farmers [gathered] in Tokyo" as a relative
                sources = self.actors.resolve_with_conjuncts(self._crowd(verb).i)
            if not sources and kind == "verb":  # "hundreds protested outside the parliament in Belgrade"
                sources = self._people_of_the_place(verb, pattern)
            acting = None if sources or kind == "adjective" else self._subject_act(verb)
            if acting is not None:  # "the sanctions will end cooperation": the sanctioning side
                sources = self._act_doers(acting)
            violent = self._violent_acts(pattern, objects)
            if violent:  # "condemned the attack (on X)": whoever attacked, else no one named
                targets = [a for act in violent for a in self._act_doers(act)] or self._blamed(verb, pattern, violent)
            else:
                targets = self._verb_targets(verb, pattern, objects, sources)
            if not targets and acting is not None and sources:  # ... towards the sanctioned one
                targets = self._act_targets(acting)
            mutual = len(sources) > 1 and self._names_each_other(verb)
            if mutual:  # "Armenia and Azerbaijan accused each other": one row per direction
                targets = []
            elif (
                pattern.reciprocal
                and pattern.code[:2] in VIOLENT_ROOTS
                and not targets
                and self._object_is_a_thing(verb)
            ):
                pattern = replace(pattern, reciprocal=False)  # "France and Britain fight terrorism": together
            if pattern.armed_or_aimed and not self._targets(verb, pattern, objects):
                sources = self._fighters(verb, sources)
            out += self._rows(pattern, verb.i, verb.i, sources, targets, mutual=mutual)
        return out

    def _givers(self, verb: Token, objects: list[Token]) -> list[Actor]:
        """Who gives what an entry read from the receiving end names (``received``): the one
        under "from", which the parse hangs on the verb or on the thing ("a loan from the
        World Bank"), else the thing's owner ("received a World Bank loan", "Japan's aid").
        None named, no row: a recipient alone tells no act between two parties."""
        for holder in [verb, *objects]:
            for phrase in self.doc.phrases(holder.i, "from"):
                found = self.actors.resolve_with_conjuncts(phrase.i)
                if found:
                    return found
        for thing in objects:
            for owner in self.doc.children(thing.i, "nmod:poss", "compound", "amod"):
                actor = self.actors.resolve(owner.i, use_context=False)
                if actor is not None:
                    return [actor]
        return []

    def _people_of_the_place(self, verb: Token, pattern: Pattern) -> list[Actor]:
        """People the text gives no country, named by a crowd or a role noun ("hundreds", "a
        Black Lives Matter group"), doing an act that has a conventional doer (``[[default_source]]``:
        a protest) are of the place it happens in, else of the article's country, as for the
        act told by a noun ("protests in Belgrade"); the phrase stays their text."""
        subjects = self.doc.children(verb.i, "nsubj")
        if len(subjects) != 1 or subjects[0].pos != "NOUN":
            return []
        if self._crowd(verb) is None and subjects[0].lemma not in self.actors.kb.role_nouns:
            return []  # "prices rallied", "GitHub blocked access": no people
        implied = implied_source(pattern.code, self._country_of_place(verb, verb.i))
        if implied is None:
            return []
        return [replace(implied, text=self.doc.span_text(self.actors.np_tokens(subjects[0].i)))]

    def _object_is_a_thing(self, verb: Token) -> bool:
        """Whether the verb's direct object names no actor and no act of force ("fight
        terrorism", "fought a blaze", not "fought a war"): coordinated subjects of a verb of
        combat then act on it together, not on one another (an agreement they sign is still
        between them)."""
        fights = self.lexicon.peacemaking.fight_nouns if self.lexicon.peacemaking else frozenset()
        return any(
            self.actors.resolve(o.i) is None and o.lemma.lower() not in fights and not self._act_patterns(o)
            for o in self.doc.children(verb.i, "obj")
        )

    def _names_each_other(self, verb: Token) -> bool:
        """Whether the verb's object or oblique is "each other" or "one another" ("accused each
        other", "clashed with one another"): its coordinated subjects act on one another."""
        for phrase in self.doc.children(verb.i, "obj", "iobj", "obl"):
            words = {phrase.lemma.lower()} | {k.lemma.lower() for k in self.doc.children(phrase.i)}
            if any(words >= pronoun for pronoun in RECIPROCALS):
                return True
        return False

    def _fighters(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Who fights when a verb of combat names no one it is aimed at: an armed side, or a
        people that vows to fight ("Ethnic Albanians have sworn to fight"), but not someone
        unnamed ("we fight it") and no one who fights a thing, for, against or off a cause, or
        to an end ("we need to fight for adoption rights", "fighting against bigotry", "battled
        cancer", "fought off a takeover attempt", "fought hard to protect their interests")."""
        phrases = [c for prep in ("for", "against", "off") for c in self.doc.phrases(verb.i, prep)]
        holders = [verb] + self.doc.children(verb.i, "advmod")  # "fought hard [to protect]", hung on "hard"
        ends = [c for h in holders for c in self.doc.children(h.i, "advcl", "xcomp") if self.doc.is_infinitive(c.i)]
        a_cause = self.doc.children(verb.i, "obj") + phrases + ends
        armed = self.lexicon.armed_sectors
        return [s for s in sources if s.code and ((s.sector or "") in armed or not a_cause)]

    def _named_evaluations(self, verb: Token) -> list[CodedEvent]:
        """ "X called the deal 'lousy'": X criticises (or praises) whoever is evaluated."""
        words = self.lexicon.evaluation
        if words is None or verb.text.lower() not in words.naming_verbs:  # by form: "founded" is no "found"
            return []
        found = named_evaluation(self.doc, verb.i, words, lambda i: self._evaluated_actor(i) is not None)
        if found is None:
            return []
        code = words.codes[found.polarity]
        sources = [s for s in self.actors.subjects(verb.i) if s.code]
        if found.evaluated is not None:
            targets = [self._evaluated_actor(found.evaluated)]
        else:  # "called the move a smash and grab": whoever made the move
            targets = self._evaluated_thing_owners(verb, found.predicate, code, sources) or [None]
        trigger_text = f"{verb.text} {self.doc.tokens[found.predicate].text}"
        return [
            build_event(
                self.doc, self.article_id, code, verb.i, verb.i, source, target, trigger_text, "lexicon:evaluation"
            )
            for source in sources
            for target in targets
            if not (target is not None and _same_actor(source, target))
        ]

    def _evaluated_thing_owners(self, verb: Token, predicate: int, code: str, sources: list[Actor]) -> list[Actor]:
        """Whom an evaluation of a thing is aimed at, as a criticism of it is: the agent or
        owner of the act or thing named ("called Mohammad's admission a political maneuver",
        "called the agreement by Turkey and Libya null and void"), else, by convention, the
        country the article is about ("Corbyn called the move a smash and grab")."""
        things = [o.i for o in self.doc.children(verb.i, "obj") if o.i < predicate]
        if not things:
            return []
        return self._agents_of_acts(verb, things) or self._owners(things, verb.i) or self._implied_owner(code, sources)

    def _evaluated_actor(self, i: int) -> Actor | None:
        actor = self.actors.resolve(i)
        return actor if actor is not None and actor.code else None

    def _opinion_clause(self, verb: Token) -> bool:
        """A that-clause complement (and no infinitive) that says what is so rather than what
        will be done: no modal auxiliary and no bare subjunctive ("agreed that the sanctions
        have failed", not "agreed that talks would resume", "insists that the budget include").
        A modal hedged by an adverb of likelihood is a forecast, a view too ("agreed that
        the decision likely would be delayed")."""
        clauses = [c for c in self.doc.children(verb.i, "ccomp") if self._follows_directly(verb, c)]
        if not clauses or self.doc.children(verb.i, "xcomp"):
            return False
        modals, adverbs = cues().auxiliaries, cues().adverbs
        for c in clauses:
            auxiliaries = self.doc.children(c.i, "aux", "aux:pass")
            hedged = any(adverbs.get(a.lemma) == "hypothetical" for a in self.doc.children(c.i, "advmod"))
            if not hedged and any(a.lemma in modals or a.text.lower() in modals for a in auxiliaries):
                return False
            if self.doc.is_subjunctive(c.i):  # "insists that the budget include": a demand
                return False
        return True

    def _bare_use(self, verb: Token) -> bool:
        """A verb used alone by one party: no object, clause, infinitive or phrase of what it
        is about, and no coordinated subjects. "Duncan agreed", "Hataman agreed, saying only
        this group could have done it" concur with a view said before; "agreed to meet",
        "agreed on a ceasefire", "Iran and Iraq agreed" undertake something."""
        complements = ("obj", "iobj", "xcomp", "ccomp", "obl", "nmod", "csubj")
        if any(c.dep.split(":")[0] in complements for c in self.doc.children(verb.i)):
            return False
        if self._purpose_infinitives(verb):
            return False
        subjects = self.doc.children(verb.i, "nsubj")
        return bool(subjects) and not any(self.doc.conjuncts(s.i) for s in subjects)

    def _follows_directly(self, verb: Token, clause: Token) -> bool:
        """Whether a clause opens after the verb with no punctuation between: its complement,
        not a closing ", bankers said" the parse hung on it."""
        first = self._clause_start(clause)
        return first > verb.i and not any(t.pos == "PUNCT" for t in self.doc.tokens[verb.i + 1 : first])

    def _clause_start(self, clause: Token) -> int:
        return min([clause.i, *self.doc.subtree(clause.i)])

    def _fault_predicate(self, verb: Token) -> bool:
        """ "Russia is to blame for the attack": a verb of fault after a copula is no act of
        its subject but a statement about it (``evaluation.toml``'s ``fault``)."""
        words = self.lexicon.evaluation
        return words is not None and verb.lemma in words.fault and bool(self.doc.children(verb.i, "cop"))

    def _indirect_question(self, clause: Token) -> bool:
        """ "asked whether Oakland was part of the US", "asked if X attacked", "asked what Y
        would do": a question put, not an act requested."""
        if any(m.lemma == "if" or m.lemma in INTERROGATIVES for m in self.doc.children(clause.i, "mark")):
            return True
        return self.doc.tokens[self._clause_start(clause)].text.lower() in INTERROGATIVES

    def _has_clause(self, verb: Token) -> bool:
        """An infinitive or that-clause complement; an infinitive read as a purpose clause
        after an object ("asked the United States [to waive] the immunity") or after the one
        a prepositional verb addresses ("counts on Turkey [to act]") counts, and so does one
        read as a relative clause of the object ("asked all oil-producing countries [to help]")."""
        # an adjective read as the complement ("approached Khan [armed] with a tusk") is none,
        # unless it is an infinitive's ("asking Cengiz to be [patient]")
        if any(c.pos != "ADJ" or self.doc.is_infinitive(c.i) for c in self.doc.children(verb.i, "xcomp")) or any(
            not self._indirect_question(c) for c in self.doc.children(verb.i, "ccomp")
        ):
            return True
        addressed = self.doc.children(verb.i, "obj", "iobj", "obl")
        if addressed and any(c.i > addressed[0].i for c in self._purpose_infinitives(verb)):
            return True
        asked = [a for a in addressed if a.dep in ("obj", "iobj")]
        return any(self.doc.is_infinitive(c.i) for a in asked for c in self.doc.children(a.i, "acl"))

    def _names_of(self, thing: Token) -> set[str]:
        """What an entry's ``objects`` may call a word: its lemma or its form (a lemmatiser
        makes "cross" of the noun "crossing"), or its lemma with a modifier before it
        ("martial law", "house arrest", "riot police"); a light noun also names the act of the
        noun before it ("mediation efforts": mediation)."""
        modifiers = self.doc.children(thing.i, "amod", "compound")
        named = {f"{m.lemma.lower()} {thing.lemma}" for m in modifiers if m.i == thing.i - 1}
        if thing.lemma in self.lexicon.light_nouns:  # "ended mediation efforts": the mediation
            named |= {m.lemma.lower() for m in modifiers if m.dep == "compound"}
        return {thing.lemma, thing.text.lower()} | named

    def _moved_by_an_act(self, verb: Token) -> bool:
        """ "The Council members are encouraged by the decision of President Masum to
        nominate ...": a passive whose agent is an act or a thing (``act_nouns``), not a
        party, tells how its subject feels about it; no one appeals to anyone."""
        if not self.doc.children(verb.i, "aux:pass", "nsubj:pass"):
            return False
        return any(a.lemma.lower() in self.actors.kb.event_nouns for a in self.doc.phrases(verb.i, "by", "obl"))

    def _was_asked(self, verb: Token) -> bool:
        """ "Asked if the measures were taken under pressure, Boesze said ...": a reporter's
        question put to the speaker, a passive participle opening its clause (with no subject, whatever
        its tag: a sentence-initial "Asked" is often tagged as a past tense), is no appeal."""
        if (
            verb.lemma != "ask"
            or verb.tag not in ("VBN", "VBD")
            or self.doc.children(verb.i, "aux", "aux:pass", "nsubj")
        ):
            return False
        sent = self.doc.sentences[verb.sent]
        return verb.i == sent.start or self.doc.tokens[verb.i - 1].pos == "PUNCT"

    def _asks_for_anonymity(self, verb: Token) -> bool:
        """ "officials, who asked not to be identified", "asked to remain anonymous", "asked
        for anonymity": a passive of naming (``anonymity_verbs``) or a word of anonymity
        (``anonymity_words``) under the verb is a source's wish to stay unnamed, no appeal."""
        clauses = self.doc.children(verb.i, "xcomp", "ccomp", "advcl")
        if any(c.lemma in self.lexicon.anonymity_verbs and self.doc.children(c.i, "aux:pass") for c in clauses):
            return True
        near = clauses + self.doc.children(verb.i, "obj", "obl")
        near += [k for c in clauses for k in self.doc.children(c.i, "xcomp", "obj", "obl")]
        return any(w.lemma.lower() in self.lexicon.anonymity_words for w in near)

    def _crowd(self, verb: Token) -> Token | None:
        """The crowd that does what ``verb`` says ("thousands of farmers", "tens of
        thousands", "a crowd"): its subject, or the phrase it modifies as a participle, which
        a weak parse makes of "Thousands of farmers [gathered] in Tokyo, officials said".
        A gathering of that size is a demonstration, where a committee gathering is not."""
        crowds = self.lexicon.crowd_nouns
        heads = self.doc.children(verb.i, "nsubj")
        if not heads and verb.dep == "acl" and verb.head < verb.i:
            head = self.doc.tokens[verb.head]
            while head.dep == "nmod" and head.head < head.i:  # "thousands of [farmers]"
                head = self.doc.tokens[head.head]
            heads = [head]
        return next((h for h in heads if _is_one_of(h, crowds)), None)

    def _names_an_international_body(self, verb: Token, pattern: Pattern, objects: list[Token]) -> bool:
        """Whether the verb's object (or the noun under the entry's particle) is the name of an
        international organisation the actor knowledge knows ("quit ECOWAS", "joined NATO": an
        IGO code), and the verb does not join it in an act ("joined the EU in condemning")."""
        in_an_act = any(
            c.tag == "VBG" and any(m.lemma == "in" for m in self.doc.children(c.i, "mark"))
            for c in self.doc.children(verb.i, "advcl")
        )
        # a name or an acronym ("the IMF", tagged a noun at times), not "GATT discussions"
        names = [o for o in self._given(verb, pattern, objects) if o.pos == "PROPN" or o.text.isupper()]
        bodies = (self.actors.resolve(o.i) for o in names)
        return not in_an_act and any(a is not None and (a.code or "").startswith("IGO") for a in bodies)

    def _subject_is_one_of(self, verb: Token, words: frozenset[str]) -> bool:
        """Whether the verb's subject, or its passive agent, is one of ``words`` (lemma or
        form): "Russian missiles hit Kyiv", "Kyiv was hit by Russian missiles", also when
        counted ("thousands of miners walked off the job"); an infinitive's is the word that
        controls it ("Libyan forces began to withdraw"), and a conjunct's or a subjectless
        participle's is the subject of the verb it hangs on ("blew up the depot and [fled]",
        "blew up the depot before [fleeing]"), up the chain ("before beginning [to flee]")."""
        doers = self.doc.children(verb.i, "nsubj") + self.doc.phrases(verb.i, "by", "obl", "obl:agent")
        clause = verb
        for _ in range(3):
            if doers or clause.head == clause.i:
                break
            if clause.dep == "xcomp":  # "Libyan forces began [to withdraw]", "ordered troops [to leave]"
                doers = self.doc.children(clause.head, "obj") or self.doc.children(clause.head, "nsubj")
            elif clause.dep == "conj" or (clause.dep == "advcl" and clause.tag == "VBG"):
                doers = self.doc.children(clause.head, "nsubj")
            else:
                break
            clause = self.doc.tokens[clause.head]
        counted = [self.actors.quantified(d.i) for d in doers]  # "thousands of [miners]"
        doers += [self.doc.tokens[i] for i in counted if i is not None]
        doers += [m for d in doers for m in self.doc.children(d.i, "compound", "amod")]  # "[peacekeeping] troops"
        return any(_is_one_of(d, words) for d in doers)

    def _thing_subject(self, verb: Token) -> bool:
        """Whether the verb's subject, or the one it shares as a conjunct ("is void, infringes
        rights and does not comply"), is an act or a paper (``act_nouns``) by its head noun:
        "the agreement", not "bond brokers"."""
        holder = self.doc.subject_sharer(verb.i) or verb
        subjects = self.doc.children(holder.i, "nsubj", "nsubj:pass")
        return any(_is_one_of(s, self.actors.kb.event_nouns) for s in subjects)

    def _purpose_infinitives(self, verb: Token) -> list[Token]:
        """Infinitives the parse read as purpose clauses ("ordered its forces [to defend]")."""
        return [c for c in self.doc.children(verb.i, "advcl") if self.doc.is_infinitive(c.i)]

    def _denier(self, verb: Token) -> list[Actor]:
        """Who denies an agentless passive act ("Saudi Arabia denied claims that Khashoggi was
        slain"): the denier denies doing it, as coders read such denials. The act stays coded
        as denied by the modality of its clause."""
        if not self.doc.children(verb.i, "aux:pass"):
            return []
        clause = verb
        for _ in range(3):  # "denied that ... was", "denied claims that ... was"
            head = self.doc.tokens[clause.head]
            climbs = ("ccomp", "acl", "acl:relcl") + (("obj",) if clause.pos == "NOUN" else ())
            if clause.dep not in climbs or head.i == clause.i:  # "denied [claims] that": the noun's verb
                return []
            if head.pos == "VERB":
                denial = cues().governors.get(head.lemma) == "denied"
                return self.actors.subjects(head.i) if denial else []
            clause = head
        return []

    def _place_of_a_passive(self, verb: Token, pattern: Pattern) -> list[Actor]:
        """Who did an agentless passive act, named under the entry's ``source_preps``: "a
        Russian diplomat was expelled from Poland" (Poland expelled him), "a missionary was
        arrested in Lebanon" (under "in", only a place: its country)."""
        if not pattern.source_preps or not self.doc.children(verb.i, "aux:pass"):
            return []
        for prep in pattern.source_preps:
            for phrase in self.doc.phrases(verb.i, prep):
                found = self.actors.resolve_with_conjuncts(phrase.i)
                if prep == "in":  # "arrested in Lebanon": a place names its state, "in connection with" none
                    found = [a for a in found if a.code and not a.sector]
                if found:
                    return found
        return []

    def _teller(self, verb: Token, pattern: Pattern) -> list[Actor]:
        """Who did an agentless passive act of coercion an authority tells of ("police said two
        men were arrested", "a Marine has been arrested, the Pentagon said"): the authority
        (``[implied_agents]`` in the lexicon)."""
        implied = self.lexicon.implied_agents
        if implied is None or not pattern.code.startswith(implied.codes) or not self.doc.children(verb.i, "aux:pass"):
            return []
        if verb.dep != "ccomp" or verb.head == verb.i or self._done_by_a_violent_act(verb):
            return []  # "said the hospital was destroyed in an airstrike": the airstrike's doer did it
        telling = self.doc.tokens[verb.head]
        if telling.lemma not in implied.telling_verbs:
            return []
        return [a for a in self.actors.subjects(telling.i) if a.code and (a.sector or "") in implied.source_sectors]

    def _done_by_a_violent_act(self, verb: Token) -> bool:
        """Whether a passive tells the violent act that did it: "destroyed in an airstrike",
        "killed by a bomb attack"."""
        return any(self._codes_violence("noun", means) for means in self.doc.means(verb.i))

    def _codes_violence(self, kind: str, word: Token) -> bool:
        """Whether one of the word's entries of this kind ("verb", "noun") codes violence (18-20)."""
        return any(p.code[:2] in VIOLENT_ROOTS for p in self._lookup(kind, word))

    def _objects(self, verb: Token) -> list[Token]:
        """Direct objects with their coordinated siblings and "of" complements
        ("a state of emergency" is an object about emergency)."""
        direct = self.doc.children(verb.i, "obj") or self.doc.children(verb.i, "nsubj:pass")
        if not direct:  # "give one mln sterling", "refused to allow aid convoys into Darfur" read as a receiver
            direct = [t for t in self.doc.children(verb.i, "iobj") if self.actors.resolve(t.i) is None]
        if not direct and self._passive_of_its_head_s_subject(verb):
            # "Turkey is under sanctions, and was condemned by Egypt", "journalists were injured
            # after being attacked by protesters": the subject of the clause above
            direct = [subj for subj in self.doc.children(verb.head, "nsubj", "nsubj:pass") if subj.i < verb.i]
        if not direct and self.doc.is_bare_participle(verb.i):
            # "X appeared in court, charged with murder": whoever appeared was charged
            direct = self.doc.children(verb.head, "nsubj", "nsubj:pass")
        if not direct and self.doc.is_reduced_passive(verb.i):
            direct = [self.doc.tokens[verb.head]]  # "boats seized by Iran": the boats were seized
        if not direct and (patient := self.doc.small_clause_patient(verb.i)) is not None:
            direct = [self.doc.tokens[patient]]  # "had the journalist arrested": the journalist was
        if not direct and verb.dep == "amod" and self.doc.children(verb.i, "nsubj"):
            direct = [self.doc.tokens[verb.head]]  # misparse "X [restored] relations": a verb with a subject
        if not direct:
            direct = self._shared_objects(verb)  # "fired and landed [a live round] on a protester"
        direct = [self._what_it_stands_for(verb, o) for o in direct]
        siblings = [c for o in direct for c in self.doc.children(o.i, "conj")]
        complements = [c for o in direct for c in self.doc.phrases(o.i, "of", "nmod")]
        # "provided [$400 million] in military aid": what an amount is in is what was given
        complements += [c for o in direct if self._is_amount(o) for c in self.doc.phrases(o.i, "in", "nmod")]
        return direct + siblings + complements

    def _is_amount(self, tok: Token) -> bool:
        """A number, a currency sign or a counted noun ("US$ 400 million", "2 billion dollars")."""
        return tok.pos in ("NUM", "SYM") or bool(self.doc.children(tok.i, "nummod"))

    def _shared_objects(self, verb: Token) -> list[Token]:
        """The objects of the verb coordinated right after this one, when the two share them
        ("fired and landed a live round", "condemned and rejected the ultimatum"): nothing but
        the conjunction between them, no object of its own; a noun phrase, not a gerund ("agreed
        and favored prosecuting banks" agreed to nothing named)."""
        tokens = self.doc.tokens
        if verb.i + 2 >= len(tokens) or tokens[verb.i + 1].dep != "cc":
            return []
        second = tokens[verb.i + 2]
        if second.dep != "conj" or second.head != verb.i or second.pos != "VERB":
            return []
        return [o for o in self.doc.children(second.i, "obj") if o.pos in ("NOUN", "PROPN", "PRON")]

    def _passive_of_its_head_s_subject(self, verb: Token) -> bool:
        """A passive said of the subject of the clause it hangs on: a coordinated one ("and
        was condemned"), or a gerund with no subject of its own ("after being attacked",
        "despite being warned")."""
        aux = self.doc.children(verb.i, "aux:pass")
        if not aux:
            return False
        if verb.dep == "conj":
            return True
        gerund = aux[0].text.lower() == "being"
        return verb.dep == "advcl" and gerund and not self.doc.children(verb.i, "nsubj", "nsubj:pass")

    def _what_it_stands_for(self, verb: Token, obj: Token) -> Token:
        """ "spoke out against the attack, calling it an aggression", "commented on the
        agreement, calling it void": "it" as the object of a participle clause is the thing
        the verb the clause hangs on is about (its first object or oblique noun before it).
        A relative pronoun stands for the noun its clause modifies ("the sanctions [that]
        the EU imposed", "the treaty, [which] was signed by Greece")."""
        antecedent = self.actors.relative_antecedent(obj.i) if obj.head == verb.i else None
        if antecedent is not None:  # the verb's own relative pronoun
            return self.doc.tokens[antecedent]
        if obj.text.lower() != "it" or verb.tag != "VBG" or verb.dep not in ("advcl", "xcomp") or verb.head == verb.i:
            return obj
        things = [c for c in self.doc.children(verb.head, "obj", "obl") if c.pos in ("NOUN", "PROPN") and c.i < verb.i]
        return things[0] if things else obj

    def _adjective_holders(self, adjective: Token) -> list[Token]:
        """The subject an adjective is said of: its own, under a copula ("X was critical of"),
        or that of the linking verb it completes ("X remained critical of", ``linking_verbs``)."""
        own = self.doc.children(adjective.i, "nsubj", "nsubj:pass")
        if own:
            return own
        linking = self.lexicon.linking_verbs
        # the parser may hang the linking verb under the adjective, as an auxiliary, with the
        # subject on it: "officials are [getting] frustrated at Japan's inertia"
        verbs = [a for a in self.doc.children(adjective.i, "aux", "aux:pass", "cop") if a.lemma in linking]
        if adjective.dep == "xcomp" and self.doc.tokens[adjective.head].lemma in linking:
            verbs.append(self.doc.tokens[adjective.head])
        return [s for v in verbs for s in self.doc.children(v.i, "nsubj")]

    def _verb_words(self, verb: Token, objects: list[Token]) -> set[str]:
        """The verb's dependents and the prepositions of its phrases ("spoke of": "of"), the
        subject a subjectless participle shares, a relative clause's antecedent, its
        ``objects`` wherever the parse put them ("prices [charged] by producers"), and an
        adjective after an object, a small clause the parse hung on it ("held the diplomats
        [responsible]")."""
        words = {c.lemma for c in self.doc.children(verb.i)} | {o.lemma for o in objects}
        if verb.pos == "ADJ":  # "the president's condition remained critical": the one it is said of
            words |= {h.lemma for h in self._adjective_holders(verb)}
        # the subject's own modifiers: "[peacekeeping] troops arrived" are no deployment of force
        modifiers = [m for s in self.doc.children(verb.i, "nsubj") for m in self.doc.children(s.i, "compound", "amod")]
        words |= {m.lemma for m in modifiers} | {m.text.lower() for m in modifiers}
        if verb.dep == "advcl" and verb.tag == "VBG" and not self.doc.children(verb.i, "nsubj"):
            # "an earthquake struck the island, [injuring] 25": the participle's doer is the clause's subject
            words |= {c.lemma for c in self.doc.children(verb.head, "nsubj")}
        if verb.dep == "acl:relcl" and verb.head != verb.i:  # "Typhoon Haiyan, which [killed] 6,000": its antecedent
            head = self.doc.tokens[verb.head]
            words |= {head.lemma.lower()} | {c.lemma.lower() for c in self.doc.children(head.i, "compound")}
        words |= {a.lemma for o in objects for a in self.doc.children(o.i, "amod") if a.i > o.i}
        return words | {k.lemma for c in self.doc.children(verb.i, "obl") for k in self.doc.children(c.i, "case")}

    def _object_modified(self, pattern: Pattern, objects: list[Token]) -> bool:
        """Whether an entry's own object carries one of its required modifiers ("had [no]
        comment" declines to comment, [arms] sales; "had some comments" does not)."""
        return bool(self._modifiers_of_own_objects(pattern, objects, ("det", "amod", "compound")) & pattern.modifiers)

    def _own_object_modifiers(self, pattern: Pattern, objects: list[Token]) -> set[str]:
        """The modifiers of the entry's own object word, which say what kind it is: "meet [peak]
        demand" is a market's demand, "payments due on its foreign [debt]" a debtor's (an entry's
        objects only: "killed a film crew" stays a killing)."""
        if not pattern.blocked_by or not pattern.objects:
            return set()
        return self._modifiers_of_own_objects(pattern, objects, ("amod", "compound", "nmod"))

    def _modifiers_of_own_objects(self, pattern: Pattern, objects: list[Token], labels: tuple[str, ...]) -> set[str]:
        """Lemmas of the ``labels`` dependents of the objects that are the entry's own object words."""
        own = [o for o in objects if o.lemma in pattern.objects]
        return {m.lemma.lower() for o in own for m in self.doc.children(o.i, *labels)}

    def _particle_obliques(self, verb: Token, pattern: Pattern, appeal_for: bool = False) -> list[Token]:
        """Nouns under the entry's own particle read as a preposition ("shot down the jet"
        with "down" hung on "jet"); with ``appeal_for``, an appeal's "for" as well."""
        words = set(pattern.particle.split()) if pattern.particle else set()
        if appeal_for and pattern.code.startswith("02"):  # "for" names what an appeal seeks
            words.add("for")
        return [  # "to" before a noun is sometimes tagged as an infinitive marker
            c
            for c in self._obliques_and_their_phrases(verb)
            if words & {k.lemma for k in self.doc.children(c.i, "case", "mark")}
        ]

    def _obliques_and_their_phrases(self, verb: Token) -> list[Token]:
        """The verb's obliques, and the phrases a parse hung on an oblique after it ("was
        sentenced by Judge X [to 73 months]", "sentenced for her murder [to life]"): the
        verb's own prepositional complement may sit after another of its phrases, or be
        hung before the phrase it belongs after ("sentenced [to 73 months] in prison" with
        "months" under "prison")."""
        obliques = self.doc.children(verb.i, "obl")
        return obliques + [
            n
            for o in obliques
            if o.i > verb.i
            for n in self.doc.children(o.i, "nmod", "obl", "nmod:unmarked")
            if n.i > verb.i and (n.i > o.i or n.dep == "nmod:unmarked")
        ]

    def _given(self, verb: Token, pattern: Pattern, objects: list[Token]) -> list[Token]:
        """The complements an entry's objects may name, less the receiver of a verb of giving
        with two bare objects ("sent the police a plan" sends a plan, not police)."""
        complements = self._complements(verb, pattern, objects)
        receiver = self._receiver(verb)
        return [c for c in complements if receiver is None or c.i != receiver.i]

    def _receiver(self, verb: Token) -> Token | None:
        """The first of two bare objects of a verb of giving ("sent Ukraine weapons"): the
        receiver, as if "to" introduced it."""
        if verb.lemma not in self.lexicon.giving_verbs:
            return None
        direct = self.doc.children(verb.i, "obj")
        if len(direct) < 2 or direct[0].pos not in ("NOUN", "PROPN"):
            return None
        return direct[0] if self.actors.resolve(direct[0].i) is not None else None  # a receiver is someone

    def _complements(self, verb: Token, pattern: Pattern, objects: list[Token]) -> list[Token]:
        """What an entry's ``objects`` may name: the direct objects, the noun under the
        entry's own preposition ("pull out of the talks", "enter into an agreement") or under
        "for", which names what is sought ("asked China for help"), an infinitive
        complement ("declined to comment"), the label of a small clause with its own
        modifiers ("called the stabbing an act of barbarity"), and the title of a named
        object ("hosted Prime Minister X")."""
        obliques = self._particle_obliques(verb, pattern, appeal_for=True)
        # a small clause's label: "called the stabbing an act of barbarity", "called the
        # investigation a witch hunt" (read as an apposition of the object)
        labels = self.doc.children(verb.i, "xcomp") + [a for o in objects for a in self.doc.children(o.i, "appos")]
        # the predicate of a that-clause: "ruled (that) the suspension was unlawful", or of an
        # infinitive read as the object's modifier: "found the prorogation [to be unlawful]"
        labels += [c for c in self.doc.children(verb.i, "ccomp") if c.pos == "ADJ"]
        labels += [a for o in objects for a in self.doc.children(o.i, "acl") if a.pos == "ADJ"]
        # an infinitive read as a purpose clause: "ordered its forces [to defend] the waters";
        # without an object it says what someone is asked ("called on Israel [not to attack]")
        labels += self._purpose_infinitives(verb) if objects else []
        # "named the PKK and the YPG as terrorists", "described the attack as a violation"
        phrases = self.doc.children(verb.i, "obl") + [n for o in objects for n in self.doc.children(o.i, "nmod")]
        labels += [c for c in phrases if any(k.lemma == "as" for k in self.doc.children(c.i, "case"))]
        inner = [c for lab in labels for c in self.doc.children(lab.i, "nmod", "amod", "conj")]
        # the object of a light infinitive: "declined to give further [details]"
        inner += [
            o
            for lab in labels
            if lab.dep == "xcomp" and lab.lemma in self.lexicon.light_verbs
            for o in self.doc.children(lab.i, "obj")
        ]
        # the "of" complement of a number: "hand over two of its nationals"
        counted = [n for o in objects if o.pos == "NUM" for n in self.doc.children(o.i, "nmod")]
        # a named object's title: "hosted Japanese Prime Minister Ryutaro Hashimoto"
        titles = [t for o in objects if o.pos == "PROPN" for t in self.doc.children(o.i, "nmod:desc", "compound")]
        # the kind of a set of steps: "strengthened [security] measures"
        kinds = [
            k for o in objects if o.lemma in self.lexicon.measure_nouns for k in self.doc.children(o.i, "compound")
        ]
        return objects + obliques + labels + inner + titles + counted + kinds

    def _has_particle(self, verb: Token, particle: str) -> bool:
        words = set(particle.split())
        own = {c.lemma for c in self.doc.children(verb.i, "compound:prt", "obj")}
        present = set(own)
        # "set fire to a church": the phrase may hang on the verb or on an object that is
        # itself a word of the expression ("fire"; not "agree a solution with")
        objects = self.doc.children(verb.i, "obj")
        phrases = self._obliques_and_their_phrases(verb) + [
            n
            for o in objects
            for n in self.doc.children(o.i, "nmod")
            if o.lemma in words or n.lemma in words  # "set the building [on fire]"
        ]
        if "as" in words:  # "holding thousands of refugees [as human shields]", hung on the complement
            phrases += [
                n
                for o in objects
                for c in self.doc.phrases(o.i, "of", "nmod")
                for n in self.doc.phrases(c.i, "as", "nmod")
            ]
        present |= {n.lemma for n in phrases if n.lemma in words and n.i > verb.i}
        # "called Trump a disgrace for his remarks": a verb with a label (a small clause) is
        # no prepositional verb ("call for")
        labels = [x for x in self.doc.children(verb.i, "xcomp") if x.pos in ("NOUN", "ADJ", "PROPN")]
        if labels:  # ... though the label may be the expression's own word ("set cars [ablaze]")
            return words <= present | {x.lemma for x in labels}
        for phrase in phrases:
            # "On Tuesday, X called the deal illegal", "called on March 23 for redemption": no "call on"
            if phrase.i > verb.i and not self.doc.names_a_date(phrase.i):
                present |= {c.lemma for c in self.doc.children(phrase.i, "case", "mark")}
        return words <= present and self._first_particle_in_place(verb, particle, own)

    def _first_particle_in_place(self, verb: Token, particle: str, own: set[str]) -> bool:
        """The first word of a two-word particle is the verb's own: its particle or object, or
        the word right after it ("gave in to pressure", "cracked down on"), or the preposition
        of the expression's own noun ("set the building on fire"); "gave the warning [in] a
        speech [to] the army" is no "give in to". ``own``: the lemmas of the verb's particles
        and objects."""
        first, *rest = particle.split()
        if not rest:
            return True
        after = self.doc.tokens[verb.i + 1] if verb.i + 1 < len(self.doc.tokens) else None
        if first in own or (after is not None and after.lemma == first):
            return True
        tokens = self.doc.tokens  # "set the building [on] fire": the preposition of the expression's own noun
        sentence = self.doc.sentences[verb.sent]
        return any(
            tokens[i].lemma == first and tokens[i].dep == "case" and tokens[tokens[i].head].lemma in rest
            for i in range(verb.i + 1, sentence.end)
        )

    def _targets(self, head: Token, pattern: Pattern, objects: list[Token]) -> list[Actor]:
        for spec in pattern.target:
            if spec == "obj":
                # "boats seized by Iran", "Cyprus, which Turkey does not recognise": the noun the clause modifies
                modifies = head.dep == "acl:relcl" or self.doc.is_reduced_passive(head.i)
                patient = head.head if modifies else None
                heads = [o.i for o in objects if o.dep not in ("conj", "nmod") or o.i == patient]
                others = [h for h in heads if self.doc.tokens[h].lemma.lower() not in pattern.objects]
                heads = others or heads  # "took dozens of people hostage": the people, not "hostage"
                if pattern.addressee:  # one asks people, not "the UN peace initiative"
                    heads = [h for h in heads if self.doc.tokens[h].lemma.lower() not in self.actors.kb.event_nouns]
            elif spec == "iobj":
                heads = [c.i for c in self.doc.children(head.i, "iobj")]
                if not heads and self.doc.children(head.i, "obj"):
                    # a passive that keeps its object made the receiver its subject: "Mendez
                    # was awarded the Intelligence Star", "Iraq was given aid"
                    heads = [c.i for c in self.doc.children(head.i, "nsubj:pass")]
            else:  # "in response to X" names what is answered, not a place or a target
                # "pledged [$1 billion] in [aid] to Sudan": what an amount is of, or the entry's
                # object, inside the object
                named = [
                    c
                    for o in objects
                    for c in self.doc.children(o.i, "nmod")
                    if c.lemma in pattern.objects or self._is_amount(o)
                ]
                holders = [head] + objects + named + self._sharers(head, objects)
                heads = [
                    c.i
                    for h in holders
                    for c in self.doc.phrases(h.i, spec)
                    if c.lemma not in self.lexicon.response_words
                ]
                receiver = self._receiver(head) if spec == "to" else None
                heads += [receiver.i] if receiver is not None else []
            # "condemned the release by Hamas", "protested over violations by the Turkish air
            # force": an act's agent; not for the one something is sent "to"
            actors = self._agents_of_acts(head, heads) if spec != "to" else []
            actors = actors or [a for h in heads for a in self.actors.resolve_with_conjuncts(h)]
            if not actors and not pattern.addressee:  # "against the emergency Trump declared", "rejected Pelosi's plan"
                actors = self._owners(heads, head.i)
            if actors:
                return actors
        if not pattern.target:
            return []
        addressed = self._message_addressees(head) or self._warned(head)
        if addressed:
            return addressed
        struck = self._struck(head) if pattern.code[:2] in VIOLENT_ROOTS else []
        return struck or self._aimed_at(head, objects)

    def _message_addressees(self, verb: Token) -> list[Actor]:
        """Whom a message that the participle describes was sent to: "wrote to the US Embassy
        asking to waive her immunity", "sent a letter to the board offering to buy the
        company", "two letters to Delors complaining that ...": the participle says what the
        message does, so its addressee is the act's target. Only where the act names none,
        not even as a bare object its entry does not read ("urging [Iran] to withdraw")."""
        if verb.tag != "VBG" or verb.dep not in ("advcl", "acl", "xcomp"):
            return []
        if any(self.actors.resolve(c.i) for c in self.doc.children(verb.i, "obj", "iobj")):
            return []
        governor = self.doc.tokens[verb.head]
        messages = self.actors.kb.message_nouns
        if governor.lemma.lower() in self.lexicon.message_verbs:
            holders = [governor] + [o for o in self.doc.children(governor.i, "obj") if o.lemma.lower() in messages]
        elif governor.lemma.lower() in messages:
            holders = [governor]
        else:
            return []
        heads = [c.i for h in holders for c in self.doc.phrases(h.i, "to")]
        return [a for h in heads for a in self.actors.resolve_with_conjuncts(h)]

    def _warned(self, act: Token) -> list[Actor]:
        """Whom a party is warned of an act that names no target ("Japan warned the United
        States it may take retaliatory measures"): the act, or the verb whose object it is
        ("take"), is the warning verb's complement clause, and its object the one warned."""
        i = act.i
        for _ in range(4):
            tok = self.doc.tokens[i]
            if tok.dep == "ccomp":
                verb = self.doc.tokens[tok.head]
                if verb.lemma.lower() not in self.lexicon.warning_verbs:
                    return []
                warned = [o for o in self.doc.children(verb.i, "obj", "iobj") if o.i < tok.i]
                return [a for o in warned for a in self.actors.resolve_with_conjuncts(o.i)]
            if tok.dep not in ("obj", "xcomp") or tok.head == i:
                return []
            i = tok.head
        return []

    def _agents_of_acts(self, verb: Token, heads: list[int]) -> list[Actor]:
        """The agents that "by" phrases give the act nouns among these objects: condemning "the
        recognition of Jerusalem by the United States" or praising "the release of hostages
        by Hamas" is aimed at whoever did the act, not at what the act was done to. An active
        verb takes no agent, so a "by" phrase hung on it after its object is the object's
        ("attacked the proclamation of the Golan as Israeli territory by President Trump")."""
        nouns = [h for h in heads if self.doc.tokens[h].pos == "NOUN"]
        agents = [agent for h in nouns for agent in self.doc.phrases(h, "by", "nmod")]
        if nouns and not agents and self._is_active(verb):
            agents = [p for p in self.doc.phrases(verb.i, "by", "obl") if p.i > min(nouns)]
        return [a for agent in agents for a in self.actors.resolve_with_conjuncts(agent.i)]

    def _is_active(self, verb: Token) -> bool:
        passive = self.doc.children(verb.i, "aux:pass", "nsubj:pass") or self.doc.is_reduced_passive(verb.i)
        return verb.pos == "VERB" and not passive

    def _sharers(self, head: Token, objects: list[Token]) -> list[Token]:
        """The verb coordinated with ``head`` whose object ``head`` shares ("fired and landed a
        live round [on a protester]"): what that verb's prepositions name, the shared act aims at."""
        tokens = self.doc.tokens
        return [
            tokens[o.head]
            for o in objects
            if o.dep == "obj" and tokens[o.head].dep == "conj" and tokens[o.head].head == head.i
        ]

    def _struck(self, act: Token) -> list[Actor]:
        """Whom a violent act hits when it is the subject of a verb of aiming: "Israeli
        airstrikes hit Gaza" (a sanction that "hits" farmers hurts them; it is no target)."""
        verb = self.doc.tokens[act.head]
        if act.dep != "nsubj" or not _is_one_of(verb, self.lexicon.aiming_verbs):
            return []
        heads = self.doc.children(verb.i, "obj") + [
            p for at in ("at", "on", "into") for p in self.doc.phrases(verb.i, at)
        ]
        named = [a for h in heads for a in self.actors.resolve_with_conjuncts(h.i)]
        places = (self.actors.attacked_place(h.i) for h in heads + self.doc.phrases(verb.i, "in"))  # "in Donetsk"
        return named or [a for a in places if a is not None][:1]

    def _verb_targets(self, verb: Token, pattern: Pattern, objects: list[Token], sources: list[Actor]) -> list[Actor]:
        """The target slots of the entry, else any actor the verb governs, else the owner
        of the entry's object, else the article's country where convention implies it. The
        noun under the entry's particle is its object ("called for Rossello's resignation")."""
        particled = self._particle_obliques(verb, pattern)
        targets = self._complained_of(verb, pattern, sources) or self._targets(verb, pattern, objects + particled)
        if not targets and pattern.code.startswith(self.lexicon.beneficiary_codes):
            # "gave 1 mln sterling to relieve Mozambican refugees", "offered warships to escort
            # Kuwaiti tankers past Iranian missile batteries": whom the purpose clause helps
            targets = self._beneficiaries(verb, sources)
        if not targets and pattern.target and not pattern.needs_target:  # any actor it governs
            targets = self._any_targets(
                verb, lambda a, found=sources: any(_same_actor(s, a) for s in found), things=pattern.objects
            )
        elif pattern.target_of_act:  # "claimed responsibility for the attacks on Saudi oil fields"
            acts = self._acts_accounted_for(verb, objects)
            targets = [a for act in acts for a in self._act_targets(act)]
            if acts and not targets:  # "claimed responsibility for the attacks": where they happened
                targets = self._target_by_convention(pattern, sources)
        elif not pattern.target and pattern.objects:  # "rejected Pelosi's suggestion": Pelosi
            named = [o for o in objects + particled if o.lemma in pattern.objects]
            targets = self._owners([o.i for o in named], verb.i)  # "shot down the Ukrainian jet"
            if not targets:  # "the embassy declined the request": whoever requested
                targets = [a for o in named for a in self._earlier_doer(o, sources)]
            if not targets:  # "evacuated their stronghold in northern Chad": Chad
                targets = self._foreign_place(named + [verb], sources)
        if not targets and pattern.target and pattern.objects:  # "released the British tanker": Britain
            named = [o.i for o in objects + particled if o.lemma in pattern.objects]
            # the source's own thing names no target ("withdraw our troops", "lifted its sanctions")
            own = {s.code for s in sources}
            found = self._owners(named, verb.i) or self._appeal_makers(named)  # "rejected the request of Turkey"
            targets = [a for a in found if a.code not in own and not is_the_speaker_s(a)]
        if not targets and pattern.code.startswith("02"):  # "called for an inquiry into the shooting"
            targets = [a for act in self._investigated_acts(objects + particled) for a in self._act_doers(act)]
        if not targets and pattern.code[:2] in VIOLENT_ROOTS:  # "shelled Kharkiv": Ukraine
            targets = [a for o in objects if (a := self.actors.attacked_place(o.i)) is not None][:1]
        if not targets and self._makes_peace(pattern, objects + particled, verb):  # "Russia brokered a truce"
            targets = self._sides_of_the_last_fight(sources)
        if not targets and pattern.code.startswith(self.lexicon.penalty_codes):
            targets = self._penalised(verb, objects + particled, sources)  # "sanctions over Russia's annexation"
        if not targets and pattern.code.startswith(self.lexicon.apology_codes):
            targets = self._last_wronged(sources)  # "Iran deeply regrets this disastrous mistake"
        mutual = pattern.reciprocal and len(sources) > 1  # "Armenia and Azerbaijan fought": each other
        if not targets and pattern.target and not mutual and not pattern.needs_target:
            # the first of two conjoined acts' target ("attacked Ukraine and seized the airport"),
            # else the article's country ("Biden criticized the move")
            targets = self._first_conjunct_targets(verb, sources) or self._target_by_convention(pattern, sources)
        return targets

    def _first_conjunct_targets(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """The target of the act told by the first of two conjoined verbs that share their
        subject, for a second act that names none: "Russia attacked Ukraine and seized the
        airport", "Turkey closed its border with Syria and suspended trade". A target that
        only convention gave the first act is not the text's, so it is not passed on."""
        head = self.doc.subject_sharer(verb.i)
        if head is None or head.pos not in PREDICATE_POS:
            return []
        codes = {_code(s) for s in sources}
        rows = [c.event for c in self.found if c.trigger == head.i and _code(c.event.source) in codes]
        return list(
            {_code(e.target): e.target for e in rows if e.target is not None and e.target.text != IMPLIED}.values()
        )

    def _beneficiaries(self, verb: Token, sources: list[Actor]) -> list[Actor]:
        """Whom aid with no recipient named is for: the object of its purpose clause, or the
        people of that object ("to relieve [the plight] of Mozambican refugees"), when the
        clause's verb is one of benefit (``beneficiary_verbs``). Only another country's people
        count: "to help the country" after "Germany gave" is read back to Germany itself."""
        # on the verb, or within an object where a weak parse hangs it ("1 mln for X and 1 mln [to relieve]")
        inside = [self.doc.tokens[i] for o in self.doc.children(verb.i, "obj") for i in self.doc.subtree(o.i)]
        clauses = self._purpose_infinitives(verb) + [
            t for t in inside if t.dep in ("advcl", "acl") and self.doc.is_infinitive(t.i)
        ]
        donors = {s.country for s in sources}
        for clause in clauses:
            if clause.lemma not in self.lexicon.beneficiary_verbs:
                continue
            for thing in self.doc.children(clause.i, "obj"):
                for head in [thing, *self.doc.phrases(thing.i, "of", "nmod")]:
                    actors = [
                        a for a in self.actors.resolve_with_conjuncts(head.i) if a.code and a.country not in donors
                    ]
                    if actors:
                        return actors
        return []

    def _makes_peace(self, pattern: Pattern, things: list[Token], verb: Token) -> bool:
        """Mediation or a ceasefire, or an appeal for one ("called for a cessation of fighting",
        "urged an end to the fighting", the "to" phrase on the noun or, as parsers hang it, the verb)."""
        peace = self.lexicon.peacemaking
        if peace is None:
            return False
        if pattern.code.startswith(peace.codes):
            return True
        if not pattern.code.startswith(self.lexicon.appeal_codes):
            return False
        ended = [c for t in things for c in self.doc.children(t.i, "nmod")] + self.doc.phrases(verb.i, "to", "obl")
        return any(t.lemma.lower() in peace.appeal_objects for t in things) or (
            any(t.lemma.lower() in peace.ending_objects for t in things)
            and any(c.lemma.lower() in peace.fight_nouns for c in ended)
        )

    def _sides_of_the_last_fight(self, sources: list[Actor]) -> list[Actor]:
        """Both sides of the last fight between two countries told before, less the one who
        makes peace ("Armenia and Azerbaijan fought ... Russia brokered a cease-fire")."""
        roots = self.lexicon.peacemaking.fight_roots

        def fight_between_two_countries(e: Event) -> bool:
            if not e.cameo.startswith(roots) or e.negated or e.source is None or e.target is None:
                return False
            return bool(e.source.country and e.target.country) and e.source.country != e.target.country

        fight = self._last_told(fight_between_two_countries)
        return [a for a in (fight.source, fight.target) if not any(_same_side(a, s) for s in sources)] if fight else []

    def _last_wronged(self, sources: list[Actor]) -> list[Actor]:
        """Whom the apologisers last acted against in an act of material conflict told before."""

        def by_them_against_another(e: Event) -> bool:
            if e.source is None or e.target is None or code_info(e.cameo).quad_class != 4:
                return False
            return any(_same_side(e.source, s) for s in sources) and not any(_same_side(e.target, s) for s in sources)

        wrong = self._last_told(by_them_against_another)
        return [wrong.target] if wrong else []

    def _last_told(self, accept: Callable[[Event], bool]) -> Event | None:
        """The last event found so far that ``accept`` takes."""
        return next((c.event for c in reversed(self.found) if accept(c.event)), None)

    def _complained_of(self, verb: Token, pattern: Pattern, sources: list[Actor]) -> list[Actor]:
        """ "Pakistan complained to the UN that planes from Afghanistan attacked its villages":
        disapproval (root 11) with a content clause is aimed at whoever that clause says
        acted (its subject), not at the one it was told to."""
        if not pattern.code.startswith("11"):
            return []
        found = []
        clauses = self.doc.children(verb.i, "ccomp") + [  # a weak parse may hang it loosely ("dep")
            c
            for c in self.doc.children(verb.i, "dep")
            if any(m.lemma == "that" for m in self.doc.children(c.i, "mark"))
        ]
        for clause in clauses:
            for subject in self.doc.children(clause.i, "nsubj"):
                found += [
                    a
                    for a in self.actors.resolve_with_conjuncts(subject.i)
                    if a.code and not any(_same_actor(s, a) or s.code == a.code for s in sources)
                ]
        return found

    def _violent_acts(self, pattern: Pattern, objects: list[Token]) -> list[Token]:
        """Objects of a verb of saying or judging that are themselves violent acts
        ("condemned the attack", "denounced the bombing of a school"): the verbal act is
        aimed at whoever did them, never at the victims or the place. An act discussed is
        a topic: talks need a partner named as such ("discussed sanctions"). An entry whose
        target is under a preposition names it there ("attributed the bombing to X"); one
        that owns the act aims at the act's own target ("claimed the attack on X")."""
        if code_info(pattern.code).quad_class not in (1, 3) or pattern.needs_target or pattern.target_of_act:
            return []
        if pattern.target and "obj" not in pattern.target:
            return []
        if pattern.code.startswith(THREAT_ROOT):  # "threatened sanctions" threatens them, says nothing of them
            return []
        return [o for o in objects if o.pos == "NOUN" and self._act_patterns(o)]

    def _blamed(self, verb: Token, pattern: Pattern, acts: list[Token]) -> list[Actor]:
        """ "blamed the attack on India": the entry's own prepositions other than the object
        slot name whom the act is laid on, on the verb or, as parsers often hang them, on the
        act itself (where "on India" would otherwise read as the act's victim)."""
        specs = [spec for spec in pattern.target if spec not in ("obj", "iobj")]
        for holders in ([verb], acts):  # the verb's own phrase first: "blamed the attack on the embassy on X"
            found = [
                a
                for spec in specs
                for holder in holders
                for p in self.doc.phrases(holder.i, spec)
                for a in self.actors.resolve_with_conjuncts(p.i)
            ]
            if found:
                return found
        return []

    def _investigated_acts(self, things: list[Token]) -> list[Token]:
        """Violent acts under "into" on what an appeal seeks ("an investigation into the
        shooting", "a probe into the killings"): the appeal is aimed at whoever did them."""
        acts = [n for t in things for n in self.doc.phrases(t.i, "into")]
        return [n for n in acts if n.pos == "NOUN" and (self._act_patterns(n) or self._names_violence(n))]

    def _penalised(self, verb: Token, things: list[Token], sources: list[Actor]) -> list[Actor]:
        """Whom a penalty that names no target is aimed at: the owner or doer of what it is
        "over" ("imposed sanctions over Russia's annexation of Crimea", "threatened sanctions
        over Iran's nuclear programme", "over the poisoning by Russian agents"), never the
        penaliser itself ("over its own security concerns")."""
        own = {s.code for s in sources}
        for noun in [n for h in [verb, *things] for n in self.doc.phrases(h.i, "over")]:
            found = self._owners([noun.i], verb.i)
            if not found and noun.pos == "NOUN":
                found = self._named_doers(noun, self._act_patterns(noun))
            found = [a for a in found if a.code not in own]
            if found:
                return found
        return []

    def _names_violence(self, noun: Token) -> bool:
        """A noun that refers back to violent acts ("the shooting"; ``act_references``)."""
        roots = self.lexicon.act_references.get(noun.lemma, ())
        return any(r[:2] in VIOLENT_ROOTS for r in roots)

    def _acts_accounted_for(self, verb: Token, objects: list[Token]) -> list[Token]:
        """The violent acts under "for" on a verb or its object ("claimed responsibility for
        the attacks", "accepted responsibility for the murder of X"), or the object itself
        ("claimed the attack on X")."""
        phrases = self.doc.phrases(verb.i, "for") + [n for o in objects for n in self.doc.phrases(o.i, "for")]
        phrases += [o for o in objects if o.dep in ("obj", "nsubj:pass")]
        return [n for n in phrases if n.pos == "NOUN" and self._act_patterns(n)]

    def _act_targets(self, noun: Token) -> list[Actor]:
        """Whom a violent act named by a noun was aimed at: its own target phrase ("the
        attacks on Saudi oil facilities"), or for "the attack" alone, the target of the last
        attack told before it (in whatever words: ``act_references``)."""
        for pattern in self._act_patterns(noun):
            targets = self._targets(noun, _prepositions_only(pattern), [])
            if targets:
                return targets
        prior = self._earlier_act(noun, lambda e: bool(e.target and e.target.code))
        return [prior.event.target] if prior else []

    def _lookup(self, kind: str, word: Token) -> list[Pattern]:
        """The entries for a word, by the whole hyphenated word when the lexicon has it
        ("test-fired" is test-fire, not fire; "gang-raped", "tear-gas"), else by the word."""
        prefix = self.doc.hyphen_prefix(word.i)
        found = self.lexicon.lookup(kind, prefix + word.lemma, prefix + word.text.lower()) if prefix else []
        return found or self.lexicon.lookup(kind, word.lemma, word.text)

    def _act_patterns(self, noun: Token) -> list[Pattern]:
        found = self._lookup("noun", noun)
        return [p for p in found if code_info(p.code).quad_class == 4 and not p.particle and not p.modifiers]

    def _subject_act(self, verb: Token) -> Token | None:
        """An act named as the verb's subject, which acts through whoever does it: "the
        sanctions will end all military cooperation" is the sanctioning side ending it, on
        the sanctioned side; "the Russian offensive destroyed the bridge" is Russia's doing.
        A second conjunct shares the first one's subject ("... and cut economic aid")."""
        holder = self.doc.subject_sharer(verb.i) or verb
        for subject in self.doc.children(holder.i, "nsubj"):
            if subject.pos == "NOUN" and self._act_patterns(subject):
                return subject
        return None

    def _act_doers(self, noun: Token) -> list[Actor]:
        """Who did a violent act named by a noun: "the Russian attack", "the attack by X", or
        for "the attack" alone, whoever did the last attack told before it."""
        return self._named_doers(noun, self._act_patterns(noun)) or self._earlier_doer(noun)

    def _named_doers(self, noun: Token, patterns: list[Pattern]) -> list[Actor]:
        """Who did the act a noun names, as the first of its entries that names anyone reads
        its source ("the Russian attack", "the request of Turkey")."""
        for pattern in patterns:
            doers = self._noun_source(noun, pattern)[1]
            if doers:
                return doers
        return []

    def _foreign_place(self, things: list[Token], sources: list[Actor]) -> list[Actor]:
        """The country a thing (or the act on it) is placed in by an "in" phrase, when it is
        not the source's: a base, a town or a stronghold "in northern Chad" is Chad's."""
        own = {s.country for s in sources}
        for actor in self._places_in(t.i for t in things):
            if actor.country not in own:
                return [Actor(actor.text, actor.country, actor.country, None, actor.name)]
        return []

    def _places_in(self, holders: Iterable[int]) -> Iterator[Actor]:
        """The countries the "in" phrases of these tokens name, in order ("in northern Chad")."""
        for holder in holders:
            for place in self.doc.phrases(holder, "in"):
                actor = self.actors.resolve(place.i, use_context=False)
                if actor is not None and actor.country:
                    yield actor

    def _struck_place(self, act: int) -> Actor | None:
        """The country of the place an act is told to happen in ("in Kharkiv", "in Ukraine")."""
        for place in self.doc.phrases(act, "in"):
            found = self.actors.attacked_place(place.i) or self.actors.resolve(place.i, use_context=False)
            if found is not None and found.country:
                return found
        return None

    def _earlier_doer(self, noun: Token, answering: list[Actor] = ()) -> list[Actor]:
        """Who did the act a definite noun refers back to: "the attack" is the last attack
        told before it; "declined the request" answers the last appeal, "denied the
        accusation" the last accusation (``act_references`` in the lexicon), made by
        someone other than the ``answering`` actors (a government may answer its own
        opposition)."""

        def by_another(e: Event) -> bool:
            doer = e.source
            return bool(doer and doer.code) and not any(_same_side(doer, a) for a in answering)

        prior = self._earlier_act(noun, by_another)
        return [prior.event.source] if prior else []

    def _earlier_act(self, noun: Token, accept: Callable[[Event], bool]) -> CodedEvent | None:
        """The last row told before a definite act noun that it refers back to: one whose
        trigger is the same word ("the attack"), or whose code is under the roots the noun
        can name (``act_references``: "the request" is an earlier appeal, "the attack" an
        earlier killing), and whose event ``accept`` takes."""
        if not self.doc.is_definite(noun.i):
            return None
        roots = self.lexicon.act_references.get(noun.lemma, ())
        for prior in reversed(self.found):
            act = self.doc.tokens[prior.trigger]
            same_kind = act.lemma == noun.lemma or bool(roots and prior.event.cameo.startswith(roots))
            if act.i < noun.i and same_kind and accept(prior.event):
                return prior
        return None

    def _owners(self, heads: list[int], verb: int) -> list[Actor]:
        """Whose thing the object is, when the object names no actor: criticising "the
        House's decision", rejecting "Pelosi's suggestion", dismissing "a Trump lawsuit",
        suspending "the airline's permit", suing against "the emergency Trump declared",
        condemning "the sanctions imposed by the EU" or imposing tariffs "on Japanese exports"
        is done to its owner, as analysts code it. A possessor is the owner before any name
        that modifies the thing: "the government's EC policies" are the government's."""
        for h in heads:
            possessors = [a for o in self.doc.children(h, "nmod:poss") for a in self.actors.resolve_with_conjuncts(o.i)]
            if possessors:
                return possessors
            # a capital before an act or an accord names its place: "the Paris agreement", "the
            # Minsk accords" are no French or Belarusian thing ("the Iran deal" is Iran's)
            owners = [
                c
                for c in self.doc.children(h, "compound")
                if c.pos == "PROPN" and not self.actors.names_the_place_of(c.i, h)
            ]
            # "tariffs on Japanese electronics exports": the country a demonym names
            owners += [c for c in self.doc.children(h, "amod") if self.actors.is_demonym(c.i)]
            owners += self.doc.phrases(h, "by", "nmod") + self.doc.phrases(h, "from", "nmod")
            # "the state of emergency Trump declared": the subject of a relative clause on it
            owners += [
                subj
                for clause in self.doc.children(h, "acl:relcl")
                for subj in self.doc.children(clause.i, "nsubj")
                if subj.lemma.lower() not in ("who", "which", "that")
            ]
            # "the sanctions imposed by the EU": the agent of a participle after it (not
            # of the verb being coded, whose own agent is its source)
            owners += [
                agent
                for clause in self.doc.reduced_passives_on(h)
                if clause.i != verb
                for agent in self.doc.phrases(clause.i, "by", "obl")  # obl:agent included
            ]
            actors = [a for o in owners for a in self.actors.resolve_with_conjuncts(o.i)]
            if actors:
                return actors
        return []

    def _appeal_makers(self, heads: list[int]) -> list[Actor]:
        """Who made the appeal a noun names, read as that noun's own entry reads its source
        ("the request of Turkey", "the plea from Kyiv")."""
        for i in heads:
            noun = self.doc.tokens[i]
            appeals = [p for p in self._lookup("noun", noun) if p.code.startswith(self.lexicon.appeal_codes)]
            makers = self._named_doers(noun, appeals)
            if makers:
                return makers
        return []

    def _aimed_at(self, head: Token, objects: list[Token]) -> list[Actor]:
        """The target named by a participle of aiming ("missiles targeting US troops",
        "sanctions aimed at Iranian banks") on the trigger or its object."""
        aiming = self.lexicon.aiming_verbs
        for holder in [head, *objects]:
            for clause in self.doc.children(holder.i, "acl", "advcl", "xcomp"):
                if _is_one_of(clause, aiming):
                    heads = self._objects(clause) + self.doc.phrases(clause.i, "at")
                    actors = [a for h in heads for a in self.actors.resolve_with_conjuncts(h.i)]
                    if actors:
                        return actors
        return []

    # -- a user's verb dictionary -----------------------------------------
    def _dictionary_events(self, verb: Token) -> list[CodedEvent]:
        """Rows for a PETRARCH verb pattern: ``[a]`` source->target, ``[a:b]`` also
        target->source; coordinated subjects without a target act on each other."""
        found = self.verbs.match(self.doc, verb) if self.verbs else None
        if found is None:
            return []
        sources = self._marked(found.source) or self.actors.subjects(verb.i)
        sources = [s for s in sources if s.code]
        codes = {s.code for s in sources}  # PETRARCH never codes an actor acting on its own code
        targets = self._marked(found.target) or self._any_targets(verb, lambda a: a.code in codes, petrarch=True)
        forward, _, backward = found.code.partition(":")
        pairs = [(s, t) for s in sources for t in targets if t.code != s.code]
        if not targets:
            pairs = _mutual(sources) or [(s, None) for s in sources]
        rows = []
        for source, target in pairs:
            if forward:
                rows.append(self._dictionary_row(found, forward, verb, source, target))
            if backward and target is not None:
                rows.append(self._dictionary_row(found, backward, verb, target, source))
        return rows

    def _dictionary_row(
        self, found: VerbMatch, code: str, verb: Token, source: Actor, target: Actor | None
    ) -> CodedEvent:
        coded = build_event(self.doc, self.article_id, code, verb.i, verb.i, source, target, verb.text, found.rule)
        if found.consumed_negation:  # "NOT * RELATIONS [112]": the code already says it
            coded.event.negated = False
            coded.event.modality = modality_of(self.doc, verb.i)
        return coded

    def _marked(self, mark: Mark | None) -> list[Actor]:
        """The actor a pattern's $ or + marker points at: the first noun phrase among the
        marker's words that names one, after the phrases its ``^`` skip."""
        if mark is None:
            return []
        phrases: list[int] = []
        for i in mark.positions:
            head = self.actors.np_head(i)
            if head in phrases:
                continue
            actors = self.actors.resolve_with_conjuncts(head) or self.actors.resolve_with_conjuncts(i)
            if not actors and self.doc.tokens[head].pos not in ("NOUN", "PROPN", "PRON"):
                continue  # no phrase of its own: "the", "with"
            phrases.append(head)
            if actors and len(phrases) > mark.skips:
                return actors
        return []

    def _any_targets(
        self, verb: Token, is_source: Callable[[Actor], bool], petrarch: bool = False, things: frozenset = frozenset()
    ) -> list[Actor]:
        """The verb's object, else its indirect object, else the first actor in a
        prepositional phrase of the verb or its object, else the same under an
        infinitive ("vowed to wage war on X"). An actor that is the source is passed
        over: the search goes on to the next phrase. For a PETRARCH dictionary, whose
        patterns are written for PETRARCH's reading, last the first actor anywhere in the
        verb's phrases (on news, the built-in lexicon is more precise without it). An object
        that is the entry's own thing ("withdraw its troops") is no target."""
        for holder in [verb] + self.doc.children(verb.i, "xcomp"):
            objects = self._objects(holder)
            direct = [o for o in objects if o.dep not in ("conj", "nmod") and o.lemma not in things]
            obliques = sorted(
                (c for h in [holder] + direct for c in self.doc.children(h.i, "obl", "nmod")), key=lambda t: t.i
            )
            # who tells it, or the channel it went by ("via Twitter"): no target
            obliques = [o for o in obliques if not self.doc.is_according_to(o.i) and not self._is_channel(o)]
            for heads in (direct, self.doc.children(holder.i, "iobj"), *([o] for o in obliques)):
                actors = self._others(heads, is_source)
                if actors:
                    return actors
        for clause in self.doc.children(verb.i, "ccomp"):  # "warned that Mordor would...": Mordor
            if petrarch and clause.i < verb.i:
                continue  # PETRARCH reads the verb phrase rightwards: "X did Y, an official said"
            for subject in self.doc.children(clause.i, "nsubj", "nsubj:pass"):
                actors = self._others([subject], is_source)
                if actors:
                    return actors
        adjacent = self._others(self._adjacent_phrase(verb), is_source)
        return adjacent or (self._first_actor_after(verb, is_source) if petrarch else [])

    def _first_actor_after(self, verb: Token, is_source: Callable[[Actor], bool]) -> list[Actor]:
        """The first actor named after the verb inside its own phrases, as PETRARCH reads a
        verb phrase: "cordoned off the roads leading into Mordor", "signed an accord to
        supply Gondor". Descends through objects, obliques, noun complements, participles,
        relative clauses and infinitives of purpose; never into a clausal complement or
        another adverbial clause."""
        doc = self.doc
        inside = ("obj", "obl", "nmod", "acl", "xcomp", "iobj", "compound", "appos", "conj")
        found: list[int] = []
        todo = [c for c in doc.children(verb.i) if c.i > verb.i]
        while todo:
            tok = todo.pop()
            purpose = tok.dep == "advcl" and doc.is_infinitive(tok.i)
            if tok.dep.split(":")[0] not in inside and not purpose:  # "acl" covers "acl:relcl"
                continue
            if tok.pos in ("NOUN", "PROPN"):
                found.append(tok.i)
            todo.extend(doc.children(tok.i))
        for i in sorted(found):
            actors = self._others([doc.tokens[i]], is_source)
            if actors:
                return actors
        return []

    def _adjacent_phrase(self, verb: Token) -> list[Token]:
        """The noun of the prepositional phrase right after the verb's object, wherever
        the parse hung it: in "restore ties with Gondor almost five years after crowds
        trashed its embassy" a weak parse makes "Gondor" the subject of "trashed", but in
        the word order "with Gondor" completes "restore ties". Only a phrase that starts
        at the very next word after the object counts."""
        tokens = self.doc.tokens
        objects = [o for o in self._objects(verb) if o.dep == "obj"]
        end = max(self.actors.np_tokens(objects[0].i)) if objects else verb.i
        nxt = end + 1
        if nxt >= len(tokens) or tokens[nxt].pos != "ADP" or tokens[nxt].sent != verb.sent:
            return []
        noun = tokens[tokens[nxt].head]
        if tokens[nxt].dep != "case" or noun.i <= nxt or noun.pos not in ("NOUN", "PROPN") or self._is_channel(noun):
            return []
        return [noun]

    def _is_channel(self, noun: Token) -> bool:
        """Whether the phrase headed by ``noun`` names the channel or route an act went by
        ("via Twitter", "through intermediaries"), not whom it was aimed at."""
        return any(c.text.lower() in self.lexicon.channel_prepositions for c in self.doc.children(noun.i, "case"))

    def _others(self, heads: list[Token], is_source: Callable[[Actor], bool]) -> list[Actor]:
        """The actors of these phrases that are not the source."""
        return [a for h in heads for a in self.actors.resolve_with_conjuncts(h.i) if not is_source(a)]

    # -- nouns -------------------------------------------------------------
    def _noun_events(self, noun: Token) -> list[CodedEvent]:
        if self._covered_by_verb(noun):
            return []  # "imposed sanctions": the verb entry codes it once
        if noun.text in MONTHS or self._lower_case_month(noun):
            return []  # "arrested in March", "amended: Mar 17", "in late march" is no march
        role = noun  # the token whose phrases carry the act's roles
        aimed = None  # the token whose phrases name the target, when not the role's
        if noun.dep in ("compound", "amod"):
            head = self.doc.tokens[noun.head]
            if noun.dep != "compound" or head.lemma not in self.lexicon.light_nouns:
                return []  # a modifier names a kind, not an act: "protest leaders", "riot police"
            role = head  # "a mediation effort between X and Y": the effort is the mediation
        elif noun.dep == "nmod" and self.doc.tokens[noun.head].lemma in self.lexicon.phase_nouns:
            if any(c.lemma == "of" for c in self.doc.children(noun.i, "case")):
                role, aimed = self.doc.tokens[noun.head], noun  # "a resumption of air raids on X"
        if noun.pos == "PROPN" and (self.actors.in_known_name(noun.i) or noun.ent_type in ("ORG", "MISC")):
            return []  # "Amnesty International" is no amnesty, "Mesa Limited Partnership" no partnership
        if self._quoted_word(noun):
            return []  # a word mentioned, not used: 'referring to the protests as "riots"'

        kids = {k.lemma for k in self.doc.children(noun.i)} | {k.lemma for k in self.doc.children(role.i)}
        entries = self._lookup("noun", noun)
        kids |= self._support_subject_words(role, entries)
        fired = [
            p
            for p in (self._done_to_possessor(e, role) for e in entries)
            if _fits_noun(p, kids)
            and not p.blocked_by & kids
            and all(self._noun_has_phrase(role, prep, p) for prep in p.needs_preps)
            and not (p.countable_only and self._mass_noun(noun))
        ]
        if any(p.code.startswith(PROTEST_ROOT) for p in fired) and self._manner_of_a_protest(noun):
            return []  # "marched through Khartoum in protest against price rises": one protest
        noun = role
        out = []
        for pattern in _most_specific(fired):
            anchor, sources = self._noun_source(noun, pattern)
            if not sources and pattern.placed_only and not self._placed_or_aimed(noun, anchor, pattern):
                continue  # "the current rally": no one, nowhere, at no one; as often a market's as a crowd's
            if not sources:  # "protests in Baghdad": by convention, the people there
                implied = implied_source(pattern.code, self._country_of_place(noun, anchor))
                sources = [implied] if implied else []
            # "a suspension of air links with Serbia": the phrase may hang on the noun's complement
            complements = [c for c in self.doc.children(noun.i, "nmod") if c.lemma in pattern.modifiers]
            targets = self._targets(aimed, pattern, []) if aimed is not None else []
            targets = targets or self._struck_subject_of_a_passive(noun, pattern)
            targets = targets or self._named_as_its_target(noun)
            targets = targets or self._targets(noun, pattern, complements) or self._predicate_targets(noun, pattern)
            if not targets and pattern.code.startswith(self.lexicon.appeal_codes):
                targets = self._asked_in_a_content_clause(noun, sources) or self._granted_by_its_clause(noun, sources)
            if not targets and pattern.possessor_is_target:  # "the Briton's arrest": the Briton
                owners = self.doc.children(noun.i, "nmod:poss")
                targets = [a for owner in owners for a in self.actors.resolve_with_conjuncts(owner.i)]
            support = self.doc.tokens[anchor]
            if not targets and self._suffered(noun):
                # "Turkey is under EU sanctions", "the town came under attack": the subject suffers it
                holder = noun if self.doc.children(noun.i, "nsubj") else support
                targets = [
                    a for c in self.doc.children(holder.i, "nsubj") for a in self.actors.resolve_with_conjuncts(c.i)
                ]
            if not targets and self._drawn(noun):
                # "the EC plan drew criticism from Washington": the subject, or the owner of a thing
                drawer = self.doc.children(noun.head, "nsubj", "nsubj:pass")
                targets = [a for c in drawer for a in self.actors.resolve_with_conjuncts(c.i)]
                targets = targets or self._owners([c.i for c in drawer], noun.head)
                # "the Commission plans": a body named by a common noun before the thing
                targets = targets or [
                    a for c in drawer for m in self.doc.children(c.i, "compound") if (a := self.actors.resolve(m.i))
                ]
            supported = noun.dep in ("obj", "nsubj:pass") and self._is_support(support, pattern)
            if not targets and anchor != noun.i and supported:
                # "started a military operation in Ukraine": the phrase may hang on the support verb
                targets = self._targets(support, _prepositions_only(pattern), [])
            for clause in self.doc.children(noun.i, "acl"):  # "a phone call made by Trump to Zelensky"
                if not targets and self._is_support(clause):
                    targets = self._targets(clause, _prepositions_only(pattern), [])
            if not targets and pattern.target:  # "despite criticism by Greece": the article's country
                targets = self._responders(noun) or self._answered_doers(noun, anchor)
                if not targets and not (
                    pattern.code[:2] in VIOLENT_ROOTS and self._witnessed_by_the_main_country(noun)
                ):
                    targets = self._target_by_convention(pattern, sources)
            # a noun act under a verb that is not its support verb keeps its own polarity: in
            # "did not condemn the attack" the attack happened; "did not launch an attack" denies it
            own = anchor != noun.i and not self._is_support(support, pattern)
            out += self._rows(pattern, noun.i, anchor, sources, targets, noun.i if own else None)
        return out

    def _manner_of_a_protest(self, noun: Token) -> bool:
        """ "marched through Khartoum in protest against price rises", "is boycotting the
        meeting in protest at the decision": a bare "in protest" says how the act it hangs on
        was done; when that act is itself coded as dissent (root 14), the noun is no second one.
        ("resigned in protest" keeps its protest.)"""
        if noun.head == noun.i or self.doc.children(noun.i, "det", "nmod:poss"):
            return False
        if not any(c.lemma == "in" for c in self.doc.children(noun.i, "case", "mark")):
            return False
        head = self.doc.tokens[noun.head]  # an entry of its own word ("march"), not of a phrase ("walk out")
        if head.dep == "acl:relcl" and noun.i >= 2 and self.doc.tokens[noun.i - 2].text == ",":
            # "is boycotting the meeting, which opened in Tokyo today, in protest at": the phrase
            # after the comma that closes the relative clause is the main verb's, where a weak
            # parse hangs it in the clause
            head = self.doc.tokens[head.head]
            for _ in range(4):  # up from the antecedent ("the meeting of the ADB") to its verb
                if head.pos == "VERB" or head.head == head.i:
                    break
                head = self.doc.tokens[head.head]
        plain = [p for kind in ("verb", "noun") for p in self._lookup(kind, head) if not p.particle and not p.objects]
        return any(p.code.startswith(PROTEST_ROOT) for p in plain)

    def _mass_noun(self, noun: Token) -> bool:
        """A bare singular: no article or demonstrative, possessor, number or clause of its
        own ("enough demand from shipping companies", "North American demand for trucks")."""
        if noun.tag != "NN":
            return False
        dets = [d for d in self.doc.children(noun.i, "det") if d.lemma.lower() in self.lexicon.count_determiners]
        return not (dets or self.doc.children(noun.i, "nmod:poss", "nummod", "acl", "acl:relcl", "ccomp"))

    def _named_as_its_target(self, noun: Token) -> list[Actor]:
        """Whom a phrase calls the target of an act ("Kabul, a frequent target of Taliban
        attacks", "the base has been a target of rocket attacks"): the phrase the target noun
        is in apposition to, or the subject it is predicated of. A weak parse hangs the
        apposition on the verb ("escort Kuwaiti tankers, regular targets for Iranian
        attacks"): then the noun phrase just before its comma."""
        if not called_a_target(self.doc, noun.i):
            return []
        label = self.doc.tokens[noun.head]
        said_of: list[int] = []
        if label.dep == "appos":
            said_of = [label.head]
        elif self.doc.children(label.i, "cop"):
            said_of = [c.i for c in self.doc.children(label.i, "nsubj")]
        else:
            start = min(i for i in self.actors.np_tokens(label.i) if self.doc.tokens[i].dep != "punct")
            before = self.doc.tokens[start - 2] if start >= 2 else None
            if before is not None and self.doc.tokens[start - 1].text == "," and before.pos in ("NOUN", "PROPN"):
                said_of = [self.actors.np_head(before.i)]
        return [a for i in said_of for a in self.actors.resolve_with_conjuncts(i) if a.code]

    def _struck_subject_of_a_passive(self, noun: Token, pattern: Pattern) -> list[Actor]:
        """Whom a violent act struck when a passive tells what it did to them: "he was killed
        by a US airstrike in Iraq", "two policemen were killed in a Taliban attack in Kabul"
        target the dead, not the country the place phrase names. A subject whose country is
        only the article's default ("the hospital was destroyed in an airstrike in Aleppo")
        leaves the place to say it; the verb must be violent itself ("was appalled by")."""
        verb = self.doc.tokens[noun.head]
        if pattern.code[:2] not in VIOLENT_ROOTS or noun not in self.doc.means(verb.i):
            return []
        if not self.doc.children(verb.i, "aux:pass"):
            return []
        if not self._codes_violence("verb", verb):
            return []  # "Britain was appalled by the attack": the verb struck no one
        struck = [a for s in self.doc.children(verb.i, "nsubj:pass") for a in self.actors.resolve_with_conjuncts(s.i)]
        return [a for a in struck if not self.actors.is_defaulted(a)]

    def _asked_in_a_content_clause(self, noun: Token, sources: list[Actor]) -> list[Actor]:
        """Whom a demand or an appeal asks, when a that-clause on the noun says it: "the ILO's
        demand that Israel ease restrictions" is aimed at Israel, the clause's subject."""
        clauses = [
            c
            for c in self.doc.children(noun.i, "acl", "ccomp", "acl:relcl")
            if any(m.lemma == "that" for m in self.doc.children(c.i, "mark"))
        ]
        subjects = [s for c in clauses for s in self.doc.children(c.i, "nsubj", "nsubj:pass")]
        found = [a for s in subjects for a in self.actors.resolve_with_conjuncts(s.i)]
        return [a for a in found if not any(_same_actor(s, a) for s in sources)]

    def _granted_by_its_clause(self, noun: Token, sources: list[Actor]) -> list[Actor]:
        """Whom an appeal told as the occasion of an act asked: "at the Iraqi government's
        request, US troops returned", "at the request of the UN, Kenya sent troops": the
        doer of the act, who granted it. A weak parse hangs the phrase on the verb's object
        ("postponed the deadline at the request of the Commission"): the object takes no such
        occasion, so it is the verb's, unless it is an act ("protested the arrest of Meng at
        the request of the US": the arrest's occasion)."""
        if not any(c.lemma in ("at", "upon", "per") for c in self.doc.children(noun.i, "case")):
            return []
        thing = self.doc.tokens[noun.head]
        if noun.dep == "obl":
            found = self.actors.subjects(noun.head)
        elif noun.dep == "nmod" and thing.dep == "obj" and not self._lookup("noun", thing):
            found = self.actors.subjects(thing.head)
        else:
            return []
        return [a for a in found if not any(_same_actor(s, a) for s in sources)]

    def _lower_case_month(self, noun: Token) -> bool:
        """A month written in lower case ("results in late march") or in a headline's capitals
        ("IN MARCH"): the word with no determiner, after a preposition of time or a word of the
        month's part."""
        if noun.text.capitalize() not in MONTHS or self.doc.children(noun.i, "det", "nmod:poss"):
            return False
        if noun.text.isupper():  # a headline's "IN MARCH"
            return True
        before = {c.lemma.lower() for c in self.doc.children(noun.i, "case", "amod", "advmod", "compound")}
        return bool(before & {"in", "since", "until", "till", "by", "from", "through", "late", "early", "mid"})

    def _predicate_targets(self, noun: Token, pattern: Pattern) -> list[Actor]:
        """The target a noun act's predicate names when the noun is its subject: "our thoughts
        are [with the victims]" (a nominal predicate under the preposition), "my thoughts go [to
        the families]" (a verb's oblique)."""
        if noun.dep != "nsubj" or noun.head == noun.i:
            return []
        head = self.doc.tokens[noun.head]
        preps = [spec for spec in pattern.target if spec not in ("obj", "iobj")]
        if any(c.lemma in preps for c in self.doc.children(head.i, "case")):
            return self.actors.resolve_with_conjuncts(head.i)
        if head.pos != "VERB":
            return []
        return [
            a
            for prep in preps
            for c in self.doc.phrases(head.i, prep, "obl")
            for a in self.actors.resolve_with_conjuncts(c.i)
        ]

    def _quoted_word(self, noun: Token) -> bool:
        """Whether the noun stands alone between quotation marks ("riots", "riots,")."""
        tokens, i = self.doc.tokens, noun.i
        quotes = {'"', "“", "”", "'", "‘", "’", "``", "''"}
        if i == 0 or tokens[i - 1].text not in quotes:
            return False
        after = [t.text for t in tokens[i + 1 : i + 3]] + ["", ""]
        return after[0] in quotes or (after[0] in (",", ".") and after[1] in quotes)

    def _responders(self, noun: Token) -> list[Actor]:
        """Who answered the act: the subject of a verb of response it complements ("they were
        retaliating against attacks from Azerbaijan") or of the verb a noun of response
        hangs on ("struck in response to Armenian aggression"). The act was aimed at them."""
        responding = self._is_response_word
        head = self.doc.tokens[noun.head]
        if noun.dep in ("nmod", "obl") and responding(head) and head.pos == "NOUN" and head.head != head.i:
            noun, head = head, self.doc.tokens[head.head]
        predicate = head.pos == "VERB" or self.doc.children(head.i, "nsubj")  # "Iran fired missiles" as a noun
        if noun.dep not in ("obl", "obj", "nmod") or not predicate or not (responding(head) or responding(noun)):
            return []
        return self.actors.subjects(head.i)

    def _is_response_word(self, tok: Token) -> bool:
        """A verb or noun of response, by its form too ("retaliating" is lemmatised badly)."""
        words = self.lexicon.response_words
        return tok.lemma in words or tok.text.lower() in words

    def _answered_doers(self, noun: Token, anchor: int) -> list[Actor]:
        """Whom an act done in response was aimed at: the doer of the violent act it answers
        ("took defensive action in response to an Iranian attack": Iran)."""
        for holder in {noun.i, anchor}:
            for answer in self.doc.children(holder, "nmod", "obl"):
                if not self._is_response_word(answer):
                    continue
                acts = [n for n in self.doc.children(answer.i, "nmod") if n.pos == "NOUN" and self._act_patterns(n)]
                doers = [a for act in acts for a in self._act_doers(act)]
                if doers:
                    return doers
        return []

    def _target_by_convention(self, pattern: Pattern, sources: list[Actor]) -> list[Actor]:
        """The country the article is about, for the codes whose unnamed target it is by
        convention (code_rules.toml [[act_owner_target]]); not with PETRARCH dictionaries,
        whose users code only what the text names."""
        return self._implied_owner(pattern.code, sources)

    def _implied_owner(self, code: str, sources: list[Actor]) -> list[Actor]:
        country = self.actors.main_country if self.actors.kb.local_country else None
        owner = implied_act_owner(code, country, sources)
        return [owner] if owner else []

    def _placed_or_aimed(self, noun: Token, anchor: int, pattern: Pattern) -> bool:
        """Whether a nominal act names where it was ("a rally in Minsk") or whom it was against."""
        return next(self._places_in((noun.i, anchor)), None) is not None or bool(self._targets(noun, pattern, []))

    def _country_of_place(self, noun: Token, anchor: int) -> str | None:
        """The country of the "in" phrase of a nominal act or its clause, else the country
        the article is about (only where actors may take it: not with PETRARCH dictionaries)."""
        if not self.actors.kb.local_country:
            return None
        place = next(self._places_in((noun.i, anchor)), None)
        if place is not None:
            return place.country
        main = self.actors.main_country
        return main[0] if main else None

    def _codes_as_its_object(self, verb: Token, noun: Token) -> bool:
        """Whether a verb entry of ``verb`` takes ``noun`` as its object ("imposed sanctions");
        an entry that holds only when negated ("will not accept the sanctions") only then."""
        patterns = self._lookup("verb", verb) if verb.pos in PREDICATE_POS else []
        patterns = [p for p in patterns if not p.particle or self._has_particle(verb, p.particle)]  # "call off"
        negated = any(p.negated_only for p in patterns) and is_negated(self.doc, verb.i, verb.i)
        return any(noun.lemma in p.objects and (negated or not p.negated_only) for p in patterns)

    def _covered_by_verb(self, noun: Token) -> bool:
        """Whether a verb entry codes this noun act as its object: "imposed sanctions", and
        a participle after the noun, "a subpoena issued by a grand jury"."""
        verbs = [self.doc.tokens[noun.head]] if noun.dep in ("obj", "nsubj:pass") else []
        verbs += self.doc.reduced_passives_on(noun.i)
        return any(self._codes_as_its_object(verb, noun) for verb in verbs)

    def _noun_source(self, noun: Token, pattern: Pattern) -> tuple[int, list[Actor]]:
        doc = self.doc
        anchor = self._governing_predicate(noun.i)
        for poss in [] if pattern.possessor_is_target else doc.children(noun.i, "nmod:poss"):
            owners = self.actors.resolve_with_conjuncts(poss.i)
            if owners or poss.pos != "PRON":  # "his resignation" with "his" unresolved: read on
                return anchor, owners
        for holder in self.doc.phrases(noun.i, "by") if "by" in pattern.source_preps else []:
            return anchor, self.actors.resolve_with_conjuncts(holder.i)  # an explicit agent first
        for clause in doc.children(noun.i, "acl") + [doc.tokens[i] for i in doc.participles_after(noun.i)]:
            # "the attack, reportedly conducted by the Taliban", "the sanctions imposed by the EU"
            if self._is_support(clause) or self._codes_as_its_object(clause, noun):
                by = self.doc.phrases(clause.i, "by")  # obl:agent included
                agents = [a for c in by for a in self.actors.resolve_with_conjuncts(c.i)]
                if agents:
                    return anchor, agents
        for mod in doc.children(noun.i, "amod", "compound"):  # "Russian strikes": named actors only
            if self.actors.names_the_place_of(mod.i, noun.i) or self.actors.names_a_patron(mod.i, noun.i):
                continue  # "the Kabul car bombing": where, not who; "U.N.-sponsored talks": a patron
            actor = self.actors.resolve(mod.i, use_context=False)
            if actor is not None:  # before "from": "Turkish airstrikes from a camp in Syria"
                return anchor, (self._hyphened_sides(mod) if pattern.reciprocal else []) or [actor]
        for prep in [p for p in pattern.source_preps if p != "by"]:
            for holder in self.doc.phrases(noun.i, prep):
                return anchor, self.actors.resolve_with_conjuncts(holder.i)
        head = doc.tokens[noun.head]
        if noun.dep == "nmod" and head.lemma in self.actors.kb.quantity_nouns and head.head != head.i:
            noun, head = head, doc.tokens[head.head]  # "issued a series of pardons": through "series"
        if noun.dep in ("obj", "nsubj:pass", "xcomp") and self._is_support(head, pattern):  # xcomp: a misread object
            return head.i, self.actors.subjects(head.i)
        if self._taken_part_in(noun, head):  # "took part in the talks": the subject's act
            return head.i, self.actors.subjects(head.i)
        senders = self._sent_from(noun) if code_info(pattern.code).quad_class in (1, 3) else []
        if senders:  # "Condemnation came from the OIC and Pope Francis" (attacks "from Yemen" are placed)
            return noun.head, senders
        if noun.dep == "obj" and cues().governors.get(head.lemma) == "threatened":
            return head.i, self.actors.subjects(head.i)  # "threatened air raids on X": the threatener's
        if doc.children(noun.i, "nsubj") and not self._suffered(
            noun
        ):  # a nominal predicate: "X is (not launching) strikes"
            return noun.i, self.actors.subjects(noun.i)
        return anchor, self._agent_modifier(noun, pattern)

    def _agent_modifier(self, noun: Token, pattern: Pattern) -> list[Actor]:
        """Last, a sector noun before an act of force or inquiry ("a police raid", "a rebel
        attack"): its people of the article's country (``[agent_modifiers]``)."""
        if not pattern.code.startswith(self.lexicon.agent_modifier_codes):
            return []
        agents = [a for m in self.doc.children(noun.i, "compound") if (a := self.actors.agent_modifier(m.i))]
        return [a for a in agents if a.sector in self.lexicon.agent_modifier_sectors][:1]

    def _hyphened_sides(self, mod: Token) -> list[Actor]:
        """The two countries a hyphen joins before a mutual act ("US-China trade talks", "the
        Israeli-Palestinian talks"), who act on each other; none for one country's names."""
        tokens = self.doc.tokens
        for first, second in ((mod.i - 2, mod.i), (mod.i, mod.i + 2)):
            if first < 0 or second >= len(tokens) or tokens[first + 1].text != "-":
                continue
            found = [self.actors.name_at(first), self.actors.name_at(second)]
            if None in found or found[0][1] != first + 1 or found[1][0] != second:
                continue  # the hyphen must join the two names themselves
            sides = [entry for _, _, entry in found]
            if (
                all(e.kind in ("country", "adjective") and e.country for e in sides)
                and sides[0].country != sides[1].country
            ):
                return [
                    Actor(self.doc.span_text(list(range(a, b))), e.code, e.country, None, e.name) for a, b, e in found
                ]
        return []

    def _sent_from(self, noun: Token) -> list[Actor]:
        """Who a verbal act "came from": "condemnation has come from X and Y", "statements of
        condemnation came from X" (through a message noun); the act is theirs."""
        head = self.doc.tokens[noun.head]
        if noun.dep == "nmod" and head.lemma in self.actors.kb.message_nouns | {"expression"}:
            noun, head = head, self.doc.tokens[head.head]
        drawn = self._drawn(noun)  # "the plans provoked opposition [from Bonn]", hung on the verb
        if not drawn and (noun.dep != "nsubj" or head.lemma not in ("come", "pour", "arrive")):
            return []
        return [a for h in self.doc.phrases(head.i, "from") for a in self.actors.resolve_with_conjuncts(h.i)]

    def _witnessed_by_the_main_country(self, noun: Token) -> bool:
        """Whether a nominal act of force is what the article's own country (or the
        first-person speaker) speaks of or reacts to ("Britain condemned the attack by Assad's
        regime", "we are appalled by the attack"): that country is then the onlooker of the
        act, not the unnamed target that foreign force has by convention."""
        main = self.actors.main_country
        if main is None or noun.dep not in ("obj", "obl", "obl:agent") or self._suffered(noun):
            return False
        predicate = self.doc.tokens[noun.head]
        entries = self._lookup("verb", predicate) + self._lookup("adjective", predicate)
        if not any(code_info(p.code).quad_class in (1, 3) for p in entries):
            return False  # "Britain repelled an attack by Argentina": it was aimed at Britain
        holders = self.doc.children(predicate.i, "nsubj", "nsubj:pass")
        if any(h.text.lower() in FIRST_PERSON for h in holders):
            return True
        found = [a for h in holders if (a := self.actors.resolve(h.i))] + self.actors.subjects(predicate.i)
        return any(a.country == main[0] for a in found)

    def _suffered(self, noun: Token) -> bool:
        """ "X is under sanctions": the act is one the subject suffers, not one it does (the
        parser may hang "under" on a participle before the noun: "has come [under] growing
        criticism", read as the participle's mark)."""
        markers = self.doc.children(noun.i, "case")
        markers += [m for a in self.doc.children(noun.i, "amod") for m in self.doc.children(a.i, "mark")]
        return any(c.lemma == "under" for c in markers)

    def _drawn(self, noun: Token) -> bool:
        """ "the plan drew criticism from Washington", "met with opposition": an act the
        subject of a drawing verb (``drawing_verbs``) suffers; the noun is its object, or its
        oblique under "with"."""
        if noun.head == noun.i or self.doc.tokens[noun.head].lemma.lower() not in self.lexicon.drawing_verbs:
            return False
        return noun.dep == "obj" or (
            noun.dep == "obl" and any(c.lemma == "with" for c in self.doc.children(noun.i, "case"))
        )

    def _taken_part_in(self, noun: Token, verb: Token) -> bool:
        """Whether the noun names, under "in", the act a verb of taking part says its subject
        joined ("took part in the talks", "participated in the protests"; ``taking_part``)."""
        if noun.dep != "obl" or noun.head != verb.i or verb.pos not in PREDICATE_POS:
            return False
        if not any(c.lemma == "in" for c in self.doc.children(noun.i, "case")):
            return False
        objects = {o.lemma for o in self.doc.children(verb.i, "obj")}
        return any(verb.lemma == lemma and (obj is None or obj in objects) for lemma, obj in self.lexicon.taking_part)

    def _support_subject_words(self, noun: Token, entries: list[Pattern]) -> set[str]:
        """The words of the doer of a support verb (shared, or one of the noun's ``entries``)
        whose object the noun is ("Serb forces completed their withdrawal", "Bolivian miners
        called a strike"), or of its agent in the passive ("the strike was called by the bank
        unions"): a noun entry's modifiers may stand there as well as on the noun ("the forces'
        withdrawal", "a troop withdrawal", "a miners' strike")."""
        verb = self.doc.tokens[noun.head]
        if noun.dep not in ("obj", "nsubj:pass") or not any(self._is_support(verb, e) for e in [None, *entries]):
            return set()
        doers = self.doc.children(verb.i, "nsubj") if noun.dep == "obj" else self.doc.phrases(verb.i, "by")
        return {w.lemma for d in doers for w in [d, *self.doc.children(d.i, "compound")]}

    def _done_to_possessor(self, pattern: Pattern, noun: Token) -> Pattern:
        """ "ordered Khashoggi's killing", "planned his assassination": an act done to people,
        whose entry wants the "of" naming the victim, has under a support verb and without
        that "of" its victim as the possessor, and its doer as the verb's subject."""
        if not pattern.victim_under_of or noun.dep != "obj" or self.doc.phrases(noun.i, "of"):
            return pattern
        if not self.doc.children(noun.i, "nmod:poss") or not self._is_support(self.doc.tokens[noun.head]):
            return pattern
        needs = tuple(prep for prep in pattern.needs_preps if prep != "of")
        return replace(pattern, needs_preps=needs, possessor_is_target=True)

    def _verb_has_reason(self, verb: Token, prep: str) -> bool:
        """Whether the verb gives a reason under ``prep``: a clause ("attacked Biden [for]
        accumulating wealth") or a possessed noun ("[for] his handling of the crisis"). A bare
        noun may be a span of time ("attacked the town for hours"), so it does not count. The
        parse may hang the noun on the object ("the minister for his handling")."""
        if any(k.lemma == prep for c in self.doc.children(verb.i, "advcl") for k in self.doc.children(c.i, "mark")):
            return True
        holders = [verb.i, *(o.i for o in self.doc.children(verb.i, "obj"))]
        return any(self.doc.children(c.i, "nmod:poss") for h in holders for c in self.doc.phrases(h, prep))

    def _noun_has_phrase(self, noun: Token, prep: str, pattern: Pattern) -> bool:
        """Whether the noun has a complement under ``prep``, its own or hung on the support verb
        whose object it is ("opened a hearing Wednesday [into] the techniques")."""
        if self.doc.phrases(noun.i, prep):
            return True
        verb = self.doc.tokens[noun.head]
        carried = self._is_support(verb, pattern) or self._drawn(noun)  # "provoked opposition [from] Bonn"
        return noun.dep == "obj" and carried and bool(self.doc.phrases(verb.i, prep))

    def _is_support(self, verb: Token, pattern: Pattern | None = None) -> bool:
        """Whether the verb carries the act of its object noun, its subject the doer ("launched an
        attack"), or, for an entry with support verbs of its own, one of those ("called a
        general strike"); for the entries done_by_authoriser, also a verb of authorising
        ("approved the sale of missiles to the Contras")."""
        if verb.pos not in PREDICATE_POS:
            return False
        if _is_one_of(verb, self.lexicon.support_verbs):
            return True
        if pattern is not None and _is_one_of(verb, pattern.support):
            # "called the strike illegal" (or "a success", a second object) names it, "called off the strike" ends it
            return not self.doc.children(verb.i, "xcomp", "compound:prt") and len(self.doc.children(verb.i, "obj")) < 2
        return pattern is not None and self._authorises(verb, pattern)

    def _authorises(self, verb: Token, pattern: Pattern) -> bool:
        """Whether the verb authorises the act of an entry done_by_authoriser ("approved the sale")."""
        return pattern.done_by_authoriser and verb.lemma in self.lexicon.authorising_verbs

    def _governing_predicate(self, i: int) -> int:
        for ancestor in self.doc.ancestors(i):
            if ancestor.pos in PREDICATE_POS:
                return ancestor.i
        return i

    # -- rows --------------------------------------------------------------
    def _rows(
        self,
        pattern: Pattern,
        trigger: int,
        anchor: int,
        sources: list[Actor],
        targets: list[Actor],
        polarity_at: int | None = None,
        mutual: bool = False,
    ) -> list[CodedEvent]:
        """One row per source and target; ``polarity_at``: the token whose clause's negation
        the act shares (default: the anchor); ``mutual``: coordinated sources act on one
        another whatever the entry says (the text says "each other")."""
        pattern = self._in_its_domain(pattern, trigger)
        sources = [s for s in sources if s.code or is_the_speaker_s(s)]  # the speaker's, in a quote
        sources = [s for s in sources if (s.sector or "") not in pattern.not_by]  # a president's rally
        if any((t.sector or "") in pattern.not_against for t in targets):
            return []  # "the carrier was taken over by Texas Air": a company's, no occupation
        if (mutual or pattern.reciprocal and not self._unnamed_counterpart(pattern, trigger)) and (
            not targets and len(sources) > 1
        ):  # "A and B exchanged fire"
            pairs = self._visits_to_host(pattern, anchor, sources) or _mutual(sources)
            if pairs:
                return [self._event(pattern, trigger, anchor, a, b, polarity_at) for a, b in pairs]
        if pattern.needs_target and not targets:
            return []
        rows, coded = [], set()
        # "targeting civilians in Kharkiv": the victims of no stated country are the place's
        struck_at = self._struck_place(anchor) if pattern.code[:2] in VIOLENT_ROOTS else None
        for source in sources:
            usable = [t for t in targets if not _same_actor(source, t)] or [None]
            if is_state_coercion(pattern.code, source):  # "Iran banned female chess players": Iran's
                usable = [t if t is None else self.actors.of_the_country_of(t, source) for t in usable]
            if struck_at is not None:
                usable = [t if t is None else self.actors.of_the_country_of(t, struck_at) for t in usable]
            for target in usable:
                if target is not None and pattern.code[:2] in VIOLENT_ROOTS:  # "rebels fighting the Syrian army"
                    source = self.actors.rebels_against(source, target, struck_at)
                pair = (_coded_as(source), target and _coded_as(target))
                if pair not in coded:  # "thanked the police and the emergency staff" of London: one row
                    coded.add(pair)
                    rows.append(self._event(pattern, trigger, anchor, source, target, polarity_at))
        return rows

    def _in_its_domain(self, pattern: Pattern, trigger: int) -> Pattern:
        """An act whose sense depends on what the story is about ("will retaliate",
        "retaliatory action") takes its economic code where trade, not arms, is spoken of:
        the trigger's sentence decides, and where its words are as many, the article's."""
        if pattern.economic_code is None:
            return pattern
        sentence = self.doc.sentences[self.doc.tokens[trigger].sent]
        trade, arms = self._domain_counts(self.doc.tokens[sentence.start : sentence.end])
        if trade == arms:
            trade, arms = self._domain_counts(self.doc.tokens)
        return replace(pattern, code=pattern.economic_code) if trade > arms else pattern

    def _domain_counts(self, tokens: Iterable[Token]) -> tuple[int, int]:
        """How many words of trade and of arms ``tokens`` hold (lexicon ``economic_words``,
        ``military_words``)."""
        lemmas = [t.lemma.lower() for t in tokens]
        trade = sum(lemma in self.lexicon.economic_words for lemma in lemmas)
        return trade, sum(lemma in self.lexicon.military_words for lemma in lemmas)

    def _unnamed_counterpart(self, pattern: Pattern, trigger: int) -> bool:
        """ "France and Germany met the heads of state of six Gulf countries": a mutual verb's
        own object, which no actor resolves, is whom the subjects acted on; they did not
        act on each other. An object that names no one ("fought a war", "agreed last December")
        or that the entry itself names ("exchanged fire") leaves them acting on each other."""
        if pattern.kind != "verb" or pattern.objects:
            return False
        objects = self.doc.children(trigger, "obj")
        return any(o.ent_type in ("PERSON", "ORG") or self.actors.names_a_role(o.i) for o in objects)

    def _visits_to_host(self, pattern: Pattern, anchor: int, sources: list[Actor]) -> list[tuple[Actor, Actor]]:
        """ "The ministers of Egypt, Greece and France met in Cairo": a meeting of three or
        more countries held in one participant's country is coded from each visitor to the
        host, as a visit is, not between every pair of guests (``host_meeting_codes`` in the
        lexicon); two countries meet each other wherever they meet."""
        if not pattern.code.startswith(self.lexicon.host_meeting_codes):
            return []
        host_country = None
        for clause in [self.doc.tokens[anchor]] + self.doc.ancestors(anchor)[:2]:
            for phrase in self.doc.children(clause.i, "obl"):
                host_country = host_country or self.actors.place_country(phrase.i)
        countries = {s.country for s in sources}
        if host_country not in countries:  # "met for their summit, that time [in Athens]", hung lower
            placed = sorted((p for i in self.doc.subtree(anchor) for p in self.doc.phrases(i, "in")), key=lambda p: p.i)
            found = [c for t in placed if (c := self.actors.place_country(t.i)) in countries]
            host_country = found[0] if found else host_country
        hosts = [s for s in sources if s.country == host_country]
        if not hosts or len(countries) < 3:  # two countries meet each other
            return []
        host = max(hosts, key=_specificity)
        guests: dict[str | None, Actor] = {}
        for s in sources:  # one row per guest country, by its most specific code
            kept = guests.get(s.country)
            if s.country != host_country and (kept is None or _specificity(s) > _specificity(kept)):
                guests[s.country] = s
        return [(guest, host) for guest in guests.values()]

    def _event(
        self,
        pattern: Pattern,
        trigger: int,
        anchor: int,
        source: Actor,
        target: Actor | None,
        polarity_at: int | None = None,
    ) -> CodedEvent:
        trigger_text = self._trigger_text(pattern, trigger)
        coded = build_event(
            self.doc,
            self.article_id,
            pattern.code,
            trigger,
            anchor,
            source,
            target,
            trigger_text,
            pattern.rule,
            polarity_at,
            # "gave no details" declines to comment: the entry's own "no" is its meaning
            negation_read=pattern.negated_only or bool(pattern.modifiers & cues().negators),
            modal_read=bool(pattern.modals),
        )
        if pattern.mode and coded.event.plover["type"] == code_info(pattern.code).plover_type:
            coded.event.plover = {**coded.event.plover, "mode": pattern.mode}  # "hacked": coercion, cyber
        authoriser = self._authorising_verb(pattern, trigger)
        if authoriser is not None and coded.event.modality == "hypothetical":
            # "he authorized the sale of arms to Iran": the authoriser's act, as its clause tells
            # it (authorising someone *to* act stays a directive)
            coded.event.modality = modality_of(self.doc, authoriser)
        return coded

    def _authorising_verb(self, pattern: Pattern, trigger: int) -> int | None:
        """The verb of authorising whose object the act of an entry done_by_authoriser is."""
        tok = self.doc.tokens[trigger]
        head = self.doc.tokens[tok.head]
        return head.i if tok.dep == "obj" and self._authorises(head, pattern) else None

    def _trigger_text(self, pattern: Pattern, trigger: int) -> str:
        words = [trigger]
        tok = self.doc.tokens[trigger]
        for child in self.doc.children(trigger, "compound:prt", "obj", "amod", "compound", "advmod"):
            if (
                _is_one_of(child, pattern.objects | pattern.modifiers)
                or (pattern.particle and child.lemma in pattern.particle.split())
                or (child.lemma in ("not", "n't", "never") and negates(self.doc, child.i))
            ):
                words.append(child.i)
        words.sort()
        prefix = self.doc.hyphen_prefix(trigger)  # "test-fired" for a test-fire entry
        head = prefix + tok.text if prefix and pattern.lemma.startswith(prefix) else tok.text
        return " ".join(head if w == trigger else self.doc.tokens[w].text for w in words)


def _aid_modifiers(doc: ParsedDoc, trigger: int) -> set[str]:
    """The words that modify the act's own aid noun, which say what kind of aid it is: the
    noun trigger's ("US [military] aid"), or the verb's object's, or what an amount is in or
    of ("withheld $400 million in [military] aid")."""
    tok = doc.tokens[trigger]
    nouns = [tok] if tok.pos in ("NOUN", "PROPN") else doc.children(trigger, "obj", "nsubj:pass")
    nouns += [c for n in nouns for c in doc.children(n.i, "nmod", "conj")]
    aid = [n for n in nouns if n.lemma.lower() in aid_kinds().nouns]
    modifiers = [m for n in aid for m in doc.children(n.i, "amod", "compound")]
    return {m.lemma.lower() for m in modifiers} | {m.text.lower() for m in modifiers}


def build_event(
    doc: ParsedDoc,
    article_id: str,
    code: str,
    trigger: int,
    anchor: int,
    source: Actor | None,
    target: Actor | None,
    trigger_text: str,
    rule: str,
    polarity_at: int | None = None,
    negation_read: bool = False,
    modal_read: bool = False,
) -> CodedEvent:
    """One event row from its parts: code-book facts, evidence, negation and modality of its
    clause (negation read at ``polarity_at`` when given, else at the anchor; not at all when
    the entry's meaning holds it: "will not tolerate" warns; nor the modal an entry asks for:
    "will retaliate" threatens now)."""
    # a user's dictionary codes are kept as written; the lexicon's are refined by the actors,
    # and an act whose target is implied by convention gets it, marked "(implied)"
    if rule.startswith("lexicon:"):
        code = refine(code, source, target, doc.tokens[trigger].lemma)
        code = aid_kinds().recode(code, _aid_modifiers(doc, trigger)) if code in aid_kinds().stems else code
        target = target or implied_target(code, source)
    sent = doc.sentences[doc.tokens[trigger].sent]
    negated = not negation_read and is_negated(doc, anchor if polarity_at is None else polarity_at, trigger)
    modality = "denied" if negated else modifier_modality(doc, trigger) or _nominal(doc, trigger, anchor)
    if (negation_read or modal_read) and modality in ("intended", "hypothetical"):
        modality = "asserted"  # "will (would) not tolerate" warns now of what it will do
    if rule.startswith("lexicon:") and modality == "intended" and trigger == anchor and is_pledge(doc, anchor, code):
        code, modality = intent_code(code, modality) or code, "asserted"  # the pledge was made
    event = Event(
        event_id=_event_id(article_id, trigger, code, source, target),
        article_id=article_id,
        sentence_index=sent.index,
        **_code_book_fields(code),
        source=source,
        target=target,
        evidence=Evidence(sent.text, sent.start_char, sent.end_char),
        trigger=trigger_text,
        rule=rule,
        negated=negated,
        modality=modality,
    )
    return CodedEvent(event, trigger, anchor)


def _event_id(article_id: str, trigger: int, code: str, source: Actor | None, target: Actor | None) -> str:
    """A row's id: stable across runs, so a resumed batch does not duplicate it."""
    roles = f"{_code(source)}|{source and source.text}|{_code(target)}|{target and target.text}"
    return hashlib.sha1(f"{article_id}|{trigger}|{code}|{roles}".encode()).hexdigest()[:16]


def _code_book_fields(code: str) -> dict:
    """A row's fields that the code book gives: the code, its name, Goldstein value, quad
    class and PLOVER type and mode."""
    info = code_info(code)
    return {
        "cameo": info.code,
        "cameo_name": info.name,
        "goldstein": info.goldstein,
        "quad_class": info.quad_class,
        "plover": {"type": info.plover_type, "mode": info.plover_mode},
    }


def _recoded(coded: CodedEvent, code: str) -> CodedEvent:
    """The row with another CAMEO code (its code-book fields and id follow)."""
    e = coded.event
    event_id = _event_id(e.article_id, coded.trigger, code, e.source, e.target)
    return CodedEvent(replace(e, event_id=event_id, **_code_book_fields(code)), coded.trigger, coded.anchor)


def _withdrawals_outside_combat(found: list[CodedEvent]) -> list[CodedEvent]:
    """Troop withdrawals between two countries that no row of the article shows fighting
    each other are withdrawals from a posting, not retreats (``[withdrawal_outside_combat]``)."""
    rule = withdrawal_rule()
    if rule is None:
        return found
    fighting = {
        frozenset((e.source.country, e.target.country))
        for e in (c.event for c in found)
        if e.cameo.startswith(rule.combat_roots) and e.source is not None and e.target is not None
    }

    def outside_combat(e: Event) -> bool:
        if e.rule.rsplit(":", 1)[-1] not in rule.entries or not e.rule.startswith("lexicon:"):
            return False
        sides = (e.source and e.source.country, e.target and e.target.country)
        return all(sides) and sides[0] != sides[1] and frozenset(sides) not in fighting

    return [_recoded(c, rule.code) if outside_combat(c.event) else c for c in found]


def _nominal(doc: ParsedDoc, trigger: int, anchor: int) -> str:
    """A nominal trigger's modality: from the word that governs the noun, else its clause's;
    an act in the background of its clause has happened, as its clause tells it (asserted, or
    reported where the clause is), whatever the clause plans or supposes."""
    governed = governed_noun_modality(doc, trigger) if trigger != anchor else None
    if governed == BACKGROUND:
        return "reported" if modality_of(doc, anchor) == "reported" else "asserted"
    return governed or modality_of(doc, anchor)


def _fits_noun(pattern: Pattern, kids: set[str]) -> bool:
    """Whether a noun entry's particle and modifiers are among the words on the noun."""
    return (not pattern.particle or pattern.particle in kids) and (
        not pattern.modifiers or bool(pattern.modifiers & kids)
    )


def _prepositions_only(pattern: Pattern) -> Pattern:
    """The pattern with only its prepositional target slots (no direct object)."""
    return replace(pattern, target=tuple(t for t in pattern.target if t not in ("obj", "iobj")))


def _is_one_of(word: Token, words: frozenset[str]) -> bool:
    """Whether a word is one of ``words`` by its lemma or its form (lemmatisers differ)."""
    return word.lemma.lower() in words or word.text.lower() in words


def _mutual(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    """Each coordinated actor acting on each other one ("A and B exchanged fire"), one row
    per pair of countries (the most specific codes naming it); the members of one joint
    actor (same phrase, same name), and a country beside one of its own sides ("Cyprus ... its foreign
    minister"), do not act on each other; two sides of one country do ("the president and
    Congress met")."""
    pairs: dict[tuple, tuple[Actor, Actor]] = {}
    for a in actors:
        for b in actors:
            bare = a.code == a.country or b.code == b.country  # a country and one of its own sides
            same_side = a.code == b.code or (a.country is not None and a.country == b.country and bare)
            if same_side or (a.text, a.name) == (b.text, b.name):  # one joint actor's members
                continue
            sides = (a.country or a.code, b.country or b.code)
            key = sides if sides[0] != sides[1] else (a.code, b.code)  # one row per pair of sides
            kept = pairs.get(key)
            if kept is None or _specificity(a, b) > _specificity(*kept):
                pairs[key] = (a, b)  # the most specific codes name the pair ("CYPGOV" over "CYP")
    return list(pairs.values())


def _same_side(a: Actor, b: Actor) -> bool:
    """One side: the same code, or one country where either is the country itself or both
    have one sector (the embassy and the State Department; not a government and its
    opposition, who answer each other)."""
    if a.code == b.code:
        return True
    if a.country is None or a.country != b.country:
        return False
    return a.sector is None or b.sector is None or a.sector == b.sector


def _specificity(*actors: Actor) -> int:
    return sum(len(a.code or "") for a in actors)


def _coded_as(actor: Actor) -> tuple[str, str]:
    """What tells two actors of one row apart in the data: the code and the name it was
    given ("the DPR and LPR" are two republics of one code), or the words of an actor still
    uncoded (a first-person speaker, coded later)."""
    return (actor.code, actor.name or "") if actor.code else ("", actor.text.lower())


def _without_targetless_twins(candidates: list[CodedEvent]) -> list[CodedEvent]:
    """The rows of one word less those without a target whose twin (same trigger, root and
    source) has one: two entries that read one act ("reject a loan request" as a rejection
    and as a request denied) give one row, with the target the fuller reading found."""

    def twin(e: Event) -> tuple:
        return e.cameo[:2], _code(e.source)

    aimed = {(c.trigger, twin(c.event)) for c in candidates if c.event.target is not None}
    return [c for c in candidates if c.event.target is not None or (c.trigger, twin(c.event)) not in aimed]


def _same_actor(source: Actor, target: Actor) -> bool:
    """Whether a target is the source itself: the same phrase, or a pronoun or reflexive
    standing for it. Two phrases of one code are two actors: a president who criticises
    a mayor (USAGOV -> USAGOV), a party suing another (USAOPP -> USAOPP). A phrase holding the
    source's own phrase ("to life in prison by a court", coded by "a court") is the source."""
    if target.code is None or target.code != source.code:
        return False
    return f" {source.text} " in f" {target.text} " or target.text.lower() in SELF_WORDS


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _most_specific(patterns: list[Pattern]) -> list[Pattern]:
    """Of several patterns on one trigger, keep the most constrained ones
    ("threaten sanctions" beats "threaten"; "break off ties" beats nothing; "troops arrived
    in" deploys where "arrived in" visits). An entry that
    names its words outranks one that only asks for a clause ("declined to comment"
    declines comment; it rejects nothing)."""
    if not patterns:
        return patterns

    def rank(p: Pattern) -> tuple[int, int, int]:
        specific = bool(p.objects) + bool(p.modifiers) + bool(p.particle) + bool(p.subjects) + bool(p.needs_preps)
        return (specific, p.needs_clause, len(p.code))

    best = max(rank(p) for p in patterns)
    kept: dict[str, Pattern] = {}
    for p in patterns:
        if rank(p) == best:
            kept.setdefault(p.id, p)
    return list(kept.values())
