"""Review catalogs: `zhen fix FILE --po` and `zhen apply` round-trip through a human's edits."""

from __future__ import annotations

import shutil
import subprocess

import polib
import pytest

from conftest import SEED, SEED_EXPECTED


@pytest.fixture
def seed(tmp_path):
    path = tmp_path / "seed.txt"
    shutil.copy(SEED, path)
    return path


def test_round_trip_gives_the_golden_text_with_exactly_the_human_edit(zhen, tmp_path, seed):
    review = tmp_path / "r.po"
    zhen("fix", "--unsafe-fixes", "--diff", "--po", review, seed)
    assert seed.read_bytes() == SEED.read_bytes()  # --diff wrote nothing to the document
    catalog = polib.pofile(str(review))
    entry = next(e for e in catalog if "principal leader" in e.msgstr)
    entry.msgstr = entry.msgstr.replace("principal leader", "chief leader")
    entry.flags = []
    catalog.save(str(review))
    out = tmp_path / "out.txt"
    result = zhen("apply", "--accept-fuzzy", review, seed, "-o", out)
    assert result.exit_code == 0, result.output
    golden = SEED_EXPECTED.read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == golden.replace("principal leader", "chief leader")


def test_without_accepting_fuzzy_entries_apply_equals_fix(zhen, tmp_path, seed):
    review = tmp_path / "r.po"
    fixed = tmp_path / "fixed.txt"
    zhen("fix", seed, "--po", review, "-o", fixed)
    out = tmp_path / "out.txt"
    assert zhen("apply", review, seed, "-o", out).exit_code == 0
    assert out.read_bytes() == fixed.read_bytes()


def test_entries_explain_and_flag(zhen, tmp_path, seed):
    review = tmp_path / "r.po"
    zhen("fix", "--unsafe-fixes", "--diff", "--po", review, seed)
    catalog = polib.pofile(str(review))
    assert catalog.metadata["X-Zhen-Source-SHA256"]
    first = catalog[0]
    assert first.msgid.startswith("Joke Collection Website") and "R101" in first.comment
    assert first.occurrences == [(str(seed), "1")]
    flagged_only = [e for e in catalog if e.msgstr == e.msgid]
    assert flagged_only and all("fuzzy" in e.flags for e in flagged_only)
    assert any("B101" in e.comment for e in flagged_only)
    unsafe = next(e for e in catalog if "principal leader" in e.msgstr)
    assert "fuzzy" in unsafe.flags


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_review_catalog_is_valid_gettext(zhen, tmp_path, seed):
    review = tmp_path / "r.po"
    zhen("fix", "--unsafe-fixes", "--diff", "--po", review, seed)
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(review)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_apply_refuses_a_changed_document_or_a_missing_msgid(zhen, tmp_path, seed):
    review = tmp_path / "r.po"
    zhen("fix", "--diff", "--po", review, seed)
    changed = tmp_path / "changed.txt"
    changed.write_bytes(seed.read_bytes() + b"\nmore")
    result = zhen("apply", review, changed, "-o", tmp_path / "o.txt")
    assert result.exit_code == 2 and "no longer matches" in result.stderr
    catalog = polib.pofile(str(review))
    catalog[0].msgid = "text that is not in the document"
    catalog.save(str(review))
    result = zhen("apply", review, seed, "-o", tmp_path / "o.txt")
    assert result.exit_code == 2 and "not found in the document" in result.stderr
    assert not (tmp_path / "o.txt").exists()


def test_a_malformed_catalog_is_a_one_line_error(zhen, tmp_path, seed):
    bad = tmp_path / "bad.po"
    bad.write_text("this is not a PO file\n", encoding="utf-8")
    result = zhen("apply", bad, seed)
    assert result.exit_code == 2 and str(bad) in result.stderr
    assert seed.read_bytes() == SEED.read_bytes()
