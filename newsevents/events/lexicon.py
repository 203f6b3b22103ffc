"""Load the event lexicon (``resources/lexicon.toml``) into look-up tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..language.morphology import expand, inflections
from .codebook import code_info, codebook
from .evaluation import EvaluationWords, evaluation_words


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon entry: a trigger word and how to find its roles."""

    id: str
    kind: str  # "verb", "noun" or "adjective"
    lemma: str  # head lemma
    particle: str | None  # "off" in "break off"; the rest of a multi-word lemma
    code: str
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    reciprocal: bool = False
    needs_clause: bool = False  # "asked Lam to resign": fires only with an infinitive or that-clause
    needs_target: bool = False  # "spoke with Macron" consults; "spoke to the press" does not
    needs_preps: tuple[str, ...] = ()  # a noun fires only with these complements ("killing of")
    possessor_is_target: bool = False  # "the Briton's arrest": the possessor suffers the act
    blocked_by: frozenset[str] = frozenset()  # modifiers that cancel it: "campaign rally"
    intransitive: bool = False  # a verb entry that fires only without a direct object or clause
    no_object: bool = False  # fires only without a direct object: "offered to reopen", not "offered a bonus to"
    no_opinion_clause: bool = False  # "agreed that the sanctions failed" concurs; "agreed that talks would resume" not
    no_bare_use: bool = False  # "Duncan agreed, saying ..." concurs; "agreed to talks", "Iran and Iraq agreed" not
    target_of_act: bool = False  # "claimed responsibility for the attacks on X": X, the act's target
    addressee: bool = False  # the target is the object itself, never its owner ("want Japan to ...")
    uncoded_clause: bool = False  # "refused to hand over": only when the clause's act is not coded
    crowd_subject: bool = False  # "thousands of farmers gathered": only when a crowd is the subject
    subjects: frozenset[str] = frozenset()  # "Russian missiles hit Kyiv": only with one of these as subject
    no_thing_subject: bool = False  # "the agreement does not comply": not with an act or a paper as subject
    international_body: bool = False  # the object must be an international organisation ("quit ECOWAS")
    not_by: frozenset[str] = frozenset()  # sectors whose acts it does not code: a president's rally
    not_against: frozenset[str] = frozenset()  # sectors it is no such act against: a company taken over
    armed_or_aimed: bool = False  # combat only by an armed side or at someone named ("we fight for rights")
    negated_only: bool = False  # fires only negated, the negation being its meaning: "will not tolerate" warns
    modals: frozenset[str] = frozenset()  # the verb must carry one of these auxiliaries ("will", "can")
    placed_only: bool = False  # with no doer named, a row only with a place or target ("a rally in Minsk")
    countable_only: bool = False  # not as a bare singular, a mass noun: "enough demand from shippers" is the market's
    done_by_authoriser: bool = False  # "Thatcher approved the sale of missiles to X": her country sells
    support: frozenset[str] = frozenset()  # its own support verbs beside the shared ones: "called a strike"
    received: bool = False  # read from the receiving end: "received a loan from Japan" is Japan's act
    mode: str | None = None  # the PLOVER mode the act has whatever its code's: "cyber" for hacking
    economic_code: str | None = None  # the act's code in a trade dispute: "will retaliate" threatens sanctions

    @property
    def victim_under_of(self) -> bool:
        """An act done to people, which fires only with the "of" that names its victim
        ("the killing of X"; alone, "X's killing" has X suffer it as often as do it)."""
        return "of" in self.needs_preps

    @property
    def rule(self) -> str:
        return f"lexicon:{self.kind}:{self.id}"


@dataclass(frozen=True)
class ImpliedAgents:
    """Who did an agentless passive act an authority tells of (``[implied_agents]``)."""

    codes: tuple[str, ...]
    telling_verbs: frozenset[str]
    source_sectors: frozenset[str]


@dataclass(frozen=True)
class Peacemaking:
    """Acts aimed at the sides of the last fight when no target is named (``[peacemaking]``)."""

    codes: tuple[str, ...]
    appeal_objects: frozenset[str]
    ending_objects: frozenset[str]  # "an end to ...", when what ends is a fight
    fight_nouns: frozenset[str]
    fight_roots: tuple[str, ...]


