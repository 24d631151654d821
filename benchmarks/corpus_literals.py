"""List string literals of the code that occur word for word in the development corpus.

A rule that holds a phrase copied from one corpus document has learned the sample, not the
language (see docs/quality.md). This lists every string literal in `toolkit/` (code, rule
examples, docstrings excluded) of three words or more, or of two words and twelve characters, that occurs in
a text of the corpus (raw and clean), with where it is and where the corpus has it. `--since REV`
lists only literals on lines changed since that git revision.

    python benchmarks/corpus_literals.py [CORPUS_DIR] [--since REV]

Exit status 1 when something is listed, so it can gate a commit.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the string constants of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    # Rule examples mark their span with ⟦ ⟧: the text is what the marks surround.
    return [(node.lineno, node.value.replace("⟦", "").replace("⟧", "")) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def worth_checking(text: str) -> bool:
    """Long enough that finding it in the corpus is not chance: three words, or two words and
    twelve characters (a single word, however long, is vocabulary, not a copied phrase)."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 3 or (len(words) == 2 and len(text.strip()) >= 12)


def changed_lines(since: str) -> dict[str, set[int]]:
    """Lines added or changed since `since`, per file (git diff -U0)."""
    out = subprocess.run(["git", "diff", "-U0", since, "--", "toolkit"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    changed: dict[str, set[int]] = {}
    current = ""
    for line in out.splitlines():
        if line.startswith("+++ b/"):
            current = line[6:]
        elif line.startswith("@@"):
            start, _, count = re.search(r"\+(\d+)(,(\d+))?", line).groups()
            changed.setdefault(current, set()).update(range(int(start), int(start) + int(count or 1)))
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--since", help="only literals on lines changed since this git revision")
    args = parser.parse_args()
    texts = {p.relative_to(args.corpus).as_posix(): p.read_text(encoding="utf-8")
             for sub in ("raw", "clean") for p in sorted((args.corpus / sub).glob("*.*"))}
    if not texts:
        print(f"{args.corpus}: no corpus texts", file=sys.stderr)
        return 2
    changed = changed_lines(args.since) if args.since else None
    listed = 0
    for path in sorted((ROOT / "toolkit").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if changed is not None and rel not in changed:
            continue
        for line, text in literals(path):
            if changed is not None and line not in changed[rel]:
                continue
            if not worth_checking(text):
                continue
            where = [name for name, body in texts.items() if text in body]
            if where:
                listed += 1
                print(f"{rel}:{line}: {text!r} in {', '.join(where[:3])}{' ...' if len(where) > 3 else ''}")
    print(f"{listed} literal(s) found in the corpus", file=sys.stderr)
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
