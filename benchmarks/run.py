"""zhen's performance figures, each measured beside a reference in the same run.

    python benchmarks/run.py [--sizes 1,10,100] [--files 10000] [--work DIR] [--json FILE]

Builds a deterministic corpus (the seed and the whole development corpus in ../shared/corpus/dev,
web pages and Markdown documentation, when it is there, else the seed and tests/data/clean-english) replicated to each size, a folder of 2-20 KB
documents cut from it, a 10,000-entry PO catalog and a 1 MB Chinese text made of glossary terms.
Every zhen figure is the wall time of the installed `zhen` command in a fresh process (start-up
included, as a user sees it), with its peak RSS: the fastest of three runs up to 20 MB (the floor
is the fastest of three too), of one run above, of two for the folder of many files. References,
in the same run on the same text: the floor (`str.lower()` and a sentence split in this
interpreter) and proselint (a benchmark-only dependency: `pip install proselint`; skipped when
missing). Prints a table and writes it as JSON
(default benchmarks/last-run.json). Nothing is asserted; docs/performance.md records a run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from glossary_bench import generated_glossary  # noqa: E402
from startup import english_file, timings_ms, zhen_command  # noqa: E402

SEED = ROOT / "seeds" / "000_ea91957da586dbbb.txt"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MB = 1_000_000
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")

# Runs a command and prints its wall time and peak RSS: RUSAGE_CHILDREN of a fresh wrapper
# process covers exactly that one command.
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "rss_mb": rss, "exit": code}))
"""


def measure(command: list[str], env: dict, repeat: int = 1) -> dict:
    """The fastest of `repeat` runs (the floor is the fastest of its runs too), with its peak RSS."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", MEASURE, *command], env=env, capture_output=True,
                             text=True, check=True).stdout
        runs.append(json.loads(out))
    return min(runs, key=lambda r: r["wall"])


def repeats(megabytes: float) -> int:
    return 3 if megabytes <= 20 else 1  # a 100 MB run takes ten seconds and varies little


# -- corpus -------------------------------------------------------------------------------------
def unit_text() -> tuple[str, str]:
    """The text every corpus is replicated from, and where it came from."""
    parts = [SEED.read_text(encoding="utf-8")]
    if DEV.is_dir():
        # The whole development corpus: web pages (.txt) and software documentation (.md, with
        # code blocks and lines of Chinese), machine-translated and clean, as unseen text mixes them.
        for folder in ("raw", "clean"):
            parts += [p.read_text(encoding="utf-8") for p in sorted((DEV / folder).iterdir())
                      if p.suffix in (".txt", ".md")]
        origin = "seed + ../shared/corpus/dev (raw and clean, .txt and .md)"
    else:
        parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/clean-english").glob("*.txt"))]
        origin = "seed + tests/data/clean-english (../shared not found)"
    return "\n\n".join(p.strip() for p in parts) + "\n\n", origin


def replicated(unit: str, megabytes: float) -> str:
    size = int(megabytes * MB)
    copies = size // len(unit.encode("utf-8")) + 1
    text = unit * copies
    while len(text.encode("utf-8")) > size:  # trim to the size, at a paragraph break
        text = text[:text.rindex("\n\n", 0, len(text) - len(unit) // 4) + 2]
    return text


def file_folder(folder: Path, unit: str, files: int) -> int:
    """`files` documents of 2-20 KB, cut at white space from the replicated unit; total bytes."""
    rng = random.Random(20261125)
    pool = unit * 8
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(files):
        size = rng.randint(2_000, 20_000)
        start = rng.randrange(0, len(pool) - size)
        start = pool.find(" ", start) + 1
        piece = pool[start:start + size].rsplit(" ", 1)[0] + "\n"
        (folder / f"doc{i:05d}.txt").write_text(piece, encoding="utf-8")
        total += len(piece.encode("utf-8"))
    return total


def chinese_text(megabytes: float) -> str:
    """Sentences of glossary terms joined by common function words: what `lookup --scan` meets."""
    from toolkit.glossary import load_glossary

    terms = sorted(t.zh for t in load_glossary().terms)
    rng = random.Random(8)
    frames = ["{}和{}是{}的重要内容。", "要坚持{}，推进{}，加强{}。", "在{}中，{}与{}相结合。",
              "各级党委把{}作为{}的关键，抓好{}。"]
    out, size = [], 0
    while size < megabytes * MB:
        sentence = rng.choice(frames).format(*(rng.choice(terms) for _ in range(3)))
        out.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(out)


def po_catalog(path: Path, unit: str, entries: int) -> None:
    """A zh -> en catalog: Chinese msgids, msgstrs cut from the MT corpus (artifacts included)."""
    import polib

    sentences = [s for s in SENTENCE_SPLIT.split(unit.replace("\n", " ")) if 20 < len(s) < 400]
    chinese = chinese_text(entries * 60 / MB)
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for i in range(entries):
        msgid = f"{i}：" + chinese[(i * 37) % (len(chinese) - 40):][:30]
        catalog.append(polib.POEntry(msgid=msgid, msgstr=sentences[i % len(sentences)]))
    catalog.save(str(path))


# -- references ---------------------------------------------------------------------------------
def floor_seconds(text: str, repeat: int = 3) -> float:
    """The cheapest pass that still reads every character: lower-case and split into sentences."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        SENTENCE_SPLIT.split(text.lower())
        best = min(best, time.perf_counter() - start)
    return best


