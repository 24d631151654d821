"""Terminology rules driven by the glossary: MT renderings, inconsistent terms, untranslated Chinese.

All renderings of all entries are found in one leftmost-longest Aho-Corasick pass over the
lower-cased text (per kind: MT renderings, accepted names), with automata the glossary builds once
(Glossary.rendering_search, Glossary.name_search).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterator
from typing import NamedTuple

from ..chinese import HAN_CLASS, LATIN_CLASS, LazyPattern
from ..glossary import Rendering, Term
from ..model import Safety, Severity
from ..registry import Context, Hit, Option, all_rules, rule


class Occurrence(NamedTuple):
    start: int
    end: int
    form: str  # the glossary form matched (lower-cased)
    term: Term
    rendering: Rendering | None  # set for MT renderings, None for canonical/accepted English


def _is_word_boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not (text[index].isalnum() or text[index] == "_")


# What a byte of Document.ascii_lowered says about its character: an ASCII word character, an
# ASCII character that is not one, or any other character (NUL), which the text must tell.
_NOT_WORD, _WORD, _OTHER = 0, 1, 2
_BYTE_KIND = bytes(_OTHER if b == 0 else _WORD if chr(b).isalnum() or b == ord("_") else _NOT_WORD
                   for b in range(128)) + bytes([_NOT_WORD] * 128)
_PLURAL_SUFFIXES = (b"es", b"s")
_PLURAL_STARTS = frozenset(suffix[0] for suffix in _PLURAL_SUFFIXES)


def _is_boundary(text: str, lowered: bytes, index: int) -> bool:
    """_is_word_boundary, decided on Document.ascii_lowered (a table lookup) unless the character
    is not ASCII (NUL there): only then is the text looked at."""
    if index < 0 or index >= len(lowered):
        return True
    kind = _BYTE_KIND[lowered[index]]
    return kind == _NOT_WORD or (kind == _OTHER and _is_word_boundary(text, index))


def _occurrences(ctx: Context, kind: str) -> list[Occurrence]:
    """Whole-word occurrences of glossary forms in the text: kind "mt" for renderings, "accepted"
    for the canonical and accepted English of institution names (see T102). Longest match wins.
    Kept on the context, which lives for one document."""
    key = f"terms:{kind}"
    if key not in ctx.memo:
        ctx.memo[key] = _find(ctx, kind)
    return ctx.memo[key]


def _find(ctx: Context, kind: str) -> list[Occurrence]:
    glossary = ctx.profile.glossary
    doc, text = ctx.doc, ctx.text
    found: list[Occurrence] = []
    search = (glossary.rendering_search if kind == "mt" else glossary.name_search).for_text(len(text))
    if search is None:
        return found
    searcher, forms, values, on_bytes, renderings = search
    lowered = doc.ascii_lowered
    size = len(text)
    matches = searcher.find_matches_as_indexes(lowered if on_bytes else doc.lowered)
    if kind == "mt":
        # For renderings, the canonical and accepted forms are searched only so that they hold
        # what lies inside them (leftmost-longest): such a match is no occurrence. They are most
        # of the matches (19 of 20 in the corpus), so they are dropped in C, not in this loop.
        matches = itertools.compress(matches, map(renderings.__getitem__, map(_FIRST, matches)))
    for index, start, end in matches:
        if end < size and lowered[end] in _PLURAL_STARTS:
            end = _plural_end(text, lowered, end)
        if _is_boundary(text, lowered, start - 1) and _is_boundary(text, lowered, end):
            found.append(Occurrence(start, end, forms[index], *values[index]))
    return found


_FIRST = operator.itemgetter(0)


def _plural_end(text: str, lowered: bytes, end: int) -> int:
    """Extend a match over a plural ending ("bureau" -> "bureaus"), so plurals are found too.
    `lowered` is the document's ascii_lowered; lower-casing keeps a character alphanumeric or not,
    so the word boundary is looked for in the text."""
    for suffix in _PLURAL_SUFFIXES:
        if lowered.startswith(suffix, end) and _is_boundary(text, lowered, end + len(suffix)):
            return end + len(suffix)
    return end


def _match_case(source: str, replacement: str) -> str:
    if source.isupper() and len(source) > 1:
        return replacement.upper()
    if source[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _pluralise(matched: str, form: str, replacement: str) -> str:
    if len(matched) > len(form) and not replacement.endswith("s"):
        return replacement + matched[len(form):].lower()
    return replacement


AMBIGUOUS = "ambiguous"
# What counts as evidence of machine translation: broken sentences, calques, duplicates, Chinese
# punctuation and untranslated Chinese. Not scraping residue, markup or spacing: native web pages
# carry those too (measured on the corpus's clean texts: these families give 0 findings on 26 of
# 28, the raw machine translation 2-43 per 1,000 words on 17 of 28).
EVIDENCE = ("B", "C", "D", "P103", "T103")


@rule(
    "T101", "mt-rendering", fix=Safety.UNSAFE, reads=EVIDENCE,
    options={"mt-evidence": Option(int, 3, "Signs of machine translation (findings of B, C, D, P103, T103) "
                                   "per 1,000 words from which a document counts as machine-translated, "
                                   "so that renderings native English also uses are reported in it.")},
    bad=[
        ("⟦Strips and strips⟧ are combined", "Vertical and horizontal lines of authority are combined"),
        # Renderings native English uses too, in text with other signs of machine translation
        # (a doubled word, a capital mid-sentence): reported, as suggestions.
        ("Staff see the the office as their ⟦parental family⟧ and", "Staff see the the office as their home base and"),
        ("In short, ⟦my country⟧’s models Were tested the the hard way.", "In short, China’s models Were tested the the hard way."),
    ],
    good=[
        "China's existing models of leadership",
        "The parental leave policy and the family",
        "Amy Country Club opened.",  # a match inside the first word is no match
        "I served my country for thirty years and would do it again.",  # native: no other sign of MT
    ],
)
def mt_rendering(ctx: Context) -> Iterator[Hit]:
    """A known machine-translation rendering of a glossary term ("strips and strips" for 条块).

    The glossary records, for each Chinese term, the renderings machine translation produces and
    the English to use instead. The fix replaces the rendering with the canonical English, keeping
    a capital at the start of a sentence and a plural or possessive ending; how safe that is comes
    from the entry (most are unsafe, applied with --unsafe-fixes; some need a human rewrite and
    are only suggested). A rendering native English also uses (ambiguous) is reported only in a
    document that shows machine translation (other rules' findings and the certain renderings
    found, per 1,000 words), and not where a calque rule already reports the same words.
    """
    occurrences = _occurrences(ctx, "mt")
    certain = sum(occ.rendering.kind != AMBIGUOUS for occ in occurrences)
    calques = None  # the calque rules' spans, gathered at the first ambiguous rendering shown
    for occ in occurrences:
        matched = ctx.text[occ.start:occ.end]
        term = occ.term
        replacement = _match_case(matched, term.en)
        safety = occ.rendering.fix
        why = ""
        if occ.rendering.kind == AMBIGUOUS:
            if not _shows_mt(ctx, certain):
                continue
            if calques is None:
                calques = _calque_spans(ctx)
            if _calque_found(calques, occ.start, occ.end):
                continue
            why = (f" (native English uses {matched!r} too: flagged because this document shows other "
                   f"signs of machine translation)")
            safety = Safety.NONE  # never fixed automatically
        if len(matched) > len(occ.form):
            # A plural: the canonical's plural is not always canonical + "s", so only suggest it.
            replacement, safety = _pluralise(matched, occ.form, replacement), Safety.NONE
        elif " of " in occ.form and ctx.text.startswith(("'s", "’s"), occ.end):
            # "construction of the party's organizations": the possessive may belong to the last
            # noun alone, and then the swap would be wrong.
            safety = Safety.NONE
        yield Hit(occ.start, occ.end,
                  f"{matched!r} is a machine-translation rendering of {term.zh}: use {term.en!r}{why}",
                  replacement=replacement, safety=safety)


def _calque_spans(ctx: Context) -> tuple[list[int], list[int]]:
    """The findings of the calque rules (C) run before T101 (ctx.found), as their starts, sorted,
    and the furthest end among the spans up to each: gathered once per run of T101 (no C rule
    runs while it does), where looking through every finding for each rendering cost 15 s on
    the 10 MB mix (7,700 renderings by 29,000 findings)."""
    spans = sorted((f.start, f.end) for f in ctx.found or () if f.code[0] == "C")
    return [start for start, _ in spans], list(itertools.accumulate((end for _, end in spans), max))


def _calque_found(calques: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a calque rule (C) already reports words of start..end (a finding that starts
    before `end` and ends after `start`; `calques` from _calque_spans): its message names the
    class, and a second finding on the same words would only repeat it."""
    starts, reach = calques
    before_end = bisect.bisect_left(starts, end)  # the spans that start before `end`
    return before_end > 0 and reach[before_end - 1] > start


