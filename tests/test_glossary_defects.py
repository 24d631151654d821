"""`zhen glossary check` rejects each defect class of issue #19, naming file and line: one small
glossary under tests/data/glossary-defects/ per class. And the bundled data keeps the guarantees
that the checks stand for (variants, renderings, source kinds, traditional forms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.glossary.checks import contains, english_key, read_native_reference, validate
from toolkit.glossary.store import AUTHORITATIVE, NATIVE_REFERENCE, SOURCE_KINDS, bundled_files, load_glossary

DEFECTS = Path(__file__).parent / "data" / "glossary-defects"

# file: (line, what the message says)
CASES = {
    "rendering-inside-canonical.toml": (9, "mt 'Reform Commission' of '国家发展和改革委员会' occurs inside "
                                           "'National Development and Reform Commission'"),
    "rendering-plural-of-canonical.toml": (9, "mt 'deprivation of political right' of '剥夺政治权利' is "
                                              "'deprivation of political rights'"),
    "rendering-holds-canonical.toml": (21, "mt 'taking the people as the center' of '以人民为中心' contains 'the people', "
                                           "an accepted form of the unrelated entry '群众'"),
    "variant-is-an-entry.toml": (15, "variant '国务院' of '国务院办公厅' is itself an entry"),
    "variant-unrelated.toml": (10, "variant '学生' shares no character with '作业'"),
    "canonical-with-semicolon.toml": (9, "canonical 'vice-minister; deputy head' of '副部长' holds ';' or ' / '"),
    "certain-but-native.toml": (13, "mt 'set aside' of '搁置' is 'certain' but occurs"),
    "stale/stale-list.toml": (14, "mt 'bars and bars' of '条块' is missing from native-reference.tsv (the list is stale): "
                                  "run python benchmarks/native_reference.py"),
    "source-kind-unknown.toml": (11, "source_kind 'rumour' of '条块' is not one of"),
    "source-kind-contradicts-source.toml": (11, "source_kind 'official' of '条块' contradicts its source"),
    "source-kind-missing.toml": (7, "entry '条块' has no source_kind"),
    "rendering-kind-missing.toml": (13, "mt 'strips and strips' of '条块' has no kind"),
    "rendering-kind-unknown.toml": (13, "kind 'likely' of mt 'strips and strips' must be certain or ambiguous"),
}


def test_every_defect_file_has_a_case():
    files = {str(p.relative_to(DEFECTS)) for p in DEFECTS.rglob("*.toml")}
    assert files == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_glossary_check_rejects_the_defect_naming_file_and_line(zhen, name):
    line, message = CASES[name]
    path = DEFECTS / name
    result = zhen("glossary", "check", path)
    assert result.exit_code == 1
    assert f"{path}:{line}: {message}" in result.stdout, result.stdout


def test_each_defect_file_holds_only_its_defect():
    # Each file is one class: its problems all stand on the one line the case names.
    for name, (line, _) in CASES.items():
        problems = validate([DEFECTS / name])
        assert problems and {p.line for p in problems} == {line}, (name, [str(p) for p in problems])


def test_the_fixed_file_passes():
    # The defect file made right passes: the check tells the defect from the data around it.
    text = (DEFECTS / "rendering-inside-canonical.toml").read_text(encoding="utf-8")
    fixed = DEFECTS.parent / "glossary-fixed.toml"
    try:
        fixed.write_text(text.replace('id = "rendering-inside-canonical"', 'id = "glossary-fixed"')
                         .replace('"Reform Commission"', '"Development and Reform Committee"'), encoding="utf-8")
        assert validate([fixed]) == []
    finally:
        fixed.unlink()


@pytest.mark.parametrize(("longer", "shorter", "expected"), [
    ("National Development and Reform Commission", "Reform Commission", True),
    ("deprivation of political rights", "deprivation of political right", True),  # plural-blind
    ("State Bureau for Letters and Calls", "letters and calls", True),  # case-blind
    ("a moderately well-off society", "well-off society", True),
    ("the Party Central Committee", "Central Committees", True),
    ("National Development and Reform Commission", "Reform", True),
    ("Supreme People's Court", "People's Courts", True),
    ("business units", "business", True),
    ("reformation", "reform", False),  # word-bounded
    ("State Council", "State Department", False),
    ("one hand", "on the one hand", False),
])
def test_contains_is_word_bounded_case_and_plural_blind(longer, shorter, expected):
    assert contains(english_key(longer), english_key(shorter)) is expected


def test_the_bundled_glossary_has_no_corrupt_variants_and_kinds_everywhere():
    glossary = load_glossary()
    zh = {t.zh for t in glossary.terms}
    for term in glossary.terms:
        assert term.source_kind in SOURCE_KINDS
        assert (term.source_kind == "none") == term.source.startswith("unsourced")
        for variant in term.variants:
            assert variant not in zh and set(variant) & set(term.zh), (term.zh, variant)
        for rendering in term.mt:
            assert rendering.kind in ("certain", "ambiguous")
    # The variants the conversion left on unrelated entries (issue #19) are gone.
    for word in ("学生", "会议", "发展", "改革", "工程", "法院", "抽象名词", "修饰语"):
        assert all(t.zh == word for t in glossary.by_zh.get(word, ())), word


ISSUE_NATIVE = ["one hand", "Reform Commission", "moderately well-off", "State Department", "my country", "set aside",
                "business unit", "double standard", "at first hand", "new age", "one step further",
                "professional education", "Chief Secretary", "naked officials", "Assistant Secretary", "Letters and Calls"]


@pytest.mark.parametrize("text", ISSUE_NATIVE)
def test_renderings_the_issue_names_as_native_english_are_ambiguous_or_gone(text):
    found = load_glossary().by_rendering.get(text.lower())
    assert found is None or found[1].kind == "ambiguous"


def test_the_native_reference_list_covers_every_rendering_and_certain_ones_are_absent():
    counts = read_native_reference(bundled_files()[0].parent / NATIVE_REFERENCE)
    renderings = [r for t in load_glossary().terms for r in t.mt]
    assert all(r.text.lower() in counts for r in renderings)
    assert all(counts[r.text.lower()] == 0 for r in renderings if r.kind == "certain")
    assert sum(counts[r.text.lower()] > 0 for r in renderings) >= 10  # the list does find native English


def test_doubtful_canonicals_follow_official_english():
    glossary = load_glossary()
    assert glossary.by_zh["先进性"][0].en == "advanced nature"
    assert glossary.by_zh["副部长"][0].en == "vice minister"
    assert not any(";" in t.en or " / " in t.en for t in glossary.terms if t.mt)


def test_stats_prints_entries_domains_and_source_kind_shares(zhen):
    result = zhen("glossary", "stats")
    assert result.exit_code == 0
    glossary = load_glossary()
    total = len(glossary.terms)
    assert f"{'all':26s} {total:7d}" in result.stdout
    for kind in SOURCE_KINDS:
        share = sum(t.source_kind == kind for t in glossary.terms) / total
        assert f"{kind:16s} {sum(t.source_kind == kind for t in glossary.terms):5d} {share:6.1%}" in result.stdout
    authoritative = sum(t.source_kind in AUTHORITATIVE for t in glossary.terms) / total
    assert f"official, academic, term-bank or dictionary: {authoritative:.1%}" in result.stdout


def test_the_indexed_overlap_check_finds_what_comparing_every_pair_finds(monkeypatch):
    # overlap_problems looks forms up by their rarest word; on entries seeded with renderings cut
    # from other entries' English (and English wrapped in more words) it must agree with the
    # plain comparison of every rendering with every form.
    import random

    from toolkit.glossary import checks as module
    from toolkit.glossary import Rendering
    from toolkit.model import Safety

    monkeypatch.setattr(module, "_line_in", lambda term, needle: 0)
    rng = random.Random(19)
    terms = rng.sample(list(load_glossary().terms), 250)
    forms = [f for t in terms for f in (t.en, *t.also)]
    seeded = []
    for term in terms:
        words = rng.choice(forms).split()
        i = rng.randrange(len(words))
        cut = " ".join(words[i:rng.randrange(i, len(words)) + 1])
        seeded.append(term._replace(mt=term.mt + (Rendering(cut, Safety.UNSAFE, "certain"),
                                                  Rendering(f"the {rng.choice(forms)} of it", Safety.UNSAFE, "certain"))))
    expected = set()
    for term in seeded:
        for rendering in term.mt:
            key = english_key(rendering.text)
            seen = set()
            for other in seeded:
                for text in (other.en, *other.also):
                    form = english_key(text)
                    if not key or (other.zh, form) in seen:
                        continue
                    # One verdict per entry and form key, as overlap_problems gives: where the
                    # entry's form with this key is the rendering's very string (cross_check
                    # reports that), a plural twin in the same entry ('microservices' beside
                    # 'microservice') is not reported again.
                    seen.add((other.zh, form))
                    if form == key and text.lower() == rendering.text.lower():
                        continue
                    head = f"{term.path}: mt {rendering.text!r} of {term.zh!r}"
                    where = f"an accepted form of {other.zh!r} ({other.path}:{other.line})"
                    if contains(form, key):
                        expected.add(f"{head} {'is' if form == key else 'occurs inside'} {text!r}, {where} "
                                     f"(word-bounded, case- and plural-blind)")
                    elif len(form) > 1 and not set(other.zh) & set(term.zh) and contains(key, form):
                        expected.add(f"{head} contains {text!r}, {where.replace('form of', 'form of the unrelated entry')}")
    found = {str(p) for p in module.overlap_problems(seeded)}
    assert len(expected) > 250 and found == expected
