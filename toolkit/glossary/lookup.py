"""Finding glossary entries: by Chinese in either script, by English, or by a bad MT rendering;
the closest entries when nothing matches; and every term in a Chinese text."""

from __future__ import annotations

from typing import NamedTuple

from ..chinese import has_han, to_simplified
from .store import Glossary, Term


class Match(NamedTuple):
    term: Term
    matched: str  # the form that matched
    kind: str  # "zh", "variant", "traditional", "en", "also", "mt"


def lookup(glossary: Glossary, query: str) -> list[Match]:
    query = " ".join(query.split())
    if not query:
        return []
    if has_han(query):
        # The entry whose own Chinese it is first; an entry that lists it as a variant is a
        # variant match, never presented as the term itself.
        matches = sorted((Match(t, query, "zh" if t.zh == query else "variant") for t in glossary.by_zh.get(query, [])),
                         key=lambda m: m.kind != "zh")
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


def entry_fields(term: Term) -> list[tuple[str, str]]:
    """(label, value) of what `zhen lookup` and the editor's hover show of an entry, after its
    Chinese and English: alternatives, renderings to avoid, note, source."""
    fields = [("also", "; ".join(term.also)), ("avoid", "; ".join(r.text for r in term.mt)),
              ("note", term.note), ("source", term.source)]
    return [(label, value) for label, value in fields if value or label == "source"]


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
    nested: tuple[ScanHit, ...] = ()  # shorter terms inside this one (条块 in 条块结合)


def scan(glossary: Glossary, text: str) -> list[ScanHit]:
    """Every glossary term in a Chinese text, found by jieba with the glossary as user dictionary.

Terms are kept whole: a term inside a longer one (党组 in 党组织) is not a hit of its own but is
listed under it (`nested`).

    Traditional text is converted to simplified first when that keeps every offset (OpenCC's
    t2s maps character for character in nearly all text); otherwise it is scanned as it is.
    """
    simplified = to_simplified(text)
    if len(simplified) != len(text):
        simplified = text
    if not _holds_a_form(glossary, simplified):
        return []
    hits = []
    known = glossary.terms_within
    for word, start, end in segment(simplified, glossary):
        found = known.get(word)
        if found is None:
            if len(known) >= _KNOWN_WORDS:
                known.clear()
            found = known[word] = _terms_within(glossary, word)
        for i, j, term in found:
            hits.append(ScanHit(term, text[start + i:start + j], start + i, start + j))
    return _kept_whole(hits)


def _kept_whole(hits: list[ScanHit]) -> list[ScanHit]:
    """The hits no longer hit contains, each with the hits inside it as `nested`, in text order."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    outer: list[ScanHit] = []
    inner: dict[int, list[ScanHit]] = {}
    for hit in hits:
        parent = next((k for k in range(len(outer) - 1, max(len(outer) - 4, -1), -1)  # the last few can
                       if outer[k].start <= hit.start and hit.end <= outer[k].end
                       and outer[k].end - outer[k].start > hit.end - hit.start), None)
        if parent is None:
            outer.append(hit)
        else:
            inner.setdefault(parent, []).append(hit)
    return [h._replace(nested=tuple(inner.get(k, ()))) for k, h in enumerate(outer)]


def segment(text: str, glossary: Glossary) -> list[tuple[str, int, int]]:
    """(word, start, end) for each jieba token of `text`, glossary terms kept whole."""
    return list(glossary.tokenizer.tokenize(text, HMM=True))


# jieba is most of a scan's cost (loading its dictionary alone takes about 0.9 s), and a text in
# which no glossary form occurs at all, as most msgids of a real catalog, holds no term: one
# automaton pass over the forms (Glossary.chinese_search) answers that without it.
def _holds_a_form(glossary: Glossary, text: str) -> bool:
    searcher = glossary.chinese_search
    return searcher is not None and bool(searcher.find_matches_as_indexes(text))


# The terms in a token depend on the token alone, and a text repeats its words: looking at every
# part of each token anew took half of a scan's time (jieba the other half). Remembered in
# Glossary.terms_within, at most _KNOWN_WORDS tokens (a crawl's vocabulary would otherwise grow
# without end).
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
