"""Very large files are checked in sections (toolkit/sections.py): the same findings at the same
file positions as a whole-file check, errors named as for a whole file, memory bounded."""

from __future__ import annotations

import codecs
import json

import pytest

from conftest import SEED
from toolkit import sections
from toolkit.errors import UserError
from toolkit.files import read_source

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture
def small_sections(monkeypatch):
    """Section mode for anything over 2 KB, in sections of about 3,000 characters."""
    monkeypatch.setattr(sections, "LARGE_FILE", 2_000)
    monkeypatch.setattr(sections, "SECTION_CHARS", 3_000)


def test_sections_cover_the_file_exactly_and_end_at_paragraph_breaks(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(SEED_TEXT * 3, encoding="utf-8")
    parts = list(sections.read_sections(str(path), size=3_000))
    assert "".join(p.text for p in parts) == SEED_TEXT * 3
    assert len(parts) > 3 and parts[0].first and parts[-1].last
    assert not any(p.first for p in parts[1:]) and not any(p.last for p in parts[:-1])
    for before, after in zip(parts, parts[1:]):
        assert after.offset == before.offset + len(before.text)
        assert after.line == before.line + before.text.count("\n")
        assert before.text.endswith("\n")  # never inside a line


def test_a_file_checked_in_sections_gives_the_whole_file_findings(zhen, tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text(SEED_TEXT * 3, encoding="utf-8")
    # T102 compares renderings across a document, and B104/P109 read the document's memory of
    # names and lower-case words: in sections they look within each one. T101 weighs evidence of
    # machine translation per document, so per section: with mt-evidence 0 every ambiguous
    # rendering counts, whatever a section holds.
    (tmp_path / "zhen.toml").write_text("[options]\nmt-evidence = 0\n", encoding="utf-8")
    args = ("check", "--format", "json", "--ignore", "T102,B104,P109", path)
    whole = json.loads(zhen(*args).stdout)
    monkeypatch.setattr(sections, "LARGE_FILE", 2_000)
    monkeypatch.setattr(sections, "SECTION_CHARS", 3_000)
    parted = json.loads(zhen(*args).stdout)
    assert parted == whole and len(whole) > 50
    concise = zhen("check", "--ignore", "T102,B104,P109", path).stdout
    monkeypatch.setattr(sections, "LARGE_FILE", 10**9)
    assert zhen("check", "--ignore", "T102,B104,P109", path).stdout == concise


def test_start_and_end_rules_run_only_on_the_first_and_last_section(zhen, tmp_path, small_sections):
    # The seed starts with a scraped site title (R101) and ends with a related-links list (R102):
    # repeated three times, only the first title and the last list are at the file's edges.
    path = tmp_path / "big.txt"
    path.write_text(SEED_TEXT * 3, encoding="utf-8")
    found = json.loads(zhen("check", "--format", "json", "--select", "R101,R102,D102", path).stdout)
    codes = [f["code"] for f in found]
    assert codes.count("R101") == 1 and codes.count("R102") == 1
    assert found[0]["line"] == 1 and found[-1]["line"] > 2 * SEED_TEXT.count("\n")


def test_statistics_count_a_sectioned_file_once(zhen, tmp_path, small_sections):
    (tmp_path / "big.txt").write_text(SEED_TEXT * 3, encoding="utf-8")
    (tmp_path / "small.txt").write_text("The work went on , and on.\n", encoding="utf-8")  # one finding (P102)
    data = json.loads(zhen("check", "--statistics", "--format", "json", tmp_path).stdout)
    assert sorted(d["path"].rsplit("/", 1)[-1] for d in data["documents"]) == ["big.txt", "small.txt"]
    summary = zhen("check", tmp_path).stdout.splitlines()[-3]
    assert summary.endswith("in 2 files.")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_are_read_as_for_a_whole_file(tmp_path, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes((SEED_TEXT * 2).encode(encoding))
    text = "".join(p.text for p in sections.read_sections(str(path), size=1_000))
    assert text == read_source(str(path)).text == SEED_TEXT * 2


def test_bad_bytes_deep_in_the_file_are_named_as_for_a_whole_file(tmp_path):
    path = tmp_path / "bad.txt"
    good = (SEED_TEXT * 40).encode("utf-8")
    path.write_bytes(good + b"caf\xe9\n")
    with pytest.raises(UserError) as whole:
        read_source(str(path))
    with pytest.raises(UserError) as parted:
        list(sections.read_sections(str(path), size=5_000))
    assert str(parted.value) == str(whole.value)
    assert f"byte offset {len(good) + 3}" in str(parted.value)
    assert codecs.lookup("utf-8")  # the error names the encoding read
