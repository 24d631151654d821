"""The shared scan is safe: triggers are necessary conditions of the rules that declare them, and
every rule finds exactly the same with the trigger-driven shortcuts (trigger skip, line windows,
matches at trigger offsets, non-ASCII runs, lower-cased candidates) as without them."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from toolkit.document import Document, _links
from toolkit.profile import Profile
from toolkit.registry import Context, all_rules
from toolkit.rules.duplicates import CASEFOLD_SPECIAL

RULES = all_rules()
TRIGGERED = [r for r in RULES.values() if r.triggers or r.triggers_nocase]


def findings(rule, text: str, markdown: bool, use_triggers: bool, msgid: str | None = None) -> list:
    ctx = Context(Document(text, "doc.md" if markdown else "doc.txt"), Profile.default(), msgid, use_triggers)
    return [(f.code, f.start, f.end, f.message, f.fix) for f in rule.run(ctx)]


def same_with_and_without_triggers(text: str, markdown: bool = False, msgid: str | None = None) -> None:
    for rule in RULES.values():
        assert findings(rule, text, markdown, True, msgid) == findings(rule, text, markdown, False, msgid), (
            rule.code, text[:200])


def test_most_rules_declare_triggers():
    assert len(TRIGGERED) >= 20


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda r: r.code)
def test_every_bad_example_fires_a_trigger_on_the_lines_of_its_span(rule):
    for example in rule.bad:
        doc = Document(example.plain, "doc.txt")
        starts = Context(doc, Profile.default())._trigger_starts[rule.code]
        assert starts, f"{rule.code}: no trigger in {example.plain!r}"
        for start, end in example.spans:
            first, last = doc.position(start)[0], doc.position(max(start, end - 1))[0]
            lines = {doc.position(max(s, 0))[0] for s in starts} | {doc.position(max(s, 0))[0] + 1 for s in starts}
            assert lines & set(range(first, last + 1)), f"{rule.code}: no trigger near the span in {example.plain!r}"


def test_nul_in_a_trigger_stands_for_any_non_ascii_character():
    # P104's trigger ",\0" fires on a comma before "“" or "À", C104's "\0x" on "xi" after "’".
    assert Context(Document("as the leaders put it,“Strengthen it”", "doc.txt"), Profile.default())._trigger_starts["P104"] == [21]
    assert Context(Document("the word,Ābc and", "doc.txt"), Profile.default())._trigger_starts["P104"] == [8]
    assert Context(Document("read ’zhi’ as", "doc.txt"), Profile.default())._trigger_starts["C104"] == [5]
    assert not Context(Document("as the leaders put it", "doc.txt"), Profile.default()).triggered("P104")


def test_a_document_without_triggers_skips_the_rule():
    ctx = Context(Document("Plain words only here", "doc.txt"), Profile.default())
    assert not ctx.triggered("C103") and not ctx.triggered("P101")
    assert Context(Document("the construction of party", "doc.txt"), Profile.default()).triggered("C103")


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda r: r.code)
def test_examples_give_the_same_findings_with_and_without_triggers(rule):
    for example in rule.bad:
        for markdown in (False, True):
            for other in RULES.values():
                assert findings(other, example.plain, markdown, True, example.msgid) == findings(
                    other, example.plain, markdown, False, example.msgid), (other.code, example.plain)
    for text in rule.good:
        same_with_and_without_triggers(text)


def corpus_files():
    files = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "data").rglob("*.txt")),
             *sorted((ROOT / "tests" / "data").rglob("*.md"))]
    return [p for p in files if p.stat().st_size < 400_000]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_gives_the_same_findings_with_and_without_triggers(path):
    text = path.read_text(encoding="utf-8")
    same_with_and_without_triggers(text, markdown=path.suffix == ".md")


def test_a_long_text_gives_the_same_findings_with_and_without_triggers():
    # Every rule's examples many times over, in one document.
    parts = [ex.plain for r in RULES.values() for ex in r.bad] + [g for r in RULES.values() for g in r.good]
    text = "\n".join(parts * (60_000 // len("\n".join(parts)) + 1))
    assert len(text) > 60_000
    same_with_and_without_triggers(text)


# Pieces that bring rules and their triggers close to their edges: marks after blanks, line
# starts, case variants, non-ASCII letters next to ASCII ones, characters whose case folding is
# special, mojibake, Chinese and its punctuation.
PIECES = st.sampled_from([
    "the", "The", "THE", "functions", "Functions", "of", "Of", "a", " ", " ", "  ", "\t", "\n", "\r\n", "\n\n",
    ". ", ".", ",", " ,", " .", ";", ":", "!", "?", '"', "“", "”", "(", ")", "[2] 365", "2]", "~~x~~", "***",
    "xx", "XX", "20xx", " County", "In2006", "1980 s", "Article thirtieth", "Chapter ", "(Two)", "(A)", "Abide",
    "construction of ", "party", "culture", "enthusiasm", " sex", "informatization", "InFormatiSation",
    "zhi", "xi", "qu", "Zhang", " Shuji", "  ", "\u3000", "\u00a0", "\u200b", "Up to now", "There", "is",
    "masses", "Certain", "results", "themselves", " self.", "Related articles", "Welcome to read it.",
    "Font Size: a A A", "Source: x", "The second is to", "ß", "Straße", "strasse", "ſ", "ı", "İ", "σ", "Σ",
    "ς", "é", "É", "条块", "，", "。", "（", "）", "《", "》", "â€œ", "Ã©", "&nbsp;", "<br/>", "http://a.b/c",
    "a.b@c.de", "@", "zhen: ignore D101", "my country", "Propaganda Department", "Publicity Department",
])
TEXTS = st.one_of(st.text(max_size=120), st.lists(PIECES, max_size=50).map("".join))
SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS, st.booleans())
def test_generated_text_gives_the_same_findings_with_and_without_triggers(text, markdown):
    same_with_and_without_triggers(text, markdown)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_URL_AND_EMAIL = re.compile(
    r"""(?:https?://|ftp://|www\.)[^\s<>"'）)\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+""")
LINK_PIECES = st.sampled_from(["a", "b.", "@", "x@y.com", "www.", "http://", "https://", "ftp://", "://", "htt", " ", "\n", "-", "+", "_", "/",
                               "é", "1", ".", "com", "'", ")", "q.www.a@b.cc/p"])


@SETTINGS
@given(st.lists(LINK_PIECES, max_size=30).map("".join))
def test_links_are_what_one_alternation_of_both_patterns_finds(text):
    assert [(s.start, s.end) for s in _links(text)] == [m.span() for m in _URL_AND_EMAIL.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["a" * 300, "ab", "é", "条" * 300, " ", "\n"]), max_size=10).map("".join))
