"""Fingerprint every output zhen writes, to show a restructuring changes none of them.

Runs `zhen check` in every format (and --statistics), `zhen fix --diff` (safe and unsafe), the
review catalog of `zhen fix --po` and `zhen report` over the seed, the development corpus (raw and
clean, read in place from ../shared), the test catalogs and a 1 MB text made of the corpus, and
prints one SHA-256 per output. Save the figures before a change and compare after:

    python benchmarks/outputs.py --save /tmp/before.json
    ...change the code...
    python benchmarks/outputs.py --compare /tmp/before.json     # exit 1 and the names that differ
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
ZHEN = [sys.executable, "-m", "toolkit"]
FORMATS = ("text", "concise", "full", "json", "jsonl", "github", "sarif")


def inputs(work: Path) -> dict[str, list[str]]:
    """Named groups of paths to check."""
    groups = {"seed": [str(ROOT / "seeds" / "000_ea91957da586dbbb.txt")],
              "catalog": [str(ROOT / "tests" / "data" / "catalogs" / "zh-en.po")]}
    if CORPUS.is_dir():
        groups["raw"] = sorted(str(p) for p in (CORPUS / "raw").iterdir())
        groups["clean"] = sorted(str(p) for p in (CORPUS / "clean").iterdir())
        unit = "\n\n".join(Path(p).read_text(encoding="utf-8") for p in groups["raw"])
        big = work / "mix.txt"
        big.write_text((unit + "\n\n") * max(1, 1_000_000 // len(unit)), encoding="utf-8")
        groups["mix"] = [str(big)]
    return groups


def run(args: list[str], cwd: Path) -> bytes:
    done = subprocess.run([*ZHEN, *args], cwd=cwd, capture_output=True)
    return done.stdout + b"\0" + done.stderr + b"\0" + str(done.returncode).encode()


def fingerprints() -> dict[str, str]:
    found: dict[str, str] = {}
    # One fixed folder, not a new temporary one: outputs name the paths they were given.
    work = Path(tempfile.gettempdir()) / "zhen-outputs"
    work.mkdir(exist_ok=True)
    for name, paths in inputs(work).items():
        for fmt in FORMATS:
            found[f"{name} check --format {fmt}"] = run(["check", "--format", fmt, *paths], ROOT)
        found[f"{name} check --statistics"] = run(["check", "--statistics", *paths], ROOT)
        found[f"{name} check --statistics --format json"] = run(["check", "--statistics", "--format", "json", *paths], ROOT)
        found[f"{name} fix --diff"] = run(["fix", "--diff", *paths], ROOT)
        found[f"{name} fix --diff --unsafe-fixes"] = run(["fix", "--diff", "--unsafe-fixes", *paths], ROOT)
        report = work / f"{name}.html"
        run(["report", "-o", str(report), *paths], ROOT)
        found[f"{name} report"] = report.read_bytes() if report.exists() else b"(none)"
        if name in ("seed", "catalog"):
            po, out = work / f"{name}.review.po", work / f"{name}.out"
            run(["fix", "--unsafe-fixes", "-o", str(out), "--po", str(po), paths[0]], ROOT)
            found[f"{name} fix --po"] = po.read_bytes().replace(paths[0].encode(), b"PATH") if po.exists() else b""
    return {key: hashlib.sha256(value).hexdigest() for key, value in found.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", metavar="FILE")
    parser.add_argument("--compare", metavar="FILE")
    args = parser.parse_args()
    found = fingerprints()
    if args.save:
        Path(args.save).write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        differ = sorted(k for k in before.keys() | found.keys() if before.get(k) != found.get(k))
        for key in differ:
            print(f"differs: {key}")
        print(f"{len(found) - len(differ)} of {len(found)} outputs identical")
        return 1 if differ else 0
    for key, digest in sorted(found.items()):
        print(f"{digest[:16]}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
