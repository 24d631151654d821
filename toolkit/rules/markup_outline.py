"""Outline damage: numbered headings whose level contradicts their numbering, headings numbered with
words ("## One, …") as Chinese outlines are, and paragraph lines that lost their full stop."""

from __future__ import annotations

import bisect
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
    or next to "### 4.3.1".

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


# Four or more spaces (or a tab) before a sentence of prose: capital word, lowercase word, and
# a long line with no character of code in it.
_INDENTED_PROSE = LazyPattern(r"(?m)^( {4,12}|\t)(?=(?:\d{1,2}[.、)]|\(\d{1,2}\))?[ \t]*[A-Z][a-z]+,? [a-z][^\n={}<>`|\\]{80,}$)")
_MARKDOWN_HEADING = LazyPattern(r"(?m)^#{1,6} [^\n]*[a-z]")
_LIST_ITEM = LazyPattern(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")


def _line_before(text: str, start: int) -> str:
    """The last non-blank line before offset `start` (a line start), or "" at the top."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return text[begin:end]
        end = begin - 1
    return ""


@rule(
    "M109", "prose-indented-as-code", fix=Safety.SAFE, triggers=("\n    ", "\n\t"),
    bad=[
        ("⟦    ⟧We value the trust you place in us, and we explain here what we collect from you and why we keep it.\n\n"
         "## Contact\n", "We value the trust you place in us, and we explain here what we collect from you and why we "
         "keep it.\n\n## Contact\n"),
        ("## Scope\n\n⟦    ⟧These terms cover every service of the site, and by signing up you agree to all of them as written.\n",
         "## Scope\n\nThese terms cover every service of the site, and by signing up you agree to all of them as written.\n"),
        ("## Data\n\n⟦    ⟧1.When you sign up, we keep the e-mail address you give us and the name you choose for the site.\n",
         "## Data\n\n1.When you sign up, we keep the e-mail address you give us and the name you choose for the site.\n"),
    ],
    good=["# Setup\n\n1. Install it.\n\n    The installer asks a few questions first, and then it copies the files to the folder you chose.\n",
          "# Use\n\nRun:\n\n    pip install the-package and then run it with the default options in place of the others\n",
          "# Notes\n\nText.\n\n    Short indented line.\n",
          "Plain text.\n\n    We value the trust you place in us, and we explain here what we collect from you and why.\n",
          "# Steps\n\n1. Install it.\n\n    2. Then the installer asks a few questions first, and it copies the files where you chose.\n"],
)
def prose_indented_as_code(ctx: Context) -> Iterator[Hit]:
    """A Markdown paragraph of prose indented by four spaces or more after a blank line: Markdown
    shows it as a block of code.

    Chinese paragraphs begin with a two-character indent; translated Markdown keeps it as spaces,
    and from four spaces on, a paragraph that follows a blank line (or opens the file) becomes an
    indented code block, in a monospaced box. Flagged in Markdown for a long line that reads as a
    sentence, a numbered item's number ("1.", "(1)") allowed before it (a capitalised word, then
    a lowercase one, 80 characters or more, no character of
    code such as = { } < > or a backtick), not inside a fenced block and not where the text
    above is a list item or indented itself (a list item's own paragraphs are indented on
    purpose). Plain text, which indents paragraphs in many ways, is checked only when it has
    Markdown headings. The fix removes the indent.
    """
    if not (ctx.doc.is_markdown or _MARKDOWN_HEADING.search(ctx.text)):
        return  # plain text indents paragraphs in many ways; Markdown (or a text with its headings) does not
    from .markup import code_ranges, in_ranges

    text = ctx.text
    first = _INDENTED_PROSE.match(text)
    found = [first] if first else []
    found += (m for m in ctx.matches("M109", _INDENTED_PROSE, offsets=(1,)) if m.start())
    code = code_ranges(ctx.doc) if found else []
    for m in found:
        if m.start() and text[m.start() - 2:m.start()] != "\n\n" or in_ranges(code, m.start()):
            continue  # under a line of text (M105's business), or inside a fence
        above = _line_before(text, m.start())
        if above[:1] in (" ", "\t") or _LIST_ITEM.match(above):
            continue  # a list item's paragraph, or a block of indented lines
        yield Hit(m.start(), m.end(), "paragraph of prose indented four spaces: Markdown shows it as code",
                  replacement="")


_NUMBER_WORDS = "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve"
# A heading (hashes, or a line in bold) opened by a number word and a comma or 、, then a word.
_WORD_NUMBERED_HEADING = LazyPattern(
    rf"(?m)^(?:#{{1,6}}[ \t]+|\*\*[ \t]*)(?P<number>(?:{_NUMBER_WORDS})[ \t]*[,、])[ \t]*(?!(?:{_NUMBER_WORDS})\b)(?=\w)")


@rule(
    "M114", "heading-numbered-with-word", triggers=("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
                                                     "Ten", "Eleven", "Twelve"),
    bad=["# Privacy terms\n\n## ⟦One,⟧ what we keep\n\nText.\n\n## ⟦Two,⟧ who we tell\n", "**⟦Three、⟧Your rights**\n"],
    good=["## One, Two, Three: counting games\n", "Two, the parts are exposed in this package.\n", "## One more thing\n",
          "## 1. What we keep\n"],
)
def heading_numbered_with_word(ctx: Context) -> Iterator[Hit]:
    """A heading numbered with a number word and a comma: "## One, what we collect", "**Two, contact
    us**": the Chinese outline numbers 一、二、 rendered as words.

    Chinese documents number their top sections 一、二、三、; machine translation writes the numeral
    as an English word and the 、 as a comma. English headings are numbered with figures ("## 1.
    What we collect") or not at all. Flagged only in a heading line (hashes, or a line opened in
    bold), where English never puts "One," before a title; in running text "Two, the parts are
    exposed" is English (the Python documentation enumerates so) and passes, as does a title that
    counts ("One, Two, Three").
    """
    for m in ctx.finditer("M114", _WORD_NUMBERED_HEADING):
        yield Hit(m.start("number"), m.end("number"), f"{m.group('number')!r}: Chinese outline number 一、 rendered as a "
                  "word in a heading; number it with a figure ('1.') or drop the number")


# A paragraph opened by the indent Chinese typesetting gives it: ideographic or em spaces, as
# characters or as HTML references, before a capitalised word.
_WIDE_INDENT = LazyPattern(r"(?m)^(?:[\u3000\u2002\u2003]|&(?:emsp|ensp|#12288|#8195|#x3000|#x2003);)+(?=[A-Z\"“]\w*[ ,])")


@rule(
    "M116", "wide-space-indent-in-markdown", fix=Safety.SAFE, triggers=("\u3000", "\u2002", "\u2003", "&emsp;", "&ensp;",
                                                                        "&#12288;", "&#8195;", "&#x3000;", "&#x2003;"),
    bad=[("# About\n\n⟦&emsp;&emsp;⟧This tool keeps your notes in plain files and syncs them.\n",
          "# About\n\nThis tool keeps your notes in plain files and syncs them.\n"),
         ("# About\n\n⟦\u3000\u3000⟧The app needs no account, and it works offline.\n",
          "# About\n\nThe app needs no account, and it works offline.\n")],
    good=["# About\n\n&nbsp;&nbsp;&nbsp;&nbsp;Or on Windows:\n", "Plain text.\n\n&emsp;&emsp;This tool keeps notes.\n",
          "# About\n\nA line with&emsp;an em space inside.\n"],
)
def wide_space_indent_in_markdown(ctx: Context) -> Iterator[Hit]:
    """A Markdown paragraph indented with ideographic or em spaces ("　　This tool", "&emsp;&emsp;This
    tool"), the two-character indent of Chinese typesetting.

    Chinese writers indent paragraphs in Markdown with two full-width spaces or with &emsp;
    references, which Markdown keeps (it strips only ASCII spaces); the translation keeps the
    indent before the English paragraph, which then starts with a wide gap. English Markdown
    indents no paragraph: an indent made of &nbsp; is layout a writer chose ("&nbsp;&nbsp;Or on
    Windows:") and is not read. Checked in Markdown files, and in plain text with Markdown
    headings. The fix removes the indent.
    """
    if not (ctx.doc.is_markdown or _MARKDOWN_HEADING.search(ctx.text)):
        return  # plain text: M103 reads its indents
    for m in ctx.finditer("M116", _WIDE_INDENT):
        yield Hit(m.start(), m.end(), "paragraph indented with wide spaces, as Chinese typesets it", replacement="")


# A full stop inside the line after a lowercase word: a sentence ended there ("No. 2" does not).
_SENTENCE_END_INSIDE = LazyPattern(r"[a-z]{2}\. ")
_UNTERMINATED = LazyPattern(r"(?m)^(?![ \t]*(?:[-*+>|#]|\d+[.)]))([^\n]{99,}[a-z])[ \t]*\n(?=[A-Z][a-z]+[ ,](?:[^\n]*[.!?]|[^\n]{99,})$)")


@rule(
    "M106", "unterminated-paragraph-line", fix=Safety.SAFE,
    triggers=tuple(c + "\n" + u for c in "abcdefghijklmnopqrstuvwxyz" for u in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    bad=[
        ("About the tool\nThe tool manages the apps on a phone over adb or root, and as the list shows, it can also "
         "clean up files⟦⟧\nIt now offers batch permission settings.", "About the tool\nThe tool manages the apps on a "
         "phone over adb or root, and as the list shows, it can also clean up files.\nIt now offers batch permission settings."),
    ],
    good=["A short heading without a stop\nThe text begins here.",
          "Notice on the opening hours of the reading rooms and the loan desk of Branch Library No. 4 in the "
          "old town\nThe rooms open at nine.",  # the first line: a title
          "Intro\nNotice on the opening hours of the reading rooms and the loan desk of Branch Library No. 4 in the "
          "old town\nThe rooms open at nine.",
          "First, grasp the rich meaning of the secretary's feelings for the local chronicles of the county\n"
          "The feelings are embodied in three aspects.",
          "The tool manages the apps on a phone over adb or root, and as the list shows, it can also clean up files\n\n"
          "It now offers batch permission settings.",
          "- a list item that goes on and on for a very long time, describing every single thing it does in detail\n"
          "Next line here."],
)
def unterminated_paragraph_line(ctx: Context) -> Iterator[Hit]:
    """A paragraph line that ends without a full stop, right above a line that starts a sentence.

    Chinese documentation often ends a paragraph with no mark before a line break, or the
    translation drops the 。; in Markdown the two lines then join into one run-on sentence
    ("... clean up files It now offers ..."). Flagged when a line of running prose (100
    characters or more with two commas or a full stop inside, not a list item, quote, table row or
    heading) ends in a lowercase letter and the next line, with no blank line between, is a
    sentence starting with a capital (ending in a full stop, or itself a line of 100 characters
    or more). Hard-wrapped English is wrapped well under 100 characters,
    so it passes; so does the document's first line, its title, and a line whose only full stop is
    an abbreviation's ("No. 4"). The fix adds the full stop.
    """
    title_end = len(ctx.text) - len(ctx.text.lstrip())  # where the document's first line starts
    for m in ctx.matches("M106", _UNTERMINATED, lambda s: (ctx.doc.line_starts[bisect.bisect_right(ctx.doc.line_starts, s) - 1],)):
        if m.start(1) == title_end:
            continue  # the document's first line is its title, which takes no full stop
        if m.group(1).count(",") < 2 and not _SENTENCE_END_INSIDE.search(m.group(1)):
            continue  # a long heading ("First, grasp the ...", "... of No. 2 Middle School"), not prose
        end = m.end(1)
        yield Hit(end, end, "line ends without a full stop before a new sentence", replacement=".")
