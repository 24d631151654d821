"""Punctuation artifacts: stray runs of marks, spaces before marks, Chinese punctuation in English."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator


from ..model import Edit, Safety, Severity
from ..registry import Context, Hit, rule
from ..chinese import LazyPattern
from .patterns import HAN, is_cjk, neighbour

# After a letter, digit, closing bracket or closing quote (two fixed-width lookbehinds: stdlib re).
_AFTER_TEXT = "(?:(?<=[^\\W_])|(?<=[)\\]}）】」』”’»\"']))"
_RUN = LazyPattern(_AFTER_TEXT + r"([.,;:!?])((?:[ \t]+[.,;:!?])+)")
_ABBREVIATION_BEFORE = LazyPattern(r"(?:\b[^\W\d_]\.){2,}$|\b(?:etc|Inc|Ltd|Co|No|Dr|Mr|Mrs|Ms|St|vs)\.$")
# A blank, then a mark: in every run of marks (P101) and every space before a mark (P102).
_BLANK_MARKS = tuple(blank + mark for blank in " \t" for mark in ".,;:!?")


def _blanks_start(text: str, index: int) -> int:
    """Where the run of spaces and tabs holding `index` starts."""
    while index > 0 and text[index - 1] in " \t":
        index -= 1
    return index


def _word_start(text: str, index: int) -> int:
    """Where the run of non-blank characters that ends at `index` starts."""
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


_ENTITY_BEFORE = LazyPattern(r"&#?\w+\Z")


def _cited_symbols(text: str, m, marks: list[str]) -> bool:
    """Whether the marks after the first are symbols a text names, not a converted 。，: a mark
    glued to the next token (".pyc", ":short", ".git/config"), a "?", "!" or ":" that goes on
    into the sentence ("* matches any string; ? matches one"), a lone "." before a lowercase word
    ("newline.  . is often used"), or a first mark that ends an entity ("&#num; .")."""
    after = text[m.end():m.end() + 2]
    if after[:1] and not after[:1].isspace() and after[:1] not in "\"'”’)]":
        return True
    line_ends = after[:1] in ("", "\n", "\r") or after == " \n"
    if not line_ends and any(mark in "?!:;" for mark in marks[1:]):
        return True
    if marks[-1] == "." and not line_ends and after[1:2].islower():
        return True  # the next line's first word says nothing of this one
    return marks[0] == ";" and bool(_ENTITY_BEFORE.search(text, max(0, m.start() - 12), m.start()))


@rule(
    "P101", "stray-punctuation", fix=Safety.SAFE, triggers=_BLANK_MARKS,
    bad=[
        ("carry out the work.⟦ .⟧", "carry out the work."),
        ("where the enterprise is located⟦. ,⟧ the leadership", "where the enterprise is located, the leadership"),
        ("the healthy development of enterprises⟦. ,⟧ enhance the influence", "the healthy development of enterprises, enhance the influence"),
        ("and so on, etc⟦. ,⟧ and more", "and so on, etc., and more"),
    ],
    good=[
        "He paused . . . and went on.",
        "It ended. Then it began again.",
        "Is it? Yes.",
        "Old names end in .tar, .gz and .zip, e.g. .bak too.",
        "A star matches any run, ; ? matches a single character.",
    ],
)
def stray_punctuation(ctx: Context) -> Iterator[Hit]:
    """Sentence punctuation followed by more punctuation after a space ("located. , the", "work. .").

    Machine translation of Chinese text turns 。，and similar marks into English punctuation one by
    one, and scraping splits sentences; the result is a full stop followed by a comma, or two full
    stops. The fix keeps the mark that fits what follows: the last one before a lowercase word, the
    first before a capital or the end of the line. It is safe when the marks are all the same, and
    unsafe when a human should check which mark was meant. A spaced ellipsis ". . ." is left alone.
    """
    text = ctx.text
    # Tried only at the mark before the blanks of each blank-and-mark trigger, not line by line.
    for m in ctx.matches("P101", _RUN, lambda s: (_blanks_start(text, s) - 1,)):
        first = m.group(1)
        marks = [first, *m.group(2).split()]
        if len(marks) >= 3 and set(marks) == {"."}:
            continue  # ". . ." is a spaced ellipsis
        if _cited_symbols(text, m, marks):
            continue
        follower = neighbour(text, m.end(), 1)
        if follower and (follower.islower() or follower.isdigit()):
            keep = marks[-1]
            # The abbreviation holds no white space: search only the word before the mark.
            if first == "." and keep != "." and _ABBREVIATION_BEFORE.search(
                    text, _word_start(text, m.start()), m.start() + 1):
                keep = "." + keep  # "etc. , and" -> "etc., and"
        else:
            keep = first
        start = m.start()
        if keep == first:
            # Delete what follows the first mark, so the edit does not touch text before it.
            yield Hit(m.start(2), m.end(), f"stray punctuation {' '.join(marks)!r}", replacement="",
                      safety=Safety.SAFE if len(set(marks)) == 1 else Safety.UNSAFE)
            continue
        yield Hit(start, m.end(), f"stray punctuation {' '.join(marks)!r}: keep {keep!r}",
                  replacement=keep, safety=Safety.SAFE if len(set(marks)) == 1 else Safety.UNSAFE)


_SPACE_BEFORE = LazyPattern(
    "(?:" + _AFTER_TEXT + "|(?<=[%\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0f]))" + r"[ \t]+([,.;:!?])(?=[ \t]|\r?$|[^\W\d_]|[\"'“‘(])", re.M
)


@rule(
    "P102", "space-before-punctuation", fix=Safety.SAFE, triggers=_BLANK_MARKS,
    bad=[
        ("form a joint force of work⟦ ⟧.", "form a joint force of work."),
        ("the masses⟦ ⟧, and the cadres", "the masses, and the cadres"),
        ("as follows⟦  ⟧:", "as follows:"),
        ("the roads were paved⟦ ⟧; (2) the bridges", "the roads were paved; (2) the bridges"),
        ("the share rose to 41.5%⟦ ⟧. Then", "the share rose to 41.5%. Then"),
        ('the "Guidelines")⟦ ⟧. They apply', 'the "Guidelines"). They apply'),
        ("at noon (local time)⟦ ⟧. The plane", "at noon (local time). The plane"),
        ('the "Green Valley" plan⟦ ⟧,and the roads', 'the "Green Valley" plan,and the roads'),
        ("chalk, a blackboard⟦ ⟧,Paper and pens", "chalk, a blackboard,Paper and pens"),
        ("the share was 7.5 %⟦ ⟧. Then", "the share was 7.5 %. Then"),
        ("give it a star ⭐⟦ ⟧, thank you", "give it a star ⭐, thank you"),
        ("- **Caching**⟦ ⟧: keeps the last result", "- **Caching**: keeps the last result"),
        ("set `cache.dir`⟦ ⟧: the folder to use", "set `cache.dir`: the folder to use"),
        ("to “put the people first”⟦ ⟧. The plan", "to “put the people first”. The plan"),
    ],
    good=[
        "The value is .5 of the total.",
        "Wait ... what?",
        "The score was 3 : 1 at half time.",
        "A smile :) says it.",
        "Run it, then stop.",
        "Python won't write .pyc files, and the .NET tools and a .get() method differ.",
        "the URL is made by adding a ? to the address",
        "A leading ! negates a pattern, and ; starts a comment.",
        "see the page netstat(8) . Then run it",
        "the function hands back a PyThing . Then it frees it",
        "the nodes marked !SAME are kept",
        "the options a, b ; (c) is kept for later",
        "* *3.7.8, 3.8.4* : the old builds",
    ],
)
def space_before_punctuation(ctx: Context) -> Iterator[Hit]:
    """A space before a comma, full stop, colon, semicolon, question or exclamation mark.

    Chinese text has no spaces, and machine translation or scraping of it leaves spaces where a
    Chinese mark or a dropped footnote marker stood. Flagged only where the mark does its work:
    it ends the line or comes before a new sentence (a comma or semicolon: before a word), after
    a plain word or number. Native technical prose names marks as symbols (". is the current
    directory", "the * and ? patterns", "!NAME", ".pyc") and puts them after code ("ip(8) .");
    those, a spaced ellipsis, a decimal written ".5", a score "3 : 1" and emoticons pass.
    """
    text = ctx.text
    for m in ctx.matches("P102", _SPACE_BEFORE, lambda s: (_blanks_start(text, s),)):
        mark = m.group(1)
        if _CITED_MARK.search(text, max(0, m.start() - 12), m.start()):
            continue  # "adding a ? to the URL", "With . as argument": the mark cited as a symbol
        after = text[m.end():m.end() + 5]
        if mark == "." and after.startswith("."):
            continue  # "word ..." ellipsis
        opener = _OPENER_AFTER.match(text, m.end())
        if mark != "," and text[m.start() - 1] == '"':
            continue  # '"engines" : "^12"', '"gdb core" .': a key of data or a command, not a clause
        if not (_ends_clause(mark, after) or mark in ".;" and opener and opener.group(1) in _opener_set()) or not _PLAIN_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # a symbol named in the text (". is the current directory", "!TREESAME"), or code before it
        yield Hit(m.start(), m.start(1), f"space before {mark!r}", replacement="")
    for m in ctx.matches("P102", _SPACE_BEFORE_COLON_AFTER_MARKUP, lambda s: (_blanks_start(text, s),)):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        closer = "**" if line.endswith("**") else "`"
        if line.count(closer) % 2 == 0 and line.count(closer) >= 2:  # the bold or code span closes here
            yield Hit(m.start(), m.end() - 1, "space before ':'", replacement="")


# A colon after a closed bold span or code span, a blank before it: "**Dynamic** :", "`path` :".
_SPACE_BEFORE_COLON_AFTER_MARKUP = LazyPattern(r"(?:(?<=\*\*)|(?<=`))[ \t]+:(?=[ \t]+\S)")
# The token before the space is a plain word or number ("work", "2019"), not code ("PyObject",
# "ip(8)", "--renormalize", a URL) or a single letter ("parameter T").
# A word may end in a closing quote and bracket ('"Measures") .'), a number in a per cent sign ("99.1% .").
_PLAIN_WORD_BEFORE = LazyPattern(
    r"(?:^|[\s(\"“])(?:[\"“]?[A-Za-z][a-z]+(?:[-'’][A-Za-z]+)*(?:[\"”]?\)|[\"”])?|[A-Z]{2,5}|\d+(?:\.\d+)?%?"
    r"|(?<=\d[ \t])%|[\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?)\Z")


_OPENER_AFTER = LazyPattern(r"([A-Z][a-z]*)[ \t]+[a-z]")  # ".The leading": the space moved before the mark


def _opener_set() -> frozenset[str]:
    from .breaks import OPENER_SET

    return OPENER_SET


def _ends_clause(mark: str, after: str) -> bool:
    """Whether the mark, as placed, ends a clause or sentence: a full stop, question or
    exclamation mark before the end of the line or a new sentence, a colon before the end of
    the line or a capital, a comma or semicolon before a word. A mark that goes on into the
    sentence in any other way is a symbol the text names."""
    first, second = after[:1], after[1:2]
    if first in ("", "\n", "\r"):
        return True
    if first not in " \t":
        return mark == "," and first.isalpha() and after[1:2].isalpha()  # "China ,the", "board ,Brand"
    if mark in ".?!:":
        return second.isupper() or second in ("\"", "“", "\n", "")
    if _ENUMERATOR.match(after, 1):
        return True  # "schools ; (2) the rate": a list item's number after the mark
    return second.isalpha() or second in ("\"", "“")


_ENUMERATOR = LazyPattern(r"\((?:\d{1,2}|[a-z])\)[ \t]")


# Words after which a mark is named, not used: "the ? character", "the * and ? patterns".
_CITED_MARK = LazyPattern(r"(?i)\b(?:a|an|the|with|by|of|and|or|nor|than|over|like|as|is|are|use|using|"
                          r"substitutes|replaces?|begins?|ends?|contain|including|interpreting|both)\Z")


# Chinese and full-width punctuation, and the full-width forms of ASCII (U+FF01-FF5E).
_CJK_PUNCTUATION = LazyPattern(r"[\u3001\u3002\u3008-\u3011\u3014-\u301B\u30FB\uFF01-\uFF5E]+")
# 〔〕 hold the year of a document number (国发〔2027〕4号) or a dynasty before a name; official
# English writes both in square brackets ("Guofa [2027] No. 4").
_SAFE_MAP = {"、": ",", "。": ".", "〔": "[", "〕": "]", "・": "·"}
_UNSAFE_MAP = {"《": "“", "》": "”", "〈": "‘", "〉": "’", "「": "“", "」": "”", "『": "‘", "』": "’",
               "【": "[", "】": "]", "〖": "[", "〗": "]", "〘": "[", "〙": "]", "〚": "[", "〛": "]"}
_SPACE_AFTER = set(",.;:!?)]”’")
_CLOSING_MARKS = set(",.;:!?")  # marks that take no space before them
_SPACE_BEFORE_OPEN = set("([“‘")


_CONTEXT = 12  # characters on each side that decide whether a mark sits in Chinese text


def _on_line(text: str, index: int, step: int) -> str:
    """The nearest character that is not white space on the same line ("" at the line's end):
    a Chinese heading on the next line does not make a colon ending this one Chinese."""
    while 0 <= index < len(text) and text[index] != "\n":
        if not text[index].isspace():
            return text[index]
        index += step
    return ""


def _near_chinese(text: str, start: int, end: int) -> bool:
    """True when the mark belongs to Chinese text: Chinese touches it, or stands within a few
    characters on its line (so the closing bracket of "条块（tiaokuai）" counts as Chinese too)."""
    if is_cjk(_on_line(text, start - 1, -1)) or is_cjk(_on_line(text, end, 1)):
        return True
    left = text[max(0, start - _CONTEXT):start].rsplit("\n", 1)[-1]
    right = text[end:end + _CONTEXT].split("\n", 1)[0]
    return HAN.search(left + right) is not None


def _ascii_form(char: str) -> tuple[str, Safety]:
    if char in _SAFE_MAP:
        return _SAFE_MAP[char], Safety.SAFE
    if char in _UNSAFE_MAP:
        return _UNSAFE_MAP[char], Safety.UNSAFE
    return unicodedata.normalize("NFKC", char), Safety.SAFE


@rule(
    "P103", "cjk-punctuation", severity=Severity.ERROR, fix=Safety.SAFE,
    bad=[
        ("Since the 1980s⟦，⟧China has changed.", "Since the 1980s, China has changed."),
        ("It was approved⟦。⟧", "It was approved."),
        ("townships⟦（⟧towns⟦）⟧ and streets", "townships (towns) and streets"),
        ("read ⟦《⟧Zhengding County Chronicles⟦》⟧ closely", "read “Zhengding County Chronicles” closely"),
        ("rural areas⟦、⟧ farmers", "rural areas, farmers"),
        ("the ⟦ＰＤＦ⟧ file", "the PDF file"),
        ("The rules are as follows⟦：⟧\n一、Keep the paths clear", "The rules are as follows:\n一、Keep the paths clear"),
        ("see the map (page 4) ⟦。⟧ The roads", "see the map (page 4). The roads"),
        ("open from 9⟦：⟧30 daily", "open from 9:30 daily"),
        ("under Circular Shifa⟦〔⟧2027⟦〕⟧No. 4", "under Circular Shifa [2027] No. 4"),
    ],
    good=[
        "习近平生态文明思想，是新时代的指导思想。",
        "The slogan “lucid waters” is official.",
        "The term 条块（tiaokuai） is used in Chinese.",
    ],
)
def cjk_punctuation(ctx: Context) -> Iterator[Hit]:
    """Chinese or full-width punctuation inside English text (，。：；（）！？、《》【】 and U+FF01-FF5E).

    Machine translation and copy-editing from Chinese leave the Chinese forms of punctuation in
    English sentences, usually with no space after them. Marks next to Chinese characters are left
    alone: quoted Chinese keeps its own punctuation. Curly quotes are ordinary English typography
    and are not flagged. The fix gives the ASCII mark, with a space where English needs one;
    book-title marks 《》 and corner brackets become quotes, and that is left to --unsafe-fixes.
    """
    text = ctx.text
    for m in ctx.in_non_ascii(_CJK_PUNCTUATION):
        if _near_chinese(text, m.start(), m.end()):
            continue
        forms = [_ascii_form(char) for char in m.group()]
        replacement = "".join(form for form, _ in forms)
        safety = min((s for _, s in forms), key=lambda s: s.rank)
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if replacement[-1] in _SPACE_AFTER and after and (after.isalnum() or after in "“‘(\"") and not (
                replacement in ",.:" and before.isdigit() and after.isdigit()):  # "14：30", "ISO9001：2015"
            replacement += " "
        if replacement[0] in _SPACE_BEFORE_OPEN and before.isalnum():
            replacement = " " + replacement
        start = m.start()
        if replacement[0] in _CLOSING_MARKS and before in " \t":
            while start > 0 and text[start - 1] in " \t":
                start -= 1  # "(link) 。": the mark takes the place of the space before it
            if start == 0 or text[start - 1] == "\n":
                start = m.start()  # a mark opening its line keeps the line's indent
        yield Hit(m.start(), m.end(),
                  f"Chinese or full-width punctuation {m.group()!r} in English text: use {replacement.strip()!r}",
                  edits=(Edit(start, m.end(), replacement),), safety=safety)


_DECADE_SPLIT = LazyPattern(r"\b((?:1[0-9]|20)[0-9]0) ['’]?s\b")  # "1970 s", "1970 's"
_PREPOSITIONS = "In|in|Since|since|From|from|By|by|After|after|Before|before|Until|until|Of|of|To|to|During|during"
_YEAR_GLUED = LazyPattern(rf"\b({_PREPOSITIONS})((?:1[5-9]|20)[0-9]{{2}})\b")


@rule(
    "P105", "number-spacing", fix=Safety.SAFE,
    # A decade, or the last letter of a preposition before the first digit of a year.
    triggers=("0 s", "0 's", "0 ’s", *(p[-1] + d for p in _PREPOSITIONS.split("|") for d in "12")),
    bad=[
        ("Since the ⟦1970 s⟧, the town has changed", "Since the 1970s, the town has changed"),
        ("⟦In2006⟧, the state exempted farmers", "In 2006, the state exempted farmers"),
        ("the mills of the ⟦1990 ’s⟧ closed", "the mills of the 1990s closed"),
        ("Rice prices rose ⟦during2008⟧ and fell.", "Rice prices rose during 2008 and fell."),
    ],
    good=["In the 1980s and in 2006 it changed.", "The A4 sheet and the MP3 file; Win2000 s are old.",
          "the 1990's style and 1990s music", "Driving2010 was a show."],
)
def number_spacing(ctx: Context) -> Iterator[Hit]:
    """A decade split from its "s" ("1970 s") or a year glued to the word before it ("In2006").

    Chinese writes 20世纪80年代 and 2006年 with no spaces; converters and MT split or join the
    English wrongly ("1970 s", "1970 ’s", "during2008"). Only decades (a four-digit year ending
    in 0) and years after a preposition are touched, so product names ("MP3", "Win2000") pass. The fix joins or splits them.
    """
    # "1970 s": the year starts 3 before "0 s"; "In2006": the preposition 1, 3, 4 or 5 before its last letter.
    for m in ctx.matches("P105", _DECADE_SPLIT, offsets=(-5, -4, -3, -1)):  # "1980 's": 0 before the space too
        yield Hit(m.start(), m.end(), f"decade written {m.group()!r}", replacement=m.group(1) + "s")
    for m in ctx.matches("P105", _YEAR_GLUED, offsets=(-5, -4, -3, -1)):
        yield Hit(m.start(), m.end(), f"year glued to {m.group(1)!r}", replacement=f"{m.group(1)} {m.group(2)}")


# A straight quote after or before a word, punctuation or space (the literal first, so it is found fast).
_STRAIGHT = LazyPattern(r'"(?:(?<=[\w.,;:!?\s(]")|(?=[\w\s.,;:!?)]))')


_CURLY = LazyPattern("[“”]")
# A straight double quote that quotes nothing: escaped, or a token of its own between spaces or
# brackets ('double quote " and', '(")', 'quotes, ", in'); a closing quote after a full stop is
# no such token.
_CITED_QUOTE = LazyPattern(r'\\"|(?<=[\s(])"(?=[\s),]|$)')
_WRAP_WIDTH = 100


def _wrapped(text: str, lines: list, n: int) -> bool:
    """Whether line n belongs to a hard-wrapped paragraph (short lines with text around them)."""
    if lines[n].end - lines[n].start >= _WRAP_WIDTH:
        return False
    neighbours = [lines[i] for i in (n - 1, n + 1) if 0 <= i < len(lines)]
    if not any(text[s.start:s.end].strip() for s in neighbours):
        return False
    # A scraped page puts each paragraph on its own line, one under the other: a line that ends
    # a sentence below a line that ends one is a paragraph of its own, not part of a wrapped one.
    before = text[lines[n - 1].start:lines[n - 1].end].rstrip() if n else ""
    own = text[lines[n].start:lines[n].end].rstrip()
    return not (own.endswith(_PARAGRAPH_ENDS) and not own.endswith(("..", "…"))  # "...": a title cut short
                and (not before or before.endswith(_PARAGRAPH_ENDS)))


_PARAGRAPH_ENDS = (".", "!", "?", "。", "！", "？")


@rule(
    "P106", "unbalanced-quotes", triggers=('"', "”"),
    bad=[
        'He said: ⟦"⟧I have a set of "Fu Zhi" and a set of "County Chronicles", recorded in detail.',
        'Of the "Town Records" he said: ⟦"⟧We keep a copy of "Old Streets" and one of "River Works".',
        "the history is recorded in detail. ⟦”⟧",
        'The plan was adopted.\nThe bureau issued the ⟦"⟧Rules on Village Roads.\nThe rules took effect.',
    ],
    good=[
        'He said "yes" and "no" in turn.',
        "“Lucid waters” and ‘lush mountains’ are assets.",
        'A line that holds a " sign, or a quote (") in brackets, or \\" escaped, is read as it is.',
    ],
)
def unbalanced_quotes(ctx: Context) -> Iterator[Hit]:
    """Quotation marks that do not pair up within a paragraph.

    Chinese uses “” for quotations and 《》 for titles; machine translation turns both into
    straight double quotes, so a quotation that contains a title comes out as nested double
    quotes ("… "Lanting Ji Xu" …") with one mark left over, and a curly closing ” is left without
    its opening mark. Flagged per unwrapped line (a paragraph on one line, as MT output has it;
    hard-wrapped text is skipped, since a quotation may run across its lines): an odd number of
    straight double quotes (the first is marked), or a curly closing quote with no opening one
    before it. A human decides which quote was meant.
    """
    text = ctx.text
    lines = ctx.doc.lines()
    for n in ctx.line_numbers("P106"):
        line = lines[n]
        # Most lines pair their quotes: an even number of straight ones and no closing curly one
        # is decided without copying the line or running a pattern.
        odd = text.count('"', line.start, line.end) % 2 == 1
        closing = text.find("”", line.start, line.end) != -1
        if not (odd or closing) or _wrapped(text, lines, n):
            continue  # nothing to pair, or a hard-wrapped paragraph: quotations may run across lines
        segment = text[line.start:line.end]
        if odd and (segment.count('"') - len(_CITED_QUOTE.findall(segment))) % 2 == 0:
            odd = False  # 'a " symbol', '(")', '\"': the mark named, not a quotation
        straight = [m.start() for m in _STRAIGHT.finditer(segment)] if odd else []
        if odd and segment.count('"') == len(straight):
            # A quotation opened after a colon (speech: 'said: "...') that holds quoted titles is
            # where the nesting broke; otherwise the first mark is as good a guess as any.
            spoken = [at for at in straight if segment[max(0, at - 2):at].rstrip().endswith(":")]
            at = line.start + (spoken[0] if spoken else straight[0])
            yield Hit(at, at + 1, "unbalanced double quotes on this line")
        depth = 0
        for m in _CURLY.finditer(segment) if closing else ():
            if m.group() == "“":
                depth += 1
            elif depth == 0:
                yield Hit(line.start + m.start(), line.start + m.end(), "closing quote ” without an opening “")
            else:
                depth -= 1


_ODD_SPACE = LazyPattern("[\u3000\u200b\u200c\u200d\u2060\ufeff]+|\u00a0{2,}")
_SINGLE_NBSP = LazyPattern("\u00a0")


@rule(
    "P107", "odd-space", fix=Safety.SAFE,
    bad=[
        ("the river chief system⟦\u3000⟧has been implemented", "the river chief system has been implemented"),
        ("the county⟦\u200b⟧ and town", "the county and town"),
        ("Up to now,⟦\u00a0\u00a0⟧the work", "Up to now, the work"),
        ("the⟦\u00a0⟧county⟦\u00a0⟧office⟦\u00a0⟧issued it", "the county office issued it"),
    ],
    good=["It costs 10\u00a0yuan.", "条块\u3000结合"],
)
def odd_space(ctx: Context) -> Iterator[Hit]:
    """An ideographic space (U+3000), a zero-width character or a run of no-break spaces in English.

    Chinese layout uses the full-width space U+3000 and web pages pad with runs of &nbsp;;
    both survive copying into English text, where they break search, wrapping and word counts.
    Zero-width spaces and joiners are invisible and do the same. A single no-break space is
    ordinary typography ("10 yuan") and passes, as do these characters between Chinese
    characters; a single no-break space between words is flagged only where a line has three or
    more, as a converter leaves one for every space. The fix writes one ordinary space (nothing
    for zero-width characters).
    """
    text = ctx.text
    for m in ctx.in_non_ascii(_ODD_SPACE):
        if m.start() == 0 and m.group() == "\ufeff":
            continue  # a byte-order mark at the start is the file's, not the text's
        if _near_chinese(text, m.start(), m.end()) or m.start() == 0 or text[m.start() - 1] == "\n":
            continue  # Chinese text, or an indent (M103's business)
        visible = any(ch in "\u3000\u00a0" for ch in m.group())
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        replacement = " " if visible and before.strip() and after.strip() else ""
        yield Hit(m.start(), m.end(), f"odd space {m.group()!r} in English text", replacement=replacement)
    # A no-break space between every word (a converter's &nbsp; for each space): three or more
    # single ones between letters on a line, where typography puts one in "10 yuan" at most.
    lines: dict[int, list[int]] = {}
    for m in ctx.in_non_ascii(_SINGLE_NBSP):
        if not (text[m.start() - 1:m.start()].isalpha() and text[m.end():m.end() + 1].isalpha()):
            continue  # between letters only: "10\u00a0yuan" and runs are handled above
        line = text.rfind("\n", 0, m.start())
        lines.setdefault(line, []).append(m.start())
    for positions in lines.values():
        if len(positions) >= 3:
            for at in positions:
                yield Hit(at, at + 1, "no-break space between words: a converted &nbsp;", replacement=" ")


# A list number at a line start glued to its item ("1.Fix", "2.Update") or followed by a comma
# for the enumeration comma 、 ("1, Jiangwan"): the item is a capitalised word.