@dataclass
class Lexicon:
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    adjectives: dict[str, list[Pattern]] = field(default_factory=dict)  # predicates: "critical of"
    support_verbs: frozenset[str] = frozenset()
    authorising_verbs: frozenset[str] = frozenset()  # "approved the sale": its doer, for done_by_authoriser
    taking_part: tuple[tuple[str, str | None], ...] = ()  # (verb, its object): "took part in the talks"
    aiming_verbs: frozenset[str] = frozenset()
    response_words: frozenset[str] = frozenset()  # "retaliated against X's attacks": X attacked them
    light_nouns: frozenset[str] = frozenset()  # "a mediation effort": the effort is the act
    light_verbs: frozenset[str] = frozenset()  # "declined to give details": the details name it
    linking_verbs: frozenset[str] = frozenset()  # "remained critical of": a copula by another name
    phase_nouns: frozenset[str] = frozenset()  # "a resumption of air raids": the raids are the act
    crowd_nouns: frozenset[str] = frozenset()  # "thousands", "a crowd": many people at once
    measure_nouns: frozenset[str] = frozenset()  # "security measures": the kind is the object
    giving_verbs: frozenset[str] = frozenset()  # "sent the police a plan": the first object receives
    denied_report_nouns: frozenset[str] = frozenset()  # "denied the accusation": the act it was about
    anonymity_verbs: frozenset[str] = frozenset()  # "asked not to be identified": no appeal
    anonymity_words: frozenset[str] = frozenset()  # "asked to remain anonymous": no appeal
    threat_when_negated: tuple[str, ...] = ()  # "did not rule out military action": a threat
    host_meeting_codes: tuple[str, ...] = ()  # meetings in a participant's country: guests -> host
    act_references: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "the request": an earlier 02
    appeal_codes: tuple[str, ...] = ()  # the act an appeal asks for is no row of its own
    rejecting_verbs: frozenset[str] = frozenset()  # "vetoed a resolution to impose sanctions": no sanctions
    proposal_nouns: frozenset[str] = frozenset()
    apology_codes: tuple[str, ...] = ()  # "regrets this mistake": owed to whom it last acted against
    penalty_codes: tuple[str, ...] = ()  # "sanctions over Russia's annexation": aimed at Russia
    channel_prepositions: frozenset[str] = frozenset()  # "thanked them via Twitter": no target
    false_noun_forms: frozenset[str] = frozenset()  # "aides", lemmatised "aid", is no aid
    armed_sectors: frozenset[str] = frozenset()  # sources that can fight ("" a country): ``armed_or_aimed``
    beneficiary_codes: tuple[str, ...] = ()  # aid with no recipient: whom its purpose clause helps
    beneficiary_verbs: frozenset[str] = frozenset()  # "to relieve the plight of Mozambican refugees"
    count_determiners: frozenset[str] = frozenset()  # "a", "the", "this": a countable noun's determiners
    message_verbs: frozenset[str] = frozenset()  # "wrote to Delors, complaining": aimed at Delors
    warning_verbs: frozenset[str] = frozenset()  # "warned the US it may retaliate": aimed at the US
    drawing_verbs: frozenset[str] = frozenset()  # "the plan drew criticism from X": the plan's owner suffers it
    implied_agents: ImpliedAgents | None = None  # "police said two men were arrested": the police's
    agent_modifier_codes: tuple[str, ...] = ()  # "a police raid": the police's (``[agent_modifiers]``)
    agent_modifier_sectors: frozenset[str] = frozenset()
    peacemaking: Peacemaking | None = None  # "Russia brokered a cease-fire": between the last fight's sides
    evaluation: EvaluationWords | None = None  # "called the deal 'lousy'": praise and criticism
    economic_words: frozenset[str] = frozenset()  # a sentence of trade: ``economic_code`` applies
    military_words: frozenset[str] = frozenset()  # a sentence of arms: the entry's own code

    def add(self, pattern: Pattern) -> None:
        """Index a pattern under its lemma and its regular inflections.

        Indexing surface forms too makes matching robust to lemmatiser errors
        ("severed" -> "severe") and to pipelines without a lemmatiser.
        """
        table = self._table(pattern.kind)
        forms = [pattern.lemma] if pattern.kind == "adjective" else inflections(pattern.lemma, pattern.kind)
        for form in forms:
            bucket = table.setdefault(form, [])
            if pattern not in bucket:
                bucket.append(pattern)

    def acts_on_possessor(self) -> frozenset[str]:
        """Nouns of acts done to their possessor ("the Briton's arrest", "Khashoggi's murder"):
        entries whose possessor is the target, or that want the victim under "of"."""
        return frozenset(
            p.lemma for patterns in self.nouns.values() for p in patterns if p.possessor_is_target or p.victim_under_of
        )

    def hostile_acts(self) -> frozenset[str]:
        """Lemmas that name a hostile act by themselves (entries of quad classes 3 and 4 with no
        particle, object or modifier to ask for): "the shelling", "attacks", "shelling Kharkiv"."""
        return frozenset(
            p.lemma
            for table in (self.nouns, self.verbs)
            for patterns in table.values()
            for p in patterns
            if not (p.particle or p.objects or p.modifiers) and code_info(p.code).quad_class in (3, 4)
        )

    def verb_lemmas(self) -> frozenset[str]:
        """The lemmas of the verb entries (the first word of a phrasal verb)."""
        return frozenset(p.lemma for patterns in self.verbs.values() for p in patterns)

    def trigger_forms(self) -> dict[str, frozenset[str] | None]:
        """Word form -> the words one of which must also be in the sentence (a pattern's
        objects or modifiers, inflected), or None when the form alone can trigger.
        The language stage parses only sentences that pass (see Analyser)."""
        forms: dict[str, frozenset[str] | None] = {}
        for table in (self.verbs, self.nouns, self.adjectives):
            for form, patterns in table.items():
                for p in patterns:
                    # a multi-word object ("martial law") is found by its last word; an entry
                    # that needs both an object and a modifier ("had no comment") needs the object
                    words = {w.split()[-1] for w in p.objects or p.modifiers}
                    required = expand(words, "noun") if words else frozenset()
                    if not required and p.particle:  # "look into", "team up with": the particle must be there
                        required = frozenset(p.particle.split())
                    if form in forms and forms[form] is None:
                        break  # already free: one unconstrained pattern suffices
                    forms[form] = None if not required else (forms.get(form) or frozenset()) | required
        if self.evaluation is not None:  # a verb of naming counts with an evaluative word beside it
            said = expand(self.evaluation.negative | self.evaluation.positive, "noun")
            for form in self.evaluation.naming_verbs:
                if form not in forms or forms[form] is not None:
                    forms[form] = (forms.get(form) or frozenset()) | said
        return forms

    def lookup(self, kind: str, lemma: str, text: str) -> list[Pattern]:
        if kind == "noun" and text.lower() in self.false_noun_forms:
            return []
        table = self._table(kind)
        found = table.get(lemma, [])
        return found or table.get(text.lower(), [])

    def _table(self, kind: str) -> dict[str, list[Pattern]]:
        return {"verb": self.verbs, "noun": self.nouns, "adjective": self.adjectives}[kind]


