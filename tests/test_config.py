"""Project configuration: discovery, keys, command-line overrides, bad files, `zhen config`."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from toolkit import config as config_module
from toolkit.config import Overrides, Resolver, layer
from toolkit.globs import glob_matches
from toolkit.model import Severity
from toolkit.registry import all_rules

# One artifact per line, each from a different rule family, at a known position.
DOC = "the the plan\nThe main types of sex There is a lot\nIt works. .\nThe work，the plan\n"
CODES_BY_LINE = {"D101": 1, "B101": 2, "P101": 3, "P103": 4}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def findings(zhen, *args) -> set[tuple[str, str, int]]:
    result = zhen("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return {(Path(i["path"]).name if "/" not in i["path"] else i["path"], i["code"], i["line"])
            for i in json.loads(result.stdout)}


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository with [tool.zhen] ignore = ["B1"] and per-file-ignores, run from its root."""
    write(tmp_path / "pyproject.toml", """
[project]
name = "translations"

[tool.zhen]
ignore = ["B1"]

[tool.zhen.per-file-ignores]
"docs/legacy/*.txt" = ["D101", "P101"]
"*.md" = ["P103"]
""")
    for name in ("docs/new.txt", "docs/legacy/old.txt", "docs/guide.md", "top.txt"):
        write(tmp_path / name, DOC)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def expected(path: str, left_out: set[str]) -> set[tuple[str, str, int]]:
    return {(path, code, line) for code, line in CODES_BY_LINE.items() if code not in left_out}


def test_ignore_and_per_file_ignores_give_exactly_the_expected_findings(zhen, repo):
    got = findings(zhen, "docs", "top.txt")
    assert got == (expected("docs/new.txt", {"B101"})
                   | expected("docs/legacy/old.txt", {"B101", "D101", "P101"})
                   | expected("docs/guide.md", {"B101", "P103"})
                   | expected("top.txt", {"B101"}))


def test_the_configuration_is_found_from_the_file_not_the_current_folder(zhen, repo, monkeypatch, tmp_path_factory):
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    got = findings(zhen, repo / "docs" / "legacy" / "old.txt")
    assert {code for _, code, _ in got} == {"P103"}


def test_zhen_toml_wins_over_pyproject_in_the_same_folder_and_the_nearest_wins(zhen, repo):
    write(repo / "zhen.toml", 'select = ["D"]\n')
    assert {code for _, code, _ in findings(zhen, "top.txt")} == {"D101"}
    write(repo / "docs" / "legacy" / "zhen.toml", 'select = ["P"]\n')
    assert {code for _, code, _ in findings(zhen, "docs/legacy/old.txt")} == {"P101", "P103"}
    assert {code for _, code, _ in findings(zhen, "docs/new.txt")} == {"D101"}


def test_a_pyproject_without_a_zhen_table_is_passed_over(zhen, repo):
    write(repo / "docs" / "pyproject.toml", '[project]\nname = "docs"\n')
    assert {code for _, code, _ in findings(zhen, "docs/new.txt")} == {"D101", "P101", "P103"}


def test_isolated_and_explicit_config(zhen, repo):
    assert {c for _, c, _ in findings(zhen, "--isolated", "top.txt")} == set(CODES_BY_LINE)
    other = write(repo / "other" / "strict.toml", 'select = ["P103"]\n')
    assert {c for _, c, _ in findings(zhen, "--config", other, "docs/new.txt")} == {"P103"}
    result = zhen("check", "--config", other, "--isolated", "top.txt")
    assert result.exit_code == 2 and "cannot be used together" in result.stderr


def test_command_line_overrides_the_configuration(zhen, repo):
    # --select replaces the file's selection; --ignore and --extend-select adjust it.
    assert {c for _, c, _ in findings(zhen, "--select", "B101", "top.txt")} == {"B101"}
    assert {c for _, c, _ in findings(zhen, "--extend-select", "B101", "top.txt")} == set(CODES_BY_LINE)
    assert {c for _, c, _ in findings(zhen, "--ignore", "P", "top.txt")} == {"D101"}
    # Per-file ignores still apply on top of the command line.
    assert {c for _, c, _ in findings(zhen, "--select", "D,P", "docs/legacy/old.txt")} == {"P103"}


