"""Reading a very large file in sections, so that checking it keeps memory flat.

A crawl dump or a concatenated corpus can be hundreds of megabytes in one file. Held whole, its
text, the document's structure and its findings would take several times its size; `check` reads
a file larger than LARGE_FILE bytes instead in sections of about SECTION_CHARS characters, each
cut after a paragraph break (a blank line), so no sentence or line is split, and reports every
section's findings before reading the next. Positions stay those of the whole file.

What a section cannot see: rules that look at a document's start (site title, repeated title)
run on the first section only, and rules that look at its end (related-links list) on the last
only (`Rule.scope`; the last section keeps at least half a section's text); comparisons across the document (T102: one term rendered two ways; B104 and P109, which read
the document's memory of names and lower-case words) and
`ignore-file` directives act within their section. `fix` always works on whole files.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import NamedTuple

from .errors import UserError
from .files import sniff, undecodable

LARGE_FILE = 32 * 1024 * 1024  # bytes: smaller files are read whole
SECTION_CHARS = 4 * 1024 * 1024
_READ_BYTES = 1024 * 1024


class Section(NamedTuple):
    text: str
    offset: int  # characters of the file before this section
    line: int  # lines of the file before this section
    first: bool
    last: bool


def _cut(pending: str, size: int) -> int:
    """Where to end a section of about `size` characters: after the last paragraph break in its
    second half, else the last line break, else the last white space (one enormous line)."""
    for separator in ("\n\n", "\n", " "):
        at = pending.rfind(separator, size // 2, size)
        if at != -1:
            return at + len(separator)
    return size


def read_sections(path: str, encoding: str | None = None, size: int = SECTION_CHARS) -> Iterator[Section]:
    """The file's text in sections, in order; errors as for a whole file (toolkit.files)."""
    try:
        handle = open(path, "rb")
    except OSError as error:
        raise UserError(f"cannot read: {error.strerror}", path) from None
    with handle:
        head = handle.read(_READ_BYTES)
        encoding, bom = sniff(head, path, encoding)
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        data, fed = head[len(bom):], len(bom)
        pending, offset, line = "", 0, 0
        held: tuple[str, int, int] | None = None  # the section read last, yielded once another follows
        while True:
            final = not data
            try:
                pending += decoder.decode(data, final=final)
            except UnicodeDecodeError as error:
                at = fed - len(decoder.getstate()[0]) + error.start
                raise undecodable(path, encoding, at, _newlines_before(path, at) + 1) from None
            fed += len(data)
            while len(pending) >= size:
                cut = _cut(pending, size)
                if held is not None:
                    yield Section(*held, first=held[1] == 0, last=False)
                held = (pending[:cut], offset, line)
                offset += cut
                line += pending.count("\n", 0, cut)
                pending = pending[cut:]
            if final:
                break
            data = handle.read(_READ_BYTES)
        # The last section keeps at least half a section, so that what an "end" rule looks for
        # (a trailing list) is not cut off from the section that ends the file.
        if held is None:
            yield Section(pending, offset, line, first=True, last=True)
        elif len(pending) < size // 2:
            yield Section(held[0] + pending, held[1], held[2], first=held[1] == 0, last=True)
        else:
            yield Section(*held, first=held[1] == 0, last=False)
            yield Section(pending, offset, line, first=False, last=True)


def _newlines_before(path: str, offset: int) -> int:
    """Line breaks in the file's first `offset` bytes: read again, only to name an error's line."""
    count = 0
    with open(path, "rb") as handle:
        while offset > 0:
            block = handle.read(min(offset, _READ_BYTES))
            if not block:
                break
            count += block.count(b"\n")
            offset -= len(block)
    return count
