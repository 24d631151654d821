"""Sentence and segment breaks: a sentence cut or joined in the wrong place."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .patterns import blank_back
from ..chinese import LazyPattern

# Words that start a clause. A proper noun may follow a lowercase word with a capital, a clause
# opener may not. Single letters ("plan A is"), months ("in May the") and names ("Will") are
# left out on purpose.
_OPENERS = (
    "The|There|This|These|Those|That|Their|They|Its|It|We|Our|He|She|His|Her|In|On|At|For|With|"
    "By|From|To|Of|And|But|Or|As|Is|Are|Was|Were|Has|Have|Had|Can|Could|Would|Should|Must|"
    "Some|Many|Certain|Such|All|Each|Every|If|When|While|Since|Although|Because|Thus|"
    "Therefore|However|Which|What|Who|How|Why|Where|Only|Not|An"
)
# After a comma, words that open a clause but may follow a lowercase word in English ("the talks
# Under way", "a Before picture" are rare, "cities Among them" is not: B101 leaves them alone).
_COMMA_OPENERS = _OPENERS + (
    "|Among|During|After|Before|Under|Through|According|Then|Meanwhile|Moreover|Furthermore|"
    "Besides|Once|Unless|Whether|Upon|Despite|Please")
# stdlib re (quick to import and compile, which start-up needs): Latin lower and upper case.
_LOW, _UP = "a-z\u00df-\u00f6\u00f8-\u00ff", "A-Z\u00c0-\u00d6\u00d8-\u00de"
# The whole previous word must be lowercase; the opener is group 1.
# The opener (group 1) before a lowercase word, or a preposition that opens a clause before a
# year or a date ("the plan for 2023 In 2023, the bureau", "Basic facts In March 2021, the":
# a heading run into its first sentence).
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_OPENER_THEN = (rf"((?:{_OPENERS})(?=[ ]+[{_LOW}])|(?:In|On|Since|From|By)(?=[ ]+(?:(?:1[5-9]|20)\d\d(?:,|[ ]+[{_LOW}])"
                rf"|(?:{_MONTH_NAMES})[ ]+\d)))")
_AFTER_WORD = LazyPattern(rf"\b[{_LOW}][{_LOW}'’-]*[ ]+{_OPENER_THEN}")
_AFTER_YEAR = LazyPattern(rf"(?<![\d.,:/-])(?:1[5-9]|20)\d\d[ ]+{_OPENER_THEN}")
_AFTER_NAME = LazyPattern(rf"\b[{_UP}][{_LOW}]+[ ]+(The|There|This|These|Their|They|We|It)(?=[ ]+[{_LOW}]+[ ,])")
_SENTENCE_START = LazyPattern(r"[.!?:;]\s")
_PREPOSITIONS = ("In the ", "During the ", "After the ", "Before the ", "Under the ", "At the ", "On the ", "From the ")
_LOWER_WORD = LazyPattern(rf"\b[{_LOW}]{{2,}}\b")
# After a closing quotation mark that ends a lowercase word ('the "safe cities" The plan'); a
# number may follow the opener there ("The 2023 guidelines"). Straight quotes are checked to close.
_AFTER_QUOTE = LazyPattern(rf"(?<=[{_LOW}])([\"”])[ ]+({_OPENERS})(?=[ ]+[{_LOW}\d])")
_AFTER_COMMA = LazyPattern(rf"(?:\b[{_LOW}][{_LOW}'’-]*|\b(?:1[5-9]|20)\d\d|(?<=[^`\s])`),[ ]+({_COMMA_OPENERS})(?=[ ]+[{_LOW}])")
# Triggers: the opener between spaces (all openers of _AFTER_NAME are openers too) after what
# ends the word before it, the patterns tried only at that word's start. For B101 that is a
# lowercase letter, an apostrophe or hyphen (a NUL: any non-ASCII letter or "’", as triggers are
# found in the byte view), or a space (more than one between the words); for B102 a comma or a
# space. Most openers follow a full stop, which the triggers so skip.
_DETERMINERS = frozenset("The|This|These|Those|That|Their|Its|Our|His|Her|Some|Many|Certain|Such|All|Each|Every|An|Which|What".split("|"))
_OPENER_TRIGGERS = tuple(" " + o + " " for o in _OPENERS.split("|"))
_B101_TRIGGERS = tuple(c + t for c in "abcdefghijklmnopqrstuvwxyz'-\0 0123456789\"" for t in _OPENER_TRIGGERS)
_B102_TRIGGERS = tuple(c + " " + o + " " for c in ", " for o in _COMMA_OPENERS.split("|"))
_WORD_CHARS = frozenset("".join(chr(c) for c in (*range(97, 123), *range(0xDF, 0xF7), *range(0xF8, 0x100))) + "'’-")


def _word_before(text: str, space: int, mark: str = "") -> list[int]:
    """Where a match may start whose opener follows the space at `space`: at the capital just
    before the lowercase word before the spaces (and `mark` after it), at that word's start, or
    after an apostrophe or hyphen in it (where a word boundary can be)."""
    end = space
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if mark:
        if text[end - 1:end] != mark:
            return []
        end -= 1
    start = end
    inner = []
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
        if text[start] in "'’-":
            inner.append(start + 1)
    return [max(start - 1, 0), start, *inner]


WORD_EDGE = "\"'“”‘’`()[],;:.!?"  # around a word: quotation marks, brackets and punctuation


@functools.cache
def word_list(*names: str) -> frozenset[str]:
    """lexicons/NAME.txt for each name, joined (read on first use: start-up does not pay)."""
    from .. import lexicon

    return frozenset().union(*(lexicon.words(name) for name in names))


def word_alternation(name: str) -> str:
    """The entries of lexicons/NAME.txt as a regex alternation, longest first, a space matching
    any run of blanks: for a rule's pattern built on first use (LazyPattern with a function)."""
    return "|".join(re.escape(w).replace(r"\ ", "[ \t]+") for w in sorted(word_list(name), key=len, reverse=True))


