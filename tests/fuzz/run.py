"""Run the coverage-guided fuzz targets (atheris) for a fixed number of iterations each.

    pip install -e '.[fuzz]'
    python tests/fuzz/run.py --iterations 100000 [--targets text po data_files] [--corpus DIR]

Each target starts from seed inputs (rule examples, the seed document, the test catalogs, the
bundled glossary) in a corpus folder that persists between runs (default: a folder under the
system's temporary directory). Prints, per target: iterations, seconds, coverage, and crashes;
a crash input is saved under tests/fuzz/crashes/ (not committed). Once fixed, copy the input,
minimised (libFuzzer's -minimize_crash=1), into tests/fuzz/regressions/<target>/, where
tests/test_fuzz_regressions.py replays it on every test run. Exit status 1 when a target crashed.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import harness  # noqa: E402

TARGETS = {  # name: (seed inputs, longest input)
    "text": (harness.text_seeds, 4096),
    "po": (harness.po_seeds, 4096),
    "data_files": (harness.data_file_seeds, 8192),
}


def seed(corpus: Path, seeds) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for data in seeds():
        (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)


def run(name: str, iterations: int, corpus_root: Path) -> dict:
    seeds, max_len = TARGETS[name]
    corpus = corpus_root / name
    seed(corpus, seeds)
    crashes = HERE / "crashes"
    crashes.mkdir(exist_ok=True)
    before = set(crashes.iterdir())
    start = time.perf_counter()
    process = subprocess.run(
        [sys.executable, str(HERE / f"fuzz_{name}.py"), f"-atheris_runs={iterations}", f"-max_len={max_len}",
         f"-artifact_prefix={crashes}/{name}-", "-print_final_stats=1", str(corpus)],
        capture_output=True, text=True, errors="replace",
    )
    seconds = time.perf_counter() - start
    log = process.stderr
    done = re.search(r"Done (\d+) in", log)
    coverage = re.findall(r"cov: (\d+)", log)
    new = sorted(set(crashes.iterdir()) - before)
    if new:
        tail = "\n".join(log.splitlines()[-30:])
        print(f"--- {name} crashed; last lines of its log:\n{tail}\n---", file=sys.stderr)
    return {"target": name, "iterations": int(done.group(1)) if done else None, "seconds": seconds,
            "coverage": coverage[-1] if coverage else "?", "corpus": len(list(corpus.iterdir())),
            "crashes": [str(p) for p in new]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=100_000, help="inputs per target")
    parser.add_argument("--targets", nargs="+", choices=sorted(TARGETS), default=list(TARGETS))
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "zhen-fuzz-corpus")
    args = parser.parse_args()
    print(f"{'target':12s} {'iterations':>10s} {'seconds':>8s} {'coverage':>8s} {'corpus':>7s} crashes")
    crashed = False
    for name in args.targets:
        result = run(name, args.iterations, args.corpus)
        crashed |= bool(result["crashes"])
        iterations = result["iterations"] if result["iterations"] is not None else "stopped"
        print(f"{name:12s} {iterations!s:>10s} {result['seconds']:8.0f} {result['coverage']:>8s} "
              f"{result['corpus']:7d} {len(result['crashes'])} {' '.join(result['crashes'])}", flush=True)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
