"""The value types every part of zhen shares: severities, fix safety, edits, fixes and findings.

A finding is a span of the document with a rule code; a fix is a list of explicit edits. Nothing
else changes a document, so every change zhen makes can be shown and explained.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Safety(enum.Enum):
    """How much a fix can be trusted.

    SAFE fixes are applied by `zhen fix`; UNSAFE ones only with `--unsafe-fixes`; NONE means the
    edits are a suggestion shown to a human and never applied automatically.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    NONE = "none"

    @property
    def rank(self) -> int:
        return {"none": 0, "unsafe": 1, "safe": 2}[self.value]

    def at_most(self, ceiling: Safety) -> Safety:
        """This safety, lowered to `ceiling` when that is less trusted."""
        return self if self.rank <= ceiling.rank else ceiling


@dataclass(frozen=True, slots=True, order=True)
class Edit:
    """Replace text[start:end] with `replacement` (character offsets, end exclusive)."""

    start: int
    end: int
    replacement: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}..{self.end}")

    def overlaps(self, other: Edit) -> bool:
        """True when applying both edits would be ambiguous.

        Two non-empty spans that only touch do not conflict; an insertion conflicts with any edit
        at the same point or around it, since the order of the two would change the result.
        """
        if self.start == self.end or other.start == other.end:
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Fix:
    safety: Safety
    edits: tuple[Edit, ...]

    def applies(self, allowed: Safety) -> bool:
        """Whether `zhen fix` applies this fix when it may go down to `allowed` (SAFE or UNSAFE)."""
        return self.safety is not Safety.NONE and self.safety.rank >= allowed.rank


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    name: str
    message: str
    severity: Severity
    start: int
    end: int
    fix: Fix | None = field(default=None)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)
