"""Write glossary/native-reference.tsv: how often each English form of the glossary occurs in
native English.

The native text is the 1.24 M words of prose that Debian documentation packages ship
(`benchmarks/native.py`, fetched into its cache on first use) and the human-written texts of the
development corpus (`../shared/corpus/dev/clean/*.txt` and `*.md`, read in place, never copied).
For every `mt` rendering and every `en` and `also` form of the bundled glossary, the list gives the
number of occurrences: lower-cased, word-bounded (a form never spans punctuation), every word
compared in its singular so plural forms count ("business units" counts for "business unit").

`zhen glossary check` reads it: a rendering of kind `certain` that occurs here is an error (native
English uses it, so it is `ambiguous` at best), and a rendering missing from the list means the list
is stale. Regenerate after editing the glossary:

    python benchmarks/native_reference.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from toolkit.glossary.checks import _stem  # noqa: E402
from toolkit.glossary.store import NATIVE_REFERENCE, bundled_files  # noqa: E402

CLEAN = ROOT.parent / "shared" / "corpus" / "dev" / "clean"
OUTPUT = ROOT / "glossary" / NATIVE_REFERENCE
# Words and single punctuation marks: a form matches whole words only and never across a mark.
TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")


def tokens(text: str) -> list[str]:
    return [_stem(t) for t in TOKEN.findall(text.lower())]


def native_texts() -> list[tuple[str, str]]:
    import native

    texts = list(native.texts())
    for pattern in ("*.txt", "*.md"):
        texts += [(f"clean/{p.name}", p.read_text(encoding="utf-8")) for p in sorted(CLEAN.glob(pattern))]
    return texts


def forms() -> set[str]:
    """Read with tomllib, not load_glossary: the list must be writable while the files fail checks."""
    import tomllib

    found = set()
    for path in bundled_files():
        for term in tomllib.loads(path.read_text(encoding="utf-8")).get("term", []):
            found.update(" ".join(r["text"].split()).lower() for r in term.get("mt", []))
            found.update(f.strip().lower() for f in (term["en"], *term.get("also", [])))
    return found


def count(texts: list[tuple[str, str]], wanted: set[str]) -> dict[str, int]:
    keys = {form: tuple(tokens(form)) for form in wanted}
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for key in keys.values():
        if key:
            by_length.setdefault(len(key), set()).add(key)
    seen: Counter = Counter()
    for _, text in texts:
        words = tokens(text)
        for n, group in by_length.items():
            for i in range(len(words) - n + 1):
                gram = tuple(words[i:i + n])
                if gram in group:
                    seen[gram] += 1
    return {form: seen[key] for form, key in keys.items()}


def main() -> None:
    texts = native_texts()
    words = sum(len(re.findall(r"\S+", text)) for _, text in texts)
    counts = count(texts, forms())
    files = ", ".join(p.name for p in bundled_files())
    lines = [
        "# Native-English reference list for `zhen glossary check` (glossary/README.md).",
        "# Occurrences of each mt rendering and each en/also form of the bundled glossary in native English:",
        f"# {len(texts)} texts, {words:,} words: the prose of Debian documentation packages (benchmarks/native.py)",
        "# and the human-written texts of ../shared/corpus/dev/clean/. Lower-cased, word-bounded, plural-blind.",
        f"# Glossary files: {files}.",
        "# Generated; do not edit. Regenerate: python benchmarks/native_reference.py",
        "# form\tcount",
    ]
    lines += [f"{form}\t{counts[form]}" for form in sorted(counts)]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = sum(1 for c in counts.values() if c)
    print(f"{OUTPUT.relative_to(ROOT)}: {len(counts)} forms, {found} found in {words:,} native words")


if __name__ == "__main__":
    main()
