"""Punctuation habits that Chinese writing carries into English machine translation: a capital
after a semicolon, spaces inside quotes or before an apostrophe, Chinese ellipses, marks lost in
conversion, place names left in lower case, box-drawing dashes, "E.g:", a word glued to "(", a
split "non", a full stop before a bracketed remark (lists and headings: punctuation_lists)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from ..triggers import matches_at
from ..chinese import LazyPattern
from .breaks import word_list as _lexicon


_SEMICOLON_CAPITAL = LazyPattern(r"(?<=[\w)\"”’]);[ \t]+([A-Z][a-z]+)(?=[ \t]+[a-z])"
                                r"|(?<=[\w)\"”’]);[ \t]+(Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                                r"|Secondly|Thirdly|Fourthly|Finally|Lastly)(?=,)")


@rule(
    "P109", "capital-after-semicolon", fix=Safety.SAFE,
    triggers=tuple("; " + u for u in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    bad=[
        ("the fine is doubled; ⟦Where⟧ the case is serious, it is tripled", "the fine is doubled; where the case is serious, it is tripled"),
        ("by agreement; ⟦If⟧ no agreement is reached, by the court", "by agreement; if no agreement is reached, by the court"),
        ("first, the wells; ⟦Second⟧, the canals; ⟦Third⟧, the dams", "first, the wells; second, the canals; third, the dams"),
    ],
    good=["the rest went to Paris; London was full", "three were chosen; I was not one of them.",
          "see the manual; Chapter 3 covers it", "it ran on Monday; Tuesday was free",
          "the first game was lost; Second Avenue was closed"],
)
def capital_after_semicolon(ctx: Context) -> Iterator[Hit]:
    """A common word capitalised after a semicolon: "shall be fined; Where the case is serious".

    Chinese legal and official text ends clauses with ；or with a full stop that conversion turns
    into a semicolon; each clause was translated as a sentence, so the next starts with a capital.
    In English a semicolon joins clauses of one sentence and the word after it is lower case unless
    it is a name. Flagged when the capitalised word opens clauses ("If", "Where", "The") or is one
    the document writes in lower case elsewhere and not a name (as B104 decides). The fix writes it in lower case.
    """
    from .breaks import OPENER_SET as OPENERS, common_word_capitalised

    for m in ctx.matches("P109", _SEMICOLON_CAPITAL, offsets=(0,)):
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if group == 2:  # "roads; Second, bridges": an ordinal that counts the clauses of one list
            yield Hit(m.start(2), m.end(2), f"capital after a semicolon: write {word.lower()!r}", replacement=word.lower())
        elif word in OPENERS or (common_word_capitalised(ctx, word, m.start(1), m.end(1), near=False)
                                and ctx.doc.writes_lower(word)):
            yield Hit(m.start(1), m.end(1), f"capital after a semicolon: write {word.lower()!r}", replacement=word.lower())


_SPACED_QUOTES = LazyPattern(r"(?<![\w\"“‘])([\"“‘])[ \t]+([^\"“”‘\n]{1,80}?)[ \t]+([\"”’])(?![\w\"”’])")


@rule(
    "P110", "space-inside-quotes", fix=Safety.SAFE, triggers=('" ', "“ ", "‘ "),
    bad=[
        ('the ⟦" two reviews "⟧ of the year', 'the "two reviews" of the year'),
        ("the ⟦“ four firsts ”⟧ campaign", "the “four firsts” campaign"),
        ("the ⟦‘ three stricts ’⟧ rule", "the ‘three stricts’ rule"),
    ],
    good=['He said "yes" and then " no".', 'a "b" c', 'Type " " (a space) to continue.',
          'begin with the "/" directory, and there is a "/" between', "the players’ and the coaches’ views",
          "Type ‘ ’ (a space) to continue."],
)
def space_inside_quotes(ctx: Context) -> Iterator[Hit]:
    """Spaces inside quotation marks: '" two musts "'.

    Chinese quotation marks are full-width and take no spaces; converters that replace “”
    with ASCII quotes and pad every full-width character with spaces leave '" two musts "'.
    English puts no space after an opening or before a closing quotation mark. Flagged when both
    sides are padded around a short quotation on one line, in double or single quotation marks
    ('‘ three stricts ’', from ‘’ in the source). The fix removes the spaces.
    """
    for m in ctx.matches("P110", _SPACED_QUOTES, offsets=(0,)):
        closing = m.group(3)
        if (m.group(1) == "“" and closing != "”" or m.group(1) == '"' and closing != '"'
                or m.group(1) == "‘" and closing != "’" or closing == "’" and m.group(1) != "‘"):
            continue
        if closing == '"' and ctx.text.count('"', ctx.text.rfind("\n", 0, m.start()) + 1, m.start()) % 2:
            continue  # the first mark closes an earlier quotation: '"/" directory, and a "/"'

        yield Hit(m.start(), m.end(), "spaces inside quotation marks",
                  replacement=m.group(1) + m.group(2) + closing)


_SPACE_APOSTROPHE = LazyPattern(r"(?<=[A-Za-z])([ \t]+)([’'])(?=(?:s|t|re|ve|ll|d|m)\b(?![’'\"])(?!\S*['’]))")
# The apostrophe of a plural possessive alone between spaces: "the teachers ’ salaries".
_PLURAL_APOSTROPHE = LazyPattern(r"(?<=[a-z]s)([ \t]+)([’'])(?=[ \t]+[a-z]{2})")
# The mark opens a quotation closed later on the line ("prevents ' abcd' from"): no apostrophe.
_QUOTE_CLOSED_AFTER = {mark: LazyPattern(rf"[^\n{mark}]{{1,60}}(?<=\S){mark}") for mark in "'’"}
_PINYIN_APOSTROPHE = LazyPattern(r"\b([A-Z][a-z]{0,5})([ \t]+)'([aeo][a-z]{0,4})\b")


@rule(
    "P111", "space-before-apostrophe", fix=Safety.SAFE, triggers=(" '", " ’", " \0"),
    bad=[
        ("the Standing Committee⟦ ⟧’s report", "the Standing Committee’s report"),
        ("the county⟦ ⟧'s plan", "the county's plan"),
        ("⟦Xing 'an⟧ League", "Xing'an League"),
        ("the nurses⟦ ⟧’ working hours", "the nurses’ working hours"),
        ("the herdsmen's and the growers⟦ ⟧' income", "the herdsmen's and the growers' income"),
    ],
    good=["the letter 's' is common", "he said 'sorry' twice", "the 'an' prefix", "rock 'n' roll",
          "delete 'd/*' or 'm*' to clean up", "the word ‘lakes ’ in the title", "set it to 'yes ' and go",
          "that keeps ' abc' apart from ' abd' in the diff"],
)
def space_before_apostrophe(ctx: Context) -> Iterator[Hit]:
    """A space before an apostrophe: "Committee ’s", "Nong 'an".

    Machine translation and conversion from full-width text put spaces around what they treat as
    a separate character; a possessive or contraction then reads "Committee ’s", and the
    apostrophe that separates pinyin syllables in a place name (农安 Nong'an, 兴安 Xing'an)
    becomes "Nong 'an". English never puts a space before an apostrophe that ends a word, and a
    quotation opened with ' is closed again, so "the 'an' prefix" passes. The fix removes the
    space.
    """
    from .. import lexicon

    text = ctx.text
    for m in ctx.matches("P111", _SPACE_APOSTROPHE, offsets=(0,)):
        yield Hit(m.start(1), m.end(1), f"space before the apostrophe of {m.group(2)}{text[m.end():m.end() + 1]}",
                  replacement="")
    for m in ctx.matches("P111", _PLURAL_APOSTROPHE, offsets=(0,)):
        if not _quote_open_before(text, m.start(), m.group(2)) and not _QUOTE_CLOSED_AFTER[m.group(2)].match(text, m.end()):
            yield Hit(m.start(1), m.end(1), "space before the apostrophe of a plural possessive", replacement="")
    for m in ctx.matches("P111", _PINYIN_APOSTROPHE, offsets=range(-6, 0)):
        after = text[m.end():m.end() + 1]
        if after in "'’":
            continue  # a quotation: 'an'
        if lexicon.pinyin_syllables(m.group(1)) and lexicon.pinyin_syllables(m.group(3)):
            yield Hit(m.start(), m.end(), f"space inside the pinyin name {m.group(1)}'{m.group(3)}",
                      replacement=f"{m.group(1)}'{m.group(3)}")


def _quote_open_before(text: str, at: int, mark: str) -> bool:
    """Whether a single quotation opened earlier on the line is still open at `at`: then the
    mark closes it ("the word ‘lakes ’"), and is no apostrophe."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    if mark == "’":
        return line.count("‘") > line.count("’")
    opened = sum(1 for i, c in enumerate(line) if c == "'" and (i == 0 or not line[i - 1].isalnum()))
    closed = sum(1 for i, c in enumerate(line) if c == "'" and i and line[i - 1].isalnum())
    return opened > closed


