"""Stray capitals: a common English word capitalised in the middle of a sentence (B104).

Kept apart from breaks.py (B101-B103), whose clause-opener list and frequency test it reads, for
the signals that tell a stray capital from a name, a title or a label in native English."""

from __future__ import annotations

from collections.abc import Iterator

from ..chinese import LazyPattern
from ..registry import Context, Hit, rule
from .patterns import LIST_ITEM_START
from .breaks import COMMA_OPENER_SET, OPENER_SET, WORD_EDGE, common_word, word_list, label_after, reference_before

# A capitalised word after a lowercase letter, an apostrophe, a closing quotation mark or code span
# (NUL: a non-ASCII character such as "’" or "”") and a space, searched in Document.ascii_bytes
# (offsets are the text's). It must be followed by a space and a lowercase letter; a hyphenated
# compound with a lowercase part ("Self-sufficiency") may also end a clause, as no name is written so.
# The space comes first and the character before it is looked behind at, so that the search runs
# from space to space (a pattern that starts with a lookbehind tries every position: twice slower).
_CAPITAL_AT = LazyPattern(
    rb" (?<=[a-z'\"`\x00] )([A-Z][a-z]+(?:(?:-[a-z]+)+(?=[.,;:!?)](?:\s|\Z))|(?:-[a-z]+)*(?= [a-z])))")
# The same search in the byte view with every capital made \x01 (and a \x01 made \x02): the
# pattern then starts with the two bytes " \x01", which the pattern engine looks for by itself,
# where " " alone made it try the whole pattern at every space (1.5 million in 10 MB). No other
# class of the pattern holds a capital, \x01 or \x02, so the matches are the same; the match
# is the space and the word (group 1 of _CAPITAL_AT).
_CAPITALS_AS_X01 = bytes(1 if 65 <= b <= 90 else 2 if b == 1 else b for b in range(256))
_CAPITAL_AT_MARKED = LazyPattern(
    rb" \x01(?<=[a-z'\"`\x00] \x01)[a-z]+(?:(?:-[a-z]+)+(?=[.,;:!?)](?:\s|\Z))|(?:-[a-z]+)*(?= [a-z]))")
_WORD_BYTES = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'-"  # _LAST_WORD's, in ASCII
_LAST_WORD = LazyPattern(r"(?<![\w'’-])[\w'’-]+\Z")
_CAPITALISED = LazyPattern(r"(?:I|[A-Z][a-z]*[A-Z]?\w*)(?:-\w+)*")
_RUN_BEFORE = LazyPattern(r"\b[A-Z][a-z]+ \Z")  # as Document.word_usage: "Rules Committee"
_RUN_AFTER = LazyPattern(r" [A-Z][a-z]+\b")
_NEAR = 3  # words on each side in which another capital makes a title or a name


def _closing_mark(text: str, at: int) -> bool:
    """Whether the quotation mark or backtick at text[at] closes a quotation or code span that
    holds text: '"safety first" Attitude', '`pkg@2.1` Copy'. A straight mark closes when
    an odd number of the same mark stands before it on its line."""
    mark = text[at]
    if mark in "’”":
        return True
    line_start = text.rfind("\n", 0, at) + 1
    if mark == "`" and text.startswith("#", line_start):
        return False  # a Markdown heading: "## `name` Options and flags"
    if mark == "`":
        opening = text.rfind("`", line_start, at - 1)
        if not text[line_start:opening].strip() or LIST_ITEM_START.fullmatch(text, line_start, opening):
            return False  # a term and its description: "* `allowGit` Whether to allow git deps"
    return text.count(mark, line_start, at) % 2 == 1


