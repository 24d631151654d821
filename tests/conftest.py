"""Shared fixtures: paths into the repository, and a way to run the `zhen` CLI in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ea91957da586dbbb.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_ea91957da586dbbb.expected.txt"


@pytest.fixture
def zhen():
    """Run `zhen ARGS...` in-process; returns click's Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)

    return run