_CHINESE_ELLIPSIS = LazyPattern(r"…{2,}|(?<!\.)\.{6,}(?!\.)|。{3,}")


@rule(
    "P112", "chinese-ellipsis", fix=Safety.SAFE, triggers=("……", "......", "。。。"),
    bad=[
        ("reform, opening up, innovation⟦……⟧ all of these", "reform, opening up, innovation… all of these"),
        ("and so on⟦......⟧ The next", "and so on... The next"),
        ("the tea, the silk, the porcelain⟦……⟧Trade grew", "the tea, the silk, the porcelain… Trade grew"),
    ],
    good=["and so on… The next", "Wait... what?", "Table of contents .... 12"],
)
def chinese_ellipsis(ctx: Context) -> Iterator[Hit]:
    """A Chinese ellipsis in English: "……" (two ellipsis characters) or six full stops.

    Chinese writes the ellipsis as two ellipsis characters (……, six dots); translated text keeps
    it, or spells it "......". English uses one ellipsis, three dots. The fix writes "…" (or
    "..." where the text spells it with full stops), with a space when a capital was glued to it.
    """
    for m in ctx.finditer("P112", _CHINESE_ELLIPSIS):
        replacement = "..." if m.group()[0] == "." else "…"
        if ctx.text[m.end():m.end() + 1].isupper():
            replacement += " "  # "innovation……At present": the next sentence was glued to it
        yield Hit(m.start(), m.end(), f"Chinese ellipsis {m.group()!r}: write {replacement!r}", replacement=replacement)


