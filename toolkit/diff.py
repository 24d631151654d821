"""Unified diffs of what `zhen fix --diff` would change, valid input for `patch -p1` and
`git apply` in every case: lines are split at "\\n" only (a CR stays part of its line, so CRLF
files round-trip), a last line without a line break gets "\\ No newline at end of file", and the
headers carry `a/` and `b/` before a relative path. An absolute path is written relative to the
current folder when the file is inside it, else relative to the root (`patch -p1 -d /`)."""

from __future__ import annotations

import os
import re

NO_NEWLINE = "\\ No newline at end of file\n"


def _lines(text: str) -> list[str]:
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def header_path(path: str) -> str:
    """The path as diff headers give it after `a/` and `b/`."""
    if os.path.isabs(path):
        inside = os.path.relpath(path)
        path = inside if not inside.startswith(os.pardir) else path.lstrip("/\\")
    return os.path.normpath(path).replace(os.sep, "/")


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib  # only `fix --diff` needs it

    name = header_path(path)
    out = []
    for line in difflib.unified_diff(_lines(old), _lines(new), fromfile=f"a/{name}", tofile=f"b/{name}"):
        out.append(line if line.endswith("\n") else f"{line}\n{NO_NEWLINE}")
    return "".join(out)
