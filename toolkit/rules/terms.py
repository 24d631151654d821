"""Terminology rules driven by the glossary: MT renderings, inconsistent terms, untranslated Chinese.

All renderings of all entries are found in one leftmost-longest Aho-Corasick pass over the
lower-cased text (per kind: MT renderings, accepted names), with automata built once per glossary
and process.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..chinese import HAN_CLASS, LATIN_CLASS, LazyPattern
from ..glossary import Glossary, Rendering, Term, glossary_for
from ..model import Safety, Severity
from ..registry import Context, Hit, rule
from ..triggers import use_dfa


class Occurrence(NamedTuple):
    start: int
    end: int
    form: str  # the glossary form matched (lower-cased)
    term: Term
    rendering: Rendering | None  # set for MT renderings, None for canonical/accepted English


def _matcher(forms: dict[str, tuple[Term, Rendering | None]], dfa: bool):
    """(searcher, forms, their values, whether it searches bytes) for the leftmost-longest
    matches of `forms` in lower-cased text. ahocorasick_rs, on the text's bytes (non-ASCII
    characters as NUL, Document.ascii_lowered) when every form is ASCII, as nearly all are: its
    str interface costs some 8 ms per MB however little it finds."""
    import ahocorasick_rs

    words = [form for form in forms if form]
    on_bytes = all(form.isascii() and "\0" not in form for form in words)
    kinds = ahocorasick_rs.Implementation
    implementation = kinds.DFA if dfa else kinds.ContiguousNFA
    options = {"matchkind": ahocorasick_rs.MatchKind.LeftmostLongest, "implementation": implementation}
    if on_bytes:
        searcher = ahocorasick_rs.BytesAhoCorasick([w.encode("ascii") for w in words], **options)
    else:
        searcher = ahocorasick_rs.AhoCorasick(words, **options)
    return searcher, words, [forms[w] for w in words], on_bytes


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
    for the canonical and accepted English of institution names (see T102). Longest match wins."""
    key = f"terms:{kind}"
    if key not in ctx.resources:
        ctx.resources[key] = {}
    per_doc = ctx.resources[key]
    if id(ctx.doc) in per_doc and per_doc[id(ctx.doc)][0] is ctx.doc:
        return per_doc[id(ctx.doc)][1]
    glossary = glossary_for(ctx.resources, ctx.options)
    doc, text = ctx.doc, ctx.text
    found: list[Occurrence] = []
    matcher = _matcher_for(ctx.resources, glossary, kind, len(text))
    if matcher is not None:
        searcher, forms, values, on_bytes = matcher
        lowered = doc.ascii_lowered
        size = len(text)
        for index, start, end in searcher.find_matches_as_indexes(lowered if on_bytes else doc.lowered):
            if end < size and lowered[end] in _PLURAL_STARTS:
                end = _plural_end(text, lowered, end)
            if _is_boundary(text, lowered, start - 1) and _is_boundary(text, lowered, end):
                found.append(Occurrence(start, end, forms[index], *values[index]))
    per_doc.clear()  # only the current document is kept
    per_doc[id(ctx.doc)] = (ctx.doc, found)
    return found


def _plural_end(text: str, lowered: bytes, end: int) -> int:
    """Extend a match over a plural ending ("bureau" -> "bureaus"), so plurals are found too.
    `lowered` is the document's ascii_lowered; lower-casing keeps a character alphanumeric or not,
    so the word boundary is looked for in the text."""
    for suffix in _PLURAL_SUFFIXES:
        if lowered.startswith(suffix, end) and _is_boundary(text, lowered, end + len(suffix)):
            return end + len(suffix)
    return end


def _forms(glossary: Glossary, kind: str) -> dict[str, tuple[Term, Rendering | None]]:
    if kind == "mt":
        return {text: (term, rendering) for text, (term, rendering) in glossary.by_rendering.items()}
    return {form.lower(): (term, None) for term in _institutions(glossary)
            for form in (term.en, *term.also) if _is_name(form)}


# Automata by glossary content: built once per process, not once per run (a library caller or a
# benchmark runs many times over; the bundled glossary's take ~10 ms to build).
_BUILT: dict[tuple, object] = {}


def _built(key: tuple, build):
    if key not in _BUILT:
        _BUILT[key] = build()
    return _BUILT[key]


DFA_MAX_FORMS = 300_000


def _matcher_for(resources: dict, glossary: Glossary, kind: str, length: int):
    """The matcher of the glossary's forms of `kind` for a text of `length` characters: a DFA once
    the process has searched enough text with them (toolkit/triggers.py, use_dfa), unless the
    glossary is so large that building the DFA would take more than a second (measured: 41,000
    forms 0.1 s, 164,000 forms 0.4 s; the DFA searches three times as fast as the NFA)."""
    forms = _forms_of(resources, glossary, kind)
    dfa = use_dfa(("glossary", kind, glossary.digest), length, lambda: forms) and len(forms) < DFA_MAX_FORMS
    key = ("matcher", kind, glossary.digest, dfa)
    if key not in resources:
        resources[key] = _built(key, lambda: _matcher(forms, dfa) if any(forms) else None)
    return resources[key]