def test_fail_on_decides_the_exit_code_not_what_is_shown(zhen, tmp_path):
    doc = write(tmp_path / "a.txt", "the the plan\n")  # D101 is a warning
    write(tmp_path / "zhen.toml", 'fail-on = "error"\n')
    result = zhen("check", doc)
    assert result.exit_code == 0 and "D101" in result.stdout
    assert zhen("check", "--fail-on", "warning", doc).exit_code == 1
    write(tmp_path / "b.txt", "The work，the plan\n")  # P103 is an error
    assert zhen("check", tmp_path / "b.txt").exit_code == 1
    assert zhen("fix", "--diff", doc).exit_code == 1  # --diff reports changes, whatever fail-on says
    assert zhen("fix", doc).exit_code == 0


def test_exclude_leaves_files_out_even_when_named(zhen, tmp_path):
    write(tmp_path / "zhen.toml", 'exclude = ["vendor/**", "draft-*.txt"]\n')
    kept = write(tmp_path / "a.txt", "the the plan\n")
    write(tmp_path / "vendor" / "deep" / "b.txt", "the the plan\n")
    drafted = write(tmp_path / "draft-1.txt", "the the plan\n")
    got = {Path(i["path"]).name for i in json.loads(zhen("check", "--format", "json", tmp_path).stdout)}
    assert got == {"a.txt"}
    assert zhen("check", drafted).exit_code == 0
    zhen("fix", tmp_path)
    assert drafted.read_text(encoding="utf-8") == "the the plan\n"
    assert kept.read_text(encoding="utf-8") == "the plan\n"


def test_glossary_and_options_reach_the_rules_per_file(tmp_path):
    write(tmp_path / "terms" / "extra.toml", "")
    write(tmp_path / "zhen.toml", 'glossary = ["terms/extra.toml"]\n[options]\nmt-evidence = 5\n')
    doc = write(tmp_path / "a.txt", "x\n")
    settings = Resolver(Overrides(glossary=("cli.toml",)))(str(doc))
    assert settings.profile.glossary_paths == (str(tmp_path / "terms" / "extra.toml"), "cli.toml")
    assert settings.profile.options_for("T101")["mt-evidence"] == 5
    alone = write(tmp_path.parent / f"{tmp_path.name}-other" / "b.txt", "x\n")
    assert Resolver()(str(alone)).profile.options_for("T101")["mt-evidence"] == 3  # the declared default


def test_each_configuration_is_read_once_per_run(zhen, repo, monkeypatch):
    loads = []
    real = config_module.load_config
    monkeypatch.setattr(config_module, "load_config", lambda path: loads.append(path) or real(path))
    zhen("check", "docs", "top.txt")
    assert len(loads) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('select = ["Q999"]', "zhen.toml: select: unknown rule code or prefix 'Q999'"),
        ('ignor = ["B"]', "zhen.toml: ignor: unknown key"),
        ('select = "B"', "zhen.toml: select: must be a list of strings"),
        ('fail-on = "fatal"', "zhen.toml: fail-on: must be one of error, warning, info, not 'fatal'"),
        ('[options]\nmt-evidence = "yes"', "zhen.toml: options.mt-evidence: must be an integer, not 'yes'"),
        ('[options]\ncolour = true', "zhen.toml: options.colour: unknown rule option"),
        ('[per-file-ignores]\n"docs/*.md" = ["X1"]', "zhen.toml: per-file-ignores.\"docs/*.md\": unknown rule code"),
        ('glossary = ["missing.toml"]', "zhen.toml: glossary: no such glossary file 'missing.toml'"),
        ('select = [', "zhen.toml: TOML error: Invalid value"),
    ],
)
def test_bad_configuration_is_one_line_naming_file_and_key_exit_2(zhen, tmp_path, text, message):
    write(tmp_path / "zhen.toml", text + "\n")
    doc = write(tmp_path / "a.txt", "the the plan\n")
    for verb in ("check", "fix"):
        result = zhen(verb, doc)
        assert result.exit_code == 2
        assert message in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
        assert result.stdout == ""
    assert doc.read_text(encoding="utf-8") == "the the plan\n"


