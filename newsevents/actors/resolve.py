"""Recognise actor mentions in a parsed document and resolve them to CAMEO codes.

Coding is compositional, as analysts do it: a noun phrase contributes a
country (name, demonym, capital, possessor), a sector (head or modifier words
such as "Defence Ministry" or "troops") or a known entity (organisation,
armed group, leader in office on the article's date); the code is the
country followed by the sector ("Russia's Defence Ministry" -> RUSMIL).
Definite descriptions and pronouns ("the ministry", "the nation's military",
"he") look back to the latest explicit mention that fits.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..language import ParsedDoc, Token
from ..language.document import NEGATORS
from ..language.sentences import name_particles
from ..records import Actor
from .knowledge import Entry, KnowledgeBase, generic_place_words, us_party_tags, water_words

NP_INTERNAL = frozenset(
    {
        "compound",
        "flat",
        "amod",
        "nmod:poss",
        "det",
        "nummod",
        "case",
        "punct",
        "nmod",
        "appos",
        "compound:prt",
        "det:predet",
        "obl:npmod",
        "nmod:npmod",
        "nmod:tmod",
        "flat:name",
    }
)
NON_NP = frozenset({"acl", "acl:relcl", "conj", "cc", "advcl", "parataxis", "ccomp", "xcomp"})
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PERCEPTION_VERBS = {"see", "watch", "hear", "catch", "find", "spot", "film", "show", "leave", "keep"}
# prepositions that make an -ing clause say what the verb's object did: "charged X with killing",
# "accused X of shelling", "criticised X for sending", "prevented X from capturing" (and, passive,
# "X was arrested for attacking")
OBJECT_GERUND_MARKS = frozenset({"of", "for", "with", "from"})
# prepositions that place a phrase rather than say whose it is ("wrote on Twitter")
# prepositions that make a capital the place where something happens ("in Moscow"), not
# its government ("Moscow said", "sanctions on Moscow")
PLACE_CASES = frozenset({"in", "at", "near", "outside", "inside"})
LOCATIVE_CASES = {"on", "in", "at", "via", "through", "near", "across", "into", "onto"}
# prepositions of a topic: a country under them is what a phrase is about ("a question about Syria")
TOPIC_CASES = frozenset({"about", "regarding", "concerning"})
CAUSE_OR_TIME_CASES = frozenset({"due", "because", "after", "following", "amid", "despite", "before", "during"})
ENTITY_KINDS = ("igo", "group", "company", "leader")
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "LEG", "JUD"})  # organs of a state
INSURGENT_SECTORS = frozenset({"REB", "INS", "SEP"})  # armed groups that fight a state from within
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
PLURAL_PRONOUNS = {"they", "them"}
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
# How many sentences back "he" or "she" may reach for a coded person: further back the text
# has moved on (an interview's "she" is the interviewee, no leader named at its start), while
# a wire story's "he said" goes back to the official its opening named for some 25 sentences.
PRONOUN_REACH = 30
# verbs whose object and past participle say what the subject had done to it: "had the
# journalist arrested", "got the law changed"
CAUSATIVE_VERBS = {"have", "get"}
AUXILIARY_LEMMAS = {"have", "be", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
FIRST_PERSON = {"i", "we", "us", "me", "our", "my", "ours"}
FIRST_PERSON_POSSESSIVES = ("our", "my")
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic", "state"}


@dataclass(slots=True)
class Mention:
    head: int
    actor: Actor
    kind: str  # the strongest kind of knowledge that coded it


def joined(country: str, sector: str | None) -> str:
    """An actor code from its country and sector. PETRARCH agent codes written ``NGO~``
    go before the country ("NGOARN"); all others after it ("ARNGOV")."""
    if sector and sector.endswith("~"):
        return sector[:-1] + country
    return country + (sector or "")


def is_the_speaker_s(actor: Actor) -> bool:
    """Whether an actor is the speaker ("we") or a sector the speaker owns ("our troops"),
    which the attribution stage, knowing who speaks, codes."""
    text = actor.text.lower()
    first = text.split()[:1]
    return text in FIRST_PERSON or (bool(first) and first[0] in FIRST_PERSON_POSSESSIVES and actor.sector is not None)


def sectored(text: str, country: str, sector: str, name: str | None) -> Actor:
    """The actor of a country and a sector, its code composed by ``joined``."""
    return Actor(text, joined(country, sector), country, sector.rstrip("~"), name)


def _is_age(word: str) -> bool:
    """ "28-year-old", "old": an age, which says nothing of a person's role."""
    word = word.lower()
    return word == "old" or word.endswith(("-old", "year-old"))


def _on_edges(owner: list[int], start: int, end: int) -> bool:
    """Whether words ``start:end`` begin and end on token edges (``owner`` maps word -> token)."""
    return (start == 0 or owner[start - 1] != owner[start]) and (end == len(owner) or owner[end] != owner[end - 1])


def _members(actor: Actor) -> list[Actor]:
    """A joint actor of a PETRARCH dictionary ("THE_SHIRE [FRO/BIL/SAM]") acts as each of
    its members, one row apiece, as PETRARCH codes it."""
    if not actor.code or "/" not in actor.code:
        return [actor]
    return [
        Actor(actor.text, code, code[:3] if code[:3].isalpha() else None, actor.sector, actor.name)
        for code in actor.code.split("/")
        if code
    ]


def is_object_gerund(doc: ParsedDoc, tok: Token) -> bool:
    """An -ing clause after "of", "for", "with" or "from": "accused X of shelling"."""
    return tok.tag == "VBG" and any(m.lemma in OBJECT_GERUND_MARKS for m in doc.children(tok.i, "mark", "case"))


