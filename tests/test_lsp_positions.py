"""Offsets (code points) to LSP positions (UTF-16 code units by default, or UTF-8 / UTF-32) and
back, against the encodings themselves. No pygls needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toolkit.lsp.positions import UTF8, UTF16, UTF32, Lines, units

TEXT = "引言\r\n𠀀𠀀 党建 😀 the\rend\n"


def test_units_count_code_units_of_each_encoding():
    assert [units("a党𠀀", e) for e in (UTF16, UTF8, UTF32)] == [4, 8, 3]


def test_positions_of_chinese_and_astral_characters():
    lines = Lines(TEXT)
    assert lines.starts == [0, 4, 16, 20]  # "\r\n", "\r" and "\n" each end a line
    assert lines.position(TEXT.index("党")) == (1, 5)  # 𠀀 is two UTF-16 units
    assert lines.position(TEXT.index("the")) == (1, 11)
    assert Lines(TEXT, UTF8).position(TEXT.index("the")) == (1, 21)
    assert Lines(TEXT, UTF32).position(TEXT.index("the")) == (1, 8)
    assert lines.position(TEXT.index("end")) == (2, 0)


def test_offsets_of_positions_clamp_and_never_split_a_character():
    lines = Lines(TEXT)
    assert lines.offset(1, 1) == TEXT.index("𠀀")  # inside the surrogate pair: the character
    assert lines.offset(1, 2) == TEXT.index("𠀀") + 1
    assert lines.offset(0, 99) == 2  # past the end of the line: before its "\r\n"
    assert lines.offset(99, 0) == len(TEXT) and lines.offset(-1, 5) == 0
    assert Lines(TEXT, UTF8).offset(1, 9) == TEXT.index("党")  # inside 党's three bytes: 党


@given(st.text(alphabet=st.sampled_from("ab \n\r党建𠀀😀é"), max_size=40),
       st.sampled_from([UTF8, UTF16, UTF32]))
def test_every_offset_goes_to_a_position_and_back(text, encoding):
    lines = Lines(text, encoding)
    for offset in range(len(text) + 1):
        line, character = lines.position(offset)
        if offset < len(text) and text[offset] == "\n" and offset and text[offset - 1] == "\r":
            continue  # between "\r" and "\n": not a position a client can name
        assert lines.offset(line, character) == offset
        prefix = text[lines.starts[line]:offset]
        codec = {UTF8: "utf-8", UTF16: "utf-16-le", UTF32: "utf-32-le"}[encoding]
        assert character == len(prefix.encode(codec)) // {UTF8: 1, UTF16: 2, UTF32: 4}[encoding]
