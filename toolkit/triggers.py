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
import itertools
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from .document import ascii_projection

if TYPE_CHECKING:
    import re

    from .document import Document


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
_CODE = operator.attrgetter("code")
_BACK = (-1).__add__  # an offset in the text with a line break before it, in the text
_LONGEST_FIRST = lambda entry: -len(entry[0])  # noqa: E731  (PrefixSearch: longest pattern first)


class HasTriggers(Protocol):  # a registry.Rule, as far as the scan is concerned
    code: str
    triggers: tuple[str, ...]
    triggers_nocase: tuple[str, ...]


# ahocorasick_rs's DFA searches two to five times as fast as its contiguous NFA (2-5 against
# 9-12 ms per MB here, whatever the set) but takes longer to build, about 0.6 microseconds more
# per character of the patterns (bundled glossary renderings, 25,000 characters: 19 against 3 ms;
# the 37 case-blind triggers, 450 characters: 0.35 against 0.1 ms). So each set of patterns is
# searched with the NFA until this process has searched DFA_PAYS_AFTER characters of text per
# character of the set, about where the DFA has paid for itself, then with a DFA built once: a
# pre-commit run on one small file never builds a large DFA, a run over a corpus soon does, and a
# small set switches within the first file. (Large generated sets build faster per character,
# 0.15 microseconds for a 20,000-entry glossary's 385,000: their switch comes late, not early.)
DFA_PAYS_AFTER = 100  # characters of text searched per character of the patterns


# Building an automaton costs about 0.2 microseconds per character of the patterns (the bundled
# glossary's 127,000: 24 ms as an NFA), searching with one next to nothing; a search in Python
# (PrefixSearch) costs little to build (the bundled glossary: 5 ms) but about 1.25 microseconds
# per character of text (the corpus, the glossary's renderings). So a set that can be searched in
# Python is, until this process has searched 0.15 characters of text per character of the
# patterns (19,000 for the bundled glossary): a pre-commit run on a few small files builds no
# glossary automaton at all.
PYTHON_PAYS_UNTIL = 0.15  # characters of text searched per character of the patterns


class Switching:
    """One set of patterns, with the automaton to search a text with: the NFA until the owner
    (a Profile's triggers, a Glossary's forms) has searched enough text for the DFA to pay; and,
    for a set that gives a `small` search (PrefixSearch), that search before the NFA, while the
    texts searched are too few to pay for building any automaton."""

    def __init__(self, patterns: Callable[[], Iterable[str]], build: Callable[[bool], object],
                 cost: float = 1, small: Callable[[], object] | None = None) -> None:
        self._patterns = patterns  # asked once, on first use
        self._build = build  # build(dfa) -> the automaton
        self._cost = cost  # how much later than DFA_PAYS_AFTER this set's DFA pays
        self._small = small
        self._searched = 0
        self._size: int | None = None  # characters of the patterns
        self._built: dict[bool, object] = {}
        self._small_search: object = None

    def use_dfa(self, length: int) -> bool:
        """Count `length` characters searched; whether the DFA pays now."""
        return self._count(length) >= DFA_PAYS_AFTER * self._cost * self._size

    def _count(self, length: int) -> int:
        if self._size is None:
            self._size = sum(map(len, self._patterns()))
        self._searched += length
        return self._searched

    def for_text(self, length: int):
        """The automaton to search a text of `length` characters with."""
        if self._small is not None and not self._built:
            if self._size is None:
                self._size = sum(map(len, self._patterns()))
            if self._searched + length <= PYTHON_PAYS_UNTIL * self._size:
                self._count(length)
                if self._small_search is None:
                    self._small_search = self._small()
                return self._small_search
        dfa = self.use_dfa(length)
        if dfa not in self._built:
            self._built[dfa] = self._build(dfa)
        return self._built[dfa]