def _lowercase_before(text: str, scanned: bytes, start: int) -> bool:
    """Whether a lowercase word ends just before the space at `start`, possibly followed by a
    closing quotation mark ("first\" Attitude") or a code span ("`x` Add", whose content may be
    anything)."""
    previous = scanned[start - 1]
    if 97 <= previous <= 122:  # the common case, read in the byte view: "the Honest"
        space = scanned.rfind(b" ", start - 40 if start > 40 else 0, start)
        word = scanned[space + 1:start]
        if space != -1 and not word.translate(None, _WORD_BYTES):
            return word.islower()  # the word is all word characters: the search below finds it
    elif previous == 0 and text[start - 1] not in "’”":
        return False
    if text[start - 1] in "\"”`":
        if not _closing_mark(text, start - 1):
            return False
        if text[start - 1] == "`":
            return True
        start -= 1
    before = _LAST_WORD.search(text, max(0, start - 40), start)
    return bool(before) and before.group().islower()


def _name_in_prose(ctx: Context, word: str) -> bool:
    """Whether the document uses `word` as a name (as Document.is_name: capitalised twice or more
    and never in lower case, defined in quotation marks, capitalised after a lowercase word twice
    or more, or inside a run of capitalised words), where the last two count only outside title-case lines: in "Report on
    Honest Service Work" every word of a heading is capitalised, so it says nothing of "Honest"
    in the text below."""
    lower, capitals, mid, run = ctx.doc.word_usage(word)
    if capitals >= 2 and not lower or ctx.doc.defines(word):
        return True  # always capitalised, or a term defined in quotation marks (the "Software")
    if mid < 2 and not run:
        return False
    text = ctx.text
    at, seen, mid = text.find(word), 0, 0
    while at != -1 and seen < 64:  # as Document.word_usage, the first 64 occurrences decide
        end = at + len(word)
        if not text[end:end + 1].isalnum() and not text[at - 1:at].isalnum():
            seen += 1
            if not _title_line(text, at):
                if _RUN_BEFORE.search(text, max(0, at - 30), at) or _RUN_AFTER.match(text, end):
                    return True
                before = text[max(0, at - 2):at]
                mid += len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] == ",")
                if mid >= 2:
                    return True
        at = text.find(word, end)
    return False


def _title_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is a heading or title: a Markdown heading, most of its words
    capitalised, or a short line that does not end a sentence."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    words = [w for w in (w.strip(WORD_EDGE) for w in line.split()) if w[:1].isalpha()]
    if line.startswith("#") or sum(w[0].isupper() for w in words) * 2 > len(words):
        return True
    return len(words) <= 12 and not line.endswith((".", "!", "?", ";", ":", ","))


def _code_name(ctx: Context, word: str) -> bool:
    """Whether the document writes `word` as a code identifier somewhere: after a dot
    ("multiprocessing.Manager"), before a call or an attribute ("Manager()", "Manager.start"),
    in a code span (`Manager`), "Manager::" or "<Manager>". The capitalised word's occurrences are
    visited in the byte view (one pass, where a search for each form would be one pass each), the
    first 1,000 deciding, as a word used that often has shown how it is used."""
    scanned, key = ctx.doc.ascii_bytes, word.encode("ascii")
    size = len(key)
    at, seen = scanned.find(key), 0
    while at != -1 and seen < 1000:
        seen += 1
        before, after = scanned[at - 1:at] if at else b"", scanned[at + size:at + size + 2]
        if before == b"." or after[:1] == b"(" or after == b"::" or before + after[:1] in (b"``", b"<>"):
            return True
        if after[:1] == b"." and after[1:].islower():
            return True
        at = scanned.find(key, at + size)
    return False


def identifier_before(words: list[str]) -> bool:
    """Whether the word before a capitalised word says it is a code identifier: "the exception
    Error", "the helper class Shape" (lexicons/identifier-nouns)."""
    return bool(words) and words[-1].lower() in word_list("identifier-nouns")


def _near_capital(before: list[str], after: list[str]) -> bool:
    """Whether another capitalised word stands within three words: a title-case heading or a name.
    An all-capitals acronym counts only next to the word or joined to it by "and", "or" or "of"
    ("SVG and Canvas", "West of UTC"): "the ETL pipeline Fits in" is not a name."""
    tokens = [*before, "", *after]  # "" stands for the word itself
    here = len(before)
    for index, token in enumerate(tokens):
        bare = token.strip(WORD_EDGE)
        if not bare or not _CAPITALISED.fullmatch(bare):
            continue
        if len(bare) < 2 or not bare.replace("-", "").isupper() or abs(index - here) == 1:
            return True
        between = tokens[min(index, here) + 1:max(index, here)]
        if len(between) == 1 and between[0] in ("and", "or", "&", "of"):
            return True
    return False


