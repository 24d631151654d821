"""What `zhen glossary check` finds between entries and against native English: renderings
inside or around accepted English (word-bounded, case-blind, plural-blind), variants that are
other entries or unrelated, certain renderings that native English uses, a stale native list."""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import UserError
from .store import (NATIVE_REFERENCE, REGENERATE, Problem, Term, _line_of, _read, bundled_files, cross_check,
                    parse_file)


# -- word-bounded, case-blind, plural-blind comparison of English forms ----------------------------

def _stem(word: str) -> str:
    """A word reduced to its singular, crudely and consistently (both sides of a comparison get the
    same treatment, so over-reduction only merges forms)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith(("ses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@functools.cache
def english_key(text: str) -> tuple[str, ...]:
    """The words of an English form, lower-cased and singular: the unit of `contains`."""
    import re

    return tuple(_stem(w) for w in re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower()))


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether the words `shorter` occur, whole and in order, within `longer`."""
    n = len(shorter)
    return 0 < n <= len(longer) and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def overlap_problems(terms: Sequence[Term]) -> list[Problem]:
    """A rendering inside an entry's en/also (or equal to one but for case and plurals): fixing it
    would rewrite correct English, or re-match its own replacement, and native text holding the
    canonical would be flagged. And a rendering holding a multi-word en/also of an unrelated entry
    (one whose Chinese shares no character with this entry's): the rendering then holds correct
    English for a concept its Chinese does not hold. A rendering of a compound naturally holds the
    rendering of a part ("reserve Party member" for 预备党员 holds "Party member", 党员), and one
    ordinary word ("organization", "head") inside a rendering proves nothing: neither is a problem."""
    problems = []
    entries = [(term, english_key(form), form) for term in terms for form in (term.en, *term.also)]
    frequency: Counter = Counter(word for _, key, _ in entries for word in set(key))
    # Forms are found through their rarest word, so common words ("the", "of") cost nothing: a form
    # inside a rendering has its rarest word there; a rendering inside a form shares its own
    # rarest word with it.
    by_word: dict[str, list[tuple[Term, tuple[str, ...], str]]] = defaultdict(list)
    by_rarest: dict[str, list[tuple[Term, tuple[str, ...], str]]] = defaultdict(list)
    for entry in entries:
        if entry[1]:
            for word in set(entry[1]):
                by_word[word].append(entry)
            by_rarest[min(entry[1], key=lambda w: (frequency[w], w))].append(entry)
    for term in terms:
        for rendering in term.mt:
            key = english_key(rendering.text)
            if not key:
                continue
            rarest = min(key, key=lambda w: (frequency[w], w))
            candidates = by_word.get(rarest, []) + [e for word in set(key) for e in by_rarest.get(word, ())]
            seen = set()
            for other, form, text in candidates:
                if (other.zh, form) in seen:
                    continue
                seen.add((other.zh, form))
                if form == key and text.lower() == rendering.text.lower():
                    continue  # the same string: cross_check reports it
                if contains(form, key):
                    where = "is" if form == key else "occurs inside"
                    problems.append(Problem(term.path, _line_in(term, rendering.text),
                                            f"mt {rendering.text!r} of {term.zh!r} {where} {text!r}, an accepted form of "
                                            f"{other.zh!r} ({other.path}:{other.line}) (word-bounded, case- and plural-blind)"))
                elif len(form) > 1 and not set(other.zh) & set(term.zh) and contains(key, form):
                    problems.append(Problem(term.path, _line_in(term, rendering.text),
                                            f"mt {rendering.text!r} of {term.zh!r} contains {text!r}, an accepted form of "
                                            f"the unrelated entry {other.zh!r} ({other.path}:{other.line})"))
    return problems


def _line_in(term: Term, needle: str) -> int:
    """The line of `needle` in the entry (only for reporting a problem, so the file is read again)."""
    try:
        return _line_of(Path(term.path).read_text(encoding="utf-8"), term.line, needle) if term.line else 0
    except OSError:
        return term.line


def variant_problems(terms: Sequence[Term]) -> list[Problem]:
    """A variant that is another entry's zh: lookups would answer with the wrong entry."""
    entries = {t.zh: t for t in terms}
    problems = []
    for term in terms:
        for v in term.variants:
            other = entries.get(v)
            if other is not None and other.zh != term.zh:
                problems.append(Problem(term.path, _line_in(term, v), f"variant {v!r} of {term.zh!r} is itself an entry "
                                        f"({other.path}:{other.line}, {other.en!r})"))
    return problems


# -- the native-English reference list ------------------------------------------------------------

def read_native_reference(path: Path) -> dict[str, int]:
    """Rendering (lower-cased) -> occurrences in the native reference text."""
    counts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, _, count = line.rpartition("\t")
        if form and count.isdigit():
            counts[form] = int(count)
    return counts


def native_problems(terms: Sequence[Term]) -> list[Problem]:
    """A `certain` rendering that native English uses; a rendering missing from the list that covers
    its file (the list is stale). A list covers the files of its folder: the bundled list covers
    the bundled glossary. A file with no list beside it is checked against the bundled list for the
    renderings that list holds."""
    lists: dict[Path, tuple[dict[str, int], bool] | None] = {}
    bundled = bundled_files()
    default = bundled[0].parent / NATIVE_REFERENCE if bundled else None
    problems = []
    for term in terms:
        folder = Path(term.path).resolve().parent
        if folder not in lists:
            own = folder / NATIVE_REFERENCE
            if own.is_file():
                lists[folder] = (read_native_reference(own), True)
            elif default is not None and default.is_file():
                lists[folder] = (read_native_reference(default), False)
            else:
                lists[folder] = None
                problems.append(Problem(term.path, None, f"no native reference list ({NATIVE_REFERENCE}): run {REGENERATE}"))
        if lists[folder] is None:
            continue
        counts, covered = lists[folder]
        for rendering in term.mt:
            count = counts.get(rendering.text.lower())
            if count is None:
                if covered:
                    problems.append(Problem(term.path, _line_in(term, rendering.text), f"mt {rendering.text!r} of {term.zh!r} is missing "
                                            f"from {NATIVE_REFERENCE} (the list is stale): run {REGENERATE}"))
            elif count > 0 and rendering.kind == "certain":
                problems.append(Problem(term.path, _line_in(term, rendering.text), f"mt {rendering.text!r} of {term.zh!r} is 'certain' but "
                                        f"occurs {count} time{'s' * (count != 1)} in native English ({NATIVE_REFERENCE}): "
                                        f"make it kind = \"ambiguous\" or drop it"))
    return problems


def validate(paths: Iterable[Path]) -> list[Problem]:
    """Every problem in these files, each with its file and line."""
    problems, terms = [], []
    for path in paths:
        try:
            text = _read(Path(path))
        except UserError as error:
            problems.append(Problem(str(path), None, error.message))
            continue
        _, file_terms, file_problems = parse_file(Path(path), text)
        problems.extend(file_problems)
        terms.extend(file_terms)
    return problems + cross_check(terms) + overlap_problems(terms) + variant_problems(terms) + native_problems(terms)