def reference_before(text: str, start: int) -> bool:
    """Whether the words before `start` end with a cross-reference ("see", "described in"), after
    which documentation names a section by its sentence-case title (lexicons/cross-reference-words)."""
    words = text[max(0, start - 40):start].lower().replace("(", " ").split()[-2:]
    phrases = word_list("cross-reference-words")
    return bool(words) and (words[-1] in phrases or " ".join(words) in phrases)


def label_after(words: list[str]) -> bool:
    """Whether the words after a capitalised word say it names a part of a format or interface:
    "the Subject line", "the File menu)", "the Date control field", "the Version cookie-attribute"
    (lexicons/identifier-nouns and label-nouns)."""
    nouns = word_list("identifier-nouns", "label-nouns")
    first = [w.strip(WORD_EDGE).lower().removesuffix("'s").removesuffix("’s") for w in words[:2]]
    if not first:
        return False
    if first[0] in nouns or first[0].rsplit("-", 1)[-1] in nouns and "-" in first[0]:
        return True
    return len(first) == 2 and first[0].isalpha() and first[1] in nouns and words[0][-1:].isalpha()


@rule(
    "B101", "capital-mid-sentence", triggers=_B101_TRIGGERS,
    bad=[
        "while in some towns it has ⟦There⟧ is much waste of land",
        "with typical ⟦The⟧ main kinds of crops are as follows",
        "the firms must accept both ⟦The⟧ guidance of the district bureaus",
        "the duties of the Town Water Affairs Office ⟦The⟧ weak fulfilment of duties",
        "During the Yuan Dynasty ⟦The⟧ tea trade grew",
        "the mill has run since 1998 ⟦From⟧ the start it made cloth",
        "Main tasks carried out ⟦In⟧ 2024, the county paved roads",
        "Plans for 2025 ⟦In⟧ 2025, the mill will add a loom",
        "Course of the dispute ⟦On⟧ June 3 2022 the buyer paid half",
        'the fields of "clean water" ⟦The⟧ 2025 guidelines for them were issued',
    ],
    good=[
        "We visited The Hague in spring.",
        "She reads the newspaper The Guardian daily.",
        "Blood of type A is common.",
        "It was agreed in May the year before.",
        "Study On The Self-management Of Rural Cooperatives",
        "We met in London. They left for Paris The next day.",
        "Report Of The Committee On The work of the year",
        'he called it "the one" and left',
        "for the details, see The testing branch.",
        "copy the address to the From header of the mail",
        "the song In 2000 Years was a hit",
    ],
)
def capital_mid_sentence(ctx: Context) -> Iterator[Hit]:
    """A capitalised clause opener ("There", "The", "Their") right after a lowercase word.

    Machine translation of Chinese works segment by segment; where the Chinese sentence was cut in
    the wrong place, a new English sentence starts in the middle of the old one: "it has There is
    a lot of arbitrariness". Only words that open a clause and are followed by a lowercase word are
    flagged, so titles and proper names ("the newspaper The Guardian", "The Hague") pass. The
    sentence needs rewriting, so there is no automatic fix.
    """
    text = ctx.text
    before: dict[int, list[int]] = {}  # both patterns are tried at the same starts: find them once

    def starts(trigger: int) -> list[int]:
        space = trigger + 1  # the trigger starts with the character before the space
        if space not in before:
            before[space] = _word_before(text, space)
        return before[space]

    for m in ctx.matches("B101", _AFTER_WORD, starts):
        if not _title_or_label(text, m.start(), m.start(1), m.end(1)):
            yield Hit(m.start(1), m.end(1),
                      f"sentence broken here: capitalised {m.group(1)!r} follows a lowercase word")
    for m in ctx.matches("B101", _AFTER_QUOTE, offsets=(0,)):
        mark = m.group(1)
        closes = mark == "”" or text.count('"', text.rfind("\n", 0, m.start()) + 1, m.start()) % 2 == 1
        if closes and not _title_or_label(text, m.start(), m.start(2), m.end(2)):
            yield Hit(m.start(2), m.end(2),
                      f"sentence broken here: capitalised {m.group(2)!r} follows a closing quotation mark")
    for m in ctx.matches("B101", _AFTER_YEAR, offsets=(-3,)):
        yield Hit(m.start(1), m.end(1),
                  f"sentence broken here: capitalised {m.group(1)!r} follows a year")
    # The sentence so far is followed from match to match (they come in order), so that text
    # is read once however long the line: where the sentence starts, and its lowercase words.
    line_starts = ctx.doc.line_starts
    sentence_start = scanned = words = 0
    for m in ctx.matches("B101", _AFTER_NAME, starts):
        # "the Town Water Affairs Office The weak fulfilment": after a name, only when the
        # sentence so far has lowercase words, so title-case headings pass.
        line_start = line_starts[bisect.bisect_right(line_starts, m.start()) - 1]
        if line_start > sentence_start:
            sentence_start = scanned = line_start
            words = 0
        # From one character back: a sentence end may straddle where the last search stopped.
        for end in _SENTENCE_START.finditer(text, max(sentence_start, scanned - 1), m.start()):
            sentence_start = scanned = end.end()
            words = 0
        words += sum(1 for _ in _LOWER_WORD.finditer(text, scanned, m.start()))
        scanned = m.start()  # a word boundary: no word is counted twice
        # "During the Ming Dynasty The salt trade": a sentence that opens with a preposition and
        # "the" before the name is no heading either.
        opened = words >= 1 and text.startswith(_PREPOSITIONS, sentence_start)
        if (words >= 3 or opened) and not _title_or_label(text, m.start(), m.start(1), m.end(1)):
            yield Hit(m.start(1), m.end(1),
                      f"sentence broken here: capitalised {m.group(1)!r} in the middle of a sentence")