class ActorResolver:
    """Resolves noun phrases of one document; built once per document."""

    def __init__(self, kb: KnowledgeBase, doc: ParsedDoc, published: date | None, title: str | None = None) -> None:
        self.kb, self.doc, self.published, self.title = kb, doc, published, title
        self.matches = self._match_names()
        self.chunks: dict[int, list[int]] = {}  # head -> tokens, for sentences that were not parsed
        self.main_country = self._main_country()
        self.matches = self._read_by_the_main_country(self.matches)
        self._outlets: dict[int, str] | None = None
        self._named: set[int] | None = None
        self._firm_words: set[str] | None = None
        self._persons: dict[str, int] | None = None
        self._in_their = False
        self._nationals: set[int] = set()  # heads of people whose nationality the text states
        self._defaulted: set[tuple[str, str | None]] = set()  # (text, code) of actors of the default country
        self.explicit: list[Mention] = []  # none yet while the explicit mentions are being read
        self.explicit = self._explicit_mentions()

    # -- recognition -------------------------------------------------------
    def _match_names(self) -> dict[int, tuple[int, Entry]]:
        """Longest gazetteer match starting at each token: start -> (end, entry).

        Built-in names match case-sensitively ("US" the country, not "us"); names from
        PETRARCH dictionaries match case-insensitively, as PETRARCH does. A word joined by
        underscores ("Dol_Amroth", as PETRARCH-formatted text writes names) counts as its
        words, so long as a match starts and ends on token edges."""
        norms, owner = [], []  # words, and the token each word belongs to
        for n, tok in enumerate(self.doc.tokens):
            parts = [p for p in tok.norm.split("_") if p] if "_" in tok.norm.strip("_") else [tok.norm]
            norms += parts
            owner += [n] * len(parts)
        upper = [n.upper() for n in norms] if self.kb.names_ci else norms
        found: dict[int, tuple[int, Entry]] = {}
        i = 0
        while i < len(norms):
            candidates = [(n, False) for n in self.kb.name_lengths.get(norms[i], ())]
            candidates += [(n, True) for n in self.kb.name_lengths_ci.get(upper[i], ())]
            step = 1
            for length, ci in sorted(candidates, reverse=True):
                key = tuple((upper if ci else norms)[i : i + length])
                if len(key) < length or not _on_edges(owner, i, i + length):
                    continue
                entry = self.kb.lookup(key, self.published, ci)
                if entry is not None and (ci or not self._is_lowercase_common(key)):
                    found[owner[i]] = (owner[i + length - 1] + 1, entry)
                    step = length
                    break
            i += step
        found = self._drop_capitals_in_names(self._drop_places_inside_names(self._drop_lone_elites(found)))
        found = self._drop_names_of_waters(self._drop_negated_names(found))
        return found | self._party_tag_states()

    def _drop_negated_names(self, found: dict[int, tuple[int, Entry]]) -> dict[int, tuple[int, Entry]]:
        """A name after "non-" names who is left out: "non-OPEC producers", "non-EC
        countries", "non-U.S. banks" are no member of OPEC, the EC or the United States."""
        return {s: (e, entry) for s, (e, entry) in found.items() if not self._after_non(s)}

    def _after_non(self, i: int) -> bool:
        """Whether token ``i`` is written after "non-" ("OPEC" in "non-OPEC producers")."""
        tokens = self.doc.tokens
        return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].text.lower() == "non"

    def _left_out_name(self, i: int) -> bool:
        """Whether token ``i`` is a name after "non-" ("non-OPEC"), not a word ("non-ferrous")."""
        return self._after_non(i) and self.doc.tokens[i].text[:1].isupper()

    def _leaves_out_a_name(self, span: list[int]) -> bool:
        """Whether a phrase says who it is not ("non-OPEC producers", "non-EC countries"):
        "non-" before a name in it."""
        inside = set(span)
        return any(self._left_out_name(i) and i - 2 in inside for i in span)

    def _drop_names_of_waters(self, found: dict[int, tuple[int, Entry]]) -> dict[int, tuple[int, Entry]]:
        """A country's name or demonym inside the name of a sea ("the Indian Ocean", "the
        Persian Gulf", "the South China Sea", "the Gulf of Mexico"): the water is no country,
        neither an actor nor where something happened in it."""
        tokens = self.doc.tokens
        waters = water_words()

        def water(i: int) -> bool:
            return 0 <= i < len(tokens) and tokens[i].text[:1].isupper() and tokens[i].text.lower() in waters

        def of_a_sea(start: int, end: int) -> bool:
            return water(end) or (start >= 2 and tokens[start - 1].text == "of" and water(start - 2))

        return {
            s: (e, entry)
            for s, (e, entry) in found.items()
            if entry.kind not in ("country", "adjective", "capital") or not of_a_sea(s, e)
        }

    def _party_tag_states(self) -> dict[int, tuple[int, Entry]]:
        """The state abbreviations of US party tags ("Sen. David Boren (D-Okla.)"), each a
        place of the United States: the tag's holder is an American legislator (unless a
        title says otherwise), and the story is American."""
        parties, states = us_party_tags()
        tokens = self.doc.tokens
        found = {}
        for i in range(3, len(tokens)):
            opening, party, dash = (t.text for t in tokens[i - 3 : i])
            if (opening, dash) == ("(", "-") and party in parties and tokens[i].text.rstrip(".") in states:
                found[i] = (i + 1, Entry("place", "USA", "USA", "LEG", "United States"))
        return found

    def _drop_places_inside_names(self, found: dict[int, tuple[int, Entry]]) -> dict[int, tuple[int, Entry]]:
        """A city or region between two other capitalised names that the gazetteer does not
        know is a part of a person's name ("deputy Energy Minister Fernando [Santos] Alvite",
        "Mayor Richard [Houston] Smith", "Antonio [Padua] de Seixas", a particle before the
        second), not the place: it makes no one Brazilian."""
        covered = {i for start, (end, _) in found.items() for i in range(start, end)}
        tokens = self.doc.tokens

        def a_bare_name(i: int) -> bool:
            tok = tokens[i]
            unknown = i not in covered and (tok.text.lower(),) not in self.kb.sectors
            return unknown and tok.pos == "PROPN" and tok.text[:1].isupper() and tok.text[1:].islower()

        spaced = name_particles()[1]

        def inside(start: int, end: int) -> bool:
            if end + 1 < len(tokens) and tokens[end].text in spaced:  # "Antonio [Padua] de Seixas"
                end += 1
            if start == 0 or end >= len(tokens) or tokens[start - 1].sent != tokens[end].sent:
                return False
            return a_bare_name(start - 1) and a_bare_name(end)

        return {s: (e, entry) for s, (e, entry) in found.items() if entry.kind != "place" or not inside(s, e)}

    def _read_by_the_main_country(self, found: dict[int, tuple[int, Entry]]) -> dict[int, tuple[int, Entry]]:
        """A name with two readings ("Georgia": the country, and the US state) takes the reading
        of the country the article is about when nothing else in the article names the other
        reading's country ("the primary debate in Georgia" in an article on US politics)."""
        if self.main_country is None:
            return found
        main = self.main_country[0]
        keys = {start: tuple(t.norm for t in self.doc.tokens[start:end]) for start, (end, _) in found.items()}
        out = dict(found)
        for start, (end, entry) in found.items():
            if entry.country in (None, main):
                continue
            local = [e for e in self.kb.names.get(keys[start], []) if e.country == main and e.kind == "place"]
            if not local:  # nearly every name has one reading: the scan below is for the few with two
                continue
            elsewhere = any(e.country == entry.country and keys[s] != keys[start] for s, (_, e) in found.items())
            if not elsewhere:
                out[start] = (end, local[0])
        return out

    def _drop_capitals_in_names(self, found: dict[int, tuple[int, Entry]]) -> dict[int, tuple[int, Entry]]:
        """A capital or a city that runs into a person's name is part of the name, not the
        government or the place: "Lewis Hamilton", "George Washington", "Stanley Fischer",
        "Morgan Stanley", "Jo Anne Van Tilburg", "Brent Scowcroft". The word
        beside it must be a capitalised name the gazetteer does not know, no place word
        ("Greater London", "Metro Manila", "West Berlin" stay the city), and read as one name
        with it (the entity tagger's PERSON, or the parse's flat name). A surname so found is
        the person again when it stands alone later ("Hamilton said")."""
        tokens = self.doc.tokens
        covered = {i for start, (end, _) in found.items() for i in range(start, end)}
        place_words = generic_place_words()

        def one_name(i: int, j: int) -> bool:
            """Whether token j, beside the capital's token i, continues a person's name."""
            if not 0 <= j < len(tokens) or tokens[j].sent != tokens[i].sent or j in covered:
                return False
            word = tokens[j]
            if word.pos != "PROPN" or not word.text[:1].isupper() or word.text.lower() in place_words:
                return False
            if self._is_role_word(word.text) or self._is_role_word(word.lemma):
                return False
            flat = (word.dep == "flat" and word.head == i) or (tokens[i].dep == "flat" and tokens[i].head == j)
            return flat or word.ent_type == tokens[i].ent_type == "PERSON"

        def first_name(i: int) -> bool:
            """A capital before a surname; a city only before a name of two words, as a state or
            city before a full name is its place ("Vermont Bernie Sanders", "Vladimir Rebic")."""
            if not one_name(i, i + 1):
                return False
            return found[i][1].kind == "capital" or not one_name(i + 1, i + 2)

        capitals = [s for s, (e, entry) in found.items() if entry.kind in ("capital", "place") and e - s == 1]
        last_names = {s for s in capitals if one_name(s, s - 1)}  # "Lewis [Hamilton]"
        surnames = {tokens[s].text for s in last_names}
        dropped = last_names | {s for s in capitals if first_name(s) or tokens[s].text in surnames}
        return {s: match for s, match in found.items() if s not in dropped}

    @staticmethod
    def _drop_lone_elites(found: dict[int, tuple[int, Entry]]) -> dict[int, tuple[int, Entry]]:
        """A bare surname of a politician out of office ("Lee", "Khan") is too common to code
        on its own: it stands only where the article also names the person in full."""
        full = {e.name for start, (end, e) in found.items() if e.sector == "ELI" and end - start > 1}
        return {
            start: (end, e)
            for start, (end, e) in found.items()
            if e.sector != "ELI" or end - start > 1 or e.name in full
        }

    @staticmethod
    def _is_lowercase_common(key: tuple[str, ...]) -> bool:
        return key[0][:1].islower() and key[0] not in ("al", "el")

    def _explicit_mentions(self) -> list[Mention]:
        mentions: list[Mention] = []
        seen: set[int] = set()
        for start, (end, entry) in sorted(self.matches.items()):
            if entry.kind == "outlet":
                continue
            if self.doc.sentences[self.doc.tokens[start].sent].parsed:
                head = self.np_head(end - 1)
            else:
                head = self._shallow_chunk(start, end)
            if head in seen:
                continue
            seen.add(head)
            actor = self.resolve(head, use_context=False)
            if actor is not None:
                mentions.append(Mention(head, actor, self._kind_of(head, actor, entry)))
        mentions += self._titled_people(seen, mentions)
        return sorted(mentions, key=lambda m: m.head)

    def _kind_of(self, head: int, actor: Actor, first: Entry) -> str:
        """The kind of a mention: that of the name the actor was read from ("Hong Kong Chief
        Executive Carrie Lam" is the leader's mention, found again by "Lam"), else that of
        the phrase's first name."""
        for i in self.np_tokens(head):
            found = self.matches.get(i)
            if found and found[1].kind == "leader" and found[1].name == actor.name:
                return "leader"
        return first.kind

    def _titled_people(self, seen: set[int], named: list[Mention]) -> list[Mention]:
        """Named people coded by their title alone ("Governor Alexander Pimentel"), by an
        organisation in apposition ("Agnès Callamard, a UN rapporteur") or as private
        persons, so that a later bare surname ("Pimentel said", "Callamard urged") finds them.
        A later mention of a person already introduced keeps the introduction's country."""
        found: list[Mention] = []
        for tok in self.doc.tokens:
            if tok.pos == "PROPN" and tok.i not in seen and tok.dep not in ("compound", "flat", "flat:name"):
                text = self._surface(tok.i, self.np_tokens(tok.i))
                actor = self._apposed(tok.i, text) or self.resolve(tok.i, use_context=False)
                if actor is None or not actor.code:
                    continue
                actor = self._as_introduced(tok.i, actor, named + found)
                if self._stated_nationality(tok.i, text) is not None:
                    self._nationals.add(tok.i)
                    found.append(Mention(tok.i, actor, "person"))  # of the nationality the text states
                elif self._is_private_person(tok.i):
                    # a private person is found again by surname, never by "he" or "she":
                    # a pronoun in news more often goes back to the official quoted
                    found.append(Mention(tok.i, actor, "person" if actor.sector == "CVL" else "titled"))
                elif actor.sector or tok.ent_type == "PERSON":
                    # a person coded by an organisation alone ("Agnès Callamard, a UN rapporteur"
                    # is IGOUNO, no sector) is found again by surname all the same
                    found.append(Mention(tok.i, actor, "titled"))
        return found

    def _as_introduced(self, head: int, actor: Actor, earlier: list[Mention]) -> Actor:
        """ "Qasem Soleimani, head of Iran's Quds Force ... General Soleimani ... Soleimani":
        a later mention whose country is only the article's default (no country in its own
        phrase) is the person an earlier mention with the same surname introduced, of that
        mention's country; its own title, if any, gives the sector."""
        span = self.np_tokens(head)
        if any(i in self.matches for i in span) or actor.country is None:
            return actor
        surname = self.doc.tokens[head].text
        prior = [m for m in earlier if m.head < head and m.actor.country and surname in self._name_words(m)]
        if not prior or prior[0].actor.country == actor.country:
            return actor
        first = prior[0].actor
        own = self._sector(head, span)
        if own is None:
            return Actor(actor.text, first.code, first.country, first.sector, first.name)
        return sectored(actor.text, first.country, own, first.name)

    def _shallow_chunk(self, start: int, end: int) -> int:
        """In a sentence that was only tokenized, a name extends over the capitalised words
        and sector words after it ("Egypt 's Foreign Ministry"); returns the chunk's head."""
        tokens = self.doc.tokens
        limit = self.doc.sentences[tokens[start].sent].end
        last = end - 1
        while last + 1 < limit:
            nxt = tokens[last + 1]
            if nxt.norm == "'s" or nxt.text[:1].isupper() or (nxt.text.lower(),) in self.kb.sectors:
                last += 1
            else:
                break
        while last > end - 1 and tokens[last].norm == "'s":
            last -= 1
        self.chunks[last] = list(range(start, last + 1))
        return last

    def np_head(self, i: int) -> int:
        """Climb from a token to the head of its noun phrase."""
        tokens = self.doc.tokens
        while tokens[i].dep in ("compound", "flat", "amod", "nmod:poss", "flat:name") and tokens[i].head != i:
            i = tokens[i].head
        return i

    def np_tokens(self, head: int) -> list[int]:
        if head in self.chunks:
            return self.chunks[head]
        tokens = self.doc.subtree(head, stop=NON_NP)
        nmods = self.doc.children(head, "nmod")
        left_out = [
            c.i
            for c in nmods
            if self._excluding(c.i) or self.doc.is_according_to(c.i) or c.lemma in self.kb.origin_nouns
        ]
        if not left_out:
            return tokens
        dropped = {i for phrase in left_out for i in self.doc.subtree(phrase)}
        return [i for i in tokens if i not in dropped]

    def _excluding(self, phrase: int) -> bool:
        """Whether a phrase names who is left out ("members [except Zaire]", "members, [with
        the exception of Zaire]")."""
        if self.doc.tokens[phrase].lemma in self.kb.excluding_nouns:
            return True
        return any(c.lemma in self.kb.excluding_prepositions for c in self.doc.children(phrase, "case"))

    # -- resolution --------------------------------------------------------
    def resolve(self, head: int, use_context: bool = True) -> Actor | None:
        """The actor a noun phrase headed by ``head`` denotes, or None."""
        tokens = self.doc.tokens
        if tokens[head].lemma in self.kb.excluding_nouns:
            return None  # "the exception of Cyprus" names who is left out
        if self.doc.names_a_date(head):  # "On Sunday in London": a time, whatever place it names
            apposed = self.doc.children(head, "appos")  # a weak parse: "Thursday, [US forces] killed"
            return self.resolve(apposed[0].i, use_context) if apposed else None
        if tokens[head].lemma in self.kb.time_nouns and tokens[head].pos == "NOUN" and not self._of_a_party(head):
            return self._named_beside_a_time(head, use_context)
        inner = self.quantified(head)
        if inner is not None:  # "thousands of protesters" are protesters
            return self.resolve(inner, use_context)
        span = [i for i in self.np_tokens(head) if i >= head or tokens[i].dep != "nmod"]
        if self._left_out_name(head):
            return None  # "OPEC" in "non-OPEC producers", read alone as their owner
        if tokens[head].pos == "NOUN" and self._leaves_out_a_name(span):
            return None  # "non-OPEC producers": no one the text names, not the story's country
        entries = [(i, e) for i, (_, e) in self.matches.items() if i in span]
        text = self._surface(head, span)
        if use_context and self._counted_people(head):  # "killing four": four people
            return self._of_the_main_country(text, "CVL")
        if not entries and tokens[head].pos == "PROPN":
            national = self._stated_nationality(head, text)
            if national is not None:
                return national
        if use_context and not any(e.kind in ENTITY_KINDS for _, e in entries):
            owned = self._of_the_speaker(head, span, text)
            if owned is not None:
                return owned
        staff = self._staff_of(head, text, use_context) if not entries else None
        if staff is not None:
            return staff
        if use_context and all(e.sector == "ELI" for _, e in entries):
            # a politician out of office is coded as an elite only when the context
            # gives no better reading ("Tedros, the Director-General of the WHO")
            contextual = (
                self._apposed(head, text)
                or self._resolve_anaphor(head, span, text)
                or self._local_actor(head, text, self._sector(head, span))
            )
            if contextual is not None or not entries:
                return contextual
        owner = self._possessor_of_a_thing(head, entries, text, use_context)
        if owner is not None:
            return owner
        return self._compose(head, span, entries, text)

    def _named_beside_a_time(self, head: int, use_context: bool) -> Actor | None:
        """A phrase headed by a stretch of time ("on the second day of the offensive in Iraq")
        is when, not who, whatever it names inside; but a weak parse may hang a name on the
        time as its modifier ("taken over by [Texas Air] last year", one phrase headed by
        "year") or its apposition ("Two days prior to the vote, [a federal judge]"): that
        name is the actor."""
        names = [
            c
            for c in self.doc.children(head, "compound", "amod")
            if c.i < head and (c.pos == "PROPN" or c.tag in ("NNP", "NNPS"))
        ]
        apposed = self.doc.children(head, "appos")
        if names:
            return self.resolve(names[-1].i, use_context)
        return self.resolve(apposed[0].i, use_context) if apposed else None

    def _of_a_party(self, time: int) -> bool:
        """Whether a stretch of time has an "of" phrase that names no act ("in as many [days]
        of a remote Pakistani village", a weak parse): the phrase is then read as before, for
        whom it names; "the second day of a new offensive" is the offensive's time (the act
        may be read as a modifier: "of a new [offensive] east of ...")."""
        acts = self.kb.event_nouns
        return any(
            o.lemma not in acts and not any(m.lemma in acts for m in self.doc.children(o.i, "amod", "compound"))
            for o in self.doc.phrases(time, "of")
        )

    def _possessor_of_a_thing(
        self, head: int, entries: list[tuple[int, Entry]], text: str, use_context: bool
    ) -> Actor | None:
        """ "the government's EC policies", "Moscow's Afghan policy": a thing (a noun of no
        sector) is its possessor's; a name that modifies it says what it is about."""
        if self.doc.tokens[head].pos != "NOUN" or self._sector(head, [head]) is not None:
            return None
        possessors = self.doc.children(head, "nmod:poss")
        if not possessors or possessors[0].pos == "PRON":
            return None  # "his mostly American audience": a pronoun's people are of the name
        # only a name between the possessor and the noun: the possessor's own names compose
        # ("Russia's Defence Ministry"), and one after the noun may rename it ("his opponent,
        # Biden") or name another thing ("her marriage to a U.S. national")
        inside = set(self.doc.subtree(possessors[0].i))
        if not any(i < head and i not in inside for i, _ in entries):
            return None
        return self._as_its_possessor(possessors[0], text, use_context)

    def _as_its_possessor(self, possessor: Token, text: str, use_context: bool) -> Actor | None:
        """The possessor's actor, for the whole phrase ``text`` it possesses."""
        owner = self.resolve(possessor.i, use_context)
        return replace(owner, text=text) if owner is not None else None

    def _staff_of(self, head: int, text: str, use_context: bool) -> Actor | None:
        """ "his staff", "the minister's team": a role noun with nothing else to say whose it
        is belongs to its possessor, sector and all (Trump's staff act for the government)."""
        tokens = self.doc.tokens
        if tokens[head].lemma.lower() not in self.kb.role_nouns:
            return None
        possessors = self.doc.children(head, "nmod:poss")
        modifiers = [c for c in self.doc.children(head, "amod", "compound", "nmod") if c not in possessors]
        if modifiers or not possessors:
            return None  # "army personnel", "members of parliament" say it themselves
        owner = self._as_its_possessor(possessors[0], text, use_context)
        return owner if owner is not None and owner.code else None

    def _stated_nationality(self, head: int, text: str) -> Actor | None:
        """ "Libyan national Khairi Saadallah", "Brenton Tarrant, a 28-year-old Australian,": a
        name the knowledge base does not know, with a nationality stated right before it or
        in an apposition right beside it, is a person of that country. Read from the words,
        since small parsers hang such demonyms anywhere ("Libyan" as a modifier of the verb).
        The words between a demonym and the name give the sector ("Iraqi Foreign Minister
        X"); none, or a word of nationality alone ("national", "man"), make a private person."""
        tokens = self.doc.tokens
        if tokens[head].ent_type not in ("", "PERSON"):
            return None  # an organisation or a place: "US Congress", "Iranian Mahan Air"
        sent = self.doc.sentences[tokens[head].sent]
        start, end = self._name_run(head, sent.start, sent.end)
        if self._sector(head, list(range(start, end + 1))) is not None:
            return None  # an institution's name: "Congress", "National Assembly"
        before = self._demonym_before(start, sent.start)
        if before is not None:
            between = list(range(before + 1, start))
            if all(tokens[i].lemma.lower() in self.kb.nationality_nouns for i in between):
                return self._national(text, self.matches[before][1], "CVL")
            sector = self._sector(head, between)  # None: a role the sector words do not know ("Airways pilot")
            return self._national(text, self.matches[before][1], sector) if sector else None
        apposed = (
            self._apposed_before(start, sent.start)
            or self._apposed_after(end + 1, sent.end)
            or self._predicated_demonym(head)
        )
        return self._national(text, self.matches[apposed][1], "CVL") if apposed is not None else None

    def _predicated_demonym(self, head: int) -> int | None:
        """ "Hatice Cengiz is a Turkish national": the demonym of a copular predicate of
        nationality ("national", "citizen", ...) whose subject the name is."""
        tok = self.doc.tokens[head]
        if tok.dep != "nsubj" or tok.head == head:
            return None
        predicate = self.doc.tokens[tok.head]
        if predicate.lemma.lower() not in self.kb.nationality_nouns or not self.doc.children(predicate.i, "cop"):
            return None
        return next((m.i for m in self.doc.children(predicate.i, "amod") if self.is_demonym(m.i)), None)

    def _name_run(self, head: int, first: int, limit: int) -> tuple[int, int]:
        """The first and last word of the run of proper nouns around ``head`` (a demonym
        before it is no part of the name, nor is a title before a person's name that the
        entity tagger left out of it: "West German [President] Richard Weizsaecker")."""
        tokens = self.doc.tokens
        start = end = head
        person = tokens[head].ent_type == "PERSON"

        def a_title(i: int) -> bool:
            return person and tokens[i].ent_type != "PERSON" and self._sector_at(i, {i}) is not None

        while start > first and tokens[start - 1].pos == "PROPN" and not self.is_demonym(start - 1):
            if a_title(start - 1):
                break
            start -= 1
        while end + 1 < limit and tokens[end + 1].pos == "PROPN":
            end += 1
        return start, end

    def _demonym_before(self, start: int, first: int) -> int | None:
        """A demonym at most three words before a name, the words between nouns or words of
        nationality ("Libyan national X", "Iraqi Interior Minister X")."""
        tokens = self.doc.tokens
        for i in range(start - 1, max(first, start - 4) - 1, -1):
            if self.is_demonym(i):
                return i
            word = tokens[i]
            noun = word.pos in ("NOUN", "PROPN") or word.lemma.lower() in self.kb.nationality_nouns
            if not noun or not word.text[:1].isalpha():
                return None
        return None

    def _apposed_before(self, start: int, first: int) -> int | None:
        """ "An Australian(, man), Brenton Tarrant,": the demonym of an apposition before the name."""
        tokens = self.doc.tokens
        if start - 3 < first or tokens[start - 1].text != ",":
            return None
        k = start - 2 - (tokens[start - 2].lemma.lower() in self.kb.nationality_nouns)
        return k if k > first and self.is_demonym(k) and tokens[k - 1].text.lower() in ("a", "an") else None

    def _apposed_after(self, after: int, limit: int) -> int | None:
        """ "X, a 25-year-old Libyan(,| man,| national.)": the demonym of the apposition after
        the name; "X, an Iranian airline" says what X is, not only whose."""
        tokens = self.doc.tokens
        if after + 2 >= limit or tokens[after].text != "," or tokens[after + 1].text.lower() not in ("a", "an"):
            return None
        k = after + 2
        while k < limit and (_is_age(tokens[k].text) or tokens[k].text.isdigit() or tokens[k].lemma in ("-", "year")):
            k += 1
        if k >= limit or not self.is_demonym(k):
            return None
        close = k + 1
        if close < limit and tokens[close].lemma.lower() in self.kb.nationality_nouns:
            close += 1
        ends = close >= limit or tokens[close].text in (",", ".", ";", ")") or tokens[close].text.lower() == "who"
        return k if ends else None

    @staticmethod
    def _national(text: str, demonym: Entry, sector: str) -> Actor | None:
        return sectored(text, demonym.country, sector, demonym.name) if demonym.country else None

    def quantified(self, head: int) -> int | None:
        """The "of" complement of a quantity head ("thousands of protesters"), or None."""
        tok = self.doc.tokens[head]
        if tok.lemma.lower() not in self.kb.quantity_nouns and tok.text.lower() not in self.kb.quantity_nouns:
            return None
        found = self.doc.phrases(head, "of", "nmod")
        return found[0].i if found else None

    def _apposed(self, head: int, text: str) -> Actor | None:
        """A name in apposition to a role ("The mayor of London, Sadiq Khan", "a State
        Department spokesperson, Morgan Ortagus"), or the subject a role is said of ("al-Muhandis
        was the deputy commander of the PMF"), is the actor the role phrase denotes.
        The role must be a sector, role or generic role word, so that a place ("a suburb
        of Paris, Gonesse") or a date ("On Friday, Youssef Chahed") lends nothing; a role said
        of someone must name its state or organisation ("an official of Kelso Management", a
        firm no dictionary knows, says nothing of whose official)."""
        tok = self.doc.tokens[head]
        if not self._is_name(head) or tok.head == head:
            return None
        said_of = (
            tok.dep == "nsubj"
            and self._is_predicated(tok.head)
            and any(i in self.matches for i in self.np_tokens(tok.head))
        )
        if tok.dep != "appos" and not said_of:
            return None
        role = self.doc.tokens[tok.head]
        if role.pos != "NOUN" or not self._is_role_word(role.lemma):
            return None
        actor = self.resolve(tok.head)
        return Actor(text, actor.code, actor.country, actor.sector, actor.name) if actor and actor.code else None

    def _is_predicated(self, noun: int) -> bool:
        """Whether a noun is said of its subject by "be", not negated ("X was the commander
        of", not "X is not the mayor", "X is no commander")."""
        kids = self.doc.children(noun)
        return any(k.dep == "cop" and k.lemma == "be" for k in kids) and not any(
            k.lemma.lower() in NEGATORS for k in kids
        )

    def names_a_role(self, i: int) -> bool:
        """Whether word ``i`` is a sector or role noun ("officials", "the heads of state"): someone."""
        return self._is_role_word(self.doc.tokens[i].lemma)

    def _is_role_word(self, lemma: str) -> bool:
        key = (lemma.lower(),)
        return key in self.kb.sectors or key in self.kb.weak_sectors or key[0] in self.kb.role_nouns

    def _is_name(self, i: int) -> bool:
        """A proper name, or a capitalised word inside a sentence that the tagger took for
        a common noun ("Prime Minister Tuilaepa", "Superintendent Graciano Mijares")."""
        tok = self.doc.tokens[i]
        if tok.pos == "PROPN":
            return True
        first = self.doc.sentences[tok.sent].start
        return tok.pos == "NOUN" and tok.text[:1].isupper() and i > first and not tok.text.isupper()

    def _surface(self, head: int, span: list[int]) -> str:
        """The phrase as written, without its leading preposition or trailing possessive."""
        tokens = self.doc.tokens
        shown = [i for i in span if not (tokens[i].dep == "case" and tokens[i].head == head and i < head)]
        while len(shown) > 1 and tokens[shown[-1]].dep in ("case", "punct"):
            shown.pop()
        while len(shown) > 1 and (tokens[shown[0]].dep == "punct" or tokens[shown[0]].pos == "ADP"):
            shown.pop(0)  # a preposition the parse hung inside the phrase ("after Russian President ...")
        text = self.doc.span_text(shown)
        after = shown[-1] + 1 if shown else len(tokens)
        if text.count("(") > text.count(")") and after < len(tokens) and tokens[after].text == ")":
            text = self.doc.span_text([*shown, after])  # the tag closes: "Sen. David Boren (D-Okla.)"
        return text

    def _compose(self, head: int, span: list[int], entries: list[tuple[int, Entry]], text: str) -> Actor | None:
        sector = self._sector(head, span) if self._may_have_sector(head) else None
        own = [e for i, e in entries if self.matches[i][0] > head >= i]
        entries = [
            (i, e)
            for i, e in entries
            if e in own
            or (
                not self._accredited_to(i, head)
                and (e.kind not in ENTITY_KINDS or not self._located(i, head) or self._works_at(i, head, e))
            )
        ]
        entries = [(i, e) for i, e in entries if e in own or not self._not_whose(i, head)]
        # a former office holder's own name comes last: "WHO director-general Tedros" is the WHO's
        for entry in sorted(own + [e for _, e in entries], key=lambda e: e.sector == "ELI"):
            if entry.kind in ENTITY_KINDS:
                if entry.kind == "igo" and own != [entry] and any(o.sector != "ELI" for o in own):
                    continue
                if entry.kind == "leader" and entry not in own and entry.country and sector and entry.sector != "ELI":
                    # "Putin's defence minister", "the Trump administration's Department of
                    # Justice": the leader gives the country, the phrase its own sector
                    return sectored(text, entry.country, sector, entry.name)
                if entry.kind == "leader" and entry in own and entry.sector == "ELI" and self._titled_now(span, sector):
                    # "U.S. Treasury Secretary James Baker" in 1987: the text's title is the
                    # office at the time, where the dictionary knows only other terms
                    return sectored(text, entry.country, sector, entry.name)
                other = self._other_state_of_an_organ(entry, entries)
                if other is not None:  # "the German Foreign Office" is no British ministry
                    return sectored(text, other.country, entry.sector, other.name)
                return Actor(text, entry.code, entry.country, entry.sector, entry.name)
            if entry.kind == "outlet" and entry in own:
                return None
        countries = [
            e
            for i, e in entries
            if (
                e.kind in ("country", "adjective", "capital")
                and not self._place_of_an_act(i, e, head)
                and not self._where_an_act_inside_happened(i, head)
            )
            or (e.kind == "place" and not i <= head < self.matches[i][0])  # a place alone is no actor
        ]
        if not countries:
            return self._local_actor(head, text, sector)
        country = self._where_an_ethnic_group_lives(span, countries) or countries[0]
        if sector is None and country.kind == "capital" and not self._in_place_phrase(head):
            sector = "GOV"  # "Moscow said": the government; "in Moscow": the place
        if sector is None and country.sector in ("CVL", "LEG"):
            sector = country.sector  # "Serbians protested": the people; "Daniel Evans (R-Wash.)": a legislator
        code = joined(country.country, sector) if country.country else None
        return Actor(text, code, country.country, sector and sector.rstrip("~"), country.name)

    def _of_the_speaker(self, head: int, span: list[int], text: str) -> Actor | None:
        """ "our troops", "my government": a sector the speaker owns, so of the speaker's
        country, not of the place it is in ("our troops in Syria"). Who the speaker is, the
        attribution stage knows; this gives the sector, of the article's main country where
        none speaks (an interview's answers: "my parents", "my company")."""
        if not any(c.text.lower() in FIRST_PERSON_POSSESSIVES for c in self.doc.children(head, "nmod:poss")):
            return None
        sector = self._sector(head, span)
        if sector is None:
            return None
        return self._of_the_main_country(text, sector) or Actor(text, None, None, sector.rstrip("~"))

    def _works_at(self, i: int, head: int, entry: Entry) -> bool:
        """Whether a role "at" a state organ is a post there: "an official at the Foreign
        Office" is British (the envoy "at the UN" is no UN actor, protesters "at the Pentagon"
        no soldiers). The post may be anywhere on the way from the organ up to the phrase's
        head: "Thomas O'Donnell, Director of International Commodities at the State
        Department"."""
        if entry.kind != "group" or entry.sector not in STATE_SECTORS:
            return False
        return any(self._is_post(j) for j in self._governors_up_to(i, head))

    def _is_post(self, i: int) -> bool:
        """A post anyone may hold: "official", "staff", "director"."""
        lemma = self.doc.tokens[i].lemma.lower()
        return (lemma,) in self.kb.weak_sectors or lemma in self.kb.role_nouns

    def _governors_up_to(self, i: int, head: int) -> Iterator[int]:
        """The tokens above token ``i`` on the way up to the phrase's ``head``, head included."""
        tokens = self.doc.tokens
        while i != head and tokens[i].head != i:
            i = tokens[i].head
            yield i

    def _where_an_ethnic_group_lives(self, span: list[int], countries: list[Entry]) -> Entry | None:
        """ "Ethnic Russians in eastern Ukraine": an ethnic group is of the country the phrase
        places it in, else of the country the article is about; None when neither differs
        from the demonym's own country (or the demonym is not marked ethnic)."""
        if not any(self.doc.tokens[i].text.lower() in self.kb.ethnic_words for i in span):
            return None
        group = countries[0]
        if group.kind != "adjective":
            return None
        placed = [(e.country, e.name) for e in countries[1:] if e.country and e.country != group.country]
        if not placed and self.main_country is not None and self.main_country[0] != group.country:
            placed = [self.main_country]
        if not placed:
            return None
        code, name = placed[0]
        return Entry("country", code, code, group.sector, name)  # the group's people (CVL)

    def _other_state_of_an_organ(self, entry: Entry, entries: list[tuple[int, Entry]]) -> Entry | None:
        """A state organ the files know by a name one country uses ("Foreign Office", "Home
        Office") but which a country's name right before it gives to another country
        ("the German Foreign Office"): that country. Armed groups keep their own
        ("Iranian-backed Hezbollah"), and a country named elsewhere in the phrase is no
        owner ("Nikki Holland of the UK's National Crime Agency")."""
        if entry.kind != "group" or entry.sector not in STATE_SECTORS:
            return None
        start = next((i for i, e in entries if e is entry), None)
        before = next((e for _, (end, e) in self.matches.items() if end == start), None)  # the name right before
        if before is None or before.kind not in ("country", "adjective") or before.country in (None, entry.country):
            return None
        return before

    def name_at(self, i: int) -> tuple[int, int, Entry] | None:
        """(start, end, entry) of the known name token ``i`` is a word of, if any."""
        return next(((start, end, entry) for start, (end, entry) in self.matches.items() if start <= i < end), None)

    def names_the_place_of(self, modifier: int, act: int) -> bool:
        """Whether a modifier of an act noun is a capital's name, so the act's place ("the
        Kabul car bombing"), not its doer."""
        found = self.name_at(modifier)
        return found is not None and self._place_of_an_act(found[0], found[2], act)

    def _place_of_an_act(self, start: int, entry: Entry, head: int) -> bool:
        """ "a Kabul car bombing", "the Moscow attack": a capital naming an act names where it
        happened, not who did it (a country or its adjective still may: "a Russian attack")."""
        lemma = self.doc.tokens[head].lemma.lower()
        if entry.kind != "capital" or start == head or lemma in self.kb.message_nouns:
            return False  # "a Moscow statement" is the government's
        return lemma in self.kb.event_nouns

    def _where_an_act_inside_happened(self, i: int, head: int) -> bool:
        """ "Qasem Soleimani [in an airstrike in Baghdad]" (a parse hangs the adverbial on the
        name): a place that an act inside the phrase happened in says where, not whose the
        phrase's person is. The place must be the act's own complement: "officials in Syria"
        keep Syria (no act between), and so does "a manager of equity activities at County
        Securities Japan" (Japan names the firm)."""
        tokens = self.doc.tokens
        act = tokens[i].head
        if act == head or tokens[act].pos != "NOUN" or tokens[act].lemma.lower() not in self.kb.event_nouns:
            return False
        if head not in {t.i for t in self.doc.ancestors(act)}:
            return False  # the act is no part of the phrase ("was arrested in Lebanon")
        if self.doc.children(i, "compound"):
            return False  # the place ends a longer name: a firm, not where the act was
        return any(c.lemma.lower() in PLACE_CASES for c in self.doc.children(i, "case"))

    def _titled_now(self, span: list[int], sector: str | None) -> bool:
        """Whether the phrase gives its person a title of office held now: a sector word
        (``sector``, read from the phrase) and no word putting it in the past ("former")."""
        if sector is None or sector == "CVL":
            return False
        # the word before the phrase too: a weak parse may cut "Former" off its title
        around = set(span) | {min(span) - 1} if min(span) > 0 else set(span)
        words = {self.doc.tokens[i].text.lower() for i in around} | {self.doc.tokens[i].lemma for i in around}
        return not words & self.kb.past_office_words

    def attacked_place(self, head: int) -> Actor | None:
        """The country of a place struck or taken ("shelled Kharkiv", "bombed Helmand"): a
        place alone is no actor, but an attack on it is an attack on its country."""
        span = self.np_tokens(head)
        for i in span:
            found = self.matches.get(i)
            if found and found[1].kind in ("place", "capital") and found[1].country:
                entry = found[1]
                return Actor(self._surface(head, span), entry.country, entry.country, None, entry.name)
        return None

    def place_country(self, head: int) -> str | None:
        """The country a place phrase names ("in Cairo", "in Athens", "in Turkey"): a
        country or capital inside it; None for other phrases and unknown places."""
        if not self._in_place_phrase(head):
            return None
        for i in self.np_tokens(head):
            found = self.matches.get(i)
            if found and found[1].kind in ("country", "capital") and found[1].country:
                return found[1].country
        return None

    def _in_place_phrase(self, head: int) -> bool:
        if not self.doc.sentences[self.doc.tokens[head].sent].parsed:  # no tree: read the words before
            return self._after_place_preposition(min(self.np_tokens(head)))
        return any(c.lemma.lower() in PLACE_CASES for c in self.doc.children(head, "case"))

    def _may_have_sector(self, head: int) -> bool:
        """Whether the phrase's head can name people of a sector: a name, a sector or role
        word ("officials", "personnel"), a message (whose modifiers name its issuer: "a police
        statement"), or a word of unknown kind; not an act or a thing ("military action in
        Syria" is no Syrian military, "the army's drills" are no army)."""
        tok = self.doc.tokens[head]
        if tok.pos != "NOUN" or self._is_name(head):
            return True
        if self._mass_sense(head):
            return False  # "met it with force": force, not the armed forces
        if tok.lemma.lower() in self.kb.message_nouns:
            return True  # "a police statement", "an army communique": the issuer's
        return tok.lemma.lower() not in self.kb.event_nouns

    def _mass_sense(self, head: int) -> bool:
        """A sector word bare and singular in its mass sense ("with force", "tightened security")."""
        tok = self.doc.tokens[head]
        bare = not self.doc.children(head, "det", "nmod:poss", "nummod", "amod", "compound")
        return bare and tok.text.lower() in self.kb.mass_senses

    def _not_whose(self, i: int, head: int) -> bool:
        """Whether token ``i`` names what the phrase is about, an act it was part of or where
        the act was, not whose it is: "a question about the Syrian city" is no Syrian's, an
        "Iraq War veteran" no Iraqi, "attacks in Syria" not Syria's (a topic preposition, an
        act noun between the name and the phrase's head, a place under an act)."""
        tokens = self.doc.tokens
        if self._modifies_a_thing(i, head) or self.names_a_patron(i, head) or self._under_an_allegiance(i, head):
            return True
        if self._flag_of_another_s_ship(i, head):
            return True
        if tokens[head].lemma.lower() in self.kb.event_nouns and self._nearest_case(i, head) in PLACE_CASES:
            return True  # "attacks in Syria killed civilians": where the attacks were, not who made them
        return self._hangs_through(i, head, TOPIC_CASES)

    def _under_an_allegiance(self, i: int, head: int) -> bool:
        """Whether token ``i`` hangs on the phrase through a word of allegiance ("militias
        [loyal] to Tehran", "forces [allied] with Russia": ``allegiance_words``): the side
        they are for, not whose they are."""
        tokens = self.doc.tokens
        return any(
            tokens[j].lemma.lower() in self.kb.allegiance_words
            for j in self._governors_up_to(i, head)
            if j != head and tokens[j].head != j  # the words between: not the head, nor a root above it
        )

    def _modifies_a_thing(self, i: int, head: int) -> bool:
        """Whether token ``i`` modifies an act or thing noun inside the phrase, not its head:
        "Iraq War veteran", "U.S. Government bond brokers" (``act_nouns``)."""
        tokens = self.doc.tokens
        act = tokens[tokens[i].head]
        return tokens[i].dep in ("compound", "amod") and act.i != head and act.lemma.lower() in self.kb.event_nouns

    def names_a_patron(self, i: int, head: int) -> bool:
        """Whether token ``i`` is the patron in a hyphened participle before the phrase's
        head ("US-backed forces", "U.N.-sponsored talks": ``patron_participles``) or the side
        a hyphened prefix says the group takes ("pro-Iranian groups": ``side_prefixes``), read
        from the words, as a parse may hang the name on the head itself, or the participle."""
        tokens = self.doc.tokens
        if i > 0 and tokens[i].text.lower() in self.kb.patron_participles and tokens[i - 1].text == "-":
            return True
        if i > 1 and tokens[i - 1].text == "-" and tokens[i - 2].text.lower() in self.kb.side_prefixes:
            return True
        end = self.matches[i][0] if i in self.matches else i + 1
        return end + 1 < head and self._before_hyphened(i, self.kb.patron_participles)

    def _flag_of_another_s_ship(self, i: int, head: int) -> bool:
        """Whether token ``i`` names only the flag of a ship that a plain country word in the
        same phrase says is another's: "a U.S.-flagged Kuwaiti tanker" is Kuwait's
        (``flag_participles``)."""
        flags = self.kb.flag_participles
        if not self._before_hyphened(i, flags):
            return False
        return any(
            j != i and j in self.matches and self.matches[j][1].country and not self._before_hyphened(j, flags)
            for j in self.np_tokens(head)
        )

    def _before_hyphened(self, i: int, participles: set[str]) -> bool:
        """Whether the name at ``i`` stands before a hyphen and one of ``participles``."""
        tokens = self.doc.tokens
        end = self.matches[i][0] if i in self.matches else i + 1
        return end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end + 1].text.lower() in participles

    def _accredited_to(self, i: int, head: int) -> bool:
        """Whether token ``i`` names where a diplomat of the phrase is sent: "the Cypriot
        ambassador [to the UN]", "the US envoy [to Russia]" serve Cyprus and the US."""
        if self.doc.tokens[head].lemma.lower() not in self.kb.accredited_nouns:
            return False
        return self._nearest_case(i, head) == "to"

    def _located(self, i: int, head: int) -> bool:
        """Whether token ``i`` hangs on the phrase through a locative preposition: the mayor
        "on Twitter" or the envoy "at the UN" is not Twitter's or the UN's actor."""
        return self._hangs_through(i, head, LOCATIVE_CASES)

    def _cases_up_to(self, i: int, head: int) -> Iterator[str]:
        """The prepositions on the way from token ``i`` up to the phrase's ``head``, nearest
        first: "in" for "attacks [in] Syria", "with" then "in" for "proposals in talks [with]
        Syrian leaders"."""
        tokens = self.doc.tokens
        while i != head and tokens[i].head != i:
            yield from (c.lemma.lower() for c in self.doc.children(i, "case"))
            i = tokens[i].head

    def _nearest_case(self, i: int, head: int) -> str | None:
        return next(self._cases_up_to(i, head), None)

    def _hangs_through(self, i: int, head: int, cases: Collection[str]) -> bool:
        """Whether token ``i`` hangs on the phrase's ``head`` through one of these prepositions."""
        return any(case in cases for case in self._cases_up_to(i, head))

    def _local_actor(self, head: int, text: str, sector: str | None) -> Actor | None:
        """A sector without a country ("officials", "police", "the interior minister", the issuer
        of "a foreign ministry statement") is, as analysts code it, of the country the article
        is about: the country its explicit mentions name most often. Only the phrase's head may
        carry the sector, so that "a report by officials" does not make the report an actor."""
        tok = self.doc.tokens[head]
        if tok.pos not in ("NOUN", "PROPN") and not self._nominal_adjective(head):
            return None
        if tok.dep in ("amod", "compound", "flat") or self._mass_sense(head):
            return None  # a modifier ("military operation"), not a referring phrase; a possessor refers
        if sector is None and self._is_private_person(head):
            sector = "CVL"
        if sector is None or self.main_country is None or not self.kb.local_country:
            return None
        carrier = self._is_name(head) or tok.lemma.lower() in self.kb.role_nouns or self._issued_by_a_sector(head)
        if not carrier and not self._sector_ends_at(head):
            return None  # a titled name or role noun takes its sector from modifiers ("army personnel")
        if self._of_unknown_organisation(head) or self._called_foreign(head, sector):
            return None
        return self._organisation_headed(head, text) or self._of_the_main_country(text, sector)

    def agent_modifier(self, i: int) -> Actor | None:
        """The people a sector noun modifying an act names, of the country the article is
        about ("[police] violence", "a [rebel] attack", "the [army] offensive"), where no
        other phrase says who acted. A noun only: an adjective names a kind of act ("military
        operation"), a hyphened word the side it is for or against, and a foreign word no one
        of that country."""
        tok = self.doc.tokens[i]
        if tok.dep != "compound" or tok.pos != "NOUN" or self._mass_sense(i):
            return None
        if i > 0 and self.doc.tokens[i - 1].text == "-":
            return None  # "anti-government protests" are against it, "pro-government rallies" for it
        found = self._sector_at(i, {i})
        if found is None or self._called_foreign(i, found[1]):
            return None
        return self._of_the_main_country(tok.text, found[1])

    def _organisation_headed(self, head: int, text: str) -> Actor | None:
        """ "the Secretary General" with no organisation named: the head of the international
        organisation named last before it (``organisation_titles``), if any."""
        title = " ".join(text.lower().split())
        if not any(t in title for t in self.kb.organisation_titles):
            return None
        named = [e for start, (_, e) in sorted(self.matches.items()) if start < head and e.kind == "igo"]
        if not named:  # read from the names, since the mentions may still be being gathered
            return None
        return Actor(text, named[-1].code, named[-1].country, named[-1].sector, named[-1].name)

    def _counted_people(self, head: int) -> bool:
        """A bare number as the object of a verb ("killing four", "arrested 20") counts people."""
        tok = self.doc.tokens[head]
        if tok.pos != "NUM" or tok.dep not in ("obj", "nsubj:pass") or tok.head == head:
            return False
        return self.doc.tokens[tok.head].pos == "VERB" and not self.doc.children(head, "nmod", "compound")

    def _of_the_main_country(self, text: str, sector: str) -> Actor | None:
        """A sector of the country the article is about, recorded as defaulted (see
        ``of_the_country_of``); none where actors may not take that country."""
        if self.main_country is None or not self.kb.local_country:
            return None
        country, name = self.main_country
        actor = sectored(text, country, sector, name)
        self._defaulted.add((text, actor.code))
        return actor

    def is_defaulted(self, actor: Actor) -> bool:
        """Whether the actor's country is only the article's default, not read from its phrase."""
        return (actor.text, actor.code) in self._defaulted

    def of_the_country_of(self, actor: Actor, other: Actor) -> Actor:
        """A person or group whose country is only the article's default, moved to the country
        of ``other``, where the act says they belong there: coerced by a state, they are in its
        jurisdiction ("Iran has banned female chess players" in an interview with an
        Australian); struck in a place, they are its people ("Moscow denied targeting civilians
        in Kharkiv": Ukrainian civilians, though the story is Russia's)."""
        if not self.is_defaulted(actor) or not other.country or not actor.sector or actor.country == other.country:
            return actor
        return sectored(actor.text, other.country, actor.sector, other.name)

    def rebels_against(self, actor: Actor, state: Actor, place: Actor | None = None) -> Actor:
        """An armed group whose country is only the article's default, fighting a state's
        organs, is of that state ("rebels fighting the Syrian government" in a story told from
        Washington): insurgents fight their own government (``INSURGENT_SECTORS``). Fighting
        them in another country (``place``), it is of that country ("militias attacked U.S.
        troops in Iraq")."""
        if actor.sector not in INSURGENT_SECTORS or state.sector not in STATE_SECTORS:
            return actor
        abroad = place is not None and place.country and place.country != state.country
        return self.of_the_country_of(actor, place if abroad else state)

    def _called_foreign(self, head: int, sector: str | None) -> bool:
        """ "foreign authorities", "overseas officials": a modifier (``foreign_words``) that
        is no part of a sector phrase ("the foreign ministry" is the country's own) says the
        actor is not of the country the article is about; so does one of several countries
        (``multinational_words``) on an armed force ("Coalition forces")."""
        if self.doc.tokens[head].pos != "NOUN":
            return False  # a named person's title: "Kuwaiti Foreign Undersecretary al-Shaheen"
        words = self.kb.foreign_words | (self.kb.multinational_words if sector == "MIL" else set())
        foreign = [c.i for c in self.doc.children(head, "amod", "compound") if c.lemma.lower() in words]
        if not foreign:  # most phrases: no sector phrase to read
            return False
        inside = self._sector_words(sorted(set(self.np_tokens(head))))
        return any(i not in inside for i in foreign)

    def _of_unknown_organisation(self, head: int) -> bool:
        """Whether the phrase's title belongs to an organisation the knowledge base does not
        know ("African National Congress president Oliver Tambo", "Red Cross Society
        spokesman"): the recogniser reads a name before the title as an organisation (or,
        before a one-person title with no sector word, leaves a proper name unlabelled: "A
        Kleinwort Benson spokesman"), and some word of it is neither a known name nor a
        sector word. Such a person is not the government of the article's country; better
        no code than that one."""
        tokens = self.doc.tokens
        if tokens[head].ent_type == "ORG":
            return False  # the phrase is the organisation ("National Telecommunications Commission")
        span = set(self.np_tokens(head))
        run = []  # the words right before the head, inside its phrase
        i = head - 1
        while i in span and tokens[i].dep in ("compound", "amod", "flat", "nmod:desc"):
            run.append(i)
            i -= 1
        first = self.doc.sentences[tokens[head].sent].start
        named = [i for i in run if tokens[i].text[:1].isupper() and i > first]
        if not named:  # most phrases: no name before the title
            return False
        sector_words = self._sector_words(sorted(span))
        lemma = tokens[head].lemma.lower()
        bare_title = (lemma,) in self.kb.weak_sectors and lemma in self.kb.person_titles and not sector_words & set(run)
        # a person's or a place's name is labelled; "Kyodo News Agency" is an institution's
        # own name, no title of anyone's
        named = [i for i in named if tokens[i].ent_type == "ORG" or (bare_title and self._unlabelled_name(i))]
        covered = self._named_tokens() | sector_words
        return any(i not in covered for i in named)

    def _unlabelled_name(self, i: int) -> bool:
        tok = self.doc.tokens[i]
        return tok.ent_type == "" and tok.pos == "PROPN"

    def _sector_words(self, span: list[int]) -> set[int]:
        """Tokens of the span that belong to a sector phrase ("Foreign Ministry")."""
        allowed, words = set(span), set()
        for i in sorted(allowed):
            found = self._sector_at(i, allowed)
            if found is not None:
                words.update(range(i, i + found[0]))
        return words

    def _issued_by_a_sector(self, head: int) -> bool:
        """ "a foreign ministry statement", "a police communique": a message noun of issuing
        (``issued_messages``) right after a sector phrase of nouns is that sector's word."""
        if self.doc.tokens[head].lemma.lower() not in self.kb.issued_messages:
            return False
        nouns = {c.i for c in self.doc.children(head, "compound") if c.pos == "NOUN"}
        return self._sector_phrase_ends_at(nouns, head - 1)

    def _sector_ends_at(self, head: int) -> bool:
        """Whether a sector phrase ends on the head word: "police", "law enforcement" (not
        "court cases", whose sector word only modifies the head)."""
        return self._sector_phrase_ends_at({c.i for c in self.doc.children(head, "compound")} | {head}, head)

    def _sector_phrase_ends_at(self, allowed: set[int], last: int) -> bool:
        """Whether a sector phrase made of ``allowed`` words ends on word ``last``."""
        for start in sorted(allowed):
            found = self._sector_at(start, allowed)
            if found is not None and start + found[0] - 1 == last:
                return True
        return False

    def _nominal_adjective(self, head: int) -> bool:
        """An adjective or participle used as a noun for people: "arrested the accused",
        "the injured were taken to hospital", "a gunman [ADJ] shot shoppers" (an article and an
        argument's place: "a" before a lone adjective makes it a noun the tagger missed). The
        place may be a misread object ("praised the injured" as a complement) or a predicate
        under a preposition ("our thoughts are with the injured"), which only a noun takes."""
        tok = self.doc.tokens[head]
        placed = tok.dep in ("nsubj", "nsubj:pass", "obj", "obl", "nmod", "xcomp") or bool(
            self.doc.children(head, "case")
        )
        return (
            tok.pos in ("ADJ", "VERB")
            and placed
            and any(c.lemma in ("the", "a", "an") for c in self.doc.children(head, "det"))
        )

    def _is_private_person(self, head: int) -> bool:
        """A person whom no dictionary, title or apposition codes ("Bruce McArthur
        murdered", "Manafort agreed to help"): as ICEWS codes such people, a private
        person (CVL) of the country the article is about. The name must be one the
        entity recogniser reads as a person in two or more words, here or earlier (a
        later bare surname), so that a lone capitalised word stays uncoded."""
        tokens = self.doc.tokens
        if tokens[head].pos != "PROPN":
            return False
        name = [head]
        for i in range(head + 1, len(tokens)):  # the name's words, however the parse chained them
            if tokens[i].head not in name or tokens[i].dep not in ("flat", "flat:name", "compound"):
                break
            name.append(i)
        name += [c.i for c in self.doc.children(head, "flat", "flat:name", "compound", "nmod:desc") if c.i < head]
        modifiers = [c for i in name for c in self.doc.children(i, "nmod", "appos", "amod") if c.i not in name]
        if any(not _is_age(c.text) for c in modifiers):
            return False  # "Lucy Fischer of The Times", "Dr. Wolf at Saint Francis": a role unread
        after = max(name) + 1
        if after < len(tokens) and self._sector_at(after, {after}):
            return False  # a title after the name, cut off by the parse ("... County Sheriff Bill Brown")
        words = self._person_words()
        return all(words.get(tokens[i].text, head + 1) <= head for i in name)

    def _person_words(self) -> dict[str, int]:
        """Words of multi-word person names -> the first token where they occur (built once)."""
        if self._persons is None:
            self._persons = {}
            tokens = self.doc.tokens
            i = 0
            while i < len(tokens):
                j = i
                while j < len(tokens) and tokens[j].ent_type == "PERSON" and tokens[j].pos == "PROPN":
                    j += 1
                if j - i == 1:  # the recogniser may tag only the surname: "Usman Khan" with "Usman" bare
                    parts = [c.i for c in self.doc.children(i, "compound", "flat", "nmod:desc") if c.pos == "PROPN"]
                    i = parts[0] if parts and parts[0] == i - 1 else i
                named = any(k in self.matches for k in range(i, j))
                if j - i >= 2 and not named and not self._titled_name(i, j):
                    for k in range(i, j):
                        self._persons.setdefault(tokens[k].text, i)
                i = max(j, i + 1)
        return self._persons

    def _titled_name(self, start: int, end: int) -> bool:
        """A title inside the name's words, or an unknown organisation's before them ("ANC
        president Oliver Tambo"): the person is no private person."""
        inside = set(range(start, end))
        return any(self._sector_at(k, inside) for k in inside) or self._of_unknown_organisation(start)

    def _main_country(self) -> tuple[str, str] | None:
        """(code, name) of the article's country: the one its lede names as the subject, else
        the one the text's explicit names mention most often; a tie goes to where things
        happen ("in northern Haiti"), then to a country the headline names ("BOLIVIAN TIN
        MINERS ..." over the visiting "West German president"). The headline only breaks
        ties: it names victims and topics as readily as places ("SEIZURE OF CANADIAN
        MISSIONARIES' LAND" in Haiti)."""
        counts: dict[str, tuple[int, int]] = {}  # country -> (mentions, mentions as the place of something)
        names: dict[str, str] = {}
        for start, (_, entry) in self.matches.items():
            if entry.country and entry.kind in ("country", "adjective", "capital", "leader", "place"):
                mentions, places = counts.get(entry.country, (0, 0))
                counts[entry.country] = (mentions + 1, places + self._after_place_preposition(start))
                if entry.kind != "leader":
                    names.setdefault(entry.country, entry.name)
        if not counts:
            return None
        lede = self._lede_subject_country()
        if lede in counts:  # the lede names the story's main actor: "Kuwait today rejected charges ..."
            return lede, names.get(lede, lede)
        headline = self.kb.headline_countries(self.title)  # counted only where the text names them too
        best = max(counts, key=lambda c: (*counts[c], c in headline))
        return best, names.get(best, best)

    def _lede_subject_country(self) -> str | None:
        """The country (or its capital) named as the subject of the first sentence's main
        verb: a news story's lede names its main actor ("Kuwait, a target of Iranian anger,
        today rejected charges ...", "Washington said ..."). A people ("ethnic Albanians
        demonstrated in Serbia") is no state."""
        if not self.doc.sentences:
            return None
        first = self.doc.sentences[0]
        for i in range(first.start, first.end):
            tok = self.doc.tokens[i]
            if tok.dep == "nsubj" and self.doc.tokens[tok.head].head == tok.head:
                found = self.name_at(i)
                return found[2].country if found and found[2].kind in ("country", "capital") else None
        return None

    def _after_place_preposition(self, start: int) -> bool:
        """Whether a name follows "in", "at", ... with at most two modifiers between ("in
        northern Haiti"), read from the words so that sentences left unparsed count too."""
        tokens = self.doc.tokens
        first = self.doc.sentences[tokens[start].sent].start
        for i in range(start - 1, max(first, start - 3) - 1, -1):
            if tokens[i].text.lower() in PLACE_CASES:
                return True
            if tokens[i].pos not in ("ADJ", "DET", "PROPN"):
                return False
        return False

    def _sector(self, head: int, span: list[int]) -> str | None:
        """Sector words in the phrase, read left to right, longest phrase first; the one
        nearest the head wins, but a generic role word ("spokesman", "officials") yields to
        any other ("police spokesman" is COP). Words of names take no part: "States" in
        "United States Department of Justice" is no "state department", "People's" in
        "People's Republic of China" no CVL; nor do words that modify a thing inside the
        phrase ("Government" in "Government bond brokers")."""
        head_only = self.kb.head_only_sector_words
        allowed = {
            i
            for i in span
            if not self._modifies_a_thing(i, head)
            and not self._begins_a_name(i)
            and (i == head or self.doc.tokens[i].lemma not in head_only)  # "the public", not "public officials"
        } - self._named_tokens()
        best: tuple[tuple[int, int, int], str] | None = None  # ((weak, distance, -length), sector)
        i, last = min(span), max(span)
        while i <= last:
            found = self._sector_at(i, allowed) if i in allowed else None
            if found is None:
                i += 1
                continue
            length, sector, weak = found
            distance = min(abs(head - j) for j in range(i, i + length))
            rank = (int(weak), distance, -length)
            if best is None or rank < best[0]:
                best = (rank, sector)
            i += length
        return best[1] if best else None

    def _begins_a_name(self, i: int) -> bool:
        """Whether token ``i`` is a word that begins other bodies' names, written in a name
        before another of its words ("Union" in "Union Pacific"; ``name_first_words``)."""
        tok = self.doc.tokens[i]
        if tok.lemma.lower() not in self.kb.name_first_words or not tok.text[:1].isupper():
            return False
        following = self.doc.tokens[i + 1] if i + 1 < len(self.doc.tokens) else None
        return following is not None and following.pos == "PROPN" and following.sent == tok.sent

    def _sector_at(self, start: int, allowed: set[int]) -> tuple[int, str, bool] | None:
        """The longest sector phrase beginning at ``start``: (length, sector, weak)."""
        tokens = self.doc.tokens
        if self._is_firm_suffix(tokens[start]):
            return 1, "BUS", False  # "Union Carbide Corp"
        if tokens[start].pos == "PROPN" and tokens[start].text.lower() in self._words_of_firms():
            return 1, "BUS", False  # "a Rossignol spokesman" after "Skis Rossignol SA"
        for length in range(self.kb.max_sector_len, 0, -1):
            window = range(start, start + length)
            if not all(j in allowed for j in window):
                continue
            for key in (tuple(tokens[j].lemma for j in window), tuple(tokens[j].text.lower() for j in window)):
                sector = self.kb.sectors.get(key)
                if sector:
                    return length, sector, key in self.kb.weak_sectors
        return None

    def _is_firm_suffix(self, tok: Token) -> bool:
        """A legal form that ends a firm's name ("Corp", "Inc."), as written (``firm_suffixes``)."""
        return tok.text.rstrip(".") in self.kb.firm_suffixes

    def _words_of_firms(self) -> set[str]:
        """The words of the firms' names the document writes with a legal form ("Skis
        Rossignol SA": "skis", "rossignol"), less the names the knowledge base knows
        ("Japan Airlines Co" does not make "Japan" a firm's word). Built once per document."""
        if self._firm_words is None:
            tokens, named = self.doc.tokens, self._named_tokens()
            words: set[str] = set()
            for i, tok in enumerate(tokens):
                if not self._is_firm_suffix(tok) or i == 0:
                    continue
                j = i - 1
                while j >= 0 and i - j <= 5 and tokens[j].pos == "PROPN" and tokens[j].sent == tok.sent:
                    if j not in named:
                        words.add(tokens[j].text.lower())
                    j -= 1
            self._firm_words = words
        return self._firm_words

    def is_demonym(self, i: int) -> bool:
        """Whether token ``i`` is a country's adjective on its own ("Japanese" in "Japanese
        exports"), not part of a longer name."""
        found = self.matches.get(i)
        return found is not None and found[0] == i + 1 and found[1].kind == "adjective"

    def in_known_name(self, i: int) -> bool:
        """Whether token ``i`` is a word of a name the knowledge base knows ("Amnesty" in
        "Amnesty International")."""
        return i in self._named_tokens()

    def _named_tokens(self) -> set[int]:
        """Tokens inside gazetteer names (built once per document)."""
        if self._named is None:
            self._named = {j for start, (end, _) in self.matches.items() for j in range(start, end)}
        return self._named

    def _resolve_anaphor(self, head: int, span: list[int], text: str) -> Actor | None:
        tokens = self.doc.tokens
        word = tokens[head].text.lower()
        prior = self._named_in_full_before(head, span)
        if prior is not None:
            return self._copy(prior, text)
        if tokens[head].pos == "PRON":
            if word in FIRST_PERSON:
                return Actor(text)  # resolved to the speaker by the attribution stage
            if word in ("it", "its"):
                return self._copy(self._clause_owner(head), text)
            if word in PERSON_PRONOUNS:
                gender = PRONOUN_GENDER[word]
                quoting = self._quoting_subjects(head)  # in a quotation its speaker says "I", not "he"
                own_subjects = self._own_verb_subjects(head)
                excluded = set(quoting or ()) | own_subjects
                prior = (
                    (None if quoting is not None else self._reporting_person(head))
                    or self._own_clause_subject(head, gender)
                    or (None if quoting is not None else self._subject_of_the_clause_above(head, gender))
                    or self._surname_before_in_its_sentence(head, own_subjects)
                )
                if prior is not None:
                    return self._copy(prior, text)
                prior = self._latest(
                    head,
                    lambda m: (
                        self._may_be_a_person(m)
                        and self._gender(m) in (None, gender)
                        and m.head not in excluded
                        and tokens[head].sent - tokens[m.head].sent <= PRONOUN_REACH
                    ),
                )
                noun = self._gendered_noun_before_in_its_sentence(head, gender, excluded)
                if noun is not None and (prior is None or prior.head < noun):  # a nearer person told of by a noun
                    found = self.resolve(noun)
                    return replace(found, text=text) if found else None
                return self._copy(prior, text)
            if word == "their" and not self._in_their:  # once: "their" inside the antecedent is not read
                self._in_their = True
                try:
                    return self._plural_before(head, text)
                finally:
                    self._in_their = False
            return None
        lemma = tokens[head].lemma
        if {lemma.lower(), word} & self.kb.perpetrator_nouns and self.doc.is_definite(head):
            national = self._the_one_national(head)
            if national is not None:
                own = self._sector(head, span) or national.actor.sector or "CVL"
                return sectored(text, national.actor.country, own, national.actor.name)
        possessors = [c for c in self.doc.children(head, "nmod:poss")]
        base = self.resolve(possessors[0].i) if possessors else None
        sector = self._sector(head, span)
        if lemma in COUNTRY_NOUNS and self.doc.is_definite(head):
            if tokens[head].tag == "NNS":
                return None  # "invited the countries": several, not the last one named
            prior = self._latest(head, lambda m: m.actor.country is not None)
            return Actor(text, prior.actor.country, prior.actor.country, None, prior.actor.name) if prior else None
        if base is not None and base.country and sector:
            return sectored(text, base.country, sector, base.name)
        definite = self.doc.is_definite(head) or (  # "the Commission plans": the phrase's article is its head's
            tokens[head].dep == "compound" and self.doc.is_definite(tokens[head].head)
        )
        if lemma in self.kb.anaphoric_nouns and definite and not self._modified_group_noun(head):
            prior = self._latest(
                head, lambda m: lemma in m.actor.text.lower() or (lemma == "group" and self._non_state_body(m))
            )
            return self._copy(prior, text)
        return None

    def _modified_group_noun(self, head: int) -> bool:
        """A noun that also names a group of people, with a word that says which ("the Muslim
        community", "the farmers' union"): no body named before (``bare_anaphoric_nouns``)."""
        if self.doc.tokens[head].lemma.lower() not in self.kb.bare_anaphoric_nouns:
            return False
        return bool(self.doc.children(head, "amod", "compound", "nmod:poss"))

    @staticmethod
    def _non_state_body(m: Mention) -> bool:
        """A named armed group, party or movement, or a non-governmental organisation: what
        "the group" takes up ("The Taliban said the group had carried out the attack"), unlike
        a state's organ ("the White House") or an intergovernmental body."""
        if m.kind == "group":
            return m.actor.sector not in STATE_SECTORS
        return m.kind == "igo" and (m.actor.code or "").startswith("NGO")

    def _the_one_national(self, head: int) -> Mention | None:
        """ "An Australian, Brenton Tarrant, appeared in court ... police arrested the accused":
        a definite description of the perpetrator is the person whose nationality the text
        stated before it, when it stated only one person's (two such people leave it open:
        one of them may be a victim)."""
        found = {
            (self.doc.tokens[m.head].sent, m.actor.code): m  # an unparsed sentence gives a mention a word
            for m in self.explicit
            if m.head < head and m.head in self._nationals
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _may_be_a_person(self, m: Mention) -> bool:
        """A mention "he" or "she" may stand for: a leader, a titled person, a person named
        as a subject (salient), or an office of one person, however coded ("Kenya's president")."""
        return (
            m.kind in ("leader", "titled")
            or (m.kind == "person" and self.doc.tokens[m.head].dep in ("nsubj", "nsubj:pass"))
            or self._is_an_office(m)
        )

    def _surname_before_in_its_sentence(self, pronoun: int, own_subjects: set[int]) -> Mention | None:
        """ "labeled Soleimani a terrorist and levied sanctions against [him]": an object
        pronoun stands for a person named again by surname earlier in its sentence (the latest
        explicit mention is an older one), never for the subject of its own verb (the words
        of ``own_subjects``)."""
        tokens = self.doc.tokens
        tok = tokens[pronoun]
        if not _is_object_pronoun(tok):
            return None
        start = self.doc.sentences[tok.sent].start
        names = (i for i in range(pronoun - 1, start - 1, -1) if tokens[i].pos == "PROPN" and i not in own_subjects)
        latest = next((i for i in names if tokens[i].dep not in ("flat", "compound")), None)
        if latest is None or not self._bare_surname(latest, [latest]):
            return None  # a full name is an explicit mention already, which the general search finds
        surname = {tokens[latest].text}
        return self._latest(latest, lambda m: self._names_a_person_with(m, surname))

    def _gendered_noun_before_in_its_sentence(self, pronoun: int, gender: str, excluded: set[int]) -> int | None:
        """ "sent his girlfriend videos and advised [her] to kill": a he or she stands for the
        nearest person of its gender that a singular common noun names earlier in its sentence
        ("girlfriend", "husband", "woman": ``gender_words``), rather than for someone named
        sentences before (the caller keeps a named person nearer still); the word's index, for
        the caller to resolve (often to no one). Not the subject of the pronoun's own verb
        (``excluded``), and not a title of a name ("Queen Elizabeth"), which the search of
        named mentions finds."""
        tokens = self.doc.tokens
        start = self.doc.sentences[tokens[pronoun].sent].start
        for i in range(pronoun - 1, start - 1, -1):
            tok = tokens[i]
            if tok.pos != "NOUN" or tok.tag != "NN" or i in excluded:
                continue  # one person: "he" is no "businessmen"
            if tok.dep in ("compound", "flat") and tokens[tok.head].pos == "PROPN":
                continue  # a title: "Queen Elizabeth", "Chairwoman Waters"
            if self.kb.gender_words.get(tok.lemma.lower()) == gender:
                return i
        return None

    def _own_verb_subjects(self, pronoun: int) -> set[int]:
        """The words of the subject of the verb an object pronoun depends on, which English
        does not let it stand for ("Mahdi met him": not Mahdi, who would be "himself"); none
        for a subject or a possessive pronoun."""
        tok = self.doc.tokens[pronoun]
        if not _is_object_pronoun(tok):
            return set()
        verb = tok.head
        if tok.dep == "nmod" and self.doc.tokens[verb].dep in ("obj", "obl"):
            verb = self.doc.tokens[verb].head  # "unsealed charges against him"
        elif tok.dep not in ("obj", "iobj", "obl"):
            return set()
        if self.doc.tokens[verb].pos != "VERB":
            return set()  # a misparse: "charges" a conjunct of "prison" in "X is in prison, but ..."
        return {i for s in self.doc.children(verb, "nsubj") for i in (s.i, *self.doc.subtree(s.i))}

    def _names_a_person_with(self, m: Mention, words: set[str]) -> bool:
        """Whether a mention names a person (or an office of one) whose name has these words."""
        person = m.kind in ("leader", "titled", "person") or self._is_an_office(m) or self._national_name(m)
        return person and words <= self._name_words(m)

    def _gender(self, m: Mention) -> str | None:
        """The gender a mention's own words or its apposition give ("Crown Prince
        Mohammed", "Hatice Cengiz, fiancée of ..."), or any mention of the same leader
        ("Mohammad" after "Crown Prince Mohammad bin Salman"); None: a name alone tells nothing."""
        same = [o for o in self.explicit if o.actor.name == m.actor.name]
        a_leader = any(o.kind == "leader" for o in same)  # a person's name, not a country's
        words = [w for o in (same if a_leader else [m]) for w in self._gender_clues(o)]
        genders = {self.kb.gender_words[w] for w in words if w in self.kb.gender_words}
        return genders.pop() if len(genders) == 1 else None

    def _gender_clues(self, m: Mention) -> list[str]:
        head = self.doc.tokens[m.head]
        words = m.actor.text.lower().split()
        words += [c.lemma.lower() for c in self.doc.children(head.i, "appos", "nmod:desc", "compound")]
        if head.dep == "appos":
            words.append(self.doc.tokens[head.head].lemma.lower())
        return words

    def _quoting_subjects(self, head: int) -> set[int] | None:
        """For a word inside a quotation, the words of the subjects its sentence has outside
        the quotation (\"X said, 'He was a fine man'\": X, who would say "I"); None outside one."""
        at = self.doc.tokens[head].idx
        quote = self.doc.quotation_at(at)
        if quote is None:
            return None
        sent = self.doc.sentences[self.doc.tokens[head].sent]
        return {
            i
            for t in self.doc.tokens[sent.start : sent.end]
            if t.dep in ("nsubj", "nsubj:pass") and not quote[0] <= t.idx < quote[1]
            for i in self.np_tokens(self.np_head(t.i))
        }

    def _named_in_full_before(self, head: int, span: list[int]) -> Mention | None:
        """The earlier mention of the person a bare surname names ("Lorenzana" after "Delfin
        Lorenzana, the Defence Secretary"), by every word of the name: "Ali Larijani" is not
        the earlier "Ali Khamenei"."""
        if not self._bare_surname(head, span):
            return None
        tokens = self.doc.tokens
        words = {tokens[head].text} | {c.text for c in self.doc.children(head, "flat") if c.pos == "PROPN"}
        return self._latest(head, lambda m: self._names_a_person_with(m, words))

    def _reporting_person(self, head: int) -> Mention | None:
        """ "Putin, who met Erdogan on Monday, said he would send troops": "he" as the subject
        of a clause that a person's verb governs is that person, however many people were
        named in between; news writes "X said he" for X's own words and acts."""
        tok = self.doc.tokens[head]
        if tok.dep not in ("nsubj", "nsubj:pass") or tok.text.lower() not in ("he", "she"):
            return None
        clause = self.doc.tokens[tok.head]
        if clause.dep != "ccomp" or clause.head == clause.i:
            return None
        return self._person_subject(clause.head, ("nsubj",))

    def _person_subject(self, verb: int, labels: tuple[str, ...], gender: str | None = None) -> Mention | None:
        """The person a subject of ``verb`` (under ``labels``) names, as named in full before
        ("Lorenzana said he": the Lorenzana named earlier); with a ``gender``, only a person
        who may be of it."""
        for subj in self.doc.children(verb, *labels):
            speaker = self.np_head(subj.i)
            found = [m for m in self.explicit if m.head == speaker]
            if not found or not self._may_be_a_person(found[0]):
                continue
            if gender is None or self._gender(found[0]) in (None, gender):
                return self._named_in_full_before(speaker, self.np_tokens(speaker)) or found[0]
        return None

    def _subject_of_the_clause_above(self, head: int, gender: str) -> Mention | None:
        """ "Mitsotakis met President Trump, where he denounced the agreement": "he" as the
        subject of a clause joined to another (a conjunct, an adverbial or a relative clause)
        is the person who is the subject of the clause above, as readers take it (and as
        Hobbs's search finds it), not the person named last, who is that clause's object."""
        tok = self.doc.tokens[head]
        if tok.dep not in ("nsubj", "nsubj:pass") or tok.text.lower() not in ("he", "she"):
            return None
        clause = self.doc.tokens[tok.head]
        if clause.dep not in ("conj", "advcl", "acl:relcl") or clause.head == clause.i:
            return None
        joiner = {"conj": "cc", "advcl": "mark"}.get(clause.dep)
        if joiner and not self.doc.children(clause.i, joiner):
            return None  # a weak parse: "accused Biden of saying he wanted" with "wanted" a bare conjunct
        above = next((a for a in self.doc.ancestors(clause.i) if a.pos == "VERB"), None)
        return self._person_subject(above.i, ("nsubj", "nsubj:pass"), gender) if above is not None else None

    def _own_clause_subject(self, head: int, gender: str) -> Mention | None:
        """ "Miyazawa failed to outline the package in his meeting with Baker": a possessive
        "his" or "her" inside a clause whose subject is a person is, as English binds it,
        that person, however many people the text named just before."""
        tok = self.doc.tokens[head]
        if tok.dep != "nmod:poss" or tok.text.lower() not in ("his", "her"):
            return None
        verb = next((a for a in self.doc.ancestors(head) if a.pos == "VERB"), None)
        for _ in range(len(self.doc.tokens)):  # bounded: a malformed tree must not hang
            if verb is None or verb.dep not in ("xcomp", "conj") or self.doc.children(verb.i, "nsubj"):
                break
            verb = self.doc.tokens[verb.head]  # "Miyazawa failed [to outline] ... his": the controller
        if verb is None:
            return None
        above = {a.i for a in self.doc.ancestors(verb.i)} | {verb.i}
        inside = {head} | {a.i for a in self.doc.ancestors(head) if a.i not in above}
        for subj in self.doc.children(verb.i, "nsubj"):
            if subj.i in inside or subj.pos == "PRON":
                return None
            found = [m for m in self.explicit if m.head == self.np_head(subj.i)]
            if found and self._may_be_a_person(found[0]) and self._gender(found[0]) in (None, gender):
                return found[0]
            if not found and subj.pos == "PROPN":  # a surname found again ("Miyazawa failed ...")
                actor = self.resolve(subj.i)
                if actor is not None and actor.code:
                    return Mention(subj.i, actor, "person")
        return None

    def _clause_owner(self, head: int) -> Mention | None:
        """ "Switzerland said it had expelled two diplomats": "it" in a clause reported or
        planned by a country or organisation is that country or organisation. Climbs
        the clauses above the pronoun to the first subject that is not a pronoun; a person
        there ("Putin said it would...") leaves "it" unresolved, unless a spokesperson, who
        speaks for their organisation ("Houthi spokesperson Yahya Sarea said it had ..."), and
        a plural common noun there is no "it" ("student groups gave the government until
        Thursday to throw it out": the bill)."""
        tokens = self.doc.tokens
        own = {head}
        if tokens[head].dep == "nmod:poss" and tokens[tokens[head].head].dep in ("nsubj", "nsubj:pass", "obj"):
            own.add(tokens[head].head)  # "its troops shelled": from the clause "its troops" is in
        i = tokens[max(own)].head
        for _ in range(6):
            clause = tokens[i]
            for subj in self.doc.children(i, "nsubj"):
                if subj.i not in own and subj.pos != "PRON":
                    subject = tokens[self.np_head(subj.i)]
                    if subject.tag == "NNS" and subject.text.islower():  # not a name: "Syrian Democratic Forces"
                        return None
                    found = [m for m in self.explicit if m.head == subject.i]
                    person = found and found[0].kind in ("leader", "titled") and not self._speaks_for_body(found[0])
                    return found[0] if found and not person and found[0].actor.code else None
            if clause.head == i or not (
                clause.dep in ("ccomp", "xcomp", "advcl", "conj", "parataxis") or self._content_clause(i)
            ):
                return None
            i = clause.head
        return None

    def _speaks_for_body(self, mention: Mention) -> bool:
        """Whether a named person's title, in their phrase or an apposition ("Yahya Sarea, a
        Houthi military spokesperson"), is a spokesperson's."""
        heads = [mention.head] + [c.i for c in self.doc.children(mention.head, "appos")]
        words = {self.doc.tokens[i].lemma.lower() for h in heads for i in self.np_tokens(h)}
        return bool(words & self.kb.voice_titles)

    def _content_clause(self, i: int) -> bool:
        """A that-clause on a noun, or that noun as the object of its verb: "denied the
        claim that it had attacked" climbs through "claim" to the one who denied."""
        tok = self.doc.tokens[i]
        if tok.dep == "acl":
            return any(m.lemma == "that" for m in self.doc.children(i, "mark"))
        clauses = self.doc.children(i, "acl")
        return tok.dep == "obj" and tok.pos == "NOUN" and any(self._content_clause(c.i) for c in clauses)

    def _bare_surname(self, head: int, span: list[int]) -> bool:
        """A surname alone ("Pimentel said"): a name of at most two words, or a capitalised
        word alone in its phrase that the tagger read as a common noun or adjective ("Cengiz
        called ...", "Smithers testified": unfamiliar names often are), provided no sector
        word reads it ("Police said" is no "Police Commissioner Cressida Dick"), nor a title
        with an article."""
        tok = self.doc.tokens[head]
        if tok.pos == "PROPN":  # a title with an article is no surname: "the Secretary General" ("the SEC" is a name)
            titled = bool(self.doc.children(head, "det")) and self._sector(head, span) is not None
            return sum(self.doc.tokens[i].pos == "PROPN" for i in span) <= 2 and not titled
        capitalised = tok.text[:1].isupper() and tok.text[1:].islower()
        return tok.pos in ("NOUN", "ADJ") and capitalised and span == [head] and self._sector(head, span) is None

    def _name_words(self, mention: Mention) -> set[str]:
        """The words of a mention's name, wherever an apposition put them: "Lam" in
        "Carrie Lam, the chief executive of Hong Kong" (the text's last word is "Kong")."""
        text = mention.actor.text.split()
        if not text:  # a stray space token tagged as a name
            return set()
        words = {text[-1], *text[-1].split("-")}  # "al-Shaheen" is "Shaheen" again
        head = self.doc.tokens[mention.head]
        apposed = [c.i for c in self.doc.children(head.i, "appos")]
        if head.dep == "appos":  # "prosecutor Josh Bash, [the U.S. Attorney] for ...": Bash
            apposed.append(head.head)
        for i in [head.i] + apposed:
            words |= {self.doc.tokens[j].text for j in self._name_parts(i) if self._is_name(j)}
        return words

    def _name_parts(self, i: int) -> list[int]:
        """A word and the words of its name ("Josh" and "Bash", chained as flat in "prosecutor
        Josh Bash")."""
        parts, todo = [], [i]
        while todo and len(parts) < 8:
            j = todo.pop()
            parts.append(j)
            todo += [c.i for c in self.doc.children(j, "flat", "flat:name", "compound")]
        return parts

    def _national_name(self, m: Mention) -> bool:
        """A name coded by the nationality before it ("Turkish journalist Hatice Cengiz"):
        the person, whom the surname alone ("Cengiz") names again."""
        return m.kind == "adjective" and self.doc.tokens[m.head].pos == "PROPN"

    def _is_an_office(self, m: Mention) -> bool:
        """A mention read from a one-person office ("the U.S. Attorney for ..."), whatever its kind."""
        return self.doc.tokens[m.head].lemma.lower() in self.kb.person_titles

    def _latest(self, before: int, accept) -> Mention | None:
        candidates = [m for m in self.explicit if m.head < before and accept(m)]
        return candidates[-1] if candidates else None

    @staticmethod
    def _copy(mention: Mention | None, text: str) -> Actor | None:
        return None if mention is None else replace(mention.actor, text=text)

    def resolve_with_conjuncts(self, head: int, depth: int = 0) -> list[Actor]:
        """Resolve a phrase and its coordinated siblings ("France and Germany"); a phrase
        whose one actor comes from a coordinated complement stands for each of them: "the
        ambassadors of Arnor, Osgiliath and Gondor" are three GOV actors, "ties with
        Mordor, Rohan and Bree" name three countries."""
        if self.doc.tokens[head].text.lower() in PLURAL_PRONOUNS and depth == 0:
            return self._plural_antecedent(head)
        antecedent = self.relative_antecedent(head)
        if antecedent is not None:  # "Cyprus, which Turkey does not recognize": Cyprus
            return self.resolve_with_conjuncts(antecedent, depth + 1)
        pair = self._the_two_countries(head)
        if pair:
            return pair
        conjuncts = [c.i for c in self.doc.conjuncts(head)]
        if len(conjuncts) == 1 and self._after_a_lone_comma(conjuncts[0]):
            first, second = self.resolve(head), self.resolve(conjuncts[0])
            titled = _named_with_a_title(self.doc.tokens[head], first, second)
            if titled is not None:  # "Tobias Ellwood, Foreign Office Minister, said": the minister
                return [titled]
            if first is not None and second is not None and first.country == second.country:
                conjuncts = []  # one actor named twice ("the Iraqi Foreign Minister, Ibrahim al-Jaafari")
        sharing = self._sharing_conjuncts(head, conjuncts, depth) if conjuncts and depth < 3 else {}
        heads = [head] + conjuncts + self._name_conjuncts(head) + self._stray_conjuncts(head)
        actors = [a for h in heads if h not in sharing for a in [self.resolve(h)] if a is not None]
        if len(actors) == 1 and depth < 3:
            actors = (
                self._distributed(head, actors[0], depth)
                or self._coordinated_modifiers(head, actors[0])
                or self._coordinated_sectors(head, actors[0])
                or actors
            )
        actors += [a for found in sharing.values() for a in found]
        if depth < 3:
            actors += [a for p in self._comitative_partners(head) for a in self.resolve_with_conjuncts(p, depth + 1)]
        return [part for a in actors for part in _members(a)]

    def _comitative_partners(self, head: int) -> list[int]:
        """ "Canada, along with the European Community, brought a complaint": the one a
        subject does the act "together with" or "along with", in a phrase between commas
        right after it (``comitative_words``), is a partner in the act, as a conjunct is.
        Read from the words, since parsers hang the phrase on the subject or on the adverb."""
        tokens = self.doc.tokens
        tok = tokens[head]
        verb = tok.head
        if tok.dep not in ("nsubj", "nsubj:pass") or verb <= head:
            return []
        phrase = set(self.doc.subtree(head))
        comma = head + 1
        while comma < verb and tokens[comma].text != ",":
            if comma not in phrase:
                return []
            comma += 1
        close = next((m for m in range(comma + 1, verb) if tokens[m].text == ","), None)
        if close is None:
            return []
        word = next((m for m in range(comma + 2, close - 1) if tokens[m].text.lower() == "with"), None)
        if word is None or tokens[word - 1].text.lower() not in self.kb.comitative_words:
            return []  # "both individually and together with": the words before may say more
        span = range(word + 1, close)
        partner = next((i for i in span if tokens[i].head not in span or tokens[i].head == i), None)
        return [partner] if partner is not None else []  # none only in a malformed tree

    def _after_a_lone_comma(self, conjunct: int) -> bool:
        """Whether a conjunct's phrase follows a comma and no list goes on after it: then it
        may be its head's apposition, one actor named twice, where two countries after a comma
        ("Iraq, Iran") stay two, and a list has a conjunction ("Vice President Bush, Secretary
        Shultz and ...")."""
        phrase = self.doc.subtree(conjunct)
        words = [conjunct, *(i for i in phrase if self.doc.tokens[i].pos != "PUNCT")]
        if self.doc.tokens[min(words) - 1].text != ",":  # "Ellwood, [Foreign Office] Minister"
            return False
        return not any(self.doc.tokens[i].dep in ("cc", "conj") for i in phrase if i != conjunct)

    def _the_two_countries(self, head: int) -> list[Actor]:
        """ "the two countries", "both nations": the last two countries named before, other than
        the subject of the verb the phrase completes."""
        tok = self.doc.tokens[head]
        counted = {c.lemma.lower() for c in self.doc.children(head, "nummod", "det")}
        if tok.lemma.lower() not in COUNTRY_NOUNS or not counted & {"two", "both"}:
            return []
        found: list[Actor] = []
        verb = tok.head  # "Italy invited the two countries": Italy is not one of them
        doers = {c.i for c in self.doc.children(verb, "nsubj", "nsubj:pass")} if verb != head else set()
        for mention in reversed([m for m in self.explicit if m.head < head and m.head not in doers]):
            country = mention.actor.country
            if (
                mention.kind in ("country", "adjective", "capital")
                and country
                and country not in {a.country for a in found}
            ):
                found.append(Actor(tok.text, country, country, None, mention.actor.name))
            if len(found) == 2:
                return found[::-1]
        return []

    def relative_antecedent(self, head: int) -> int | None:
        """The noun a relative pronoun stands for: the head of its relative clause."""
        tok = self.doc.tokens[head]
        if tok.lemma.lower() not in RELATIVE_PRONOUNS or tok.pos != "PRON":
            return None
        clause = self.doc.tokens[tok.head]
        return clause.head if clause.dep == "acl:relcl" and clause.head != clause.i else None

    def _sharing_conjuncts(self, head: int, conjuncts: list[int], depth: int) -> dict[int, list[Actor]]:
        """Conjuncts that name only a sector share the countries that modify the whole
        coordination: "Danish media and government" (a modifier before the first conjunct),
        "lawmakers and officials in Fornost and Gondor" (one after the last), which the
        parse hangs on the first conjunct. A conjunct naming its own country keeps it."""
        last = max(conjuncts)
        shared = [
            c.i for c in self.doc.children(head, "amod", "compound", "nmod", "nmod:poss") if not head <= c.i <= last
        ]
        countries = [a for m in shared for a in self.resolve_with_conjuncts(m, depth + 1) if a.country]
        found: dict[int, list[Actor]] = {}
        for c in conjuncts if countries else []:
            span = self.np_tokens(c)
            sector = None if any(i in self.matches for i in span) else self._sector(c, span)
            if sector:  # not "Danish media and Swedish government", not "lions and tigers"
                text = self._surface(c, span)
                found[c] = [sectored(text, a.country, sector, a.name) for a in countries]
        return found

    def _stray_conjuncts(self, head: int) -> list[int]:
        """ "Fornost and Gondor welcomed": a weak parse makes "Gondor" alone the subject,
        keeps "and" under it (UD hangs a conjunction on the conjunct after it, so a phrase
        never holds the "and" before itself) and hangs "Fornost" elsewhere. The phrase
        ending right before that "and" is then the first conjunct, with its own list."""
        tokens = self.doc.tokens
        ccs = [c.i for c in self.doc.children(head, "cc") if c.i < head]
        before = ccs[0] - 1 if ccs else -1
        if before < 0 or tokens[before].pos not in ("PROPN", "NOUN") or tokens[before].sent != tokens[head].sent:
            return []
        first = self.np_head(before)
        if tokens[first].dep in ("nmod", "obl", "nmod:poss"):
            return []  # "Lawmakers in Fornost and Gondor": inside another phrase, not a conjunct of this one
        for _ in range(5):  # to the head of the list the first conjunct belongs to
            if tokens[first].dep != "conj" or tokens[first].head == first:
                break
            first = tokens[first].head
        if first == head or first in self.np_tokens(head) or head in self.doc.subtree(first):
            return []
        return [first] + [c.i for c in self.doc.children(first, "conj")]

    def _name_conjuncts(self, head: int) -> list[int]:
        """Conjuncts a weak parse hung on a word inside the name rather than on its head:
        "US President Donald Trump and Turkish President Erdoğan" with "Erdoğan" under "Donald".
        A bare common noun among them is an actor of its own only where it makes another
        kind of actor of the phrase's noun ("ruling and [opposition] parties"), not one more
        kind of the same ("his trade, defence, oil and [health] ministers" are all ministers);
        one with words of its own is a phrase of its own ("X and [Nigerian minister] Y")."""
        inner = [c.i for c in self.doc.children(head, "flat", "flat:name", "compound", "nmod:desc")]
        inner += [g.i for i in inner for g in self.doc.children(i, "flat", "flat:name")]
        found = [c.i for i in inner for c in self.doc.children(i, "conj")]
        bare = [c for c in found if not self._phrase_of_its_own(c)]
        if not bare:
            return found
        own = self._sector(head, [head])  # read only for bare modifiers: this runs on every phrase
        return [c for c in found if c not in bare or self._sector(head, [c, head]) != own]

    def _phrase_of_its_own(self, word: int) -> bool:
        """A name, or a noun with words of its own ("Nigerian minister"), not a bare modifier."""
        if self.doc.tokens[word].pos == "PROPN":
            return True
        return any(k.dep not in ("punct", "cc") for k in self.doc.children(word))

    def _plural_antecedent(self, head: int) -> list[Actor]:
        """ "They called on Turkey": the nearest earlier subject that names several actors
        ("Egypt, Greece and Cyprus") or a plural group ("the protesters"); none when that
        subject names no actor. A "they" that is itself a subject continues the chain
        ("They concluded... They called on") and a singular subject is passed over, up to
        three sentences back; the subject of a
        clause inside another ("concluded that the agreement is void") is no antecedent, nor
        is the subject of the verb "them" is an object of."""
        tokens = self.doc.tokens
        sent = self.doc.sentences[tokens[head].sent]
        first = self.doc.sentences[max(sent.index - 3, 0)].start
        for i in range(head - 1, first - 1, -1):
            tok = tokens[i]
            if tok.dep not in ("nsubj", "nsubj:pass") or self._postposed_teller(i):
                continue
            if not (self._in_main_clause(i) or self._in_lead_clause(i)):
                continue
            if tok.head == tokens[head].head and tokens[head].dep not in ("nsubj", "nsubj:pass"):
                continue  # "police fired tear gas at them": them are not the police
            if tok.pos == "PRON":
                if tok.text.lower() in PLURAL_PRONOUNS:
                    continue  # the same "they": look further back
                return []
            actors = _without_bare_twins(self.resolve_with_conjuncts(i, depth=1))
            if len(actors) > 1 or (actors and tok.tag in ("NNS", "NNPS")):
                return [replace(a, text=tokens[head].text) for a in actors]
            if tok.tag in ("NN", "NNP") and not self.doc.children(i, "conj"):
                continue  # one person or thing is no "they": "The Italian minister joined. They..."
            return []
        return []

    def _plural_before(self, head: int, text: str) -> Actor | None:
        """ "Iran seized Kuwaiti boats and detained their crews", "police arrested the
        protesters and seized their phones": a possessive "their" is the nearest plural
        phrase before it in its sentence that names an actor (a country's name is "its").
        The subject of the verb over the phrase is passed over: "troops shelled their
        positions" are someone else's, and where they are the subject's own ("recalled their
        ambassadors") the phrase says nothing the subject does not."""
        tokens = self.doc.tokens
        first = self.doc.sentences[tokens[head].sent].start
        verb = tokens[tokens[head].head].head
        own = set()
        for _ in range(3):  # the verb and the verbs it is coordinated with ("seized ... and detained their")
            own |= {j for c in self.doc.children(verb, "nsubj", "nsubj:pass") for j in self.np_tokens(c.i)}
            if tokens[verb].dep != "conj":
                break
            verb = tokens[verb].head
        for i in range(head - 1, first - 1, -1):
            tok = tokens[i]
            plural = tok.tag in ("NNS", "NNPS") or (tok.pos in ("NOUN", "PROPN") and self.doc.children(i, "conj"))
            if not plural or tok.dep in ("compound", "amod", "flat", "conj") or self.np_head(i) != i or i in own:
                continue
            actors = [a for a in self.resolve_with_conjuncts(i, depth=1) if a.code]
            if actors:
                return replace(actors[0], text=text)
        return None

    def _postposed_teller(self, i: int) -> bool:
        """ "Farmers blocked a border crossing, officials said": the subject of a verb whose
        reported clause comes before it only tells of the news; "they" in the next sentence
        are the farmers."""
        verb = self.doc.tokens[i].head
        return any(c.i < i for c in self.doc.children(verb, "ccomp", "parataxis"))

    def _in_lead_clause(self, i: int) -> bool:
        """Whether token ``i`` belongs to a reported clause that opens its sentence, told by a
        main verb after it ("[Farmers blocked the road], officials said")."""
        tokens = self.doc.tokens
        clause = self._clause_of(i)
        teller = tokens[clause].head
        return tokens[clause].dep in ("ccomp", "parataxis") and teller > clause and tokens[teller].dep == "root"

    def _clause_of(self, i: int) -> int:
        """The first of the coordinated clauses that token ``i`` belongs to."""
        tokens = self.doc.tokens
        clause = tokens[i].head
        while tokens[clause].dep == "conj" and tokens[clause].head != clause:
            clause = tokens[clause].head
        return clause

    def _in_main_clause(self, i: int) -> bool:
        """Whether token ``i`` belongs to its sentence's main clause (or one coordinated with it)."""
        clause = self._clause_of(i)
        return self.doc.tokens[clause].dep == "root" or self.doc.tokens[clause].head == clause

    def _distributed(self, head: int, actor: Actor, depth: int) -> list[Actor]:
        for inner in self.doc.children(head, "nmod"):
            found = self.resolve_with_conjuncts(inner.i, depth + 1)
            if len(found) > 1 and actor.country and actor.country in {f.country for f in found}:
                if not actor.sector or actor.code in {f.code for f in found}:
                    return found
                return [sectored(actor.text, f.country, actor.sector, f.name) for f in found if f.country]
        return []

    def _coordinated_modifiers(self, head: int, actor: Actor) -> list[Actor]:
        """ "French and German leaders", "US and Russian negotiators": countries coordinated in
        a phrase's modifiers (one modifier and its conjuncts, or two modifiers with an "and"
        between them, as parsers hang them) each have the group the phrase names."""
        if not actor.country:
            return []
        words = self._coordinated_modifier_words(head)
        if not words:
            return []
        countries: dict[str, str] = {}
        for i in words:
            found = self.matches.get(i)
            if found is not None and found[1].kind in ("country", "adjective") and found[1].country:
                countries.setdefault(found[1].country, found[1].name)
        if len(countries) < 2 or actor.country not in countries:
            return []
        if actor.sector:
            return [sectored(actor.text, country, actor.sector, name) for country, name in countries.items()]
        return [Actor(actor.text, country, country, None, name) for country, name in countries.items()]

    def _coordinated_modifier_words(self, head: int) -> list[int]:
        """The modifiers of a phrase's noun with their conjuncts, in order, when an "and" or
        "or" joins them ("French and German leaders", "the foreign and defence ministers");
        none otherwise."""
        modifiers = self.doc.children(head, "amod", "compound")
        words = sorted({m.i for m in modifiers} | {c.i for m in modifiers for c in self.doc.children(m.i, "conj")})
        if not words or not any(self.doc.tokens[i].dep == "cc" for i in range(words[0], head)):
            return []
        return words

    def _coordinated_sectors(self, head: int, actor: Actor) -> list[Actor]:
        """ "the foreign and defence ministers of Japan", "the Iraqi interior and defence
        ministers": coordinated modifiers that make different kinds of the phrase's noun (a
        defence minister is MIL, a foreign minister GOV, an interior minister COP) give one
        actor of the phrase's country per kind; "his trade, oil and health ministers" stay one."""
        if not actor.country or not actor.sector:
            return []
        words = self._coordinated_modifier_words(head)
        if not words:
            return []
        noun = self.doc.tokens[head]
        kinds = {self._sector_of_pair(self.doc.tokens[i], noun) for i in words} - {None}
        if len(kinds) < 2:
            return []
        return [sectored(actor.text, actor.country, kind, actor.name) for kind in sorted(kinds)]

    def _sector_of_pair(self, modifier: Token, noun: Token) -> str | None:
        """The sector of a modifier and its noun read as one phrase ("defence" + "ministers":
        "defence minister"), by lemma or by form; else the noun's own ("finance ministers" are
        ministers)."""
        for key in ((modifier.lemma, noun.lemma), (modifier.text.lower(), noun.text.lower())):
            sector = self.kb.sectors.get(key)
            if sector:
                return sector
        return self.kb.sectors.get((noun.lemma,)) or self.kb.sectors.get((noun.text.lower(),))

    def _agent_hung_lower(self, verb: int) -> list[Token]:
        """A passive's "by" agent that the parse hung on one of the verb's obliques: "was
        sentenced to life in prison by a court" with "by a court" on "life". An oblique takes
        no agent of its own; a clause inside it ("a raid organised by X") keeps its own, and so
        does an act named by a noun in a phrase of cause or time ("suspended due to the
        kidnapping of the president by paratroopers": the paratroopers kidnapped, they
        suspended nothing; "sentenced for her murder by a court" is still the court's)."""
        obliques = [o for o in self.doc.children(verb, "obl") if not self._other_act(o)]
        found = [p for oblique in obliques for p in self.doc.phrases(oblique.i, "by")]
        return found[:1]

    def _other_act(self, oblique: Token) -> bool:
        """An act named by a noun after "due to", "after", "amid", ...: another event than the verb's."""
        if oblique.lemma.lower() not in self.kb.event_nouns:
            return False
        return any(c.lemma.lower() in CAUSE_OR_TIME_CASES for c in self.doc.children(oblique.i, "case"))

    def subjects(self, i: int, depth: int = 0) -> list[Actor]:
        """Actors doing what predicate ``i`` says: subject, passive agent, or inherited
        from the governing clause ("decided to conduct", "X's move to cut")."""
        doc = self.doc
        tok = doc.tokens[i]
        # a bare past participle is passive: "appeared in court, charged with murder" (with an
        # object it is a past tense the tagger misread: "police fired tear gas")
        small_clause = doc.small_clause_patient(i) is not None  # "had the journalist [arrested]"
        passive = (
            doc.is_bare_participle(i)
            or doc.is_reduced_passive(i)
            or doc.is_subordinated_participle(i)
            or small_clause
            or bool(doc.children(i, "aux:pass"))
        )
        if passive or doc.children(i, "nsubj:pass"):
            subjects = doc.phrases(i, "by", "obl") or self._agent_hung_lower(i)
            if not subjects and small_clause and doc.tokens[tok.head].lemma in CAUSATIVE_VERBS:
                return self.subjects(tok.head, depth + 1)  # "Duterte had the journalist arrested"
        else:  # a weak parse sometimes hangs the subject on the auxiliary
            subjects = doc.children(i, "nsubj") or [
                s for a in doc.children(i, "aux") for s in doc.children(a.i, "nsubj")
            ]
            if not subjects and tok.pos == "ADJ":  # "Syria says it is willing to...": "it" read as expletive
                subjects = [e for e in doc.children(i, "expl") if e.text.lower() == "it"]
            head = doc.tokens[tok.head]
            if not subjects and tok.dep in ("parataxis", "conj", "ccomp") and head.lemma in AUXILIARY_LEMMAS:
                # "X has, meanwhile, stressed that": the auxiliary, read as the main verb, holds X
                subjects = [c for c in doc.children(head.i, "nsubj") if c.i < i]
        actors: list[Actor] = []
        for subj in subjects:
            owner = tok.head if subj.lemma in RELATIVE_PRONOUNS and tok.dep == "acl:relcl" else subj.i
            actors += self.resolve_with_conjuncts(owner)
        if actors or subjects or depth > 4 or tok.head == i or passive:
            return actors  # a passive without its agent inherits no one: "wants to be allowed to"
        absolute = self._absolute_subject(i)
        if absolute is not None:
            return self.resolve_with_conjuncts(absolute)
        intender = self._intent_owner(tok)
        if intender is not None:
            return self.resolve_with_conjuncts(intender)
        head = doc.tokens[tok.head]
        controller = self._gerund_controller(tok)
        if controller:
            return controller
        # a participle is an adjunct of its verb's subject ("police cleared protesters using
        # tear gas"), except after verbs of perception ("saw protesters throwing stones")
        adjunct = tok.tag == "VBG" and head.lemma not in PERCEPTION_VERBS
        controlled = tok.dep == "xcomp" and head.pos == "VERB" and not adjunct
        # an infinitive on a passive read as a purpose clause is its subject's: "a team was
        # scheduled to meet", "troops were sent to protect"
        controlled = controlled or (
            tok.dep == "advcl" and bool(doc.children(head.i, "aux:pass")) and doc.is_infinitive(i)
        )
        # a passive's subject controls its complement, whatever the parse labelled it ("the US
        # is prepared to escort"); not a purpose clause the parse hung on a passive adjective
        # ("he was perplexed by X's decision [to discuss]")
        passive_head = tok.dep == "xcomp" and bool(doc.children(head.i, "aux:pass"))
        labels = ("obj", "iobj", "nsubj:pass", "nsubj") if passive_head else ("obj", "iobj", "nsubj:pass")
        controller = doc.children(head.i, *labels) if controlled else []
        if controller:  # object control: "instructed the police to arrest", "urged Bree to help",
            # also passive: "was seen to break into", "was asked to leave"
            return self.resolve_with_conjuncts(controller[0].i)
        addressed = self._addressed_by_on(tok)
        if addressed:  # "called on Israel not to attack", "counts on Turkey to act"
            return addressed
        # "X is about / ready / willing to act", "X stands ready to act" (an adjective complement)
        adjective_complement = head.pos == "ADJ" and head.dep == "xcomp"
        if tok.dep in ("xcomp", "conj", "advcl") and (
            head.pos in ("VERB", "AUX") or doc.children(head.i, "cop") or adjective_complement
        ):
            return self.subjects(tok.head, depth + 1)
        if tok.dep == "acl:relcl":
            return self.resolve_with_conjuncts(tok.head)
        if tok.dep == "acl":
            return self._participle_subject(tok)
        return []

    def _intent_owner(self, tok) -> int | None:
        """The possessor of a noun of intent that an infinitive completes, where the parse hung
        the infinitive on the verb above as a purpose clause: in "Egypt welcomed Israel's move to
        release prisoners" Israel releases, not Egypt. Only nouns of intent (sectors.toml
        ``intent_nouns``) right before the "to": "used the army's money to buy arms" is still
        the user's purpose."""
        doc = self.doc
        if tok.dep != "advcl" or not doc.is_infinitive(tok.i):
            return None
        marks = [m for m in doc.children(tok.i, "mark") if m.i < tok.i]
        if not marks or marks[0].i == 0:
            return None
        noun = doc.tokens[marks[0].i - 1]
        if noun.head != tok.head or noun.dep != "obj" or noun.lemma.lower() not in self.kb.intent_nouns:
            return None
        # a pronoun ("redoubled their efforts to reach") is most often the subject's own
        owners = [o for o in doc.children(noun.i, "nmod:poss") if o.pos != "PRON"]
        return owners[0].i if owners else None

    def _addressed_by_on(self, tok) -> list[Actor]:
        """The one an infinitive is asked of with "on" or "upon" ("called on Israel not to
        attack Gaza", "prevailed upon Iran to release"): they are to do it."""
        doc = self.doc
        if tok.dep not in ("xcomp", "advcl") or not doc.is_infinitive(tok.i):
            return []
        for holder in doc.phrases(tok.head, "on") + doc.phrases(tok.head, "upon"):
            if holder.i < tok.i:
                return self.resolve_with_conjuncts(holder.i)
        return []

    def _gerund_controller(self, tok) -> list[Actor]:
        """ "charged the soldier with killing", "was arrested for attacking": an -ing clause
        after "of", "for", "with" or "from" says what the verb's object (or passive subject) did,
        not what its subject did. Also when the parse hung the clause on a noun of time or
        place under that verb ("found guilty on Thursday of raping")."""
        doc = self.doc
        if not is_object_gerund(doc, tok):
            return []
        verb = tok.head
        if tok.dep == "acl":
            if self.resolve(tok.head) is not None:
                return []  # "accused Ukraine of shelling": the noun itself, read elsewhere
            verb = self._governing_verb(tok.head)
        elif tok.dep != "advcl":
            return []
        if verb is None or doc.tokens[verb].pos not in ("VERB", "ADJ"):
            return []
        passive = doc.children(verb, "nsubj:pass") if doc.children(verb, "aux:pass") else []
        for held in doc.children(verb, "obj") or passive:
            actors = self.resolve_with_conjuncts(held.i)
            if actors:
                return actors
        return []

    def _adverbial_gerund(self, tok) -> bool:
        """An -ing clause opened by a subordinator ("in mediating", "by cutting", "while
        visiting"): an adverbial of a verb, whatever it hangs on; the prepositions of an object
        gerund ("charged X with killing") say what the object did instead."""
        marks = {m.lemma.lower() for m in self.doc.children(tok.i, "mark")}
        return tok.tag == "VBG" and bool(marks) and not marks & OBJECT_GERUND_MARKS

    def _participle_subject(self, tok) -> list[Actor]:
        """Who does what a participle or infinitive on a noun says: the noun's possessor
        ("X's move to cut"), for an infinitive the subject of the verb over the noun ("X
        developed plans to attack"), for an -ing participle the noun itself ("officials
        asking the US to waive") or the agent of a noun of saying ("calls by UK officials
        asking..."), else whoever issued a message ("X released a statement condemning")."""
        doc = self.doc
        possessors = doc.children(tok.head, "nmod:poss")
        if possessors:
            return self.resolve_with_conjuncts(possessors[0].i)
        noun = doc.tokens[tok.head]
        if self._adverbial_gerund(tok) and noun.dep in ("obj", "obl", "nmod"):
            # "addressed the conflict [in mediating] the accords": a weak parse hung the
            # verb's adverbial on its object; the verb's subject mediates
            governor = self._governing_verb(noun.i)
            return self.subjects(governor) if governor is not None else []
        if doc.is_infinitive(tok.i) and noun.dep in ("obj", "obl", "nmod"):
            # "developing plans to attack", "voted on a resolution to expel": whoever holds the
            # plan or passes the resolution, the subject of the verb over the noun
            governor = self._governing_verb(noun.i)
            return self.subjects(governor) if governor is not None else []
        if tok.tag != "VBG":
            return []
        if noun.lemma.lower() in self.kb.message_nouns:  # a message is no actor: its issuer says it
            # "a letter by a retired ambassador describing ...", "a statement from X urging"
            authors = [
                a for p in ("by", "from") for h in doc.phrases(noun.i, p) for a in self.resolve_with_conjuncts(h.i)
            ]
            if authors:
                return authors
            return self.subjects(noun.head) if noun.dep == "obj" else []  # "X posted a message blaming Iran"
        for holder in doc.phrases(tok.head, "by", "nmod") or [doc.tokens[tok.head]]:
            actors = self.resolve_with_conjuncts(holder.i)
            if actors:
                return actors
        return []

    def _governing_verb(self, i: int) -> int | None:
        """The nearest verb above a noun, through nouns and prepositions only (at most 3 steps)."""
        tokens = self.doc.tokens
        for _ in range(3):
            i = tokens[i].head
            if tokens[i].pos == "VERB":
                return i
            if tokens[i].pos not in ("NOUN", "PROPN") or tokens[i].head == i:
                return None
        return None

    def _absolute_subject(self, i: int) -> int | None:
        """ "with the army shelling the town": in an absolute construction the noun
        phrase after "with" is the subject of the -ing verb, however the parse hung it."""
        tokens = self.doc.tokens
        if tokens[i].tag != "VBG" or i == 0 or tokens[i - 1].pos not in ("NOUN", "PROPN"):
            return None
        head = self.np_head(i - 1)
        first = min(j for j in self.np_tokens(head) if tokens[j].pos != "PUNCT")
        opener = tokens[first] if tokens[first].lemma == "with" else tokens[first - 1] if first > 0 else None
        return head if opener is not None and opener.lemma == "with" else None

    def outlet_at(self, i: int) -> str | None:
        """The news outlet named at token ``i``, if any."""
        if self._outlets is None:
            self._outlets = {
                j: entry.name
                for start, (end, entry) in self.matches.items()
                if entry.kind == "outlet"
                for j in range(start, end)
            }
        return self._outlets.get(i)


def _named_with_a_title(head: Token, person: Actor | None, titled: Actor | None) -> Actor | None:
    """A person named only by a name (a civilian, for all the files know), with a title after
    a lone comma that gives a sector: the person under the title's code ("Tobias Ellwood,
    Foreign Office Minister for the Middle East": GBRGOV, not a civilian of the article's
    country)."""
    if head.pos != "PROPN" or person is None or titled is None or person.sector != "CVL":
        return None
    if (titled.sector or "CVL") == "CVL":
        return None
    return replace(person, code=titled.code, country=titled.country, sector=titled.sector)


def _without_bare_twins(actors: list[Actor]) -> list[Actor]:
    """A list less each bare country that an actor of the same country with a sector stands
    beside: "his Greek, [Cypriot] and French counterparts, Nikos Dendias, [Nikos
    Christodoulides] and ..." names one Cypriot, read twice (as an adjective and a name)."""
    sectored = {a.country for a in actors if a.sector}
    return [a for a in actors if a.sector or a.country not in sectored]


def _is_object_pronoun(tok: Token) -> bool:
    """ "him" or "her" as an object, not the possessive "her"."""
    return tok.text.lower() in ("him", "her") and tok.dep != "nmod:poss"
