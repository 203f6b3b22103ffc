"""The CAMEO code of a statement of intent or threat (03x, 13x) for an act that did not happen.

See ``resources/intent_codes.toml``: our rows keep the act's code and say, by their
modality, that it is only intended or threatened; CAMEO-style counts want the
statement itself, which this code names.
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources

NOT_YET = {"intended", "threatened", "conditional", "hypothetical"}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], str | None]:
    data = resources.read_toml("intent_codes.toml")
    return data["intended"], data["threatened"], data.get("threatened_cooperation")


def intent_code(cameo: str, modality: str) -> str | None:
    """03x for an intended cooperative act, 13x for a threatened (or vowed) conflictual one;
    a cooperative act held out in an ultimatum ("will withdraw unless") is a threat (130)."""
    if modality not in NOT_YET:
        return None
    intended, threatened, threatened_cooperation = _tables()
    quad_conflict = int(cameo[:2]) >= 10
    if modality == "hypothetical" and not quad_conflict:
        return None  # a request or a fear is no statement of intent
    if modality == "threatened" and not quad_conflict:  # "will withdraw its force unless ..."
        return threatened_cooperation
    table = threatened if quad_conflict else intended
    for length in range(len(cameo), 1, -1):
        if cameo[:length] in table:
            return table[cameo[:length]]
    return None
