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
