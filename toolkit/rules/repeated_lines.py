"""A title or clause scraped or translated twice, each copy on its own line (D106). Kept apart
from duplicates.py, which looks at words doubled across a break and the title at the top."""

from __future__ import annotations

from collections.abc import Iterator

from ..chinese import LazyPattern
from ..model import Edit, Safety
from ..registry import Context, Hit, rule
from .patterns import first_lines, line_removal

_SITE_SUFFIX = LazyPattern(r"(?<=[^\W_])_(?=[^\W\d_])|\s+[-–—|]\s+")  # "Title_Site", "Title - Site", "Title | Site"
_WINDOW_LINES = 40  # a repeat this close is a scrape or segment glitch; far apart, a refrain
_MIN_REPEAT_WORDS = 5
_STRUCTURAL = LazyPattern(r"[ \t]*(?:[-*+>|#]|```|~~~)")


_GOES_ON = LazyPattern(rb"[ \t]*[a-z]")  # a line that carries on the sentence above it
# Words a title or a sentence does not end with (an article, a conjunction, a preposition that
# wants its object): a line ending with one is cut from a hard-wrapped sentence.
_NO_LAST_WORD = frozenset("a an the and or nor but of in into to for with by from at than as".split())


def _block_repeated(doc, first: int, second: int) -> bool:
    """Whether the lines next to line `second` repeat those next to line `first` too: a passage
    repeated, not one line."""
    lines, text = doc.lines(), doc.text

    def key(i: int) -> str:
        return " ".join(text[lines[i].start:lines[i].end].split()).casefold() if 0 <= i < len(lines) else ""
    return any(key(first + step) and key(first + step) == key(second + step) for step in (-1, 1))


def _title_like_end(doc, i: int) -> int | None:
    """Where line `i` ends if it may be a title or a clause said twice (20-300 characters, not
    ending a sentence, starting with a capital or a number, not the first line of a hard-wrapped
    sentence), else None. Decided from the line starts and the ASCII view (NUL: any other
    character, such as 。) before any text is copied: one step per line, most of which stop here."""
    text, starts, scanned = doc.text, doc.line_starts, doc.ascii_bytes
    start, count = starts[i], len(starts)
    end = starts[i + 1] - 1 if i + 1 < count else len(text)
    if not 20 <= end - start <= 300:
        return None
    if scanned[end - 1] == 13:  # "\r"
        end -= 1
    if scanned[end - 1] in _SENTENCE_END_BYTES:
        return None
    content = text[start:end]
    if _STRUCTURAL.match(content) or not content.lstrip()[:1].isupper() and not content.lstrip()[:1].isdigit():
        return None  # a title starts with a capital or a number; a wrapped line often does not
    if i + 1 < count and _GOES_ON.match(scanned, starts[i + 1]):
        return None  # the next line goes on in lower case: the first line of a hard-wrapped sentence
    if content.rsplit(None, 1)[-1].lower() in _NO_LAST_WORD:
        return None  # "… can be found in": a hard-wrapped line, whatever the next one starts with
    return end


@rule(
    "D106", "repeated-line", fix=Safety.UNSAFE,
    bad=[
        ("1. What the new rules on land use say\nThe rules were adopted in May.\n"
         "⟦1. What the new rules on land use say⟧\nThey apply to every county.",
         "1. What the new rules on land use say\nThe rules were adopted in May.\nThey apply to every county."),
        ("Rules for the upkeep of village wells_Town Water Office\nHome > Notices\n"
         "⟦Rules for the upkeep of village wells⟧\nEvery well is cleaned in May.",
         "Rules for the upkeep of village wells_Town Water Office\nHome > Notices\nEvery well is cleaned in May."),
    ],
    good=["Return the result of the call on success.\nCall it with no arguments.\nReturn the result of the call on success.",
          "- the same list item is here\n- the same list item is here", "A short refrain\nVerse.\nA short refrain",
          "grants to You a perpetual,\nthis License, each Contributor hereby\nText.\nthis License, each Contributor hereby",
          "This call is only available on POSIX systems (that is, not\non Windows).\nText.\n"
          "This call is only available on POSIX systems (that is, not\non Windows).",
          "License: MIT\n The full text of the licence can be found in\n /usr/share/licences/MIT.\n"
          "License: BSD\n The full text of the licence can be found in\n /usr/share/licences/BSD.",
          "Files: a.c\n THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY\n OF ANY KIND, EXPRESS OR IMPLIED\n"
          "Files: b.c\n THE SOFTWARE IS PROVIDED AS IS WITHOUT WARRANTY\n OF ANY KIND, EXPRESS OR IMPLIED\n"],
)
def repeated_line(ctx: Context) -> Iterator[Hit]:
    """A title-like line of five words or more (no full stop at its end) repeated within 40
    lines: a title or clause scraped or translated twice. A line that the next one carries on in
    lower case, or that ends with an article, conjunction or preposition ("can be found in"), is
    the first line of a hard-wrapped sentence, and passes; so does a line repeated with the line
    before or after it (a passage quoted twice, such as a licence given for each file).

    Scraped pages repeat a title as heading and as first line, and segment-by-segment translation
    sometimes emits a clause twice, each copy on its own line; D102 looks at the top of the text
    only. A line is flagged when the same line (white space and case aside) stood within the 40
    lines before it. List items, quotes, table rows, headings and code are left alone, as are
    short lines (a refrain, "Yes."). A page title among the first three lines that ends with
    its site's name ("Title_Site", "Title - Site") counts as its bare title too: the page's body
    repeats it as its heading. The fix deletes the later copy with its line break; it is
    unsafe because a human should see that the two copies say the same thing.
    """
    doc = ctx.doc
    text = ctx.text
    starts = doc.line_starts
    seen: dict[str, int] = {}
    top = None
    for i in range(len(starts)):
        start = starts[i]
        end = _title_like_end(doc, i)
        if end is None:
            continue
        content = text[start:end]
        key = " ".join(content.split()).casefold()
        if i < 3 and (site := _SITE_SUFFIX.search(key)):
            # A page title with its site's name ("Report on the harvest_Town Government", "… |
            # Site"): the body repeats the bare title a few lines down.
            head = key[:site.start()]
            if len(head.split()) >= _MIN_REPEAT_WORDS:
                seen.setdefault(head, i)
        if len(key.split()) < _MIN_REPEAT_WORDS:
            continue
        n = i
        before = seen.get(key)
        seen[key] = n
        if before is not None and n - before <= _WINDOW_LINES and not doc.is_ignored(start, end):
            if top is None:
                top = {line.start for line in first_lines(doc, 5)}
            if start in top and all(not text[l.start:l.end].strip() for l in doc.lines()[before + 1:n]):
                continue  # a title repeated on the next line at the top of the text is D102's
            if _block_repeated(doc, before, n):
                continue  # a passage of several lines repeated (a licence for each file): quoted, not a slip
            line = doc.lines()[n]
            low, high = line_removal(doc, line)
            left = content[:len(content) - len(content.lstrip())]
            yield Hit(start + len(left), start + len(content.rstrip()), f"line repeated from line {before + 1}",
                      edits=(Edit(low, high, ""),))


_SENTENCE_END_BYTES = frozenset(b" \t.!?;:,-\"\x00")  # and a hard-wrapped line's comma or hyphen