def _may_be_stray(word: str) -> bool:
    """What English alone says: a common word (breaks.common_word) that is no clause opener
    (those are B101's)."""
    return word not in OPENER_SET and bool(common_word(word))


def _used_as_name(ctx: Context, word: str) -> bool:
    """What the document says of `word`: a less common word may be stray only if the document
    also writes it in lower case, and no word the document uses as a name may."""
    first = word.split("-")[0]
    if common_word(word) == 1 and not ctx.doc.writes_lower(first):
        return True
    return _name_in_prose(ctx, word) or first != word and _name_in_prose(ctx, first)  # "Python-based"


@rule(
    "B104", "capitalised-common-word",
    bad=[
        "the inspectors must ⟦Ensure⟧ the safety of every site",
        "the county office ⟦Carried⟧ out checks in every village",
        "we set up a ⟦New⟧ mechanism for the handling of complaints",
        "to raise the pupils' ⟦Honest⟧ conduct in every school",
        "the drive for agricultural ⟦Self-sufficiency⟧. Next year",
        "the \"quality first, service first\" ⟦Attitude⟧ of the staff",
        "the node joins the OA pipeline ⟦Fits⟧ in well",
        "Summary of Honest Conduct Work\nWe praised honest pupils and raised the pupils' ⟦Honest⟧ conduct.",
    ],
    good=[
        "She spoke English at home and Spanish at work.",
        "the Rules Committee met, and the Rules were changed by the committee",
        "Report on the Work of the Government",
        "the meeting on Monday was short",
        "install it with the Debian package tools",
        "the title is given on the Subject line of the mail",
        "for the details, see Building a package from source.",
        "a manager object returned by Manager holds objects; call multiprocessing.Manager() first",
        "the bracket rule is a Self-Help Group rule",
        "he said \"Not now.\" Ensure it is done",
        "the panel asked the Government to reply within sixty days",  # the body, cut short to its noun
        "Copies of this manual (the \"Guide\") may be made freely,\nprovided the Guide is not sold\nfor profit. The guide is free.",
        "* `keepAlive` Whether idle sockets stay open",  # a term, then its description
        "the county's township Party secretaries met in the spring",
    ],
)
def capitalised_common_word(ctx: Context) -> Iterator[Hit]:
    """A common English word capitalised in mid-sentence: "we must Ensure the", "a New mechanism".

    Chinese has no letter case. Machine translation capitalises a word where it took the word for
    the start of a segment, or for part of a name it was not: any word, not only clause openers
    (B101). English capitalises a word inside a sentence only for a name, a title or a label, so
    the word is flagged when it follows a lowercase word (or a closing quotation or code span) and
    comes before one, is common in English (wordfreq; a less common one only if the document
    writes it in lower case elsewhere), is not one English always capitalises
    (lexicons/capitalised-words.txt) nor a Chinese name (pinyin syllables), and the document does
    not use it as a name (Document.is_name, with runs of capitals in title-case lines left out)
    nor as a code identifier ("pool.Manager"). Native documentation also capitalises a title after
    "see" (lexicons/cross-reference-words.txt), a label before "line" or "menu"
    (lexicons/label-nouns.txt), words of a title-case heading or name within three words, and a
    body cut short to its noun after "the" or before its people ("the Government", "township Party
    secretaries": lexicons/institution-nouns.txt, institution-staff-nouns.txt): all pass. A human decides between lower case and a sentence break, so there is no fix.
    """
    text = ctx.text
    # One pattern over the ASCII view of the text (a NUL for each other character): cheaper than
    # a trigger for every "x Y" pair, which would fire on every name in mid-sentence. What the
    # document says of a word is worked out once per word.
    scanned = ctx.doc.ascii_bytes
    english: dict[bytes, str | None] = {}  # the word, if English alone lets it be a stray capital
    named: dict[str, bool] = {}  # whether the document uses it as a name
    code: dict[str, bool] = {}  # whether the document writes it as code: asked only before a hit
    for m in _CAPITAL_AT_MARKED.finditer(scanned.translate(_CAPITALS_AS_X01)):
        found = scanned[m.start() + 1:m.end()]  # the word, as _CAPITAL_AT's group 1
        word = english.get(found, False)
        if word is False:
            word = found.decode("ascii")
            english[found] = word = word if _may_be_stray(word) else None
        if word is None or not _lowercase_before(text, scanned, m.start()):
            continue  # most capitals in a text are names, and stop at one of these two tests
        # What the words around say is asked before what the whole document says: the first is
        # a look at one line, the second a pass over the text per word (Document.word_usage), which
        # most words, never stray anywhere, need not pay for.
        is_name = named.get(word)
        if is_name:
            continue
        start, end = m.start() + 1, m.end()
        if not _stray_here(text, start, end):
            continue
        if is_name is None:
            named[word] = is_name = _used_as_name(ctx, word)
            if is_name:
                continue
        if word not in code:
            code[word] = _code_name(ctx, word)
        if not code[word]:
            yield Hit(start, end, f"{word!r} capitalised in mid-sentence: lower case or a sentence break?")


