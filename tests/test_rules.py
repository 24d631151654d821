"""Every rule's own examples are its tests: a rule without them fails here.

For each bad example the rule's findings must cover exactly the ⟦marked⟧ spans, applying their
edits must give the expected text, and the rule must find nothing in that text. Good examples
must give no finding.
"""

from __future__ import annotations

import pytest

from toolkit import Document, apply_edits
from toolkit.profile import Profile
from toolkit.registry import Context, all_rules

RULES = all_rules()
BAD = [(code, i) for code, rule in RULES.items() for i in range(len(rule.bad))]
GOOD = [(code, i) for code, rule in RULES.items() for i in range(len(rule.good))]


def run(rule, text: str, msgid: str | None = None):
    doc = Document(text)
    return [f for f in rule.run(Context(doc, Profile.default(), msgid)) if not doc.is_ignored(f.start, f.end)]


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_is_declared_with_examples_and_doc(code):
    rule = RULES[code]
    assert rule.bad, f"{code} has no bad example"
    assert rule.good, f"{code} has no good example"
    assert len(rule.doc.split()) >= 20, f"{code} needs a doc: what, why, the Chinese behind it"
    assert all(e.spans for e in rule.bad), f"{code}: every bad example marks its span with ⟦ ⟧"


@pytest.mark.parametrize(("code", "index"), BAD)
def test_bad_example_is_flagged_and_fixed(code, index):
    rule = RULES[code]
    example = rule.bad[index]
    findings = run(rule, example.plain, example.msgid)
    assert sorted((f.start, f.end) for f in findings) == sorted(example.spans), example.text
    edits = [e for f in findings if f.fix for e in f.fix.edits]
    if example.fixed is None:
        assert not edits, f"{code} offers an edit the example does not expect"
        return
    fixed = apply_edits(example.plain, edits)
    assert fixed == example.fixed
    assert run(rule, fixed, example.msgid) == [], "the fixed text must not be flagged again"


@pytest.mark.parametrize(("code", "index"), GOOD)
def test_good_example_is_not_flagged(code, index):
    rule = RULES[code]
    text = rule.good[index]
    assert run(rule, text) == [], text


def test_codes_and_names_are_unique():
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("code", "index"), BAD)
def test_a_run_of_the_artifact_is_fixed_for_good(code, index):
    # Fixing twice must give what fixing once gave. A rule that fixes one copy of a repeated
    # artifact per pass ("[2] 365 [2] 365 ...", forty semicolons) runs out of passes on a long run.
    from toolkit import fix_text
    from toolkit.engine import MAX_PASSES

    example = RULES[code].bad[index]
    start, end = example.spans[0]
    span = example.plain[start:end]
    for separator in (" ", "\n", ""):
        text = example.plain[:start] + separator.join([span] * (MAX_PASSES + 4)) + example.plain[end:]
        for unsafe in (False, True):
            once = fix_text(text, unsafe=unsafe).text
            assert fix_text(once, unsafe=unsafe).text == once, (separator, unsafe)
