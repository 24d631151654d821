"""Unified diffs of what `zhen fix --diff` would change."""

from __future__ import annotations

def unified_diff(path: str, old: str, new: str) -> str:
    import difflib  # only `fix --diff` needs it

    return "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    ))
