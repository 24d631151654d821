"""A decoded document: offsets to line:column, lines, paragraphs, sentences, regions not checked.

Offsets are character offsets into the decoded text, end exclusive. Line endings stay in the text
as they were read ("\\r\\n" included), so edits map back onto the original bytes exactly.
"""

from __future__ import annotations

import bisect
import codecs
import threading
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import NamedTuple

import re

from .chinese import LazyPattern

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


_LINE_BREAK = re.compile("\n")
# For Document.split_count: " " for the ASCII characters str.split() takes for white space, "x"
# for any other byte; and the other characters it takes for white space.
_SPACE_MARKS = bytes(32 if b < 128 and chr(b).isspace() else ord("x") for b in range(256))
_NON_ASCII_SPACE = re.compile(r"\s")  # searched in Document.non_ascii_characters only


class Span(NamedTuple):  # a named tuple: a document of a million lines makes a million of them
    start: int
    end: int


# Regions never checked. Patterns that only some documents need (Markdown, e-mail addresses, list
# numbers) compile on first use: `zhen check` on a plain file should not pay for them at start-up. URLs and e-mail addresses everywhere; the rest only in Markdown.
# Two patterns instead of one alternation: the URL starts with a literal, which stdlib re finds
# fast, and the e-mail pattern runs only around an "@" (see `_links`).
_WEB = re.compile(r"""(?:https?://|ftp://|www\.)[^\s<>"'）)\]]+""")
_EMAIL = LazyPattern(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FRONT_MATTER = LazyPattern(r"\A(?:\ufeff)?---[ \t]*\r?\n.*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FENCE_OPEN = LazyPattern(r"^[ ]{0,3}(`{3,}|~{3,})", re.M)
_QUOTED_WORD = LazyPattern(r"[\"“]([A-Z][\w'’-]*)[\"”]")  # the "Software", “Licensor”: a defined term
_CAPITAL_BEFORE = LazyPattern(r"\b[A-Z][a-z]+ \Z")  # "Rules Committee": a capitalised word just before
_CAPITAL_AFTER = LazyPattern(r" [A-Z][a-z]+\b")
# A code span: a run of backticks, text without backticks on the same line, a run of the same
# length. A span whose runs differ ("```Name``") is damaged Markdown (M104 reports it), not code
# to skip; searching past the line would pair a damaged run with one lines further on.
_INLINE_CODE = LazyPattern(r"(?<!`)(`+)(?!`)[^`\n]+(?<!`)\1(?!`)")
_HTML_COMMENT = LazyPattern(r"<!--.*?(?:-->|\Z)", re.S)
_AUTOLINK = LazyPattern(r"<[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*>")
_LINK_TARGET = LazyPattern(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# Starts at a line break, so a long run of spaces is not rescanned from each of its characters.
_BLANK_LINES = re.compile(r"\r?\n(?:[ \t\u3000]*\r?\n)+")

# Sentence ends: ASCII terminal punctuation followed by space, or Chinese terminal punctuation.
_SENTENCE_END = re.compile(
    r"""(?:(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)|[。！？]+[”’」』）]*)"""
)
# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st jr sr no nos vs etc eg ie cf al fig figs art arts vol vols pp p ch sec
    co corp inc ltd gen gov sen rep col lt sgt capt cmdr adm hon rev mt ft approx dept univ est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun""".split()
)
# The only characters that are not ASCII and that lower() turns into ASCII (as `lowered` takes
# the first character of a lower-case form); tests/test_document.py recomputes the list.
_LOWERS_TO_ASCII = {"\u0130": "i", "\u212a": "k"}
_LIST_MARKER = LazyPattern(r"[0-9]{1,3}|[A-Za-z]|[IVXLC]{1,5}")
_WORD_BEFORE = LazyPattern(r"([^\W\d_](?:[^\W\d_]|\.)*)\.$")


_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (BMP)


# A word: one ideograph (Chinese has no spaces; a run left untranslated weighs by its length), or
# a run of letters and digits with inner apostrophes ("don't"); lone punctuation is no word.
_WORD = f"[{_IDEOGRAPH}]|(?:(?![{_IDEOGRAPH}])[^\\W_])+(?:['’](?:(?![{_IDEOGRAPH}])[^\\W_])+)*"


def word_count(text: str) -> int:
    """Words, for artifact density per 1,000 words."""
    return len(re.findall(_WORD, text))  # compiled on first use (re caches it): start-up counts


def lower_in_place(text: str) -> str:
    """`text` lower-cased character by character, so offsets stay the same."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)  # "İ".lower() is two characters


# The encoder calls the error handler once per run of non-ASCII characters, the whole run at
# once: the runs are noted as they go by (per thread: a Dask worker checks in threads), which
# costs less than looking for them again in the bytes.
_NOTED = threading.local()


def _as_nul(error: UnicodeEncodeError) -> tuple[str, int]:
    runs = getattr(_NOTED, "runs", None)
    if runs is not None:
        runs.append(Span(error.start, error.end))
    return "\0" * (error.end - error.start), error.end


codecs.register_error("zhen-nul", _as_nul)


def ascii_projection(text: str) -> bytes:
    """`text` as one byte per character: ASCII as it is, any other character as a NUL byte."""
    return text.encode("ascii", "zhen-nul")


def ascii_projection_and_runs(text: str) -> tuple[bytes, list[Span]]:
    """ascii_projection(text), and the runs of non-ASCII characters in `text`, in order."""
    _NOTED.runs = runs = []
    try:
        return text.encode("ascii", "zhen-nul"), runs
    finally:
        _NOTED.runs = None


class Lines(Sequence[Span]):
    """The lines of a text as spans without their line endings ("\r\n" or "\n"), made when asked
    for: a list of a million spans would cost a second to build and to garbage-collect, and most
    checks look at a few lines only."""

    __slots__ = ("_text", "_starts")

    def __init__(self, text: str, starts: list[int]) -> None:
        self._text, self._starts = text, starts

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._starts)))]
        starts = self._starts
        if index < 0:
            index += len(starts)
        start = starts[index]  # raises IndexError past the end, which ends iteration
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self._text)
        if end > start and self._text[end - 1] == "\r":
            end -= 1
        return Span(start, end)

    def __iter__(self) -> Iterator[Span]:
        return map(self.__getitem__, range(len(self._starts)))


