"""Character classes and small text helpers shared by several rule families."""

from __future__ import annotations

import bisect
import re

from ..chinese import HAN, HAN_CLASS, LazyPattern  # noqa: F401  (HAN re-exported for the rule modules)
from ..document import Document, Span

# Han, kana, hangul and CJK/full-width punctuation: text around which Chinese punctuation is normal.
# A Markdown list item's marker and the blanks around it, from the line start: "  - ", "* ".
LIST_ITEM_START = LazyPattern(r"[ \t]*[-*+][ \t]+")
CJK_CHAR = LazyPattern(f"[{HAN_CLASS}\u3040-\u30ff\uac00-\ud7af\u3000-\u303f\uff00-\uffef]")


def is_cjk(char: str) -> bool:
    return bool(char) and CJK_CHAR.match(char) is not None


def neighbour(text: str, index: int, step: int) -> str:
    """The nearest character that is not white space, going left (step -1) or right (step 1)."""
    while 0 <= index < len(text):
        if not text[index].isspace():
            return text[index]
        index += step
    return ""


_NOT_BLANK = re.compile(r"\S")


def first_lines(doc: Document, count: int) -> list[Span]:
    """The first `count` lines that are not blank."""
    found: list[Span] = []
    lines = doc.lines()
    # Search for the next character that is not white space, rather than test every line: a
    # document can open with a million blank lines. (\S is "not str.isspace()", as strip uses.)
    position = 0
    while len(found) < count:
        visible = _NOT_BLANK.search(doc.text, position)
        if visible is None:
            break
        line = lines[bisect.bisect_right(doc.line_starts, visible.start()) - 1]
        found.append(line)
        position = line.end + 1
    return found


def normalise(text: str) -> str:
    """Case-folded, white space collapsed: for comparing titles and lines."""
    return " ".join(text.split()).casefold()


def blank_back(text: str, index: int) -> int:
    """`index` moved left over white space: len(text[:index].rstrip()) without copying the text
    (which, once per match, would make a rule quadratic)."""
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return index


def line_removal(doc: Document, line: Span) -> tuple[int, int]:
    """The span to delete so that `line` disappears with its line break and no blank lines pile up:
    from the end of the previous non-blank line to the end of this one (or, for the first line,
    from its start to the start of the next non-blank line)."""
    text = doc.text
    before = blank_back(text, line.start)
    if before > 0:
        return before, line.end
    after = line.end
    while after < len(text) and text[after].isspace():
        after += 1
    return line.start, after
