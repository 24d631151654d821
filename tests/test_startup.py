"""Start-up: checking English must not load the Chinese tooling (jieba, OpenCC), which costs
hundreds of milliseconds on every pre-commit run. Measured in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

HEAVY = ("jieba", "opencc", "pygls", "lsprotocol")  # the language server's stay out of `zhen check` too

SCRIPT = """
import json, sys
from toolkit.cli import main
try:
    main(["check", sys.argv[1]], standalone_mode=True)
except SystemExit as done:
    code = done.code
print(json.dumps({"exit": code, "modules": sorted(sys.modules)}))
"""


def loaded_after_check(path) -> dict:
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_checking_english_does_not_import_jieba_or_opencc(tmp_path):
    doc = tmp_path / "english.txt"
    doc.write_text("The committee met on Monday. It discussed the the plan for the coming year.\n",
                   encoding="utf-8")
    run = loaded_after_check(doc)
    assert run["exit"] == 1, "the check ran and found the doubled word"
    heavy = [m for m in run["modules"] if m.split(".")[0] in HEAVY]
    assert heavy == [], f"imported on the English path: {heavy}"
