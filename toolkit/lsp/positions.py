"""Offsets to LSP positions and back.

zhen's offsets are Python `str` indices: one per code point. An LSP position is a line and a
character offset counted in the negotiated position encoding: UTF-16 code units unless client
and server agreed on "utf-8" (bytes) or "utf-32" (code points). A character outside the Basic
Multilingual Plane (an emoji, a CJK Extension B ideograph such as 𠀀) is one code point, two
UTF-16 units and four UTF-8 bytes; a BMP Chinese character is one unit in UTF-16, three bytes in
UTF-8. Lines end at "\\n", "\\r\\n" or "\\r", as the protocol says.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str = UTF16) -> int:
    """The length of `text` in code units of `encoding`."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Lines:
    """Positions in one text, in one position encoding."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def _line_end(self, line: int) -> int:
        """Offset of the end of `line`, before its line break."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            while end > self.starts[line] and self.text[end - 1] in "\r\n":
                end -= 1
            return end
        return len(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, character in code units) of a code-point offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a position. A line past the end is the end of the text; a
        character past the end of its line is the end of the line; a position inside a
        character (half of a surrogate pair, inside a UTF-8 sequence) is the character's start."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._line_end(line)
        if self.encoding == UTF32 or self.text.isascii():
            return min(start + max(character, 0), end)
        counted = 0
        for index in range(start, end):
            counted += units(self.text[index], self.encoding)
            if counted > character:
                return index
        return end
