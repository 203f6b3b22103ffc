"""The pipeline: ingest -> language -> actors -> events -> attribution, time, place.

Each stage is a plain function or small class over typed records; this module
only wires them together and owns the loaded resources (model, knowledge base,
lexicon), so that a batch loads them once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .actors import (
    BUILTIN_PARTS,
    ActorResolver,
    KnowledgeBase,
    build,
    discards_in,
    load_actors,
    load_agents,
    load_discards,
)
from .attribution import Attributor, article_outlet, speech_cue_forms
from .events import EventExtractor, Lexicon, builtin_lexicon
from .events.intent import intent_code
from .events.mentions import without_repeated_mentions
from .events.modality import cues as modality_cues
from .events.verbdict import VerbDictionary, load_verb_dictionary
from .language import Analyser, ParsedDoc, load_pipeline, word_tokenizer
from .language.detect import non_english_reason
from .place import Geocoder
from .records import Article, ArticleError, Event
from .settings import Limits, Settings
from .temporal import EventDater

LOG = logging.getLogger(__name__)


def _names_an_actor(event: Event) -> bool:
    """Whether a row codes a source or a target: one with neither ("we are asking others to
    do the same" in an interview, "I support it") says who did what to whom of no one, and
    event data counts and maps rows by their actors (GDELT and ICEWS have none without)."""
    return any(actor is not None and (actor.code or actor.country) for actor in (event.source, event.target))


class ArticleTimeout(RuntimeError):
    pass


@dataclass(slots=True)
class Result:
    """The outcome for one input: its events, or the error that stopped it."""

    article: Article | None
    events: list[Event]
    error: ArticleError | None = None


class Pipeline:
    def __init__(
        self,
        model: str | None = None,
        knowledge: KnowledgeBase | None = None,
        lexicon: Lexicon | None = None,
        full_parse: bool = False,
        limits: Limits | None = None,
        verbs: VerbDictionary | None = None,
    ) -> None:
        self.limits = limits or Limits()
        self.nlp = load_pipeline(model)
        self.knowledge = knowledge or build(word_tokenizer(self.nlp))
        self.lexicon = lexicon if lexicon is not None else builtin_lexicon()
        self.verbs = verbs
        self._acts_on_possessor = self.lexicon.acts_on_possessor()  # "X's murder was cruel": not X's act
        self._hostile_acts = self.lexicon.hostile_acts()  # "Russia is to blame for the shelling": an accusation
        triggers = self.lexicon.trigger_forms()
        if verbs is not None:
            triggers = {**verbs.trigger_forms(), **triggers}
        # a sentence with a verb of saying is parsed too: its speaker is often the one whom a
        # later sentence names by surname ("ABS-CBN CEO Carlo Katigbak said ... Katigbak apologized")
        triggers = {**dict.fromkeys(speech_cue_forms()), **triggers}
        self.analyser = Analyser(
            self.nlp,
            triggers,
            full=full_parse,
            max_tokens=self.limits.max_sentence_tokens,
            actor_cues=self.knowledge.actor_cues(),
            known_verbs=self.lexicon.verb_lemmas() | modality_cues().governors.keys(),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> Pipeline:
        """A pipeline with the user's PETRARCH dictionaries replacing (or, with
        ``with_builtin``, joining) the built-in knowledge of their kind."""
        tokenize = word_tokenizer(load_pipeline(settings.model))

        parts = set(BUILTIN_PARTS)
        if not settings.with_builtin:
            if settings.actors:
                parts -= {"countries", "organisations", "leaders", "places"}
            if settings.agents:
                parts -= {"sectors"}
        kb = build(tokenize, [p for p in BUILTIN_PARTS if p in parts])
        kb.local_country = settings.with_builtin or not settings.actors
        for loader, paths in (
            (load_actors, settings.actors),
            (load_agents, settings.agents),
            (load_discards, settings.discards),
        ):
            for path in paths:
                report = loader(Path(path), kb, tokenize)
                LOG.info("%s: %d names, %d codes (%d dated)", path, report.names, report.codes, report.dated)
        verbs = None
        for path in settings.verbs:
            verbs = load_verb_dictionary(Path(path), verbs)
            LOG.info("%s: %d verbs, %d patterns", path, verbs.verbs, verbs.patterns)
        lexicon = Lexicon() if verbs is not None and not settings.with_builtin else None
        return cls(settings.model, kb, lexicon, settings.full_parse, settings.limits, verbs)

    def code_article(self, article: Article) -> list[Event]:
        return self._code(article, self.parse([article.text])[0])

    def parse(self, texts: list[str]) -> list[ParsedDoc]:
        """Tokenize the articles and parse the sentences that can hold an event."""
        return self.analyser.analyse(texts)

    def code_many(self, items: Iterable[Article | ArticleError], batch_size: int = 16) -> Iterator[Result]:
        """Code a stream of articles; errors pass through in order, never stopping the batch."""
        batch: list[Article] = []
        for item in items:
            if isinstance(item, ArticleError):
                yield from self._flush(batch)
                batch = []
                yield Result(None, [], item)
                continue
            problem = self._refusal(item)
            if problem:
                yield Result(item, [], ArticleError(item.origin or item.id, problem))
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _refusal(self, article: Article) -> str | None:
        """Why an article is not coded at all, or None."""
        limit = self.limits.max_chars
        if len(article.text) > limit:
            return f"article too long ({len(article.text):,} characters; limit {limit:,})"
        if article.published and article.published > date.today() + timedelta(days=1):
            return f"publication date {article.published} is in the future"
        reason = non_english_reason(article.text)
        return f"{reason}; skipped" if reason else None

    def _flush(self, batch: list[Article]) -> Iterator[Result]:
        if not batch:
            return
        docs = self.parse([a.text for a in batch])
        for article, doc in zip(batch, docs, strict=True):
            try:
                yield Result(article, self._code(article, doc))
            except ArticleTimeout as err:
                yield Result(article, [], ArticleError(article.origin or article.id, str(err)))
            except Exception as err:  # one article's failure must not lose the batch
                LOG.exception("failed to code %s", article.id)
                yield Result(article, [], ArticleError(article.origin or article.id, f"internal error: {err!r}"))

    def _code(self, article: Article, doc: ParsedDoc) -> list[Event]:
        deadline = time.monotonic() + self.limits.time_budget_s
        actors = ActorResolver(self.knowledge, doc, article.published, article.title)
        coded = EventExtractor(self.lexicon, doc, actors, article.id, self.verbs).extract()
        story_discarded, discarded = discards_in(doc, self.knowledge)
        if story_discarded:
            return []
        coded = [c for c in coded if doc.tokens[c.trigger].sent not in discarded]
        if time.monotonic() > deadline:
            raise ArticleTimeout(f"coding took longer than {self.limits.time_budget_s:g} s")
        attributor = Attributor(doc, actors, article.outlet or article_outlet(article.text))
        for item in coded:
            attributor.attribute(item)
        coded += attributor.statement_events(article.id, coded)
        if self.lexicon.evaluation is not None:  # the built-in knowledge, not a user's dictionary alone
            coded += attributor.evaluation_events(
                article.id, coded, self.lexicon.evaluation, self._acts_on_possessor, self._hostile_acts
            )
        coded = [c for c in coded if _names_an_actor(c.event)]  # the roles are final: date and place only rows
        dater = EventDater(doc, article.published)
        geocoder = Geocoder(doc, actors)
        for item in coded:
            dater.date(item)  # first: a date after publication makes an act intended
            item.event.intent_cameo = intent_code(item.event.cameo, item.event.modality)
            geocoder.locate(item)
        return [item.event for item in without_repeated_mentions(coded, doc)]
