"""B114 (run-on sentence of comma-joined main clauses) and B115 (one comma splice, off by
default): what they find and the near misses of native English they leave alone."""

from __future__ import annotations

import pytest

from toolkit import Document
from toolkit.profile import Profile
from toolkit.registry import Context, all_rules

RULES = all_rules()


def found(code: str, text: str, path: str | None = None) -> list[str]:
    doc = Document(text, path)
    return [text[f.start:f.end] for f in RULES[code].run(Context(doc, Profile.default()))]


def test_b115_is_off_and_b114_on_by_default():
    assert RULES["B114"].default and not RULES["B115"].default


@pytest.mark.parametrize("text", [
    "The dam was finished in 1962, it was raised in 1988, the reservoir now holds twice as much.",
    "- The agent is written in C, it uses little memory, the log file is kept for a week.",
    "In 2019, the village paved its main road, the old bridge was repaired, it now carries trucks.",
])
def test_b114_finds_a_chain_of_splices(text):
    assert len(found("B114", text, "x.md")) >= 2


@pytest.mark.parametrize("text", [
    # A single splice, as natives write it.
    "The option is ignored on Windows, it is read only on Linux.",
    # A series walked through.
    "The first byte is the tag, the second byte is the length, the rest are data.",
    # Clauses joined with "and" at the end of a list.
    "The dam was finished in 1962, it was raised in 1988, and the lake grew.",
    # A subordinate opener, then one main clause and a splice.
    "When the dam was finished, the valley was flooded, it took a year.",
    # Asides in parentheses.
    "The dam (it was finished in 1962, they say) was raised in 1988, it holds more now.",
    # Participles after a noun: an absolute phrase, not a clause.
    "The tool reads the files listed in the index, the files named on the command line, and the defaults.",
])
def test_b114_leaves_native_sentences_alone(text):
    assert found("B114", text) == []


def test_b115_finds_one_splice():
    assert found("B115", "The archive is mirrored every night, it keeps ten copies.") == [", it keeps"]
    assert found("B115", "If the archive is mirrored every night, it keeps ten copies.") == []


def test_b114_counts_a_third_clause_after_and_but_reports_only_the_splice():
    text = "The mill stands on the west bank, it is a museum now, and it is also a cafe."
    assert found("B114", text) == [", it is"]
    assert found("B115", text) == []
    assert found("B114", "The mill stands on the west bank, and it is a museum now.") == []
