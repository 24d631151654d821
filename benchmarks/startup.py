"""Start-up time of the `zhen` command: the cost of every pre-commit run.

Measures the wall time of N runs (default 20) in fresh processes, median and fastest:
  - `python -c pass`            the interpreter alone, the floor nothing can go under
  - `zhen --version`            start-up without checking
  - `zhen check FILE`           a 2 KB English file (target: under 150 ms)

Bytecode is compiled once into a temporary PYTHONPYCACHEPREFIX before timing, as it would be for
an installed package (the environment may set PYTHONDONTWRITEBYTECODE). With --importtime, the
slowest imports of one `zhen check` run are listed (python -X importtime).

    python benchmarks/startup.py [--runs 20] [--importtime]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 150.0
SENTENCES = [
    "The committee met on Monday to review the annual plan for rural development.",
    "Members discussed how the county could improve schools, roads and clinics.",
    "The report notes that grain output rose for the third year in a row.",
    "Officials said more work is needed to train teachers in remote villages.",
    "A new water project will serve twelve townships by the end of next year.",
    "The meeting closed with a call to publish the budget in plain language.",
]


def english_file(folder: Path, size: int = 2048) -> Path:
    text, i = "", 0
    while len(text.encode("utf-8")) < size:
        text += SENTENCES[i % len(SENTENCES)] + (" " if i % 3 != 2 else "\n")
        i += 1
    path = folder / "english.txt"
    path.write_text(text[:size].rsplit(" ", 1)[0] + ".\n", encoding="utf-8")
    return path


def zhen_command() -> list[str]:
    """The `zhen` script installed beside this interpreter, else `python -m toolkit`."""
    script = Path(sys.executable).with_name("zhen")
    if script.exists():
        return [str(script)]
    found = shutil.which("zhen")
    return [found] if found else [sys.executable, "-m", "toolkit"]


def timings_ms(command: list[str], runs: int, env: dict) -> tuple[float, float]:
    """(median, fastest) wall time; the fastest shows the cost without the machine's noise."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def slowest_imports(command: list[str], env: dict, top: int = 15) -> list[tuple[int, str]]:
    python = [sys.executable] if command[0] != sys.executable else []
    run = subprocess.run([*python, "-X", "importtime", *command], env=env, capture_output=True, text=True)
    rows = []
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            rows.append((int(cumulative), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--importtime", action="store_true", help="list the slowest imports of one check")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update({"PYTHONPYCACHEPREFIX": str(folder / "pycache"), "NO_COLOR": "1"})
        doc = english_file(folder)
        zhen = zhen_command()
        check = [*zhen, "check", str(doc)]  # with configuration discovery, as in real use
        for command in ([*zhen, "--version"], check):  # compile bytecode, warm the file cache
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        floor = timings_ms([sys.executable, "-c", "pass"], args.runs, env)
        version = timings_ms([*zhen, "--version"], args.runs, env)
        checked = timings_ms(check, args.runs, env)
        print(f"zhen start-up, {args.runs} runs each ({' '.join(zhen)}; {doc.stat().st_size} B file)")
        print("                       median   fastest")
        print(f"  python -c pass      {floor[0]:7.1f}   {floor[1]:7.1f} ms   (the interpreter alone)")
        print(f"  zhen --version      {version[0]:7.1f}   {version[1]:7.1f} ms")
        verdict = "within" if checked[0] < TARGET_MS else "OVER"
        print(f"  zhen check (2 KB)   {checked[0]:7.1f}   {checked[1]:7.1f} ms   "
              f"median {verdict} the {TARGET_MS:.0f} ms target")
        if args.importtime:
            print("slowest imports of one `zhen check` (cumulative µs):")
            for micros, name in slowest_imports(check, env):
                print(f"  {micros:8d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
