"""The Examples section of each verb's --help (click epilogs; `\\b` keeps the lines as written).
tests/test_workflows.py checks that every verb has them and that click parses every example."""

from __future__ import annotations

import unicodedata


def _width(text: str) -> int:
    """Columns on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _examples(*lines: tuple[str, str]) -> str:
    width = max(_width(command) for command, _ in lines)
    return "\b\nExamples:\n" + "\n".join(f"  {command}{' ' * (width - _width(command))}  # {what}"
                                           for command, what in lines)


EXAMPLES = {
    "main": _examples(
        ("zhen check notes.txt", "report findings"),
        ("zhen fix notes.txt", "apply the safe fixes in place"),
        ("zhen rules D101", "explain a rule"),
        ("zhen lookup 条块", "a glossary term"),
    ),
    "check": _examples(
        ("zhen check notes.txt crawl/", "files, and the .txt and .md files of folders"),
        ("zhen check --format json notes.txt", "findings with offsets and fixes"),
        ("zhen check --statistics crawl/", "counts by rule, worst documents"),
        ("cat notes.txt | zhen check -", "stdin"),
    ),
    "fix": _examples(
        ("zhen fix notes.txt", "safe fixes, in place"),
        ("zhen fix --diff --unsafe-fixes notes.txt", "show every fix; write nothing"),
        ("zhen fix notes.txt -o clean.txt", "write the fixed text elsewhere"),
        ("zhen fix notes.txt --po review.po", "a review catalog; notes.txt unchanged"),
        ("zhen apply review.po notes.txt", "then: apply the reviewed catalog"),
    ),
    "report": _examples(
        ("zhen report notes.txt -o report.html", "one document"),
        ("zhen report crawl/ --fail-on warning", "exit 1 when a warning or error is found"),
    ),
    "apply": _examples(
        ("zhen fix notes.txt --po review.po", "first: the catalog (notes.txt unchanged)"),
        ("zhen apply review.po notes.txt", "rebuild notes.txt from the reviewed catalog"),
        ("zhen apply --accept-fuzzy review.po notes.txt -o out.txt", "fuzzy entries too, elsewhere"),
    ),
    "config": _examples(
        ("zhen config", "the configuration here"),
        ("zhen config docs/notes.txt", "the configuration that applies to one file"),
    ),
    "rules": _examples(
        ("zhen rules", "every rule, with its fix safety"),
        ("zhen rules T104", "one rule explained, with examples"),
    ),
    "lookup": _examples(
        ("zhen lookup 條塊", "by Chinese, either script"),
        ("zhen lookup 'strips and strips'", "by a bad rendering"),
        ("zhen lookup --scan notes-zh.txt", "glossary terms in a Chinese file"),
        ("zhen lookup --scan-text 加强党的建设", "... in a Chinese text"),
        ("cat notes-zh.txt | zhen lookup --scan - --json", "... in stdin, as JSON"),
    ),
    "glossary": _examples(
        ("zhen glossary check", "validate the bundled glossary"),
        ("zhen glossary stats", "entries by domain, source coverage"),
        ("zhen glossary export --format csv --bom -o terms.csv", "for a spreadsheet"),
    ),
    "glossary check": _examples(
        ("zhen glossary check", "the bundled glossary"),
        ("zhen glossary check my-terms.toml", "your own glossary file"),
    ),
    "glossary stats": _examples(
        ("zhen glossary stats", "the bundled glossary"),
        ("zhen glossary stats --glossary my-terms.toml", "with your own terms added"),
    ),
    "glossary export": _examples(
        ("zhen glossary export", "gettext catalogs in locales/"),
        ("zhen glossary export --format csv --bom -o terms.csv", "CSV a spreadsheet reads as UTF-8"),
        ("zhen glossary export --format tbx -o terms.tbx", "TBX-Basic"),
        ("zhen glossary export --format html -o glossary.html", "a searchable page"),
    ),
    "lsp": _examples(
        ("zhen lsp", "LSP over stdin and stdout (pip install 'zhen[lsp]')"),
        ("zhen lsp --stdio", "the same, as editors write it (docs/editors.md)"),
    ),
}