def test_pyproject_keys_are_named_with_their_table(zhen, tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.zhen]\nextend-select = ["ZZ"]\n')
    result = zhen("check", write(tmp_path / "a.txt", "x\n"))
    assert result.exit_code == 2
    assert "pyproject.toml: tool.zhen.extend-select: unknown rule code or prefix 'ZZ'" in result.stderr


def test_a_per_file_ignores_glob_that_matches_nothing_is_a_warning(zhen, repo):
    write(repo / "zhen.toml", '[per-file-ignores]\n"top.txt" = ["D101"]\n"nowhere/*.txt" = ["P"]\n')
    result = zhen("check", "top.txt")
    assert result.exit_code == 1
    assert "warning:" in result.stderr and "'nowhere/*.txt' matches no file" in result.stderr
    assert "top.txt' matches" not in result.stderr
    # A glob that matches a file of the repository, though not one of this run, is not a mistake.
    quiet = zhen("check", "docs/new.txt")
    assert "'top.txt'" not in quiet.stderr


def test_zhen_config_prints_the_resolved_configuration_as_loadable_toml(zhen, repo):
    result = zhen("config", "docs/legacy/old.txt")
    assert result.exit_code == 0, result.output
    assert str(repo / "pyproject.toml") in result.stdout
    printed = tomllib.loads(result.stdout)
    assert printed["ignore"] == ["B1"]
    assert printed["per-file-ignores"]["docs/legacy/*.txt"] == ["D101", "P101"]
    assert printed["options"]["mt-evidence"] == 3
    assert "rules that run on docs/legacy/old.txt:" in result.stdout
    assert " P101," not in result.stdout.split("rules that run")[1].splitlines()[0]
    # What it prints is a configuration zhen accepts.
    write(repo / "copy" / "zhen.toml", result.stdout)
    assert config_module.load_config(repo / "copy" / "zhen.toml").ignore == ("B1",)
    assert zhen("config", "--isolated", ".").stdout.count("no configuration file") == 1
    assert zhen("config", "no/such/file").exit_code == 2


def test_globs():
    root = Path("/r")
    assert glob_matches("*.md", Path("/r/a/b/c.md"), root)
    assert glob_matches("docs/*.md", Path("/r/docs/c.md"), root)
    assert not glob_matches("docs/*.md", Path("/r/docs/sub/c.md"), root)
    assert glob_matches("docs/**/*.md", Path("/r/docs/sub/c.md"), root)
    assert glob_matches("docs/**/*.md", Path("/r/docs/c.md"), root)
    assert glob_matches("draft-[0-9].txt", Path("/r/x/draft-1.txt"), root)
    assert not glob_matches("draft-[!0-9].txt", Path("/r/x/draft-1.txt"), root)
    assert not glob_matches("a?.md", Path("/r/a/.md"), root)


def test_layers_apply_in_order_with_the_most_specific_selector_winning():
    base = {"B101", "B102", "D101"}
    assert layer(base, None, ["B"], ["B102"]) == {"B102", "D101"}
    every_b = {code for code in all_rules() if code.startswith("B")}
    assert layer(base, None, ["B102"], ["B"]) == (every_b - {"B102"}) | {"D101"}
    assert layer(base, ["P101"], [], []) == {"P101"}
    assert layer(base, None, [], []) == base


def test_severity_names():
    assert config_module.parse_severity("Warning") is Severity.WARNING
