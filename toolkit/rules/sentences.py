"""Whole sentences said twice: a sentence or list item repeated right after itself (D111).

Kept apart from duplicates.py (words and titles) and repetition.py (phrases inside a sentence):
here the unit is what lies between two sentence marks."""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .breaks import word_list

# Read in the lower-cased ASCII view (one byte per character, so offsets are the text's; NUL for
# any other character).
_MARKS_AS_FULL_STOP = bytes(46 if b in b";!?" else 32 if b == 9 else b for b in range(256))
_HEAD = operator.itemgetter(slice(0, 12))
_TAIL = operator.itemgetter(slice(-300, None))
_MIN_WORDS = 4
_LETTERS = LazyPattern(rb"[a-z]{3,}")


@functools.cache
def _function_words() -> frozenset[bytes]:
    return frozenset(w.encode() for w in word_list("function-words"))


@rule(
    "D111", "sentence-said-twice", fix=Safety.SAFE,
    bad=[
        ("The well in the square was cleaned in May. ⟦The well in the square was cleaned in May⟧.",
         "The well in the square was cleaned in May."),
        ("Every stall keeps a fire blanket; ⟦every stall keeps a fire blanket⟧. Checks start on Monday.",
         "Every stall keeps a fire blanket. Checks start on Monday."),
        ("In May the plum trees on the ridge flower, white as snow, and bees come. ⟦In May the plum "
         "trees on the ridge flower⟧.", "In May the plum trees on the ridge flower, white as snow, and bees come."),
        ("(2) a copy of the lease; ⟦(2) a copy of the lease⟧;\n(3) a photo.",
         "(2) a copy of the lease;\n(3) a photo."),
    ],
    good=[
        "Try again. Try again.",
        "The first run failed. The first run failed again the next day.",
        "Run the tests.\nRun the tests.",
        "Read the notice. Read the notice carefully.",
        "It is what it is. It is what it is!",
        "The clerk stamped the form when the office opened. The office opened\nlate on Friday.",
        "All work and no play makes Jack a dull boy. All work and no play makes Jack a dull boy. "
        "All work and no play makes Jack a dull boy.",
    ],
)
def sentence_said_twice(ctx: Context) -> Iterator[Hit]:
    """A sentence, or a clause or list item ended by a semicolon, said again right after itself
    on the same line: "The well was cleaned in May. The well was cleaned in May."; or the clause
    that ends or opens the sentence before, said again as a sentence of its own.

    Segment-by-segment machine translation emits a segment twice when the source repeats it
    across a page break or a scraped element, or when the model loops; the copy follows the
    first with only a sentence mark between, often with a lower-case first letter. English prose
    repeats a whole sentence at once only for effect, and then as a short cry ("Try again. Try
    again."), or with a change ("It is what it is!"); so the copies must be the same words, case
    aside, four words or more with a content word among them (not in
    lexicons/function-words.txt; five for a clause, which must end at a comma when it opens the
    sentence before), end with the same mark or the second end its line, and stand on
    one line (consecutive lines that repeat are D106's, and native examples and verse repeat lines).
    The fix deletes the second copy and keeps the first, which loses nothing.
    """
    scanned = ctx.doc.ascii_lowered
    # Every sentence mark made a full stop and a tab a space, the text is cut at every ". " (in
    # C); a piece whose next piece's first words stand in its last 300 characters is looked at
    # (in C too: a loop in Python over every sentence would cost more than the cut).
    pieces = scanned.translate(_MARKS_AS_FULL_STOP).split(b". ")
    heads = map(_HEAD, pieces[1:])
    candidates = itertools.compress(itertools.count(), map(operator.contains, map(_TAIL, pieces), heads))
    function = _function_words()
    starts = None
    for i in candidates:
        piece, following = pieces[i], pieces[i + 1].lstrip(b" ")
        line = following.split(b"\n", 1)[0]
        copy = line.rstrip(b". ")
        if len(copy) < 16 or len(line) < len(following) and not line.endswith(b"."):
            continue  # a sentence wrapped onto the next line goes on there
        if piece.endswith(copy) and b"\n" not in piece[-len(copy):]:
            whole = len(piece) == len(copy) or piece[-len(copy) - 1:-len(copy)] == b"\n"
            if not whole and piece[-len(copy) - 1:-len(copy)] != b" ":
                continue  # the copy must start a word
            what = "sentence" if whole else "clause"
        elif piece[piece.rfind(b"\n") + 1:].startswith(copy + b", "):
            # "In May the plum trees flower, white as snow, and bees come. In May the plum trees
            # flower.": the clause that opens the sentence said again after it.
            whole, what = False, "clause"
        else:
            continue
        if len(copy.split()) < (_MIN_WORDS if whole else _MIN_WORDS + 1):
            continue
        if i + 2 < len(pieces) and pieces[i + 2].lstrip(b" ").startswith(copy) or whole and i and pieces[i - 1].endswith(copy):
            continue  # three copies or more in a row: a pattern written on purpose (test data, a chant)
        if not any(w not in function for w in _LETTERS.findall(copy)):
            continue
        if starts is None:
            starts = list(itertools.accumulate((len(p) + 2 for p in pieces), initial=0))
        first_end = starts[i] + len(piece)  # where the first copy ends
        second = starts[i + 1] + len(pieces[i + 1]) - len(following)
        end = second + len(copy)
        text = ctx.text
        if text[first_end] != text[end:end + 1] and text[end:end + 1] in "!?":
            continue  # "It is what it is. It is what it is!": said again in another voice
        span = _visible(ctx, first_end - len(copy), second, end)
        if span:
            yield Hit(*span, f"{what} said twice in a row: say it once", edits=(Edit(first_end, end, ""),))


