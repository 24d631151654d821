"""Run rules over a document, and apply their fixes without overlap until nothing changes.

Determinism: findings are ordered by (start, end, code); when two fixes overlap, the earlier one
is applied and the later one is checked again on the next pass. `fix_text` repeats check-and-apply
until a pass changes nothing (bounded), so fixing twice gives the same text as fixing once.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable, Sequence

from . import parallel, suppressions
from .document import Document
from .model import FINDING_ORDER, Edit, Finding, Safety
from .profile import Profile
from .registry import Context, Rule

MAX_PASSES = 16


def check_document(doc: Document, profile: Profile | None = None, rules: Sequence[Rule] | None = None,
                   msgid: str | None = None, split: bool = False) -> list[Finding]:
    """All findings of the profile's rules (default: Profile.default()) on `doc`, in document
    order; `rules`, when given, runs those instead (a file checked in sections runs some rules on
    some sections only); `msgid` is the context of a PO entry whose msgstr `doc` is. `split`
    lets a large document be checked by two processes (parallel.check_apart), with the same
    findings."""
    profile = Profile.default() if profile is None else profile
    ctx = Context(doc, profile, msgid)
    chosen = profile.rules if rules is None else rules
    findings = None
    if split and len(doc.text) >= parallel.SPLIT_MIN_CHARS:
        findings = parallel.check_apart(ctx, chosen, run_rules)
    if findings is None:
        findings = run_rules(ctx, chosen)
    findings = suppressions.apply(doc, findings)  # the one place suppression comments act
    findings.sort(key=FINDING_ORDER)
    return findings


def run_rules(ctx: Context, rules: Sequence[Rule], ends: list[int] | None = None) -> list[Finding]:
    """The findings of `rules` on ctx's document, rule after rule, in the rules' order; `ends`,
    when given, gets where each rule's findings end in the list."""
    doc = ctx.doc
    findings: list[Finding] = []
    ctx.found = findings
    for rule in rules:
        if not doc.ignored or rule.in_code:  # most documents: no URL, no code
            findings.extend(rule.run(ctx))
        else:
            findings.extend(f for f in rule.run(ctx) if not doc.is_ignored(f.start, f.end))
        if ends is not None:
            ends.append(len(findings))
    return findings


def check_text(text: str, path: str | None = None, profile: Profile | None = None) -> list[Finding]:
    """`check_document` of a string; `path` tells Markdown (.md) from plain text."""
    return check_document(Document(text, path), profile)


def choose_fixes(findings: Iterable[Finding], allowed: Safety = Safety.SAFE) -> list[Finding]:
    """The findings whose fixes apply at `allowed`, minus any that overlap one chosen earlier."""
    chosen: list[Finding] = []
    # Edits taken so far, sorted (by start, then end): disjoint, so their ends rise too, and only
    # the neighbours of where a new edit would go can overlap it. Findings come mostly in order,
    # so most new edits go after the last one.
    taken: list[Edit] = []
    for finding in sorted(findings, key=FINDING_ORDER):
        fix = finding.fix
        if fix is None or not fix.applies(allowed):
            continue
        edits = fix.edits
        if len(edits) > 1 and _self_overlapping(edits) or any(_clashes(e, taken) for e in edits):
            continue
        chosen.append(finding)
        for edit in edits:
            if not taken or taken[-1] < edit:
                taken.append(edit)
            else:
                bisect.insort(taken, edit)
    return chosen


def _clashes(edit: Edit, taken: list[Edit]) -> bool:
    if not taken or edit.start > taken[-1].end:
        return False
    index = bisect.bisect_left(taken, edit)
    return any(taken[i].overlaps(edit) for i in range(max(0, index - 2), min(len(taken), index + 2)))


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (checked) in one left-to-right pass."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    if _self_overlapping(ordered):
        raise ValueError("overlapping edits")
    parts, pos = [], 0
    for edit in ordered:
        if edit.end > len(text):
            raise ValueError(f"edit {edit} beyond the end of the text")
        parts.append(text[pos:edit.start])
        parts.append(edit.replacement)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


