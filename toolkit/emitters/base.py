"""What every output format shares: a finding with its place (Located), where output goes
(Output), and the Emitter interface the formats implement."""

from __future__ import annotations

import codecs
import contextlib
import sys
from collections.abc import Sequence
from typing import Any, NamedTuple

from ..document import Document
from ..model import Finding
from ..tally import Tally, summary


class Located(NamedTuple):  # a named tuple: one is made per finding printed
    """A finding with the document it was found in, for rendering positions.

    A file checked in sections (toolkit/sections.py) gives each section as `doc`; `offset` and
    `line` are the characters and lines of the file before it, so positions shown are the file's.
    """

    path: str
    doc: Document
    finding: Finding
    offset: int = 0
    line: int = 0

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of an offset into `doc`."""
        line, column = self.doc.position(offset)
        return line + self.line, column


class Output:
    """Standard output and error for one run. With a progress bar on stderr, everything waits
    until the bar is done (`deferred`); otherwise findings without colour, already UTF-8, are
    copied to the byte stream as they are (a crawl prints hundreds of MB)."""

    def __init__(self, color: bool = False, deferred: bool = False) -> None:
        self.color = color
        self._deferred: list[tuple[str, bool]] | None = [] if deferred else None
        self._raw = None if deferred or color else _utf8_buffer(sys.stdout)

    def echo(self, text: str, err: bool = False) -> None:
        """`text` and a line break."""
        if self._deferred is not None:
            self._deferred.append((text, err))
            return
        if not (err or self.color):
            # Findings without colour hold no escape codes: written as they are, not through
            # click.echo, which would search every line of a crawl's output for codes to strip.
            with contextlib.suppress(UnicodeEncodeError):  # a stream that cannot take it: click's way
                sys.stdout.write(text + "\n")
                return
        _click_echo(text, err, self.color)

    def lines(self, data: bytes) -> None:
        """Lines already encoded as UTF-8, each ending in a line break."""
        if self._raw is None:
            self.echo(data.decode("utf-8")[:-1])
            return
        sys.stdout.flush()  # whatever went through the text layer first
        self._raw.write(data)

    def release(self) -> None:
        """Write what waited for the progress bar; from now on write at once."""
        waiting, self._deferred = self._deferred or [], None
        for text, err in waiting:
            _click_echo(text, err, self.color)


def _click_echo(text: str, err: bool, color: bool) -> None:
    import click  # loaded already by the command line, the only caller

    click.echo(text, err=err, color=color)


def _utf8_buffer(stream: Any) -> Any:
    """The binary buffer under a UTF-8 text stream, or None: output already encoded as UTF-8 is
    written there as it is, not decoded and encoded again."""
    buffer = getattr(stream, "buffer", None)
    try:
        utf8 = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        utf8 = False
    return buffer if utf8 else None


class Emitter:
    """One output format of `zhen check`.

    `render` turns one checked file into its share of the output where the file is checked (in a
    worker process, so the printing process only copies); `file` takes each share in order;
    `end` writes what follows the last file. The default: a stream of lines, then the summary.
    """

    def __init__(self, out: Output, tally: Tally) -> None:
        self.out = out
        self.tally = tally

    @staticmethod
    def render(path: str, doc: Document, findings: Sequence[Finding], color: bool = False,
               offset: int = 0, line: int = 0) -> Any:
        """This file's share of the output (`offset`, `line` as in Located)."""
        return b""

    def file(self, share: Any) -> None:
        if share:  # one write per file: a crawl has thousands of findings
            self.out.lines(share)

    def end(self, errors: Sequence[str]) -> None:
        text = summary(self.tally, self.tally.unread)
        if text:
            self.out.echo(text)


class LineEmitter(Emitter):
    """A format of one or more lines per finding: `line` renders one."""

    @staticmethod
    def line(item: Located, color: bool = False) -> str:
        raise NotImplementedError

    @classmethod
    def render(cls, path, doc, findings, color=False, offset=0, line=0) -> bytes:
        return "".join(f"{cls.line(Located(path, doc, f, offset, line), color)}\n"
                       for f in findings).encode("utf-8", "backslashreplace")
