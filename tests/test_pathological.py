"""A guard against catastrophic (super-linear) blow-up on pathological input. The figures live in
benchmarks/pathological.py; this only fails when something goes badly wrong."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from toolkit import check_text, fix_text

spec = importlib.util.spec_from_file_location("pathological", Path(__file__).parents[1] / "benchmarks" / "pathological.py")
pathological = importlib.util.module_from_spec(spec)
sys.modules["pathological"] = pathological
spec.loader.exec_module(pathological)

CASES = pathological.cases(0.2)  # 200 KB inputs, a 1 MB single line


@pytest.mark.parametrize("name", sorted(CASES))
def test_check_and_fix_stay_fast(name):
    text = CASES[name]
    start = time.perf_counter()
    check_text(text)
    fixed = fix_text(text).text
    assert time.perf_counter() - start < 20, f"{name} took too long"
    assert fix_text(fixed).text == fixed


def test_many_fixes_are_chosen_in_near_linear_time():
    # 20,000 findings once took 28 s to resolve (an all-pairs overlap check).
    text = "the the cat. " * 20_000
    start = time.perf_counter()
    assert fix_text(text).text == "the cat. " * 19_999 + "the cat. "
    assert time.perf_counter() - start < 20
