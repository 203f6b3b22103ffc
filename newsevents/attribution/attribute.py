"""According to whom: statements (speaker, cue verb, quotation, outlet chain) and their events.

Analysts read attribution in two ways, and so does this stage: an event inside
a quotation belongs to whoever the quotation is attributed to ("...",
Zelensky told a news briefing); an event in the complement of a verb of
saying belongs to that verb's subject ("Putin said that Russia had
started ..."). "According to X" marks its clause the same way. The outlet
chain is every news outlet on the way, in the order the text names them
("told Sputnik", "according to Interfax, citing ..."), ending with the
article's own "Source: Agencies" line. First-person actors inside a quotation
("we", "I") are the speaker; so are those of the paragraphs a press release
prints after "The Foreign Secretary said:" without quotation marks. Each
statement with a coded speaker is itself a verbal event (CAMEO 010, "make
statement") unless the lexicon already coded its cue more specifically
(accuse, deny, threaten ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..actors import ActorResolver
from ..actors.resolve import FIRST_PERSON, is_the_speaker_s, sectored
from ..events import CodedEvent, build_event
from ..events.codebook import code_info
from ..events.evaluation import (
    Evaluation,
    EvaluationWords,
    attributive_evaluations,
    hyphenated_word,
    predicated_evaluations,
)
from ..events.modality import condition_clauses, has_negator, modality_of
from ..language import ParsedDoc, Token, paragraphs
from ..language.morphology import expand
from ..records import Actor, Attribution, Event

COMPLEMENT_EDGES = {"ccomp", "parataxis", "obj", "xcomp"}
CLOSING_PUNCTUATION = (".", "!", "?", '"', "\u201d", "\u2019", ")", "]")
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "release", "declaration", "letter", "message"}


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    hedging: frozenset[str]
    statements: frozenset[str]
    source_prefixes: tuple[str, ...]
    allegations: tuple[str, ...] = ()  # reported acts that make the statement an accusation
    demand_modals: dict[str, str] = field(default_factory=dict)  # "X said Y must ...": a demand (100) of Y
    anonymous: frozenset[str] = frozenset()  # "a source said": the outlet passes on an unnamed word
    demand_verbs: dict[str, str] = field(default_factory=dict)  # "X said Y needs to ...": a demand of Y
    admissions: frozenset[str] = frozenset()  # "X acknowledged its forces shot down": X owns up (015)
    quote_verbs: frozenset[str] = frozenset()  # '"...", Graham continued.': cues of a quotation only
    hearer_verbs: frozenset[str] = frozenset()  # "told reporters": the object is the hearer
    outlet_nouns: frozenset[str] = frozenset()  # "Tehran radio said": an outlet the files need not name


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = resources.read_toml("attribution.toml")
    return Cues(
        expand(data["speech_verbs"]),
        expand(data["hedging_cues"]),
        expand(data["statement_verbs"]),
        tuple(data["source_line_prefixes"]),
        tuple(data.get("allegation_codes", ())),
        dict(data.get("demand_modals", {})),
        expand(data.get("anonymous_speakers", ()), "noun"),
        dict(data.get("demand_verbs", {})),
        expand(data.get("admission_verbs", ())),
        expand(data.get("quote_verbs", ())),
        expand(data.get("hearer_verbs", ())),
        expand(data.get("outlet_nouns", ()), "noun"),
    )


def speech_cue_forms() -> frozenset[str]:
    """Lower-case word forms of the verbs of saying ("said", "told", "tweeted")."""
    return frozenset(form.lower() for form in cues().speech)


@dataclass(slots=True)
class Statement:
    """A speech act: who said it, with which verb, through which outlets, quoting what."""

    cue: int | None  # token of the cue verb (None for an unattributed quotation)
    speaker: Actor | None
    outlets: list[str] = field(default_factory=list)
    quote: str | None = None
    hedged: bool = False
    quote_span: list[int] | None = None

    def attribution(self, doc: ParsedDoc, article_outlet: str | None) -> Attribution:
        chain = self.outlets + ([article_outlet] if article_outlet and article_outlet not in self.outlets else [])
        cue = doc.tokens[self.cue].text if self.cue is not None else None
        return Attribution(self.speaker, cue, chain[0] if chain else None, self.quote, chain, self.quote_span)


def article_outlet(text: str) -> str | None:
    """The outlet named by a closing "Source: Agencies (edited by ...)" line."""
    for line in reversed([ln.strip() for ln in text.strip().splitlines()[-3:]]):
        for prefix in cues().source_prefixes:
            if line.startswith(prefix):
                name = re.split(r"[(\\[]", line[len(prefix) :], maxsplit=1)[0].strip(" .-")
                return name or None
    return None


class Attributor:
    def __init__(self, doc: ParsedDoc, actors: ActorResolver, default_outlet: str | None) -> None:
        self.doc, self.actors, self.default_outlet = doc, actors, default_outlet
        self.cues = cues()
        self.statements: dict[int, Statement] = {}  # by cue token
        self.quotes: list[tuple[int, int, Statement]] = []
        self.reported: dict[int, list[CodedEvent]] = {}  # cue -> the events its statement reports
        for start, end in doc.quotes():
            found = self._quote_statement(start, end)
            if found.speaker is None:
                found = self._continued_quote(start, end) or found
            self.quotes.append((start, end, found))
        self.blocks = self._statement_blocks()

    # -- statements ----------------------------------------------------------
    def is_speech(self, tok: Token) -> bool:
        return tok.pos in ("VERB", "AUX") and (tok.lemma in self.cues.speech or tok.text.lower() in self.cues.speech)

    def statement(self, cue: int) -> Statement:
        tok = self.doc.tokens[cue]
        governor = self.doc.tokens[tok.head]
        if tok.dep == "advcl" and governor.lemma == "quote":  # "quoted X as saying": one statement
            return self.statement(governor.i)
        if cue not in self.statements:
            tok = self.doc.tokens[cue]
            hedged = tok.lemma in self.cues.hedging or tok.text.lower() in self.cues.hedging
            hedged = hedged or self._said_by_an_outlet(cue) or self._said_by_an_unnamed_source(cue)
            self.statements[cue] = Statement(cue, self._speaker(cue), self._outlets(cue), None, hedged)
        return self.statements[cue]

    def all_statements(self) -> list[Statement]:
        """Every statement of the parsed sentences, in text order (quotations included)."""
        for tok in self.doc.tokens:
            if not self.doc.sentences[tok.sent].parsed:
                continue
            if self.is_speech(tok):
                self.statement(tok.i)
            elif tok.text.lower() == "according" and tok.i not in self.statements:
                self.statements[tok.i] = self._source_statement(tok.head)
        return [self.statements[i] for i in sorted(self.statements)]

    def _quote_statement(self, start: int, end: int) -> Statement:
        """The cue outside the quotation, in the sentence where it ends, else where it starts:
        a verb of saying, else one that only cues a quotation ("He continued by noting that
        "..."" is noting). A verb of saying inside another quotation ("We will respond," he
        said. "...") is what that one says, not the cue of this one."""
        text = self.doc.text[start:end]
        for char in (end - 1, start):
            sent = self.doc.sentence_at(char)
            if sent is None or not sent.parsed:
                continue
            outside = [t for t in self.doc.tokens[sent.start : sent.end] if self.doc.quotation_at(t.idx) is None]
            for tok in [t for t in outside if self.is_speech(t)] + [t for t in outside if self._only_cues_quotes(t)]:
                found = self.statement(tok.i)
                if found.speaker is not None:
                    return Statement(tok.i, found.speaker, found.outlets, text, found.hedged, [start, end])
        found = self._bare_attribution_after(end)
        if found is not None:
            return Statement(found.cue, found.speaker, found.outlets, text, found.hedged, [start, end])
        return Statement(None, None, [], text, False, [start, end])

    def _bare_attribution_after(self, end: int) -> Statement | None:
        """The statement of the verb of saying of a sentence that follows a quotation closed with its own full
        stop or ellipsis and says nothing else ("'... provocative actions of Turkey ...'
        Cyprus' representative said in a letter to the Secretary-General."): that sentence
        is the quotation's attribution, split from it by the stop. Same paragraph only."""
        text, start = self.doc.text, end
        while start < len(text) and text[start] in " \t":
            start += 1
        sent = self.doc.sentence_at(start)
        if sent is None or not sent.parsed or sent.start_char != start:
            return None
        roots = [t for t in self.doc.tokens[sent.start : sent.end] if t.dep == "root"]
        if len(roots) != 1 or roots[0].lemma not in self.cues.statements:
            return None
        root = roots[0]
        said = self.doc.children(root.i, "ccomp", "xcomp", "parataxis", "csubj")
        if root.lemma not in self.cues.hearer_verbs:
            said += self.doc.children(root.i, "obj")  # "Paris denied it", "wrote a letter"
        if said:
            return None  # "Trump also said that he would prefer ...": a statement of its own
        found = self.statement(root.i)
        return found if found.speaker is not None else None

    def _only_cues_quotes(self, tok: Token) -> bool:
        """A verb that cues only a quotation beside it ("Graham continued", "she quipped"), and
        then takes no object or clause but the quotation ("Russia continued its offensive",
        "continued to shell" are acts)."""
        if tok.pos != "VERB" or tok.lemma not in self.cues.quote_verbs:
            return False
        complements = self.doc.children(tok.i, "obj", "xcomp", "ccomp", "obl")
        return all(self.doc.quotation_at(c.idx) is not None for c in complements)

    def _continued_quote(self, start: int, end: int) -> Statement | None:
        """A quotation that names no speaker continues the speaker of the quotation right
        before it, as news runs a long quote on: where this one opens a paragraph and that
        one closed the paragraph before ("Graham spoke on Fox News, "...". / "ISIS is not
        defeated [...] I applaud"), or where only that quotation's own closing sentence of
        attribution stands between them (""...was very low", Graham continued. "This
        impulsive decision ...")."""
        if not self.quotes:
            return None
        _, before_end, before = self.quotes[-1]
        if before.speaker is None or before.cue is None:
            return None
        if not (self._opens_paragraph_after(before_end, start) or self._follows_its_cue(before, before_end, start)):
            return None
        quoted = self.doc.text[start:end]
        return Statement(before.cue, before.speaker, before.outlets, quoted, before.hedged, [start, end])

    def _opens_paragraph_after(self, before_end: int, start: int) -> bool:
        """Whether a quotation opens the paragraph right after one that ended a quotation."""
        text = self.doc.text
        between = text[before_end:start]
        opens_paragraph = text[:start].rstrip(" \t").endswith("\n")
        return opens_paragraph and "\n" in between and between.strip(" \t\n.,") == ""

    def _follows_its_cue(self, before: Statement, before_end: int, start: int) -> bool:
        """Whether only the earlier quotation's trailing attribution (", Graham continued.")
        stands between the two quotations, in one paragraph and one sentence."""
        between = self.doc.text[before_end:start]
        cue_at = self.doc.tokens[before.cue].idx
        if "\n" in between or not before_end <= cue_at < start or not between.rstrip().endswith("."):
            return False
        sentence = self.doc.sentence_at(cue_at)
        return sentence is not None and self.doc.sentence_at(before_end - 1) is sentence

    def _statement_blocks(self) -> list[tuple[int, int, Statement]]:
        """Paragraphs printed after a line that ends in a verb of saying and a colon ("The
        Foreign Secretary Philip Hammond said:"): press releases and official statements
        give a long quotation so, without quotation marks, and its "I" and "we" are the
        speaker. The block runs to the next such line, a heading (a paragraph with no
        closing punctuation) or the end of the text."""
        blocks: list[tuple[int, int, Statement]] = []
        current: Statement | None = None
        for start, text in paragraphs(self.doc.text):
            line = text.rstrip()
            introduced = self._introduction(start + len(line) - 1) if line.endswith(":") else None
            if introduced is not None or not line.endswith(CLOSING_PUNCTUATION):
                current = introduced
                continue
            if current is not None:
                end = start + len(line)
                said = Statement(current.cue, current.speaker, current.outlets, line, current.hedged, [start, end])
                blocks.append((start, end, said))
        return blocks

    def _introduction(self, colon: int) -> Statement | None:
        """The statement of the verb of saying whose sentence ends at ``colon``, when its
        speaker is known."""
        sent = self.doc.sentence_at(colon)
        if sent is None or not sent.parsed:
            return None
        for i in range(sent.end - 1, sent.start - 1, -1):
            if self.is_speech(self.doc.tokens[i]):
                found = self.statement(i)
                return found if found.speaker is not None else None
        return None

    def _said_by_an_outlet(self, verb: int) -> bool:
        """ "IRNA said Iran had seized the boats": what a news outlet says in its own voice
        is reported, as when it "reported" it; a party's own statement is asserted. An outlet
        the files do not name counts by its head noun ("Tehran radio said", "local radio
        stations said", "the newspaper said": ``outlet_nouns``), not a journalist's words."""
        subjects = self.doc.children(verb, "nsubj")
        if not subjects:
            return False
        if subjects[0].lemma in self.cues.outlet_nouns or subjects[0].text.lower() in self.cues.outlet_nouns:
            return True
        return any(self.actors.outlet_at(i) for i in self.doc.subtree(subjects[0].i))

    def _said_by_an_unnamed_source(self, verb: int) -> bool:
        """ "..., a source at the church radio said", "witnesses said": an unnamed speaker's
        word is reported, not asserted (``anonymous_speakers`` in attribution.toml)."""
        words = self.cues.anonymous
        subjects = self.doc.children(verb, "nsubj")
        if not subjects:  # ", a source at the church radio said" with the phrase hung elsewhere
            tokens, start = self.doc.tokens, self.doc.sentences[self.doc.tokens[verb].sent].start
            before = verb - 1
            while before > start and tokens[before].text != ",":
                before -= 1
            subjects = [t for t in tokens[before + 1 : verb] if t.pos == "NOUN"][:1]
        return any(s.lemma in words or s.text.lower() in words for s in subjects)

    def _speaker(self, verb: int) -> Actor | None:
        if self.doc.tokens[verb].lemma == "quote":  # "Al Jazeera quoted the minister as saying"
            for obj in self.doc.children(verb, "obj"):
                actor = self.actors.resolve(obj.i)
                if actor is not None:
                    return actor
        speakers = self.actors.subjects(verb)
        if speakers:
            return speakers[0]
        for subj in self.doc.children(verb, "nsubj"):
            if subj.lemma in STATEMENT_NOUNS:  # "the statement added": whoever issued it
                return self._previous_speaker(verb)
        return self._adjacent_speaker(verb)

    def _previous_speaker(self, before: int) -> Actor | None:
        """The speaker of the nearest earlier statement (in a parsed sentence)."""
        for tok in reversed(self.doc.tokens[:before]):
            if self.doc.sentences[tok.sent].parsed and self.is_speech(tok):
                speaker = self.statement(tok.i).speaker
                if speaker is not None:
                    return speaker
        return None

    def _adjacent_speaker(self, verb: int) -> Actor | None:
        """Quotation inversion when the parse missed the subject: the noun phrase right
        before the cue (', the minister told') or right after it (', said the minister')."""
        tokens = self.doc.tokens
        sent = self.doc.sentences[tokens[verb].sent]
        before = verb - 1
        if before >= sent.start and tokens[before].pos in ("NOUN", "PROPN"):
            return self.actors.resolve(before)
        after = verb + 1
        while after < sent.end and tokens[after].pos in ("DET", "ADJ", "PROPN", "NOUN"):
            after += 1
        if after - 1 > verb and tokens[after - 1].pos in ("NOUN", "PROPN"):
            return self.actors.resolve(after - 1)
        return None

    def _outlets(self, verb: int) -> list[str]:
        """Outlets named around the cue, in text order ("told Sputnik", "citing Interfax")."""
        found: list[tuple[int, str]] = []
        for child in self.doc.subtree(verb, stop=frozenset({"ccomp", "parataxis", "acl:relcl"})):
            outlet = self.actors.outlet_at(child)
            if outlet and all(outlet != name for _, name in found):
                found.append((child, outlet))
        return [name for _, name in sorted(found)]

    # -- events --------------------------------------------------------------
    def attribute(self, coded: CodedEvent) -> None:
        event = coded.event
        quoted = self._quoted(coded.trigger)
        statement = quoted or self._governing_statement(coded.anchor)
        if statement is None:  # a paragraph after "X said:"
            quoted = statement = _statement_holding(self.blocks, self.doc.tokens[coded.trigger].idx)
        if statement is None:
            chain = [self.default_outlet] if self.default_outlet else []
            event.attribution = Attribution(None, None, self.default_outlet, None, chain)
            return
        event.attribution = statement.attribution(self.doc, self.default_outlet)
        if statement.cue is not None:
            self.reported.setdefault(statement.cue, []).append(coded)
        if statement.hedged and event.modality == "asserted":
            event.modality = "reported"
        speaker = statement.speaker
        if speaker is not None and quoted is not None:
            for role in ("source", "target"):
                actor = getattr(event, role)
                if actor is not None:
                    setattr(event, role, _as_the_speaker_s(actor, speaker) or actor)

    def _quoted(self, i: int) -> Statement | None:
        """The attributed quotation that holds token ``i``, if any."""
        return _statement_holding(self.quotes, self.doc.tokens[i].idx)

    def _governing_statement(self, anchor: int) -> Statement | None:
        """The nearest verb of saying (or "according to") whose scope holds the event's clause."""
        child = self.doc.tokens[anchor]
        before = child
        for node in [child, *self.doc.ancestors(anchor)]:
            according = self._according_to(node.i)
            if according is not None:
                return according
            if node is not child and self.is_speech(node):
                if child.dep in COMPLEMENT_EDGES or self._that_clause_on_time_phrase(child, before):
                    return self.statement(node.i)
            before, child = child, node
        return self._trailing_statement(child, anchor)

    def _trailing_statement(self, root: Token, anchor: int) -> Statement | None:
        """ "Soldiers killed one man, a source said" with the verb of saying hung on the
        reported clause (parataxis, or a conjunct with a subject of its own and no "and"): it
        reports that whole clause, as its head would."""
        for cue in self.doc.children(root.i, "parataxis", "conj"):
            if cue.i < anchor or not self.is_speech(cue) or self.doc.children(cue.i, "ccomp", "obj"):
                continue
            if cue.dep == "parataxis" or (self.doc.children(cue.i, "nsubj") and not self.doc.children(cue.i, "cc")):
                return self.statement(cue.i)
        return None

    def _that_clause_on_time_phrase(self, phrase: Token, clause: Token) -> bool:
        """ "Putin said earlier in the day that Russia had started": a weak parse reads the
        that-clause of the verb of saying as a relative clause on the time phrase before it."""
        if phrase.dep not in ("obl", "obl:tmod", "obl:npmod") or clause.dep != "acl:relcl" or clause.head != phrase.i:
            return False
        return any(c.lemma == "that" and c.i == phrase.i + 1 and c.i < clause.i for c in self.doc.children(clause.i))

    def _according_to(self, i: int) -> Statement | None:
        for obl in self.doc.children(i, "obl", "advcl", "nmod"):
            if any(k.text.lower() == "according" for k in self.doc.children(obl.i)):
                return self._source_statement(obl.i)
        return None

    def _source_statement(self, phrase: int) -> Statement:
        """The source of "according to X": an outlet, or a speaker (with its own outlets)."""
        outlet = self.actors.outlet_at(phrase)
        if outlet:
            return Statement(None, None, [outlet], None, hedged=True)
        return Statement(None, self.actors.resolve(phrase), self._outlets(phrase), None, hedged=True)

    def statement_events(self, article_id: str, coded: list[CodedEvent]) -> list[CodedEvent]:
        """Statements as verbal events when the speaker is coded and the lexicon did not
        already code the cue as something more specific: an accusation (112) or a demand
        (100) of another side, else, for a statement that reports a coded event, a plain
        statement (010). A demand is found at every verb of saying, reported event or not."""
        taken = {c.trigger for c in coded}
        reporting = set(self.statements)  # the cues of the coded events and quotations
        self.all_statements()
        events = []
        for cue, statement in sorted(self.statements.items()):
            tok = self.doc.tokens[cue]
            speaker = statement.speaker
            if cue in taken or speaker is None or speaker.code is None:
                continue
            admitted = self._admitted(cue, speaker)
            if (
                admitted is None
                and tok.lemma not in self.cues.statements
                and tok.text.lower() not in self.cues.statements
            ):
                continue
            accused = None if admitted else self._accused(cue, speaker)
            addressed = None if admitted or accused else self._demanded_of(cue, speaker)
            if admitted:
                code, target, rule = "015", admitted.target, "attribution:admission"
            elif accused:
                code, target, rule = "112", accused, "attribution:allegation"
            elif addressed:
                code, target, rule = addressed[0], addressed[1], "attribution:demand"
            elif cue in reporting:
                code, target, rule = "010", self._addressee(cue), "attribution:statement"
            else:
                continue
            item = build_event(self.doc, article_id, code, cue, cue, speaker, target, tok.text, rule)
            item.event.attribution = statement.attribution(self.doc, self.default_outlet)
            events.append(item)
        return events

    def evaluation_events(
        self,
        article_id: str,
        coded: list[CodedEvent],
        words: EvaluationWords,
        acts_on_possessor: frozenset[str] = frozenset(),
        hostile_acts: frozenset[str] = frozenset(),
    ) -> list[CodedEvent]:
        """Evaluations a statement makes of someone: \"'Y was a true hero,' Z said\" is Z praising
        Y (051), \"Z said the sanctions were cruel\" Z criticising whoever owns them (111), and
        so is \"Z said this reckless decision by Y ...\"; see ``events/evaluation.py``. The one
        evaluated must be named, and not the speaker; the possessor of an act done to it
        (``acts_on_possessor``: "Khashoggi's murder is unacceptable") is not the one evaluated. A
        predicate of fault accuses only of a hostile act (``hostile_acts``, or a coded one)."""
        taken = {c.trigger for c in coded}
        acts = {c.trigger: c.event for c in coded}
        events = []
        for sent in self.doc.sentences:
            if not sent.parsed:
                continue
            predicated = predicated_evaluations(self.doc, sent.index, words)
            said_of = {f.predicate for f in predicated}
            attributive = [
                f for f in attributive_evaluations(self.doc, sent.index, words) if f.evaluated not in said_of
            ]
            for found in predicated + attributive:
                statement = self._quoted(found.predicate) or self._governing_statement(found.predicate)
                if found.predicate in taken or statement is None or statement.speaker is None:
                    continue
                if found.polarity == "fault" and not self._hostile_act_under(found.predicate, acts, hostile_acts):
                    continue  # "responsible for education" describes; "responsible for the shelling" accuses
                target = self._evaluated_target(found, acts, acts_on_possessor)
                for speaker in self._speakers(statement):
                    if speaker.code is None or target is None or _same_person(speaker, target):
                        continue
                    item = build_event(
                        self.doc,
                        article_id,
                        words.codes[found.polarity],
                        found.predicate,
                        found.predicate,
                        speaker,
                        target,
                        self._evaluation_trigger(found, attributive),
                        "attribution:evaluation",
                    )
                    if found.negation_read:  # "was not acceptable" criticises: no denial
                        item.event.negated, item.event.modality = False, modality_of(self.doc, found.predicate)
                    item.event.attribution = statement.attribution(self.doc, self.default_outlet)
                    events.append(item)
        return events

    def _hostile_act_under(self, predicate: int, acts: dict[int, Event], hostile: frozenset[str]) -> bool:
        """Whether a predicate of fault names, under "for" or "of", a hostile act: one the
        article codes as conflict, or a word that names one ("to blame for the attack",
        "guilty of shelling")."""
        phrases = self.doc.phrases(predicate, "for") + self.doc.phrases(predicate, "of")
        clauses = [c for c in self.doc.children(predicate, "advcl") if self.doc.children(c.i, "mark")]
        for head in phrases + clauses:  # "guilty of shelling": a gerund under "of"
            act = acts.get(head.i)
            if head.lemma in hostile or (act is not None and code_info(act.cameo).quad_class in (3, 4)):
                return True
        return False

    def _evaluated_target(
        self, found: Evaluation, acts: dict[int, Event], acts_on_possessor: frozenset[str]
    ) -> Actor | None:
        """Whom an evaluation is of: the doer of the act named by "by" ("a disappointing move
        by the RIAA"), the doer of the act a pronoun stands for ("It is a stunt"), the phrase
        evaluated or its owner, or the doer of the coded act it evaluates ("these wanton attacks")."""
        for holder in (found.predicate, found.evaluated):
            doer = self._doer_named_in(holder) if holder is not None else None
            if doer is not None:
                return doer
        if found.evaluated is None:
            return None
        referred = self._act_a_pronoun_refers_to(found, acts)  # before the pronoun's actor: "it" is the act
        if referred is not None and referred.source is not None and referred.source.code:
            return referred.source
        if self.doc.tokens[found.evaluated].lemma in acts_on_possessor:
            target = None  # "the journalist's murder": whoever is named there suffered it
        else:
            target = self._evaluated(found.evaluated)
        if target is not None:
            return target
        act = acts.get(found.evaluated) or self._act_referred_to(found.evaluated, acts)
        return act.source if act is not None and act.source is not None and act.source.code else None

    def _act_referred_to(self, noun: int, acts: dict[int, Event]) -> Event | None:
        """ "These wanton attacks": a demonstrative act noun refers to the latest coded act
        before it with the same word ("planes from Afghanistan attacked Pakistani villages")."""
        tokens = self.doc.tokens
        if not any(d.text.lower() in ("this", "these", "that", "those") for d in self.doc.children(noun, "det")):
            return None
        return _latest_act_before(noun, acts, lambda i, _: tokens[i].lemma == tokens[noun].lemma)

    def _act_a_pronoun_refers_to(self, found: Evaluation, acts: dict[int, Event]) -> Event | None:
        """ "Iran issued warrants for Trump. 'It is a propaganda stunt,' Hook said": a pronoun
        evaluated by a copula with no clause of its own (not "it is outrageous that ...", whose
        "it" stands for the clause) refers to the latest act coded before it, in its sentence
        or the one before (statements aside)."""
        tokens = self.doc.tokens
        pronoun = tokens[found.evaluated]
        if pronoun.text.lower() not in ("it", "this", "that") or pronoun.pos != "PRON":
            return None
        clauses = self.doc.children(found.predicate, "ccomp", "csubj", "xcomp", "advcl", "acl")
        if any(c.dep != "acl:relcl" for c in clauses):  # "a stunt [that no one believes]" is its own
            return None
        sentence = pronoun.sent

        def told_nearby(i: int, act: Event) -> bool:  # a statement ("Hook said") tells the act, it is not one
            return tokens[i].sent in (sentence, sentence - 1) and not act.cameo.startswith("01")

        return _latest_act_before(pronoun.i, acts, told_nearby)

    def _evaluation_trigger(self, found: Evaluation, attributive: list[Evaluation]) -> str:
        word = hyphenated_word(self.doc, found.predicate) or self.doc.tokens[found.predicate].text
        return f"{word} {self.doc.tokens[found.evaluated].text}" if found in attributive else word

    def _speakers(self, statement: Statement) -> list[Actor]:
        """The statement's speaker (the caller has made sure there is one), or each of its
        coordinated subjects ("Cyprus, Egypt and Greece concluded that the deal is void": one
        evaluation apiece, as for any act)."""
        if statement.cue is None:
            return [statement.speaker]
        subjects = [a for a in self.actors.subjects(statement.cue) if a.code]
        if len(subjects) > 1 and any(a.code == statement.speaker.code for a in subjects):
            return subjects
        return [statement.speaker]

    def _evaluated(self, i: int | None) -> Actor | None:
        """The named actor a phrase evaluates: itself or its owner ("Trump's order", "the
        conduct of the police"); "this" after a clause is that clause's act, so its subject's
        ("X is trying to use the Queen; this is dangerous")."""
        if i is None or self.doc.tokens[i].text.lower() in FIRST_PERSON:
            return None
        if self.doc.tokens[i].text.lower() == "this":
            return self._previous_clause_subject(i)
        owners = [c.i for c in self.doc.children(i, "nmod:poss")] + [c.i for c in self.doc.phrases(i, "of", "nmod")]
        for head in (i, *owners):
            actor = self.actors.resolve(head)
            if actor is not None and actor.code:
                return actor
        return None

    def _previous_clause_subject(self, pronoun: int) -> Actor | None:
        """The actor subject of the nearest clause before ``pronoun`` in its sentence."""
        start = self.doc.sentences[self.doc.tokens[pronoun].sent].start
        for verb in range(pronoun - 1, start - 1, -1):
            subjects = [s for s in self.doc.children(verb, "nsubj") if s.i < pronoun]
            actors = [a for s in subjects if (a := self.actors.resolve(s.i)) is not None and a.code]
            if actors:
                return actors[0]
        return None

    def _doer_named_in(self, predicate: int) -> Actor | None:
        """ "a disappointing move by the RIAA": the evaluated act's doer, named by "by"."""
        for agent in self.doc.phrases(predicate, "by", "nmod"):
            actor = self.actors.resolve(agent.i)
            if actor is not None and actor.code:
                return actor
        return None

    def _accused(self, cue: int, speaker: Actor) -> Actor | None:
        """The other side a statement says broke a law, a norm or a ceasefire, if any."""
        for item in self.reported.get(cue, []):
            e = item.event
            if not e.cameo.startswith(self.cues.allegations) or e.negated or e.source is None:
                continue
            if e.source.code and _other_side(e.source, speaker):
                return e.source
        return None

    def _admitted(self, cue: int, speaker: Actor) -> Event | None:
        """The act of the speaker's own side that a verb of admission reports, if any ("Iran
        acknowledged its government had shot down a Ukrainian jet")."""
        if self.doc.tokens[cue].lemma not in self.cues.admissions:
            return None
        for item in self.reported.get(cue, []):
            e = item.event
            if e.negated or e.source is None or e.cameo.startswith("01") or e.modality != "asserted":
                continue
            if e.source.country and e.source.country == speaker.country:
                return e
        return None

    def _demanded_of(self, cue: int, speaker: Actor) -> tuple[str, Actor] | None:
        """The code and the other side of a statement that says it must or should act
        ("Sudan must return": 100, "the president should accept": 020)."""
        for clause in self.doc.children(cue, "ccomp"):
            if condition_clauses(self.doc, clause.i) or (
                clause.lemma in self.cues.demand_verbs and has_negator(self.doc, clause.i)
            ):  # "if there is an order, Facebook has to" (a consequence), "women don't have to justify": no demand
                continue  # ("business must not puncture the restraint" still demands)
            codes = [
                self.cues.demand_modals[a.lemma]
                for a in self.doc.children(clause.i, "aux")
                if a.lemma in self.cues.demand_modals
            ]
            if clause.lemma in self.cues.demand_verbs and any(
                self.doc.is_infinitive(x.i) for x in self.doc.children(clause.i, "xcomp")
            ):  # "NATO needs to stand by us"
                codes.append(self.cues.demand_verbs[clause.lemma])
            for actor in self.actors.subjects(clause.i) if codes else []:
                if actor.code and _other_side(actor, speaker):
                    return codes[0], actor
        return None

    def _addressee(self, cue: int) -> Actor | None:
        """Whom a statement is made to: "told Iran", "said to the Kremlin"; never where or through
        what it is made ("said in Washington", "wrote on Twitter")."""
        said_to = [
            c for c in self.doc.children(cue, "obl") if any(k.lemma == "to" for k in self.doc.children(c.i, "case"))
        ]
        for child in self.doc.children(cue, "iobj") + said_to:
            if self.actors.outlet_at(child.i) is None:
                actor = self.actors.resolve(child.i)
                if actor is not None and actor.code:
                    return actor
        return None


def _statement_holding(spans: list[tuple[int, int, Statement]], char: int) -> Statement | None:
    """The attributed statement of the span (a quotation, or a paragraph after "X said:")
    that holds character ``char``, if any."""
    return next((st for start, end, st in spans if start <= char < end and st.speaker), None)


def _as_the_speaker_s(actor: Actor, speaker: Actor) -> Actor | None:
    """A first-person actor in a quotation is its speaker ("we"), or a sector of the speaker's
    country ("our troops", which the actors stage gave the article's main country at most);
    None for any other."""
    if not is_the_speaker_s(actor):
        return None
    if actor.sector is None:  # "we", which the actors stage leaves uncoded
        return None if actor.code else Actor(actor.text, speaker.code, speaker.country, speaker.sector, speaker.name)
    return sectored(actor.text, speaker.country, actor.sector, None) if speaker.country else None


def _same_person(a: Actor, b: Actor) -> bool:
    return (a.name or a.text).lower() == (b.name or b.text).lower()


def _other_side(a: Actor, b: Actor) -> bool:
    """Another country, or another side of one (rebels and their government: UKRREB and
    UKRGOV); a country and its own government are one side."""
    if a.country != b.country:
        return True
    return bool(a.sector and b.sector and a.sector != b.sector)


def _latest_act_before(word: int, acts: dict[int, Event], accept: Callable[[int, Event], bool]) -> Event | None:
    """The act coded last before ``word`` (by trigger position) that ``accept`` takes."""
    earlier = [i for i, act in acts.items() if i < word and accept(i, act)]
    return acts[max(earlier)] if earlier else None
