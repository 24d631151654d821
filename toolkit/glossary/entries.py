"""The values a glossary is made of: entries (Term) with their renderings to flag (Rendering),
domains, and the problems validation reports."""

from __future__ import annotations

from typing import NamedTuple

from ..model import Safety


# Entries are named tuples: immutable, quick to make and to unpickle (a user glossary can hold tens
# of thousands), and cheap to define at start-up.
class Rendering(NamedTuple):
    """A machine-translation rendering to flag, and how far its canonical can replace it."""

    text: str
    fix: Safety
    kind: str = "certain"  # "certain": never native English; "ambiguous": native English uses it too


class Term(NamedTuple):
    zh: str
    en: str
    domain: str
    path: str
    line: int
    also: tuple[str, ...] = ()
    pos: str = "noun"
    note: str = ""
    source: str = "unsourced"
    mt: tuple[Rendering, ...] = ()
    no_mt: str = ""
    variants: tuple[str, ...] = ()
    zh_hant: str | None = None
    source_kind: str = "none"  # the strongest kind among the sources backing `en` (SOURCE_KINDS)

    @property
    def sourced(self) -> bool:
        return not self.source.startswith("unsourced")

    @property
    def chinese_forms(self) -> tuple[str, ...]:
        return (self.zh, *self.variants)


class Domain(NamedTuple):
    id: str
    title: str
    revised: str
    path: str


class Problem(NamedTuple):
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"
