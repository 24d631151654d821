"""Fuzz target: glossary and configuration files, as an untrusted repository could ship them.

Selector byte 0: a glossary file. Validation must report problems, not raise; a glossary that
validates is used: its terms looked up, and its renderings flagged and fixed in a text made of
them (user strings are matched as text, never as patterns), the fix changing only what it reports.
Selector byte 1: a configuration file. It configures or fails with a UserError; its globs match
paths in time linear in the path.

    python tests/fuzz/fuzz_data_files.py -atheris_runs=100000 -max_len=8192 CORPUS_DIR
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from harness import fuzz

from toolkit import Profile, fix_text
from toolkit.config import parse_config
from toolkit.globs import Glob
from toolkit.errors import UserError
from toolkit.glossary import Glossary, cross_check, parse_file
from toolkit.glossary.lookup import lookup
from toolkit.preservation import verify

PATHS = ["a.txt", "docs/sub/chapter-1.md", "x/" * 40 + "y.txt", "a" * 200]


def glossary_file(text: str) -> None:
    _, terms, problems = parse_file(Path("mine.toml"), text)
    problems += cross_check(terms)
    if problems or not terms:
        return
    glossary = Glossary(tuple(terms), (), "fuzz")
    for term in terms:
        assert any(m.term == term for m in lookup(glossary, term.zh)), f"{term.zh!r} not found"
    sample = ". ".join(r.text for t in terms for r in t.mt) + "."
    result = fix_text(sample, profile=Profile(glossary=glossary), unsafe=True)
    difference = verify(sample, result, result.text)
    assert difference is None, str(difference)


def config_file(text: str) -> None:
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return
    try:
        config = parse_config(table, Path("/nonexistent/zhen.toml"))
    except UserError:
        return
    for glob in [*config.exclude, *(g for g, _ in config.per_file_ignores)]:
        for path in PATHS:
            Glob(glob.lstrip("/")).matches(path)


def one_input(data: bytes) -> None:
    selector, body = (data[0], data[1:]) if data else (0, b"")
    text = body.decode("utf-8", "replace")
    (config_file if selector & 1 else glossary_file)(text)


if __name__ == "__main__":
    fuzz(one_input)