def test_non_ascii_runs_are_the_runs_a_pattern_finds(text):
    assert [(s.start, s.end) for s in Document(text).non_ascii] == [m.span() for m in _NON_ASCII.finditer(text)]


def test_casefold_special_covers_this_unicode_version():
    special = [chr(c) for c in range(0x80, sys.maxunicode + 1)
               if len(chr(c).lower()) != 1 or chr(c).casefold() != chr(c).lower()]
    missing = [c for c in special if not CASEFOLD_SPECIAL.match(c)]
    assert missing == []


@given(st.text(alphabet=st.sampled_from("ab \n\u3000”×条"), max_size=40), st.booleans())
def test_the_searcher_finds_every_occurrence_of_every_pattern(text, dfa):
    # ASCII patterns in the byte view (NUL: any non-ASCII character), the others by their first
    # non-ASCII character: together, every overlapping occurrence in "\n" + text, at the start too.
    from toolkit.document import ascii_projection
    from toolkit.triggers import Searcher

    patterns = ["\n\u3000", "”", "×× ", "a\u3000b", "ab", "b\0", "\na", " "]
    scanned = "\n" + text
    projected = ascii_projection(scanned)
    expected = sorted((i, s) for i, p in enumerate(patterns) for s in range(len(scanned))
                      if (projected.startswith(p.encode("ascii"), s) if p.isascii() else scanned.startswith(p, s)))
    assert sorted(Searcher(patterns, dfa).find(text, projected)) == expected


