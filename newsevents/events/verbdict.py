"""PETRARCH/TABARI verb-pattern dictionaries (``--verbs FILE``), matched over our own parse.

Users with CAMEO dictionaries (``CAMEO.2.0.txt``, their own validation files) keep
them. The format, as PETRARCH reads it:

- ``&NAME`` starts a synonym set whose ``+WORD`` lines follow;
- ``--- NAME [code] ---`` starts a verb block: the verb lines that follow
  (``VERB {IRREGULAR FORMS} [code]``, multi-word ``+CORDON_OFF`` or ``WIRE_+TAP``
  where ``+`` marks the verb) share the block's patterns;
- ``- PRE WORDS * POST WORDS [code]`` is a pattern: ``*`` is the verb, ``&SET`` a
  synonym set, ``(PP)`` and ``{NP}`` group words, ``$`` and ``+`` mark the source and
  the target, ``%`` a compound actor; ``[a:b]`` codes the source->target act ``a``
  and the target->source act ``b``; ``[---]`` codes nothing.

PETRARCH matched patterns against a constituency parse. We match them against the
words of the verb's clause in order, gaps allowed: pre-verb words among the words
before the verb, post-verb words among the words the verb governs. The most
specific pattern (most words matched) wins; no pattern, the verb's own code. As in
PETRARCH, a pattern word matches only itself as written ("EFFORT" is not "efforts"); a
synset member also matches its regular plural, unless it or its set's label ends in ``_``.
Codes are two to four digits, a letter allowed after them (a user's sub-code such as
``174K``, kept as written; the code book gives it no Goldstein value); anything else
(test markers such as ``[+++]``) codes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from ..language import ParsedDoc, Token
from ..language.morphology import inflections
from ..settings import SettingsError

NULL_CODES = {"---", ""}
EVENT_CODE = re.compile(r"^\d{2,4}[A-Za-z]?$")  # "174K": a user's sub-code of 174
NEGATIONS = {"NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR"}
PRE_WINDOW = 10  # pre-verb words are looked for this many words back at most


class Words(NamedTuple):
    """The document's words, upper-cased as PETRARCH writes them, with their parts of speech."""

    text: list[str]
    lemma: list[str]
    pos: list[str]


@dataclass(frozen=True, slots=True)
class Element:
    """One item of a pattern: a word, a synonym set, or an actor marker ($, +, %)."""

    kind: str  # "word", "set", "source", "target", "compound", "skip" (^)
    value: str = ""
    preposition: bool = False  # the first word of a "(PP)" group: a preposition, not "to" + verb
    joined: bool = False  # written with "_" to the item before it: the words must be adjacent


@dataclass(frozen=True, slots=True)
class VerbPattern:
    pre: tuple[Element, ...]  # nearest first
    post: tuple[Element, ...]
    code: str | None  # "a", "a:b", "---" (no event) or None (unreadable: skipped)
    text: str
    verb_joined: bool = False  # "RECENTLY_*": the word before must touch the verb

    @property
    def size(self) -> int:
        return sum(e.kind in ("word", "set") for e in self.pre + self.post)


@dataclass(slots=True)
class VerbEntry:
    """A verb (or multi-word verb) with its code and the patterns of its block."""

    head: str
    forms: set[str]
    code: str
    before: tuple[str, ...] = ()  # "WIRE" in WIRE_+TAP
    after: tuple[str, ...] = ()  # "OFF" in +CORDON_OFF
    patterns: list[VerbPattern] = field(default_factory=list)


class Mark(NamedTuple):
    """Where a $ or + marker points: the tokens it may stand for, nearest first, and how
    many noun phrases a ``^`` before it skips ("IFTAR IN ^ +": the phrase after the next)."""

    positions: tuple[int, ...]
    skips: int = 0


MARKERS = ("source", "target", "compound", "skip")


@dataclass(slots=True)
class VerbMatch:
    code: str
    rule: str
    source: Mark | None  # what the $ marker points at
    target: Mark | None  # what the + marker points at
    consumed_negation: bool


