"""Proof that a fix lost nothing: the output is the input with exactly the reported edits applied.

`verify(original, result, output)` replays a FixResult pass by pass (each pass's edits apply to
the text that pass saw, with the engine's own `apply_edits`) and compares the replay with
`output`, character by character. It returns None when they agree, else the first `Difference`:
where, what the replay expected and what the output holds. The tests run it over every corpus
zhen is tried on and over generated documents; a user can run it on any fix:

    result = fix_text(text)
    assert verify(text, result, written_text) is None
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine import FixResult, apply_edits

CONTEXT = 20  # characters of each side shown around a difference


@dataclass(frozen=True)
class Difference:
    """The first place where `output` is not the replayed fix."""

    offset: int  # character offset in the replayed (expected) text and in the output
    expected: str  # the replay from `offset` on (a short excerpt)
    got: str  # the output from `offset` on (a short excerpt)
    reason: str = "output differs from the input with the reported edits applied"

    def __str__(self) -> str:
        return f"offset {self.offset}: {self.reason}: expected {self.expected!r}, got {self.got!r}"


def replay(original: str, result: FixResult) -> str:
    """`original` with the edits of each pass of `result` applied in turn.

    Raises ValueError when a pass's edits cannot apply (overlapping, or beyond its text) or a
    finding counted as applied has no fix: the result does not describe a real fix."""
    text = original
    for number, findings in enumerate(result.passes, 1):
        if any(f.fix is None for f in findings):
            raise ValueError(f"pass {number}: a finding reported as applied has no fix")
        try:
            text = apply_edits(text, (e for f in findings for e in f.fix.edits))
        except ValueError as error:
            raise ValueError(f"pass {number}: {error}") from None
    return text


def first_difference(expected: str, got: str) -> int | None:
    """Offset of the first character where the two texts differ (a prefix differs at its end)."""
    if expected == got:
        return None
    shorter = min(len(expected), len(got))
    low, high = 0, shorter  # binary search on equal prefixes: fast on megabyte texts
    while low < high:
        middle = (low + high + 1) // 2
        if expected[:middle] == got[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def verify(original: str, result: FixResult, output: str) -> Difference | None:
    """None when `output` is `original` with exactly `result`'s edits applied; else the first
    Difference (an unreplayable result is reported at offset 0 with its reason)."""
    try:
        expected = replay(original, result)
    except ValueError as error:
        return Difference(0, "", output[:CONTEXT], str(error))
    offset = first_difference(expected, output)
    if offset is None:
        return None
    return Difference(offset, expected[offset:offset + CONTEXT], output[offset:offset + CONTEXT])
