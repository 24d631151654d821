"""Markup residue: formatting of the source page that survived as text."""

from __future__ import annotations

import re
from collections.abc import Iterator


from ..model import Safety
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

_STRIKETHROUGH = LazyPattern(r"[ \t]?~~[^~\n]{1,40}~~")


@rule(
    "M101", "strikethrough-residue", fix=Safety.SAFE, markdown=False, triggers=("~~",),
    bad=[
        ("party building work in non-public enterprises⟦~~Expedited~~⟧\nBody.",
         "party building work in non-public enterprises\nBody."),
        ("a plan⟦ ~~draft~~⟧ for the year", "a plan for the year"),
    ],
    good=["Approximately ~ 40 people came, ~ 30 left.", "x ~~ y means x is similar to y"],
)
def strikethrough_residue(ctx: Context) -> Iterator[Hit]:
    """Strikethrough markup (~~text~~) in a plain-text document.

    Sites mark status tags such as 加急 ("~~Expedited~~") with strikethrough; the scrape keeps the
    markup as text. Struck text is text the page itself withdrew, so the fix deletes it with its
    markup. Markdown files are not checked by this rule: there ~~ ~~ is real strikethrough.
    """
    for m in ctx.matches("M101", _STRIKETHROUGH, offsets=(-1, 0)):
        yield Hit(m.start(), m.end(), "strikethrough markup left in plain text", replacement="")


_ENTITY = LazyPattern(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_TAG = LazyPattern(r"</?(?:p|br|div|span|strong|em|b|i|u|font|a|img|section|article|h[1-6]|li|ul|ol|tr|td|table)\b[^<>\n]{0,200}/?>", re.I)


@rule(
    "M102", "html-residue", fix=Safety.SAFE, markdown=False,
    bad=[
        ("rivers⟦&nbsp;⟧and lakes", "rivers\u00a0and lakes"),
        ("the ⟦&ldquo;⟧River Chief⟦&rdquo;⟧ system", "the “River Chief” system"),
        ("the first line⟦<br/>⟧the second line", "the first line the second line"),
    ],
    good=["Use AT&T and R&D budgets; x < y and y > z.", "The ampersand & stands alone."],
)
def html_residue(ctx: Context) -> Iterator[Hit]:
    """HTML entities and tags in a plain-text document (&nbsp;, &ldquo;, <br>, <p>).

    Text copied out of a web page's source keeps its character references and tags. The fix
    replaces an entity with the character it stands for and a tag with a space (for <br> and block
    tags) or nothing (for inline tags). Unknown entities are left alone. Markdown files are not
    checked: HTML is part of Markdown.
    """
    text = ctx.text
    for m in _ENTITY.finditer(text):
        import html  # only when an entity is found

        char = html.unescape(m.group())
        if char != m.group():
            yield Hit(m.start(), m.end(), f"HTML character reference {m.group()!r} left in text",
                      replacement=char)
    for m in _TAG.finditer(text):
        name = re.match(r"</?([a-zA-Z0-9]+)", m.group()).group(1).lower()
        inline = name in {"span", "strong", "em", "b", "i", "u", "font", "a"}
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        gap = "" if inline or not before.strip() or not after.strip() else " "
        yield Hit(m.start(), m.end(), f"HTML tag {m.group()!r} left in text", replacement=gap,
                  safety=Safety.SAFE if name in {"br", "p"} or inline else Safety.UNSAFE)


# Exactly two spaces, or one or two ideographic spaces, before a capital: deeper indents are
# English layout (block quotes, centred headings).
_INDENT = LazyPattern(r"^(  |\u3000\u3000?)(?=[A-Z\"“][^\n]{38}[^\n]*[a-z])", re.M)


@rule(
    "M103", "chinese-paragraph-indent", fix=Safety.SAFE, markdown=False, triggers=("\n  ", "\n\u3000"),
    bad=[
        ("The first line.\n\n⟦  ⟧Up to now, my country has implemented the river chief system.\n\nNext.",
         "The first line.\n\nUp to now, my country has implemented the river chief system.\n\nNext."),
        ("⟦\u3000\u3000⟧Guided by the spirit of the conference, our school acted.\n",
         "Guided by the spirit of the conference, our school acted.\n"),
    ],
    good=[
        "Notice:\n\n  This Source Code Form is subject to the terms of the Mozilla Public\n  License, v. 2.0.\n",
        "  x = 1 is code-like, not a capitalised paragraph.\n",
    ],
)
def chinese_paragraph_indent(ctx: Context) -> Iterator[Hit]:
    """A paragraph indented with two spaces (or ideographic spaces), as Chinese typesetting does.

    Chinese paragraphs start with a two-character indent (两个全角空格); scraped and translated
    text keeps it as two spaces before each English paragraph. Flagged only for a paragraph that
    is a single line with blank lines (or the text's ends) around it, so indented blocks of wrapped
    English, such as a quoted notice, pass. The fix removes the indent.
    """
    text = ctx.text
    for m in ctx.matches("M103", _INDENT, offsets=(1,)):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        # The lines around, found without copying the text before and after (quadratic).
        before = max(0, m.start() - 1)
        prev_line = text[text.rfind("\n", 0, before) + 1:before] if m.start() else ""
        next_end = text.find("\n", line_end + 1)
        next_line = text[line_end + 1:len(text) if next_end == -1 else next_end] if line_end < len(text) else ""
        if prev_line.strip() or next_line.strip():
            continue
        yield Hit(m.start(), m.end(), "Chinese-style paragraph indent", replacement="")