class PrefixSearch:
    """Leftmost-longest matches of `patterns` (all str or all bytes, none empty, no two equal),
    as ahocorasick_rs finds them with MatchKind.LeftmostLongest: from the start, the longest
    pattern at the first position where one matches, then on from its end. In Python, with the
    patterns indexed by their first three characters (shorter ones by themselves): nothing to
    build but the index, for texts too small to pay for an automaton (Switching)."""

    def __init__(self, patterns: Sequence) -> None:
        self._long: dict = {}
        self._short: dict = {}
        for index, pattern in enumerate(patterns):
            if len(pattern) >= 3:
                self._long.setdefault(pattern[:3], []).append((pattern, index))
            else:
                self._short[pattern] = index
        for bucket in self._long.values():
            bucket.sort(key=_LONGEST_FIRST)

    def find_matches_as_indexes(self, text) -> list[tuple[int, int, int]]:
        """(pattern index, start, end) of each match."""
        found = []
        long, short = self._long, self._short
        at, size = 0, len(text)
        while at < size:
            length = 0
            for pattern, index in long.get(text[at:at + 3], ()):
                if text.startswith(pattern, at):
                    length = len(pattern)
                    break
            else:
                for piece in (text[at:at + 2], text[at:at + 1]):  # near the end, both may be one character
                    index = short.get(piece, -1)
                    if index != -1:
                        length = len(piece)
                        break
            if length:
                found.append((index, at, at + length))
                at += length
            else:
                at += 1
        return found


class Searcher:
    """Every occurrence (overlapping) of a set of literal patterns in a text with a line break put
    before it, as (pattern index, start) pairs.

    Patterns of ASCII characters only, nearly all of them, are searched with ahocorasick_rs in the
    text's bytes with every other character as a NUL (Document.ascii_bytes): its str interface
    costs some 8 ms per MB however little it finds, its bytes interface next to nothing. So a NUL
    in such a pattern stands for any non-ASCII character (or a NUL): right for a trigger, which
    only needs to fire wherever its rule may. The few patterns with a non-ASCII character ("”")
    are found by looking for that character with str.find, which runs at memory speed, and
    checking the rest of the pattern around it."""

    def __init__(self, patterns: Sequence[str], dfa: bool) -> None:
        import ahocorasick_rs

        self._ascii = [i for i, p in enumerate(patterns) if p.isascii()]
        self._bytes = None
        if self._ascii:
            kinds = ahocorasick_rs.Implementation
            self._bytes = ahocorasick_rs.BytesAhoCorasick(
                [patterns[i].encode("ascii") for i in self._ascii],
                implementation=kinds.DFA if dfa else kinds.ContiguousNFA)
        # (index, pattern, where its first non-ASCII character is in it, that character)
        self._anchored = [(i, p, k, p[k]) for i, p in enumerate(patterns) if not p.isascii()
                          for k in [next(k for k, c in enumerate(p) if not c.isascii())]]

    def find(self, text: str, projected: bytes) -> list[tuple[int, int]]:
        """(pattern index, start) of every occurrence in "\n" + `text`; `projected` is
        b"\n" + ascii_projection(text)."""
        return [(index, start) for index, starts in self.starts_by_pattern(text, projected) for start in starts]

    def starts_by_pattern(self, text: str, projected: bytes) -> list[tuple[int, list[int]]]:
        """(pattern index, sorted starts of its occurrences in "\n" + `text`) for each pattern
        that occurs; arguments as for `find`. Grouped by pattern with a sort and groupby, which
        run in C: a document of 10 MB has some 100,000 trigger occurrences, and handling each in
        Python cost as much as the search itself. (Pairs, not a callback per pattern: binding
        hundreds of callbacks per document would cost more, on a corpus of small files, than it
        saves on a large one.)"""
        found: list[tuple[int, list[int]]] = []
        if self._bytes is not None:
            ascii_index = self._ascii
            matches = self._bytes.find_matches_as_indexes(projected, overlapping=True)
            # A stable sort keeps each pattern's matches in the order found, which is by end,
            # and so by start (all the matches of one pattern have its length).
            matches.sort(key=_FIRST)
            found = [(ascii_index[i], list(map(_SECOND, group))) for i, group in itertools.groupby(matches, _FIRST)]
        for index, pattern, k, char in self._anchored if not text.isascii() else ():
            starts = []
            at = text.find(char)
            while at != -1:
                start = at + 1 - k  # in the text with the line break before it
                if start == 0 and pattern[0] == "\n" and text.startswith(pattern[1:]):
                    starts.append(0)
                elif start > 0 and text.startswith(pattern, start - 1):
                    starts.append(start)
                at = text.find(char, at + 1)
            if starts:
                found.append((index, starts))
        return found

    @property
    def needs_text(self) -> bool:
        """Whether `find` reads `text` (some pattern holds a non-ASCII character)."""
        return bool(self._anchored)


