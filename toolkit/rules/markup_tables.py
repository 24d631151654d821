"""Markdown tables damaged by translation: a delimiter row whose cells do not match the header's, or
drawn with prose dashes; a row repeated word for word."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule

# A delimiter row: cells of dashes with optional alignment colons, with at least one pipe; the
# dashes may have been turned into dashes of prose (—, –) or full-width ones (－, ー).
_DELIMITER = LazyPattern(r"[ \t]*\|?[ \t]*:?[-—–－ー]+:?[ \t]*(?:\|[ \t]*:?[-—–－ー]+:?[ \t]*)*\|?[ \t]*")
_PROSE_DASH = LazyPattern(r"[—–－ー]")
_ESCAPED_PIPE = LazyPattern(r"\\\||`[^`\n]*`")


def _cells(line: str) -> list[str]:
    """The cells of a table row, an escaped pipe or a code span counted as text."""
    row = _ESCAPED_PIPE.sub("x", line.strip())
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    return row.split("|")


@rule(
    "M113", "table-delimiter-mismatch", fix=Safety.SAFE, triggers=("|-", "-|", "| -", "- |", "|:", ":|", "|—", "| —", "|–", "| –", "|－", "| －"),
    bad=[
        ("| Key | Meaning | Default |\n⟦|-----|---------|⟧\n| port | where it listens | 80 |\n",
         "| Key | Meaning | Default |\n| --- | --- | --- |\n| port | where it listens | 80 |\n"),
        ("Name | Type\n⟦---|---|---⟧\nid | int\n", "Name | Type\n--- | ---\nid | int\n"),
        ("| Field | Use |\n⟦| —— | —— |⟧\n| uid | the account |\n", "| Field | Use |\n| --- | --- |\n| uid | the account |\n"),
    ],
    good=["| Key | Meaning |\n|-----|---------|\n| port | where |\n", "| a `x|y` b | c |\n|---|---|\n",
          "| Left | Right |\n|:---|---:|\n", "Some - text | with a pipe\n-- | --\n"],
)
def table_delimiter_mismatch(ctx: Context) -> Iterator[Hit]:
    """A Markdown table whose delimiter row ("|---|---|") has more or fewer cells than its header, or
    is drawn with prose dashes ("| —— | —— |").

    Markdown renders a table only when the delimiter row under the header has as many cells as
    the header; with one cell more or less the whole table shows as lines of pipes and dashes.
    Translated tables lose or gain a cell when a header is translated into two, a pipe is turned
    into a full-width ｜ or an editor retypes the row; translation also turns the hyphens into
    dashes of prose (the Chinese dash ——, an em or en dash), which Markdown does not read as a
    delimiter. Native tables are rendered, checked and
    fixed by their writers: 51 files of tables in the packaged Markdown hold none. Flagged on a
    delimiter row right under a row with a pipe, outside fenced code. The fix writes a delimiter
    with the header's number of cells, keeping the pipes at the edges as the header has them;
    alignment colons, if any, are dropped only with --unsafe-fixes.
    """
    from .markup import code_ranges, in_ranges

    lines, text = ctx.doc.lines(), ctx.text
    code = None
    for n in ctx.line_numbers("M113"):
        if n == 0:
            continue
        line, above = lines[n], lines[n - 1]
        row, header = text[line.start:line.end], text[above.start:above.end]
        if "|" not in row or "|" not in header or not _DELIMITER.fullmatch(row) or _DELIMITER.fullmatch(header):
            continue
        want, have = len(_cells(header)), len(_cells(row))
        dashes = _PROSE_DASH.search(row)
        if want == have and not dashes or want < 2:
            continue
        code = code_ranges(ctx.doc) if code is None else code
        if in_ranges(code, line.start):
            continue
        edged = header.strip().startswith("|")
        cells = " | ".join(["---"] * want)
        what = f"table delimiter row of {dashes.group()!r} dashes" if dashes else \
            f"table delimiter row with {have} cells under a header of {want}"
        yield Hit(line.start, line.end, f"{what}: Markdown shows no table", replacement=f"| {cells} |" if edged else cells,
                  safety=Safety.UNSAFE if ":" in row else None)


_LETTERS = LazyPattern(r"[^\W\d_]")


@rule(
    "M118", "repeated-table-row", fix=Safety.SAFE, triggers=("|",),
    bad=[("| Key | Use |\n|---|---|\n| port | where it listens |\n⟦| port | where it listens |\n⟧| host | its name |\n",
          "| Key | Use |\n|---|---|\n| port | where it listens |\n| host | its name |\n")],
    good=["| Key | Use |\n|---|---|\n| port | where it listens |\n| host | where it listens |\n",
          "| a | b |\n|---|---|\n| | |\n| | |\n", "| n | x |\n|---|---|\n| 1 | 2 |\n| 1 | 2 |\n"],
)
def repeated_table_row(ctx: Context) -> Iterator[Hit]:
    """A row of a Markdown table repeated word for word: the same key, value and description twice.

    Translated and merged documents repeat rows (a row pasted twice, a source row translated
    twice); a reader sees the same setting listed again. A table lists each thing once, and
    native tables hold no row twice over (none in the 51 files of tables of the packaged
    Markdown). Flagged for a row identical to an earlier row of the same table with two cells or
    more holding words, so rows of empty cells or of numbers pass. The fix deletes the repeat.
    """
    from .markup import code_ranges, in_ranges

    lines, text = ctx.doc.lines(), ctx.text
    code = None
    for n in ctx.line_numbers("M118"):
        line = lines[n]
        if n == 0 or "-" not in text[line.start:line.end] or not _DELIMITER.fullmatch(text, line.start, line.end):
            continue
        code = code_ranges(ctx.doc) if code is None else code
        if in_ranges(code, line.start):
            continue
        seen = set()
        for row in itertools.takewhile(lambda r: "|" in text[r.start:r.end], (lines[i] for i in range(n + 1, len(lines)))):
            body = text[row.start:row.end].strip()
            if body in seen and sum(bool(_LETTERS.search(c)) for c in _cells(body)) >= 2:
                end = min(row.end + 1, len(text))
                # The finding marks the row, or its last character where the row holds a code span
                # (a region findings stay out of); the fix deletes the whole row.
                start = row.end - 1 if "`" in body else row.start
                yield Hit(start, row.end if start > row.start else end, "table row repeated word for word",
                          edits=(Edit(row.start, end, ""),))
            seen.add(body)
