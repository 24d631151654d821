"""The glossary entry under the cursor: a Chinese term, or English that is a term's canonical or
accepted rendering or a known machine-translation rendering of it. No jieba: the longest glossary
form around the cursor wins, which needs only the glossary's indexes."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..chinese import HAN_CLASS, LazyPattern
from ..glossary import Glossary, Term
from ..glossary.lookup import entry_fields

_HAN_RUN = LazyPattern(f"[{HAN_CLASS}]+")
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’-][A-Za-z0-9\u00c0-\u024f]+)*")
MAX_HAN = 12  # the longest Chinese form looked for
MAX_WORDS = 8  # the longest English form, in words
_LINE_WINDOW = 400  # characters either side of the cursor looked at


class Found(NamedTuple):
    term: Term
    kind: str  # "zh", "traditional", "en", "also", "mt"
    start: int
    end: int
    matched: str


def _traditional(glossary: Glossary) -> dict[str, Term]:
    index = _TRADITIONAL.get(glossary.digest)
    if index is None:
        index = _TRADITIONAL[glossary.digest] = {t.zh_hant: t for t in glossary.terms if t.zh_hant}
    return index


_TRADITIONAL: dict[str, dict[str, Term]] = {}


def term_at(glossary: Glossary, text: str, offset: int) -> Found | None:
    """The glossary entry whose form covers `offset` in `text`, the longest form first."""
    low, high = max(0, offset - _LINE_WINDOW), min(len(text), offset + _LINE_WINDOW)
    window = text[low:high]
    here = offset - low
    return _chinese_at(glossary, window, here, low) or _english_at(glossary, window, here, low)


def _chinese_at(glossary: Glossary, text: str, offset: int, shift: int) -> Found | None:
    if text.isascii():
        return None
    for run in _HAN_RUN.finditer(text):
        if run.start() <= offset < run.end():
            break
    else:
        return None
    simplified: str | None = None
    for size in range(min(MAX_HAN, run.end() - run.start()), 0, -1):
        for start in range(max(run.start(), offset - size + 1), min(offset, run.end() - size) + 1):
            form = text[start:start + size]
            found = _chinese_form(glossary, form)
            if found is None:
                if simplified is None:  # OpenCC, only when the text as written has no entry
                    from ..chinese import to_simplified

                    converted = to_simplified(run.group())
                    simplified = converted if len(converted) == len(run.group()) else run.group()
                other = simplified[start - run.start():start - run.start() + size]
                found = _chinese_form(glossary, other) if other != form else None
                found = (found[0], "traditional") if found else None
            if found is not None:
                return Found(found[0], found[1], start + shift, start + size + shift, form)
    return None


def _chinese_form(glossary: Glossary, form: str) -> tuple[Term, str] | None:
    terms = glossary.by_zh.get(form)
    if terms:
        return terms[0], "zh"
    traditional = _traditional(glossary).get(form)
    return (traditional, "traditional") if traditional is not None else None


def _english_at(glossary: Glossary, text: str, offset: int, shift: int) -> Found | None:
    words = [m for m in _WORD.finditer(text)]
    here = next((i for i, m in enumerate(words) if m.start() <= offset <= m.end()), None)
    if here is None:
        return None
    for size in range(min(MAX_WORDS, len(words)), 0, -1):
        for first in range(max(0, here - size + 1), min(here, len(words) - size) + 1):
            start, end = words[first].start(), words[first + size - 1].end()
            phrase = text[start:end]
            if size > 1 and not _spaced(text, words[first:first + size]):
                continue
            found = _english_form(glossary, phrase, start + shift)
            if found is None and phrase[-2:] in ("'s", "’s"):  # a possessive: "my country's"
                found = _english_form(glossary, phrase[:-2], start + shift)
            if found is not None:
                return found
    return None


def _english_form(glossary: Glossary, phrase: str, start: int) -> Found | None:
    key = " ".join(phrase.split()).lower()
    if key in glossary.by_rendering:
        return Found(glossary.by_rendering[key][0], "mt", start, start + len(phrase), phrase)
    terms = glossary.by_english.get(key)
    if terms:
        kind = "en" if terms[0].en.lower() == key else "also"
        return Found(terms[0], kind, start, start + len(phrase), phrase)
    return None


def _spaced(text: str, words: list[re.Match[str]]) -> bool:
    """Whether only spaces (no line break, no punctuation) separate the words."""
    return all(text[a.end():b.start()] in (" ", "-") for a, b in zip(words, words[1:]))


def markdown(found: Found) -> str:
    """The entry as Markdown for a hover."""
    term = found.term
    lines = []
    if found.kind == "mt":
        rendering = next((r for r in term.mt if r.text.lower() == found.matched.lower()), None)
        fix = f" (fix: {rendering.fix.value})" if rendering else ""
        lines.append(f"⚠ *{found.matched}* is a machine-translation rendering of {term.zh}{fix}: "
                     f"use **{term.en}**\n")
    elif found.kind == "traditional":
        lines.append(f"{found.matched} is the traditional form of {term.zh}\n")
    lines.append(f"**{term.zh}** → **{term.en}**  \n*{term.domain}, {term.pos}*\n")
    lines += [f"- {label}: {value}" for label, value in entry_fields(term)]
    return "\n".join(lines)
