"""D105 (repeated phrase) at the edges of a text, in Markdown, and on what its anchors share."""

from __future__ import annotations

import pytest

from toolkit.engine import check_text
from toolkit.profile import Profile
from toolkit.registry import all_rules

D105 = Profile([all_rules()["D105"]])


def spans(text: str, path: str | None = None) -> list[str]:
    return [text[f.start:f.end] for f in check_text(text, path, D105)]


@pytest.mark.parametrize("text, expected", [
    ("hall of the hall", ["hall of the hall"]),  # at the very start and end of the text
    ("Cut the grass to mow green lawns to mow", ["to mow green lawns to mow"]),
    ("restoring the restoration", ["restoring the restoration"]),
    ("the ports were locked down during lockdown.", ["locked down during lockdown"]),
    ("the ports were set up for setups.", ["set up for setups"]),
    ("Take the M-7 kit, M-7 kit has a case.", ["M-7 kit, M-7 kit"]),
    ("tools for example sea charts for example", ["for example sea charts for example"]),
])
def test_shapes_at_the_edges_of_the_text(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text", [
    "of", " of ", "hall of", "of the hall", "ing", "ing the", ", a b", "to go to", "such as such as",
    "hall of the\nhall",  # a line break ends the phrase
    "the hall of a big hall",  # a content word and a determiner before the second copy: a new phrase
    "the Hall of the Hall",  # the same on both sides, capitalised: one name
    "a copy of the copy.py file",  # the second copy is part of an identifier
    "a tree of trees, a list of lists",
    "to mow the lawn to mow",  # a function word between: a new phrase may start
    "the café of the café",  # letters outside ASCII are not looked at
])
def test_no_finding(text):
    assert spans(text) == []


def test_code_in_markdown_is_skipped():
    assert spans("Run `hall of the hall` now.\n", "x.md") == []
    assert spans("Run the hall of the hall now.\n", "x.md") == ["hall of the hall"]


def test_one_finding_per_stretch():
    # "grain of the grain" is both an "of" repeat and inside a longer stretch: one finding each
    # place, never two overlapping.
    found = check_text("the grain of the grain of the grain", None, D105)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


# D107 (acronym then its expansion), D108 (phrase said twice in a row), D109 (negated antonym)
NEW = Profile([all_rules()[c] for c in ("D107", "D108", "D109")])


def new_spans(text: str, path: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, text[f.start:f.end]) for f in check_text(text, path, NEW)]


@pytest.mark.parametrize("text, expected", [
    ("Use the CLI command-line interface.", [("D107", "CLI command-line interface")]),  # hyphen parts count
    ("Connect through the VPN virtual private network.", [("D107", "VPN virtual private network")]),
    ("an SSD solid-state drive", []),  # "solid" is no word of the lexicon: left alone
    ("The GUIs user interfaces", []),  # a plural acronym is left alone
    ("the X-GUI user interface", []),  # glued to a name
    ("THE GUI USER INTERFACE", []),  # capitals: a heading
    ("the TOOLONG user interface", []),
])
def test_acronym_then_expansion_shapes(text, expected):
    assert new_spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ring road the ring road is closed.", [("D108", "The ring road the ring road")]),  # at the start
    ("It lies in the north of the town in the north of the town.",
     [("D108", "in the north of the town in the north of the town")]),  # two "the"s in a copy
    ("by the river by the river by the river by the river",
     [("D108", "by the river by the river by the river by the river")]),  # a run is one finding
    ("by the river. By the river, we sat.", []),  # a full stop between the copies
    ("by the river\nby the river", []),  # a line break between them: a repeated line is D106's
    ("by the river by the rivers", []),  # the second copy goes on with the word
    ("of the of the", []),  # function words only
    ("`by the river by the river`", []),
])
def test_phrase_said_twice_shapes(text, expected):
    assert new_spans(text, "a.md") == expected


def test_negated_antonym_needs_the_words_side_by_side_and_opposite():
    assert new_spans("a Manual Non-Automatic mode") == [("D109", "Manual Non-Automatic")]
    assert new_spans("a manual, non-automatic mode") == []
    assert new_spans("a co-manual non-automatic mode") == []  # glued to a prefix
    assert new_spans("the non-free and non-public parts") == []
