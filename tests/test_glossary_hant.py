"""Traditional forms: the glossary's terms are PRC usage, so their traditional form keeps PRC words.
OpenCC's s2twp rewrites them in Taiwan computing vocabulary (文件 -> 檔案, 循环 -> 迴圈, 社区 -> 社群,
高级 -> 高階, 信息 -> 資訊) and plain s2t picks variant glyphs (羣衆, 爲): entries carry zh_hant where
either is wrong, and every export uses it."""

from __future__ import annotations

import csv
import io

import pytest

from toolkit.chinese import to_traditional
from toolkit.glossary import load_glossary
from toolkit.glossary.export import english_to_chinese, to_csv, to_tbx

# simplified trap -> the PRC traditional form, and what s2twp makes of it
TRAPS = {"文件": ("文件", "檔案"), "循环": ("循環", "迴圈"), "社区": ("社區", "社群"), "高级": ("高級", "高階"),
         "信息": ("信息", "資訊")}


def zh_tw(glossary) -> dict[str, str]:
    catalog = english_to_chinese(glossary, "zh_TW")
    by_line = {(e.occurrences[0][0], e.occurrences[0][1]): e.msgstr for e in catalog}
    return {t.zh: by_line[(t.path.rsplit("/", 1)[-1], str(t.line))] for t in glossary.terms
            if (t.path.rsplit("/", 1)[-1], str(t.line)) in by_line}


@pytest.mark.parametrize("trap", sorted(TRAPS))
def test_the_zh_tw_catalog_keeps_prc_words(trap):
    glossary = load_glossary()
    right, taiwan = TRAPS[trap]
    entries = [t for t in glossary.terms if trap in t.zh]
    assert entries, f"no entry holds {trap}"
    assert any(taiwan in to_traditional(t.zh, "s2twp") for t in entries)  # the trap is real
    exported = zh_tw(glossary)
    for term in entries:
        assert right in exported[term.zh] and taiwan not in exported[term.zh], (term.zh, exported[term.zh])


@pytest.mark.parametrize(("zh", "hant"), [("中央一号文件", "中央一號文件"), ("规范性文件", "規範性文件"), ("双循环", "雙循環"),
                                          ("国内大循环", "國內大循環"), ("社区", "社區"), ("高级人民法院", "高級人民法院"),
                                          ("工业和信息化部", "工業和信息化部"), ("群众", "群眾"), ("以人为本", "以人為本"),
                                          ("新征程", "新征程"), ("对标对表", "對標對表")])
def test_known_traps_have_the_prc_traditional_form_in_every_export(zh, hant):
    glossary = load_glossary()
    term = glossary.by_zh[zh][0]
    assert term.zh_hant == hant
    assert zh_tw(glossary)[zh] == hant
    row = next(r for r in csv.DictReader(io.StringIO(to_csv(glossary))) if r["zh"] == zh)
    assert row["zh_hant"] == hant
    assert f"<term>{hant}</term>" in to_tbx(glossary)


def test_no_export_uses_a_form_that_s2t_or_s2twp_gets_wrong():
    # Wherever plain s2t or s2twp differs from the PRC form (s2tw, characters only), the entry says
    # which form is right, so the exports never fall back on a converter that is wrong here.
    for term in load_glossary().terms:
        s2tw = to_traditional(term.zh, "s2tw")
        if to_traditional(term.zh, "s2t") != s2tw or to_traditional(term.zh, "s2twp") != s2tw:
            assert term.zh_hant, term.zh
