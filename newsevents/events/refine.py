"""Coding conventions that need the filled roles (rules in ``resources/code_rules.toml``).

The lexicon knows the verb ("attacked"); three conventions of event coders depend on who
acts, which is only known once the roles are filled:

- code rules: CAMEO's conventional force (19) versus unconventional violence (18) or a
  riot (145) depends on who attacked whom;
- refusals: "refused to give up power" is a rejection (1231) of the act refused;
- implied targets: a protest with no named target is against the protesters' own
  authorities (marked "(implied)");
- implied sources: "protests in Baghdad" with no one named are by the local opposition.

Keeping them in data keeps the lexicon one entry per meaning and makes the conventions
visible to users, who can change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..records import Actor
from .codebook import codebook

IMPLIED = "(implied)"  # the text of an actor that convention, not the sentence, supplies


@dataclass(frozen=True)
class CodeRule:
    id: str
    codes: tuple[str, ...]
    source_sectors: frozenset[str]
    armed_sources: frozenset[str]
    target_sectors: frozenset[str]
    required_target_sectors: frozenset[str]
    mapping: dict[str, str]
    default: str
    same_country: bool = False  # only between actors of one country (domestic politics)
    foreign_target: bool = False  # only against an actor of another country
    triggers: frozenset[str] = frozenset()  # only for these trigger words (lemmas), if given

    def applies(self, code: str, source: Actor | None, target: Actor | None, trigger: str = "") -> bool:
        if not code.startswith(self.codes) or source is None:
            return False
        if self.triggers and trigger.lower() not in self.triggers:
            return False
        if self.same_country and (target is None or not source.country or source.country != target.country):
            return False
        if self.foreign_target and (
            target is None or not source.country or not target.country or source.country == target.country
        ):
            return False
        if (source.sector or "") in self.source_sectors:
            if not self.required_target_sectors:
                return True
            return target is not None and target.sector in self.required_target_sectors
        return source.sector in self.armed_sources and target is not None and target.sector in self.target_sectors

    def recode(self, code: str) -> str:
        return self.mapping.get(code, self.default)


@lru_cache(maxsize=1)
def _rules_file() -> dict:
    return resources.read_toml("code_rules.toml")


def _known(codes: list[str], where: str) -> None:
    """Refuse a rule that names a code the code book does not have."""
    book = codebook()
    for code in codes:
        if code not in book:
            raise ValueError(f"{where}: unknown CAMEO code {code!r}")


@lru_cache(maxsize=1)
def code_rules() -> tuple[CodeRule, ...]:
    rules = []
    for rule in _rules_file().get("rule", []):
        mapping = {str(k): str(v) for k, v in rule.get("map", {}).items()}
        _known([*mapping.values(), rule["default"]], f"code rule {rule['id']!r}")
        rules.append(
            CodeRule(
                id=rule["id"],
                codes=tuple(rule["codes"]),
                source_sectors=frozenset(rule.get("source_sectors", ())),
                armed_sources=frozenset(rule.get("armed_sources", ())),
                target_sectors=frozenset(rule.get("target_sectors", ())),
                required_target_sectors=frozenset(rule.get("required_target_sectors", ())),
                mapping=mapping,
                default=rule["default"],
                same_country=bool(rule.get("same_country", False)),
                foreign_target=bool(rule.get("foreign_target", False)),
                triggers=frozenset(rule.get("triggers", ())),
            )
        )
    return tuple(rules)


def refine(code: str, source: Actor | None, target: Actor | None, trigger: str = "") -> str:
    """The code once the actors are known (and the trigger's lemma, for rules that name
    theirs): the first rule that applies recodes it."""
    for rule in code_rules():
        if rule.applies(code, source, target, trigger):
            return rule.recode(code)
    return code


@dataclass(frozen=True)
class RefusalRule:
    """How a refused cooperative act becomes a rejection (``[refusal]`` in code_rules.toml)."""

    verbs: frozenset[str]
    by_code: dict[str, str]
    default: str

    def code_for(self, refused: str) -> str | None:
        """The rejection code for refusing ``refused``: the longest matching prefix wins;
        None for acts outside roots 01-08 (refusing to attack is no rejection)."""
        if refused[:2] > "08":
            return None
        for length in range(len(refused), 1, -1):
            found = self.by_code.get(refused[:length])
            if found:
                return found
        return self.default


@lru_cache(maxsize=1)
def refusal_rule() -> RefusalRule:
    data = _rules_file().get("refusal", {})
    by_code = {str(k): str(v) for k, v in data.get("by_code", {}).items()}
    default = data.get("default", "120")
    _known([*by_code.values(), default], "refusal rule")
    return RefusalRule(frozenset(data.get("verbs", ())), by_code, default)


@dataclass(frozen=True)
class AidKinds:
    """CAMEO's kind of aid from the words that modify it (``[aid_kinds]``)."""

    nouns: frozenset[str]
    stems: dict[str, str]  # base code -> the code without its kind digit ("070" -> "07")
    digits: dict[str, str]  # modifier -> kind digit

    def recode(self, code: str, modifiers: set[str]) -> str:
        """The code for that kind of aid ("070" with "military" -> "072"); unchanged when
        the code is no plain aid code or no modifier, or two kinds, name one kind."""
        kinds = {self.digits[m] for m in modifiers if m in self.digits}
        if code not in self.stems or len(kinds) != 1:
            return code
        return self.stems[code] + kinds.pop()


