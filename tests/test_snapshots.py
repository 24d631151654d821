"""Every output format of `zhen check`, and `--statistics`, against one expected file each.

The input is a fixed document (tests/snapshots/input.md, Markdown with several kinds of finding);
the expected outputs are tests/snapshots/check.FORMAT. After an intended change of output,
regenerate them with `ZHEN_UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py` and review the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit.emitters import FORMATS

HERE = Path(__file__).parent / "snapshots"
INPUT = "tests/snapshots/input.md"
ROOT = HERE.parent.parent
RUNS = {f"check.{name}": ["--format", name] for name in FORMATS}
RUNS["check.statistics"] = ["--statistics"]
RUNS["check.statistics-json"] = ["--statistics", "--format", "json"]
RUNS["fix.diff"] = ["--diff", "--unsafe-fixes"]


@pytest.mark.parametrize("name", sorted(RUNS))
def test_output_matches_its_snapshot(name):
    verb = name.split(".")[0]
    done = subprocess.run([sys.executable, "-m", "toolkit", verb, *RUNS[name], INPUT], cwd=ROOT,
                          capture_output=True, env={**os.environ, "NO_COLOR": "1"})
    got = done.stdout + b"--- stderr\n" + done.stderr + f"--- exit {done.returncode}\n".encode()
    expected = HERE / name
    if os.environ.get("ZHEN_UPDATE_SNAPSHOTS"):
        expected.write_bytes(got)
    assert got == expected.read_bytes()
