"""Searching English text for glossary forms: leftmost-longest automata that start as an NFA and
switch to a DFA once they have searched enough text (triggers.Switching), and what counts as a
proper name (the institutions T102 compares). A Glossary keeps one search per kind of form."""

from __future__ import annotations

import functools
from typing import NamedTuple

from ..triggers import PrefixSearch, Switching
from .entries import Rendering, Term


class FormSearch(NamedTuple):
    """Leftmost-longest matches of glossary forms in lower-cased text."""

    searcher: object  # ahocorasick_rs, on bytes when `on_bytes`
    forms: list[str]
    values: list[tuple[Term, Rendering | None]]
    on_bytes: bool
    renderings: tuple[bool, ...]  # whether each form is an MT rendering (not an accepted form)


DFA_MAX_FORMS = 300_000
# A glossary's DFA pays five times later than a trigger set's (triggers.DFA_PAYS_AFTER): it is
# slower to build per character (the bundled glossary's 127,000 characters of forms: 120 ms, NFA
# 25 ms), and searches little faster, since its time goes on the matches (some 18 per KB of text,
# most of them accepted forms that only hold what lies inside them): 10 MB of the corpus mix in
# 130-146 ms against the NFA's 135-173. It used to be built within the first 13 MB searched, and
# cost a 10 MB check 120 ms that it never won back.
DFA_COST = 5


def _form_search(forms: dict[str, tuple[Term, Rendering | None]], small: list | None = None) -> Switching:
    """A FormSearch of `forms` (None when there are none) that switches to a DFA once the
    glossary has searched enough text (triggers.Switching), unless the glossary is so large that
    building the DFA would take more than a second (measured: 41,000 forms 0.1 s, 164,000 forms
    0.4 s; the DFA searches three times as fast as the NFA). `small`: a list holding the search in
    Python (`_build_form_search(forms, False, small=True)`) already made, as the on-disk cache
    keeps it (store._disk_cache_put)."""
    return Switching(lambda: forms, lambda dfa: _build_form_search(forms, dfa and len(forms) < DFA_MAX_FORMS),
                     DFA_COST, (lambda: small[0]) if small else lambda: _build_form_search(forms, False, small=True))


def _build_form_search(forms: dict[str, tuple[Term, Rendering | None]], dfa: bool,
                       small: bool = False) -> FormSearch | None:
    """ahocorasick_rs, on the text's bytes (non-ASCII characters as NUL, Document.ascii_lowered)
    when every form is ASCII, as nearly all are: its str interface costs some 8 ms per MB however
    little it finds. `small`: the same search in Python (triggers.PrefixSearch), for the first
    small texts of a process."""
    import ahocorasick_rs

    words = [form for form in forms if form]
    if not words:
        return None
    on_bytes = all(form.isascii() and "\0" not in form for form in words)
    values = [forms[w] for w in words]
    renderings = tuple(value[1] is not None for value in values)
    if small:
        return FormSearch(PrefixSearch([w.encode("ascii") for w in words] if on_bytes else words),
                          words, values, on_bytes, renderings)
    kinds = ahocorasick_rs.Implementation
    implementation = kinds.DFA if dfa else kinds.ContiguousNFA
    options = {"matchkind": ahocorasick_rs.MatchKind.LeftmostLongest, "implementation": implementation}
    if on_bytes:
        searcher = ahocorasick_rs.BytesAhoCorasick([w.encode("ascii") for w in words], **options)
    else:
        searcher = ahocorasick_rs.AhoCorasick(words, **options)
    return FormSearch(searcher, words, values, on_bytes, renderings)


_NAME_WORD = r"(?:[A-Z][\w'’-]*|of|and|for|the|on)"


@functools.cache
def _name_pattern():
    import re

    return re.compile(f"^{_NAME_WORD}(?: {_NAME_WORD})+$")


def is_name(form: str) -> bool:
    """A proper name of two or more words ("United Front Work Department"), as institutions are."""
    return form[:1].isupper() and bool(_name_pattern().match(form))
