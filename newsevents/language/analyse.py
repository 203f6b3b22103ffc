"""Tokenize every sentence, parse only those that can hold an event.

Why: parsing is the cost of the whole pipeline, and in news only about a
third of the words stand in sentences that contain an event trigger. Every
sentence is tokenized (cheap) so that actor names in it still serve as
antecedents for "the ministry" or "he"; sentences with a trigger word (the
caller's triggers include the verbs of saying, whose subjects are the people
later sentences refer to), and those that close or open a quotation holding
one (where the speaker is named), go through the tagger and parser; the others
get word classes and named entities only, so that the people they name are known.
``full=True`` parses everything.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from .document import ParsedDoc, Piece, merge, paragraphs
from .morphology import lemma_table
from .normalise import lowercase_artefacts
from .quotes import quote_spans
from .sentences import split

NAMING_COMPONENTS = ("tok2vec", "morphologizer", "tagger", "ner")


class Analyser:
    def __init__(
        self,
        nlp: Language,
        triggers: Iterable[str] | dict[str, frozenset[str] | None] = (),
        full: bool = False,
        max_tokens: int = 200,
        actor_cues: Iterable[str] | None = None,
        known_verbs: Iterable[str] = (),
    ) -> None:
        """``triggers``: word forms that can carry an event (lower case), optionally mapped to
        the words one of which the sentence must also hold ("cut" needs "ties"); ``actor_cues``:
        word forms that can start an actor's name or mention one ("Russia", "police",
        "he"); a sentence is parsed when it has a trigger and, if cues are given, a cue."""
        self.nlp, self.full, self.max_tokens = nlp, full, max_tokens
        self.triggers = triggers if isinstance(triggers, dict) else dict.fromkeys(triggers)
        self.actor_cues = frozenset(actor_cues) if actor_cues is not None else None
        self.known_verbs = frozenset(known_verbs)  # lemmas the later stages look for
        self.verb_forms = lemma_table(self.known_verbs)
        self.unseen_present_forms = self._unseen_present_forms()

    def analyse(self, texts: list[str]) -> list[ParsedDoc]:
        pieces = [p for n, text in enumerate(texts) for p in self._pieces(n, text)]
        chosen = [p for p in pieces if p.selected]
        for piece, parsed in zip(chosen, self.nlp.pipe(p.doc for p in chosen), strict=True):
            piece.doc = parsed
        self._reread_unseen_verbs([p for p in chosen if self._misread_verb(p.doc)])
        self._name_the_rest([p for p in pieces if not p.selected and len(p.doc) <= self.max_tokens])
        by_article: list[list[Piece]] = [[] for _ in texts]
        for piece in pieces:
            by_article[piece.article].append(piece)
        docs = [merge(text, parts) for text, parts in zip(texts, by_article, strict=True)]
        for doc in docs:
            self._restore_lemmas(doc)
        return docs

    def _unseen_present_forms(self) -> dict[str, str]:
        """Third-person present forms of the known verbs that the model's word vectors lack
        while their lemma has one ("condemns" -> "condemn"), when the model has vectors."""
        vocab = self.nlp.vocab
        if not len(vocab.vectors):
            return {}
        return {
            form: lemma
            for form, lemma in self.verb_forms.items()
            if form in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
            and not vocab[form].has_vector
            and vocab[lemma].has_vector
        }

    def _misread_verb(self, doc) -> bool:
        """Whether a present form of a known verb that the model never saw was read as
        neither a verb nor a noun ("Britain condemns the decision" with "condemns" an adverb:
        no vector, an odd suffix, and the clause is lost)."""
        return any(
            t.lower_ in self.unseen_present_forms and t.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") for t in doc
        )

    def _reread_unseen_verbs(self, pieces: list[Piece]) -> None:
        """Parse those sentences again with each such form read through its lemma's norm
        ("condemn", which the model knows); the text is unchanged, only the norm the
        token-to-vector layer embeds. Only these sentences: where the model reads the form
        right, the lemma's norm could turn a verb into its noun ("blames" -> "blame")."""
        docs = []
        for piece in pieces:
            words = [t.text for t in piece.doc]
            doc = Doc(self.nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in piece.doc])
            for token in doc:
                lemma = self.unseen_present_forms.get(token.lower_)
                if lemma is not None:
                    token.norm_ = lemma
            docs.append(_one_sentence(doc))
        for piece, parsed in zip(pieces, self.nlp.pipe(docs), strict=True):
            piece.doc = parsed

    def _restore_lemmas(self, doc: ParsedDoc) -> None:
        """A verb whose lemma is no known word but whose form inflects exactly one known verb
        takes that verb as its lemma: the trainable lemmatiser gives "blamed" -> "blam",
        "committing" -> "committ", and the later stages look verbs up by lemma. A word the tree
        proves a verb though tagged a noun ("A gunman [shot] shoppers", tag NN, lemma "shot")
        counts as a verb too."""
        if not self.verb_forms:
            return
        for tok in doc.tokens:
            if (tok.tag.startswith("VB") or tok.pos == "VERB") and tok.lemma not in self.known_verbs:
                tok.lemma = self.verb_forms.get(tok.text.lower(), tok.lemma)

    def _name_the_rest(self, pieces: list[Piece]) -> None:
        """Word classes and named entities for the sentences not parsed: the people they
        name ("... with Ben Affleck directing") are who a later "Affleck tweeted" or "he"
        is. The token-to-vector layer, the morphologizer and the entity recogniser cost about
        half of what the parser adds, and nothing here needs a tree."""
        wanted = [name for name in NAMING_COMPONENTS if name in self.nlp.pipe_names]
        if not pieces or "ner" not in wanted:
            return
        with self.nlp.select_pipes(enable=wanted):
            for piece, tagged in zip(pieces, self.nlp.pipe(p.doc for p in pieces), strict=True):
                piece.doc = tagged

    def _can_hold_event(self, span) -> bool:
        """A trigger word, and someone who could do it (when actor cues are known)."""
        words = {t.lower_ for t in span}
        if not any(
            form in self.triggers and (self.triggers[form] is None or self.triggers[form] & words) for form in words
        ):
            return False
        return self.actor_cues is None or any(_cue(t, self.actor_cues) for t in span)

    def _pieces(self, article: int, text: str) -> list[Piece]:
        quotes = quote_spans(text)
        out: list[Piece] = []
        for offset, para in paragraphs(text):
            doc = self.nlp.make_doc(lowercase_artefacts(para))  # same length: offsets hold
            for start, end in split([t.text for t in doc]):
                span = doc[start:end]
                wanted = self.full or self._can_hold_event(span)
                wanted = wanted and len(span) <= self.max_tokens  # a 10,000-word "sentence" is no prose
                out.append(Piece(article, offset + span.start_char, _one_sentence(span.as_doc()), wanted))
        if not self.full:
            _select_quote_ends(out, quotes, self.max_tokens)
        return out


def _one_sentence(doc):
    """Our splitter decides where sentences end; the parser must give each one a single
    tree instead of cutting it again where it misreads a name ("Hong | Kong Chief ...")."""
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def _cue(token, cues: frozenset[str]) -> bool:
    return token.text in cues or token.lower_ in cues or token.text.upper() in cues


def _select_quote_ends(pieces: list[Piece], quotes: list[tuple[int, int]], max_tokens: int) -> None:
    """Parse the sentences where a quotation holding a selected sentence starts and ends."""
    spans = [(p.offset, p.offset + len(p.doc.text)) for p in pieces]
    for q_start, q_end in quotes:
        inside = [p for p, (s, e) in zip(pieces, spans, strict=True) if s < q_end and q_start < e]
        if any(p.selected for p in inside):
            for p in inside:
                p.selected = len(p.doc) <= max_tokens
