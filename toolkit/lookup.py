"""Finding glossary entries: by Chinese in either script, by English, or by a bad MT rendering;
the closest entries when nothing matches; and every term in a Chinese text."""

from __future__ import annotations

from typing import NamedTuple

from .chinese import has_han, segment, to_simplified
from .glossary import Glossary, Term


class Match(NamedTuple):
    term: Term
    matched: str  # the form that matched
    kind: str  # "zh", "traditional", "en", "also", "mt"


def lookup(glossary: Glossary, query: str) -> list[Match]:
    query = " ".join(query.split())
    if not query:
        return []
    if has_han(query):
        matches = [Match(t, query, "zh") for t in glossary.by_zh.get(query, [])]
        simplified = to_simplified(query)
        if not matches and simplified != query:
            matches = [Match(t, simplified, "traditional") for t in glossary.by_zh.get(simplified, [])]
        return matches
    key = query.lower()
    matches = [Match(t, query, "en" if t.en.lower() == key else "also") for t in glossary.by_english.get(key, [])]
    if key in glossary.by_rendering:
        term, rendering = glossary.by_rendering[key]
        matches.append(Match(term, rendering.text, "mt"))
    return matches


def closest(glossary: Glossary, query: str, count: int = 5) -> list[Term]:
    """Entries whose Chinese or English is most like `query`."""
    import difflib  # here, not at the top: `import toolkit` imports this module (see __init__.py)

    query = " ".join(query.split())
    if has_han(query):
        keys = {form: terms for form, terms in glossary.by_zh.items()}
        query = to_simplified(query)
        candidates = [k for k in keys if query in k or k in query]
        candidates += difflib.get_close_matches(query, list(keys), n=count, cutoff=0.5)
    else:
        keys = {**glossary.by_english, **{k: [t] for k, (t, _) in glossary.by_rendering.items()}}
        query = query.lower()
        candidates = difflib.get_close_matches(query, list(keys), n=count, cutoff=0.6)
        candidates += [k for k in keys if query in k and len(query) >= 4]
    found: list[Term] = []
    for key in candidates:
        for term in keys[key]:
            if term not in found:
                found.append(term)
    return found[:count]


class ScanHit(NamedTuple):
    term: Term
    word: str
    start: int
    end: int


def scan(glossary: Glossary, text: str) -> list[ScanHit]:
    """Every glossary term in a Chinese text, found by jieba with the glossary as user dictionary.

    Traditional text is converted to simplified first when that keeps every offset (OpenCC's
    t2s maps character for character in nearly all text); otherwise it is scanned as it is.
    """
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        simplified = text
    if not _holds_a_form(glossary, simplified):
        return []
    hits = []
    known = _TERMS_WITHIN.setdefault(glossary.digest, {})
    for word, start, end in segment(simplified, glossary):
        found = known.get(word)
        if found is None:
            if len(known) >= _KNOWN_WORDS:
                known.clear()
            found = known[word] = _terms_within(glossary, word)
        for i, j, term in found:
            hits.append(ScanHit(term, text[start + i:start + j], start + i, start + j))
    return hits


# jieba is most of a scan's cost (loading its dictionary alone takes about 0.9 s), and a text in
# which no glossary form occurs at all, as most msgids of a real catalog, holds no term: one
# automaton pass over the forms answers that without it. By glossary.
_FORMS: dict[str, object] = {}


def _holds_a_form(glossary: Glossary, text: str) -> bool:
    if glossary.digest not in _FORMS:
        import ahocorasick_rs

        forms = [form for form in glossary.by_zh if form]
        _FORMS[glossary.digest] = ahocorasick_rs.AhoCorasick(forms) if forms else None
    searcher = _FORMS[glossary.digest]
    return searcher is not None and bool(searcher.find_matches_as_indexes(text))


# The terms in a token depend on the token alone, and a text repeats its words: looking at every
# part of each token anew took half of a scan's time (jieba the other half). By glossary, at
# most _KNOWN_WORDS tokens (a crawl's vocabulary would otherwise grow without end).
_TERMS_WITHIN: dict[str, dict[str, tuple[tuple[int, int, Term], ...]]] = {}
_KNOWN_WORDS = 200_000


def _terms_within(glossary: Glossary, word: str) -> tuple[tuple[int, int, Term], ...]:
    """(i, j, term) of the token itself, then of shorter glossary terms inside it (条块 within
    条块结合)."""
    return tuple((i, j, term) for i, j in _spans_within(word) for term in glossary.by_zh.get(word[i:j], ()))


def _spans_within(word: str) -> list[tuple[int, int]]:
    """(i, j) spans of `word`, the whole first, then every part of two or more characters."""
    n = len(word)
    inner = [(i, j) for i in range(n) for j in range(i + 2, n + 1) if (i, j) != (0, n)]
    return [(0, n), *sorted(inner)] if n <= 12 else [(0, n)]