def _title_or_label(text: str, start: int, opener: int, end: int) -> bool:
    """Whether a capitalised opener that follows the word at `start` begins a title or a label
    in native documentation: after a cross-reference ("see The testing distribution"), before a
    label noun ("the From header"), or after a web address, which ends a sentence without a full
    stop ("at example.net This is")."""
    if start and text[start - 1] in "./":
        return True
    if reference_before(text, opener):
        return True
    # A determiner ("The", "This") is no label itself: "X The file is" stays a break.
    return text[opener:end] not in _DETERMINERS and label_after(text[end:end + 40].split()[:2])


@rule(
    "B102", "capital-after-comma", triggers=_B102_TRIGGERS,
    bad=[
        "While protecting the rights of the tenants, ⟦Certain⟧ gains have been made",
        "there are no rules, ⟦There⟧ is only practice",
        "the town kept eleven old wells, ⟦Among⟧ them the Well of the Dragon",
        "if the lights fail, ⟦Please⟧ use the stairs",
        "In 2019, ⟦The⟧ mill added a dye house",
        "Edit the file `app.conf`, ⟦Then⟧ restart the service",
    ],
    good=[
        "However, The Times disagreed.",
        "In 1999, the city freed shopkeepers from the fee.",
        "In 1999, The Times moved.",
        "He said, “This is fine.”",
        "in the final, After Dark won by a length",
    ],
)
def capital_after_comma(ctx: Context) -> Iterator[Hit]:
    """A capitalised clause opener after a comma that follows a lowercase word ("tenants, Certain")
    or a year ("In 2019, The mill") or a code span ("`app.conf`, Then restart").

    The same segment-by-segment translation that causes B101 also capitalises the first word of
    the second half of a Chinese sentence joined by a comma. Proper names after a comma pass,
    because the word after the opener must be lowercase.
    """
    text = ctx.text
    for m in ctx.matches("B102", _AFTER_COMMA, lambda s: (*_word_before(text, s + 1, ","), s - 4, s - 1)):  # a year, a code span
        yield Hit(m.start(1), m.end(1),
                  f"sentence broken here: capitalised {m.group(1)!r} after a comma")


