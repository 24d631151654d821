"""Word lists the rules read: English word frequencies, pinyin syllables, and the data files in
`lexicons/` (titles, page-furniture words). Loaded on first use and cached per process; nothing
here is imported at start-up unless a rule asks (a text with no candidate never loads them).

English frequencies come from `wordfreq` (its "best" English list, 321,000 words, case-folded,
Zipf scale: 7 is "the", 3 is a word seen once per million words, 0 is unknown). wordfreq was
chosen over the dictionaries of symspellpy and pyspellchecker because it is built from several
genres of text (subtitles, news, books, web, Wikipedia, Reddit) rather than one crawl, so a common
word of official or technical prose is common in it too, and it ships proper-noun frequencies,
which tell a name ("Jinping", "Debian") from a coinage no text uses ("standardizationize").
"""

from __future__ import annotations

import functools
import math
from pathlib import Path


def _folder() -> Path:
    # Inside the installed package (the wheel force-includes lexicons/), else the checkout's top.
    here = Path(__file__).resolve().parent
    folder = here / "data" / "lexicons"
    return folder if folder.is_dir() else here.parent / "lexicons"


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicons/NAME.txt: one per line, '#' starts a comment, lower-cased."""
    entries = set()
    for line in (_folder() / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry.lower())
    return frozenset(entries)


@functools.cache
def table(name: str) -> dict[str, str]:
    """lexicons/NAME.txt read as two tab-separated columns: first (lower-cased) -> second."""
    rows = {}
    for line in (_folder() / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].rstrip()
        if "\t" in entry:
            key, value = entry.split("\t", 1)
            rows[key.strip().lower()] = value.strip()
    return rows


@functools.cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # ~0.4 s: only when a rule needs a frequency

    return get_frequency_dict("en", "best")


def zipf(word: str) -> float:
    """The Zipf frequency of `word` (case-folded) in English text; 0 for a word no text uses."""
    frequency = _frequencies().get(word.lower())
    return round(math.log10(frequency) + 9, 2) if frequency else 0.0


def is_english(word: str, threshold: float = 2.0) -> bool:
    """True when `word` is used in English text at least about once per 10 million words."""
    return zipf(word) >= threshold


@functools.cache
def _syllables() -> frozenset[str]:
    return words("pinyin-syllables")


@functools.cache
def pinyin_syllables(word: str) -> tuple[str, ...] | None:
    """`word` split into toneless pinyin syllables (fewest syllables first), or None when it is
    not a run of them. An apostrophe may separate syllables ("Xi'an")."""
    lowered = word.lower().replace("'", "").replace("’", "")
    if not lowered.isascii() or not lowered.isalpha():
        return None
    syllables = _syllables()
    best: list[tuple[str, ...] | None] = [()] + [None] * len(lowered)
    for end in range(1, len(lowered) + 1):
        for start in range(max(0, end - 6), end):  # the longest syllable, "zhuang", has six letters
            if best[start] is not None and lowered[start:end] in syllables:
                candidate = (*best[start], lowered[start:end])
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best[-1]
