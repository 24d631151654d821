"""The HTML review report and glossary page, without a browser: escaping, the CSP, streaming,
errors. tests/test_html_browser.py opens the same pages in headless Chromium."""

from __future__ import annotations

import builtins
import json
import re

from conftest import ROOT, SEED
from toolkit.html_report import csp_hash

HOSTILE = ('The report. <script>window.pwned = 1</script></textarea></script>'
           '<img src=x onerror="window.pwned = 1"> ends here. .\n')


def _blocks(page: str) -> list[str]:
    return re.findall(r'<script type="application/json" id="doc-\d+">(.*?)</script>', page, re.S)


def test_document_text_is_only_json_inside_data_blocks(zhen, tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "report.html"
    result = zhen("report", tmp_path / "hostile.txt", "-o", out)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<img src=x" not in page and "window.pwned = 1</script>" not in page
    (block,) = _blocks(page)
    data = json.loads(block)  # </script> inside is written \u003c/script\u003e
    assert data["text"] == HOSTILE and "<" not in block
    assert [f["code"] for f in data["findings"]] == ["M102", "P101"]  # the <img> tag, ". ."


def test_csp_allows_exactly_the_inline_script_and_style(zhen, tmp_path):
    out = tmp_path / "report.html"
    zhen("report", SEED, "-o", out)
    page = out.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    (script,) = re.findall(r"<script>(.*?)</script>", page, re.S)
    (style,) = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert f"script-src '{csp_hash(script)}'" in policy and f"style-src '{csp_hash(style)}'" in policy
    markup = re.sub(r'<script type="application/json".*?</script>', "", page, flags=re.S)
    assert " src=" not in markup and not re.search(r'href="(?!#doc-\d+")', markup)  # nothing from the network


def test_one_data_block_and_summary_row_per_document(zhen, tmp_path):
    for i in range(30):
        (tmp_path / f"d{i:02d}.txt").write_text(f"Document {i} is here. .\nThe work , the rest\n", encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    assert zhen("report", tmp_path, "-o", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in _blocks(page)]
    assert [b["path"].rsplit("/", 1)[-1] for b in blocks] == [f"d{i:02d}.txt" for i in range(30)]
    assert all(b["by_rule"] == ["P101×1", "P102×1"] for b in blocks)
    assert page.count('<a href="#doc-') == 30 and "30 documents, 60 findings" in page
    assert blocks[0]["fixed"] == "Document 0 is here.\nThe work, the rest\n"


def test_bad_input_writes_nothing(zhen, tmp_path):
    (tmp_path / "good.txt").write_text("Fine text.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    out = tmp_path / "report.html"
    result = zhen("report", tmp_path, "-o", out)
    assert result.exit_code == 2 and "bad.txt:1: byte offset 3" in result.stderr
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".zhen-")]


def test_missing_jinja2_is_a_one_line_error(zhen, tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_jinja(name, *args, **kwargs):
        if name == "jinja2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_jinja)
    result = zhen("report", SEED, "-o", tmp_path / "r.html")
    assert result.exit_code == 2
    assert result.stderr == "zhen: error: zhen report needs Jinja2: pip install 'zhen[report]'\n"
    result = zhen("glossary", "export", "--format", "html", "-o", tmp_path / "g.html")
    assert result.exit_code == 2 and result.stderr == (
        "zhen: error: zhen glossary export --format html needs Jinja2: pip install 'zhen[report]'\n")
    assert list(tmp_path.iterdir()) == []


def test_glossary_page_embeds_every_form_a_search_needs(zhen, tmp_path):
    out = tmp_path / "glossary.html"
    assert zhen("glossary", "export", "--format", "html", "-o", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    entries = json.loads(re.search(r'<script type="application/json" id="entries">(.*?)</script>', page, re.S).group(1))
    tiaokuai = next(e for e in entries if e["zh"] == "条块")
    assert tiaokuai["hant"] == "條塊" and "strips and strips" in tiaokuai["mt"] and tiaokuai["source"]
    assert len(entries) > 600


def test_fixed_view_of_a_catalog_is_what_zhen_fix_writes(zhen, tmp_path):
    # The obsolete entry's "old old" is not a msgstr: zhen fix leaves it, and so must the page.
    catalog = tmp_path / "zh-en.po"
    catalog.write_text((ROOT / "tests" / "data" / "catalogs" / "zh-en.po").read_text(encoding="utf-8"),
                       encoding="utf-8")
    out = tmp_path / "report.html"
    assert zhen("report", catalog, "-o", out).exit_code == 0
    (block,) = _blocks(out.read_text(encoding="utf-8"))
    data = json.loads(block)
    zhen("fix", catalog)
    assert data["fixed"] == catalog.read_text(encoding="utf-8") != data["text"]
    assert '#~ msgstr "old old"' in data["fixed"]
    assert {f["safety"] for f in data["findings"]} <= {"safe", "unsafe", "none", None}


def test_a_file_read_in_sections_is_one_document_per_section(zhen, tmp_path, monkeypatch):
    from toolkit import sections

    text = SEED.read_text(encoding="utf-8") * 3
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(sections, "LARGE_FILE", 2_000)
    monkeypatch.setattr(sections, "SECTION_CHARS", 3_000)
    out = tmp_path / "report.html"
    # T102 compares renderings across a document: in sections it compares within each one.
    assert zhen("report", "--ignore", "T102", tmp_path / "big.txt", "-o", out).exit_code == 0
    whole = json.loads(zhen("check", "--ignore", "T102", "--format", "json", tmp_path / "big.txt").stdout)
    blocks = [json.loads(b) for b in _blocks(out.read_text(encoding="utf-8"))]
    assert len(blocks) > 3 and "".join(b["text"] for b in blocks) == text
    line, offset, shown = 1, 0, []
    for block in blocks:  # each labelled by where it starts, findings placed in its own text
        assert block["path"] == str(tmp_path / "big.txt") + (f" (from line {line})" if line > 1 else "")
        shown += [(f["code"], offset + f["start"], block["text"][f["start"]:f["end"]]) for f in block["findings"]]
        line += block["text"].count("\n")
        offset += len(block["text"])
    assert sorted(shown) == sorted((f["code"], f["offset"], f["text"]) for f in whole) and len(whole) > 50


def test_glossary_page_searches_taiwan_standard_characters_too(zhen, tmp_path):
    out = tmp_path / "glossary.html"
    zhen("glossary", "export", "--format", "html", "-o", out)
    page = out.read_text(encoding="utf-8")
    entries = json.loads(re.search(r'<script type="application/json" id="entries">(.*?)</script>', page, re.S).group(1))
    entry = next(e for e in entries if e["zh"] == "以块为主")
    # The entry's traditional form (zh_hant, PRC usage) and Taiwan's characters are 為; OpenCC's
    # glyph 爲 stays searchable.
    assert (entry["hant"], entry["tw"], entry["opencc"]) == ("以塊為主", "以塊為主", "以塊爲主")
    assert next(e for e in entries if e["zh"] == "双循环")["tw"] == "雙循環"  # characters, not 迴圈 phrasing
    domains = re.findall(r'<option value="([^"]+)">', page)
    assert domains == sorted({e["domain"] for e in entries}) and len(domains) > 5


def test_the_page_streams_each_document_before_the_next_is_read():
    from toolkit.html_report import render_report

    pulled = []

    def documents():
        for i in range(50):
            pulled.append(i)
            yield {"path": f"d{i}.txt", "words": 3, "density": 333.33, "by_rule": ["P101×1"], "text": "A. .\n",
                   "findings": [{"code": "P101", "name": "stray-punctuation"}]}

    written = ""
    for piece in render_report(documents(), "corpus"):
        written += str(piece)  # (a Markup piece would escape what is added to it)
        blocks = len(_blocks(written))
        assert len(pulled) <= blocks + 1  # never more than one document ahead of the page
    assert len(_blocks(written)) == 50 and "50 documents, 50 findings" in written