# A mark, or a run of them (blanks between), at a line start; a full stop not of "..." or ".5".
_MARK = r"(?:[,;:]|\.(?![.\d]))"
_LINE_START_MARK = LazyPattern(rf"(?m)^[ \t]*({_MARK}(?:[ \t]*{_MARK})*)(?=[ \t]*(?:\S|$))")


# After a full stop opening a line: the end of the line, or a file name, path or troff request
# glued to it (".gz", "./configure", ".git/refs", ".(z"), not a sentence.
_NOT_A_SENTENCE_AFTER_DOT = LazyPattern(r"[ \t]*(?:\r?\n|\Z)|[a-z0-9_/.(]")
_COMMENT_COLUMN = LazyPattern(r"(?m)^[ \t]*;;.*\n[ \t]*;;")  # two lines running that open with ";;"
_RST_FIELD = LazyPattern(r"[^\s:`]+:")  # ":maxdepth: 1", ":orphan:", ":ref:`x`"
_RST_MARKUP = LazyPattern(r"[ \t]+(?:[\w-]+::|_[^\n:]+:|\[[^\]\n]+\]|\|[^|\n]+\|)")


@rule(
    "B103", "line-starts-with-punctuation", fix=Safety.UNSAFE, markdown=False,
    triggers=tuple(c + m for c in " \t\n" for m in ",;:."),
    bad=[
        ("Li Mingfang, a farmer of Gaotang\n\n⟦:⟧ The harvest is good.", "Li Mingfang, a farmer of Gaotang: The harvest is good."),
        ("where the workshop is sited\n⟦,⟧ the guidance of the district bureaus", "where the workshop is sited, the guidance of the district bureaus"),
        ("⟦.⟧Additional fines may be set on their own.", "Additional fines may be set on their own."),
        ("⟦;;;⟧ residue of a cut sentence", "residue of a cut sentence"),
    ],
    good=["... and so it went on.", ".5 of the total is spent.", "It went on\n. . . and on.",
          "License: GPL-2+\n This program is free software.\n .\n It comes with no warranty.",
          "Build it the usual way:\n./configure && make\nIt reads .gz, .bz2 and\n.xz files.",
          "Contents\n\n.. toctree::\n   :maxdepth: 1\n\n.. _install:\n",
          "The end.\n\n;; Local Variables:\n;; coding: utf-8\n;; End:\n"],
)
def line_starts_with_punctuation(ctx: Context) -> Iterator[Hit]:
    """A line or paragraph that starts with a comma, colon, semicolon or full stop.

    Segmenting Chinese for translation sometimes cuts before a mark, so the mark starts the next
    segment: a speaker's name on one line and ": The harvest ..." on the next. The fix joins
    the line to the one before it; it is unsafe because a human should check the two belong
    together. A full stop alone on its line (the blank line of a Debian copyright file) or glued
    to a file name or path (".gz", "./configure"), reStructuredText's ".. name::" markup and a
    Lisp comment column (";;" opening several lines running) pass.
    """
    text = ctx.text
    for m in ctx.at_line_starts("B103", _LINE_START_MARK):
        marks = m.group(1)
        if len(marks) >= 5 and set(marks) <= set(". \t"):
            continue  # a spaced ellipsis ". . ."
        if marks == "." and _NOT_A_SENTENCE_AFTER_DOT.match(text, m.end()):
            continue  # a lone "." line (a Debian copyright file's blank line), ".gz", "./configure", ".git/"
        if (marks == ".." and _RST_MARKUP.match(text, m.end()) or marks == "::"
                or marks == ":" and _RST_FIELD.match(text, m.end())):
            continue  # ".. toctree::", ".. _target:", ":maxdepth: 1", "::": reStructuredText markup
        if marks.startswith(";;") and _COMMENT_COLUMN.search(text, max(0, m.start() - 200), m.end() + 200):
            continue  # ";; Local Variables:" over several lines: a Lisp comment
        before = blank_back(text, m.start())
        after = m.end()
        while after < len(text) and text[after] in " \t":
            after += 1
        if before == 0:
            # The text starts with the mark: the rest of its sentence was cut off with the excerpt.
            yield Hit(m.start(1), m.end(1), f"text starts with {m.group(1)!r}: residue of a cut sentence",
                      edits=(Edit(m.start(1), after, ""),))
            continue
        yield Hit(m.start(1), m.end(1), f"line starts with {m.group(1)!r}: the sentence was split here",
                  edits=(Edit(before, after, m.group(1) + " "),))


