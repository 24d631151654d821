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
    from wordfreq import get_frequency_dict  # ~0.4 s: only to build the table below

    return get_frequency_dict("en", "best")


# The frequencies as one sorted table of "word<TAB>zipf" lines, read from the user's cache folder
# (XDG_CACHE_HOME/zhen, as the glossary's cache) and searched by bisection: reading it takes a
# few milliseconds where loading wordfreq's own list takes 0.4 s, which `zhen check` on a small
# file cannot pay. Built from wordfreq on first use, and again when the installed wordfreq changes.
def _table_path() -> Path | None:
    import importlib.util
    import os

    if os.environ.get("ZHEN_NO_CACHE"):
        return None
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.origin:
        return None
    stat = os.stat(spec.origin)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zhen" / f"english-zipf-{stat.st_size}-{stat.st_mtime_ns}.tsv"


@functools.cache
def _table() -> bytes:
    path = _table_path()
    if path is not None:
        try:
            return path.read_bytes()
        except OSError:
            pass
    lines = sorted(f"{word}\t{math.log10(frequency) + 9:.2f}".encode("utf-8")
                   for word, frequency in _frequencies().items() if word and "\t" not in word and "\n" not in word)
    data = b"\n".join(lines) + b"\n"
    if path is not None:
        try:
            import tempfile

            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
                handle.write(data)
            Path(handle.name).replace(path)
        except OSError:
            pass  # a read-only home: the table is rebuilt in each process
    return data


@functools.lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The Zipf frequency of `word` (case-folded) in English text; 0 for a word no text uses."""
    data = _table()
    key = word.lower().encode("utf-8") + b"\t"
    low, high = 0, len(data)
    while low < high:  # bisection over the sorted lines: `low` and `high` are line starts
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        line = data[start:end]
        if line.startswith(key):
            return float(line[len(key):])
        if line < key:
            low = end + 1
        else:
            high = start
    return 0.0


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
