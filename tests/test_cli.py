"""The `zhen` command: outputs, exit codes, writing, and refusing bad input."""

from __future__ import annotations

import json
import os
import stat

import pytest

from conftest import SEED


def test_check_reports_the_seed_artifacts_at_their_line_and_column(zhen):
    result = zhen("check", SEED)
    assert result.exit_code == 1
    lines = set(result.stdout.splitlines())
    text = SEED.read_text(encoding="utf-8")

    def at(piece: str, code: str) -> str:
        offset = text.index(piece)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return f"{SEED}:{line}:{column}: {code}"

    expected = [
        at("Joke Collection Website - ", "R101"),
        at("~~Expedited~~", "M101"),
        at("Requesting research on the leadership system and working mechanism of party building work in non-public enterprises~~Expedited~~\nThe", "D102"),
        at(" Functions, while", "D101"),
        at(" [2] 365.", "R103"),
        at("There is a lot of arbitrariness", "B101"),
        at("The main types of sex", "B101"),
        at(". , the leadership", "P101"),
        at(" .\nThis leadership system model for party building work in non-public enterprises is also relatively common, which has", "P101"),
        at("- Related articles", "R102"),
    ]
    for prefix in expected:
        assert any(line.startswith(prefix) for line in lines), prefix


def test_json_output_has_the_documented_fields(zhen):
    result = zhen("check", "--format", "json", SEED)
    items = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    keys = {"path", "line", "column", "end_line", "end_column", "offset", "end_offset", "code",
            "name", "severity", "message", "fix"}
    assert items and all(keys <= set(i) for i in items)
    doubled = next(i for i in items if i["code"] == "D101")
    assert text[doubled["offset"]:doubled["end_offset"]] == " Functions"
    assert doubled["fix"] == {"safety": "safe", "edits": [
        {"offset": doubled["offset"], "end_offset": doubled["end_offset"], "replacement": "",
         "line": doubled["line"], "column": doubled["column"]}]}
    broken = next(i for i in items if i["code"] == "B101")
    assert broken["fix"] is None


def test_select_ignore_and_statistics(zhen):
    only = json.loads(zhen("check", "--format", "json", "--select", "B", SEED).stdout)
    assert {i["code"][0] for i in only} == {"B"}
    rest = json.loads(zhen("check", "--format", "json", "--ignore", "B1,R", SEED).stdout)
    assert not {i["code"] for i in rest} & {"B101", "R101", "R102", "R103"}
    stats = zhen("check", "--statistics", SEED).stdout
    assert "B101  capital-mid-sentence" in stats


def test_clean_text_exits_zero(zhen, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("This sentence is fine. So is this one.\n", encoding="utf-8")
    result = zhen("check", clean)
    assert result.exit_code == 0
    assert "No findings." in result.stdout


def test_fix_in_place_keeps_mode_bom_and_line_endings(zhen, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_bytes("\ufeffThe plan .\r\nIt works. .\r\n".encode("utf-8"))
    doc.chmod(0o640)
    result = zhen("fix", doc)
    assert result.exit_code == 0, result.output
    assert doc.read_bytes() == "\ufeffThe plan.\r\nIt works.\r\n".encode("utf-8")
    assert stat.S_IMODE(doc.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".zhen-")]


def test_fix_diff_writes_nothing(zhen, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("The plan .\n", encoding="utf-8")
    result = zhen("fix", "--diff", doc)
    assert result.exit_code == 1
    assert "-The plan .\n+The plan.\n" in result.stdout
    assert doc.read_text(encoding="utf-8") == "The plan .\n"


def test_fix_output_file_and_stdin(zhen, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("The plan .\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    assert zhen("fix", doc, "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8") == "The plan.\n"
    assert doc.read_text(encoding="utf-8") == "The plan .\n"
    piped = zhen("fix", "-", input="It works. .\n")
    assert piped.stdout.startswith("It works.\n")


def test_unsafe_fixes_only_when_asked(zhen, tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("where it is located. , the leadership\n", encoding="utf-8")
    zhen("fix", doc)
    assert doc.read_text(encoding="utf-8") == "where it is located. , the leadership\n"
    zhen("fix", "--unsafe-fixes", doc)
    assert doc.read_text(encoding="utf-8") == "where it is located, the leadership\n"


def test_folders_are_searched_for_text_and_markdown(zhen, tmp_path):
    (tmp_path / "a.txt").write_text("the the plan\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("of of them\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("the the = 1\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "d.txt").write_text("the the\n", encoding="utf-8")
    paths = {i["path"] for i in json.loads(zhen("check", "--format", "json", tmp_path).stdout)}
    assert paths == {str(tmp_path / "a.txt"), str(tmp_path / "b.md")}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01binary\x00", "binary file"),
        (b"good line\nbad \xff byte\n", ":2: byte offset 14: not valid utf-8"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(zhen, tmp_path, content, message):
    doc = tmp_path / "doc.txt"
    doc.write_bytes(content)
    for verb in ("check", "fix"):
        result = zhen(verb, doc)
        assert result.exit_code == 2
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output
        assert doc.read_bytes() == content


def test_fix_leaves_a_bad_input_alone_and_fixes_the_others(zhen, tmp_path):
    # Issue #21: one binary file in a folder of 500 made `fix` write nothing, without saying so.
    good = tmp_path / "a.txt"
    good.write_text("The plan .\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\xfd")
    result = zhen("fix", tmp_path)
    assert result.exit_code == 2 and "1 file not read (errors above)" in result.stderr
    assert good.read_text(encoding="utf-8") == "The plan.\n"
    assert (tmp_path / "b.txt").read_bytes() == b"\xff\xfe\xfd"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "no/such/file.txt"], "no/such/file.txt: no such file or folder"),
        (["check", "--select", "Q999", str(SEED)], "unknown rule code or prefix 'Q999'"),
        (["rules", "Q999"], "unknown rule code 'Q999'"),
    ],
)
def test_usage_errors(zhen, args, message):
    result = zhen(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_empty_folder_is_an_error(zhen, tmp_path):
    result = zhen("check", tmp_path)
    assert result.exit_code == 2
    assert "no .txt/.md/.markdown files to check" in result.stderr


def test_fix_on_a_file_it_cannot_write_is_an_error_and_leaves_it(zhen, tmp_path, monkeypatch):
    doc = tmp_path / "doc.txt"
    doc.write_text("The plan .\n", encoding="utf-8")

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    result = zhen("fix", doc)
    assert result.exit_code == 2
    assert "cannot write: Permission denied" in result.stderr
    assert doc.read_text(encoding="utf-8") == "The plan .\n"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]


def test_rules_lists_and_explains(zhen):
    listing = zhen("rules").stdout
    assert "D101  [*] doubled-word" in listing
    explained = zhen("rules", "d101").stdout
    assert "functions⟦ Functions⟧" in explained and "Not flagged:" in explained
