"""The report and glossary pages in a real browser (headless Chromium): every finding is
highlighted, the views switch, the search finds terms in both scripts, hostile text runs nothing,
and the page's own code passes its Content-Security-Policy."""

from __future__ import annotations

import json
import re

import pytest

from browser import chromium, missing
from conftest import SEED
from toolkit.engine import fix_text

pytestmark = pytest.mark.skipif(missing() is not None, reason=str(missing()))

HOSTILE = ('The report. <script>window.pwned = 1</script></textarea></script>'
           '<img src=x onerror="window.pwned = 1"> ends here. .\n')


@pytest.fixture(scope="module")
def browser():
    with chromium() as driver:
        yield driver


def _errors(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_every_finding_of_the_seed_is_highlighted(browser, zhen, tmp_path):
    out = tmp_path / "report.html"
    assert zhen("report", SEED, "-o", out).exit_code == 0
    findings = json.loads(zhen("check", "--format", "json", SEED).stdout)
    browser.get(out.as_uri())
    marks = browser.find_elements("css selector", "#viewer mark")
    assert len(marks) == len(findings) > 30
    assert sorted(m.get_attribute("data-code") for m in marks) == sorted(f["code"] for f in findings)
    # The glossary entry behind "joint force": its Chinese, canonical English and source.
    terms = browser.execute_script("return Array.from(document.querySelectorAll('#viewer .terms tr'))"
                                   ".map(r => Array.from(r.cells).map(c => c.textContent))")
    row = next(r for r in terms if r[0] == "合力")
    assert row[1:3] == ["synergy", "joint force"] and "CC-CEDICT" in row[3]
    assert _errors(browser) == []  # no CSP violation, no script error


def test_views_switch_to_the_fixed_text_and_the_diff(browser, zhen, tmp_path):
    out = tmp_path / "report.html"
    zhen("report", SEED, "-o", out)
    browser.get(out.as_uri())
    fixed = browser.find_element("id", "fixed-text")
    assert not fixed.is_displayed()
    browser.find_element("id", "view-fixed").click()
    expected = fix_text(SEED.read_text(encoding="utf-8"), str(SEED)).text
    assert fixed.is_displayed() and not browser.find_element("id", "original-text").is_displayed()
    assert browser.execute_script("return document.getElementById('fixed-text').textContent") == expected
    browser.find_element("id", "view-diff").click()
    changed = browser.find_elements("css selector", "#diff-table tr.changed")
    assert changed and browser.find_element("id", "diff-table").is_displayed()


def test_tooltip_shows_on_keyboard_focus(browser, zhen, tmp_path):
    out = tmp_path / "report.html"
    zhen("report", SEED, "-o", out)
    browser.get(out.as_uri())
    mark = browser.find_element("css selector", "#viewer mark[data-code='D101']")
    browser.execute_script("arguments[0].focus()", mark)
    tip = browser.find_element("id", "tip")
    assert tip.is_displayed() and "D101 doubled-word" in tip.text and "(delete)" in tip.text


def test_summary_links_open_documents_on_demand(browser, zhen, tmp_path):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text("word " * (10 + 40 * i) + "end. .\n", encoding="utf-8")
    out = tmp_path / "report.html"
    zhen("report", tmp_path, "-o", out)
    browser.get(out.as_uri())
    assert browser.find_element("id", "doc-title").text.endswith("d0.txt")
    assert len(browser.find_elements("css selector", "#viewer pre")) == 2  # one document built
    browser.find_element("link text", str(tmp_path / "d2.txt")).click()
    assert browser.find_element("id", "doc-title").text.endswith("d2.txt")
    density = browser.find_elements("css selector", "#documents th button")[3]
    density.click()  # sort by findings per 1,000 words, highest first
    first = browser.find_element("css selector", "#documents tbody tr td a").text
    assert first.endswith("d0.txt")


def test_hostile_document_runs_no_script_and_shows_as_text(browser, zhen, tmp_path):
    (tmp_path / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "report.html"
    zhen("report", tmp_path / "hostile.txt", "-o", out)
    browser.get(out.as_uri())
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    shown = browser.execute_script("return document.getElementById('original-text').textContent")
    assert shown == HOSTILE
    browser.find_element("id", "view-diff").click()
    diff = browser.execute_script("return document.getElementById('diff-table').textContent")
    assert "<script>window.pwned = 1</script></textarea></script>" in diff
    assert browser.find_elements("css selector", "#viewer img, #viewer script") == []
    assert browser.execute_script("return typeof window.pwned") == "undefined"


def test_glossary_search_finds_both_scripts_and_bad_renderings(browser, zhen, tmp_path):
    out = tmp_path / "glossary.html"
    zhen("glossary", "export", "--format", "html", "-o", out)
    browser.get(out.as_uri())
    search = browser.find_element("id", "search")

    def shown() -> list[str]:  # one round trip, not one per row
        return browser.execute_script("return Array.from(document.querySelectorAll('#terms tbody tr'))"
                                      ".filter(r => r.offsetParent !== null).map(r => r.textContent)")

    everything = len(shown())
    for query in ("條塊", "strips and strips", "条块", "  STRIPS   and strips "):
        search.clear()
        search.send_keys(query)
        rows = shown()
        assert rows and any("条块" in r for r in rows), query
        assert len(rows) < 20
    domain = browser.find_element("id", "domain")
    domain.find_element("css selector", "option[value='state-government']").click()
    assert any("条块" in r for r in shown())
    search.clear()
    search.send_keys(" ")  # an input event with an empty query: the domain alone filters
    in_domain = shown()
    assert 0 < len(in_domain) < everything and all("state-government" in r for r in in_domain)
    assert _errors(browser) == []


def _lines(text: str) -> list[str]:
    return re.split(r"\r\n|\n|\r", text)


def test_diff_marks_the_changed_words_and_rebuilds_each_line(browser, zhen, tmp_path):
    out = tmp_path / "report.html"
    zhen("report", SEED, "-o", out)
    browser.get(out.as_uri())
    browser.find_element("id", "view-diff").click()
    original = _lines(SEED.read_text(encoding="utf-8"))
    fixed = _lines(fix_text(SEED.read_text(encoding="utf-8"), str(SEED)).text)
    rows = browser.execute_script("""
        return Array.from(document.querySelectorAll('#diff-table tr')).slice(1).map(function (tr) {
          return {cls: tr.className, cells: Array.from(tr.cells).map(function (c) { return c.textContent; }),
                  del: Array.from(tr.querySelectorAll('del')).map(function (d) { return d.textContent; }),
                  ins: Array.from(tr.querySelectorAll('ins')).map(function (d) { return d.textContent; })};
        });""")
    changed = [r for r in rows if r["cls"] == "changed"]
    assert changed and any(r["cls"] == "fold" and "unchanged lines" in r["cells"][0] for r in rows)
    for row in rows:
        if row["cls"] == "fold":
            continue
        i, old, j, new = row["cells"]
        assert (not i or old == original[int(i) - 1]) and (not j or new == fixed[int(j) - 1])
    paired = [r for r in changed if r["cells"][0] and r["cells"][2]]
    deleted = sum(len(d) for r in paired for d in r["del"])
    assert paired and 0 < deleted < sum(len(r["cells"][1]) for r in paired) / 10  # words, not whole lines
    assert "Functions" in [d.strip() for r in paired for d in r["del"]]


def test_a_thousand_documents_open_one_at_a_time(browser, zhen, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(1000):  # document i has i % 7 stray ". ." marks
        (corpus / f"d{i:04d}.txt").write_text(f"Document {i} begins here.\n" + "".join(f"Line {k} ends. .\n" for k in range(i % 7)),
                                              encoding="utf-8")
    out = tmp_path / "report.html"
    assert zhen("report", corpus, "-o", out).exit_code == 0
    browser.get(out.as_uri())
    assert len(browser.find_elements("css selector", "#documents tbody tr")) == 1000
    assert len(browser.find_elements("css selector", "#viewer pre")) == 2  # only the first is built
    last = browser.find_element("link text", str(corpus / "d0999.txt"))
    browser.execute_script("arguments[0].scrollIntoView()", last)
    last.click()
    assert browser.find_element("id", "doc-title").text.endswith("d0999.txt")
    assert len(browser.find_elements("css selector", "#viewer mark")) == 999 % 7
    assert len(browser.find_elements("css selector", "#viewer pre")) == 2
    assert browser.find_element("css selector", "#documents tr[aria-current='true'] a").text.endswith("d0999.txt")
    browser.find_element("id", "go-previous").click()
    assert browser.find_element("id", "doc-title").text.endswith("d0998.txt")
    select = browser.find_element("id", "rule-sort")
    select.find_element("css selector", "option[value='P101']").click()
    first = browser.execute_script("return Array.from(document.querySelectorAll("
                                   "'#documents tbody tr td:first-child')).slice(0, 3).map(c => c.textContent)")
    assert first == [str(corpus / f"d{i:04d}.txt") for i in (6, 13, 20)]  # six findings each, in order
    assert _errors(browser) == []


def test_glossary_page_fits_a_1400_px_window(browser, zhen, tmp_path):
    """Long source URLs wrap: the page is no wider than the window (it was 2,446 px in 1,400)."""
    out = tmp_path / "glossary.html"
    zhen("glossary", "export", "--format", "html", "-o", out)
    browser.set_window_size(1400, 900)
    try:
        browser.get(out.as_uri())
        width, window = browser.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width <= window <= 1400, (width, window)
        shot = tmp_path / "glossary-1400.png"
        assert browser.get_screenshot_as_file(str(shot)) and shot.stat().st_size > 10_000
    finally:
        browser.set_window_size(1280, 900)