def _visible(ctx: Context, first: int, second: int, end: int) -> tuple[int, int] | None:
    """Where to report a copy at text[second:end] of the text at `first`: the copy, or its first
    word where the copy holds a code span ("Set `x`, then run it." twice in a README; findings
    that touch code are not shown); None when a copy starts in a region not checked (code)."""
    doc = ctx.doc
    if doc.is_ignored(first, first + 1) or doc.is_ignored(second, second + 1):
        return None
    if not doc.is_ignored(second, end):
        return second, end
    word = ctx.text.find(" ", second, end)
    return (second, word) if word != -1 and not doc.is_ignored(second, word) else None


# What may follow the second copy of a list item: the next item, the list's end, or the last item.
_ITEM_END = LazyPattern(rb"(?:[,;:.)\n]|$| and | or | etc\b)")
_ITEM_WORDS = 4  # the longest item looked for, in words (after a determiner)
_DETERMINER = frozenset(b"the a an".split())


@rule(
    "D112", "list-item-said-twice", fix=Safety.SAFE,
    bad=[
        ("stalls sell rice, dumplings, ⟦dumplings⟧, noodles and tea", "stalls sell rice, dumplings, noodles and tea"),
        ("the market has the tea houses, ⟦the tea houses⟧, and the old gate",
         "the market has the tea houses, and the old gate"),
        "the town is known for paper lanterns, ⟦paper lanterns⟧ and kites",
        ("bring a pencil, an eraser, ⟦an eraser⟧.", "bring a pencil, an eraser."),
        ("## 2.1.0\n- Fixed the crash on empty input\n- ⟦Fixed the crash on empty input⟧\n- Faster start",
         "## 2.1.0\n- Fixed the crash on empty input\n- Faster start"),
        ("1. Set the port in the file and save it\n2. ⟦Set the port in the file and save it⟧\n3. Run it",
         "1. Set the port in the file and save it\n3. Run it"),
        ("| key | default | meaning |\n|---|---|---|\n| cache.size | 64 | Cache size in megabytes |\n"
         "⟦| cache.size | 64 | Cache size in megabytes |⟧\n| cache.ttl | 60 | Lifetime |",
         "| key | default | meaning |\n|---|---|---|\n| cache.size | 64 | Cache size in megabytes |\n| cache.ttl | 60 | Lifetime |"),
    ],
    good=[
        "Water, water everywhere, nor any drop to drink.",
        "It was a long, long way home.",
        "Faster, faster, the crowd shouted.",
        "No, no, that is not it.",
        "the hidden files, files that start with a dot",
        "the log, the log file and the lock",
        "Run, run, as fast as you can.",
        "He whispered: \"Quiet, quiet, please.\"",
        "the right to use, offer to sell, sell, import and export",
        "- Added a switch for dark mode\n- Added a switch for dark mode in the editor",
        "the chosen printer, printer and scanner settings",
    ],
)
def list_item_said_twice(ctx: Context) -> Iterator[Hit]:
    """An item of a list said again as the next item: "rice, dumplings, dumplings, noodles",
    "the tea houses, the tea houses and the old gate".

    Chinese lists its items with the enumeration comma (、); where the source holds two near
    synonyms, or a segment is doubled, machine translation renders two items with the same words.
    English repeats a word after a comma for emphasis ("a long, long way", "No, no,", "Water,
    water everywhere"), and then the second copy runs on into the sentence; an apposition adds
    words ("the hidden files, files that start"). So the copy after the comma must be the same
    words, case aside, as the end of what comes before it, hold a word of four letters or more
    that is no function word (lexicons/function-words.txt, reduplication.txt), and end the list
    or its item: a comma, "and", "or" or a sentence mark after it. The fix deletes the second copy
    with its comma; before "and" or "or" there is none, as the copy may start a phrase of its own
    ("the first district, the first district and three counties"). A list item or table row
    repeated on the next line ("- Fixed the crash" twice in a changelog) is the same slip: the
    fix deletes that line.
    """
    yield from _repeated_item_lines(ctx)
    scanned = ctx.doc.ascii_lowered
    pieces = scanned.split(b", ")
    if len(pieces) < 2:
        return
    # In C, over every comma: the pieces whose last 40 characters hold the next piece's first 5.
    candidates = itertools.compress(itertools.count(), map(operator.contains, map(_ITEM_TAIL, pieces),
                                                             map(_ITEM_HEAD, pieces[1:])))
    function = _function_words() | _reduplication()
    starts = None
    for i in candidates:
        piece, following = pieces[i], pieces[i + 1]
        item_end = _ITEM_END.search(following, 0, 60)
        if not item_end:
            continue
        copy = following[:item_end.start()]
        if not copy or not piece.endswith(copy):
            continue
        if piece[-len(copy) - 1:-len(copy)] not in (b" ", b"") or not _PLAIN.fullmatch(copy):
            continue  # "'Spam', 'spam'", "patch, patch.object": names and identifiers
        words = copy.split(b" ")
        if len(words) - (words[0] in _DETERMINER) > _ITEM_WORDS or not all(words):
            continue
        if following[item_end.start():item_end.start() + 1] == b"." and following[item_end.end():item_end.end() + 1] not in b" \n":
            continue  # "server, server.auth"
        if words[0] not in _DETERMINER and not _whole_item(piece, len(piece) - len(copy), function):
            continue  # "the selected compiler, compiler and linker options": a new item on its own
        if not any(len(w) > 3 and w not in function for w in _LETTERS.findall(copy)):
            continue
        opens = (i == 0 and len(piece) == len(copy)) or _SENTENCE_START.search(piece, 0, len(piece) - len(copy))
        if len(words) == 1 and opens:
            continue  # "Quiet, quiet, please", "Faster, faster": a word said twice to open a sentence is a cry
        if starts is None:
            starts = list(itertools.accumulate(map(len, pieces), initial=0))
        first_end = starts[i] + 2 * i + len(piece)  # each cut took out ", "
        second = first_end + 2
        end = second + len(copy)
        if not ctx.doc.is_ignored(first_end - len(copy), end):
            # Before "and" or "or" the second copy may start a phrase of its own ("the first
            # district, the first district and three counties" for 一区三县): a human decides.
            joined = item_end.group()[:1] == b" "
            yield Hit(second, end, "list item said twice in a row: say it once",
                      edits=() if joined else (Edit(first_end, end, ""),))


