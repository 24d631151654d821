"""Calques of Chinese morphemes and numbering conventions that a glossary entry cannot catch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Safety
from ..registry import Context, Hit, rule

_UNITS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
          "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_TENS_ORDINAL = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
_ORDINAL = "|".join(sorted([*_UNITS, *_TENS_ORDINAL], key=len, reverse=True))
_ARTICLE = re.compile(rf"\b(Article|Chapter|Section|Clause) ((?:(?:{'|'.join(_TENS)})-)?(?:{_ORDINAL}))(?![a-z-])")


def ordinal_value(words: str) -> int:
    """"thirty-first" -> 31, "thirtieth" -> 30, "fifth" -> 5."""
    if words in _TENS_ORDINAL:
        return _TENS_ORDINAL[words]
    if "-" in words:
        tens, unit = words.split("-")
        return _TENS[tens] + _UNITS.index(unit) + 1
    return _UNITS.index(words) + 1


@rule(
    "C101", "ordinal-article-number", fix=Safety.SAFE,
    bad=[
        ("⟦Article thirtieth⟧To a foreigner who commits a crime", "Article 30 To a foreigner who commits a crime"),
        ("under ⟦Article thirty-first⟧, losses are paid", "under Article 31, losses are paid"),
    ],
    good=["The article first appeared in 2001.", "Article 30 applies.", "Chapter One begins here."],
)
def ordinal_article_number(ctx: Context) -> Iterator[Hit]:
    """A law's article written with an ordinal word: "Article thirtieth" for 第三十条.

    Chinese numbers articles, chapters and sections with 第…条/章/节, which machine translation
    renders word for word as an ordinal. English legal texts write "Article 30". The fix writes
    the number.
    """
    for m in _ARTICLE.finditer(ctx.text):
        number = ordinal_value(m.group(2))
        gap = " " if ctx.text[m.end():m.end() + 1].isupper() else ""  # "Article thirtiethTo" -> "Article 30 To"
        yield Hit(m.start(), m.end(), f"{m.group()!r} is a calque of 第…{m.group(1).lower()}: write {m.group(1)} {number}",
                  replacement=f"{m.group(1)} {number}{gap}")


_WORD_NUMBERS = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
_LIST_ITEM = re.compile(rf"^[ \t]*\(({'|'.join(_WORD_NUMBERS)})\)", re.M)
_LETTER_GLUED = re.compile(r"^[ \t]*\(([A-J])\)(?=[A-Z][a-z])", re.M)


@rule(
    "C102", "word-numbered-list", fix=Safety.SAFE,
    bad=[
        ("⟦(Two)⟧Report regularly to the execution organ", "(2) Report regularly to the execution organ"),
        ("⟦(A)⟧Abide by the laws", "(1) Abide by the laws"),
    ],
    good=["(a) the first condition;", "(A) Definitions. The terms", "(One of them) was late."],
)
def word_numbered_list(ctx: Context) -> Iterator[Hit]:
    """List items numbered "(A)", "(Two)", "(Three)" where Chinese had （一）（二）（三）.

    Machine translation renders the Chinese enumerators （一）, （二） as "(A)" or "(One)",
    "(Two)". A word in parentheses that is a number word at the start of a line is always such a
    calque; a capital letter in parentheses is common English ("(A) Definitions"), so it is
    flagged only when glued to the next word, as converted Chinese text leaves it. The fix writes
    the number.
    """
    for m in _LIST_ITEM.finditer(ctx.text):
        n = _WORD_NUMBERS.index(m.group(1)) + 1
        start = m.start(1) - 1
        gap = " " if ctx.text[m.end():m.end() + 1].isalpha() else ""
        yield Hit(start, m.end(), f"list item numbered {m.group()[m.group().index('('):]!r}: write ({n})", replacement=f"({n}){gap}")
    for m in _LETTER_GLUED.finditer(ctx.text):
        n = ord(m.group(1)) - ord("A") + 1
        start = m.start(1) - 1
        yield Hit(start, m.end(), f"list item numbered ({m.group(1)}) for （{n}）: write ({n})", replacement=f"({n}) ")