# A capitalised word between two lowercase words, tried at the lowercase word before it.
_CAPITAL_AT = LazyPattern(rb" ([A-Z][a-z]+(?:-[a-z]+)*)(?= [a-z])")  # in Document.ascii_bytes
_LOWER_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz'")
_LAST_WORD = LazyPattern(r"(?<![\w'’-])[\w'’-]+\Z")
OPENER_SET = frozenset(_OPENERS.split("|"))
COMMA_OPENER_SET = frozenset(_COMMA_OPENERS.split("|"))  # B102's words
_CAPITALISED = LazyPattern(r"\b(?:I|[A-Z][a-z]*[A-Z]?\w*)\b")
_NEAR = 3  # words on each side in which another capital makes a title or a name


@functools.lru_cache(maxsize=4096)
def common_word(word: str) -> int:
    """What English alone says of a capitalised `word`: 0 a name or rare word, 1 a word common
    enough only if the document also writes it in lower case, 2 a common word."""
    from .. import lexicon

    lowered = word.lower().split("-")[0]  # "Self-sufficiency": the first part decides
    if lowered in lexicon.words("capitalised-words"):
        return 0
    frequency = lexicon.zipf(lowered)
    if frequency < 3.0:
        return 0
    if frequency < 4.5 and lexicon.pinyin_syllables(word):
        return 0  # a Chinese place or personal name ("Beijing", "Hangzhou")
    return 2 if frequency >= 4.0 else 1


def common_word_capitalised(ctx: Context, word: str, start: int, end: int, near: bool = True) -> bool:
    """Whether the capitalised `word` at text[start:end], mid-sentence, is a common English word
    written with a stray capital rather than a name or a title-case heading.

    A name is what English always capitalises (lexicons/capitalised-words.txt), a word rare in
    English (wordfreq), a less common word made of pinyin syllables (a Chinese name), or what the
    document itself uses as one (Document.is_name). A title-case heading has other capitals
    within three words. The cheap tests come first: most capitals in a text are names."""
    from .. import lexicon

    common = common_word(word)
    if not common:
        return False
    if word in OPENER_SET and not near:
        return True  # after a semicolon, a clause opener is never a name
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, start - 60):start].split()[-_NEAR:] if near else []
    after = text[end:min(line_end, end + 60)].split()[:_NEAR]
    if after and after[0].strip(".,;:").lower() in lexicon.words("identifier-nouns"):
        return False  # "the Dialog class": an identifier
    if any(_CAPITALISED.fullmatch(w.strip("\"'“”‘’(),;:.")) for w in (*before, *after)):
        return False
    doc = ctx.doc
    first = word.split("-")[0]
    if common == 1 and not doc.writes_lower(first):
        return False
    return not doc.is_name(word) and (first == word or not doc.is_name(first))  # "Python-based"


# A line that starts with a short title ending in a number (no sentence mark in it), then the first
# item of a numbered list on the same line: "Notes on school meals 3 1. Buy the rice".
_HEADING_INTO_LIST = LazyPattern(
    r"(?m)^[ \t]*(?=[A-Z])[^\n.!?:;,]{2,80}?[A-Za-z][ \t]+(\d{1,3})[ \t]+(1\.|\(1\)|1\))[ \t]+(?=[A-Z])")