_PLAIN = LazyPattern(rb"[a-z0-9 -]+")
_WORD_BEFORE = LazyPattern(rb"([a-z]+) \Z")


def _whole_item(piece: bytes, start: int, function: frozenset[bytes]) -> bool:
    """Whether the first copy, at piece[start:], is a whole item of the list: the piece after a
    comma, a sentence's start, or after a function word that starts the list ("such as", "of",
    "the"), but not "to" ("offer to sell, sell": another verb). A copy that starts with an
    article is a noun phrase said again whatever comes before it."""
    if start == 0:
        return True
    if _SENTENCE_START.search(piece, 0, start):
        return True
    before = _WORD_BEFORE.search(piece, max(0, start - 20), start)
    return bool(before) and before.group(1) in function and before.group(1) != b"to"


# Nothing but a sentence start, an opening quotation mark or bracket before the first copy.
_SENTENCE_START = LazyPattern(rb"[.!?:;\n][ \t]*[\"'(\x00]*\Z")
# A list item (bullet or number) and the next line, an item with the same words: in the byte view,
# tried at line starts only (the pattern starts with a line break, found by the prefix scan). The
# item is the rest of its line, taken possessively (no backtracking: linear in the line's length).
_ITEM_LINES = LazyPattern(
    rb"\n([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)([^\n]++)\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\2(?=\n|\Z)")


