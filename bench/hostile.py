"""What each hostile input gives: run ``newsevents code`` on each and print the outcome.

Usage: ``python bench/hostile.py`` (inputs are generated, see tests/hostile.py).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile import cases  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input':<50} {'exit':>4} {'rows':>5} {'seconds':>7}  outcome")
        for name, (filename, data) in cases().items():
            path = Path(tmp) / filename
            path.write_bytes(data)
            started = time.monotonic()
            proc = subprocess.run(
                [sys.executable, "-m", "newsevents.cli", "code", str(path), "--format", "jsonl", "--workers", "1"],
                capture_output=True,
                text=True,
                timeout=600,
            )
            seconds = time.monotonic() - started
            rows = len(proc.stdout.splitlines())
            errors = [line.split(f"{filename}", 1)[-1].lstrip(":# 0123456789") for line in proc.stderr.splitlines()]
            outcome = "; ".join(errors) if errors else "coded"
            print(f"{name[:50]:<50} {proc.returncode:>4} {rows:>5} {seconds:>7.1f}  {outcome[:160]}")


if __name__ == "__main__":
    main()
