"""Native English prose that Debian packages ship, for measuring false positives at scale.

zhen must report nothing on ordinary native English. The corpus's clean texts are a few thousand
words; this module adds 1.2 million words of prose written by native or fluent English writers
and shipped by Debian packages:

- `python3.11-doc`: the reStructuredText sources of the Python documentation (tutorial, HOWTOs,
  FAQ, What's New, language and library reference), code blocks and directives left out;
- the HTML paragraphs of The Debian Administrator's Handbook (English), the Debian Reference, the
  Debian Developer's Reference, the Debian Policy Manual, Git's manual pages and guides, and the
  GNU Coding Standards.

The packages are fetched with `apt-get download` and unpacked with `dpkg -x` into a cache folder
(`$ZHEN_NATIVE_CACHE`, default `~/.cache/zhen-native`); nothing is installed system-wide. Only
paragraphs that read as prose are kept (see `_is_prose`): extraction debris would otherwise be
counted against the rules.

    python benchmarks/native.py            # fetch if needed, print the word count per source
"""

from __future__ import annotations

import html.parser
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGES = ("python3.11-doc", "debian-handbook", "debian-reference-en", "developers-reference",
            "debian-policy", "git-doc", "gnu-standards")
CACHE = Path(os.environ.get("ZHEN_NATIVE_CACHE", Path.home() / ".cache" / "zhen-native"))
PYTHON_DOCS = "usr/share/doc/python3.11/html/_sources"
# HTML manuals: (source name, glob under the unpacked root)
HTML = (
    ("debian-handbook", "usr/share/doc/debian-handbook/html/en-US/*.html"),
    ("debian-reference", "usr/share/debian-reference/*.en.html"),
    ("developers-reference", "usr/share/developers-reference/developers-reference.html"),
    ("debian-policy", "usr/share/doc/debian-policy/policy.html/*.html"),
    ("git-doc", "usr/share/doc/git-doc/*.html"),
    ("gnu-standards", "usr/share/doc/gnu-standards/*.html"),
)


def ensure() -> Path:
    """The unpacked packages' root, fetching and unpacking them on first use."""
    root = CACHE / "root"
    if (root / PYTHON_DOCS).is_dir() and all(any(root.glob(pattern)) for _, pattern in HTML):
        return root
    debs = CACHE / "debs"
    debs.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *PACKAGES], cwd=debs, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for deb in sorted(debs.glob("*.deb")):
        subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    return root


# reStructuredText inline markup, reduced to its text: :func:`len` -> len, ``x`` -> x, `a <b>`_ -> a
_RST_ROLE = re.compile(r":[a-z:]+:`~?!?([^`<]*?)(?:\s*<[^>]*>)?`")
_RST_LINK = re.compile(r"`([^`<]+?)(?:\s*<[^>]*>)?`_{1,2}")
_RST_LITERAL = re.compile(r"``([^`]+)``")
_RST_EMPHASIS = re.compile(r"\*\*?([^*]+)\*\*?")
_RST_REF = re.compile(r"\[[#*0-9]*\]_|\|[^|]+\|")


def _is_prose(paragraph: str) -> bool:
    """A paragraph of running sentences: at least eight words, starting with a capital letter,
    ending with a full stop, and free of the signs of code or tables."""
    words = paragraph.split()
    return (len(words) >= 8 and paragraph[:1].isupper() and paragraph.rstrip().endswith((".", "?", "!", ":"))
            and not re.search(r"[{}=<>]|\s{3,}|::|\.\.\.|>>>|^\s*[-*+|]", paragraph))


def _rst_paragraphs(text: str) -> Iterator[str]:
    code_follows = False
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        after_colons, code_follows = code_follows, block.rstrip().endswith("::")
        if not lines or after_colons and lines[0][:1].isspace():
            continue  # a literal (code) block after "::"
        lines = [line.strip() for line in lines]
        if lines[0].startswith(("..", "=", "-", "*", "#", "|", "+", ">>>")):
            continue  # directives, headings, lists, tables, sessions
        paragraph = " ".join(line.strip() for line in lines)
        for pattern in (_RST_ROLE, _RST_LINK, _RST_LITERAL, _RST_EMPHASIS):
            paragraph = pattern.sub(r"\1", paragraph)
        paragraph = _RST_REF.sub("", paragraph)
        if "`" not in paragraph and _is_prose(paragraph):
            yield paragraph


class _Paragraphs(html.parser.HTMLParser):
    """The text of each paragraph (<p>, or DocBook's <div class="para">) that holds no listing."""

    SKIP = {"pre", "table"}

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._parts: list[str] | None = None
        self._depth = 0  # <div> elements open inside the current paragraph
        self._tag = ""
    def handle_starttag(self, tag, attrs):
        if self._parts is None:
            if tag == "p" or tag == "div" and ("class", "para") in attrs:
                self._parts, self._depth, self._tag = [], 0, tag
        elif tag == "div":
            self._depth += 1
        elif tag in self.SKIP:
            self._parts = None  # a paragraph with a listing or table in it: not plain prose

    def handle_endtag(self, tag):
        if self._parts is None or tag != self._tag:
            return
        if tag == "div" and self._depth:
            self._depth -= 1
            return
        self.paragraphs.append(" ".join("".join(self._parts).split()))
        self._parts = None

    def handle_data(self, data):
        if self._parts is not None:
            self._parts.append(data)


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) for each source file: its prose paragraphs, one per line."""
    root = ensure()
    for path in sorted((root / PYTHON_DOCS).rglob("*.rst.txt")):
        paragraphs = list(_rst_paragraphs(path.read_text(encoding="utf-8", errors="replace")))
        if paragraphs:
            yield f"python-docs/{path.relative_to(root / PYTHON_DOCS)}", "\n\n".join(paragraphs) + "\n"
    for source, pattern in HTML:
        for path in sorted(root.glob(pattern)):
            parser = _Paragraphs()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            paragraphs = [p for p in parser.paragraphs if _is_prose(p)]
            if paragraphs:
                yield f"{source}/{path.name}", "\n\n".join(paragraphs) + "\n"


def main() -> int:
    counts: dict[str, int] = {}
    for name, text in texts():
        source = name.split("/", 1)[0]
        counts[source] = counts.get(source, 0) + len(text.split())
    for source, words in counts.items():
        print(f"{source}: {words:,} words")
    print(f"total: {sum(counts.values()):,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
