"""Copy a trained pipeline into the package and stamp it with the recipe it came from.

The stamp (a hash of the training config and the converter) lets CI check that
the shipped model was trained by the recipe in this repository.
Usage: ``python training/package_model.py [training/output/model-best]``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECIPE_FILES = (
    "training/language.cfg",
    "training/convert.py",
    "training/gum_entities.py",
    "training/vectors.py",
    "training/augment.py",
)
TARGET = ROOT / "newsevents" / "models" / "en_newsevents"


def recipe_hash() -> str:
    digest = hashlib.sha256()
    for name in RECIPE_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "training" / "output" / "model-best")
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(source, TARGET)
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["name"] = "newsevents"
    meta["newsevents_recipe"] = recipe_hash()
    meta_path.write_text(json.dumps(meta, indent=2))
    size = sum(f.stat().st_size for f in TARGET.rglob("*") if f.is_file()) / 1e6
    print(f"packaged {source} -> {TARGET} ({size:.1f} MB, recipe {meta['newsevents_recipe']})")


if __name__ == "__main__":
    main()