class Document:
    def __init__(self, text: str, path: str | None = None, markdown: bool | None = None) -> None:
        self.text = text
        self.path = path
        # Facts about the document as it came, which fixing does not change: fix_document hands
        # the same dict to each fixed version (T101 keeps its evidence of machine translation).
        self.origin: dict[str, object] = {}
        if markdown is None:
            markdown = bool(path) and path.lower().endswith(MARKDOWN_SUFFIXES)
        self.is_markdown = markdown

    # -- positions -------------------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        # One past each line break, found by the pattern engine: 10 ms for the 82,000 lines of
        # 10 MB, against 15 ms for a loop of str.find and 26-39 ms for split and accumulate.
        return [0, *[m.end() for m in _LINE_BREAK.finditer(self.text)]]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; the column counts characters."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside the document")
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Character offset of a 1-based (line, column)."""
        if not 1 <= line <= len(self.line_starts):
            raise ValueError(f"line {line} outside the document")
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        if not 1 <= column <= end - start + 1:
            raise ValueError(f"column {column} outside line {line}")
        return start + column - 1

    # -- structure -------------------------------------------------------------------------
    def lines(self) -> Lines:
        """Every line, without its line ending, as a sequence of spans made on access."""
        return self._lines

    @cached_property
    def _lines(self) -> Lines:
        return Lines(self.text, self.line_starts)

    def paragraphs(self) -> list[Span]:
        """Blocks of text separated by blank lines, trimmed of surrounding white space."""
        spans = []
        pos = 0
        for gap in [*_BLANK_LINES.finditer(self.text), None]:
            end = gap.start() if gap else len(self.text)
            span = _trim(self.text, pos, end)
            if span:
                spans.append(span)
            if gap:
                pos = gap.end()
        return spans

    def sentences(self) -> list[Span]:
        """Sentences within lines. A line break always ends a sentence: scraped and machine
        translated text puts one paragraph on a line, and a heading on a line of its own."""
        spans = []
        for line in self.lines():
            spans.extend(split_sentences(self.text, line.start, line.end))
        return spans

    def word_usage(self, word: str) -> tuple[bool, int, int, bool]:
        """How the document uses `word` (a capitalised word such as "Rules"), for telling a name
        from a common word: (written in lower case somewhere, times capitalised, times
        capitalised after a lowercase word or comma, ever inside a run of capitalised words such
        as "Rules Committee"), outside code and links. Found with str.find on the lower-cased text,
        once per word."""
        cache = self.__dict__.setdefault("_word_usage", {})
        if word in cache:
            return cache[word]
        text, scanned, key = self.text, self.ascii_lowered, word.lower().encode("ascii", "replace")
        lower = False
        capitals = mid = 0
        run = False
        seen = 0
        ignored = self.ignored
        position = scanned.find(key)
        # The first 64 occurrences decide: a word used that often has shown how it is used.
        while position != -1 and seen < 64:
            end = position + len(key)
            if (position == 0 or not scanned[position - 1:position].isalnum()) and not scanned[end:end + 1].isalnum() \
                    and not (ignored and self.is_ignored(position, end)):  # `lantern --version`: a command, not prose
                seen += 1
                found = text[position:end]
                if found.islower():
                    lower = True
                elif found[0].isupper():
                    capitals += 1
                    before = text[max(0, position - 2):position]
                    if len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] == ","):
                        mid += 1
                    if _CAPITAL_BEFORE.search(text, max(0, position - 30), position) or \
                            _CAPITAL_AFTER.match(text, end):
                        run = True
            position = scanned.find(key, position + 1)
        cache[word] = usage = (lower, capitals, mid, run)
        return usage

    def is_name(self, word: str) -> bool:
        """A capitalised word this document uses as a name: inside a run of capitalised words
        ("Rules Committee"), capitalised after a lowercase word twice or more, capitalised twice
        or more and never written in lower case, or defined in quotation marks as legal English
        defines its terms (the "Software", “Licensor” means)."""
        lower, capitals, mid, run = self.word_usage(word)
        return run or mid >= 2 or capitals >= 2 and not lower or self.defines(word)

    def defines(self, word: str) -> bool:
        """Whether the document writes `word` alone in quotation marks: "Software", “Work”."""
        return word in self.quoted_words

    @cached_property
    def quoted_words(self) -> frozenset[str]:
        """The capitalised words the document writes alone in quotation marks, found in one pass
        (Document.defines asks per word)."""
        return frozenset(_QUOTED_WORD.findall(self.text)) if '"' in self.text or "“" in self.text else frozenset()

    def writes_lower(self, word: str) -> bool:
        """Whether the document writes `word` in lower case somewhere."""
        return self.word_usage(word)[0]

    def split_count(self) -> int:
        """`len(self.text.split())`, without making a string per word: the starts of runs of
        non-white-space in a byte per character that says white space or not (made from
        ascii_bytes in C), where the non-ASCII characters that are white space (such as a
        no-break space, NUL in ascii_bytes) are marked from the runs of non-ASCII characters."""
        marks = self.ascii_bytes.translate(_SPACE_MARKS)
        spaces = [m.start() for m in _NON_ASCII_SPACE.finditer(self.non_ascii_characters)]
        if spaces:
            patched = bytearray(marks)
            runs = iter(self.non_ascii)
            run, before = next(runs), 0  # a run, and how many non-ASCII characters come before it
            for k in spaces:  # offsets into non_ascii_characters, rising
                while k >= before + run.end - run.start:
                    before += run.end - run.start
                    run = next(runs)
                patched[run.start + k - before] = 32
            marks = bytes(patched)
        return marks.count(b" x") + (marks[:1] == b"x")

    @cached_property
    def lowered(self) -> str:
        """The text lower-cased character by character, so offsets stay the same."""
        return lower_in_place(self.text)

    @cached_property
    def ascii_bytes(self) -> bytes:
        """The text as one byte per character: ASCII as it is, any other character as a NUL byte,
        so offsets stay the same. Searching bytes is much faster than searching str with
        ahocorasick_rs (toolkit/triggers.py)."""
        projected, runs = ascii_projection_and_runs(self.text)
        self._noted_runs = runs
        return projected

    @cached_property
    def ascii_lowered(self) -> bytes:
        """`lowered` as one byte per character, as `ascii_bytes`: made from ascii_bytes, without
        lower-casing the text itself (which costs several times more)."""
        lowered = self.ascii_bytes.lower()
        if not any(c in self.non_ascii_characters for c in _LOWERS_TO_ASCII):
            return lowered
        patched = bytearray(lowered)
        for run in self.non_ascii:
            for at in range(run.start, run.end):
                if self.text[at] in _LOWERS_TO_ASCII:
                    patched[at] = ord(_LOWERS_TO_ASCII[self.text[at]])
        return bytes(patched)

    @cached_property
    def non_ascii(self) -> list[Span]:
        """The runs of non-ASCII characters (Chinese, full-width and curly punctuation, mojibake)."""
        if self.text.isascii():
            return []
        self.ascii_bytes  # noted them as it was made
        return self._noted_runs

    @cached_property
    def non_ascii_characters(self) -> str:
        """The characters of the non-ASCII runs, joined: where to ask whether the text holds a
        given non-ASCII character, without reading the whole text."""
        return "".join(self.text[start:end] for start, end in self.non_ascii)

    # -- regions not checked -----------------------------------------------------------------
    @cached_property
    def ignored(self) -> list[Span]:
        """Sorted, merged spans that rules must not report on (code, URLs, comments, front matter)."""
        text = self.text
        found = _links(text)
        if self.is_markdown:
            m = _FRONT_MATTER.match(text)
            if m:
                found.append(Span(m.start(), m.end()))
            found.extend(_fenced_blocks(text))
            for pattern in (_INLINE_CODE, _HTML_COMMENT, _AUTOLINK, _LINK_TARGET):
                found.extend(Span(m.start(), m.end()) for m in pattern.finditer(text))
        return _merge(found)

    @cached_property
    def _ignored_starts(self) -> list[int]:
        return [s.start for s in self.ignored]

    def is_ignored(self, start: int, end: int) -> bool:
        """True when [start, end) touches a region that is not checked."""
        # Spans are sorted and disjoint: only the last one starting before `end` can overlap.
        end = max(end, start + 1)
        i = bisect.bisect_left(self._ignored_starts, end) - 1
        return i >= 0 and self.ignored[i].end > start


def _links(text: str) -> list[Span]:
    """URL and e-mail spans as one alternation of the two patterns would find them, left to right
    without overlap (at the same start the URL wins). The e-mail pattern is tried only around an
    "@": a match holds no space or line break, so a window between those around it is enough."""
    spans: list[Span] = []
    pos = 0
    next_web = _WebStarts(text)
    web = next_web(0)
    mail = _next_email(text, 0)
    while web or mail:
        m = web if mail is None or (web is not None and web.start() <= mail.start()) else mail
        spans.append(Span(m.start(), m.end()))
        pos = m.end()
        if web is not None and web.start() < pos:
            web = next_web(pos)
        if mail is not None and mail.start() < pos:
            mail = _next_email(text, pos)
    return spans


class _WebStarts:
    """`_WEB.search(text, pos)` for rising `pos`, started where a match can start: it has "://"
    3 to 5 characters in, or starts with "www.", so the pattern need not be tried at every
    character before. Where the next "://" and "www." are is kept from call to call: a text with
    many links and no "www." would otherwise be searched to its end for one at every link."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.colon = self.www = -2  # where the next one is at or after the last position asked; -1: none

    def __call__(self, pos: int) -> re.Match[str] | None:
        text = self.text
        if self.colon != -1 and self.colon < pos:
            self.colon = text.find("://", pos)
        if self.www != -1 and self.www < pos:
            self.www = text.find("www.", pos)
        bounds = [*([self.colon - 5] if self.colon != -1 else []), *([self.www] if self.www != -1 else [])]
        return _WEB.search(text, max(pos, min(bounds))) if bounds else None


