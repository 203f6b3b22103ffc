"""Attribute every event to its speaker, cue verb, quote and outlet.

Two routes, as analysts read them: an event inside a quotation belongs to
whoever the quotation is attributed to ("..., Zelensky told a news briefing");
an event in the complement of a verb of saying belongs to that verb's
subject ("Putin said that Russia had started ..."). The outlet comes from
the cue ("told Sputnik", "according to Interfax") or from a closing
"Source: ..." line of the article. First-person actors inside a quote ("we",
"I") are the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..actors import ActorResolver
from ..events import CodedEvent
from ..language import ParsedDoc
from ..language.morphology import expand
from ..records import Actor, Attribution

OPEN_QUOTES = "\u201c\u00ab\u201e"
CLOSE_QUOTES = "\u201d\u00bb\u201c"
FIRST_PERSON = {"we", "i", "us", "me", "our", "my"}
COMPLEMENT_EDGES = {"ccomp", "parataxis", "obj", "xcomp"}


@dataclass(frozen=True)
class Cues:
    speech: frozenset[str]
    hedging: frozenset[str]
    source_prefixes: tuple[str, ...]


@lru_cache(maxsize=1)
def cues() -> Cues:
    data = resources.read_toml("attribution.toml")
    return Cues(expand(data["speech_verbs"]), expand(data["hedging_cues"]), tuple(data["source_line_prefixes"]))


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: Actor | None = None
    cue: str | None = None
    outlet: str | None = None


def article_outlet(text: str) -> str | None:
    """The outlet named by a closing "Source: Agencies (edited by ...)" line."""
    for line in reversed([ln.strip() for ln in text.strip().splitlines()[-3:]]):
        for prefix in cues().source_prefixes:
            if line.startswith(prefix):
                name = re.split(r"[(\[]", line[len(prefix) :], maxsplit=1)[0].strip(" .-")
                return name or None
    return None


def find_quotes(text: str) -> list[Quote]:
    """Spans between typographic or straight double quotes (which may cross sentences)."""
    spans: list[Quote] = []
    for match in re.finditer(
        r"[\u201c\u00ab\u201e]([^\u201c\u201d\u00ab\u00bb]*)[\u201d\u00bb\u201c]|\"([^\"]*)\"", text
    ):
        spans.append(Quote(match.start(), match.end(), match.group(0)))
    return spans


class Attributor:
    def __init__(self, doc: ParsedDoc, actors: ActorResolver, default_outlet: str | None) -> None:
        self.doc, self.actors, self.default_outlet = doc, actors, default_outlet
        self.cues = cues()
        self.quotes = find_quotes(doc.text)
        for quote in self.quotes:
            self._attribute_quote(quote)

    # -- quotes ------------------------------------------------------------
    def _attribute_quote(self, quote: Quote) -> None:
        """Find the cue verb outside the quote in the sentences where it ends or starts."""
        for char in (quote.end - 1, quote.start):
            sent = self._sentence_at(char)
            if sent is None:
                continue
            for i in range(sent.start, sent.end):
                tok = self.doc.tokens[i]
                outside = not (quote.start <= tok.idx < quote.end)
                if outside and self._is_speech(tok) and tok.pos in ("VERB", "AUX"):
                    quote.speaker, quote.cue, quote.outlet = self._speaker(i), tok.text, self._outlet(i)
                    if quote.speaker is not None:
                        return

    def _sentence_at(self, char: int):
        for sent in self.doc.sentences:
            if sent.start_char <= char < sent.end_char:
                return sent
        return None

    def _is_speech(self, tok) -> bool:
        return tok.lemma in self.cues.speech or tok.text.lower() in self.cues.speech

    def _speaker(self, verb: int) -> Actor | None:
        speakers = self.actors.subjects(verb)
        if speakers:
            return speakers[0]
        return self._adjacent_speaker(verb)

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

    def _outlet(self, verb: int) -> str | None:
        for child in self.doc.children(verb, "obj", "iobj", "obl", "nsubj"):
            outlet = self.actors.outlet_at(child.i)
            if outlet:
                return outlet
        return None

    # -- events ------------------------------------------------------------
    def attribute(self, coded: CodedEvent) -> None:
        event = coded.event
        char = self.doc.tokens[coded.trigger].idx
        quote = next((q for q in self.quotes if q.start <= char < q.end), None)
        cue_verb = self._governing_cue(coded.anchor)
        if quote is not None and quote.speaker is not None:
            attribution = Attribution(quote.speaker, quote.cue, quote.outlet or self.default_outlet, quote.text)
        elif cue_verb is not None:
            tok = self.doc.tokens[cue_verb]
            attribution = Attribution(
                self._speaker(cue_verb), tok.text, self._outlet(cue_verb) or self.default_outlet, None
            )
            if (
                tok.lemma in self.cues.hedging or tok.text.lower() in self.cues.hedging
            ) and event.modality == "asserted":
                event.modality = "reported"
        else:
            attribution = Attribution(None, None, self.default_outlet, None)
        event.attribution = attribution
        speaker = attribution.speaker
        if speaker is not None:
            for role in ("source", "target"):
                actor = getattr(event, role)
                if actor is not None and actor.code is None and actor.text.lower() in FIRST_PERSON:
                    setattr(event, role, Actor(actor.text, speaker.code, speaker.country, speaker.sector, speaker.name))

    def _governing_cue(self, anchor: int) -> int | None:
        """The nearest verb of saying whose complement holds the event's clause."""
        child = self.doc.tokens[anchor]
        for ancestor in self.doc.ancestors(anchor):
            if self._is_speech(ancestor) and child.dep in COMPLEMENT_EDGES:
                return ancestor.i
            child = ancestor
        return None
