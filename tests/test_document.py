"""The document model: positions, lines, paragraphs, sentences, regions that are not checked."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.document import Document, split_sentences


def texts(doc: Document, spans) -> list[str]:
    return [doc.text[s.start:s.end] for s in spans]


def test_position_and_offset_round_trip_with_crlf():
    doc = Document("first line\r\nsecond\r\n\r\nfourth")
    assert doc.position(0) == (1, 1)
    assert doc.position(12) == (2, 1)
    assert doc.position(doc.text.index("fourth")) == (4, 1)
    assert doc.offset(2, 3) == 14
    assert texts(doc, doc.lines()) == ["first line", "second", "", "fourth"]


@given(st.text(alphabet=st.sampled_from("ab\n\r中 "), max_size=40), st.data())
def test_offset_is_the_inverse_of_position(text, data):
    doc = Document(text)
    offset = data.draw(st.integers(0, len(text)))
    assert doc.offset(*doc.position(offset)) == offset


def test_position_outside_the_document_is_an_error():
    with pytest.raises(ValueError):
        Document("abc").position(4)


def test_paragraphs_are_separated_by_blank_lines():
    doc = Document("One line.\nSame paragraph.\n\n  \nSecond paragraph.\n")
    assert texts(doc, doc.paragraphs()) == ["One line.\nSame paragraph.", "Second paragraph."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is in the city (county). Then it moved.", ["It is in the city (county).", "Then it moved."]),
        ("Dr. Guo trained them. They came.", ["Dr. Guo trained them.", "They came."]),
        ("See No. 3 for details. It is short.", ["See No. 3 for details.", "It is short."]),
        ("GDP grew 3.5 percent. Revenue fell.", ["GDP grew 3.5 percent.", "Revenue fell."]),
        ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
        ("Candidate J. F. Wan wrote it. Done.", ["Candidate J. F. Wan wrote it.", "Done."]),
        ("他说：好。我们走吧！真的？", ["他说：好。", "我们走吧！", "真的？"]),
        ("It costs approx. three yuan.", ["It costs approx. three yuan."]),
        ("Banks, e.g. the ICBC, lend. Others do not.", ["Banks, e.g. the ICBC, lend.", "Others do not."]),
    ],
)
def test_sentences(text, expected):
    assert texts(Document(text), split_sentences(text)) == expected


def test_a_line_break_ends_a_sentence():
    doc = Document("1. Existing models\nIn recent years, regions explored")
    assert texts(doc, doc.sentences()) == ["1. Existing models", "In recent years, regions explored"]


def test_markdown_regions_are_not_checked():
    text = (
        "---\ntitle: x\n---\n"
        "Text with `inline code` and <!-- a comment --> here.\n"
        "```\ncode block\n```\n"
        "A [link](http://example.com/a,b) and https://example.org/x?y=1.\n"
    )
    doc = Document(text, "doc.md")
    for piece in ("title: x", "inline code", "a comment", "code block", "http://example.com/a,b",
                  "https://example.org/x?y=1"):
        start = text.index(piece)
        assert doc.is_ignored(start, start + len(piece)), piece
    for piece in ("Text with", "here.", "A [link"):
        start = text.index(piece)
        assert not doc.is_ignored(start, start + len(piece)), piece


def test_plain_text_only_skips_urls():
    text = "Use `this` and see www.example.com/page for more."
    doc = Document(text, "doc.txt")
    assert not doc.is_ignored(text.index("`this`"), text.index("`this`") + 6)
    assert doc.is_ignored(text.index("www"), text.index("www") + 3)


def test_the_characters_that_lower_to_ascii_are_the_ones_the_document_knows():
    # Document.ascii_lowered patches these into the lower-cased bytes; a new Unicode version could
    # add one, which this test would catch.
    from toolkit.document import _LOWERS_TO_ASCII

    found = {chr(c): (chr(c).lower()[:1] or chr(c)) for c in range(128, 0x110000)
             if (chr(c).lower()[:1] or chr(c)).isascii()}
    assert found == _LOWERS_TO_ASCII


@pytest.mark.parametrize("text", ["plain ascii", "K\u212a \u0130stanbul “quoted” 条块", "nul \0 and 条", ""])
def test_the_byte_views_keep_one_byte_per_character(text):
    from toolkit.document import ascii_projection

    doc = Document(text)
    assert doc.ascii_lowered == ascii_projection(doc.lowered)
    assert [text[s.start:s.end] for s in doc.non_ascii] == re.findall(r"[^\x00-\x7f]+", text)


@given(st.text(alphabet=st.sampled_from("a Z\0\n.条“é\u212a\U0001f600\udc80"), max_size=60))
def test_the_non_ascii_runs_noted_while_encoding_are_every_run(text):
    # Document.non_ascii is what the encoder's error handler saw: each run whole, in order, with
    # NULs of the text's own (ASCII) outside any run, and astral and lone surrogate characters in.
    from toolkit.document import ascii_projection

    doc = Document(text)
    assert [(s.start, s.end) for s in doc.non_ascii] == [m.span() for m in re.finditer(r"[^\x00-\x7f]+", text)]
    assert doc.ascii_bytes == ascii_projection(text) and len(doc.ascii_bytes) == len(text)
    assert doc.ascii_lowered == ascii_projection(doc.lowered)


# White space of every kind str.split() knows (ASCII, the information separators, no-break and
# ideographic spaces, line and paragraph separators), beside words, Chinese and a NUL.
_SPACES_AND_WORDS = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2009\u2028\u3000\u200b\0ab中é\u0130"


@given(st.text(alphabet=st.sampled_from(_SPACES_AND_WORDS), max_size=60))
def test_split_count_is_the_number_of_words_str_split_gives(text):
    assert Document(text).split_count() == len(text.split())


@given(st.text(alphabet=st.sampled_from("ab\n\r中 "), max_size=60))
def test_line_starts_follow_every_line_break(text):
    assert Document(text).line_starts == [0, *(m.end() for m in re.finditer("\n", text))]


def test_a_name_written_in_lower_case_only_as_a_command_is_still_a_name():
    # A README names its tool with a capital and runs it in lower case inside code: the code is
    # not prose, so it does not make the name a common word written in lower case.
    text = "# Kestrel\n\nKestrel is small. Kestrel needs Python 3.\n\nRun `kestrel --version` and report it.\n"
    doc = Document(text, "README.md")
    assert doc.is_name("Kestrel")
    assert not doc.writes_lower("Kestrel")
    prose = Document(text.replace("`kestrel --version`", "kestrel daily"), "README.md")
    assert prose.writes_lower("Kestrel")
