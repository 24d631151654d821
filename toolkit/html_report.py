"""The HTML review report (`zhen report`) and the searchable glossary page
(`zhen glossary export --format html`): self-contained pages an editor opens in a browser.

Both are rendered by Jinja2 with autoescaping. Untrusted text (documents, glossary data) reaches
the page only as JSON inside <script type="application/json"> blocks, through Jinja's `tojson`
(which escapes <, >, & and '), and the page's own script turns it into DOM nodes with textContent,
so a document holding "<script>" or "</textarea>" shows as text and runs nothing. A
Content-Security-Policy meta tag allows only the page's own inline script and style, by hash.

The report streams: documents are checked, rendered and written one at a time, and the browser
builds a document's view only when it is opened, so neither the command nor the page holds a
whole corpus at once.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from typing import Any

from .engine import fix_document
from .errors import UserError
from .model import FINDING_ORDER, Finding
from .tally import DENSITY_WORDS, Counted, Tally, counts_of, word_count
from .runner import checker_for

FAMILIES = {"B": "break", "C": "calque", "D": "duplicate", "E": "encoding", "M": "markup",
            "P": "punctuation", "R": "residue", "T": "terms", "Z": "suppression"}
GLOSSARY_RULES = ("T", "C")  # families whose findings may stand for a glossary term


def _environment(command: str = "zhen report"):
    try:
        import jinja2
    except ImportError:
        raise UserError(f"{command} needs Jinja2: pip install 'zhen[report]'") from None
    return jinja2.Environment(
        loader=jinja2.PackageLoader("toolkit", "templates"),
        autoescape=True, trim_blocks=False, lstrip_blocks=False,
    )


def _asset(name: str) -> str:
    return resources.files("toolkit").joinpath("templates", name).read_text(encoding="utf-8")


def csp_hash(code: str) -> str:
    """The CSP source expression that allows exactly this inline script or style."""
    return "sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")


def _inline(name: str) -> tuple[Any, str]:
    from markupsafe import Markup  # installed with Jinja2

    code = _asset(name)
    return Markup(code), csp_hash(code)


# -- the review report ------------------------------------------------------------------------
def _terms(findings: list[Finding], text: str, glossary: Callable[[], Any]) -> list[dict]:
    """Glossary entries behind the findings (a flagged rendering, or a term named in them);
    `glossary` is called only when a finding may stand for a term."""
    from .glossary.lookup import lookup

    seen, terms = set(), []
    for f in findings:
        if not f.code.startswith(GLOSSARY_RULES):
            continue
        found = text[f.start:f.end]
        for match in lookup(glossary(), found):
            if match.term.zh not in seen:
                seen.add(match.term.zh)
                terms.append({"zh": match.term.zh, "en": match.term.en, "found": found,
                              "source": match.term.source})
    return terms


# Line breaks as JavaScript's text.split(/\r\n|\n|\r/) sees them: the page splits the original and
# fixed text itself, so the diff is sent as line ranges, not as a third and fourth copy of the text.
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def diff_ranges(old: str, new: str) -> list[tuple[bool, int, int, int, int]]:
    """Aligned line ranges (changed, original lines i1:i2, fixed lines j1:j2), from difflib."""
    a, b = _LINE_BREAK.split(old), _LINE_BREAK.split(new)
    return [(tag != "equal", i1, i2, j1, j2)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()]


def document_data(result, profile) -> dict:
    """What the page needs for one checked file: a runner.FileResult and the Profile it was
    checked with (the files of one configuration share it, and its glossary)."""
    text = result.source.text
    # The fixed view is what `zhen fix` writes: in a PO catalog only the msgstr blocks change.
    fixed = fix_document(result.doc, profile, checker=checker_for(result.source.path)).text
    findings = sorted(result.findings, key=FINDING_ORDER)
    words = word_count(text)
    characters, lines = result.section
    return {
        # A file too large to hold is checked in sections: each is its own document on the page.
        "path": result.source.path + (f" (from line {lines + 1})" if characters else ""),
        "words": words,
        "density": round(len(findings) * DENSITY_WORDS / words, 2) if words else 0.0,
        "by_rule": [f"{code}×{n}" for code, n in sorted(Counter(f.code for f in findings).items())],
        "text": text, "fixed": fixed, "diff": diff_ranges(text, fixed),
        "findings": [{
            "start": f.start, "end": f.end, "code": f.code, "name": f.name, "family": f.code[0],
            "message": f.message, "severity": f.severity.value,
            "replacement": ("".join(e.replacement for e in f.fix.edits) if f.fix else None),
            "safety": f.fix.safety.value if f.fix else None,
        } for f in findings],
        "terms": _terms(findings, text, lambda: profile.glossary),
    }


class _Summary:
    """The summary the template reads after the documents were streamed (so it is complete)."""

    def __init__(self) -> None:
        self._tally = Tally()
        self.documents: list[dict] = []  # one row per document, in the order written (#doc-n)

    def add(self, data: dict) -> dict:
        self._tally.add(data["path"], counts_of(Counted(f["code"], f["name"]) for f in data["findings"]))
        self.documents.append({k: data[k] for k in ("path", "words", "density", "by_rule")}
                              | {"findings": len(data["findings"])})
        return data

    @property
    def count(self) -> int:
        return len(self.documents)

    @property
    def findings(self) -> int:
        return self._tally.findings

    @property
    def rules(self) -> list[dict]:
        return self._tally.rules()



def render_report(documents: Iterable[dict], title: str) -> Iterator[str]:
    """The page, piece by piece, as the `documents` iterator yields each document's data."""
    environment = _environment()
    css, style_hash = _inline("report.css")
    js, script_hash = _inline("report.js")
    summary = _Summary()
    template = environment.get_template("report.html.j2")
    return template.generate(documents=map(summary.add, documents), tally=summary, title=title, css=css,
                             js=js, style_hash=style_hash, script_hash=script_hash, families=FAMILIES)


# -- the glossary page ------------------------------------------------------------------------
def glossary_entries(glossary) -> list[dict]:
    from .chinese import to_traditional
    from .glossary.export import curated_note

    # Searchable in every script a reader may type: simplified, traditional (the entry's PRC form,
    # OpenCC's glyphs and Taiwan standard characters, e.g. 爲 and 為; not Taiwan phrasing, which
    # turns 文件 into 檔案).
    return [{
        "zh": t.zh, "hant": t.zh_hant or to_traditional(t.zh, "s2t"), "tw": to_traditional(t.zh, "s2tw"),
        "opencc": to_traditional(t.zh, "s2t"),
        "en": t.en, "also": list(t.also),
        "mt": [r.text for r in t.mt], "domain": t.domain, "note": curated_note(t.note),
        "source": t.source,
    } for t in sorted(glossary.terms, key=lambda t: (t.domain, t.zh))]


def render_glossary(glossary) -> str:
    environment = _environment("zhen glossary export --format html")
    css, style_hash = _inline("report.css")
    js, script_hash = _inline("glossary.js")
    entries = glossary_entries(glossary)
    return environment.get_template("glossary.html.j2").render(
        entries=entries, count=len(entries), domains=sorted({e["domain"] for e in entries}), css=css, js=js,
        style_hash=style_hash, script_hash=script_hash)