class FixResult:
    def __init__(self, text: str) -> None:
        self.text = text
        self.passes: list[list[Finding]] = []  # findings applied, pass by pass
        self.remaining: list[Finding] = []  # findings on the final text
        self.found = 0  # findings on the original text

    @property
    def applied(self) -> list[Finding]:
        return [f for p in self.passes for f in p]


Checker = Callable[[Document, Profile], list[Finding]]


def fix_document(doc: Document, profile: Profile | None = None, unsafe: bool = False,
                 checker: Checker | None = None) -> FixResult:
    """Apply fixes pass after pass until a pass changes nothing or MAX_PASSES is reached.

    `checker` replaces `check_document` for documents checked another way (PO catalogs)."""
    checker = checker or check_document
    profile = Profile.default() if profile is None else profile
    allowed = Safety.UNSAFE if unsafe else Safety.SAFE
    result = FixResult(doc.text)
    findings = checker(doc, profile)
    inserted: list[tuple[int, int]] = []  # what fixes of this run wrote, in the current text
    result.found = len(findings)
    for _ in range(MAX_PASSES):
        chosen = choose_fixes((f for f in findings if not _touches(f, inserted)), allowed)
        if not chosen:
            break
        edits = sorted(e for f in chosen for e in f.fix.edits)
        new_text = apply_edits(result.text, edits)
        if new_text == result.text:
            break
        inserted = _inserted_after(result.text, edits, inserted)
        result.passes.append(chosen)
        result.text = new_text
        origin = doc.origin
        doc = Document(new_text, doc.path, doc.is_markdown)
        doc.origin = origin
        findings = checker(doc, profile)
    result.remaining = findings
    return result


def fix_text(text: str, path: str | None = None, profile: Profile | None = None, unsafe: bool = False) -> FixResult:
    """`fix_document` of a string."""
    return fix_document(Document(text, path), profile, unsafe)


# Families whose fixes put words in place of words (glossary terms, calques): such a fix never
# rewrites what an earlier fix of the same run wrote, so a replacement is never matched again
# ("Reform Commission" -> "National Development and Reform Commission" -> "National Development
# and National Development and ..."). Mechanical fixes (spacing, punctuation, a doubled word) may
# finish what a word fix began: "China ,the" needs its space moved after the swap.
WORD_FAMILIES = ("C", "T")


def _touches(finding: Finding, spans: list[tuple[int, int]]) -> bool:
    """Whether a fix of `finding`, of a word family, would change text inside one of `spans`
    (sorted, disjoint): text an earlier fix of the same run wrote."""
    if not spans or finding.fix is None or not finding.code.startswith(WORD_FAMILIES):
        return False
    for edit in finding.fix.edits:
        i = max(bisect.bisect_right(spans, (edit.start, float("inf"))) - 1, 0)
        while i < len(spans) and spans[i][0] <= edit.end:
            start, end = spans[i]
            if edit.start < end and start < edit.end or start < edit.start < end:
                return True
            i += 1
    return False


def _inserted_after(text: str, edits: list[Edit], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans written by fixes, in the text after `edits` (sorted, disjoint, none touching a
    span) are applied to `text`: earlier spans moved by the edits before them, and what each edit
    changed (its replacement without what it has in common with the text it replaces at either
    end: a catalog fix rewrites a whole msgstr block to change one word of it)."""
    moved: list[tuple[int, int]] = []
    shift, k = 0, 0
    for start, end in spans:
        while k < len(edits) and edits[k].end <= start:
            shift += len(edits[k].replacement) - (edits[k].end - edits[k].start)
            k += 1
        moved.append((start + shift, end + shift))
    shift = 0
    for edit in edits:
        old, new = text[edit.start:edit.end], edit.replacement
        head = len(os.path.commonprefix([old, new]))
        tail = len(os.path.commonprefix([old[head:][::-1], new[head:][::-1]]))
        if len(new) - head - tail > 0:
            moved.append((edit.start + shift + head, edit.start + shift + len(new) - tail))
        shift += len(new) - len(old)
    return sorted(moved)


def _self_overlapping(edits: Sequence[Edit]) -> bool:
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    return any(a.overlaps(b) for a, b in zip(ordered, ordered[1:]))
