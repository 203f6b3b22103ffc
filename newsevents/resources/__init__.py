"""Readable knowledge files (lexicons, actor dictionaries, code books) and their loaders."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

RESOURCE_DIR = Path(__file__).resolve().parent


def path(name: str) -> Path:
    return RESOURCE_DIR / name


def read_tsv(name: str | Path) -> Iterator[list[str]]:
    """Rows of a tab-separated resource; ``#`` lines are comments, the first row is a header."""
    file = name if isinstance(name, Path) else path(name)
    header_seen = False
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield [cell.strip() for cell in line.split("\t")]


def read_toml(name: str) -> dict:
    with path(name).open("rb") as handle:
        return tomllib.load(handle)
