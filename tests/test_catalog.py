"""Checking existing zh → en catalogs: findings at the msgstr line; fixes touch only msgstr."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib

CATALOG = Path(__file__).parent / "data" / "catalogs" / "zh-en.po"


def findings(zhen, path):
    return json.loads(zhen("check", "--format", "json", path).stdout)


def test_findings_point_at_the_msgstr_lines(zhen):
    found = {(f["line"], f["code"]) for f in findings(zhen, CATALOG)}
    text = CATALOG.read_text(encoding="utf-8").splitlines()
    strips = text.index('msgstr "combining strips and strips"') + 1
    assert {(strips, "T101"), (strips, "T104")} <= found
    ownership = text.index('msgstr ""', strips) + 1
    assert {(ownership, "T101"), (ownership, "P102")} <= found
    assert (text.index('msgstr "The two lines of administration are combined."') + 1, "T104") in found
    # The plural entry, the header and the obsolete entry ("old old") give nothing.
    assert not [f for f in findings(zhen, CATALOG) if "old old" in f["message"] or "village" in f["message"]]


def test_fix_changes_only_msgstr_blocks(zhen, tmp_path):
    path = tmp_path / "zh-en.po"
    shutil.copy(CATALOG, path)
    assert zhen("fix", "--unsafe-fixes", path).exit_code in (0, 1)
    before, after = CATALOG.read_text(encoding="utf-8"), path.read_text(encoding="utf-8")
    assert 'msgstr "combining vertical and horizontal lines of authority"' in after
    assert '"The leadership system of party building work in non-public enterprises."' in after
    changed_before = [l for l in before.splitlines() if l not in after.splitlines()]
    assert all(l.startswith(("msgstr", '"The leadership', '"enterprises')) for l in changed_before)
    kept = [l for l in before.splitlines() if not l.startswith(("msgstr", '"The', '"enterprises'))]
    assert all(l in after.splitlines() for l in kept)  # comments, flags, msgids, order
    catalog = polib.pofile(str(path))
    assert [e.msgid for e in catalog] == [e.msgid for e in polib.pofile(str(CATALOG))]
    assert "fuzzy" in catalog.find("条块结合").flags


def test_a_correct_translation_gives_no_term_finding(zhen, tmp_path):
    path = tmp_path / "good.po"
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "条块"\nmsgstr "vertical and horizontal lines of authority"\n\n'
                    'msgid "Hello"\nmsgstr "Hello there"\n', encoding="utf-8")
    assert findings(zhen, path) == []


def test_malformed_catalog_is_a_one_line_error_and_nothing_is_written(zhen, tmp_path):
    path = tmp_path / "bad.po"
    path.write_text('msgid "x"\nmsgstr "y"\nthis is not PO\n', encoding="utf-8")
    for verb in ("check", "fix"):
        result = zhen(verb, path)
        assert result.exit_code == 2, result.output
        assert "malformed PO file" in result.stderr and str(path) in result.stderr
    assert path.read_text(encoding="utf-8").endswith("this is not PO\n")
