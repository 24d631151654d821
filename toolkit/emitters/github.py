"""`--format github`: GitHub Actions workflow commands, an annotation per finding."""

from __future__ import annotations

from ..model import Severity
from .base import LineEmitter, Located
from .text import marker

# -- GitHub Actions workflow commands ---------------------------------------------------------------
_GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_escape_data(text: str) -> str:
    """Escape a workflow command's message: %, CR and LF (GitHub's escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(text: str) -> str:
    """Escape a property value: as data, plus ":" and "," (GitHub's escapeProperty)."""
    return github_escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(item: Located) -> str:
    """`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`.

    Columns are 1-based characters; endColumn is the span's last character (inclusive), as in
    GitHub's annotations, where a one-character span starts and ends on the same column.
    """
    f = item.finding
    line, column = item.position(f.start)
    end_line, end_column = item.position(max(f.start, f.end - 1))
    props = {"file": item.path, "line": line, "col": column, "endLine": end_line,
             "endColumn": end_column, "title": f"{f.code} {f.name}"}
    rendered = ",".join(f"{k}={github_escape_property(str(v))}" for k, v in props.items())
    return f"::{_GITHUB_LEVELS[f.severity]} {rendered}::{github_escape_data(marker(f) + f.message)}"


class GithubEmitter(LineEmitter):
    line = staticmethod(lambda item, color=False: github_line(item))


EMITTER = GithubEmitter
