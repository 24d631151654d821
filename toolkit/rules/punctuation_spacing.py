"""Spaces that converting full-width punctuation leaves inside brackets: "( closed on Mondays )"."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern

# A bracketed remark on one line with a blank after "(" or before ")": prose inside (words,
# numbers, commas, hyphens, per cent signs), no sign of code or mathematics (= + * < > | { } ` " \).
_SPACED_BRACKETS = LazyPattern(
    r"(?<![\w(])\(([ \t]*)([A-Za-z0-9][A-Za-z0-9 \t,.%’'/:–-]{0,78}?[A-Za-z0-9.%])([ \t]*)\)(?![\w(])")
_WORD = LazyPattern(r"[A-Za-z]{2}|\d")
_YEARS = LazyPattern(r"\d{4}(?:[-–/]\d{2,4})?")
_IDENTIFIER = LazyPattern(r"[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|_")


@rule(
    "P124", "space-inside-brackets", fix=Safety.SAFE, triggers=("( ", " )", "(\t", "\t)"),
    bad=[
        ("the hall is open every day ⟦( closed on Mondays )⟧ from nine", "the hall is open every day (closed on Mondays) from nine"),
        ("the five-year plan ⟦(2026-2030 )⟧ was adopted", "the five-year plan (2026-2030) was adopted"),
        ("finished early ⟦( two weeks ahead)⟧ of the date", "finished early (two weeks ahead) of the date"),
    ],
    good=["call f( x ) to start", "if ( a > b ) return", "the sum ( a + b ) is even", "a smiley (: )",
          "the ( ) pair is empty", "(see the list below)", "( ͡° ͜ʖ ͡°)", "the ASCII art (   )",
          "the options ( -v ) and", "where ( 1 )", "the field ( numGroups ) holds", "( member )",
          "(such as Return )", "( minN, maxN )", "( Modifier Definitions)",
          "the version you want, such as )."],
)
def space_inside_brackets(ctx: Context) -> Iterator[Hit]:
    """A blank after an opening or before a closing round bracket around a remark in prose:
    "( closed on Mondays )", "(2026-2030 )".

    Chinese brackets （…） are full-width and take no spaces; converters that replace them with
    ASCII brackets and pad each full-width character with a space leave the blanks inside.
    English puts none there. Flagged only around prose (letters, numbers, commas, hyphens, per
    cent signs) with a word of two letters or a number inside and a blank or the line's start
    before the bracket: a call "f( x )", code "if ( a > b )", a formula "( a + b )", option
    lists "( -v )" and empty or drawn brackets pass. The fix removes the blanks.
    """
    from .. import lexicon

    for m in ctx.finditer("P124", _SPACED_BRACKETS):
        inner = m.group(2)
        if not (m.group(1) or m.group(3)) or not _WORD.search(inner):
            continue
        words = inner.split()
        one_side = not (m.group(1) and m.group(3))
        if len(words) == 1 and not (one_side and _YEARS.fullmatch(inner)):
            continue  # "( member )": a name set off as code, not a remark; "(2026-2030 )" is one
        if " ," in inner or any(_IDENTIFIER.search(w) for w in words):
            continue  # "( minN, maxN )": names of code
        if one_side and (m.group(1) and words[0][0].isupper() or m.group(3) and words[-1][0].isupper()):
            continue  # "(such as Return )": code formatting lost after a name
        if m.group(3) and words[-1].lower() in lexicon.words("function-words"):
            continue  # "(such as )": a name dropped from the text, not a padded bracket
        edits = tuple(Edit(m.start(g), m.end(g), "") for g in (1, 3) if m.group(g))
        yield Hit(m.start(), m.end(), "blank inside brackets", edits=edits)

