"""Fuzzing the public functions that take text: Document and its structure, sentence splitting,
suppression comments, glossary look-ups and scans, Chinese conversion, every report format,
review catalogs. Whatever the text, they return values that hold together, never an exception.
"""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from toolkit import check_text, fix_text
from toolkit.chinese import has_han, to_simplified, to_traditional
from toolkit.document import Document, split_sentences
from toolkit.glossary import load_glossary
from toolkit.glossary.lookup import closest, lookup, scan
from toolkit.diff import unified_diff
from toolkit.emitters.base import Located
from toolkit.emitters.full import full_text
from toolkit.emitters.github import github_line
from toolkit.emitters.json_array import render_json, to_json
from toolkit.emitters.json_lines import jsonl_line
from toolkit.emitters.statistics import statistics, statistics_json
from toolkit.emitters.text import text_line
from toolkit.tally import Tally, counted, summary, word_count
from toolkit.gettext.review import apply_catalog, review_catalog
from toolkit.emitters.sarif import render_sarif
from toolkit.suppressions import directives

from fuzzing import FUZZ, TEXTS

PATHS = st.sampled_from(["doc.txt", "doc.md", None])


@FUZZ
@given(TEXTS, PATHS)
def test_document_structure_is_consistent(text, path):
    doc = Document(text, path)
    lines = doc.lines()
    assert len(lines) == text.count("\n") + 1
    for span in [*lines, *doc.paragraphs(), *doc.sentences()]:
        assert 0 <= span.start <= span.end <= len(text)
    for span in doc.sentences():
        assert text[span.start:span.end].strip() == text[span.start:span.end] != ""
    ignored = doc.ignored
    assert all(a.end < b.start for a, b in zip(ignored, ignored[1:]))
    for offset in range(0, len(text) + 1, max(1, len(text) // 7)):
        line, column = doc.position(offset)
        assert doc.offset(line, column) == offset
        doc.is_ignored(offset, offset)


@FUZZ
@given(TEXTS, st.integers(-3, 300), st.integers(-3, 300))
def test_positions_outside_the_document_are_value_errors(text, line, column):
    doc = Document(text)
    try:
        offset = doc.offset(line, column)
    except ValueError:
        return
    assert doc.position(offset) == (line, column)


@FUZZ
@given(TEXTS, st.data())
def test_split_sentences_within_any_range(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    spans = split_sentences(text, start, end)
    assert all(start <= s.start < s.end <= end for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@FUZZ
@given(TEXTS, PATHS)
def test_suppression_directives_are_spans_of_the_text(text, path):
    doc = Document(text, path)
    for directive in directives(doc):
        assert 0 <= directive.start <= directive.end <= len(text)
        assert all(directive.start <= s <= e <= directive.end for _, s, e in directive.codes)


@FUZZ
@given(TEXTS)
def test_glossary_lookups_of_any_query(query):
    glossary = load_glossary()
    for match in lookup(glossary, query):
        assert match.kind in ("zh", "traditional", "en", "also", "mt")
    assert len(closest(glossary, query)) <= 5


@FUZZ
@given(TEXTS)
def test_scanning_any_text_for_terms(text):
    for hit in scan(load_glossary(), text):
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start:hit.end] == hit.word


@FUZZ
@given(TEXTS)
def test_chinese_conversion_of_any_text(text):
    simplified, traditional = to_simplified(text), to_traditional(text, "s2twp")
    if not has_han(text):
        assert simplified == traditional == text


@FUZZ
@given(TEXTS, PATHS)
def test_every_report_format_renders_any_findings(text, path):
    doc = Document(text, path)
    items = [Located(path or "<stdin>", doc, f) for f in check_text(text, path)]
    for item in items:
        assert "\n" not in text_line(item)
        full_text(item)
        assert "\n" not in github_line(item)
    assert len(json.loads(render_json(items))) == len(items)
    assert len(json.loads(render_sarif(items))["runs"][0]["results"]) == len(items)
    tally = Tally(per_document=True)
    tally.add(path or "<stdin>", counted(i.finding for i in items), word_count(text))
    summary(tally)
    statistics(tally)
    assert len(json.loads(statistics_json(tally))["documents"]) == 1
    for item in items:
        line = jsonl_line(item)
        assert "\n" not in line and json.loads(line) == to_json(item)
    unified_diff(path or "-", text, fix_text(text, path).text)


@FUZZ
@given(TEXTS, st.booleans(), st.booleans())
@example("STRIPS AND STRIPS", True, True)  # an insertion at the very end was left out of its entry
@example("STRIPS AND STRIPS\x85", True, True)  # ... or before a last line break that starts no entry
@example("and so on,, a3 followse&tc. , a nd mor  :", False, False)  # two entries overlapped
@example("The plan . Next. The plan .", False, False)  # a repeated sentence was looked for at the first
@example("zhen:ignore A", True, True)  # the fix deletes the whole text: no neighbour to carry it
def test_review_catalogs_of_any_text_rebuild_the_fix(text, unsafe, accept_fuzzy):
    """A review catalog applied as made gives what `zhen fix` wrote: its fuzzy entries are the
    unsafe changes (taken with --accept-fuzzy) and flagged sentences (msgstr = msgid)."""
    result = fix_text(text, "doc.txt", unsafe=unsafe)
    original = text.encode("utf-8", "surrogatepass")
    catalog = review_catalog(original, text, result, "doc.txt")
    rebuilt = apply_catalog(catalog, original, text, accept_fuzzy)
    if accept_fuzzy or not unsafe:
        assert rebuilt == result.text
