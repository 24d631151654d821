"""Marks that native technical prose writes as code, and the per-document memory that tells a
qualified name from a sentence glued to a full stop (P101, P102, P104), and the outline of
numbered Markdown headings (M108). The rules' own examples cover single sentences; these cover
what a document as a whole decides."""

from __future__ import annotations

from toolkit import check_text


def codes(text: str, path: str | None = None, code: str = "P104") -> list[str]:
    return [text[f.start:f.end + 12] for f in check_text(text, path) if f.code == code]


def test_a_prefix_used_with_several_names_is_a_namespace():
    text = ("The parser returns shapes.Circle objects. Old code may still build shapes.Square values.\n\n"
            "Use shapes.Triangle when the figure has three sides.\n")
    assert codes(text) == []


def test_the_same_qualified_name_twice_is_a_name():
    text = "Call colours.Palette first. Later colours.Palette holds every colour you chose.\n"
    assert codes(text) == []


def test_a_sentence_opener_after_the_stop_is_flagged_even_in_a_namespace():
    text = "It uses shapes.Circle and shapes.Square for the work.The next step draws them.\n"
    assert [c[:1] for c in codes(text)] == ["."]


def test_a_document_that_names_code_needs_an_opener_after_a_glued_stop():
    code_doc = "Run setup.py, then call os.getcwd and read the value of units.Metre in the result.\n"
    assert codes(code_doc) == []
    prose = "The county finished the new roads.Villages along them now sell more fruit.\n"
    assert len(codes(prose)) == 1


def test_glued_sentences_in_a_chain_are_still_flagged():
    text = "The reform made great progress.However,the gap between town and country remained.\n"
    assert len(codes(text)) == 2


def test_marks_named_as_symbols_are_not_stray_punctuation():
    text = ("A star matches any run of characters, ; ? matches a single one.\n\n"
            "Old names end in .tar, .gz and .zip; the dot . is the current directory.\n")
    assert codes(text, code="P101") == [] and codes(text, code="P102") == []


def test_heading_levels_follow_the_numbering_of_the_siblings():
    text = "# 2 Design\n## 2.1 Parts\n### 2.1.1 Reader\n## 2.1.2 Writer\n### 2.1.3 Cache\n"
    found = [f for f in check_text(text, "x.md") if f.code == "M108"]
    assert [text[f.start:f.end] for f in found] == ["## 2.1.2"]
