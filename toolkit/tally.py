"""Run totals, counted file by file so no document is kept: findings by rule and fix safety,
per-document density per 1,000 words, and the summary line `zhen check` ends with."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from .document import word_count
from .model import Finding, Safety

# -- run totals and per-document density, kept as the files stream past -----------------------------
DENSITY_WORDS = 1000  # density is findings per this many words


WORST_SHOWN = 20  # documents listed by --statistics in text form; JSON lists every one


class Counted(NamedTuple):
    """What a Tally needs of a finding: its rule, and how far its fix may be applied."""

    code: str
    name: str
    safety: str | None = None  # the fix's Safety value ("safe", "unsafe", "none"); None: no fix


Counts = dict  # Counted -> how many findings of a document are that: what workers send back


def counted(findings: Iterable[Finding]) -> Counts:
    """A document's findings counted by rule, name and fix safety: a few entries per document, so
    a worker pickles and the printing process unpickles a few objects, not one per finding."""
    # Counted as plain tuples, then named: a named tuple per finding took twice as long.
    plain = Counter([(f.code, f.name, f.fix.safety if f.fix else None) for f in findings])
    return {Counted(code, name, safety.value if safety else None): n for (code, name, safety), n in plain.items()}


def counts_of(items: Iterable[Counted]) -> Counts:
    return dict(Counter(items))


_SAFE, _UNSAFE = Safety.SAFE.value, Safety.UNSAFE.value


class Tally:
    """What the summary and --statistics need, accumulated file by file so no document is kept."""

    def __init__(self, per_document: bool = False) -> None:
        self.per_document = per_document  # keep one small dict per document (--statistics)
        self.findings = self.safe = self.unsafe = self.files_with_findings = self.files = 0
        self.by_rule: Counter = Counter()
        self.names: dict[str, str] = {}
        self.fixable: set[str] = set()
        self.documents: list[dict] = []
        self.unread: list[str] = []  # files that could not be read (their errors are printed)
        self._last_path: str | None = None
        self._last_had_findings = False

    def add(self, path: str, counts: Counts, words: int = 0) -> None:
        """Count one document's findings (see `counted`), or one more section of the document
        counted last; `words` (see word_count) matters only with per_document."""
        same = path == self._last_path
        found = sum(counts.values())
        self.files += not same
        self.findings += found
        self.files_with_findings += bool(found) and not (same and self._last_had_findings)
        self._last_had_findings = bool(found) or (same and self._last_had_findings)
        self._last_path = path
        by_rule: Counter = Counter()
        for (code, name, safety), n in counts.items():
            by_rule[code] += n
            self.names[code] = name
            if safety == _SAFE:
                self.safe += n
                self.fixable.add(code)
            elif safety == _UNSAFE:
                self.unsafe += n
                self.fixable.add(code)
        self.by_rule.update(by_rule)
        if self.per_document:
            if same:  # a further section of the same file
                last = self.documents.pop()
                words, found = words + last["words"], found + last["findings"]
                by_rule += Counter(last["by_rule"])
            self.documents.append({
                "path": path, "words": words, "findings": found,
                "density": round(found * DENSITY_WORDS / words, 2) if words else 0.0,
                "by_rule": dict(sorted(by_rule.items())),
            })

    def worst_documents(self) -> list[dict]:
        return sorted(self.documents, key=lambda d: (-d["density"], -d["findings"], d["path"]))

    def rules(self) -> list[dict]:
        return [{"code": code, "name": self.names[code], "count": n, "fixable": code in self.fixable}
                for code, n in sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _unread(paths: list[str]) -> str:
    shown = ", ".join(paths[:UNREAD_SHOWN]) + (", …" if len(paths) > UNREAD_SHOWN else "")
    return f"{_plural(len(paths), 'file')} not read (errors above): {shown}"


UNREAD_SHOWN = 10  # files that could not be read, named in a summary


def summary(tally: Tally, unread: list[str] = ()) -> str:
    """What `zhen check` ends with; empty when no file could be read (the errors say it all)."""
    unread = list(unread)
    if not tally.files and unread:
        return ""
    n, files = tally.findings, tally.files_with_findings
    text = f"Found {_plural(n, 'finding')} in {_plural(files, 'file')}." if n else "No findings."
    if unread:
        text += f"\n{_unread(unread)}."
    if tally.safe:
        text += f"\n[*] {tally.safe} fixable with `zhen fix`."
    if tally.unsafe:
        text += f"\n[~] {tally.unsafe} {'more' if tally.safe else 'fixable'} with `zhen fix --unsafe-fixes`."
    return text


def fix_summary(found: int, fixed: int, remaining: int, files: int, diff: bool = False,
                unread: list[str] = ()) -> str:
    """What `zhen fix` ends with. The counts add up: every finding of the original text was fixed,
    resolved by another fix (its text removed or rewritten by an overlapping edit), or remains; a
    fix can also uncover new ones, found only on the fixed text."""
    text = f"zhen: {'would fix' if diff else 'fixed'} {fixed} of {_plural(found, 'finding')} in {_plural(files, 'file')}"
    others = found - fixed - remaining
    if others > 0:
        text += f"; {others} resolved by another fix"
    elif others < 0:
        text += f"; {-others} new on the fixed text"
    if remaining:
        text += f"; {remaining} {'remains' if remaining == 1 else 'remain'} (see `zhen check`)"
    else:
        text += "; none remain"
    if unread:
        text += f"; {_unread(list(unread))}"
    return text + "."
