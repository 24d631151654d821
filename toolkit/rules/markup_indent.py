"""Chinese paragraph indents left in plain text: the two-character first-line indent of Chinese
typesetting, kept as spaces before each English paragraph (M103)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Safety
from ..registry import Context, Hit, rule


# Exactly two spaces, or one or two ideographic spaces, before a capital: deeper indents are
# English layout (block quotes, centred headings).
_INDENT = LazyPattern(r"^(  |\u3000\u3000?)(?=[A-Z\"“][^\n]{38}[^\n]*[a-z])", re.M)
# Three to eight spaces before a whole paragraph on one line (a Chinese full-width indent
# converted to several spaces): a line that long is no hard-wrapped block quote.
_DEEP_INDENT = LazyPattern(r"^(?: {3,8}|\t)(?=[A-Z\"“][a-z]*[ ,][^\n]{150}[^\n]*[.!?。”\"]$)", re.M)


def _indents_everything(ctx: Context) -> bool:
    """Whether most short lines of the text are indented too: a page indented as a block (menus,
    titles and paragraphs alike), not paragraphs given a first-line indent."""
    lines = [line for line in ctx.text.splitlines() if line.strip()]
    short = [line for line in lines if len(line.strip()) < 80] or lines  # titles, menus, dates
    return sum(line[:1] in (" ", "\t") for line in short) * 2 > len(short)



@rule(
    "M103", "chinese-paragraph-indent", fix=Safety.SAFE, markdown=False, triggers=("\n  ", "\n\u3000"),
    bad=[
        ("The first line.\n\n⟦  ⟧Up to now, my country has implemented the river chief system.\n\nNext.",
         "The first line.\n\nUp to now, my country has implemented the river chief system.\n\nNext."),
        ("⟦\u3000\u3000⟧Guided by the spirit of the conference, our school acted.\n",
         "Guided by the spirit of the conference, our school acted.\n"),
        ("Title\n\n⟦        ⟧On the morning of June 3, the county held a meeting on flood control in the hall of the "
         "county government, and the heads of all the townships and the county bureaus attended it in person.\n",
         "Title\n\nOn the morning of June 3, the county held a meeting on flood control in the hall of the "
         "county government, and the heads of all the townships and the county bureaus attended it in person.\n"),
        ("Notes on the harvest\n⟦  ⟧This autumn the orchards of the valley gave more pears than in any year since the "
         "new canal was dug, and the buyers came early.\n⟦  ⟧The growers of the upper terraces sold most of their crop "
         "to the cannery in town, at a price agreed before the spring frosts.\n",
         "Notes on the harvest\nThis autumn the orchards of the valley gave more pears than in any year since the "
         "new canal was dug, and the buyers came early.\nThe growers of the upper terraces sold most of their crop "
         "to the cannery in town, at a price agreed before the spring frosts.\n"),
    ],
    good=[
        "Notice:\n\n  This Source Code Form is subject to the terms of the Mozilla Public\n  License, v. 2.0.\n",
        "  x = 1 is code-like, not a capitalised paragraph.\n",
        "Text.\n\n        Centred Heading Of The Report\n\nMore text.",
        "Terms:\n  Permission is granted to copy and share this guide in any form,\n  provided the notice stays.\n"
        "  The authors give no warranty of any kind for the advice it holds.\n",
    ],
)
def chinese_paragraph_indent(ctx: Context) -> Iterator[Hit]:
    """A paragraph indented with two spaces (or ideographic spaces), as Chinese typesetting does.

    Chinese paragraphs start with a two-character indent (两个全角空格); scraped and translated
    text keeps it as two spaces before each English paragraph. Flagged only for a paragraph that
    is a single line with blank lines (or the text's ends) around it, so indented blocks of wrapped
    English, such as a quoted notice, pass. Paragraphs with no blank line between them, each on
    one line with a two-space indent, are flagged too when two of them are 100 characters long or
    more (a hard-wrapped indented block has no lines that long). A deeper indent (three to eight spaces, or a tab: the
    full-width spaces converted) is flagged only before a whole paragraph on one line of 150
    characters or more ending in a full stop, as hard-wrapped native text has no lines that long,
    and not where most lines of the text are indented (a page indented as a block). The fix
    removes the indent.
    """
    text = ctx.text
    deep = list(ctx.matches("M103", _DEEP_INDENT, offsets=(1,)))
    if deep and not _indents_everything(ctx):
        for m in deep:
            yield Hit(m.start(), m.end(), "Chinese-style paragraph indent", replacement="")
    run_on: list[re.Match[str]] = []  # indented lines between other lines
    for m in ctx.matches("M103", _INDENT, offsets=(1,)):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        # The lines around, found without copying the text before and after (quadratic).
        before = max(0, m.start() - 1)
        prev_line = text[text.rfind("\n", 0, before) + 1:before] if m.start() else ""
        next_end = text.find("\n", line_end + 1)
        next_line = text[line_end + 1:len(text) if next_end == -1 else next_end] if line_end < len(text) else ""
        if prev_line.strip() or next_line.strip():
            if text[line_end - 1:line_end] in _SENTENCE_END:
                run_on.append(m)
            continue
        yield Hit(m.start(), m.end(), "Chinese-style paragraph indent", replacement="")
    yield from _indented_paragraph_lines(ctx, run_on)


_SENTENCE_END = frozenset('.!?。”"')


def _indented_paragraph_lines(ctx: Context, lines: list[re.Match[str]]) -> Iterator[Hit]:
    """Paragraphs with no blank line between them, each indented by two spaces: flagged when two
    or more are whole paragraphs on one line of 100 characters or more (a hard-wrapped indented
    block has no lines that long) and the short lines of the text are not indented as well."""
    long = sum(ctx.text.find("\n", m.end()) - m.end() >= 100 or ctx.text.find("\n", m.end()) == -1
               and len(ctx.text) - m.end() >= 100 for m in lines)
    if long < 2 or _indents_everything(ctx):
        return
    for m in lines:
        yield Hit(m.start(), m.end(), "Chinese-style paragraph indent", replacement="")