def _forms_of(resources: dict, glossary: Glossary, kind: str) -> dict[str, tuple[Term, Rendering | None]]:
    key = ("forms", kind, glossary.digest)
    if key not in resources:
        resources[key] = _built(key, lambda: _forms(glossary, kind))
    return resources[key]


def _institutions(glossary: Glossary) -> list[Term]:
    return [t for t in glossary.terms if _is_name(t.en)]


_NAME = LazyPattern(r"^(?:[A-Z][\w'’-]*|of|and|for|the|on)(?: (?:[A-Z][\w'’-]*|of|and|for|the|on))+$")


def _is_name(form: str) -> bool:
    """A proper name of two or more words ("United Front Work Department"), as institutions are."""
    return bool(_NAME.match(form)) and form[:1].isupper()


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


@rule(
    "T101", "mt-rendering", fix=Safety.UNSAFE,
    bad=[
        ("They regard these departments as their ⟦parental family⟧ and", "They regard these departments as their home base and"),
        ("To sum up, ⟦my country⟧’s existing models", "To sum up, China’s existing models"),
        ("⟦Strips and strips⟧ are combined", "Vertical and horizontal lines of authority are combined"),
    ],
    good=[
        "China's existing models of leadership",
        "The parental leave policy and the family",
        "Amy Country Club opened.",  # a match inside the first word is no match
    ],
)
def mt_rendering(ctx: Context) -> Iterator[Hit]:
    """A known machine-translation rendering of a glossary term ("strips and strips" for 条块).

    The glossary records, for each Chinese term, the renderings machine translation produces and
    the English to use instead. The fix replaces the rendering with the canonical English, keeping
    a capital at the start of a sentence and a plural or possessive ending; how safe that is comes
    from the entry (most are unsafe, applied with --unsafe-fixes; some need a human rewrite and
    are only suggested).
    """
    for occ in _occurrences(ctx, "mt"):
        matched = ctx.text[occ.start:occ.end]
        term = occ.term
        replacement = _match_case(matched, term.en)
        safety = occ.rendering.fix
        if len(matched) > len(occ.form):
            # A plural: the canonical's plural is not always canonical + "s", so only suggest it.
            replacement, safety = _pluralise(matched, occ.form, replacement), Safety.NONE
        elif " of " in occ.form and ctx.text.startswith(("'s", "’s"), occ.end):
            # "construction of the party's organizations": the possessive may belong to the last
            # noun alone, and then the swap would be wrong.
            safety = Safety.NONE
        yield Hit(occ.start, occ.end,
                  f"{matched!r} is a machine-translation rendering of {term.zh}: use {term.en!r}",
                  replacement=replacement, safety=safety)


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
_GLOSS_NEXT = LazyPattern(f"\\s*[-–—:(（]\\s*[{LATIN_CLASS}]")
_GLOSS_BEFORE = LazyPattern(f"[{LATIN_CLASS}]\\)?\\s*(?:[(（]|[-–—:]\\s)\\s*$")


@rule(
    "T103", "untranslated-chinese", severity=Severity.ERROR, fix=Safety.NONE,
    bad=[
        ("the principle of ⟦条块结合⟧ in management", "the principle of integrating vertical and horizontal administration in management"),
        ("He was the ⟦书记⟧ of the county", "He was the secretary of the county"),
    ],
    good=[
        "习近平生态文明思想 - Xi Jinping Thought on Ecological Civilisation",
        "the term tiao-kuai (条块) describes",
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
        if _GLOSS_NEXT.match(text, m.end()) or _GLOSS_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        glossary = glossary or glossary_for(ctx.resources, ctx.options)
        terms = glossary.by_zh.get(run, [])
        if terms:
            yield Hit(m.start(), m.end(), f"untranslated Chinese {run!r}: the glossary gives {terms[0].en!r}",
                      replacement=terms[0].en)
        else:
            yield Hit(m.start(), m.end(), f"untranslated Chinese {run!r}")


@rule(
    "T104", "term-not-rendered",
    bad=[
        ("⟦The two lines of administration are combined.⟧", None, {"msgid": "条块结合"}),
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
    msgid = ctx.options.get("msgid")
    if not msgid:
        return
    from ..chinese import has_han
    from ..lookup import scan

    if not has_han(msgid):
        return
    glossary = glossary_for(ctx.resources, ctx.options)
    lowered = ctx.text.lower()
    hits = scan(glossary, msgid)
    missing: list[Term] = []
    for hit in hits:
        # A term inside a longer term of the msgid (条块 in 条块结合) is covered by the longer one.
        if any(o.start <= hit.start and hit.end <= o.end and (o.end - o.start) > (hit.end - hit.start) for o in hits):
            continue
        forms = (hit.term.en, *hit.term.also, *(r.text for r in hit.term.mt))
        if hit.term not in missing and not any(form.lower() in lowered for form in forms):
            missing.append(hit.term)
    if missing:
        wanted = "; ".join(f"{t.zh} → {t.en!r}" for t in missing)
        yield Hit(0, len(ctx.text.rstrip()) or len(ctx.text),
                  f"msgstr renders none of the accepted forms of the msgid's glossary terms: {wanted}")
