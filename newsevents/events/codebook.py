"""The CAMEO code book: names, Goldstein values, quad classes and PLOVER types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    name: str
    goldstein: float | None
    quad_class: int | None
    plover_type: str | None
    plover_mode: str | None


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    """All 312 CAMEO codes, keyed by code string."""
    return {
        row[0]: Code(row[0], row[1], float(row[2]), int(row[3]), row[4], (row[5] if len(row) > 5 else "") or None)
        for row in resources.read_tsv("cameo_codebook.tsv")
    }


def code_info(code: str) -> Code:
    """The code book's entry, or, for a code a user's verb dictionary uses that CAMEO
    lacks (a WEIS code, a local extension), an entry that says so: no Goldstein value,
    quad class or PLOVER type is invented for it."""
    return codebook().get(code) or Code(code, "(not in the CAMEO code book)", None, None, None, None)