def test_a_set_of_patterns_switches_to_the_dfa_once_it_has_paid_for_itself():
    from toolkit import triggers

    asked, built = [], []

    def patterns():
        asked.append(1)
        return ["ab", "cde"]  # 5 characters: the DFA pays after 5 * DFA_PAYS_AFTER characters

    pays = 5 * triggers.DFA_PAYS_AFTER
    small = triggers.Switching(patterns, lambda dfa: built.append(dfa) or ("dfa" if dfa else "nfa"))
    assert small.for_text(pays - 10) == "nfa"
    assert small.for_text(9) == "nfa"
    assert small.for_text(1) == "dfa"  # counted over calls, as over a corpus
    assert small.for_text(1) == "dfa"
    assert asked == [1]  # the patterns are measured once
    assert built == [False, True]  # each automaton is built once
    assert not triggers.Switching(lambda: ["x" * 50], bool).use_dfa(pays)  # another set counts apart
    assert triggers.Switching(patterns, bool).use_dfa(pays)  # a large first text switches at once


def test_findings_are_the_same_with_the_nfa_and_with_the_dfa(monkeypatch):
    from toolkit import check_document, triggers

    text = (ROOT / "seeds" / "000_ea91957da586dbbb.txt").read_text(encoding="utf-8")
    found = []
    for pays_after in (10**9, 0):  # never the DFA, then always
        monkeypatch.setattr(triggers, "DFA_PAYS_AFTER", pays_after)
        profile = Profile()  # new trigger automata, counting anew
        for index in ("rendering_search", "name_search"):  # the loaded glossary is shared: anew too
            profile.glossary.__dict__.pop(index, None)
        found.append(check_document(Document(text, "seed.txt"), profile))
    assert found[0] == found[1] and len(found[0]) > 20


@given(st.lists(st.text(alphabet="abc d", min_size=1, max_size=6), min_size=1, max_size=12, unique=True),
       st.text(alphabet="abc d", max_size=60), st.booleans())
def test_prefix_search_finds_what_the_leftmost_longest_automaton_finds(patterns, text, as_bytes):
    import ahocorasick_rs

    from toolkit.triggers import PrefixSearch

    if as_bytes:
        patterns, text = [p.encode() for p in patterns], text.encode()
    kind = ahocorasick_rs.BytesAhoCorasick if as_bytes else ahocorasick_rs.AhoCorasick
    automaton = kind(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    assert PrefixSearch(patterns).find_matches_as_indexes(text) == \
        [tuple(m) for m in automaton.find_matches_as_indexes(text)]


def test_a_glossary_searches_small_texts_in_python_then_builds_its_automaton(monkeypatch):
    from toolkit import Document, Profile, check_document, triggers

    text = (ROOT / "seeds" / "000_ea91957da586dbbb.txt").read_text(encoding="utf-8")
    found = []
    for until in (10**9, 0):  # always Python, then never
        monkeypatch.setattr(triggers, "PYTHON_PAYS_UNTIL", until)
        profile = Profile()
        for index in ("rendering_search", "name_search"):  # the loaded glossary is shared: anew
            profile.glossary.__dict__.pop(index, None)
        found.append(check_document(Document(text, "seed.txt"), profile))
        kind = type(profile.glossary.rendering_search.for_text(1).searcher)
        assert (kind is triggers.PrefixSearch) == (until > 0)
    assert found[0] == found[1] and any(f.code.startswith("T") for f in found[0])