def _shows_mt(ctx: Context, certain: int = 0) -> bool:
    """Whether the document shows machine translation by other evidence: the findings of
    EVIDENCE, and the glossary's certain renderings (`certain`, word salad no native writer
    produces), per 1,000 words, against T101's `mt-evidence` option. Weighed once, on the
    document as it came: fixing its artifacts does not make it any less machine-translated."""
    origin = ctx.doc.origin
    if "mt-evidence" not in origin:
        # The engine runs the profile's rules in code order: the findings of those before T101 are
        # in ctx.found. Evidence rules not run before (T103, any the selection leaves out, all of
        # them when T101 runs alone) are run here: the evidence does not depend on the selection.
        before = ctx.found or []
        ran = {r.code for r in ctx.profile.rules if r.code < "T101"} if ctx.found is not None else set()
        alone = ctx.apart()
        later = [f for code, r in all_rules().items() if code.startswith(EVIDENCE) and code not in ran
                 and r.default for f in r.run(alone)]
        count = certain + sum(1 for f in (*before, *later) if f.code.startswith(EVIDENCE))
        words = ctx.doc.split_count()  # len(text.split()): a density needs no exact word count
        origin["mt-evidence"] = count * 1000 / words if words else 0.0
    return origin["mt-evidence"] >= ctx.options["mt-evidence"]