_LOST_MARK = LazyPattern(r"(?<=\d)\?(?=\d)")


@rule(
    "P114", "question-mark-between-digits", triggers=tuple(a + "?" + b for a in "0123456789" for b in "0123456789"),
    bad=["the ratio of staff to students is 1.2⟦?⟧1 this year", "from 8⟦?⟧30 to noon"],
    good=["Is it 12? 13? Nobody knows.", "Was it 1999?", "see page?id=3 in the address"],
)
def question_mark_between_digits(ctx: Context) -> Iterator[Hit]:
    """A question mark between two digits: "1.2?1", "8?30".

    A character the encoding of the page could not hold (the ratio colon ∶, a full-width colon
    or dash) is replaced by "?" when Chinese text is converted; between digits it leaves a
    number no one can read. English never writes a question mark between digits (a query
    string has a letter or "=" before its digits). Which mark was lost only the source tells,
    so there is no fix.
    """
    text = ctx.text
    for m in ctx.matches("P114", _LOST_MARK, offsets=(1,)):
        if text[max(0, m.start() - 12):m.start()].rstrip("0123456789").endswith("="):
            continue
        yield Hit(m.start(), m.end(), "'?' between digits: a character lost in conversion (a ratio colon?)")


# The English designations of China's administrative divisions (市 city, 县 county, 区 district,
# 镇 town, 乡 township, 省 province, 村 village, 州 prefecture): the closed set that follows a place
# name in Chinese, not words of one document.
_DIVISIONS = ("city", "county", "district", "town", "township", "province", "village", "prefecture")
_PLACE_WORD_BEFORE = LazyPattern(r"(?<![a-z])[a-z]{4,12}\Z")
_LOWERCASE_PLACE = LazyPattern(rf"\b([a-z]{{4,12}})[ ]((?i:{'|'.join(_DIVISIONS)}))\b")


