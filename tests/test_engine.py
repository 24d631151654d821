"""Edits, overlap resolution and the fix loop."""

from __future__ import annotations

import pytest

from toolkit import Document, Edit, apply_edits, fix_text
from toolkit.engine import choose_fixes
from toolkit.model import Finding, Fix, Safety, Severity


def finding(code: str, start: int, end: int, replacement: str, safety: Safety = Safety.SAFE) -> Finding:
    return Finding(code, code.lower(), "m", Severity.WARNING, start, end,
                   Fix(safety, (Edit(start, end, replacement),)))


def test_apply_edits_in_any_order():
    assert apply_edits("abcdef", [Edit(4, 5, "E"), Edit(0, 1, "")]) == "bcdEf"


def test_apply_edits_refuses_overlap():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])


def test_insertions_at_the_same_point_conflict_but_touching_spans_do_not():
    assert Edit(3, 3, "x").overlaps(Edit(3, 3, "y"))
    assert Edit(3, 3, "x").overlaps(Edit(1, 3, ""))
    assert not Edit(0, 3, "").overlaps(Edit(3, 5, ""))


def test_the_earlier_finding_wins_an_overlap_whatever_the_input_order():
    a = finding("B101", 0, 4, "A")
    b = finding("A100", 2, 6, "B")
    c = finding("C100", 6, 8, "C")
    for order in ([a, b, c], [c, b, a], [b, c, a]):
        assert choose_fixes(order) == [a, c]


def test_unsafe_and_suggested_fixes_are_not_applied_by_default():
    safe = finding("A100", 0, 1, "")
    unsafe = finding("A101", 2, 3, "", Safety.UNSAFE)
    shown = finding("A102", 4, 5, "", Safety.NONE)
    assert choose_fixes([safe, unsafe, shown]) == [safe]
    assert choose_fixes([safe, unsafe, shown], Safety.UNSAFE) == [safe, unsafe]


def test_fix_reaches_a_fixpoint_and_is_idempotent():
    text = "It works. . And the the plan ."
    once = fix_text(text)
    assert once.text == "It works. And the plan."
    assert fix_text(once.text).text == once.text
    assert once.remaining == []


def test_fix_records_every_applied_finding():
    result = fix_text("the coordination functions Functions , while")
    codes = sorted(f.code for f in result.applied)
    assert codes == ["D101", "P102"]
    assert result.text == "the coordination functions, while"


def test_findings_in_ignored_regions_are_dropped():
    doc_text = "Run `the the` now."
    assert fix_text(doc_text, "x.md").text == doc_text
    assert fix_text(doc_text, "x.txt").text == "Run `the` now."


def test_document_keeps_crlf_through_fix():
    text = "Title\r\nIt is done .\r\nNext line\r\n"
    assert fix_text(text).text == "Title\r\nIt is done.\r\nNext line\r\n"
    assert Document(text).position(text.index("Next")) == (3, 1)
