"""Pathological inputs: the time `check` and `fix` take on inputs built to expose super-linear
rules (long runs of one character, one 5 MB line, 100,000 repetitions of an artifact, deep
nesting). Run: python benchmarks/pathological.py [--scale 1.0]. Prints a table; asserts nothing
(tests/test_pathological.py guards against catastrophic blow-up with a generous limit)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from toolkit import check_text, fix_text  # noqa: E402


def cases(scale: float) -> dict[str, str]:
    n = int(1_000_000 * scale)
    return {
        "1 MB of 'a'": "a" * n,
        "1 MB of spaces": " " * n,
        "1 MB of '.'": "." * n,
        "1 MB of newlines": "\n" * n,
        "1 MB of '，'": "，" * (n // 3),
        "1 MB of '条'": "条" * (n // 3),
        "1 MB of '~'": "~" * n,
        "1 MB of '['": "[" * n,
        "deep brackets": "(" * (n // 10) + "x" + ")" * (n // 10),
        "100,000 x 'the the cat. '": "the the cat. " * int(100_000 * scale),
        "100,000 x 'work. . '": "work. . " * int(100_000 * scale),
        "5 MB single line": "word, Word the There is " * int(200_000 * scale),
        "1 MB of ';' (one run)": ";" * n + " x",
        "100,000 x ' [2] 365' (one run)": "work" + " [2] 365" * int(100_000 * scale) + ".",
        "100,000 x ' Functions' (one run)": "functions" + " Functions" * int(100_000 * scale) + ".",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size factor (1.0 = the sizes above)")
    args = parser.parse_args()
    print(f"{'input':34s} {'MB':>5s} {'check s':>8s} {'fix s':>8s} findings")
    for name, text in cases(args.scale).items():
        start = time.perf_counter()
        found = check_text(text)
        checked = time.perf_counter() - start
        start = time.perf_counter()
        fix_text(text)
        fixed = time.perf_counter() - start
        print(f"{name:34s} {len(text.encode()) / 1e6:5.1f} {checked:8.2f} {fixed:8.2f} {len(found)}", flush=True)


if __name__ == "__main__":
    main()