@rule(
    "P115", "lowercase-chinese-place", fix=Safety.SAFE,
    triggers=tuple(" " + w for w in (*_DIVISIONS, *(d.capitalize() for d in _DIVISIONS))),
    bad=[("schools in ⟦huadian city⟧ and nearby", "schools in Huadian City and nearby"),
         ("the ⟦qingpu district⟧ office", "the Qingpu District office"),
         ("firms in ⟦jiangsu province⟧ and Shanghai", "firms in Jiangsu Province and Shanghai"),
         ("the ⟦haidian District⟧ court", "the Haidian District court")],
    good=["the inner city and the old town", "a quiet village", "the main city", "in Huadian City",
          "a banyan town", "the tofu village", "a Banyan Town tour", "the banyan District office"],
)
def lowercase_chinese_place(ctx: Context) -> Iterator[Hit]:
    """A Chinese place name in lower case: "lanxi city", "qingpu district".

    Machine translation of a list of places sometimes gives the pinyin name without its capital
    (Chinese has none to carry over). A place name is a proper noun and takes capitals with its
    designation ("Yushu City"). Flagged when the word before "city", "county", "district" (and
    the like) is made of two or more pinyin syllables and is not an English word (wordfreq), so
    "the inner city" and "the old town" pass; before "province", a name on the closed list of
    China's provinces (lexicons/provinces.txt: "jiangsu province") counts whatever its
    frequency. The designation may be capitalised already ("haidian District"). The fix
    capitalises both words.
    """
    from .. import lexicon

    text = ctx.text
    # The word before the designation: found by one search back from each trigger, then matched.
    starts = (w.start() for s in ctx._starts("P115") if (w := _PLACE_WORD_BEFORE.search(text, max(0, s - 13), s)))
    found = matches_at(_LOWERCASE_PLACE, text, starts) if ctx.use_triggers else _LOWERCASE_PLACE.finditer(text)
    for m in found:
        name = m.group(1)
        syllables = lexicon.pinyin_syllables(name)
        province = m.group(2).lower() == "province" and name in _lexicon("provinces")
        if not province and (not syllables or len(syllables) < 2 or lexicon.zipf(name) >= 2.5):
            continue
        yield Hit(m.start(), m.end(), f"place name {name!r} in lower case",
                  replacement=f"{name.capitalize()} {m.group(2).capitalize()}")


_BOX_DRAWING = LazyPattern("[\u2500-\u257f]+")


@rule(
    "P116", "box-drawing-dash", fix=Safety.UNSAFE, triggers=("\0",),
    bad=[
        ("Put the needs of the villages first⟦─⟧\nThe county acted.", "Put the needs of the villages first\nThe county acted."),
        ("three tasks⟦──⟧roads, water and schools", "three tasks—roads, water and schools"),
    ],
    good=["src\n├── main.py\n└── util.py", "┌────┐\n│ box │\n└────┘", "a table ─── of lines"],
)
def box_drawing_dash(ctx: Context) -> Iterator[Hit]:
    """A box-drawing line (─, U+2500) glued to a word: "party building─".

    The Chinese dash ——, two full-width strokes, is often typed or converted as the box-drawing
    character ─, which looks the same in a Chinese font; machine translation keeps it. English
    writes an em dash, and none at the end of a heading. Box-drawing characters are for trees and
    boxes, where they meet other box characters or spaces, never a letter: flagged only when a
    letter touches the run. The fix writes an em dash, or removes the run at a line end; unsafe,
    as the dash may have ended a heading or cut a list short.
    """
    text = ctx.text
    for m in ctx.in_non_ascii(_BOX_DRAWING):
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if not (before.isalpha() or after.isalpha()) or before.isspace() and after.isspace():
            continue
        at_end = after in ("", "\n", "\r")
        yield Hit(m.start(), m.end(), f"box-drawing {m.group()!r} for the Chinese dash ——: "
                  f"{'remove it' if at_end else 'write an em dash'}", replacement="" if at_end else "—")


_ABBREVIATION_CUT = LazyPattern(r"\b([Ee]\.g|[Ii]\.e)(?=[:,;])")


@rule(
    "P117", "abbreviation-without-last-stop", fix=Safety.SAFE, triggers=(".g:", ".g,", ".g;", ".e:", ".e,", ".e;"),
    bad=[("Several kinds of data. ⟦E.g⟧: a postal code", "Several kinds of data. For example: a postal code"),
         ("a short form, ⟦i.e⟧, the code", "a short form, i.e., the code")],
    good=["Several kinds, e.g. names and dates.", "a short form (i.e., the code)", "the file some.e,g"],
)
def abbreviation_without_last_stop(ctx: Context) -> Iterator[Hit]:
    """"e.g" or "i.e" without its last full stop, before a colon or comma: "E.g:".

    Machine translation renders 例如： and 即， as "E.g:" and "i.e,", dropping the second full stop of
    the abbreviation, which English always writes (exempli gratia, id est). Nothing else reads
    "e.g:" in prose. The fix adds the full stop, or spells the abbreviation out where it opens a
    sentence ("For example:"), as style guides want.
    """
    for m in ctx.matches("P117", _ABBREVIATION_CUT, offsets=(-1,)):
        # At the head of a sentence English spells it out ("For example:"), elsewhere it writes "e.g.".
        replacement = _SPELLED.get(m.group(), m.group() + ".")
        yield Hit(m.start(), m.end(), f"{m.group()!r} without its last full stop: write {replacement!r}",
                  replacement=replacement)


