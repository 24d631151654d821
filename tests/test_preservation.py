"""Content preservation: the output of fix is its input with exactly the reported edits applied.

toolkit.preservation.verify replays a FixResult pass by pass; here it runs over the seeds, the
test data, the shared development corpus and generated documents, for the library and the CLI.
"""

from __future__ import annotations

import codecs
import copy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit import Edit, fix_text
from toolkit.config import Overrides, Resolver
from toolkit.files import read_source
from toolkit.preservation import first_difference, replay, verify
from toolkit.runner import fix_files

from conftest import ROOT

SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def documents() -> list[Path]:
    found = sorted((ROOT / "seeds").glob("*.txt"))
    found += sorted(p for p in (ROOT / "tests" / "data").rglob("*") if p.suffix in (".txt", ".md", ".po"))
    return found


def corpus_documents() -> list[Path]:
    if not SHARED_CORPUS.is_dir():
        return []
    return sorted(p for p in SHARED_CORPUS.rglob("*") if p.suffix in (".txt", ".md"))


def assert_preserved(path: Path, unsafe: bool) -> None:
    (result,) = fix_files([str(path)], Resolver(Overrides(isolated=True)), unsafe=unsafe)
    assert verify(result.source.text, result.fixed, result.fixed.text) is None


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
@pytest.mark.parametrize("path", documents(), ids=lambda p: str(p.relative_to(ROOT)))
def test_fixing_the_repository_documents_changes_only_what_it_reports(path, unsafe):
    assert_preserved(path, unsafe)


def test_the_documents_include_something_to_fix():
    # Otherwise the test above would pass on documents where fix does nothing.
    results = fix_files([str(p) for p in documents()], Resolver(Overrides(isolated=True)), unsafe=True)
    assert sum(len(r.fixed.applied) for r in results) >= 15
    assert any(len(r.fixed.passes) >= 2 for r in results) or sum(r.changed for r in results) >= 2


@pytest.mark.skipif(not corpus_documents(), reason="shared corpus not present (../shared/corpus/dev)")
@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
@pytest.mark.parametrize("path", corpus_documents(), ids=lambda p: str(p.relative_to(SHARED_CORPUS)))
def test_fixing_the_shared_corpus_changes_only_what_it_reports(path, unsafe):
    assert_preserved(path, unsafe)


# Generated documents: English, Chinese, Markdown, full-width punctuation, emoji, combining marks,
# artifacts rules fix, long lines and the empty text.
PIECES = st.sampled_from([
    "The plan", "the the", "of of", "functions Functions", " ", "  ", "\n", "\r\n", "\n\n", "\r",
    ". ", " .", ". .", ",", " ,", "，", "。", "：", "；", "（", "）", "《", "》", "“", "”", "、",
    "条块", "我国", "党建工作", "strips and strips", "my country", "There is", "it has There",
    "# Heading\n", "- item\n", "1. first\n", "> quote\n", "`code the the`", "```\nthe the\n```\n",
    "[link](http://x.org/a the the)", "**bold**", "~~x~~", "<br>", "&nbsp;", "[2] 365",
    "- Related articles\n- a\n", "Site - News - ", "\u00a0", "\u3000", "\u200b",
    "🙂", "👩‍💻", "e\u0301", "a\u0308\u0323", "x" * 300, "word " * 80,
])
DOCUMENTS = st.one_of(
    st.just(""),
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENTS, st.booleans(), st.booleans())
def test_fixing_generated_documents_changes_only_what_it_reports(text, unsafe, markdown):
    result = fix_text(text, "doc.md" if markdown else "doc.txt", unsafe=unsafe)
    assert verify(text, result, result.text) is None


def test_a_very_long_line_is_preserved():
    text = ("The plan . It has There is the the work， done . " * 20_000).rstrip()
    result = fix_text(text)
    assert result.applied and verify(text, result, result.text) is None


# The checker itself must catch what it exists to catch.
TAMPERED_TEXT = "The plan . It works. .\nthe the end\n"


@pytest.fixture
def fixed():
    result = fix_text(TAMPERED_TEXT)
    assert result.text == "The plan. It works.\nthe end\n"
    return result