@rule(
    "T102", "inconsistent-term", fix=Safety.UNSAFE,
    bad=[
        ("The Publicity Department met. Later the ⟦Propaganda Department⟧ agreed.",
         "The Publicity Department met. Later the Publicity Department agreed."),
    ],
    good=[
        "The Propaganda Department met. Later the Publicity Department agreed.",
        "The United Front Work Department met. The department agreed.",
    ],
)
def inconsistent_term(ctx: Context) -> Iterator[Hit]:
    """One institution named in two different ways in one document.

    Machine translation renders each sentence on its own, so one Chinese institution comes out
    under several English names in one text ("Party Working Committee", "Party Work Committee").
    Only glossary entries whose English is a proper name of two or more words are compared; the
    first form used sets the pattern, later different forms are flagged, and the fix is the
    canonical English from the glossary.
    """
    first_form: dict[str, str] = {}
    for occ in _occurrences(ctx, "accepted"):
        form = occ.form
        seen = first_form.setdefault(occ.term.zh, form)
        if seen == form or form == occ.term.en.lower():
            continue
        matched = ctx.text[occ.start:occ.end]
        yield Hit(occ.start, occ.end,
                  f"{occ.term.zh} is written {matched!r} here but {seen!r} earlier: use {occ.term.en!r} throughout",
                  replacement=_pluralise(matched, form, occ.term.en))


_HAN_RUN = LazyPattern(f"[{HAN_CLASS}][{HAN_CLASS}\u3001\u3002\uff0c\u300a\u300b\u201c\u201d]*")
_LATIN = LazyPattern(f"[{LATIN_CLASS}]")
_MAX_TERM = 10  # longer runs are quoted Chinese sentences, kept on purpose in bilingual writing
# Chinese given on purpose beside its English: followed by a gloss ("条块 (tiao-kuai)", "条块 -
# vertical ..."), or after English and set off by a bracket, a dash or a colon ("prosperity
# (共同富裕)", "“shared prosperity” (共同富裕)", "the term: 条块"), or quoted after English
# ("the slogan “共同富裕”"), or right after a proper name and ending its clause ("the Data
# Security Law 数据安全法, in force"). Chinese that machine translation leaves behind sits in the
# flow of a clause instead: "the 书记 of the county".
_CLOSERS = "\\)\\]”’\"'»"
_GLOSS_NEXT = LazyPattern(f"\\s*[-–—:(（]\\s*[{LATIN_CLASS}]")
_GLOSS_BEFORE = LazyPattern(f"[{LATIN_CLASS}][{_CLOSERS}]*\\s*(?:[(（\\[]|[-–—:]\\s|[“「《\"])\\s*$")
_NAME_BEFORE = LazyPattern(f"(?:[A-Z][{LATIN_CLASS}'’-]*\\s+){{2,}}$")
_CLAUSE_ENDS = LazyPattern(f"[{_CLOSERS}）」》]?[ \\t]*(?:[,.;:!?)）\\n]|$)")


