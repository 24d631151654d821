"""The only module that imports OpenCC and jieba, and only when Chinese text needs them: checking
English text must not pay their start-up cost."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

# The Han script (Unicode's Script=Han) in stdlib-re syntax, by block: radicals (which text
# extracted from PDFs uses for look-alike ideographs, "⼀" for "一"), 々 and 〇 (二〇二四年),
# the Hangzhou numerals, CJK Unified Ideographs with extension A, the compatibility ideographs,
# a few marks in plane 1, and planes 2 and 3, which Unicode keeps for ideographs. The stdlib
# compiles this faster than `regex` would \p{Han}, which matters for start-up;
# tests/test_glossary.py checks that it holds every \p{Han} character `regex` knows.
HAN_CLASS = ("\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff"
             "\uf900-\ufaff\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0003ffff")
LATIN_CLASS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"


class LazyPattern:
    """A compiled pattern made on first use. Classes spanning the CJK planes take stdlib re tens
    of milliseconds to compile, which `zhen check` on English text should not pay at import.
    `source` may be a function that returns the pattern, for one built from a word list that is
    read on first use too."""

    def __init__(self, source: str | bytes | Callable[[], str], flags: int = 0) -> None:
        self._source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name: str):
        # Only called for what the instance lacks: after the first use of a method, the method
        # of the compiled pattern is stored on the instance and found without this call.
        if self._compiled is None:
            source = self._source() if callable(self._source) else self._source
            self._compiled = re.compile(source, self._flags)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value


HAN = LazyPattern(f"[{HAN_CLASS}]")


def has_han(text: str) -> bool:
    return not text.isascii() and HAN.search(text) is not None


@cache
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text) if has_han(text) else text


def to_traditional(text: str, config: str = "s2t") -> str:
    """Traditional Chinese (`s2twp`: Taiwan standard with Taiwan phrasing)."""
    return _converter(config).convert(text) if has_han(text) else text


def tokenizer_for(words: Iterable[str]):
    """A jieba tokenizer with `words` (a glossary's Chinese forms) as user words, so terms are
    never split. The frequency is high enough that jieba prefers the whole term over any split
    of it. (Glossary.tokenizer keeps one per glossary.)"""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    for form in words:
        tok.add_word(form, freq=10_000_000)
    return tok