def test_the_checker_accepts_the_real_output(fixed):
    assert verify(TAMPERED_TEXT, fixed, fixed.text) is None


@pytest.mark.parametrize(("tampered", "offset"), [
    ("The plan. It works.\nthe end\n"[:-1], 27),  # the final newline lost
    ("The plan. It works.\nthe end\n" + "x", 28),  # something appended
    ("The plan. It works.\nthe End\n", 24),  # one character changed outside any edit
    ("The plan. It works.\r\nthe end\n", 19),  # a line ending changed
    ("The plan . It works.\nthe end\n", 8),  # a reported edit not applied
])
def test_the_checker_reports_the_first_difference(fixed, tampered, offset):
    difference = verify(TAMPERED_TEXT, fixed, tampered)
    assert difference is not None and difference.offset == offset
    expected = fixed.text
    assert difference.expected == expected[offset:offset + 20]
    assert difference.got == tampered[offset:offset + 20]
    assert f"offset {offset}" in str(difference)


def with_passes(result, passes):
    """A copy of a fix result that claims `passes` were applied."""
    tampered = copy.copy(result)
    tampered.passes = passes
    return tampered


def test_the_checker_catches_an_edit_left_out_of_the_result(fixed):
    # The output is right, but the result hides one edit: the output no longer matches it.
    dropped = with_passes(fixed, [fixed.passes[0][1:], *fixed.passes[1:]])
    assert verify(TAMPERED_TEXT, dropped, fixed.text) is not None


def test_the_checker_refuses_a_result_whose_edits_cannot_apply(fixed):
    finding = fixed.passes[0][0]
    beyond = finding._replace(fix=finding.fix._replace(edits=(Edit(500, 501, ""),)))
    difference = verify(TAMPERED_TEXT, with_passes(fixed, [[beyond]]), fixed.text)
    assert difference is not None and "pass 1" in difference.reason and "beyond the end" in difference.reason
    with pytest.raises(ValueError):
        replay(TAMPERED_TEXT, with_passes(fixed, [[finding._replace(fix=None)]]))


@given(st.text(max_size=50), st.text(max_size=50))
def test_first_difference_is_the_first_unequal_position(a, b):
    offset = first_difference(a, b)
    if a == b:
        assert offset is None
    else:
        assert a[:offset] == b[:offset]
        assert offset == min(len(a), len(b)) or a[offset] != b[offset]


# End to end: what `zhen fix` writes is the library's FixResult text, in the input's encoding,
# byte-order mark and line endings, and so it too passes the checker.
ENCODED = {
    "utf-8 lf": ("The plan .\nIt works. .\n条块 the the end\n", "utf-8", b"", None),
    "utf-8 crlf": ("The plan .\r\nIt works. .\r\nthe the end\r\n", "utf-8", b"", None),
    "utf-8 mixed": ("The plan .\r\nIt works. .\nthe the end\rmore\r\n", "utf-8", b"", None),
    "utf-8 bom": ("The plan .\r\nthe the end\n", "utf-8", codecs.BOM_UTF8, None),
    "utf-16-le bom": ("条块 The plan .\r\nthe the end\n", "utf-16-le", codecs.BOM_UTF16_LE, None),
    "utf-16-be bom": ("The plan .\nthe the end\r\n", "utf-16-be", codecs.BOM_UTF16_BE, None),
    "gb18030": ("条块结合 The plan .\r\nthe the end，好\n", "gb18030", b"", "gb18030"),
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_the_cli_writes_the_library_result_in_the_input_encoding(zhen, tmp_path, name):
    text, encoding, bom, option = ENCODED[name]
    path = tmp_path / "doc.txt"
    original = bom + text.encode(encoding)
    path.write_bytes(original)
    result = fix_text(text, str(path))
    assert result.text != text
    args = ["fix", path] + (["--encoding", option] if option else [])
    assert zhen(*args).exit_code in (0, 1)
    written = path.read_bytes()
    assert written == bom + result.text.encode(encoding)
    assert verify(text, result, read_source(str(path), option).text) is None
    # Line endings the edits did not touch are the input's, one for one.
    assert written.count("\r\n".encode(encoding)) == original.count("\r\n".encode(encoding))