# A table row ("| name | value |") said again as the next row; group 1 is empty, as the row has
# no marker before its text.
_TABLE_ROWS = LazyPattern(rb"\n()([ \t]*\|[^\n]*+)\n\2(?=\n|\Z)")


def _repeated_item_lines(ctx: Context) -> Iterator[Hit]:
    """A list item repeated as the next item, each on its line ("- Fix the upload limit" twice in
    a changelog), or a table row repeated as the next row: the second line is deleted."""
    scanned = b"\n" + ctx.doc.ascii_bytes  # offsets in it are the text's plus one
    function = _function_words()
    for m in itertools.chain(_ITEM_LINES.finditer(scanned), _TABLE_ROWS.finditer(scanned)):
        item = m.group(2)
        words = _LETTERS.findall(item.lower())
        if len(item.split()) < _MIN_WORDS or not any(w not in function for w in words):
            continue
        end = m.end() - 1
        second = end - len(item)
        line_start = ctx.text.rfind("\n", 0, second) + 1  # the second item's line goes whole
        span = _visible(ctx, m.start(1) - 1, second, end)
        if span:
            yield Hit(*span, "list item said twice in a row: say it once", edits=(Edit(line_start - 1, end, ""),))


_ITEM_HEAD = operator.itemgetter(slice(0, 5))
_ITEM_TAIL = operator.itemgetter(slice(-40, None))


@functools.cache
def _reduplication() -> frozenset[bytes]:
    return frozenset(w.encode() for w in word_list("reduplication", "reduplication-conjoined"))


# Two words (two letters or more, then three or more) said again right after themselves, in the lower-cased view.
# The pattern starts with a space (the engine's prefix scan finds it) and takes each word whole.
_TWO_WORDS_TWICE = LazyPattern(rb" ([a-z]{2,}+ [a-z]{3,}+) \1(?![a-z0-9_-])")
_GLUE = frozenset(b"-./_@#$\\:")


@rule(
    "D113", "two-words-said-twice", fix=Safety.UNSAFE,
    bad=[
        ("the farm has 40 mu of ⟦pear orchards pear orchards⟧ by the river",
         "the farm has 40 mu of pear orchards by the river"),
        ("2. ⟦Qinglong Bridge Qinglong Bridge⟧ spans the gorge.", "2. Qinglong Bridge spans the gorge."),
        ("the hall stays open ⟦at night at night⟧ in August", "the hall stays open at night in August"),
    ],
    good=[
        "he said bye bye bye bye to everyone",
        "run make check make check-all",
        "the words mean what they mean what they say",
        "the Tea House tea house sign was repainted",
        "lorem text lorem text lorem text lorem text",
    ],
)
def two_words_said_twice(ctx: Context) -> Iterator[Hit]:
    """Two words said twice in a row: "pear orchards pear orchards", "Qinglong Bridge Qinglong
    Bridge spans".

    The shorter sibling of D108 (phrases that hold "the"): machine translation doubles a segment,
    or writes a title and then starts the sentence under it with the same name. English says two
    words twice only in a song title or a cry, so the words must differ ("bye bye bye bye"), have
    two letters or more (three for the second), one of them a content word (not in
    lexicons/function-words.txt), no
    identifier glued to them ("make check make check-all"), and the copies must be alike in case (a
    name beside the same words in lower case names two things). Found with one pattern that starts
    with a space, in C. The fix deletes the second copy; unsafe, as one copy may have been meant as
    another word.
    """
    scanned = ctx.doc.ascii_lowered
    original = ctx.doc.ascii_bytes
    function = _function_words()
    for m in _TWO_WORDS_TWICE.finditer(scanned):
        pair = m.group(1)
        start, end = m.start(1), m.end()
        first, second = pair.split(b" ")
        if first == second or first in function and second in function or scanned[start - 1] in _GLUE:
            continue  # "bye bye bye bye", "is it is it": a cry or function words
        if scanned.startswith(b" " + pair, end) or scanned.endswith(pair, 0, start - 1):
            continue  # three copies or more in a row: filler or a chant written on purpose
        if original[start:m.end(1)] != original[m.end(1) + 1:end]:
            continue  # "New York new york": told apart by case
        if ctx.doc.is_ignored(start, end):
            continue
        yield Hit(start, end, f"{ctx.text[start:m.end(1)]!r} said twice in a row: say it once",
                  edits=(Edit(m.end(1), end, ""),))
