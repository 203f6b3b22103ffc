"""The one place where dependency label schemes are mapped onto UD.

spaCy's official English pipelines use ClearNLP labels (``dobj``, ``prep`` +
``pobj``, ``nsubjpass`` ...); the shipped NewsEvents model uses Universal
Dependencies. Event rules are written against UD, so ClearNLP trees are
relabelled and their prepositional phrases re-headed (UD makes the noun the
head and the preposition its ``case`` dependent).
"""

from __future__ import annotations

CLEAR_TO_UD = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "poss": "nmod:poss",
    "prt": "compound:prt",
    "neg": "advmod",
    "relcl": "acl:relcl",
    "attr": "obj",
    "dative": "iobj",
    "npadvmod": "obl:npmod",
    "quantmod": "advmod",
    "acomp": "xcomp",
    "oprd": "xcomp",
    "predet": "det:predet",
    "intj": "discourse",
    "meta": "discourse",
    "nn": "compound",
}
VERBAL_POS = {"VERB", "AUX", "ADJ"}


def normalise(deps: list[str], heads: list[int], pos: list[str]) -> tuple[list[str], list[int]]:
    """Return UD labels and heads for one document's tokens (indices are doc-level).

    UD input passes through unchanged apart from the root label's case.
    """
    deps = [d.lower() if d != "ROOT" else "root" for d in deps]
    heads = list(heads)
    for i, dep in enumerate(deps):
        if dep not in ("pobj", "pcomp"):
            continue
        prep = heads[i]
        if deps[prep] not in ("prep", "agent") or prep == i:
            continue
        governor = heads[prep]
        heads[i] = governor if governor != prep else i
        if dep == "pcomp":
            deps[i] = "advcl"
        elif deps[prep] == "agent":
            deps[i] = "obl:agent"
        else:
            deps[i] = "obl" if pos[governor] in VERBAL_POS else "nmod"
        heads[prep] = i
        deps[prep] = "mark" if dep == "pcomp" else "case"
    deps = [CLEAR_TO_UD.get(d, d) for d in deps]
    return deps, heads


def repair(
    deps: list[str], heads: list[int], words: list[str], pos: list[str] | None = None
) -> tuple[list[str], list[int]]:
    """Mend tree shapes that small parsers produce and prose does not have.

    - Two subjects of one predicate with a comma between them ("Jan Kowalski, the mayor of
      Warsaw, said") are a name and its apposition: the second becomes ``appos``.
    - A sentence whose root is a noun with a participle and no other verb ("Thousands of
      students protested in Belgrade.") is a clause: the verb becomes the root and the noun
      its subject. A sentence of news prose has a predicate; a bare noun phrase is a headline.
    """
    deps, heads = list(deps), list(heads)
    if pos is not None:
        _verb_root(deps, heads, words, pos)
    subjects: dict[int, list[int]] = {}
    for i, dep in enumerate(deps):
        if dep == "nsubj" and heads[i] != i:
            subjects.setdefault(heads[i], []).append(i)
    for found in subjects.values():
        for first, second in zip(found, found[1:], strict=False):
            if "," in words[first + 1 : second]:
                deps[second], heads[second] = "appos", first
    return deps, heads


def _ancestors_include(heads: list[int], i: int, target: int) -> bool:
    for _ in range(len(heads)):
        if i == target:
            return True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _verb_root(deps: list[str], heads: list[int], words: list[str], pos: list[str]) -> None:
    if not words or words[-1] not in (".", "!"):
        return
    for root, dep in enumerate(deps):
        if dep != "root" or pos[root] not in ("NOUN", "PROPN"):
            continue
        verbs = [
            i
            for i, d in enumerate(deps)
            if d == "acl" and pos[i] == "VERB" and i > root and _ancestors_include(heads, heads[i], root)
        ]
        if len(verbs) != 1:
            continue
        verb = verbs[0]
        others = [i for i, p in enumerate(pos) if p in ("VERB", "AUX") and not _ancestors_include(heads, i, verb)]
        if others:
            continue
        deps[verb], heads[verb] = "root", verb
        deps[root], heads[root] = "nsubj", verb
        for i in range(verb + 1, len(words)):
            if heads[i] == root:  # the final full stop and what follows the verb hang on the verb
                heads[i] = verb
