"""What a fix may never do (issue #19): rewrite what an earlier fix of the run wrote, flag the
glossary's own English, or give a different text when run again."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit import Profile, fix_text, select_rules
from toolkit.glossary import load_glossary

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
TEXTS = sorted([*CORPUS.glob("raw/*.*"), *CORPUS.glob("clean/*.*"), *ROOT.glob("seeds/*.txt")])


def test_a_text_made_of_canonical_and_accepted_forms_is_left_alone():
    glossary = load_glossary()
    profile = Profile(select_rules(["T101"]))  # T102 rightly flags two names of one body in a text
    forms = [form for term in glossary.terms for form in (term.en, *term.also)]
    for start in range(0, len(forms), 200):  # in pieces, so a failure names a few forms
        text = ". ".join(forms[start:start + 200]) + "."
        result = fix_text(text, profile=profile, unsafe=True)
        changed = [f.message for f in result.applied]
        assert result.text == text, changed[:5]


def test_a_rendering_inside_a_longer_canonical_is_no_finding():
    from toolkit import check_text

    term = next(t for t in load_glossary().terms if t.en == "National Development and Reform Commission")
    text = f"Officials of the {term.en} met on Monday."
    assert [f for f in check_text(text) if f.code == "T101"] == []


@pytest.mark.skipif(not TEXTS, reason="no texts")
@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_fixing_twice_equals_fixing_once(path):
    text = path.read_text(encoding="utf-8")
    for unsafe in (False, True):
        once = fix_text(text, str(path), unsafe=unsafe).text
        assert fix_text(once, str(path), unsafe=unsafe).text == once, unsafe


def test_a_word_fix_never_rewrites_what_a_fix_of_the_same_run_wrote():
    from toolkit.engine import _inserted_after, _touches
    from toolkit.model import Edit, Finding, Fix, Safety, Severity

    text = "abc my country xyz"
    edits = [Edit(4, 14, "China")]
    spans = _inserted_after(text, edits, [])
    assert spans == [(4, 9)]  # "China" in "abc China xyz"
    again = Finding("T101", "mt-rendering", "", Severity.WARNING, 4, 9, Fix(Safety.UNSAFE, (Edit(4, 9, "x"),)))
    spacing = again._replace(code="P101")
    assert _touches(again, spans) and not _touches(spacing, spans)
    # A catalog fix rewrites a whole block: only what changed in it counts as written.
    assert _inserted_after('msgstr "a b c"', [Edit(0, 14, 'msgstr "a X c"')], []) == [(10, 11)]


def _profile_with(rendering_kind: str) -> Profile:
    from toolkit.glossary import Glossary, Rendering, Term
    from toolkit.model import Safety

    term = Term("我国", "China", "test", "test.toml", 1, also=("our country",),
                mt=(Rendering("my country", Safety.UNSAFE, rendering_kind),))
    return Profile(glossary=Glossary((term,), (), f"test-{rendering_kind}"))


MACHINE_TRANSLATED = ("In recent years , my country has Strengthened the the construction of "
                      "grassroots organizations .The work achieved results ,the masses are satisfied.")
NATIVE = "I served my country for thirty years, and I would do it again without a second thought."


def test_an_ambiguous_rendering_is_reported_only_beside_other_evidence_of_machine_translation():
    from toolkit import check_text

    ambiguous = _profile_with("ambiguous")
    assert [f for f in check_text(NATIVE, profile=ambiguous) if f.code == "T101"] == []
    (found,) = [f for f in check_text(MACHINE_TRANSLATED, profile=ambiguous) if f.code == "T101"]
    assert "native English uses 'my country' too" in found.message and "signs of machine translation" in found.message
    assert found.fix.safety.value == "none"  # never fixed automatically
    assert fix_text(MACHINE_TRANSLATED, profile=ambiguous, unsafe=True).text.count("my country") == 1
    # A certain rendering needs no other evidence, and is fixed with --unsafe-fixes.
    certain = _profile_with("certain")
    assert [f.code for f in check_text(NATIVE, profile=certain)] == ["T101"]
    assert "my country" not in fix_text(NATIVE, profile=certain, unsafe=True).text


def test_the_evidence_threshold_is_the_rule_option():
    from toolkit import check_text
    from toolkit.glossary import Glossary

    strict = Profile(options={"mt-evidence": 1000}, glossary=_profile_with("ambiguous").glossary)
    assert [f for f in check_text(MACHINE_TRANSLATED, profile=strict) if f.code == "T101"] == []
    assert isinstance(strict.glossary, Glossary)


def test_untranslated_chinese_counts_as_evidence_though_its_rule_runs_after_t101():
    from toolkit import check_text

    text = "I served my country and the 书记 of the county for years, as many did then."
    assert [f.code for f in check_text(text, profile=_profile_with("ambiguous"))] == ["T101", "T103"]


def test_the_glossarys_certain_renderings_count_as_evidence():
    from toolkit import check_text
    from toolkit.glossary import Glossary, Rendering, Term
    from toolkit.model import Safety

    # No rule but the glossary sees machine translation here: a certain rendering (word salad no
    # native writer produces) is evidence enough for an ambiguous one beside it.
    salad = Term("条块", "vertical and horizontal lines of authority", "test", "test.toml", 2,
                 mt=(Rendering("strips and strips", Safety.UNSAFE, "certain"),))
    glossary = Glossary((*_profile_with("ambiguous").glossary.terms, salad), (), "test-both")
    text = "The office joins strips and strips of authority, and I served my country for thirty years."
    found = [f.message.split("'")[1] for f in check_text(text, profile=Profile(glossary=glossary)) if f.code == "T101"]
    assert found == ["strips and strips", "my country"]
    assert [f.code for f in check_text(NATIVE, profile=Profile(glossary=glossary))] == []


def test_an_ambiguous_rendering_a_calque_rule_reports_is_reported_once():
    from toolkit import check_text
    from toolkit.glossary import Glossary, Rendering, Term
    from toolkit.model import Safety

    term = Term("我国", "China", "test", "test.toml", 1, mt=(Rendering("our country", Safety.UNSAFE, "ambiguous"),))
    profile = Profile(glossary=Glossary((term,), (), "test-our"))
    text = "In recent years , our country has Strengthened the the work .The masses are satisfied."
    codes = [f.code for f in check_text(text, profile=profile) if "our country" in text[f.start:f.end]]
    assert codes == ["C110"]  # the calque rule's finding; T101 would say the same of the same words
