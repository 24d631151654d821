"""What the fuzz targets share: running one under atheris, and the seed inputs it starts from.

A target is a module with `one_input(data: bytes)`, which raises only when it finds a bug (an
exception other than UserError, or a broken property). It imports nothing from atheris, so the
regression tests replay saved inputs through the same function without it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def fuzz(one_input: Callable[[bytes], None]) -> None:
    """Run `one_input` under atheris (libFuzzer flags from the command line, e.g. -atheris_runs=N)."""
    import atheris  # the fuzz extra: pip install -e '.[fuzz]'

    from toolkit.registry import all_rules

    all_rules()  # import the rule modules now, so that they are instrumented too
    atheris.instrument_all()  # coverage of everything imported so far
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


def text_seeds() -> Iterator[bytes]:
    """Rule examples (bad and good) and the paragraphs of the seed document."""
    from toolkit.registry import all_rules

    for rule in all_rules().values():
        for example in rule.bad:
            yield example.plain.encode()
        for text in rule.good:
            yield text.encode()
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            if paragraph.strip():
                yield paragraph.encode()


def po_seeds() -> Iterator[bytes]:
    yield (ROOT / "tests" / "data" / "catalogs" / "zh-en.po").read_bytes()
    for path in sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po")):
        yield path.read_bytes()[:4000]


def data_file_seeds() -> Iterator[bytes]:
    """Glossary files (selector byte 0) and configuration files (selector byte 1)."""
    for path in sorted((ROOT / "glossary").glob("*.toml")):
        yield b"\0" + path.read_bytes()[:6000]
    yield b"\1" + b'select = ["B", "P101"]\nexclude = ["docs/**/*.md", "draft-[0-9].txt"]\n' \
          b'[per-file-ignores]\n"*.md" = ["M"]\n[options]\nmt-evidence = 5\n'
