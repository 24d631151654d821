"""Replays every input the coverage-guided fuzzers (tests/fuzz/, atheris) found a bug with,
through the same target function, without atheris: each must now pass the target's checks."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent / "fuzz"
REGRESSIONS = sorted(p for p in (FUZZ / "regressions").glob("*/*") if p.is_file())


def target(name: str):
    sys.path.insert(0, str(FUZZ))  # the targets import their harness as a sibling module
    try:
        spec = importlib.util.spec_from_file_location(f"fuzz_{name}", FUZZ / f"fuzz_{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(FUZZ))
    return module


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_saved_fuzz_input_passes_its_target(path):
    target(path.parent.name).one_input(path.read_bytes())


@pytest.mark.parametrize("name", ["text", "po", "data_files"])
def test_each_target_runs_on_its_seed_inputs(name):
    # The targets and their seeds stay runnable even while no regression input exercises them.
    sys.path.insert(0, str(FUZZ))
    try:
        import harness
    finally:
        sys.path.remove(str(FUZZ))
    seeds = {"text": harness.text_seeds, "po": harness.po_seeds, "data_files": harness.data_file_seeds}[name]
    module = target(name)
    inputs = list(seeds())
    assert len(inputs) >= 3
    for data in inputs[:40]:
        module.one_input(data)
