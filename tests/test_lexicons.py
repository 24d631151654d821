"""The word lists rules read (lexicons/) are data with an origin, tested like code; the frequency
table toolkit/lexicon.py builds from wordfreq gives wordfreq's own figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import lexicon

FOLDER = Path(__file__).resolve().parents[1] / "lexicons"
FILES = sorted(FOLDER.glob("*.txt"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_list_says_where_it_comes_from_and_has_no_duplicates(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), f"{path.name} starts with a comment giving its origin"
    entries = [line.split("#", 1)[0].strip().lower() for line in lines]
    entries = [e for e in entries if e]
    assert entries and len(entries) == len(set(entries)), f"{path.name}: duplicate entries"


def test_pinyin_syllables_split_words_and_reject_english():
    assert lexicon.pinyin_syllables("Xiangzhang") == ("xiang", "zhang")
    assert lexicon.pinyin_syllables("Xi'an") is not None
    assert lexicon.pinyin_syllables("standardization") is None
    assert lexicon.pinyin_syllables("Ensure") is not None  # English words can be pinyin-shaped:
    # the rules that read syllables also ask wordfreq


def test_frequencies_are_wordfreqs():
    wordfreq = pytest.importorskip("wordfreq")
    for word in ("the", "ensure", "beijing", "standardization", "hukou", "xiangzhang", "zzzzqx"):
        assert lexicon.zipf(word) == pytest.approx(wordfreq.zipf_frequency(word, "en"), abs=0.011)


def test_titles_table_reads_two_columns():
    titles = lexicon.table("pinyin-titles")
    assert titles["shuji"] == "Secretary" and titles["zhang"] == "Head"
