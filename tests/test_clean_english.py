"""False positives: the default rules report nothing on clean, human-written English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit import check_text

HERE = Path(__file__).parent
CLEAN = sorted((HERE / "data" / "clean-english").glob("*.txt"))
SHARED = HERE.parent.parent / "shared" / "corpus" / "dev"


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_no_finding_on_clean_english(path):
    findings = check_text(path.read_text(encoding="utf-8"), str(path))
    assert [(f.code, f.message) for f in findings] == []


def test_the_clean_corpus_is_a_few_thousand_words():
    assert sum(len(p.read_text(encoding="utf-8").split()) for p in CLEAN) >= 4000


SHARED_CLEAN = sorted([*(SHARED / "clean").glob("*.txt"), *(SHARED / "clean").glob("*.md")])
# Native English about China that the glossary still flags (T101 renderings, deliberate Chinese):
# the first target of issue #19 ("A glossary you can trust"). Strict: fixing one fails the mark.
# 301 and 306 pass since the glossary data dropped the renderings that lie inside accepted English,
# 201 since T103 tells a deliberate gloss; 311 and 312 pass once ambiguous renderings ("State
# Department", "Assistant Secretary") are reported only where other evidence shows MT.
GLOSSARY_ISSUE_19: set[str] = set()


def _marked(path: Path):
    if path.name in GLOSSARY_ISSUE_19:
        return pytest.param(path, marks=pytest.mark.xfail(
            strict=True, reason="issue #19: glossary renderings and deliberate Chinese flagged in native English"))
    return path


@pytest.mark.skipif(not SHARED_CLEAN, reason="the shared development corpus is not beside the checkout")
@pytest.mark.parametrize("path", [_marked(p) for p in SHARED_CLEAN], ids=lambda p: p.name)
def test_no_finding_on_the_development_corpus_clean_texts(path):
    # scrape-* spots are page residue and native-* spots real slips of the human author (a doubled
    # word, a space before a full stop): a finding there is right.
    known = [json.loads(line) for line in (SHARED / "clean_known_issues.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    text = path.read_text(encoding="utf-8")
    scrape = [(text.find(k["quote"]), text.find(k["quote"]) + len(k["quote"])) for k in known
              if k["doc"] == path.stem and k["kind"].startswith(("scrape-", "native-")) and k["quote"] in text]
    findings = [f for f in check_text(text, str(path))
                if not any(s < f.end and f.start < e for s, e in scrape)]
    assert [(path.name, f.code, text[f.start:f.end]) for f in findings] == []