@dataclass
class VerbDictionary:
    entries: dict[str, list[VerbEntry]] = field(default_factory=dict)  # word form -> entries
    sets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    patterns: int = 0
    verbs: int = 0
    skipped: int = 0  # patterns whose code is no event code
    _last: tuple[ParsedDoc, Words] | None = field(default=None, repr=False)

    def trigger_forms(self) -> dict[str, None]:
        """Lower-case word forms that can carry one of the dictionary's verbs."""
        return dict.fromkeys(form.lower() for form in self.entries)

    def match(self, doc: ParsedDoc, verb: Token) -> VerbMatch | None:
        """The best pattern of the verb's entries at this token, or None."""
        entries = self.entries.get(verb.lemma.upper(), []) + self.entries.get(verb.text.upper(), [])
        if not entries:
            return None
        view = self._view(doc)
        sent = doc.sentences[verb.sent]
        pre = list(range(verb.i - 1, max(sent.start, verb.i - PRE_WINDOW) - 1, -1))
        governed = set(doc.subtree(verb.i))
        post = [i for i in range(verb.i + 1, sent.end) if i in governed]
        best: tuple[float, VerbMatch] | None = None
        word = verb.text.upper()
        # a verb listed under the very word ("LEFT [032:033]") outranks one it inflects ("LEAVE")
        entries = sorted(_unique(entries), key=lambda e: e.head != word)
        for entry in entries:  # the lemma and the word form often find the same entry, once
            if not self._context_ok(doc, verb, entry, view):
                continue
            for size, found in self._candidates(entry, pre, post, view, verb.i):
                if best is None or size > best[0]:
                    best = (size, found)
        if best is None or best[1].code in NULL_CODES:
            return None  # no entry, or the best pattern says "this is no event"
        return best[1]

    def _view(self, doc: ParsedDoc) -> Words:
        """The document's words, made once per document (match runs once per verb)."""
        if self._last is None or self._last[0] is not doc:
            tokens = doc.tokens
            self._last = (
                doc,
                Words([t.text.upper() for t in tokens], [t.lemma.upper() for t in tokens], [t.pos for t in tokens]),
            )
        return self._last[1]

    def _candidates(self, entry: VerbEntry, pre: list[int], post: list[int], view: Words, verb: int):
        """(specificity, match) of the entry's own code and of each pattern that matches."""
        yield 0.0, VerbMatch(entry.code, f"verbs:{entry.head}", None, None, False)
        for pattern in entry.patterns:
            found = self._match_pattern(pattern, pre, post, view, verb)
            if found is not None:
                source, target, negation = found
                rule = f"verbs:{entry.head}:{pattern.text}"
                yield pattern.size + 0.5, VerbMatch(pattern.code, rule, source, target, negation)

    def _context_ok(self, doc: ParsedDoc, verb: Token, entry: VerbEntry, view: Words) -> bool:
        sent = doc.sentences[verb.sent]
        before = range(verb.i - 1, max(sent.start, verb.i - len(entry.before) - 2) - 1, -1)
        after = range(verb.i + 1, min(sent.end, verb.i + len(entry.after) + 3))
        ok_before = _in_order([Element("word", w) for w in entry.before], list(before), view, self.sets)
        ok_after = _in_order([Element("word", w) for w in entry.after], list(after), view, self.sets)
        return ok_before is not None and ok_after is not None

    def _match_pattern(self, pattern: VerbPattern, pre: list[int], post: list[int], view: Words, verb: int):
        pre_found = _in_order(list(pattern.pre), pre, view, self.sets, _pre_links(pattern), verb)
        post_found = _in_order(list(pattern.post), post, view, self.sets, [e.joined for e in pattern.post], verb)
        if pre_found is None or post_found is None:
            return None
        marks = {**pre_found[1], **post_found[1]}
        used = pre_found[0] + post_found[0]
        negation = any(view.text[i] in NEGATIONS or view.lemma[i] in NEGATIONS for i in used)
        matched = [e for e in (*pattern.pre, *pattern.post) if e.kind not in MARKERS]
        negation = negation or any(e.kind == "set" and self._negative_set(e.value) for e in matched)
        return marks.get("source"), marks.get("target"), negation

    def _negative_set(self, name: str, depth: int = 0) -> bool:
        """Whether a synset names negations ("&NEGATVAUXVRB": DID N'T, WO N'T): a pattern that
        matches one has consumed the negation, as "NOT * RELATIONS" does."""
        for phrase in self.sets.get(name, []):
            for word in phrase:
                if word.rstrip("_") in NEGATIONS:
                    return True
                if word.startswith("&") and depth < 3 and self._negative_set(word.rstrip("_"), depth + 1):
                    return True
        return False


def _unique(entries: list[VerbEntry]) -> list[VerbEntry]:
    """The entries in order, each once (entries are mutable, hence unhashable: by identity)."""
    seen: set[int] = set()
    return [e for e in entries if id(e) not in seen and not seen.add(id(e))]


def _pre_links(pattern: VerbPattern) -> list[bool]:
    """For the words before the verb, nearest first: whether each must touch the one matched
    before it in this order (the verb for the first). "A_B *" read backwards: B free, A
    touching B; "B_*": B touching the verb."""
    links, touching = [], pattern.verb_joined
    for element in pattern.pre:
        if element.kind in MARKERS:
            links.append(False)
            continue
        links.append(touching)
        touching = element.joined
    return links


