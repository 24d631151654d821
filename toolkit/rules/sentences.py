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
    ],
)
def sentence_said_twice(ctx: Context) -> Iterator[Hit]:
    """A sentence, or a clause or list item ended by a semicolon, said again right after itself
    on the same line: "The well was cleaned in May. The well was cleaned in May."

    Segment-by-segment machine translation emits a segment twice when the source repeats it
    across a page break or a scraped element, or when the model loops; the copy follows the
    first with only a sentence mark between, often with a lower-case first letter. English prose
    repeats a whole sentence at once only for effect, and then as a short cry ("Try again. Try
    again."), or with a change ("It is what it is!"); so the copies must be the same words, case
    aside, four words or more with a content word among them (not in
    lexicons/function-words.txt), end with the same mark or the second end its line, and stand on
    one line (consecutive lines that repeat are D106's, and native examples and verse repeat lines).
    The fix deletes the second copy and keeps the first, which loses nothing.
    """
    scanned = ctx.doc.ascii_lowered
    # Every sentence mark made a full stop and a tab a space, the text is cut at every ". " (in
    # C); a piece whose next piece's first words stand in its last 300 characters is looked at
    # (in C too: a loop in Python over every sentence would cost more than the cut).
    pieces = scanned.translate(_MARKS_AS_FULL_STOP).split(b". ")
    if len(pieces) < 2:
        return
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
        if not piece.endswith(copy) or b"\n" in piece[-len(copy):]:
            continue
        whole = len(piece) == len(copy) or piece[-len(copy) - 1:-len(copy)] == b"\n"
        if not whole and piece[-len(copy) - 1:-len(copy)] != b" ":
            continue  # the copy must start a word
        if len(copy.split()) < (_MIN_WORDS if whole else _MIN_WORDS + 1):
            continue
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
        if ctx.doc.is_ignored(first_end - len(copy), end):
            continue
        what = "sentence" if whole else "clause"
        yield Hit(second, end, f"{what} said twice in a row: say it once",
                  edits=(Edit(first_end, end, ""),))