@lru_cache(maxsize=1)
def aid_kinds() -> AidKinds:
    data = _rules_file().get("aid_kinds", {})
    stems = {str(k): str(v) for k, v in data.get("codes", {}).items()}
    digits = {word: str(digit) for digit, words in data.get("digits", {}).items() for word in words}
    _known([stem + digit for stem in stems.values() for digit in set(digits.values())], "aid kinds")
    return AidKinds(frozenset(data.get("nouns", ())), stems, digits)


@dataclass(frozen=True)
class DefaultTarget:
    """A target implied by convention when the text names none (``[[default_target]]``)."""

    codes: tuple[str, ...]
    source_sectors: frozenset[str]
    target_sector: str


@lru_cache(maxsize=1)
def default_targets() -> tuple[DefaultTarget, ...]:
    return tuple(
        DefaultTarget(tuple(r["codes"]), frozenset(r["source_sectors"]), r["target_sector"])
        for r in _rules_file().get("default_target", [])
    )


def implied_target(code: str, source: Actor | None) -> Actor | None:
    """The conventional target of an act whose text names none, or None."""
    if source is None or not source.country:
        return None
    for rule in default_targets():
        if code.startswith(rule.codes) and (source.sector or "") in rule.source_sectors:
            sector = rule.target_sector or None
            whom = f"authorities of {source.country}" if sector else f"population of {source.country}"
            return Actor(IMPLIED, source.country + rule.target_sector, source.country, sector, whom)
    return None


@dataclass(frozen=True, slots=True)
class ActOwnerRule:
    """One ``[[act_owner_target]]`` rule: codes, which sources ("any", "foreign" or
    "domestic") and, where given, which source sectors it holds for."""

    codes: tuple[str, ...]
    sources: str
    sectors: frozenset[str] | None


@lru_cache(maxsize=1)
def act_owner_rules() -> tuple[ActOwnerRule, ...]:
    """The ``[[act_owner_target]]`` rules: ``foreign_sources_only`` makes a rule hold only for
    sources from another country than the article's, ``domestic_sources_only`` only for its
    own, ``source_sectors`` only for sources of those sectors ("" a bare country)."""

    def scope(rule: dict) -> str:
        if rule.get("foreign_sources_only"):
            return "foreign"
        return "domestic" if rule.get("domestic_sources_only") else "any"

    return tuple(
        ActOwnerRule(tuple(r["codes"]), scope(r), frozenset(r["source_sectors"]) if "source_sectors" in r else None)
        for r in _rules_file().get("act_owner_target", [])
    )


def implied_act_owner(code: str, country: tuple[str, str] | None, sources: list[Actor] | None = None) -> Actor | None:
    """The conventional target of criticism, a demand or a pledge that names none ("criticized
    the move", "despite criticism by Greece", "protesters' demands"), of force or a visit by
    a foreign source ("Turkey began a military offensive" in an article on Syria, "King Fahd
    begins a state visit" in one on Britain), or of coercion or a concession at home ("the
    authorities seized these firearms"): the country the article is about, given as (code,
    name), or None (the rules are ``[[act_owner_target]]`` in code_rules.toml)."""
    if country is None:
        return None
    known = {s.country for s in sources or () if s.country}  # a source of no known country is neither
    stateless = any(s.code and not s.country for s in sources or ())  # the EU, the UN: no country's own
    foreign = bool(known or stateless) and country[0] not in known
    scopes = {"any"} | ({"foreign"} if foreign else {"domestic"} if known else set())
    sectors = {s.sector or "" for s in sources or ()}
    for rule in act_owner_rules():
        if rule.sources in scopes and code.startswith(rule.codes) and (rule.sectors is None or sectors & rule.sectors):
            return Actor(IMPLIED, country[0], country[0], None, country[1])
    return None


@lru_cache(maxsize=1)
def default_sources() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(codes, source sector) of the ``[[default_source]]`` rules."""
    return tuple((tuple(r["codes"]), r["source_sector"]) for r in _rules_file().get("default_source", []))


def implied_source(code: str, country: str | None) -> Actor | None:
    """The conventional source of a nominal act that names none, given the country it
    happens in, or None."""
    if not country:
        return None
    for codes, sector in default_sources():
        if code.startswith(codes):
            return Actor(IMPLIED, country + sector, country, sector, f"people of {country}")
    return None


@lru_cache(maxsize=1)
def jurisdiction() -> tuple[tuple[str, ...], frozenset[str]]:
    """(codes, state sectors) of the ``[jurisdiction]`` rule: coercion by a state falls on
    people in its own jurisdiction."""
    data = _rules_file().get("jurisdiction", {})
    return tuple(data.get("codes", ())), frozenset(data.get("source_sectors", ()))


def is_state_coercion(code: str, source: Actor | None) -> bool:
    """Whether an act is coercion by a state (``[jurisdiction]``)."""
    codes, sectors = jurisdiction()
    return bool(codes) and code.startswith(codes) and source is not None and (source.sector or "") in sectors


@dataclass(frozen=True)
class WithdrawalRule:
    """When a troop withdrawal is no retreat (``[withdrawal_outside_combat]``)."""

    entries: frozenset[str]  # lexicon entry ids of troop withdrawal
    code: str  # the code of a withdrawal outside combat
    combat_roots: tuple[str, ...]  # roots whose rows between the two sides make it a retreat


@lru_cache(maxsize=1)
def withdrawal_rule() -> WithdrawalRule | None:
    data = _rules_file().get("withdrawal_outside_combat")
    if not data:
        return None
    _known([data["code"]], "withdrawal rule")
    return WithdrawalRule(frozenset(data["entries"]), str(data["code"]), tuple(data["combat_roots"]))
