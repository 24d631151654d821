"""The value types every part of zhen shares: severities, fix safety, edits, fixes and findings.

A finding is a span of the document with a rule code; a fix is a list of explicit edits. Nothing
else changes a document, so every change zhen makes can be shown and explained.
"""

from __future__ import annotations

import enum
import operator
from typing import NamedTuple


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    rank: int  # set below: comparing severities happens once per finding, so it is not a property


for _member, _rank in ((Severity.INFO, 0), (Severity.WARNING, 1), (Severity.ERROR, 2)):
    _member.rank = _rank


class Safety(enum.Enum):
    """How much a fix can be trusted.

    SAFE fixes are applied by `zhen fix`; UNSAFE ones only with `--unsafe-fixes`; NONE means the
    edits are a suggestion shown to a human and never applied automatically.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    NONE = "none"

    rank: int  # set below, as for Severity

    def at_most(self, ceiling: Safety) -> Safety:
        """This safety, lowered to `ceiling` when that is less trusted."""
        return self if self.rank <= ceiling.rank else ceiling


for _member, _rank in ((Safety.NONE, 0), (Safety.UNSAFE, 1), (Safety.SAFE, 2)):
    _member.rank = _rank

# Edits, fixes and findings are immutable named tuples, not frozen dataclasses: a document can
# have hundreds of thousands of findings, and a frozen dataclass takes four times as long to make.
# The classes `zhen check` imports are all named tuples or plain classes for a second reason:
# @dataclass writes and compiles its methods when the class is made, about 1 ms per class here,
# and sixteen of them were 14 ms of a 120 ms start-up (benchmarks/startup.py).


class _EditFields(NamedTuple):
    start: int
    end: int
    replacement: str


class Edit(_EditFields):
    """Replace text[start:end] with `replacement` (character offsets, end exclusive). Edits sort
    by (start, end, replacement)."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, replacement: str) -> Edit:
        if not 0 <= start <= end:
            raise ValueError(f"bad edit span {start}..{end}")
        return tuple.__new__(cls, (start, end, replacement))

    def overlaps(self, other: Edit) -> bool:
        """True when applying both edits would be ambiguous.

        Two non-empty spans that only touch do not conflict; an insertion conflicts with any edit
        at the same point or around it, since the order of the two would change the result.
        """
        if self.start == self.end or other.start == other.end:
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end


class Fix(NamedTuple):
    safety: Safety
    edits: tuple[Edit, ...]

    def applies(self, allowed: Safety) -> bool:
        """Whether `zhen fix` applies this fix when it may go down to `allowed` (SAFE or UNSAFE)."""
        return self.safety is not Safety.NONE and self.safety.rank >= allowed.rank


class Finding(NamedTuple):
    code: str
    name: str
    message: str
    severity: Severity
    start: int
    end: int
    fix: Fix | None = None


# The order findings are reported and fixed in: by position, then rule code.
FINDING_ORDER = operator.attrgetter("start", "end", "code")
