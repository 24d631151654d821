"""The evaluation harness scores findings exactly as the corpus README defines."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).resolve().parents[1] / "benchmarks" / "evaluate.py"
spec = importlib.util.spec_from_file_location("evaluate", HARNESS)
evaluate = importlib.util.module_from_spec(spec)
sys.modules["evaluate"] = evaluate  # dataclasses look their module up while the class is built
spec.loader.exec_module(evaluate)


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "clean").mkdir()
    (tmp_path / "raw" / "001.txt").write_text("my country grew. Then my country fell, the end is cut of", encoding="utf-8")
    (tmp_path / "raw" / "002.txt").write_text("A line.\nIt works. .\n", encoding="utf-8")
    (tmp_path / "clean" / "009.txt").write_text("one two three four (PHOTO / CHINA DAILY) five", encoding="utf-8")
    notes = [
        {"doc": "001", "quote": "my country", "type": "calque"},
        {"doc": "001", "quote": "cut of", "type": "other"},
        {"doc": "002", "quote": " .", "type": "punctuation"},
    ]
    (tmp_path / "annotations.jsonl").write_text("\n".join(json.dumps(n) for n in notes), encoding="utf-8")
    known = [{"doc": "009", "quote": "(PHOTO / CHINA DAILY)", "kind": "scrape-boilerplate"}]
    (tmp_path / "clean_known_issues.jsonl").write_text("\n".join(json.dumps(k) for k in known), encoding="utf-8")
    return evaluate.load_corpus(tmp_path)


def finding(start, end, code="X001"):
    return {"offset": start, "end_offset": end, "code": code, "line": 1, "column": start + 1}


def test_overlap_with_any_occurrence_finds_the_annotation(corpus):
    raw, notes, clean, known = corpus
    second = raw["001"].index("my country", 5)
    figures = evaluate.score(raw, notes, clean, known, {"001": [finding(second, second + 10)]})
    assert figures["recall_by_type"]["calque"] == (1, 1)


def test_a_finding_much_wider_than_the_quote_does_not_count(corpus):
    raw, notes, clean, known = corpus
    figures = evaluate.score(raw, notes, clean, known, {"001": [finding(0, 45)]})
    assert figures["recall_by_type"]["calque"] == (0, 1)
    assert figures["precision"] == 0.0


def test_findings_in_the_cut_off_final_word_are_ignored(corpus):
    raw, notes, clean, known = corpus
    start = raw["001"].rindex("of")
    figures = evaluate.score(raw, notes, clean, known, {"001": [finding(start, start + 2)]})
    assert figures["findings_raw"] == 0


def test_clean_findings_on_scrape_spots_do_not_count(corpus):
    raw, notes, clean, known = corpus
    text = clean["009"]
    on_scrape = finding(text.index("(PHOTO"), text.index("(PHOTO") + 5)
    elsewhere = finding(0, 3)
    figures = evaluate.score(raw, notes, clean, known, {"clean/009": [on_scrape, elsewhere]})
    assert figures["clean_findings"] == 1
    assert figures["clean_fp_per_1000_words"] == round(1000 / len(text.split()), 3)


def test_reachable_recall_and_document_average(corpus):
    raw, notes, clean, known = corpus
    dot = raw["002"].index(" .")
    figures = evaluate.score(raw, notes, clean, known, {"002": [finding(dot, dot + 2)]})
    assert figures["recall_reachable"] == 0.5
    assert figures["recall_per_document"] == {"001": 0.0, "002": 1.0}
    assert figures["recall_document_average"] == 0.5
    assert figures["precision"] == 1.0


def _two_furniture_lines():
    text = "Site > News > Notice\nViews: 12\nThe body stays.\n"
    notes = [evaluate.Annotation("001", q, "boilerplate", evaluate.occurrences(text, q))
             for q in ("Site > News > Notice\n", "Views: 12\n")]
    fix_of = {("001", n.quote, n.type): "" for n in notes}
    return text, notes, fix_of


def test_a_block_deleted_in_one_edit_agrees_with_each_line_when_scored_together():
    text, notes, fix_of = _two_furniture_lines()
    fixed = "The body stays.\n"
    figures = evaluate.score_fixes({"001": text}, {"001": fixed}, notes, fix_of, {}, {}, [], {})
    assert figures["overall"]["agreement"] == 0.0  # one by one, each line sees the other's deletion
    assert figures["overall"]["grouped_agreement"] == 1.0


def test_scored_together_a_line_fixed_wrongly_still_disagrees():
    text, notes, fix_of = _two_furniture_lines()
    fixed = "Views: 1\nThe body stays.\n"  # first line deleted, second damaged instead of deleted
    figures = evaluate.score_fixes({"001": text}, {"001": fixed}, notes, fix_of, {}, {}, [], {})
    assert figures["overall"]["grouped_agreement"] == 0.5
