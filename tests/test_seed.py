"""The seed document end to end: `zhen fix` reproduces the reviewed golden file exactly."""

from __future__ import annotations

from conftest import SEED, SEED_EXPECTED
from toolkit import check_text, fix_text
from toolkit.model import Severity


def test_fix_reproduces_the_golden_file(zhen, tmp_path):
    out = tmp_path / "seed.txt"
    result = zhen("fix", "--unsafe-fixes", "-o", out, SEED)
    assert result.exit_code in (0, 1), result.output
    assert out.read_text(encoding="utf-8") == SEED_EXPECTED.read_text(encoding="utf-8")


def test_golden_file_has_no_error_finding():
    text = SEED_EXPECTED.read_text(encoding="utf-8")
    errors = [f for f in check_text(text, str(SEED_EXPECTED)) if f.severity is Severity.ERROR]
    assert errors == []


def test_fixing_the_golden_file_changes_nothing():
    text = SEED_EXPECTED.read_text(encoding="utf-8")
    assert fix_text(text, str(SEED_EXPECTED), unsafe=True).text == text
