"""Suppression comments through the engine and the CLI: what they silence, and Z101."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import Profile, check_text, fix_text, select_rules
from toolkit.document import Document
from toolkit.suppressions import directives


def codes(text: str, path: str = "doc.md", **kwargs) -> list[tuple[str, int]]:
    doc = Document(text, path)
    return [(f.code, doc.position(f.start)[0]) for f in check_text(text, path, **kwargs)]


def test_markdown_comment_silences_the_next_line_only():
    text = "<!-- zhen: ignore D101 -->\nthe the plan\nthe the end\n"
    assert codes(text) == [("D101", 3)]


def test_comment_after_text_silences_its_own_line():
    text = "the the plan <!-- zhen: ignore D101 -->\nthe the end\n"
    assert codes(text) == [("D101", 2)]


def test_codes_are_codes_or_prefixes_and_only_those_are_silenced():
    text = "<!-- zhen: ignore D -->\nthe the plan. .\n"
    assert codes(text) == [("P101", 2)]
    text = "<!-- zhen: ignore d101, p101 -->\nthe the plan. .\n"
    assert codes(text) == []


def test_ignore_file_with_and_without_codes():
    assert codes("<!-- zhen: ignore-file -->\nthe the plan. .\n\nof of it\n") == []
    assert codes("the the plan. .\n<!-- zhen: ignore-file P -->\n") == [("D101", 1)]


def test_plain_text_directive_line():
    text = "zhen: ignore D101\nthe the plan\nthe the end\n"
    assert codes(text, "doc.txt") == [("D101", 3)]
    assert codes("zhen: ignore-file\nthe the plan\n", "doc.txt") == []
    # In Markdown the plain line would be rendered, so only the comment form counts there.
    assert ("D101", 2) in codes("zhen: ignore D101\nthe the plan\n", "doc.md")


def test_prose_that_looks_like_a_directive_is_content():
    for text in ("Zhen: ignore the noise.\nthe the plan\n", "zhen: ignore it\nthe the plan\n",
                 "She wrote zhen: ignore D101 here.\nthe the plan\n"):
        assert directives(Document(text, "doc.txt")) == []
        assert codes(text, "doc.txt")[-1] == ("D101", 2)


def test_directives_in_markdown_code_are_examples_not_directives():
    text = "```\n<!-- zhen: ignore D101 -->\n```\nthe the plan\n`<!-- zhen: ignore-file -->`\n"
    assert directives(Document(text, "doc.md")) == []
    assert codes(text) == [("D101", 4)]


def test_crlf_line_endings():
    text = "zhen: ignore D101\r\nthe the plan\r\nthe the end\r\n"
    assert codes(text, "doc.txt") == [("D101", 3)]


def test_a_finding_over_several_lines_is_silenced_by_any_of_them():
    text = "8 summaries of village work\n\n8 summaries of village work\n\nThe busy life\n"
    assert [c for c, _ in codes(text, "doc.txt")] == ["D102"]
    silenced = "8 summaries of village work\n\nzhen: ignore D102\n8 summaries of village work\n\nThe busy life\n"
    assert "D102" not in [c for c, _ in codes(silenced, "doc.txt")]


def test_unused_suppressions_are_reported_in_markdown_too():
    text = "Intro.\n\n<!-- zhen: ignore D101 -->\nthe plan\n"
    found = check_text(text, "doc.md")
    assert [f.code for f in found] == ["Z101"]
    assert text[found[0].start:found[0].end] == "<!-- zhen: ignore D101 -->"
    assert "D101 finds nothing on line 4" in found[0].message


def test_a_suppression_for_a_rule_not_selected_is_still_judged_by_that_rule():
    # Running only some rules must not make a needed suppression look unused.
    text = "<!-- zhen: ignore D101 -->\nthe the plan\n"
    assert check_text(text, "doc.md", profile=Profile(select_rules(["Z"]))) == []


def test_z101_can_itself_be_silenced_and_a_blanket_file_directive_is_never_reported():
    assert codes("zhen: ignore-file Z101\nzhen: ignore D101\nthe plan\n", "doc.txt") == []
    assert codes("<!-- zhen: ignore-file -->\nAll fine.\n") == []


def test_fix_leaves_silenced_findings_and_unsafe_fix_removes_unused_directives():
    text = "<!-- zhen: ignore D101 -->\nthe the plan\n<!-- zhen: ignore P101 -->\nthe the end\n"
    safe = fix_text(text, "doc.md")
    assert safe.text == "<!-- zhen: ignore D101 -->\nthe the plan\n<!-- zhen: ignore P101 -->\nthe end\n"
    unsafe = fix_text(text, "doc.md", unsafe=True)
    assert unsafe.text == "<!-- zhen: ignore D101 -->\nthe the plan\nthe end\n"
    assert fix_text(unsafe.text, "doc.md", unsafe=True).text == unsafe.text


def test_findings_on_a_directive_line_are_dropped():
    # "ignore" then a code-like token: the directive's own text is not prose to check.
    text = "zhen: ignore D101 , P101\nthe the plan. .\n"
    assert codes(text, "doc.txt") == []


def test_cli_reports_and_silences(zhen, tmp_path):
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- zhen: ignore D101 -->\nthe the plan\n\n<!-- zhen: ignore Q999 -->\nok\n",
                   encoding="utf-8")
    result = zhen("check", doc)
    assert result.exit_code == 1
    assert f"{doc}:4:1: Z101 [~] suppression silences nothing: unknown rule code 'Q999'" in result.stdout
    assert "D101" not in result.stdout.replace("ignore D101", "")


# Text mixing directives with pieces that trigger rules: fixing must still reach a fixpoint.
PIECES = st.sampled_from([
    "zhen: ignore D101\n", "zhen: ignore P1, D\n", "zhen: ignore-file Z101\n", "<!-- zhen: ignore D101 -->",
    "<!-- zhen: ignore Q9 -->\n", "<!-- zhen: ignore-file P -->", "<!-- zhen: nonsense -->", "the the",
    "plan .", "It works. .", "\n", "\r\n", " ", "x", "Functions", "functions",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30).map("".join), st.booleans(), st.booleans())
def test_fix_with_directives_is_idempotent(text, unsafe, markdown):
    path = "doc.md" if markdown else "doc.txt"
    once = fix_text(text, path, unsafe=unsafe).text
    assert fix_text(once, path, unsafe=unsafe).text == once
