"""Glossary exports: gettext catalogs that real clients accept, CSV and TBX; locales/ kept fresh."""

from __future__ import annotations

import csv
import gettext
import io
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest

from toolkit.glossary import load_glossary
from toolkit.glossary.export import DOMAIN, to_csv, to_tbx, write_catalogs

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales"
CATALOGS = [LOCALES / locale / "LC_MESSAGES" / f"{DOMAIN}.po" for locale in ("en", "zh_CN", "zh_TW")]


def test_committed_catalogs_are_not_stale(tmp_path):
    write_catalogs(load_glossary(), tmp_path)
    for committed in CATALOGS:
        for suffix in (".po", ".mo"):
            fresh = tmp_path / committed.parent.relative_to(LOCALES) / (committed.stem + suffix)
            assert fresh.read_bytes() == committed.with_suffix(suffix).read_bytes(), (
                f"{committed.with_suffix(suffix)} is stale: run `zhen glossary export`")


def test_headers_are_complete_and_reproducible(tmp_path):
    for path in CATALOGS:
        metadata = polib.pofile(str(path)).metadata
        for key in ("Project-Id-Version", "Language", "Content-Type", "Plural-Forms", "PO-Revision-Date"):
            assert metadata.get(key), (path, key)
        assert "charset=UTF-8" in metadata["Content-Type"]
    write_catalogs(load_glossary(), tmp_path / "a")
    write_catalogs(load_glossary(), tmp_path / "b")
    for path in (tmp_path / "a").rglob("*.*"):
        assert path.read_bytes() == (tmp_path / "b" / path.relative_to(tmp_path / "a")).read_bytes()


@pytest.mark.skipif(shutil.which("msgfmt") is None and not os.environ.get("CI"),
                    reason="GNU gettext's msgfmt is not installed (.ci/run installs it)")
@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_gnu_msgfmt_accepts_every_catalog(path):
    result = subprocess.run(["msgfmt", "-c", "--statistics", "-o", os.devnull, str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "translated message" in result.stderr


def test_python_gettext_translates_through_the_mo_files():
    english = gettext.translation(DOMAIN, localedir=str(LOCALES), languages=["en"])
    assert english.gettext("条块") == "vertical and horizontal lines of authority"
    simplified = gettext.translation(DOMAIN, localedir=str(LOCALES), languages=["zh_CN"])
    assert simplified.gettext("vertical and horizontal lines of authority") == "条块"
    traditional = gettext.translation(DOMAIN, localedir=str(LOCALES), languages=["zh_TW"])
    assert traditional.gettext("vertical and horizontal lines of authority") == "條塊"


def test_catalog_entries_carry_the_glossary_comments():
    entry = polib.pofile(str(CATALOGS[0])).find("条块")
    assert "avoid: strips and blocks; strips and strips" in entry.comment
    assert "source:" in entry.comment and entry.occurrences[0][0] == "state-government.toml"


def test_tbx_is_well_formed_with_the_required_structure():
    glossary = load_glossary()
    root = ET.fromstring(to_tbx(glossary))
    assert root.tag == "martif" and root.get("type") == "TBX-Basic"
    assert root.find("martifHeader/fileDesc/titleStmt/title") is not None
    entries = root.findall("text/body/termEntry")
    assert len(entries) == len(glossary.terms)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for entry in entries:
        langs = {ls.get(lang): ls for ls in entry.findall("langSet")}
        assert {"zh-Hans", "zh-Hant", "en"} <= set(langs)
        statuses = [n.text for n in langs["en"].iter("termNote")]
        assert statuses[0] == "preferredTerm-admn-sts"
        assert all(t.findtext("term") for t in entry.iter("tig"))
    tiaokuai = next(e for e in entries if e.find("langSet/tig/term").text == "条块")
    deprecated = [t.findtext("term") for t in tiaokuai.iter("tig")
                  if t.findtext("termNote") == "deprecatedTerm-admn-sts"]
    assert "strips and strips" in deprecated


def test_csv_has_one_row_per_entry(zhen):
    rows = list(csv.DictReader(io.StringIO(to_csv(load_glossary()))))
    assert len(rows) == len(load_glossary().terms)
    row = next(r for r in rows if r["zh"] == "条块")
    assert row["zh_hant"] == "條塊" and "strips and strips" in row["avoid"]
    assert zhen("glossary", "export", "--format", "csv").stdout.startswith("zh,zh_hant,en")
