"""Glossary figures: load time (bundled and a generated 20,000-entry glossary), lookup after load,
and the throughput of the one-pass MT-rendering match (rule T101) on the seed replicated to 10 MB.

Run: python benchmarks/glossary_bench.py [--mb 10]. Prints a table; nothing is asserted.
The on-disk glossary cache is disabled (ZHEN_NO_CACHE) so load times are real parses.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit import Document, Profile, check_document, select_rules  # noqa: E402
from toolkit.glossary.store import _CACHE, load_glossary  # noqa: E402
from toolkit.glossary.lookup import lookup  # noqa: E402

SEED = ROOT / "seeds" / "000_ea91957da586dbbb.txt"
SYLLABLES = "ba bo ce di fa gu he ji ka lu mo ne pi qu re su ti wo xi yu za zo".split()
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def generated_glossary(folder: Path, entries: int, seed: int = 7) -> Path:
    """A syntactically valid glossary of `entries` made-up terms, each with two MT renderings."""
    rng = random.Random(seed)
    lines = ['[domain]', 'id = "generated"', 'title = "Generated for benchmarks"', 'revised = "2026-01-01"', ""]
    seen_zh, seen_en = set(), set()
    while len(seen_zh) < entries:
        zh = "".join(rng.choice(HAN) for _ in range(rng.randint(2, 5)))
        words = [" ".join(rng.choice(SYLLABLES) + rng.choice(SYLLABLES) for _ in range(2)) for _ in range(3)]
        if zh in seen_zh or any(w in seen_en for w in words):
            continue
        seen_zh.add(zh)
        seen_en.update(words)
        lines += ["[[term]]", f'zh = "{zh}"', f'en = "{words[0]}"', 'source = "unsourced"', 'source_kind = "none"',
                  f'mt = [ {{ text = "{words[1]}", fix = "unsafe", kind = "certain" }}, {{ text = "{words[2]}", fix = "suggest", kind = "certain" }} ]', ""]
    path = folder / "generated.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def timed(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        _CACHE.clear()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the replicated seed text (MB)")
    args = parser.parse_args()
    # Set here, not at import: benchmarks/run.py imports this module and must keep the cache.
    os.environ["ZHEN_NO_CACHE"] = "1"
    with tempfile.TemporaryDirectory() as folder:
        big = generated_glossary(Path(folder), 20_000)
        bundled_load = timed(load_glossary)
        big_load = timed(lambda: load_glossary([big]))
        glossary = load_glossary([big])
        queries = ["條塊", "strips and strips", "United Front Work Department", "no such term"]
        start = time.perf_counter()
        for _ in range(250):
            for q in queries:
                lookup(glossary, q)
        per_lookup = (time.perf_counter() - start) / 1000

        seed = SEED.read_text(encoding="utf-8")
        text = (seed + "\n") * max(1, int(args.mb * 1_000_000 / len(seed.encode("utf-8"))))
        megabytes = len(text.encode("utf-8")) / 1_000_000
        rows = []
        for label, extra in (("bundled glossary", []), ("+ 20,000-entry glossary", [str(big)])):
            profile = Profile(select_rules(["T101"]), glossary_paths=extra)
            check_document(Document("warm-up"), profile)  # build the automaton
            start = time.perf_counter()
            found = check_document(Document(text), profile)
            elapsed = time.perf_counter() - start
            rows.append((label, megabytes / elapsed, len(found)))
    print(f"glossary load, bundled ({len(load_glossary().terms)} entries): {bundled_load * 1000:8.1f} ms")
    print(f"glossary load, bundled + 20,000 generated entries:      {big_load * 1000:8.1f} ms")
    print(f"lookup after load (mean of 1,000):                       {per_lookup * 1e6:8.1f} µs")
    for label, speed, count in rows:
        print(f"T101 matching on the seed x{megabytes:.0f} MB, {label:24s} {speed:6.1f} MB/s ({count} findings)")


if __name__ == "__main__":
    main()