@rule(
    "B105", "heading-run-into-list", fix=Safety.UNSAFE, triggers=(" 1. ", " (1) ", " 1) "),
    bad=[
        ("Notes on school meals ⟦3 1.⟧ Buy the rice from the county store.\n",
         "Notes on school meals 3\n1. Buy the rice from the county store.\n"),
        ("Summary of bridge repairs ⟦2 (1)⟧ Check the piers every spring.",
         "Summary of bridge repairs 2\n(1) Check the piers every spring."),
    ],
    good=["Chapter 1. Introduction", "the two hex bytes 00 01. However, most do not",
          "Scores were 7, 3 1. Then it rained.", "Table 4 2. Values of the constants",
          "We bought 20 of them. 1. Open the box."],
)
def heading_run_into_list(ctx: Context) -> Iterator[Hit]:
    """A numbered title run into the first item of its list: "Report on the roads 1 1. Repair".

    Chinese pages number a series of essays or sections ("... summary 1", "... summary 2") and
    each starts a numbered list; where conversion drops the line break after the title, the
    title's number and the list's "1." stand side by side on one line. English never writes a
    bare number followed by "1." and a capital inside a sentence, and a title without sentence
    marks before them makes the line a heading. The fix puts the list on its own line; unsafe,
    as the title may want rewording.
    """
    for m in ctx.at_line_starts("B105", _HEADING_INTO_LIST):
        yield Hit(m.start(1), m.end(2), "a numbered title runs into the first item of its list",
                  edits=(Edit(m.end(1), m.start(2), "\n"),))


# A closing quotation mark after a lowercase letter, one space, and a capitalised word before a
# lowercase one. The triggers are the mark, the space and the capital (NUL: the curly mark).
_QUOTE_THEN_CAPITAL = LazyPattern(rf"(?<=[{_LOW}])([\"”]) ([{_UP}][{_LOW}]+)(?= [{_LOW}])")
_QUOTE_TRIGGERS = tuple(q + " " + c for q in ('"', "\0") for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@rule(
    "B108", "capital-after-closing-quote", triggers=_QUOTE_TRIGGERS, reads=("B104",),
    bad=[
        'raise the staff\'s "safety first, service foremost" ⟦Awareness⟧ and skill',
        'the village ran its “clean homes, green fields” ⟦Campaign⟧ for a year',
    ],
    good=[
        'It returns a "new" Python object.',
        'a vendor offering a "FIPS compliant" Python build',
        'the "relaxed, simple" Screen instance',
        'He said "come in, sit down" and Mary came in.',
        'They sang "row, row your boat" Every child knew it.',
        'the "read, eval, print" Loop class of the shell',
    ],
)
def capital_after_closing_quote(ctx: Context) -> Iterator[Hit]:
    """A common word capitalised right after a quoted slogan in the middle of a sentence: 'the
    staff's "safety first, service foremost" Awareness and skill'.

    Chinese quotes a slogan inside a noun phrase (“安全第一，服务至上”意识); machine translation
    translates the slogan as a segment of its own and starts the rest of the phrase with a
    capital. English capitalises a word after a closing quotation mark only for a name, a title or
    a new sentence. So the quotation must hold two words or more (a quoted word before a name, 'a
    "new" Python object', is English), the capitalised word must be a common English word that
    is no name of the document and has no capitalised word near it (as B104 decides, which
    leaves "Python", "Debian" and title-case headings alone), and a lowercase word must follow.
    Where B104 has reported the word already, B108 says nothing more. The phrase needs
    rewording, so there is no fix.
    """
    text = ctx.text
    stray = None  # the words B104 reported, found once the first candidate comes
    for m in ctx.matches("B108", _QUOTE_THEN_CAPITAL, offsets=(0,)):
        mark, word = m.group(1), m.group(2)
        opening = text.rfind("“" if mark == "”" else '"', max(0, m.start() - 200), m.start())
        if opening == -1 or " " not in text[opening:m.start()].strip() or "\n" in text[opening:m.start()]:
            continue  # no opening mark on the line, or one quoted word
        if mark == '"' and text.count('"', text.rfind("\n", 0, m.start()) + 1, m.start()) % 2 == 0:
            continue  # the straight mark opens a quotation
        if word in OPENER_SET or not common_word_capitalised(ctx, word, m.start(2), m.end(2)):
            continue  # an opener is B101's
        if stray is None:
            stray = {f.start for f in ctx.found or () if f.code == "B104"}
        if m.start(2) in stray:
            continue  # B104 reports it already (when it runs: B108 reads its findings)
        yield Hit(m.start(2), m.end(2),
                  f"capitalised {word!r} after a closing quotation mark in the middle of a sentence")