def _starts_sentence(text: str, line_start: int, start: int, count: int) -> bool:
    """Whether the first of the `count` words before `start` begins its sentence (a line start or
    a sentence mark and a space before it)."""
    head = text[line_start:start].rstrip().rsplit(None, count)
    if len(head) <= count:
        return True  # the words are the first of the line
    return head[0].endswith((".", "!", "?", ":", ";"))


def _institution_named(text: str, start: int, end: int) -> bool:
    """"the Government", "village Party secretaries": native official, legal and China writing
    capitalises a body cut short to its noun (lexicons/institution-nouns.txt) after "the" or
    before the name of its people or organs (lexicons/institution-staff-nouns.txt)."""
    if text[start:end].lower() not in word_list("institution-nouns"):
        return False
    if text.endswith(("the ", "The "), 0, start):
        return True
    after = text[end:end + 30].split(None, 1)
    return text.startswith(" ", end) and bool(after) and after[0].rstrip(".,;:") in word_list("institution-staff-nouns")


def _stray_here(text: str, start: int, end: int) -> bool:
    """What the words around one occurrence say: no cross-reference before it, no label noun
    after it, and no other capital near it."""
    if reference_before(text, start) or _institution_named(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, start - 60):start].split()[-_NEAR:]
    if before and before[0] in OPENER_SET and _starts_sentence(text, line_start, start, len(before)):
        before[0] = before[0].lower()  # "The district Carried": capitalised as the sentence's first word
    after = text[end:min(line_end, end + 60)].split()[:_NEAR]
    if after and after[0][:1] in ".!?,;:":
        # The word ends the clause ("self-reliance. Next year"): what follows has no title in it.
        after = []
    return not label_after(after) and not identifier_before(before) and not _near_capital(before, after)


# A capitalised word after a lowercase word and a comma, before a lowercase word: "frequently,
# Use soap". The literal ", " comes first, so the engine's prefix scan finds the commas; clause
# openers after a comma (B102's) are left out in the pattern, in C.
_AFTER_COMMA = LazyPattern(
    rb", (?<=[a-z0-9], )(?!(?:%s) )([A-Z][a-z]+)(?= [a-z])" % "|".join(sorted(COMMA_OPENER_SET)).encode())


def _opens_sentence(text: str, at: int, word: str) -> bool:
    """Whether the word at `at` is a common word that opens its sentence or list item ("First,
    Continue to develop"): at a line start, after a list number, or after a sentence mark."""
    line_start = text.rfind("\n", 0, at) + 1
    head = text[max(line_start, at - 8):at].rstrip()
    return common_word(word) != 0 and (
        not head or head[-1] in ".:;!?" or at - line_start <= 6 and not head.replace(".", "").replace(")", "").replace("(", "").isalpha())


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def _date_before(text: str, number: int) -> bool:
    """Whether the number at `number` is part of a date or follows a lowercase word: "June 10,",
    "May 29, 2023,", "after 2019,"; a number after another capitalised word numbers a title
    ("Chapter 9, System tips")."""
    words = text[max(0, number - 30):number].split()
    if not words:
        return False
    word = words[-1].strip(",")
    return word.isdigit() or word.islower() or word.lower() in _MONTHS