def _verb_and_object(words: str) -> tuple[str, str | None]:
    """ "take part" -> ("take", "part"); "participate" -> ("participate", None)."""
    verb, _, obj = words.partition(" ")
    return verb, obj or None


def _patterns(kind: str, entry: dict) -> list[Pattern]:
    for key in ("code", "economic_code"):
        if key in entry and entry[key] not in codebook():
            raise ValueError(f"lexicon entry {entry['id']!r}: unknown CAMEO code {entry[key]!r}")
    out = []
    for lemma in entry["lemmas"]:
        head, _, rest = lemma.partition(" ")
        if kind == "noun" and rest:  # "air strike": the last word is the head
            head, rest = lemma.split()[-1], " ".join(lemma.split()[:-1])
        out.append(
            Pattern(
                id=entry["id"],
                kind=kind,
                lemma=head,
                particle=rest or None,
                code=entry["code"],
                objects=frozenset(entry.get("objects", ())),
                modifiers=frozenset(entry.get("modifiers", ())),
                target=tuple(entry.get("target", ("obj",))),
                source_preps=tuple(entry.get("source_preps", ())),
                reciprocal=bool(entry.get("reciprocal", False)),
                needs_clause=bool(entry.get("needs_clause", False)),
                needs_target=bool(entry.get("needs_target", False)),
                done_by_authoriser=bool(entry.get("done_by_authoriser", False)),
                received=bool(entry.get("received", False)),
                mode=entry.get("mode"),
                economic_code=entry.get("economic_code"),
                needs_preps=tuple(entry.get("needs_preps", ())),
                possessor_is_target=bool(entry.get("possessor_is_target", False)),
                blocked_by=frozenset(entry.get("blocked_by", ())),
                intransitive=bool(entry.get("intransitive", False)),
                no_object=bool(entry.get("no_object", False)),
                no_opinion_clause=bool(entry.get("no_opinion_clause", False)),
                no_bare_use=bool(entry.get("no_bare_use", False)),
                target_of_act=bool(entry.get("target_of_act", False)),
                addressee=bool(entry.get("addressee", False)),
                uncoded_clause=bool(entry.get("uncoded_clause", False)),
                crowd_subject=bool(entry.get("crowd_subject", False)),
                subjects=frozenset(expand(entry.get("subjects", ()), "noun")),
                no_thing_subject=bool(entry.get("no_thing_subject", False)),
                international_body=bool(entry.get("international_body", False)),
                not_by=frozenset(entry.get("not_by", ())),
                not_against=frozenset(entry.get("not_against", ())),
                armed_or_aimed=bool(entry.get("armed_or_aimed", False)),
                placed_only=bool(entry.get("placed_only", False)),
                countable_only=bool(entry.get("countable_only", False)),
                negated_only=bool(entry.get("negated_only", False)),
                modals=frozenset(entry.get("modals", ())),
                support=frozenset(expand(entry.get("support", ()))),
            )
        )
    return out


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    data = resources.read_toml("lexicon.toml")
    lexicon = Lexicon(
        support_verbs=expand(data.get("support_verbs", ())),
        authorising_verbs=expand(data.get("authorising_verbs", ())),
        taking_part=tuple(_verb_and_object(words) for words in data.get("taking_part", ())),
        aiming_verbs=expand(data.get("aiming_verbs", ())),
        response_words=expand(data.get("response_words", ())) | expand(data.get("response_words", ()), "noun"),
        light_nouns=expand(data.get("light_nouns", ()), "noun"),
        light_verbs=frozenset(data.get("light_verbs", ())),
        linking_verbs=frozenset(data.get("linking_verbs", ())),
        phase_nouns=expand(data.get("phase_nouns", ()), "noun"),
        crowd_nouns=expand(data.get("crowd_nouns", ()), "noun"),
        measure_nouns=expand(data.get("measure_nouns", ()), "noun"),
        giving_verbs=frozenset(data.get("giving_verbs", ())),
        denied_report_nouns=expand(data.get("denied_report_nouns", ()), "noun"),
        anonymity_verbs=frozenset(data.get("anonymity_verbs", ())),
        anonymity_words=frozenset(data.get("anonymity_words", ())),
        threat_when_negated=tuple(data.get("threat_when_negated", ())),
        host_meeting_codes=tuple(data.get("host_meeting_codes", ())),
        act_references={noun: tuple(roots) for noun, roots in data.get("act_references", {}).items()},
        appeal_codes=tuple(data.get("appeal_codes", ())),
        rejecting_verbs=frozenset(data.get("rejecting_verbs", ())),
        proposal_nouns=frozenset(data.get("proposal_nouns", ())),
        apology_codes=tuple(data.get("apology_codes", ())),
        penalty_codes=tuple(data.get("penalty_codes", ())),
        channel_prepositions=frozenset(data.get("channel_prepositions", ())),
        armed_sectors=frozenset(data.get("armed_sectors", ())),
        false_noun_forms=frozenset(data.get("false_noun_forms", ())),
        beneficiary_codes=tuple(data.get("beneficiary_codes", ())),
        beneficiary_verbs=frozenset(data.get("beneficiary_verbs", ())),
        count_determiners=frozenset(data.get("count_determiners", ())),
        message_verbs=frozenset(data.get("message_verbs", ())),
        warning_verbs=frozenset(data.get("warning_verbs", ())),
        drawing_verbs=expand(data.get("drawing_verbs", ())),
        implied_agents=_implied_agents(data.get("implied_agents")),
        agent_modifier_codes=tuple(data.get("agent_modifiers", {}).get("codes", ())),
        agent_modifier_sectors=frozenset(data.get("agent_modifiers", {}).get("sectors", ())),
        peacemaking=_peacemaking(data.get("peacemaking")),
        evaluation=evaluation_words(),
        economic_words=expand(data.get("economic_words", ()), "noun"),
        military_words=expand(data.get("military_words", ()), "noun"),
    )
    for kind in ("verb", "noun", "adjective"):
        for entry in data.get(kind, []):
            for pattern in _patterns(kind, entry):
                lexicon.add(pattern)
    return lexicon


def _implied_agents(table: dict | None) -> ImpliedAgents | None:
    if not table:
        return None
    codes, verbs, sectors = (table.get(key, ()) for key in ("codes", "telling_verbs", "source_sectors"))
    return ImpliedAgents(tuple(codes), frozenset(verbs), frozenset(sectors))


def _peacemaking(table: dict | None) -> Peacemaking | None:
    if not table:
        return None
    return Peacemaking(
        tuple(table.get("codes", ())),
        expand(table.get("appeal_objects", ()), "noun"),
        expand(table.get("ending_objects", ()), "noun"),
        expand(table.get("fight_nouns", ()), "noun"),
        tuple(table.get("fight_roots", ())),
    )
