"""Output formats: concise and full text, GitHub workflow commands, SARIF 2.1.0, colour, progress."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from conftest import SEED
from toolkit.cli import commands
from toolkit.cli import common as cli
from toolkit.document import Document
from toolkit.emitters import emitter_class
from toolkit.emitters.base import Located
from toolkit.emitters.full import excerpt, full_text
from toolkit.emitters.github import github_escape_data
from toolkit.emitters.text import text_line
from toolkit.registry import all_rules

SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json"
DOC = "The plan .\nIt works. .\nthe the plan\nThe work，the plan\n"


def test_text_is_concise(zhen, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(DOC, encoding="utf-8")
    assert zhen("check", doc).stdout == zhen("check", "--format", "concise", doc).stdout


@pytest.mark.parametrize("name", ["text", "concise"])
def test_concise_lines_are_text_line_for_each_finding(name):
    # The text emitter has a loop of its own for this format (a crawl prints millions of lines):
    # it must print what text_line prints, in a file's later section (line and offset) too.
    from toolkit import check_document

    doc = Document("Intro\r\n" + DOC + "the the end", "a.txt")
    findings = check_document(doc)
    assert len(findings) >= 4
    for offset, line in [(0, 0), (500, 40)]:
        expected = "".join(text_line(Located("a.txt", doc, f, offset, line)) + "\n" for f in findings)
        assert emitter_class(name).render("a.txt", doc, findings, False, offset, line) == expected.encode()


def test_full_shows_the_line_a_caret_under_the_span_and_the_fix(zhen, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Intro.\nthe coordination functions Functions, while\n", encoding="utf-8")
    out = zhen("check", "--format", "full", doc).stdout.splitlines()
    i = out.index(f"{doc}:2:27: D101 [*] doubled word 'Functions'")
    assert out[i + 1:i + 5] == [
        "  |",
        "2 | the coordination functions Functions, while",
        "  |                           ^^^^^^^^^^",
        '  = fix: delete " Functions"',
    ]


def test_full_aligns_carets_under_wide_characters_and_cuts_long_lines():
    line = "中文标题 the the plan"
    shown, carets = excerpt(line, line.index(" the plan"), line.index(" plan"))
    assert shown == line
    assert carets == " " * (8 + len(" the")) + "^" * 4  # four CJK characters take two columns each
    long = "word " * 100 + "the the end " + "word " * 100
    start = long.index("the the") + 3
    shown, carets = excerpt(long, start, start + 4, width=60)
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 62
    assert shown[carets.index("^"):carets.index("^") + 4] == " the"


def test_full_names_the_fix_kind():
    text = "where it is located. , the leadership\nmore (about) it\n"
    doc = Document(text, "a.txt")
    from toolkit import check_document

    rendered = [full_text(Located("a.txt", doc, f)) for f in check_document(doc)]
    assert any("= unsafe fix (--unsafe-fixes): " in r for r in rendered)


# -- GitHub -----------------------------------------------------------------------------------
# ::LEVEL key=value,key=value::message, where a value has no raw ":" "," CR or LF and the message
# no raw CR or LF, and "%" only starts one of GitHub's escapes.
_ESCAPE = r"(?:%25|%0D|%0A|%3A|%2C)"
_VALUE = rf"(?:[^%:,\r\n]|{_ESCAPE})*"
_COMMAND = re.compile(
    rf"::(?P<level>error|warning|notice) "
    rf"(?P<props>file={_VALUE},line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title={_VALUE})"
    rf"::(?P<message>(?:[^%\r\n]|%25|%0D|%0A)*)"
)


def unescape(text: str) -> str:
    return re.sub(_ESCAPE, lambda m: {"%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","}[m.group()], text)


def test_github_annotations_follow_the_workflow_command_syntax(zhen, tmp_path):
    doc = tmp_path / "odd, name: 100%.txt"  # every character GitHub escapes in a property
    doc.write_text(DOC, encoding="utf-8")
    result = zhen("check", "--format", "github", doc)
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    expected = json.loads(zhen("check", "--format", "json", doc).stdout)
    assert len(commands) == len(expected) >= 4
    assert {i["severity"] for i in expected} == {"error", "warning"}
    for command, item in zip(commands, expected):
        m = _COMMAND.fullmatch(command)
        assert m, command
        props = dict(p.split("=", 1) for p in m.group("props").split(","))
        assert unescape(props["file"]) == str(doc)
        assert (int(props["line"]), int(props["col"])) == (item["line"], item["column"])
        assert int(props["endLine"]) == item["end_line"]
        assert int(props["endColumn"]) == item["end_column"] - 1  # inclusive: the span's last character
        assert unescape(props["title"]) == f"{item['code']} {item['name']}"
        assert item["message"] in unescape(m.group("message"))
        assert m.group("level") == {"error": "error", "warning": "warning", "info": "notice"}[item["severity"]]


def test_github_escapes_message_data():
    assert github_escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"


# -- SARIF ------------------------------------------------------------------------------------
def sarif(zhen, *args) -> dict:
    result = zhen("check", "--format", "sarif", *args)
    assert result.exit_code in (0, 1, 2), result.output
    return json.loads(result.stdout)


def test_sarif_validates_against_the_sarif_2_1_0_schema(zhen, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd not utf-8 \x80")
    md = tmp_path / "doc.md"
    md.write_text("# Title\n\n<!-- zhen: ignore Q999 -->\nThe work，the plan .\n", encoding="utf-8")
    for log in (sarif(zhen, SEED), sarif(zhen, md, bad), sarif(zhen, "--isolated", tmp_path / "doc.md")):
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    # The schema really is checking: a wrong level is refused.
    broken = sarif(zhen, md)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert list(validator.iter_errors(broken))


def test_sarif_has_rule_metadata_results_and_notifications(zhen, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    doc = tmp_path / "a.txt"
    doc.write_text(DOC, encoding="utf-8")
    run = sarif(zhen, doc, bad)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(all_rules())
    d101 = next(r for r in rules if r["id"] == "D101")
    assert d101["name"] == "doubled-word" and d101["defaultConfiguration"]["level"] == "warning"
    assert d101["shortDescription"]["text"] and "functions⟦ Functions⟧" in d101["help"]["text"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["ruleId"] for r in run["results"]} == {"P102", "P101", "D101", "P103"}
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "bad.txt" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def apply_replacements(text: str, results: list[dict]) -> str:
    """Apply SARIF replacements (1-based line/column regions) the way a SARIF consumer would."""
    doc = Document(text)
    edits = []
    for result in results:
        for fix in result.get("fixes", []):
            for change in fix["artifactChanges"]:
                for r in change["replacements"]:
                    region = r["deletedRegion"]
                    start = doc.offset(region["startLine"], region["startColumn"])
                    end = doc.offset(region["endLine"], region["endColumn"])
                    edits.append((start, end, r["insertedContent"]["text"]))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def test_sarif_fixes_reproduce_zhen_fix(zhen, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text(DOC, encoding="utf-8")
    results = sarif(zhen, doc)["runs"][0]["results"]
    fixed = apply_replacements(DOC, results)
    zhen("fix", doc)
    assert fixed == doc.read_text(encoding="utf-8") == "The plan.\nIt works.\nthe plan\nThe work, the plan\n"


# -- colour and progress ----------------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr("sys.stdout", io.StringIO())
    assert cli._color() is False
    monkeypatch.setattr("sys.stdout", Terminal())
    assert cli._color() is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._color() is False
    doc = Document("the the plan\n", "a.txt")
    from toolkit import check_document

    item = Located("a.txt", doc, check_document(doc)[0])
    assert "\x1b[" in text_line(item, color=True) and "\x1b[" not in text_line(item)
    assert re.sub(r"\x1b\[[0-9;]*m", "", full_text(item, color=True)) == full_text(item)


def test_progress_bar_only_for_many_files_on_a_terminal(zhen, tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stderr", Terminal())
    assert cli._progress_shown(cli.PROGRESS_MIN_FILES) is True
    assert cli._progress_shown(cli.PROGRESS_MIN_FILES - 1) is False
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert cli._progress_shown(100) is False
    monkeypatch.undo()
    for i in range(cli.PROGRESS_MIN_FILES):
        (tmp_path / f"{i:02d}.txt").write_text("the the plan\n", encoding="utf-8")
    plain = zhen("check", tmp_path)
    assert "checking" not in plain.stderr
    monkeypatch.setattr(commands, "_progress_shown", lambda n: True)
    shown = zhen("check", tmp_path)
    assert "zhen: checking" in shown.stderr
    assert shown.stdout == plain.stdout  # findings are all there, printed after the bar