@rule(
    "B110", "capital-after-comma-common-word",
    bad=[
        "Rinse the cups in hot water, ⟦Use⟧ a clean cloth to dry them.",
        "the tickets are sold at the gate, ⟦Children⟧ under six go free",
        "forms are taken until March 3, ⟦Late⟧ forms are not accepted",
        "the old mill is still turning, ⟦Children⟧ love it. Baishui Falls is near.",
        "Next year we will work on three things. First, ⟦Continue⟧ to plant tea; second, train growers.",
        "to widen the lanes of the ring road, ⟦Further⟧ improve the bus network",
    ],
    good=[
        "Rinse the cups in hot water, then dry them.",
        "the orchestra played works by Haydn, Mozart and Brahms",
        "written in the spirit of Pride and Prejudice, Sense and Sensibility",
        "as the owner wishes, Sir said nothing",
        "the firm moved to Reston, Virginia in the spring",
        "An `Order` holds lines. As lines are added, Orders update their total.",
        "for more, see Building the package from source.",
        "as Chapter 9, Network tools explains",
        "Dear Sirs, Please find the form attached.",
        "press the button labelled Save, Open or Close to go on",
    ],
)
def capital_after_comma_common_word(ctx: Context) -> Iterator[Hit]:
    """A common English word capitalised after a comma in the middle of a sentence: "wash hands
    often, Use soap", "tickets are sold at the gate, Children under six go free".

    Chinese joins the clauses of one sentence with commas (，); machine translation that takes each
    clause for a segment of its own starts it with a capital. English capitalises a word after a
    comma only for a name, a title or a label; B102 finds the clause openers ("The", "There"),
    and this rule any other common word, with B104's tests of a stray capital: a word common in
    English (wordfreq), not one English always capitalises nor a Chinese name, not used by the
    document as a name or as code, no capitalised word within three words after it (a list of
    names or titles: "Haydn, Mozart and Brahms"), and a lowercase word on both sides. The
    sentence wants either a lower-case letter or a full stop, which a human picks: no fix.
    """
    text = ctx.text
    scanned = ctx.doc.ascii_bytes
    verdicts: dict[str, bool] = {}  # whether the document lets the word be a stray capital
    for m in _AFTER_COMMA.finditer(scanned):
        word = m.group(1).decode("ascii")
        if not _may_be_stray(word):
            continue
        start, end = m.start(1), m.end(1)
        before = _LAST_WORD.search(text, max(0, start - 42), start - 2)
        if not before or reference_before(text, start):
            continue
        if not (before.group().islower() or before.group().isdigit() or _opens_sentence(text, before.start(), before.group())):
            continue  # "in Reston, Virginia": a name before the comma
        if before.group().isdigit() and not _date_before(text, before.start()):
            continue  # "in Chapter 9, System tips": a numbered title
        after = text[end:end + 60].split("\n", 1)[0].split()[:_NEAR]
        # "still turning, Children love it. Baishui Falls": a name in the next sentence is no title.
        after = after[:next((k + 1 for k, w in enumerate(after) if w[-1:] in ".!?;"), len(after))]
        if word.lower() in word_list("cross-reference-words"):
            continue  # "(see rules, See actions)": a cross-reference capitalised as a label
        if label_after(after) or _near_capital([], after) or after[0].endswith(":"):
            continue  # "Error unwind:": a term a definition list explains
        if word not in verdicts:
            # "Edges automatically update" where the text writes `Edge`: a class, in the plural.
            singular = word[:-1] if word.endswith("s") else word
            verdicts[word] = not _used_as_name(ctx, word) and not _code_name(ctx, word) and not _code_name(ctx, singular)
        if verdicts[word]:
            yield Hit(start, end, f"{word!r} capitalised after a comma: lower case or a sentence break?")
