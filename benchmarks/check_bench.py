"""Speed of `check`: check_document on a large text against the "floor" of one pass over it.

The floor is lower-casing the text and splitting it into sentences with one regex, in the same
interpreter: the least any checker must do. Issue #8 asks check with the default rules and the
bundled glossary to run at one fifth of the floor's speed or better. Also prints the time of
each rule and of the shared parts (document preparation, the trigger scan), the minimum of
--repeat runs after a warm-up (glossary loaded, automata built, patterns compiled).

Run: python benchmarks/check_bench.py [FILE] [--repeat 5]. Without FILE: the seed replicated to
1 MB. Prints a table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit import Document, Profile, check_document  # noqa: E402
from toolkit.cli.common import GC_THRESHOLDS  # noqa: E402
from toolkit.registry import Context  # noqa: E402

SEED = ROOT / "seeds" / "000_ea91957da586dbbb.txt"


def best(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    gc.set_threshold(*GC_THRESHOLDS)  # as the command line runs
    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
    else:
        seed = SEED.read_text(encoding="utf-8")
        text = ("\n\n".join([seed] * (1_000_000 // len(seed) + 1)))[:1_000_000]
    profile = Profile()
    rules = profile.rules
    check_document(Document(text, "bench.txt"), profile)  # warm-up

    parts: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        doc = Document(text, "bench.txt")
        start = time.perf_counter()
        doc.is_ignored(0, 1)
        doc.lines()
        parts.setdefault("document (lines, ignored regions)", []).append(time.perf_counter() - start)
        ctx = Context(doc, profile)
        start = time.perf_counter()
        ctx.triggered(rules[0].code)
        parts.setdefault("trigger scan (with lower-casing)", []).append(time.perf_counter() - start)
        # As engine.run_rules runs them: each rule sees the findings of the rules before it
        # (ctx.found), so T101 reads the evidence found rather than running those rules again.
        ctx.found = found = []
        for rule in rules:
            start = time.perf_counter()
            found.extend(rule.run(ctx))
            parts.setdefault(rule.code, []).append(time.perf_counter() - start)
    size = len(text.encode("utf-8")) / 1e6
    print(f"{'part':36s} {'ms':>7s}")
    for name, times in sorted(parts.items(), key=lambda kv: -min(kv[1])):
        if min(times) >= 0.0005:
            print(f"{name:36s} {min(times) * 1000:7.1f}")
    check = best(lambda: check_document(Document(text, "bench.txt"), profile), args.repeat)
    floor = best(lambda: re.split(r"(?<=[.!?])\s+", text.lower()), args.repeat)
    print(f"\n{size:.2f} MB: check_document {check * 1000:.1f} ms ({size / check:.1f} MB/s); "
          f"floor {floor * 1000:.1f} ms ({size / floor:.1f} MB/s); check takes {check / floor:.1f} x the floor")


if __name__ == "__main__":
    main()