_SPELLED = {"E.g": "For example", "I.e": "That is"}


# A common word glued to "(" that opens a Markdown link or a few words of prose.
_PAREN_GLUED = LazyPattern(r"\b([A-Za-z]{3,})\((?=\[[^\]\n]+\]\(|[A-Z][a-z]+ [a-z]+ |[a-z]+ [a-z]+ [a-z]+[ ),])")


@rule(
    "P118", "no-space-before-parenthesis", fix=Safety.SAFE, triggers=("([", *("(" + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")),
    bad=[("works on reading only⟦(⟧[#12](https://example.org/issues/12))", "works on reading only ([#12](https://example.org/issues/12))"),
         ("the Harbour Shop⟦(⟧known below as the Shop)", "the Harbour Shop (known below as the Shop)")],
    good=["call print(value) and len(items)", "the regex f(a|b) matches", "if(x is ready) then", "use sorted([3, 1])"],
)
def no_space_before_parenthesis(ctx: Context) -> Iterator[Hit]:
    """An English word glued to an opening parenthesis that holds prose or a link: "only([#12](…))".

    The full-width parenthesis （ takes no space in Chinese, and converted to "(" it stays glued to
    the word before. English puts a space before a parenthesis, and code glues "(" only to a
    function name, whose arguments are no run of lowercase words and no Markdown link. Flagged
    when the word is a common English word (wordfreq) and the parenthesis opens a link, a
    capitalised word and two more, or three lowercase words. The fix inserts the space.
    """
    from .. import lexicon

    text = ctx.text
    for m in ctx.matches("P118", _PAREN_GLUED, lambda s: (_word_back(text, s),)):
        word = m.group(1)
        if word.lower() in _CODE_KEYWORDS or not lexicon.is_english(word.lower(), 3.0):
            continue
        yield Hit(m.end(1), m.end(1) + 1, f"no space between {word!r} and its parenthesis", replacement=" (")


# Keywords that code writes before a parenthesis, followed by an expression of words.
_CODE_KEYWORDS = frozenset({"if", "while", "for", "switch", "return", "catch", "elif", "and", "not", "print",
                            "sizeof", "typeof", "assert", "until", "unless", "when", "case", "with"})


def _word_back(text: str, paren: int) -> int:
    """Where the word before the parenthesis at `paren` starts."""
    start = paren
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start


_SPLIT_NON = LazyPattern(r"(?<![\w'’-])([Nn]on) ([a-z]{3,})\b")
_LATIN_AFTER = frozenset(("sequitur", "sequiturs", "grata", "compos", "obstante", "troppo", "est", "liquet"))


@rule(
    "P121", "split-prefix", fix=Safety.SAFE, triggers_nocase=("non ",),
    bad=[("a ⟦non refundable⟧ deposit", "a non-refundable deposit"),
         ("Members get ⟦non stop⟧ access.", "Members get non-stop access.")],
    good=["a condition sine qua non of the deal", "that was a non sequitur", "declared persona non grata",
          "a non-refundable deposit", "Non, je ne regrette rien."],
)
def split_prefix(ctx: Context) -> Iterator[Hit]:
    """The prefix "non" written as a word of its own: "non refundable", "non stop".

    Chinese 非 is a prefix that machine translation renders as a separate "non"; English joins
    it to the word with a hyphen (or closes it up). "non" is no English word on its own, so the
    only native uses apart are Latin phrases ("sine qua non", "non sequitur"), which are left
    alone. The fix writes the hyphen.
    """
    text = ctx.text
    for m in ctx.finditer("P121", _SPLIT_NON):
        if m.group(2) in _LATIN_AFTER or text[max(0, m.start() - 4):m.start()] == "qua ":
            continue
        yield Hit(m.start(), m.end(), f"'{m.group(1)} {m.group(2)}' is one word: write '{m.group(1)}-{m.group(2)}'",
                  replacement=f"{m.group(1)}-{m.group(2)}")


# A sentence's full stop, then a remark in brackets that starts in lower case and has no full
# stop of its own, at the end of a line or before the next sentence.
_STOP_BEFORE_REMARK = LazyPattern(r"(?<=[^\W\d_])\. \(([a-z][^()\n]{2,80}?)(?<![.!?])\)(?=[ \t]*(?:$|[A-Z]))", re.M)


@rule(
    "P122", "full-stop-before-remark", fix=Safety.UNSAFE, triggers=(". (",),
    bad=[("Export to PDF is not ready⟦. (it comes in the next release)⟧", "Export to PDF is not ready (it comes in the next release)."),
         ("The old key still works⟦. (until the end of May)⟧ New keys are sent by mail.",
          "The old key still works (until the end of May). New keys are sent by mail.")],
    good=["The index is zero-based. (b) The pop method returns the smallest item.",
          "Both files are kept. (The temporary one could be used instead.) Then the build starts.",
          "It is not ready (it comes in the next release).", "See the notes. (See also the appendix.)"],
)
def full_stop_before_remark(ctx: Context) -> Iterator[Hit]:
    """A sentence's full stop before a bracketed remark that belongs to it: "is not ready. (it
    comes in the next release)".

    Chinese closes the sentence and then adds a remark in brackets (未实现。（短期内会更新）);
    machine translation keeps that order. English puts the remark inside the sentence, before its
    full stop, or makes it a sentence of its own with a capital and a full stop inside the
    brackets. A remark that starts in lower case and has no full stop of its own, after a full
    stop, has neither shape; list markers such as "(b)" are too short to count. The fix moves the
    full stop after the bracket, unsafe because the remark may be meant as a sentence of its own.
    """
    text = ctx.text
    for m in ctx.finditer("P122", _STOP_BEFORE_REMARK):
        yield Hit(m.start(), m.end(), "full stop before a bracketed remark of the same sentence: put it after the bracket",
                  replacement=f" ({m.group(1)}).")


# A 24-hour clock time (13:00-23:59), or a range ending in one, then a.m. or p.m.
_CLOCK_MARK = LazyPattern(r"(?<![\d:])(?:\d{1,2}:[0-5]\d[ \t]*(?:-|–|~|to)[ \t]*)?(?:1[3-9]|2[0-3]):[0-5]\d"
                          r"(?P<mark>[ \t]*(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b))")
_SENTENCE_ENDS = LazyPattern(r"[ \t]*(?:\Z|\r?\n|[ \t][\"“‘']?[A-Z])")  # after "p.m.": its full stop ends the sentence


@rule(
    "P123", "twelve-hour-mark-on-24-hour-time", fix=Safety.SAFE,
    triggers=tuple(f"{d}{blank}{mark}" for d in "0123456789" for blank in ("", " ")
                   for mark in ("a.m", "p.m", "am", "pm", "A.M", "P.M", "AM", "PM")),
    bad=[("Visits are allowed ⟦15:00-18:30 p.m.⟧ on weekdays.", "Visits are allowed 15:00-18:30 on weekdays."),
         ("The office closes at ⟦17:30 pm⟧ each day.", "The office closes at 17:30 each day."),
         ("Doors close at ⟦21:00 p.m.⟧ Latecomers wait outside.", "Doors close at 21:00. Latecomers wait outside.")],
    good=["The office closes at 5:30 p.m. each day.", "Open 9:00-11:30 a.m. and 2:30-5:00 p.m.",
          "The train leaves at 17:30 and arrives at 9 p.m.", "Meet at 12:45 pm by the gate."],
)
def twelve_hour_mark_on_24_hour_time(ctx: Context) -> Iterator[Hit]:
    """"14:30-17:00 p.m.": a time on the 24-hour clock given a.m. or p.m. as well.

    Chinese notices write times on the 24-hour clock and often add 上午/下午 (morning, afternoon);
    machine translation renders those as a.m. and p.m. after "14:30" or "17:00". English uses
    one clock or the other: a time past 12:59 already says it is afternoon, so the mark is
    redundant, or contradicts it ("15:00 a.m."). Flagged only for hours 13 to 23, where no
    12-hour reading exists. The fix deletes the mark, keeping the full stop of a "p.m." that ends
    its sentence.
    """
    text = ctx.text
    for m in ctx.finditer("P123", _CLOCK_MARK):
        ends_sentence = m.group("mark").endswith(".") and _SENTENCE_ENDS.match(text, m.end()) is not None
        after = text[m.end():m.end() + 1]
        glued = bool(after) and (after.isalnum() or after in "([“\"")  # "p.m.(Beijing time)": keep a space
        yield Hit(m.start(), m.end(), f"{m.group('mark').strip()!r} after a 24-hour time: drop it",
                  edits=(Edit(m.start("mark"), m.end("mark"), "." if ends_sentence else " " if glued else ""),))
