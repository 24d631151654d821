"""Markdown outline damage: numbered headings whose level contradicts their numbering."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Safety
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

# "## 2.3.1 Title", "### 2.3.1. Title", "## 2\. Title": the hashes, then the section number.
_NUMBERED_HEADING = LazyPattern(r"(?m)^(#{1,6})[ \t]+(\d{1,3}(?:\.\d{1,3})*)(?:\\?\.)?(?=[ \t])")


def _outline(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(offset of the hashes, level, section number as parts) of each numbered heading."""
    return [(m.start(1), len(m.group(1)), tuple(m.group(2).split("."))) for m in _NUMBERED_HEADING.finditer(text)]


def _number_end(text: str, start: int) -> int:
    """Where the section number of the heading at `start` ends."""
    m = _NUMBERED_HEADING.match(text, start)
    return m.end(2) if m else start


@rule(
    "M108", "heading-level-against-numbering", fix=Safety.UNSAFE, triggers=("# ",),
    bad=[
        ("# 3 Setup\n## 3.1 Install\n### 3.1.1 From source\n\nText.\n\n⟦## 3.1.2⟧ From a package\n",
         "# 3 Setup\n## 3.1 Install\n### 3.1.1 From source\n\nText.\n\n### 3.1.2 From a package\n"),
        ("# 5 Design\n## 5.1 Parts\n⟦## 5.1.1⟧ The reader\n### 5.1.2 The writer\n",
         "# 5 Design\n## 5.1 Parts\n### 5.1.1 The reader\n### 5.1.2 The writer\n"),
    ],
    good=["# 1 Start\n## 1.1 Goals\n### 1.1.1 Speed\n### 1.1.2 Size\n## 1.2 Plan\n",
          "## 3.0.0 (2021-05-01)\n### 3.0.1 (2021-06-01)\n## 2.9.0\n",
          "# 2 Use\n## 2.1 Read\n## 2.2 Write\n"],
)
def heading_level_against_numbering(ctx: Context) -> Iterator[Hit]:
    """A numbered Markdown heading whose level does not fit its number: "## 1.2.2" under "## 1.2",
    or next to "### 1.2.1".

    Translation tools and the editors that paste their output lose or add a "#" now and then; a
    numbered outline shows it, as section 1.2.2 is a child of 1.2 and a sibling of 1.2.1. Where
    the parent section is a heading of the document and one of its children sits deeper than it,
    every child should sit at the level of the first such child; one that does not is flagged.
    A document that writes "# 1.1" under "# 1" throughout does so on purpose and passes, as do a
    changelog's versions ("## 3.0.0"), which have no parent heading. The fix gives that level;
    which hash was lost or added only the author knows, so it is unsafe.
    """
    headings = _outline(ctx.text)
    level_of = {number: level for _, level, number in headings}
    children: dict[tuple[str, ...], list[tuple[int, int, tuple[str, ...]]]] = {}
    for heading in headings:
        parent = heading[2][:-1]
        if parent and parent in level_of:
            children.setdefault(parent, []).append(heading)
    for parent, group in children.items():
        deeper = [level for _, level, _ in group if level > level_of[parent]]
        if not deeper:
            continue  # "# 1" and "# 1.1": the document's own way, not a lost hash
        want = deeper[0]  # the first child deeper than its parent sets the level of the rest
        for start, level, number in group:
            if level != want:
                end = _number_end(ctx.text, start)
                yield Hit(start, end, f"heading {'.'.join(number)} at level {level}: its parent and "
                          f"siblings put it at level {want}", replacement="#" * want + ctx.text[start + level:end])
