"""The Python API (toolkit/api.py, docs/api.md): its doctests, configuration, glossaries, formats."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import toolkit
from toolkit import Issue, Safety, check_text, fix_text, load_glossary, locate, lookup, scan, settings_for
from toolkit import api
from toolkit.errors import UserError

from conftest import ROOT, SEED

DOUBLED = "We met. It is the the plan."


def test_the_docstring_examples_hold():
    result = doctest.testmod(api, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 12 and result.failed == 0


def test_the_examples_in_the_api_documentation_hold():
    result = doctest.testfile(str(ROOT / "docs" / "api.md"), module_relative=False)
    assert result.attempted >= 5 and result.failed == 0


def test_every_public_function_has_a_docstring_with_an_example():
    for name in api.__all__:
        value = getattr(api, name)
        if callable(value) and not isinstance(value, type):
            assert ">>> " in (value.__doc__ or ""), name
        assert getattr(toolkit, name) is value, f"toolkit.{name} is re-exported"


def test_api_docs_show_every_public_name():
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in api.__all__:
        assert f"`{name}" in text, name


def test_the_package_is_typed_and_ships_the_marker():
    import subprocess

    assert (ROOT / "toolkit" / "py.typed").is_file()
    # hatch puts every file of the package folder in the wheel that git does not ignore
    ignored = subprocess.run(["git", "check-ignore", "-q", "toolkit/py.typed"], cwd=ROOT)
    assert ignored.returncode == 1


def test_issues_carry_code_offsets_position_severity_fix_and_safety():
    text = "Intro line.\nWe discussed party construction and the the plan.\n"
    issues = {i.code: i for i in check_text(text)}
    t101, d101 = issues["T101"], issues["D101"]
    assert text[t101.start:t101.end] == "party construction"
    assert (t101.line, t101.column, t101.end_line, t101.end_column) == (2, 14, 2, 32)
    assert t101.safety is Safety.UNSAFE and d101.safety is Safety.SAFE
    assert t101.severity.value in ("error", "warning", "info") and "Party building" in t101.message
    engine = toolkit.check_document(toolkit.Document(text))
    assert t101.finding == engine[0] and type(t101.finding) is toolkit.Finding
    # an issue is a finding: equal to the engine's, found among them, the same seven fields
    assert t101 == engine[0] and all(i in engine for i in issues.values()) and len(t101) == 7
    assert isinstance(t101, toolkit.Finding) and type(t101._replace(start=0)) is toolkit.Finding
    assert "line=2, column=14" in repr(t101)
    import pickle

    assert pickle.loads(pickle.dumps(t101)).end_column == 32


def test_locate_counts_columns_in_characters_past_chinese_and_astral_text():
    text = "党建𠀀 x\nab"
    finding = toolkit.Finding("X", "x", "m", toolkit.Severity.INFO, 4, 7)
    [issue] = locate(text, [finding])
    assert (issue.line, issue.column, issue.end_line, issue.end_column) == (1, 5, 2, 2)


def test_a_configuration_file_selects_rules_and_sets_glossaries(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[domain]\nid = "extra"\ntitle = "Extra"\nrevised = "2024-01-01"\n\n[[term]]\n'
                     'zh = "示例术语"\nen = "sample term"\nsource = "https://example.org"\nsource_kind = "official"\n'
                     'mt = [{ text = "quux rendering", fix = "safe", kind = "certain" }]\n', encoding="utf-8")
    config = tmp_path / "zhen.toml"
    config.write_text('ignore = ["D101"]\nglossary = ["extra.toml"]\n', encoding="utf-8")
    text = "It is the the quux rendering."
    assert {i.code for i in check_text(text)} >= {"D101"}
    found = {i.code for i in check_text(text, config=config)}
    assert "D101" not in found and "T101" in found
    assert fix_text(text, config=config, unsafe=True).text == "It is the the sample term."
    # discovered from the file's path, as the CLI does, through settings_for
    settings = settings_for(tmp_path / "doc.txt")
    assert settings.config.path == config.resolve()
    assert {i.code for i in check_text(text, tmp_path / "doc.txt", config=settings)} == found
    # selections on top of the configuration, as on the command line
    assert {i.code for i in check_text(text, config=config, select=["D101"])} == {"D101"}
    assert {i.code for i in check_text(text, config=settings, extend_select=["D101"])} >= {"D101", "T101"}


def test_extra_glossaries_as_files_or_a_loaded_glossary(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[domain]\nid = "extra"\ntitle = "Extra"\nrevised = "2024-01-01"\n\n[[term]]\n'
                     'zh = "示例术语"\nen = "sample term"\nsource = "https://example.org"\nsource_kind = "official"\n'
                     'mt = [{ text = "quux rendering", fix = "safe", kind = "certain" }]\n', encoding="utf-8")
    text = "The quux rendering works."
    assert check_text(text) == []
    assert [i.code for i in check_text(text, glossary=[extra])] == ["T101"]
    glossary = load_glossary(extra)
    assert [i.code for i in check_text(text, glossary=glossary)] == ["T101"]
    assert [m.term.en for m in lookup("示例术语", glossary)] == ["sample term"]
    assert lookup("示例术语") == []
    assert [h.word for h in scan("推行示例术语。", glossary)] == ["示例术语"]
    assert load_glossary(extra, bundled=False).by_zh.keys() == {"示例术语"}
    assert [i.code for i in check_text(text, glossary=str(extra))] == ["T101"]  # one path, not its letters


def test_selections_take_codes_as_the_command_line_does():
    text = "It is the the plan . Done."
    assert {i.code for i in check_text(text)} == {"D101", "P102"}
    assert [i.code for i in check_text(text, select="D101")] == ["D101"]
    assert [i.code for i in check_text(text, ignore="D,P1")] == []
    assert [i.code for i in check_text(text, select=["D101"], extend_select="P102")] == ["D101", "P102"]
    with pytest.raises(UserError, match="unknown rule code"):
        check_text(text, select=["X999"])


def test_a_broken_configuration_or_glossary_is_a_user_error(tmp_path):
    bad = tmp_path / "zhen.toml"
    bad.write_text('select = "D101"\n', encoding="utf-8")
    with pytest.raises(UserError, match="select: must be a list"):
        check_text(DOUBLED, config=bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[term]]\nzh = 1\n", encoding="utf-8")
    with pytest.raises(UserError):
        load_glossary(broken)


def test_excluded_files_have_no_findings(tmp_path):
    (tmp_path / "zhen.toml").write_text('exclude = ["vendor/**"]\n', encoding="utf-8")
    settings = settings_for(tmp_path / "vendor" / "a.txt")
    assert settings.excluded
    assert check_text(DOUBLED, tmp_path / "vendor" / "a.txt", config=settings) == []
    assert fix_text(DOUBLED, tmp_path / "vendor" / "a.txt", config=settings).text == DOUBLED


def test_markdown_and_suppressions_apply():
    text = "Run `the the` now. It is the the plan.\n"
    assert [i.column for i in check_text(text, "doc.md")] == [29]
    assert [i.column for i in check_text(text, markdown=True)] == [29]
    assert len(check_text(text)) == 2
    suppressed = "It is the the plan. <!-- zhen: ignore D101 -->\n"
    assert check_text(suppressed, "doc.md") == []
    assert [i.code for i in check_text("zhen: ignore D101\nIt is the the plan.\n")] == []


def test_a_po_path_is_checked_as_a_catalog():
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "党建"\nmsgstr "party construction"\n')
    issues = check_text(text, "messages.po")
    assert [i.code for i in issues] == ["T101"] and issues[0].line == 6
    fixed = fix_text(text, "messages.po", unsafe=True)
    assert fixed.text.endswith('msgstr "Party building"\n')


def test_the_seed_checks_as_the_cli_does(zhen):
    issues = check_text(SEED.read_text(encoding="utf-8"), str(SEED))
    cli = zhen("check", "--isolated", SEED).stdout
    located = {(int(m[1]), int(m[2]), m[3]) for m in re.finditer(r":(\d+):(\d+): (\w+)", cli)}
    assert {(i.line, i.column, i.code) for i in issues} == located and len(issues) == 42
    assert isinstance(issues[0], Issue)
