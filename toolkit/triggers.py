"""The shared scan: one pass over the text finds the literal triggers of every rule.

A rule may declare `triggers`, literal strings of which every hit of the rule contains one (a
necessary condition, not a sufficient one). One Aho-Corasick automaton over the triggers of all
rules runs over the text once per document (a second one over the lower-cased text for
`triggers_nocase`), so the cost of finding where rules may fire does not grow with the number of
rules. A rule with no trigger in the document is not run at all; a rule with triggers runs its
own logic only around them (`Context.finditer`, `Context.matches`).

The scanned text has a line break put before it, so a trigger "\\n," also fires on a comma at the
very start of the text: rules that look for something at the start of a line need no special case.
`tests/test_triggers.py` checks that the triggers are necessary: every rule finds the same with
and without them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

    from .document import Document
    from .registry import Rule


# Documents at least this long are searched with a DFA, the others with a contiguous NFA: the DFA
# searches about twice as fast (11 against 18 ms per MB) but takes twice as long to build (6
# against 2.5 ms), which a pre-commit run on one small file would pay for nothing.
DFA_FROM = 200_000  # characters


def _automaton(entries: tuple[tuple[str, str], ...], large: bool):
    """(searcher, codes of the rules each trigger triggers, by trigger index). ahocorasick_rs, not
    pyahocorasick: measured 2-4 times faster on these triggers (its prefilter skips text where no
    trigger can start)."""
    import ahocorasick_rs

    codes: dict[str, list[str]] = {}
    for trigger, code in entries:
        codes.setdefault(trigger, []).append(code)
    words = list(codes)
    kind = ahocorasick_rs.Implementation.DFA if large else ahocorasick_rs.Implementation.ContiguousNFA
    searcher = ahocorasick_rs.AhoCorasick(words, implementation=kind)
    return searcher, [tuple(codes[w]) for w in words]


_AUTOMATA: dict[tuple[str, ...], tuple] = {}


def _automata(rules: Sequence[Rule], large: bool):
    """(codes of the rules with triggers, automaton of `triggers` or None, of `triggers_nocase`
    or None), built once per set of rules (by code: hashing the rules themselves costs more)."""
    key = (large, *(r.code for r in rules))
    if key not in _AUTOMATA:
        _AUTOMATA[key] = _build(rules, large)
    return _AUTOMATA[key]


def _build(rules: Sequence[Rule], large: bool):
    codes = tuple(r.code for r in rules if r.triggers or r.triggers_nocase)
    exact = tuple(sorted((t, r.code) for r in rules for t in r.triggers))
    nocase = tuple(sorted((t, r.code) for r in rules for t in r.triggers_nocase))
    return codes, exact and _automaton(exact, large), nocase and _automaton(nocase, large)


# Characters that IGNORECASE matches to an ASCII letter but that lower() keeps: "ı" and "ſ".
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s"})


def scan(doc: Document, rules: Iterable[Rule]) -> dict[str, list[int]]:
    """Start offsets of trigger occurrences, by rule code (sorted, may hold -1: the line break put
    before the text)."""
    codes, exact, nocase = _automata(list(rules), len(doc.text) >= DFA_FROM)
    found: dict[str, list[int]] = {code: [] for code in codes}
    for automaton, text in ((exact, doc.text), (nocase, None)):
        if not automaton:
            continue
        if text is None:
            text = doc.lowered
            if not text.isascii() and ("\u0131" in text or "\u017f" in text):
                text = text.translate(_FOLD)
        searcher, values = automaton
        for index, start, _ in searcher.find_matches_as_indexes("\n" + text, overlapping=True):
            for code in values[index]:
                found[code].append(start - 1)  # the scanned text has a line break before it
    for starts in found.values():
        starts.sort()
    return found


def windows(doc: Document, starts: Sequence[int], length: int = 1) -> list[tuple[int, int]]:
    """The whole lines (with their line breaks) around each start, merged: where a pattern that
    never crosses a line break must be run to find every match near those starts."""
    line_starts = doc.line_starts
    text_end = len(doc.text)
    spans: list[tuple[int, int]] = []
    for start in starts:
        if spans and spans[-1][0] <= start and start + length <= spans[-1][1]:
            continue  # on lines already taken (starts are sorted)
        first = bisect.bisect_right(line_starts, max(start, 0)) - 1
        last = bisect.bisect_right(line_starts, max(start + length - 1, 0)) - 1
        low = line_starts[first]
        high = line_starts[last + 1] if last + 1 < len(line_starts) else text_end
        if spans and low <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(high, spans[-1][1]))
        else:
            spans.append((low, high))
    return spans


def finditer(pattern: re.Pattern[str], text: str, spans: Iterable[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """`pattern.finditer` over each span in turn."""
    for low, high in spans:
        yield from pattern.finditer(text, low, high)


def line_numbers(doc: Document, starts: Sequence[int], length: int = 1) -> list[int]:
    """Indexes into `doc.lines()` of the lines that the triggers at `starts` touch."""
    numbers: list[int] = []
    line_starts = doc.line_starts
    for start in starts:
        first = bisect.bisect_right(line_starts, max(start, 0)) - 1
        last = bisect.bisect_right(line_starts, max(start + length - 1, 0)) - 1
        numbers.extend(n for n in range(max(first, numbers[-1] + 1 if numbers else 0), last + 1))
    return numbers


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields when every match starts at one of `starts` (sorted):
    a match at each start, skipping starts inside the previous match, as finditer resumes after
    a match."""
    resume = 0
    for start in starts:
        if start < resume:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            resume = max(m.end(), start + 1)