def proselint_command() -> list[str] | None:
    script = Path(sys.executable).with_name("proselint")
    found = str(script) if script.exists() else shutil.which("proselint")
    return [found, "check"] if found else None


# -- the run ------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100", help="corpus sizes in MB (comma-separated)")
    parser.add_argument("--files", type=int, default=10_000, help="documents in the many-files folder")
    parser.add_argument("--po-entries", type=int, default=10_000)
    parser.add_argument("--work", default=None, help="folder for the generated corpus (default: a temp folder)")
    parser.add_argument("--json", default=str(HERE / "last-run.json"), help="where to write the figures")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    work = Path(args.work or os.path.join(os.environ.get("TMPDIR", "/tmp"), "zhen-bench"))
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    # As a user runs zhen: bytecode and the glossary disk cache kept between runs.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "ZHEN_NO_CACHE")}
    env.update({"PYTHONPYCACHEPREFIX": str(work / "pycache"), "NO_COLOR": "1"})
    zhen = zhen_command()
    unit, origin = unit_text()
    rows: list[dict] = []

    def row(name: str, value: float, unit_: str, target: str = "", **extra) -> None:
        rows.append({"figure": name, "value": round(value, 3), "unit": unit_, "target": target, **extra})
        print(f"  {name:58s} {value:10.2f} {unit_:8s} {target}", flush=True)

    print(f"zhen benchmarks: {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs; corpus: {origin}")
    subprocess.run([*zhen, "check", "--exit-zero", str(SEED)], env=env, stdout=subprocess.DEVNULL)  # warm caches

    # Start-up: one 2 KB English file, median of 20 fresh processes; measured again at the end,
    # since a shared machine has slow spells of a minute or more that one sample may fall in.
    small = english_file(work)

    def startup(when: str) -> float:
        median, fastest = timings_ms([*zhen, "check", str(small)], 20, env)
        row(f"start-up{when}: zhen check, 2 KB file (median of 20)", median, "ms", "< 150 ms",
            fastest_ms=round(fastest, 1))
        interpreter, _ = timings_ms([sys.executable, "-c", "pass"], 20, env)
        row("  the interpreter alone, next (python -c pass, median of 20)", interpreter, "ms")
        return median

    median = startup("")

    # Single files of each size: check (the default output, one process), floor and ratio; then
    # again with --format jsonl (streamed) for its peak memory.
    check_times: dict[float, float] = {}
    for size in sizes:
        text = replicated(unit, size)
        path = work / f"corpus-{size:g}MB.txt"
        path.write_text(text, encoding="utf-8")
        megabytes = path.stat().st_size / MB
        floor = megabytes / floor_seconds(text)
        result = measure([*zhen, "check", "--exit-zero", "--jobs", "1", str(path)], env, repeats(size))
        check_times[size] = result["wall"]
        speed = megabytes / result["wall"]
        row(f"check {size:g} MB (default rules, bundled glossary)", speed, "MB/s", "",
            seconds=round(result["wall"], 2), peak_rss_mb=round(result["rss_mb"], 1))
        row(f"  floor on the same {size:g} MB (lower + sentence split)", floor, "MB/s")
        row(f"  check / floor, {size:g} MB", speed / floor, "x", ">= 0.2")
        # The same run without the start-up every run pays (the 2 KB median above): the speed
        # of the checking itself, as the floor's is.
        net = megabytes / max(result["wall"] - median / 1000, 1e-9)
        row(f"  check {size:g} MB, start-up taken off: MB/s and / floor", net, "MB/s",
            f"{net / floor:.2f} x")
        streamed = measure([*zhen, "check", "--exit-zero", "--jobs", "1", "--format", "jsonl", str(path)], env,
                           repeats(size))
        row(f"  check {size:g} MB --format jsonl", megabytes / streamed["wall"], "MB/s",
            seconds=round(streamed["wall"], 2))
        row(f"  peak RSS, check {size:g} MB --format jsonl", streamed["rss_mb"], "MB",
            "< 300 MB" if size >= 100 else "")
        del text
    if len(sizes) >= 2:
        a, b = sorted(sizes)[-2:]
        row(f"linearity: time({b:g} MB) / time({a:g} MB), size ratio {b / a:g}",
            check_times[b] / check_times[a], "x", f"<= {1.1 * b / a:g}")

    # proselint on the same 1 MB.
    one = work / f"corpus-{min(sizes):g}MB.txt"
    mb_one = one.stat().st_size / MB
    proselint = proselint_command()
    if proselint:
        result = measure([*proselint, str(one)], env, repeats(min(sizes)))  # as zhen's runs
        proselint_speed = mb_one / result["wall"]
        row(f"proselint {min(sizes):g} MB", proselint_speed, "MB/s")
        row(f"  zhen check / proselint, {min(sizes):g} MB", (mb_one / check_times[min(sizes)]) / proselint_speed,
            "x", ">= 30")
        # zhen's start-up (~0.1 s) is a large part of a 1 MB run; proselint's MB/s hardly depends
        # on size (its own start-up is ~0.2 s of ~3 s), so compare zhen's larger runs with it too.
        for size in sorted(sizes)[1:]:
            size_mb = (work / f"corpus-{size:g}MB.txt").stat().st_size / MB
            row(f"  zhen check {size:g} MB / proselint {min(sizes):g} MB (MB/s)",
                (size_mb / check_times[size]) / proselint_speed, "x")
    else:
        print("  proselint: not installed (pip install proselint), comparison skipped")

    # A 20,000-entry glossary on the middle size, and fix.
    mid = sorted(sizes)[len(sizes) // 2 if len(sizes) > 1 else 0]
    mid_path = work / f"corpus-{mid:g}MB.txt"
    mid_mb = mid_path.stat().st_size / MB
    big = generated_glossary(work, 20_000)
    subprocess.run([*zhen, "check", "--exit-zero", "--glossary", str(big), str(SEED)], env=env,
                   stdout=subprocess.DEVNULL)  # the parsed glossary is cached on disk, as in real use
    # The two measured in turn, so that both meet the same moments of a noisy machine.
    bundled_runs, big_runs = [], []
    for _ in range(repeats(mid)):
        bundled_runs.append(measure([*zhen, "check", "--exit-zero", "--jobs", "1", str(mid_path)], env)["wall"])
        big_runs.append(measure([*zhen, "check", "--exit-zero", "--jobs", "1", "--glossary", str(big),
                                 str(mid_path)], env)["wall"])
    row(f"check {mid:g} MB with a 20,000-entry glossary", mid_mb / min(big_runs), "MB/s")
    row("  slowdown against the bundled glossary (measured in turn)", min(big_runs) / min(bundled_runs), "x",
        "<= 1.5", bundled_seconds=round(min(bundled_runs), 2))
    fixed = measure([*zhen, "fix", "--exit-zero", "-o", str(work / "fixed.txt"), str(mid_path)], env, repeats(mid))
    row(f"fix {mid:g} MB (safe fixes, to a new file)", mid_mb / fixed["wall"], "MB/s",
        seconds=round(fixed["wall"], 2), peak_rss_mb=round(fixed["rss_mb"], 1))

    # A 10,000-entry PO catalog and 1 MB of Chinese.
    catalog = work / "catalog.po"
    po_catalog(catalog, unit, args.po_entries)
    result = measure([*zhen, "check", "--exit-zero", "--format", "jsonl", str(catalog)], env)
    row(f"check a {args.po_entries:,}-entry PO catalog", result["wall"], "s", "",
        entries_per_s=round(args.po_entries / result["wall"]))
    chinese = work / "chinese.txt"
    chinese.write_text(chinese_text(1.0), encoding="utf-8")
    result = measure([*zhen, "lookup", "--scan", str(chinese)], env)
    row("lookup --scan, 1 MB of Chinese", chinese.stat().st_size / MB / result["wall"], "MB/s")

    # Many small files, one and two processes.
    folder = work / "files"
    total = file_folder(folder, unit, args.files)
    per_jobs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(2):  # in turn, the fastest of two each
        for jobs in (1, 2):
            per_jobs[jobs].append(measure([*zhen, "check", "--exit-zero", "--format", "jsonl", "--jobs", str(jobs),
                                           str(folder)], env))
    best = {jobs: min(runs, key=lambda r: r["wall"]) for jobs, runs in per_jobs.items()}
    for jobs, result in best.items():
        row(f"{args.files:,} files ({total / MB:.0f} MB), --jobs {jobs}: time per file",
            result["wall"] / args.files * 1000, "ms", seconds=round(result["wall"], 2),
            peak_rss_mb=round(result["rss_mb"], 1))
    row("  speed-up of --jobs 2 over --jobs 1", best[1]["wall"] / best[2]["wall"], "x", ">= 1.7")
    startup(", again at the end")

    Path(args.json).write_text(json.dumps({
        "date": time.strftime("%Y-%m-%d %H:%M"), "python": platform.python_version(),
        "cpus": os.cpu_count(), "corpus": origin, "zhen": zhen, "figures": rows,
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written: {args.json}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
