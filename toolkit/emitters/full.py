"""`--format full`: the concise line, then the source line with carets under the span and the fix."""

from __future__ import annotations

import unicodedata

from ..model import Safety
from .base import LineEmitter, Located
from .text import _COLORS, _style, text_line

# -- full: the line, a caret under the span, the suggested change ----------------------------------
EXCERPT_WIDTH = 100  # display columns of a line shown; longer lines are cut around the span


_FIX_LABELS = {Safety.SAFE: "fix", Safety.UNSAFE: "unsafe fix (--unsafe-fixes)", Safety.NONE: "suggestion"}


def full_text(item: Located, color: bool = False) -> str:
    """The concise line, then the source line with carets under the span and the fix, if any."""
    f = item.finding
    doc = item.doc
    local_line, _ = doc.position(f.start)
    line_no = local_line + item.line
    span = doc.lines()[local_line - 1]
    end = min(f.end, span.end)
    shown, carets = excerpt(doc.text[span.start:span.end], f.start - span.start, end - span.start)
    if f.end > span.end:
        carets += "…"
    gutter = " " * len(str(line_no))
    bar = _style("|", color, fg="blue")
    out = [text_line(item, color), f"{gutter} {bar}",
           f"{_style(str(line_no), color, fg='blue')} {bar} {shown}",
           f"{gutter} {bar} {_style(carets, color, fg=_COLORS[f.severity], bold=True)}"]
    if f.fix is not None:
        label = _FIX_LABELS[f.fix.safety]
        for edit in f.fix.edits[:3]:
            change = describe_edit(doc.text[edit.start:edit.end], edit.replacement)
            out.append(f"{gutter} = {_style(label, color, fg='green')}: {change}")
        if len(f.fix.edits) > 3:
            out.append(f"{gutter} = … and {len(f.fix.edits) - 3} more edits")
    return "\n".join(out)


def describe_edit(old: str, new: str) -> str:
    if not new:
        return f"delete {_quote(old)}"
    if not old:
        return f"insert {_quote(new)}"
    return f"replace {_quote(old)} with {_quote(new)}"


def _quote(text: str, limit: int = 60) -> str:
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    import json  # only output that needs it pays for the import

    return json.dumps(text, ensure_ascii=False)


def _width(char: str) -> int:
    if char == "\t":
        return 1  # shown as one space, so carets line up whatever the tab stops
    if unicodedata.combining(char) or unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def excerpt(line: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> tuple[str, str]:
    """(the line as shown, a caret line under [start, end)), both cut to about `width` columns
    around the span; wide (CJK) characters count two columns so the carets stay aligned."""
    first, last = 0, len(line)
    total = sum(_width(c) for c in line)
    if total > width:
        # Keep a little context before the span, then as much as fits after it.
        first = start
        budget = width // 4
        while first > 0 and budget - _width(line[first - 1]) >= 0:
            budget -= _width(line[first - 1])
            first -= 1
        used, last = 0, first
        while last < len(line) and used + _width(line[last]) <= width:
            used += _width(line[last])
            last += 1
    prefix = "…" if first > 0 else ""
    suffix = "…" if last < len(line) else ""
    shown = prefix + line[first:last].replace("\t", " ") + suffix
    pad = len(prefix) + sum(_width(c) for c in line[first:start])
    span_width = sum(_width(c) for c in line[start:min(end, last)])
    return shown, " " * pad + "^" * max(1, span_width)


class FullEmitter(LineEmitter):
    line = staticmethod(full_text)


EMITTER = FullEmitter