def _next_email(text: str, pos: int) -> re.Match[str] | None:
    """The first e-mail match starting at or after `pos`. A match holds one "@" and, by the
    lookbehind, starts where the run of local-part characters before it starts."""
    at = text.find("@", pos)
    while at != -1:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        if start >= pos:
            m = _EMAIL.match(text, start)
            if m:
                return m
        at = text.find("@", at + 1)
    return None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] into sentence spans, trimmed of white space.

    Copes with abbreviations ("Dr.", "No. 3", "e.g."), initials ("J. F. Wan"), decimals ("3.5":
    no space follows the point), closing quotes and brackets after the full stop, and Chinese
    terminal punctuation, which needs no following space.
    """
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group().startswith(".") and not _ends_sentence(text, pos, m.start(), m.end(), end):
            continue
        span = _trim(text, pos, m.end())
        if span:
            spans.append(span)
        pos = m.end()
    span = _trim(text, pos, end)
    if span:
        spans.append(span)
    return spans


def _ends_sentence(text: str, start: int, dot: int, after: int, limit: int) -> bool:
    if _LIST_MARKER.fullmatch(text[start:dot].strip()):
        return False  # "1. Existing models", "IV. Results": a list number, not a sentence
    word = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if word:
        token = word.group(1)
        bare = token.replace(".", "").lower()
        if bare in _ABBREVIATIONS or "." in token:  # "Dr." "e.g." "U.S."
            return False
        if len(token) == 1 and token.isupper():  # an initial: "J. F. Wan"
            return False
    # A lowercase word after the point means the sentence goes on ("approx. three").
    rest = text[after:limit].lstrip()
    return not (rest[:1].islower())


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _fenced_blocks(text: str) -> list[Span]:
    spans = []
    pos = 0
    while True:
        m = _FENCE_OPEN.search(text, pos)
        if not m:
            return spans
        fence = m.group(1)
        closing = re.compile(r"^[ ]{0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$", re.M)
        line_end = text.find("\n", m.end())
        close = closing.search(text, line_end + 1) if line_end != -1 else None
        stop = close.end() if close else len(text)
        spans.append(Span(m.start(), stop))
        pos = stop


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