def _automaton(codes: dict[str, list[str]], dfa: bool):
    """(searcher, codes of the rules each trigger triggers, by trigger index), from the codes of
    the rules of each trigger. The triggers are searched in sorted order."""
    words = sorted(codes)
    return Searcher(words, dfa), [tuple(codes[w]) for w in words]


class TriggerScan:
    """The triggers of a set of rules, as two automata (exact, and in the lower-cased text),
    each switching to its DFA when it pays (Switching). Owned by a Profile."""

    def __init__(self, rules: Iterable[HasTriggers]) -> None:
        # The codes of each trigger's rules, sorted (a rule may give a trigger twice: its code is
        # then there twice, and the trigger's starts counted twice, as they always were). Built
        # with a dict, not by sorting (trigger, code) pairs: 5,800 pairs took 2.6 ms of every
        # start-up to sort.
        exact: dict[str, list[str]] = {}
        nocase: dict[str, list[str]] = {}
        for r in sorted(rules, key=_CODE):
            for t in r.triggers:
                exact.setdefault(t, []).append(r.code)
            for t in r.triggers_nocase:
                nocase.setdefault(t, []).append(r.code)
        self._sets = [Switching(lambda c=codes: c, lambda dfa, c=codes: _automaton(c, dfa)) if codes else None
                      for codes in (exact, nocase)]

    def automata(self, length: int) -> list:
        """(automaton of the exact triggers or (), of the case-blind ones or ()) for a text of
        `length` characters."""
        return [() if s is None else s.for_text(length) for s in self._sets]

    def scan(self, doc: Document) -> dict[str, list[int]]:
        return scan(doc, self.automata(len(doc.text)))


# Characters that IGNORECASE matches to an ASCII letter but that lower() keeps: "ı" and "ſ".
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s"})


def scan(doc: Document, automata: Sequence) -> dict[str, list[int]]:
    """Start offsets of trigger occurrences, by the code of each rule with a trigger in the
    document (sorted, may hold -1: the line break put before the text)."""
    exact, nocase = automata
    found: dict[str, list[list[int]]] = {}  # starts of each of the rule's triggers
    for automaton, lowered in ((exact, False), (nocase, True)):
        if not automaton:
            continue
        searcher, values = automaton
        if not lowered:
            text, projected = doc.text, doc.ascii_bytes
        elif "\u0131" in doc.non_ascii_characters or "\u017f" in doc.non_ascii_characters:  # lower() keeps them
            text = doc.lowered.translate(_FOLD)
            projected = ascii_projection(text)
        else:  # the lower-cased text itself is made only when a pattern needs it
            text = doc.lowered if searcher.needs_text else ""
            projected = doc.ascii_lowered
        for index, starts in searcher.starts_by_pattern(text if searcher.needs_text else "", b"\n" + projected):
            for code in values[index]:
                found.setdefault(code, []).append(starts)
    # Sorted, and moved back by the line break put before the scanned text.
    return {code: list(map(_BACK, lists[0] if len(lists) == 1 else sorted(itertools.chain.from_iterable(lists))))
            for code, lists in found.items()}

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
    taken_up_to = 0  # where the line after the last one taken starts (starts are sorted)
    for start in starts:
        if numbers and start + length - 1 < taken_up_to:
            continue  # on a line already taken
        first = bisect.bisect_right(line_starts, max(start, 0)) - 1
        last = bisect.bisect_right(line_starts, max(start + length - 1, 0)) - 1
        numbers.extend(range(max(first, numbers[-1] + 1 if numbers else 0), last + 1))
        if numbers:
            taken_up_to = line_starts[numbers[-1] + 1] if numbers[-1] + 1 < len(line_starts) else len(doc.text) + 1
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
