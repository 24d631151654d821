"""Issue #21: every documented workflow works exactly as written — the review loop as a user runs
it, strict catalogs, one-line errors without a summary, diffs that patch and git apply take, help
with examples, summaries whose grammar and arithmetic are right, and the glossary exports."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

import click
import polib
import pytest

from conftest import SEED
from toolkit.cli import main
from toolkit.glossary import load_glossary
from toolkit.glossary.export import _INTERNAL, chinese_to_english, curated_note
from toolkit.tally import Tally, counted, fix_summary, summary

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


@pytest.fixture
def seed(tmp_path):
    path = tmp_path / "seed.txt"
    shutil.copy(SEED, path)
    return path


# -- 1. the review loop -------------------------------------------------------------------------
def test_fix_po_then_apply_works_as_the_readme_says(zhen, tmp_path, seed):
    expected = tmp_path / "expected.txt"
    zhen("fix", SEED, "-o", expected)
    review = tmp_path / "review.po"
    result = zhen("fix", seed, "--po", review)
    assert result.exit_code == 1 and review.exists()
    assert seed.read_bytes() == SEED.read_bytes()  # FILE unchanged until apply
    assert "would fix 7 of 42 findings" in result.stderr
    result = zhen("apply", review, seed)
    assert result.exit_code == 0, result.stderr
    assert seed.read_bytes() == expected.read_bytes()


def test_an_msgstr_edited_but_left_fuzzy_is_reported_not_dropped(zhen, tmp_path, seed):
    review = tmp_path / "review.po"
    zhen("fix", seed, "--po", review)
    catalog = polib.pofile(str(review))
    entry = next(e for e in catalog if "fuzzy" in e.flags)
    entry.msgstr = "A sentence the reviewer rewrote."
    catalog.save(str(review))
    line = polib.pofile(str(review)).find(entry.msgid, msgctxt=entry.msgctxt).linenum
    out = tmp_path / "out.txt"
    result = zhen("apply", review, seed, "-o", out)
    assert result.exit_code == 0
    assert "1 fuzzy entry not applied" in result.stderr and f"line {line}" in result.stderr
    assert "reviewer rewrote" not in out.read_text(encoding="utf-8")
    assert zhen("apply", "--accept-fuzzy", review, seed, "-o", out).exit_code == 0
    assert "reviewer rewrote" in out.read_text(encoding="utf-8")


def test_apply_says_when_a_catalog_is_not_a_review_catalog(zhen, tmp_path, seed):
    other = tmp_path / "other.po"
    other.write_text(HEADER + 'msgid "a"\nmsgstr "b"\n', encoding="utf-8")
    result = zhen("apply", other, seed)
    assert result.exit_code == 2
    assert "not a review catalog" in result.stderr and "SHA-256" not in result.stderr
    assert seed.read_bytes() == SEED.read_bytes()


# -- 3. catalogs read strictly ------------------------------------------------------------------
BAD_CATALOGS = {
    "unterminated": ('msgid "my country"\nmsgstr "my countr\n', 2),
    "duplicate": ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4),
    "c-format": ('#, c-format\nmsgid "%d items"\nmsgstr "%s items"\n', 3),
    "python-format": ('#, python-format\nmsgid "%(n)s items"\nmsgstr "%(m)s items"\n', 3),
    "escape": ('msgid "a"\nmsgstr "b\\q"\n', 2),
    "no msgstr": ('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 1),
}


@pytest.mark.parametrize("name", BAD_CATALOGS)
def test_a_catalog_msgfmt_rejects_is_an_input_error(zhen, tmp_path, name):
    body, line = BAD_CATALOGS[name]
    path = tmp_path / "x.po"
    path.write_text(HEADER + body, encoding="utf-8")
    before = path.read_bytes()
    at = f"{path}:{line + HEADER.count(chr(10))}:"
    for verb in ("check", "fix"):
        result = zhen(verb, path)
        assert result.exit_code == 2, (verb, result.stdout, result.stderr)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"zhen: error: {at}"), result.stderr
        assert result.stdout == ""
        assert path.read_bytes() == before
    if shutil.which("msgfmt"):
        assert subprocess.run(["msgfmt", "-c", "-o", os.devnull, str(path)], capture_output=True).returncode != 0


def test_well_formed_catalogs_are_still_accepted(zhen, tmp_path, seed):
    review = tmp_path / "review.po"
    zhen("fix", "--unsafe-fixes", seed, "--po", review)
    assert zhen("check", review).exit_code in (0, 1)
    fuzzy = tmp_path / "fuzzy.po"  # msgfmt does not check the formats of a fuzzy entry
    fuzzy.write_text(HEADER + '#, fuzzy, c-format\nmsgid "%d items"\nmsgstr "%s items"\n#~ msgid "old"\n'
                     '#~ msgstr "older"\n\nmsgctxt "x"\nmsgid "a"\nmsgstr ""\n"b"\n', encoding="utf-8")
    assert zhen("check", fuzzy).exit_code == 0


# -- 4. errors and summaries --------------------------------------------------------------------
def test_an_input_error_prints_its_line_and_no_summary(zhen, tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"abc\0def")
    result = zhen("check", binary)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"zhen: error: {binary}: binary file (contains NUL bytes), not checked\n"


@pytest.mark.parametrize("args", [("check", "--bogus", "x"), ("check",), ("fix", "--format", "x", "y"),
                                  ("glossary", "export", "--format", "doc"), ("nosuchverb",)])
def test_usage_errors_are_one_line(zhen, args):
    result = zhen(*args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("zhen: error: "), result.stderr


def test_a_folder_run_fixes_the_readable_files_and_names_the_others(zhen, tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "a.txt").write_text("The work. . It goes on.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\0binary")
    (folder / "c.txt").write_text("Also done. . Yes.\n", encoding="utf-8")
    result = zhen("check", folder)
    assert result.exit_code == 2
    assert "1 file not read (errors above): " in result.stdout and "b.txt" in result.stdout
    result = zhen("fix", folder)
    assert result.exit_code == 2
    assert "b.txt" in result.stderr and "1 file not read" in result.stderr
    assert (folder / "a.txt").read_text(encoding="utf-8") == "The work. It goes on.\n"
    assert (folder / "c.txt").read_text(encoding="utf-8") == "Also done. Yes.\n"
    assert (folder / "b.txt").read_bytes() == b"\0binary"


def _tally(safe: int, unsafe: int) -> Tally:
    from toolkit.model import Edit, Finding, Fix, Safety, Severity

    def finding(safety):
        return Finding("P101", "x", "m", Severity.WARNING, 0, 1, Fix(safety, (Edit(0, 1, ""),)))
    tally = Tally()
    tally.add("a.txt", counted([finding(Safety.SAFE)] * safe + [finding(Safety.UNSAFE)] * unsafe))
    return tally


def test_summary_grammar():
    assert summary(_tally(0, 1)).splitlines()[1] == "[~] 1 fixable with `zhen fix --unsafe-fixes`."
    assert summary(_tally(1, 1)).splitlines()[2] == "[~] 1 more with `zhen fix --unsafe-fixes`."
    assert summary(Tally(), ["bad.txt"]) == ""
    assert fix_summary(3, 2, 1, 1) == "zhen: fixed 2 of 3 findings in 1 file; 1 remains (see `zhen check`)."
    assert fix_summary(2, 2, 0, 1) == "zhen: fixed 2 of 2 findings in 1 file; none remain."
    assert fix_summary(1, 1, 0, 1, diff=True) == "zhen: would fix 1 of 1 finding in 1 file; none remain."


def test_the_seed_fix_summary_adds_up(zhen, seed):
    result = zhen("fix", "--diff", "--unsafe-fixes", seed)
    assert "would fix 15 of 42 findings in 1 file; 3 resolved by another fix; 24 remain" in result.stderr
    assert 24 + 3 + 15 == 42


# -- 5. diffs for patch and git apply -----------------------------------------------------------
DIFF_CASES = {
    "no final newline": b"Hello. . The work goes on. .",
    "crlf": b"First line. . Next.\r\nSecond line.\r\nThird. .\r\n",
    "crlf, no final newline": b"First. .\r\nSecond. .",
    "lone cr and form feed kept": b"Page one. .\fstill one\rline\nTwo. .\n",
}


@pytest.mark.skipif(shutil.which("patch") is None, reason="patch is not installed")
@pytest.mark.parametrize("name", DIFF_CASES)
@pytest.mark.parametrize("absolute", [False, True])
def test_fix_diff_applies_with_patch_and_git_apply(zhen, tmp_path, monkeypatch, name, absolute):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    document = work / "doc.txt"
    document.write_bytes(DIFF_CASES[name])
    zhen("fix", document, "-o", tmp_path / "expected.txt")
    diff = zhen("fix", "--diff", document if absolute else "doc.txt").stdout_bytes  # .stdout drops CRs
    assert b"a//" not in diff and diff.startswith(b"--- a/doc.txt\n")
    (tmp_path / "d.diff").write_bytes(diff)
    subprocess.run(["patch", "-p1", "-i", str(tmp_path / "d.diff")], check=True, capture_output=True)
    assert document.read_bytes() == (tmp_path / "expected.txt").read_bytes()
    if shutil.which("git"):
        document.write_bytes(DIFF_CASES[name])
        subprocess.run(["git", "apply", "--unsafe-paths", str(tmp_path / "d.diff")], check=True, capture_output=True)
        assert document.read_bytes() == (tmp_path / "expected.txt").read_bytes()


def test_a_path_outside_the_folder_keeps_one_slash(zhen, tmp_path, monkeypatch):
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    document = tmp_path / "doc.txt"
    document.write_text("Done. .\n", encoding="utf-8")
    diff = zhen("fix", "--diff", document).stdout
    assert diff.startswith(f"--- a/{str(document).lstrip('/')}\n") and "a//" not in diff


# -- 6. help, rules, report, lookup, exports ----------------------------------------------------
def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize("verb", [(), *_commands(main)], ids=" ".join)
def test_every_help_has_examples(zhen, verb):
    result = zhen(*verb, "--help")
    assert result.exit_code == 0 and "Examples:\n    zhen " in result.stdout


def test_every_example_parses():
    from toolkit.cli.examples import EXAMPLES

    for text in EXAMPLES.values():
        for line in text.splitlines()[2:]:
            words = shlex.split(line.split(" # ")[0].split("| ")[-1])
            assert words[0] == "zhen", line
            command, args = main, words[1:]
            while isinstance(command, click.Group) and args and args[0] in command.commands:
                command, args = command.commands[args[0]], args[1:]
            command.make_context(words[0], list(args))  # raises on an unknown option or a bad value


def test_rules_print_whole_sentences(zhen):
    line = next(l for l in zhen("rules").stdout.splitlines() if l.startswith("T104"))
    assert line.rstrip().endswith("renders with none of its accepted forms.")


def test_glossary_help_names_export(zhen):
    assert "export" in zhen("glossary", "--help").stdout.split("Commands:")[0]


def test_report_fail_on(zhen, tmp_path, seed):
    page = tmp_path / "r.html"
    assert zhen("report", seed, "-o", page).exit_code == 0
    page.unlink()
    result = zhen("report", seed, "-o", page, "--fail-on", "warning")
    assert result.exit_code == 1 and page.exists()
    assert zhen("report", seed, "-o", page, "--fail-on", "error").exit_code == 0


def test_lookup_scan_takes_a_path_stdin_or_text(zhen, tmp_path):
    chinese = tmp_path / "zh.txt"
    chinese.write_text("各地要理顺条块关系。", encoding="utf-8")
    assert "条块" in zhen("lookup", "--scan", chinese).stdout
    assert '"zh": "条块"' in zhen("lookup", "--scan", "--json", chinese).stdout
    assert "条块" in zhen("lookup", "--scan", "-", input="理顺条块关系").stdout
    assert "条块" in zhen("lookup", "--scan-text", "理顺条块关系", "--json").stdout
    result = zhen("lookup", "--scan", tmp_path / "missing.txt")
    assert result.exit_code == 2 and "no such file" in result.stderr and result.stdout == ""


def test_csv_export_with_a_byte_order_mark(zhen, tmp_path):
    out = tmp_path / "terms.csv"
    assert zhen("glossary", "export", "--format", "csv", "--bom", "-o", out).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfzh,zh_hant,en")
    assert not zhen("glossary", "export", "--format", "csv").stdout_bytes.startswith(b"\xef\xbb\xbf")


def test_exported_comments_carry_only_curated_notes():
    catalog = chinese_to_english(load_glossary(()))
    notes = [line for e in catalog for line in e.comment.splitlines() if line.startswith("note: ")]
    assert len(notes) > 300 and not [n for n in notes if _INTERNAL.search(n)]
    assert curated_note("Bad variants predicted") == ""
    assert curated_note('工程 = project, not "engineering" (see 工程 in terms.tsv)') == '工程 = project, not "engineering"'
    kept = 'MT "river length" comes from 长 "long"; predicted (CC-CEDICT 长; 河长 not in CEDICT)'
    assert curated_note(kept) == 'MT "river length" comes from 长 "long"'


def test_no_dead_option_is_documented_or_shown(zhen):
    # Issue #21: `party-capital` was documented and shown by `zhen config`, but no rule read it.
    from conftest import ROOT

    assert "party-capital" not in zhen("config", "--isolated").stdout
    assert "party-capital" not in (ROOT / "docs" / "pre-commit.md").read_text(encoding="utf-8")
