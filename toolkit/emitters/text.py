"""The default format (`text`, also called `concise`): `path:line:col: CODE [*] message`."""

from __future__ import annotations

import bisect

from ..model import Finding, Safety, Severity
from .base import LineEmitter, Located

FIX_MARKERS = {Safety.SAFE: "[*] ", Safety.UNSAFE: "[~] "}


_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def marker(finding: Finding) -> str:
    return FIX_MARKERS.get(finding.fix.safety, "") if finding.fix else ""


def _style(text: str, color: bool, **style) -> str:
    if not color:
        return text
    import click  # already loaded by the CLI, the only caller that asks for colour

    return click.style(text, **style)


def text_line(item: Located, color: bool = False) -> str:
    """The concise format: `path:line:col: CODE [*] message`."""
    f = item.finding
    line, column = item.position(f.start)
    if not color:  # the common case, once per finding: no styling calls
        return _concise(item.path, line, column, f)
    where = _style(f"{item.path}:{line}:{column}:", color, bold=True)
    code = _style(f.code, color, fg=_COLORS[f.severity], bold=True)
    return f"{where} {code} {marker(f)}{f.message}"


def _concise(path: str, line: int, column: int, f: Finding) -> str:
    return f"{path}:{line}:{column}: {f.code} {marker(f)}{f.message}"


class TextEmitter(LineEmitter):
    line = staticmethod(text_line)

    @classmethod
    def render(cls, path, doc, findings, color=False, offset=0, line=0) -> bytes:
        """Without colour, the default and the most common case, no Located is made per finding
        (a crawl has millions)."""
        if color:
            return super().render(path, doc, findings, color, offset, line)
        starts, find_line = doc.line_starts, bisect.bisect_right
        out = []
        for f in findings:
            at = find_line(starts, f.start)
            out.append(f"{_concise(path, at + line, f.start - starts[at - 1] + 1, f)}\n")
        return "".join(out).encode("utf-8", "backslashreplace")


EMITTER = TextEmitter
