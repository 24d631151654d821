"""Rendering findings: text lines, JSON, statistics, and unified diffs. No rule logic here."""

from __future__ import annotations

import difflib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .document import Document
from .model import Finding, Safety

FIX_MARKERS = {Safety.SAFE: "[*] ", Safety.UNSAFE: "[~] "}


@dataclass(frozen=True)
class Located:
    """A finding with the document it was found in, for rendering positions."""

    path: str
    doc: Document
    finding: Finding


def marker(finding: Finding) -> str:
    return FIX_MARKERS.get(finding.fix.safety, "") if finding.fix else ""


def text_line(item: Located) -> str:
    f = item.finding
    line, column = item.doc.position(f.start)
    return f"{item.path}:{line}:{column}: {f.code} {marker(f)}{f.message}"


def to_json(item: Located) -> dict:
    f = item.finding
    doc = item.doc
    line, column = doc.position(f.start)
    end_line, end_column = doc.position(f.end)
    fix = None
    if f.fix is not None:
        fix = {
            "safety": f.fix.safety.value,
            "edits": [{"offset": e.start, "end_offset": e.end, "replacement": e.replacement,
                       "line": doc.position(e.start)[0], "column": doc.position(e.start)[1]}
                      for e in f.fix.edits],
        }
    return {
        "path": item.path, "line": line, "column": column, "end_line": end_line,
        "end_column": end_column, "offset": f.start, "end_offset": f.end, "code": f.code,
        "name": f.name, "severity": f.severity.value, "message": f.message,
        "text": doc.text[f.start:f.end], "fix": fix,
    }


def render_json(items: Iterable[Located]) -> str:
    return json.dumps([to_json(i) for i in items], ensure_ascii=False, indent=2)


def summary(items: Sequence[Located]) -> str:
    if not items:
        return "No findings."
    safe = sum(1 for i in items if i.finding.fix and i.finding.fix.safety is Safety.SAFE)
    unsafe = sum(1 for i in items if i.finding.fix and i.finding.fix.safety is Safety.UNSAFE)
    files = len({i.path for i in items})
    text = f"Found {len(items)} finding{'s' * (len(items) != 1)} in {files} file{'s' * (files != 1)}."
    if safe:
        text += f"\n[*] {safe} fixable with `zhen fix`."
    if unsafe:
        text += f"\n[~] {unsafe} more with `zhen fix --unsafe-fixes`."
    return text


def statistics(items: Sequence[Located]) -> str:
    counts = Counter((i.finding.code, i.finding.name) for i in items)
    fixable = Counter(i.finding.code for i in items if i.finding.fix and i.finding.fix.safety is not Safety.NONE)
    rows = [f"{n:6d}  {code}  {name}{'  [fixable]' if fixable[code] else ''}"
            for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def unified_diff(path: str, old: str, new: str) -> str:
    return "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    ))
