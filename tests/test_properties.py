"""Properties of check and fix on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import apply_edits, check_text, fix_text
from toolkit.model import Safety

# Text built from pieces that trigger rules often, mixed with arbitrary characters.
PIECES = st.sampled_from([
    "the", "The", "functions", "Functions", " ", " ", "\n", "\r\n", ". ", ".", ",", " ,", "~~x~~",
    "[2] 365", "，", "。", "（", "）", "《", "》", "条块", "There", "is", "has", "&nbsp;", "<br>",
    "- Related articles\n- a\n", "Site - News - ", "Title\n", "of", "\u00a0", "🙂", "e\u0301",
])
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=60).map("".join))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS, st.booleans(), st.booleans())
def test_fix_never_raises_and_is_idempotent(text, unsafe, markdown):
    path = "doc.md" if markdown else "doc.txt"
    once = fix_text(text, path, unsafe=unsafe).text
    assert fix_text(once, path, unsafe=unsafe).text == once


def kept_in_order(text: str, regions: list[tuple[int, int]], fixed: str) -> bool:
    """True when `fixed` is `text` with only the `regions` rewritten: every character outside
    them is still there, in order, and only the regions' places hold new text."""
    merged: list[list[int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    bounds = [0, *[b for r in merged for b in r], len(text)]
    outside = [text[bounds[i]:bounds[i + 1]] for i in range(0, len(bounds), 2)]
    if not merged:
        return fixed == text
    if not fixed.startswith(outside[0]) or not fixed.endswith(outside[-1]):
        return False
    pos = len(outside[0])
    for piece in outside[1:-1]:
        found = fixed.find(piece, pos)
        if found == -1:
            return False
        pos = found + len(piece)
    return pos <= len(fixed) - len(outside[-1])


@SETTINGS
@given(TEXTS)
def test_every_change_lies_inside_an_edit_that_check_reported(text):
    """Pass by pass, fix applies only edits of findings that check reports on that pass's input.

    Most text is fixed in one pass, where this is exactly "every change lies inside an edit check
    reported on the input". A fix can uncover another artifact (deleting "~~x~~" leaves "[2] 365"
    at the end of a line); the next pass fixes it, and that change too is a finding's edit.
    """
    result = fix_text(text)
    current = text
    for applied in result.passes:
        reported = check_text(current)
        assert all(f in reported for f in applied)
        regions = [(e.start, e.end) for f in applied for e in f.fix.edits]
        following = apply_edits(current, [e for f in applied for e in f.fix.edits])
        assert kept_in_order(current, regions, following), (current, following)
        current = following
    assert current == result.text
    if len(result.passes) <= 1:
        first = [(e.start, e.end) for f in check_text(text) if f.fix and f.fix.safety is Safety.SAFE
                 for e in f.fix.edits]
        assert kept_in_order(text, first, result.text)


def test_kept_in_order_catches_a_change_outside_the_regions():
    assert kept_in_order("abcdef", [(2, 3)], "abXdef")
    assert not kept_in_order("abcdef", [(2, 3)], "abXdeF")
    assert not kept_in_order("abcdef", [], "abcdeF")
