"""False positives on the files packages install: READMEs, change logs, licences, Markdown docs.

benchmarks/native.py measures the rules on 1.2 M words of clean prose paragraphs. The files a
package ships as they are (a Debian `copyright` file with its " ." blank lines, reStructuredText
directives, hard-wrapped licences, changelogs, Markdown READMEs) are native English too, and a
pre-commit check meets files like them. This walks the folders where packages put such files on
this machine, keeps the ones in English (UTF-8, under 2 MB, almost no CJK characters), runs the
default rules on each, and prints findings per 1,000 words per rule, Markdown and plain text
apart. What it finds depends on what is installed: rerun it before and after a change.

    python benchmarks/native_files.py                    # the default folders
    python benchmarks/native_files.py /usr/share/doc --select B103,D106 --details D106
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import sysconfig
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from toolkit.chinese import HAN  # noqa: E402
from toolkit.engine import check_text  # noqa: E402
from toolkit.profile import Profile  # noqa: E402
from toolkit.registry import select_rules  # noqa: E402

FOLDERS = ("/usr/share/doc", "/usr/share/common-licenses", "/usr/lib/python3/dist-packages", "/usr/lib/node_modules",
           "/usr/lib/jvm", sysconfig.get_paths()["purelib"])
TEXT_NAMES = (".txt", ".rst", "README", "NEWS", "TODO", "COPYING", "LICENSE", "AUTHORS", "copyright")
MARKDOWN = (".md", ".markdown")
MAX_BYTES = 2_000_000
VENV = Path(sys.prefix).resolve()  # the packages installed for zhen count, its own files do not
INSTALLED = Path(sysconfig.get_paths()["purelib"], "toolkit").resolve()  # zhen installed, not editable


def files(folders: list[str]) -> list[Path]:
    """The English text and Markdown files under `folders`, each once, this checkout's own left out
    (the packages of a virtual environment inside it count)."""
    found: dict[Path, None] = {}
    for folder in folders:
        for path, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.endswith(MARKDOWN) or name.endswith(TEXT_NAMES):
                    full = Path(path, name).resolve()
                    if (ROOT not in full.parents or VENV in full.parents) and INSTALLED not in full.parents \
                            and full.is_file():
                        found[full] = None
    return list(found)


def english(path: Path) -> str | None:
    """The file's text, or None when it is large, not UTF-8, or holds Chinese (a translation)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return None if len(HAN.findall(text)) * 100 > len(text) else text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(FOLDERS))
    parser.add_argument("--select", help="rule codes, comma-separated (default: the default rules)")
    parser.add_argument("--details", metavar="CODE", help="print where CODE fires")
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args()
    codes = set(args.select.split(",")) if args.select else None
    profile = Profile([r for r in select_rules() if codes is None or r.code in codes])
    words, counts = Counter(), {"markdown": Counter(), "text": Counter()}
    shown = []
    for path in files([f for f in args.folders if os.path.isdir(f)]):
        text = english(path)
        if text is None:
            continue
        kind = "markdown" if path.name.endswith(MARKDOWN) else "text"
        words[kind] += len(text.split())
        for finding in check_text(text, str(path), profile):
            counts[kind][finding.code] += 1
            if finding.code == args.details:
                shown.append(f"{path}: {text[max(0, finding.start - 50):finding.end + 50]!r}")
    for kind in ("text", "markdown"):
        total = sum(counts[kind].values())
        per = 1000 / words[kind] if words[kind] else 0
        print(f"{kind}: {words[kind]:,} words, {total} findings, {total * per:.3f} per 1,000 words")
        for code, n in counts[kind].most_common():
            print(f"  {code:6s} {n:6d}  {n * per:.3f}{'  over 0.2' if n * per > 0.2 else ''}")
    print("\n".join(shown))
    if args.json:
        args.json.write_text(json.dumps({"words": words, "per_rule": counts}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