def _in_order(
    elements: list[Element],
    positions: list[int],
    view: Words,
    sets: dict,
    links: list[bool] | None = None,
    verb: int = -1,
):
    """Match elements against token positions in order, gaps allowed except where ``links``
    says an element must touch the one matched before it (the verb at ``verb`` for the
    first). Positions run away from the verb, either way. Returns the positions used and,
    for each $/+ marker, a ``Mark``: the words between the match before it and the match
    after it (to the end of the positions for a last marker), or None when it fails."""
    used: list[int] = []
    marks: dict[str, Mark] = {}
    pending: list[str] = []
    skips = 0
    backwards = bool(positions) and positions[0] < verb
    edge = verb  # the text edge of the last match, on the side away from the verb
    k = 0
    for n, element in enumerate(elements):
        if element.kind == "skip":
            skips += 1
            continue
        if element.kind in MARKERS:
            pending.append(element.kind)
            continue
        touching = bool(links and links[n])
        opened = k
        while k < len(positions):
            span = _fits(element, positions[k], view, sets)
            start = positions[k]
            if span and (not touching or (start + span == edge if backwards else start == edge + 1)):
                break
            k += 1
        if k == len(positions):
            return None
        for kind in pending:  # "* + TO": the words before TO, else TO's own phrase
            marks[kind] = Mark(tuple(positions[opened : k + 1]), skips)
        pending, skips = [], 0
        used.extend(range(start, start + span))
        edge = start if backwards else start + span - 1
        k += 1
        while not backwards and k < len(positions) and positions[k] <= edge:
            k += 1  # past the words a phrase consumed
    for kind in pending:  # a marker after the last word: the words further along
        if k < len(positions):
            marks[kind] = Mark(tuple(positions[k:]), skips)
    return used, marks


def _fits(element: Element, i: int, view: Words, sets: dict, depth: int = 0) -> int:
    """How many words, from ``i`` on in the text, the element matches (0: no match); a set
    member of several words ("DID N'T") matches all of them."""
    word = view.text[i]
    if element.kind == "word":  # PETRARCH's pattern words are whole words, as written
        if element.preposition and view.pos[i] != "ADP":
            return 0
        return int(word == element.value)
    best = 0
    for phrase in sets.get(element.value, []):
        length = _phrase_length(phrase, i, view, sets, depth)
        best = max(best, length)
    return best


def _plural(word: str) -> str:
    """PETRARCH's regular plural of a synset word: +S, Y -> IES, SS -> SSES."""
    if word.endswith("Y"):
        return word[:-1] + "IES"
    return word + ("ES" if word.endswith("SS") else "S")


def _phrase_length(phrase: tuple[str, ...], i: int, view: Words, sets: dict, depth: int) -> int:
    j = i
    for part in phrase:
        if j >= len(view.text):
            return 0
        if part.startswith("&"):  # a set inside a set
            inner = _fits(Element("set", part.rstrip("_")), j, view, sets, depth + 1) if depth < 3 else 0
            if not inner:
                return 0
            j += inner
        elif part.endswith("_"):
            if view.text[j] != part[:-1]:
                return 0
            j += 1
        elif view.text[j] in (part, _plural(part)):
            j += 1
        else:
            return 0
    return j - i


# -- reading the file --------------------------------------------------------
BLOCK = re.compile(r"^---\s*(.+?)\s*\[([^\]]*)\]")
CODE = re.compile(r"\[([^\]]*)\]\s*$")


def load_verb_dictionary(path: Path, into: VerbDictionary | None = None) -> VerbDictionary:
    """Read a PETRARCH verb dictionary; raises SettingsError naming the file and line on
    a line it cannot read."""
    book = into or VerbDictionary()
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    current_set: str | None = None
    block: list[VerbEntry] | None = None
    block_code = "---"
    singular_set = False
    for number, raw in enumerate(lines, 1):
        line = _strip_comment(raw)
        if not line:
            continue
        try:
            if line.startswith("&"):
                label = line.split()[0]
                current_set, block, singular_set = label.rstrip("_"), None, label.endswith("_")
                book.sets.setdefault(current_set, [])
            elif BLOCK.match(line):
                current_set, block = None, []
                block_code = BLOCK.match(line).group(2).strip()
            elif line.startswith("-") and block is not None:
                pattern = _pattern(line)
                if pattern.code is None:
                    book.skipped += 1  # a test marker such as [+++], not a code
                    continue
                for entry in block:
                    entry.patterns.append(pattern)
                book.patterns += 1
            elif current_set is not None and line.startswith("+"):
                words = _words(line[1:])
                if singular_set and not words[-1].endswith("_"):  # "&AUXVERB3_": no plurals at all
                    words[-1] += "_"
                book.sets[current_set].append(tuple(words))
            elif block is not None:
                entry = _verb_entry(line, block_code)
                block.append(entry)
                book.verbs += 1
                for form in entry.forms:
                    book.entries.setdefault(form, []).append(entry)
        except (ValueError, IndexError) as err:
            raise SettingsError(f"{path}:{number}: {err}: {raw.strip()!r}") from None
    return book


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!--"):
        return ""
    depth = 0
    for n, char in enumerate(line):
        depth += (char == "[") - (char == "]")
        if char == "#" and depth == 0:  # "[###]" is a (test) code, not a comment
            return line[:n].strip()
    return line.strip()