def _is_gloss(text: str, start: int, end: int) -> bool:
    """Whether the Chinese at start..end is given on purpose beside English (see _GLOSS_NEXT)."""
    if _GLOSS_NEXT.match(text, end) or _GLOSS_BEFORE.search(text, max(0, start - 8), start):
        return True
    return bool(_NAME_BEFORE.search(text, max(0, start - 80), start)) and bool(_CLAUSE_ENDS.match(text, end))


@rule(
    "T103", "untranslated-chinese", severity=Severity.ERROR, fix=Safety.NONE,
    bad=[
        ("the principle of ⟦条块结合⟧ in management", "the principle of integrating vertical and horizontal administration in management"),
        ("He was the ⟦书记⟧ of the county", "He was the secretary of the county"),
    ],
    good=[
        "科学发展观 - the Scientific Outlook on Development",
        "the term tiao-kuai (条块) describes",
        "The idea of “shared prosperity” (共同富裕) came back.",
        "the Personal Information Protection Law 个人信息保护法, in force since 2021,",
        "the slogan “共同富裕” returned.",
        "长汀水土保持的成功实践，是全国水土流失治理的典型样板，是鲜活例证。",
    ],
)
def untranslated_chinese(ctx: Context) -> Iterator[Hit]:
    """Chinese characters left untranslated in an English text.

    Machine translation leaves a term it cannot render in Chinese, or a scrape mixes in a piece of
    the original. Short runs of Chinese in running English are flagged; where the run is a
    glossary term, the suggestion gives its English. Chinese given with its translation ("条块
    (tiao-kuai)", "tiao-kuai (条块)") and long quoted Chinese sentences are left alone: bilingual
    writing uses them on purpose. Documents that are mostly Chinese are not checked.
    """
    text = ctx.text
    if text.isascii() or not _LATIN.search(text):
        return
    glossary = None
    for m in ctx.in_non_ascii(_HAN_RUN):  # Han and the marks it takes are all non-ASCII
        run = m.group()
        if len(run) > _MAX_TERM or not _LATIN.search(text, max(0, m.start() - 80), m.start()) and not _LATIN.search(text, m.end(), m.end() + 80):
            continue
        if _is_gloss(text, m.start(), m.end()):
            continue
        glossary = glossary or ctx.profile.glossary
        terms = glossary.by_zh.get(run, [])
        if terms:
            yield Hit(m.start(), m.end(), f"untranslated Chinese {run!r}: the glossary gives {terms[0].en!r}",
                      replacement=terms[0].en)
        else:
            yield Hit(m.start(), m.end(), f"untranslated Chinese {run!r}")


@rule(
    "T104", "term-not-rendered",
    bad=[
        ("⟦The two lines of administration are combined.⟧", None, "条块结合"),
    ],
    good=["The vertical and horizontal lines of authority are combined."],
)
def term_not_rendered(ctx: Context) -> Iterator[Hit]:
    """In a zh → en catalog, a glossary term of the msgid that the msgstr renders with none of
    its accepted forms.

    Runs on the msgstr of each entry of a PO file whose msgid is Chinese (`zhen check file.po`):
    jieba, with the glossary as its user dictionary, finds the glossary terms of the msgid, and
    the msgstr should contain the canonical English or an accepted alternative of each. Where it
    contains a known MT rendering instead, T101 reports that; this rule reports the rest. Plain
    documents have no msgid, so it never fires on them.
    """
    msgid = ctx.msgid
    if not msgid:
        return
    from ..chinese import has_han
    from ..glossary.lookup import scan

    if not has_han(msgid):
        return
    glossary = ctx.profile.glossary
    lowered = ctx.text.lower()
    hits = scan(glossary, msgid)
    missing: list[Term] = []
    for hit in hits:  # whole terms: one inside a longer one (条块 in 条块结合) is covered by it
        forms = (hit.term.en, *hit.term.also, *(r.text for r in hit.term.mt))
        if hit.term not in missing and not any(form.lower() in lowered for form in forms):
            missing.append(hit.term)
    if missing:
        wanted = "; ".join(f"{t.zh} → {t.en!r}" for t in missing)
        yield Hit(0, len(ctx.text.rstrip()) or len(ctx.text),
                  f"msgstr renders none of the accepted forms of the msgid's glossary terms: {wanted}")
