"""Punctuation of lists and headings as Chinese writes them, carried into English: a list number
glued to its item ("1.Fix"), an enumeration comma after a number ("are: 1, the county"), a
semicolon after a list's last item, a heading that ends in a comma."""

from __future__ import annotations

from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Safety
from ..registry import Context, Hit, rule


_LIST_NUMBER = LazyPattern(r"(?m)^([ \t]*(?:[-*+][ \t]+|#{1,6}[ \t]+)?)(\(?)(\d{1,2})(\)|\.|,[ \t]*|、[ \t]*)(?=[A-Z][a-z])")


@rule(
    "P108", "list-number-spacing", fix=Safety.SAFE,
    triggers=tuple(d + m + u for d in "0123456789" for m in ".," for u in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    + tuple(d + m for d in "0123456789" for m in (", ", "、"))
    + tuple(d + ")" + u for d in "0123456789" for u in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    bad=[
        ("Changes:\n⟦1.⟧Correct the start-up delay\n⟦2.⟧Raise the version number", "Changes:\n1. Correct the start-up delay\n2. Raise the version number"),
        ("⟦3, ⟧Scenic spots near the lake\nText.", "3. Scenic spots near the lake\nText."),
        ("## ⟦2.⟧Open the settings page\nText.", "## 2. Open the settings page\nText."),
        ("⟦(2)⟧Scope of the notice\nText.", "(2) Scope of the notice\nText."),
        ("Steps:\n⟦1)⟧Unpack the box\n⟦2)⟧Plug it in", "Steps:\n1) Unpack the box\n2) Plug it in"),
    ],
    good=["1. Install the package.\n2. Run it.", "Version 2.Beta is old.", "1,000 Pounds were paid.", "3.5 Percent",
          "(2) Scope of the notice", "f(2)Then", "2) Unpack the box"],
)
def list_number_spacing(ctx: Context) -> Iterator[Hit]:
    """A numbered item whose number is glued to it ("1.Fix the bug") or followed by a comma ("3, Views").

    Chinese numbers list items "1.修复" with no space, or "1、" with the enumeration comma;
    translated, the item reads "1.Open the file" (which Markdown does not render as a list) or
    "1, Scenic spots"; "(2)Scope" and "2)Unpack", from （2） and 2）, are glued the same way.
    Flagged only at the start of a line before a capitalised word, so decimals, versions and
    thousands pass. The fix writes "1. " (or "(2) ", "2) ", keeping the parenthesis).
    """
    for m in ctx.at_line_starts("P108", _LIST_NUMBER):
        if m.group(2) and m.group(4) != ")":
            continue  # "(2." or "(2,": no list number
        number = f"({m.group(3)}) " if m.group(2) else f"{m.group(3)}) " if m.group(4) == ")" else f"{m.group(3)}. "
        yield Hit(m.start(2), m.end(), f"list number {m.group()[len(m.group(1)):].strip()!r} glued to its item: write {number!r}",
                  replacement=number)


_ENUMERATION_COMMA = LazyPattern(r"(?:(?<=[:;：；.] )|(?<=[:;：；]))(\d{1,2})(?:,[ \t]*|、[ \t]*)(?=[a-z]+[ \t])")


@rule(
    "P113", "enumeration-comma-number", triggers=tuple(c + d for c in (": ", "; ", ". ", ":", ";") for d in "123456789"),
    bad=["the tasks are: ⟦1, ⟧the county builds roads; ⟦2, ⟧the towns repair bridges",
         "It was done. ⟦3, ⟧the villages report monthly."],
    good=["We need items 1, 2 and 3.", "Python 3, the latest version, is used.", "the ratio is 3:1, the same",
          "at 10:30, the meeting opened", "a small number, e.g. 1, by default", "Fixes: 12, bug#13 and #14"],
)
def enumeration_comma_number(ctx: Context) -> Iterator[Hit]:
    """A number followed by a comma opening an item inside a sentence: "are: 1, the county ...; 2, the towns".

    Chinese numbers items in running text as 1、2、 with the enumeration comma 、, which machine
    translation turns into "1, the ...". English writes "(1) the ...", "first, the ..." or a list.
    Flagged only after a colon, a semicolon or a sentence end and before a lowercase word, so
    counts ("items 1, 2 and 3"), versions ("Python 3, the latest") and times pass. The numbering
    style is the editor's choice, so there is no fix.
    """
    text = ctx.text
    for m in ctx.matches("P113", _ENUMERATION_COMMA, offsets=(1, 2)):
        if text[m.start() - 2:m.start() - 1].isdigit() or text[m.start() - 1:m.start()].isdigit():
            continue  # "3:1, the": a ratio or a time
        if text[max(0, m.start() - 5):m.start()].lower() in ("e.g. ", "i.e. "):
            continue  # "a number, e.g. 1, by": an example, not an item
        yield Hit(m.start(), m.end(), f"item numbered {m.group(1)!r} with the enumeration comma 、: write ({m.group(1)}) or a list")


_LAST_ITEM_SEMICOLON = LazyPattern(r"(?m)^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t][^\n]*?(\w+\)?);[ \t]*$")


@rule(
    "P119", "list-ends-with-semicolon", fix=Safety.SAFE, triggers=(";\n", ";\r"),
    bad=[("Tools:\n- read: open a file;\n- copy: copy a file;\n- move: move a file;\n- write: save a ⟦file;⟧\n\nNext.",
          "Tools:\n- read: open a file;\n- copy: copy a file;\n- move: move a file;\n- write: save a file.\n\nNext."),
         ("# Start\n\nSteps:\n\n1. Sign up;\n2. Enter the code;\n3. Log ⟦in;⟧\n## Use\n",
          "# Start\n\nSteps:\n\n1. Sign up;\n2. Enter the code;\n3. Log in.\n## Use\n")],
    good=["- read: open a file;\n- write: save a file.\n\nNext.", "- one;\n- two;\n- three.", "- only item;\n\nText."],
)
def list_ends_with_semicolon(ctx: Context) -> Iterator[Hit]:
    """The last item of a list closed by a semicolon: "- write: save a file;" before a heading.

    Chinese lists end each item with ；and the last with 。; translation or a careless converter
    keeps ；on the last item too, and the list reads as if it went on. English closes the last
    item with a full stop (or "and" before it). Flagged when a list item ends with a semicolon,
    the item before it in the same list does too, and no item follows (a blank line, a heading or
    the end of the text). The fix writes a full stop.
    """
    text = ctx.text
    for m in ctx.matches("P119", _LAST_ITEM_SEMICOLON, lambda s: (text.rfind("\n", 0, s) + 1,)):
        following = text[m.end():m.end() + 200].lstrip(" \t\r").split("\n", 2)
        nxt = following[1] if len(following) > 1 else ""
        if _ITEM_START.match(nxt) or nxt[:1] in (" ", "\t") and nxt.strip():
            continue  # another item (or an item's continuation) follows
        before = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:max(0, m.start() - 1)]
        if not (_ITEM_START.match(before) and before.rstrip().endswith(";")):
            continue
        yield Hit(m.start(1), m.end(1) + 1, "the last item of the list ends with a semicolon: write a full stop",
                  replacement=m.group(1) + ".")


_ITEM_START = LazyPattern(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")


# A heading: Markdown hashes, or a section number "(2)", "2.", "2)" at the line start; then a
# line of text that ends in a comma.
_HEADING_COMMA = LazyPattern(r"(?m)^[ \t]{0,4}(?:#{1,6}[ \t]+|\((?:\d{1,2}|[IVX]{1,4}|[一二三四五六七八九十]{1,3})\)[ \t]*|"
                             r"(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*(?=[A-Z])|\d{1,2}(?:\.\d{1,2}){1,2}\.?[ \t]+(?=[A-Z]))[^\n]*[^\W\d_](,)[ \t]*$")
_NEXT_OPENER = LazyPattern(r"[ \t]*(?:\n[ \t]*)?([A-Z][a-z]*)\b")


@rule(
    "P120", "heading-ends-with-comma", fix=Safety.SAFE, triggers=(",\n", ",\r"),
    bad=[("(3) Services that may suit your needs⟦,⟧\n    We may show you offers based on your settings.",
          "(3) Services that may suit your needs\n    We may show you offers based on your settings."),
         ("## What we keep⟦,⟧\n\nThe service keeps your name.", "## What we keep\n\nThe service keeps your name."),
         ("(II) Duties of the office⟦,⟧\nThe office keeps the seal.", "(II) Duties of the office\nThe office keeps the seal."),
         ("3.Fees and refunds⟦,⟧\nWe refund within a week.", "3.Fees and refunds\nWe refund within a week."),
         ("2.1 Scope of the notice⟦,⟧\nIn this notice, staff means", "2.1 Scope of the notice\nIn this notice, staff means")],
    good=["(1) the first item,\n(2) the second item.", "1. Apples, pears,\n   Plums and figs.",
          "Dear Ms Smith,\n\nThe parcel arrived.", "## Notes\n\nFirst, the list,\nThe next line.",
          "Version 2.1 adds tags, pins,\nThe rest is unchanged.", "II. apples, pears,\nThe rest are plums.",
          "3.14 is pi, roughly,\nThe rest follows."],
)
def heading_ends_with_comma(ctx: Context) -> Iterator[Hit]:
    """A heading that ends with a comma: "(2) Offers that may suit you,".

    Chinese headings that run into their text end with ，, and a numbered heading such as
    （二）… keeps it in translation. English headings take no comma. Flagged for a Markdown
    heading or a line that starts with a section number ("(2)", "2.", "(II)", "2.1", "3.Fees",
    the last three before a capital) when it ends in a comma and
    what follows (on the next line, or after one blank line) begins a sentence with a word that
    opens clauses ("The", "In", "We"); a list item that goes on with its next item or with a
    lowercase word passes. The fix removes the comma.
    """
    from .breaks import OPENER_SET

    text = ctx.text
    for m in ctx.matches("P120", _HEADING_COMMA, lambda s: (text.rfind("\n", 0, s) + 1,)):
        after = _NEXT_OPENER.match(text, m.end() + 1)
        if after and after.group(1) in OPENER_SET:
            yield Hit(m.start(1), m.end(1), "heading ends with a comma", replacement="")


# "non" and the word it negates, written apart. Latin phrases English keeps ("sine qua non",
# "non sequitur", "persona non grata") have a word before or after that says so.