def _words(text: str) -> list[str]:
    """Words of a set member; a trailing ``_`` stays on its word (no inflection)."""
    return [w for w in re.split(r"\s+|_(?=\S)", text.strip().upper()) if w]


def _verb_entry(line: str, block_code: str) -> VerbEntry:
    """``VERB {FORMS} [code]``, ``+ASK_FOR {...}``, ``WIRE_+TAP``."""
    code_match = CODE.search(line)
    code = code_match.group(1).strip() if code_match else block_code
    line = CODE.sub("", line).strip()
    forms_text = re.search(r"\{([^}]*)\}", line)
    phrase = re.sub(r"\{[^}]*\}", "", line).strip().split()[0]
    parts = [p for p in phrase.split("_") if p]
    heads = [n for n, p in enumerate(parts) if p.startswith("+")]
    at = heads[0] if heads else 0
    head = parts[at].lstrip("+")
    forms = {f.upper() for f in inflections(head.lower(), "verb")}
    if forms_text:
        for form in forms_text.group(1).split():
            pieces = [p for p in form.split("_") if p]
            marked = [p for p in pieces if p.startswith("+")]
            forms.add((marked[0] if marked else pieces[min(at, len(pieces) - 1)]).lstrip("+"))
    return VerbEntry(
        head, forms, _code(code) or "---", tuple(parts[:at][::-1]), tuple(p.lstrip("+") for p in parts[at + 1 :])
    )


def _pattern(line: str) -> VerbPattern:
    code_match = CODE.search(line)
    if not code_match:
        raise ValueError("pattern without [code]")
    body = CODE.sub("", line)[1:].strip()
    elements: list[Element] = []
    opens_phrase = False
    for chunk in re.findall(r"[(){}]|[^\s(){}]+", body):
        if chunk in "(){}":
            opens_phrase = chunk == "("
            continue
        for n, token in enumerate(t for t in chunk.split("_") if t):  # "REAL_PLEASANT": adjacent words
            for m, part in enumerate(_split_markers(token)):
                if opens_phrase and part.kind == "word":
                    part = Element("word", part.value, preposition=True)
                    opens_phrase = False
                if n > 0 and m == 0:
                    part = replace(part, joined=True)
                elements.append(part)
    if not any(e.kind == "verb" for e in elements):
        raise ValueError("pattern without * (the verb)")
    at = next(n for n, e in enumerate(elements) if e.kind == "verb")
    code = _code(code_match.group(1).strip())
    return VerbPattern(tuple(elements[:at][::-1]), tuple(elements[at + 1 :]), code, body, elements[at].joined)


def _split_markers(token: str) -> list[Element]:
    if set(token) == {"^"}:  # PETRARCH's "skip a phrase", one per caret
        return [Element("skip")] * len(token)
    out: list[Element] = []
    markers = {"$": "source", "+": "target", "%": "compound", "*": "verb"}
    while token and token[0] in markers:
        out.append(Element(markers[token[0]]))
        token = token[1:]
    trailing = []
    while token and token[-1] in markers:
        trailing.insert(0, Element(markers[token[-1]]))
        token = token[:-1]
    if token.startswith("&"):
        out.append(Element("set", token.rstrip("_")))
    elif token:
        out.append(Element("word", token.upper()))
    return out + trailing


def _code(code: str) -> str | None:
    """A numeric code or ``a:b`` pair; "---" for "no event"; None for anything else."""
    if code.strip() in NULL_CODES:
        return "---"
    parts = [p.strip() for p in code.split(":")]
    if len(parts) <= 2 and any(parts) and all(EVENT_CODE.match(p) for p in parts if p):
        return ":".join(parts)  # ":b" codes only the target's act on the source
    return None
