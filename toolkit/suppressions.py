"""Suppression comments: silence named rules on one line, or in a whole file.

Markdown (and any file): an HTML comment
    <!-- zhen: ignore D101,P1 -->        on a line of its own: silences those rules on the next line;
                                         after text on a line: silences them on that line
    <!-- zhen: ignore-file -->           silences every rule in the file
    <!-- zhen: ignore-file D101 -->      silences D101 in the file
Plain text, which has no comment syntax: a line that holds nothing but the directive,
    zhen: ignore D101,P1                 silences those rules on the next line
    zhen: ignore-file [CODES]            as above
The plain form is strict so prose is never mistaken for it: lowercase "zhen:", then "ignore"
followed by rule codes (a family letter and up to three digits, comma-separated), alone on its
line. "Zhen: ignore the noise" (a speaker named Zhen) is content, not a directive. A line
directive must name its codes; only ignore-file may silence everything.

Codes are codes or prefixes, as with --ignore. A finding is silenced when one of the lines it
covers is a silenced line. A directive is not content: findings that touch it are dropped.
Directives inside Markdown code are examples, not directives. `apply` is the one place where
suppressions take effect (the engine calls it after the rules run); rule Z101 reports the
directives that silence nothing, so they do not outlive the problem they hid.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Iterable
from typing import NamedTuple

from .document import _INLINE_CODE, Document, _fenced_blocks
from .model import Finding

UNUSED_SUPPRESSION = "Z101"  # the rule that reports directives silencing nothing

_CODES = r"[A-Za-z][0-9]{0,3}(?:[ \t]*,[ \t]*[A-Za-z][0-9]{0,3})*"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """(comment, comment body, plain line, code token), compiled on first use: most documents
    have no directive, and every run pays for what is compiled at import."""
    return (
        re.compile(r"<!--[ \t\r\n]*zhen[ \t]*:(?P<body>.*?)-->", re.S),
        re.compile(rf"[ \t\r\n]*(?P<kind>ignore-file|ignore)(?:[ \t\r\n]+(?P<codes>{_CODES}))?[ \t\r\n]*"),
        re.compile(rf"^[ \t]*zhen:[ \t]*(?P<kind>ignore-file|ignore)(?:[ \t]+(?P<codes>[A-Z][0-9]{{0,3}}"
                   rf"(?:[ \t]*,[ \t]*[A-Z][0-9]{{0,3}})*))?[ \t]*\r?$", re.M),
        re.compile(r"[A-Za-z][0-9]{0,3}"),
    )


class Directive(NamedTuple):
    start: int  # the directive's text: the comment, or the plain line without its line ending
    end: int
    codes: tuple[tuple[str, int, int], ...]  # (CODE, start, end) of each code named; () = all rules
    lines: tuple[int, int] | None  # first and last line silenced (1-based); None: the whole file
    alone: bool  # on a line of its own (deleting it deletes the line)
    error: str | None = None  # malformed: silences nothing, reported by Z101

    @property
    def code_names(self) -> tuple[str, ...]:
        return tuple(c for c, _, _ in self.codes)

    def silences(self, code: str) -> bool:
        return not self.codes or any(code.startswith(c) for c, _, _ in self.codes)


# Every directive holds "zhen", then ":" after blanks (both forms below). "zhen" alone is not
# enough: place names hold it ("Shenzhen", "Zhenjiang"), and a text that names them would be
# parsed twice over for nothing (50 ms per 10 MB of the benchmark mix).
_MAY_HOLD_DIRECTIVE = re.compile(rb"zhen[ \t]*:")

_CACHE: weakref.WeakKeyDictionary[Document, list[Directive]] = weakref.WeakKeyDictionary()


def directives(doc: Document) -> list[Directive]:
    """Every directive in the document, in order (cached per document)."""
    if _MAY_HOLD_DIRECTIVE.search(doc.ascii_bytes) is None:  # the common case, one scan of bytes
        return []
    found = _CACHE.get(doc)
    if found is None:
        found = _CACHE[doc] = _parse(doc)
    return found


def _parse(doc: Document) -> list[Directive]:
    comment, comment_body, plain, _ = _patterns()
    text = doc.text
    code = _code_spans(doc) if doc.is_markdown else []
    found = []
    for m in comment.finditer(text):
        if any(s <= m.start() < e for s, e in code):
            continue
        body = comment_body.fullmatch(m.group("body"))
        if body is None or (body.group("kind") == "ignore" and not body.group("codes")):
            found.append(_directive(doc, m.start(), m.end(), "ignore", None, 0,
                                    error="malformed suppression: write `zhen: ignore CODE,CODE` "
                                          "or `zhen: ignore-file [CODES]`"))
            continue
        offset = m.start("body") + body.start("codes") if body.group("codes") else 0
        found.append(_directive(doc, m.start(), m.end(), body.group("kind"), body.group("codes"), offset))
    if not doc.is_markdown:
        for m in plain.finditer(text):
            if m.group("kind") == "ignore" and not m.group("codes"):
                continue  # not a directive: a line directive must name codes
            end = m.end() - 1 if m.group().endswith("\r") else m.end()
            offset = m.start("codes") if m.group("codes") else 0
            found.append(_directive(doc, m.start(), end, m.group("kind"), m.group("codes"), offset))
    found.sort(key=lambda d: d.start)
    return found


def _directive(doc: Document, start: int, end: int, kind: str, codes: str | None, offset: int,
               error: str | None = None) -> Directive:
    text = doc.text
    first, _ = doc.position(start)
    last, _ = doc.position(end)
    line_start = doc.line_starts[first - 1]
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    alone = not text[line_start:start].strip() and not text[end:line_end].strip()
    named = tuple((t.group().upper(), offset + t.start(), offset + t.end())
                  for t in _patterns()[3].finditer(codes)) if codes else ()
    if kind == "ignore-file":
        lines = None
    elif alone:
        lines = (last + 1, last + 1)
    else:
        lines = (first, last)
    return Directive(start, end, named, lines, alone, error)


def _code_spans(doc: Document) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in _fenced_blocks(doc.text)]
    spans.extend((m.start(), m.end()) for m in _INLINE_CODE.finditer(doc.text))
    return spans


def finding_lines(doc: Document, start: int, end: int) -> tuple[int, int]:
    """First and last line a span covers (an empty span covers the line it is on)."""
    first, _ = doc.position(start)
    last, _ = doc.position(max(start, end - 1))
    return first, last


def silenced_by(directive: Directive, doc: Document, finding: Finding) -> bool:
    if directive.error or not directive.silences(finding.code):
        return False
    if directive.lines is None:
        return True
    first, last = finding_lines(doc, finding.start, finding.end)
    return first <= directive.lines[1] and directive.lines[0] <= last


def touches(directive: Directive, finding: Finding) -> bool:
    """True when the finding's span or one of its edits reaches into the directive's text."""
    spans = [(finding.start, finding.end)]
    if finding.fix is not None:
        spans.extend((e.start, e.end) for e in finding.fix.edits)
    return any(s < directive.end and directive.start < max(e, s + 1) for s, e in spans)


def apply(doc: Document, findings: Iterable[Finding]) -> list[Finding]:
    """The findings that no directive silences; findings on a directive itself are dropped,
    except the ones reporting the directive (Z101)."""
    found = directives(doc)
    if not found:
        return list(findings)
    kept = []
    for finding in findings:
        if any(silenced_by(d, doc, finding) for d in found):
            continue
        if finding.code != UNUSED_SUPPRESSION and any(touches(d, finding) for d in found):
            continue
        kept.append(finding)
    return kept
