"""The README's Usage and review sections, walked command by command as a new user would, in
order, on a fresh copy of the seed: each command's exit code and a line of its output. A command
added to or changed in those sections without an expectation here fails the test."""

from __future__ import annotations

import json
import re
import shlex
import shutil

import pytest

from conftest import ROOT, SEED

SECTIONS = ("## Usage", "## Reviewing changes as a translator")

# README command (as written, before its comment) -> (exit code, text its stdout or stderr contains)
EXPECTED = {
    "zhen check PATH...": (1, "Found 42 findings in 1 file."),
    "zhen check --format json PATH": (1, '"code": "R102"'),
    "zhen check --statistics PATH": (1, "R102"),
    "zhen fix PATH...": (1, "zhen: fixed 7 of 42 findings in 1 file; 1 resolved by another fix; 34 remain"),
    # Each command sees the file as the one before left it. Fixed twice, the seed still shows
    # machine translation (3.3 signs per 1,000 words: B101, B104, C103 and C138's "my country's",
    # which no fix touches), so T101 still reports the renderings native English uses too.
    "zhen fix --diff PATH": (0, "zhen: would fix 0 of 34 findings in 0 files; 34 remain"),
    "zhen fix --unsafe-fixes PATH": (1, "zhen: fixed 8 of 34 findings in 1 file; 2 resolved by another fix; 24 remain"),
    "zhen fix FILE -o OUT": (1, "zhen: fixed 0 of 24 findings in 0 files; 24 remain"),
    "zhen rules": (0, "T104      term-not-rendered"),
    "zhen lookup 條塊": (0, "條塊 is the traditional form of 条块"),
    "zhen lookup --scan FILE": (0, "条块  →  vertical and horizontal lines of authority"),
    "zhen lookup --scan-text TEXT": (0, "1 glossary term found."),
    "zhen glossary check [FILE...]": (0, "0 problems."),
    "zhen glossary stats": (0, "MT renderings:"),
    "zhen config [PATH]": (0, "select"),
    "zhen glossary export": (0, "zhen-glossary.mo"),
    "zhen check messages.po": (1, "T101 [~] msgstr: 'strips and strips' is a machine-translation rendering of 条块"),
    "zhen fix FILE --po REVIEW.po": (1, "zhen: wrote review.po; review it, then `zhen apply review.po seed.txt`"),
    "zhen apply REVIEW.po FILE": (0, "zhen: applied review.po to seed.txt"),
}

MESSAGES = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "条块结合"\nmsgstr "strips and strips are combined."\n')


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for heading in SECTIONS:
        block = re.search(re.escape(heading) + r"\n.*?```sh\n(.*?)```", text, re.S)
        assert block, heading
        commands += [line.split(" #")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    return commands


def _arguments(command: str) -> list[str]:
    words = shlex.split(command)[1:]
    if words[:2] == ["lookup", "--scan"]:
        return ["lookup", "--scan", "zh.txt"]
    names = {"PATH...": "seed.txt", "PATH": "seed.txt", "FILE": "seed.txt", "OUT": "out.txt",
             "REVIEW.po": "review.po", "TEXT": "各地要理顺条块关系", "[PATH]": "seed.txt"}
    return [names.get(w, w) for w in words if w != "[FILE...]"]


def test_every_readme_command_has_an_expectation():
    commands = readme_commands()
    assert [c for c in commands if c not in EXPECTED] == []
    assert [c for c in EXPECTED if c not in commands] == []


def test_walk_the_readme(zhen, tmp_path, monkeypatch):
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "zh.txt").write_text("各地要理顺条块关系。", encoding="utf-8")
    (tmp_path / "messages.po").write_text(MESSAGES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    seen = set()
    for command in readme_commands():
        if command in seen:  # the review section repeats the two review commands of Usage
            continue
        seen.add(command)
        result = zhen(*_arguments(command))
        code, text = EXPECTED[command]
        assert result.exit_code == code, (command, result.stdout[-500:], result.stderr)
        assert text in result.stdout + result.stderr, (command, result.stdout[-500:], result.stderr)
        if "--format json" in command:
            assert len(json.loads(result.stdout)) == 42
    assert (tmp_path / "out.txt").exists() and (tmp_path / "review.po").exists()
    assert (tmp_path / "locales" / "en" / "LC_MESSAGES" / "zhen-glossary.po").exists()


@pytest.mark.parametrize("section", SECTIONS)
def test_sections_exist(section):
    assert section in (ROOT / "README.md").read_text(encoding="utf-8")
