"""Issue #21, item 2: a safe fix that deletes furniture deletes all of it. Over every rule's
examples and the development corpus, no safe fix leaves a line that is only a fragment of what it
removed ("Home - Xinhua Network - Politics" must not become a stray line "Politics")."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.document import Document
from toolkit.engine import check_document
from toolkit.profile import Profile
from toolkit.model import Safety
from toolkit.registry import all_rules

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
CORPUS = sorted(p for folder in ("raw", "clean") for p in (SHARED / folder).glob("*")
                if p.suffix in (".txt", ".md")) if SHARED.is_dir() else []


def fragments_left(text: str, path: str | None = None) -> list[tuple[str, str, str]]:
    """(rule, line, what remains of it) for each safe deletion that leaves a short remnant of a
    line it mostly removed."""
    doc = Document(text, path)
    bad = []
    for finding in check_document(doc, Profile(list(all_rules().values()))):
        fix = finding.fix
        if fix is None or not fix.applies(Safety.SAFE):
            continue
        for edit in fix.edits:
            if edit.replacement.strip():
                continue
            # The first and last lines the deletion touches: what is left of each that it cut.
            first_start = text.rfind("\n", 0, edit.start) + 1
            last_end = text.find("\n", edit.end)
            last_end = len(text) if last_end == -1 else last_end
            first_end = text.find("\n", edit.start)
            first_end = len(text) if first_end == -1 else first_end
            last_start = text.rfind("\n", 0, edit.end) + 1
            pieces = []
            if edit.start < first_end:  # the first line is cut, not only its line break
                pieces.append((text[first_start:first_end], text[first_start:edit.start]))
            if edit.end > last_start and (last_start, last_end) != (first_start, first_end):
                pieces.append((text[last_start:last_end], text[edit.end:last_end]))
            elif pieces and edit.end <= first_end:
                pieces[-1] = (pieces[-1][0], text[first_start:edit.start] + text[edit.end:first_end])
            for line, remainder in pieces:
                remainder = remainder.strip()
                removed = len(line.split()) - len(remainder.split())
                if remainder and 2 * removed > len(line.split()) and len(remainder.split()) <= 3:
                    bad.append((finding.code, line, remainder))
    return bad


@pytest.mark.parametrize("rule", list(all_rules().values()), ids=lambda r: r.code)
def test_no_safe_fix_leaves_a_fragment_in_the_examples(rule):
    for example in rule.bad:
        assert fragments_left(example.plain) == []


@pytest.mark.skipif(not CORPUS, reason="the shared development corpus is not beside the checkout")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_safe_fix_leaves_a_fragment_in_the_corpus(path):
    assert fragments_left(path.read_text(encoding="utf-8"), str(path)) == []


def test_a_breadcrumb_ending_in_a_section_goes_whole():
    assert fragments_left("Home - Xinhua Network - Politics\nThe city opened a park.\n") == []
