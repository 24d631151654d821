"""Rendering findings: concise and full text, JSON, GitHub annotations, statistics, unified diffs.

SARIF lives in `sarif.py`. No rule logic here. Colour is the caller's decision (`color=`): the CLI
turns it on only for a terminal and never when NO_COLOR is set.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .document import Document
from .model import Finding, Safety, Severity

FIX_MARKERS = {Safety.SAFE: "[*] ", Safety.UNSAFE: "[~] "}
_COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class Located(NamedTuple):  # a named tuple: one is made per finding printed
    """A finding with the document it was found in, for rendering positions.

    A file checked in sections (toolkit/sections.py) gives each section as `doc`; `offset` and
    `line` are the characters and lines of the file before it, so positions shown are the file's.
    """

    path: str
    doc: Document
    finding: Finding
    offset: int = 0
    line: int = 0

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of an offset into `doc`."""
        line, column = self.doc.position(offset)
        return line + self.line, column


def marker(finding: Finding) -> str:
    return FIX_MARKERS.get(finding.fix.safety, "") if finding.fix else ""


def _style(text: str, color: bool, **style) -> str:
    if not color:
        return text
    import click  # already loaded by the CLI, the only caller that asks for colour

    return click.style(text, **style)


def text_line(item: Located, color: bool = False) -> str:
    """The concise format: `path:line:col: CODE [*] message`."""
    f = item.finding
    line, column = item.position(f.start)
    if not color:  # the common case, once per finding: no styling calls
        return _concise(item.path, line, column, f)
    where = _style(f"{item.path}:{line}:{column}:", color, bold=True)
    code = _style(f.code, color, fg=_COLORS[f.severity], bold=True)
    return f"{where} {code} {marker(f)}{f.message}"


def _concise(path: str, line: int, column: int, f: Finding) -> str:
    return f"{path}:{line}:{column}: {f.code} {marker(f)}{f.message}"


def rendered_lines(path: str, doc: Document, findings: Sequence[Finding], output_format: str,
                   color: bool = False, offset: int = 0, line: int = 0) -> str:
    """Every finding of a document in a line format (LINE_FORMATS), each line ending in a line
    break; `offset` and `line` as in Located. The concise format without colour, the default
    and the most common, skips making a Located per finding (a crawl has millions)."""
    if output_format in CONCISE_FORMATS and not color:
        starts, find_line = doc.line_starts, bisect.bisect_right
        out = []
        for f in findings:
            at = find_line(starts, f.start)
            out.append(f"{_concise(path, at + line, f.start - starts[at - 1] + 1, f)}\n")
        return "".join(out)
    render = line_renderer(output_format, color)
    return "".join(f"{render(Located(path, doc, f, offset, line))}\n" for f in findings)


# -- full: the line, a caret under the span, the suggested change ----------------------------------
EXCERPT_WIDTH = 100  # display columns of a line shown; longer lines are cut around the span
_FIX_LABELS = {Safety.SAFE: "fix", Safety.UNSAFE: "unsafe fix (--unsafe-fixes)", Safety.NONE: "suggestion"}


def full_text(item: Located, color: bool = False) -> str:
    """The concise line, then the source line with carets under the span and the fix, if any."""
    f = item.finding
    doc = item.doc
    local_line, _ = doc.position(f.start)
    line_no = local_line + item.line
    span = doc.lines()[local_line - 1]
    end = min(f.end, span.end)
    shown, carets = excerpt(doc.text[span.start:span.end], f.start - span.start, end - span.start)
    if f.end > span.end:
        carets += "…"
    gutter = " " * len(str(line_no))
    bar = _style("|", color, fg="blue")
    out = [text_line(item, color), f"{gutter} {bar}",
           f"{_style(str(line_no), color, fg='blue')} {bar} {shown}",
           f"{gutter} {bar} {_style(carets, color, fg=_COLORS[f.severity], bold=True)}"]
    if f.fix is not None:
        label = _FIX_LABELS[f.fix.safety]
        for edit in f.fix.edits[:3]:
            change = describe_edit(doc.text[edit.start:edit.end], edit.replacement)
            out.append(f"{gutter} = {_style(label, color, fg='green')}: {change}")
        if len(f.fix.edits) > 3:
            out.append(f"{gutter} = … and {len(f.fix.edits) - 3} more edits")
    return "\n".join(out)


def describe_edit(old: str, new: str) -> str:
    if not new:
        return f"delete {_quote(old)}"
    if not old:
        return f"insert {_quote(new)}"
    return f"replace {_quote(old)} with {_quote(new)}"


def _quote(text: str, limit: int = 60) -> str:
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    import json  # only output that needs it pays for the import

    return json.dumps(text, ensure_ascii=False)


def _width(char: str) -> int:
    if char == "\t":
        return 1  # shown as one space, so carets line up whatever the tab stops
    if unicodedata.combining(char) or unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def excerpt(line: str, start: int, end: int, width: int = EXCERPT_WIDTH) -> tuple[str, str]:
    """(the line as shown, a caret line under [start, end)), both cut to about `width` columns
    around the span; wide (CJK) characters count two columns so the carets stay aligned."""
    first, last = 0, len(line)
    total = sum(_width(c) for c in line)
    if total > width:
        # Keep a little context before the span, then as much as fits after it.
        first = start
        budget = width // 4
        while first > 0 and budget - _width(line[first - 1]) >= 0:
            budget -= _width(line[first - 1])
            first -= 1
        used, last = 0, first
        while last < len(line) and used + _width(line[last]) <= width:
            used += _width(line[last])
            last += 1
    prefix = "…" if first > 0 else ""
    suffix = "…" if last < len(line) else ""
    shown = prefix + line[first:last].replace("\t", " ") + suffix
    pad = len(prefix) + sum(_width(c) for c in line[first:start])
    span_width = sum(_width(c) for c in line[start:min(end, last)])
    return shown, " " * pad + "^" * max(1, span_width)


# -- GitHub Actions workflow commands ---------------------------------------------------------------
_GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def github_escape_data(text: str) -> str:
    """Escape a workflow command's message: %, CR and LF (GitHub's escapeData)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(text: str) -> str:
    """Escape a property value: as data, plus ":" and "," (GitHub's escapeProperty)."""
    return github_escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(item: Located) -> str:
    """`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`.

    Columns are 1-based characters; endColumn is the span's last character (inclusive), as in
    GitHub's annotations, where a one-character span starts and ends on the same column.
    """
    f = item.finding
    line, column = item.position(f.start)
    end_line, end_column = item.position(max(f.start, f.end - 1))
    props = {"file": item.path, "line": line, "col": column, "endLine": end_line,
             "endColumn": end_column, "title": f"{f.code} {f.name}"}
    rendered = ",".join(f"{k}={github_escape_property(str(v))}" for k, v in props.items())
    return f"::{_GITHUB_LEVELS[f.severity]} {rendered}::{github_escape_data(marker(f) + f.message)}"


def to_json(item: Located) -> dict:
    f = item.finding
    doc = item.doc
    line, column = item.position(f.start)
    end_line, end_column = item.position(f.end)
    fix = None
    if f.fix is not None:
        edits = []
        for e in f.fix.edits:
            edit_line, edit_column = item.position(e.start)
            edits.append({"offset": e.start + item.offset, "end_offset": e.end + item.offset,
                          "replacement": e.replacement, "line": edit_line, "column": edit_column})
        fix = {"safety": f.fix.safety.value, "edits": edits}
    return {
        "path": item.path, "line": line, "column": column, "end_line": end_line,
        "end_column": end_column, "offset": f.start + item.offset, "end_offset": f.end + item.offset, "code": f.code,
        "name": f.name, "severity": f.severity.value, "message": f.message,
        "text": doc.text[f.start:f.end], "fix": fix,
    }


def render_json(items: Iterable[Located]) -> str:
    import json  # only output that needs it pays for the import

    return json.dumps([to_json(i) for i in items], ensure_ascii=False, indent=2)


# -- run totals and per-document density, kept as the files stream past -----------------------------
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs (BMP)
# A word: one ideograph (Chinese has no spaces; a run left untranslated weighs by its length), or
# a run of letters and digits with inner apostrophes ("don't"); lone punctuation is no word.
_WORD = f"[{_IDEOGRAPH}]|(?:(?![{_IDEOGRAPH}])[^\\W_])+(?:['’](?:(?![{_IDEOGRAPH}])[^\\W_])+)*"
DENSITY_WORDS = 1000  # density is findings per this many words
WORST_SHOWN = 20  # documents listed by --statistics in text form; JSON lists every one


def word_count(text: str) -> int:
    """Words, for artifact density per 1,000 words."""
    return len(re.findall(_WORD, text))  # compiled on first use (re caches it): start-up counts


class Counted(NamedTuple):
    """What a Tally needs of a finding: its rule, and how far its fix may be applied."""

    code: str
    name: str
    safety: str | None = None  # the fix's Safety value ("safe", "unsafe", "none"); None: no fix


Counts = dict  # Counted -> how many findings of a document are that: what workers send back


def counted(findings: Iterable[Finding]) -> Counts:
    """A document's findings counted by rule, name and fix safety: a few entries per document, so
    a worker pickles and the printing process unpickles a few objects, not one per finding."""
    # Counted as plain tuples, then named: a named tuple per finding took twice as long.
    plain = Counter([(f.code, f.name, f.fix.safety if f.fix else None) for f in findings])
    return {Counted(code, name, safety.value if safety else None): n for (code, name, safety), n in plain.items()}


def counts_of(items: Iterable[Counted]) -> Counts:
    return dict(Counter(items))


_SAFE, _UNSAFE = Safety.SAFE.value, Safety.UNSAFE.value


class Tally:
    """What the summary and --statistics need, accumulated file by file so no document is kept."""

    def __init__(self, per_document: bool = False) -> None:
        self.per_document = per_document  # keep one small dict per document (--statistics)
        self.findings = self.safe = self.unsafe = self.files_with_findings = 0
        self.by_rule: Counter = Counter()
        self.names: dict[str, str] = {}
        self.fixable: set[str] = set()
        self.documents: list[dict] = []
        self._last_path: str | None = None
        self._last_had_findings = False

    def add(self, path: str, counts: Counts, words: int = 0) -> None:
        """Count one document's findings (see `counted`), or one more section of the document
        counted last; `words` (see word_count) matters only with per_document."""
        same = path == self._last_path
        found = sum(counts.values())
        self.findings += found
        self.files_with_findings += bool(found) and not (same and self._last_had_findings)
        self._last_had_findings = bool(found) or (same and self._last_had_findings)
        self._last_path = path
        by_rule: Counter = Counter()
        for (code, name, safety), n in counts.items():
            by_rule[code] += n
            self.names[code] = name
            if safety == _SAFE:
                self.safe += n
                self.fixable.add(code)
            elif safety == _UNSAFE:
                self.unsafe += n
                self.fixable.add(code)
        self.by_rule.update(by_rule)
        if self.per_document:
            if same:  # a further section of the same file
                last = self.documents.pop()
                words, found = words + last["words"], found + last["findings"]
                by_rule += Counter(last["by_rule"])
            self.documents.append({
                "path": path, "words": words, "findings": found,
                "density": round(found * DENSITY_WORDS / words, 2) if words else 0.0,
                "by_rule": dict(sorted(by_rule.items())),
            })

    def worst_documents(self) -> list[dict]:
        return sorted(self.documents, key=lambda d: (-d["density"], -d["findings"], d["path"]))

    def rules(self) -> list[dict]:
        return [{"code": code, "name": self.names[code], "count": n, "fixable": code in self.fixable}
                for code, n in sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))]


def summary(tally: Tally) -> str:
    if not tally.findings:
        return "No findings."
    n, files = tally.findings, tally.files_with_findings
    text = f"Found {n} finding{'s' * (n != 1)} in {files} file{'s' * (files != 1)}."
    if tally.safe:
        text += f"\n[*] {tally.safe} fixable with `zhen fix`."
    if tally.unsafe:
        text += f"\n[~] {tally.unsafe} more with `zhen fix --unsafe-fixes`."
    return text


def statistics(tally: Tally) -> str:
    """Counts by rule, then the documents with the most findings per 1,000 words."""
    if not tally.findings:
        return "No findings."
    rows = [f"{r['count']:6d}  {r['code']}  {r['name']}{'  [fixable]' if r['fixable'] else ''}"
            for r in tally.rules()]
    worst = [d for d in tally.worst_documents() if d["findings"]]
    if len(tally.documents) > 1 and worst:
        rows += ["", f"Documents by findings per {DENSITY_WORDS:,} words (worst first):",
                 f"{'density':>8s}  {'findings':>8s}  {'words':>8s}  path"]
        rows += [f"{d['density']:8.1f}  {d['findings']:8d}  {d['words']:8d}  {d['path']}"
                 for d in worst[:WORST_SHOWN]]
        if len(worst) > WORST_SHOWN:
            rows.append(f"… and {len(worst) - WORST_SHOWN} more (--format json lists every document)")
    return "\n".join(rows)


def statistics_json(tally: Tally) -> str:
    import json  # only output that needs it pays for the import

    return json.dumps({"rules": tally.rules(), "documents": tally.worst_documents()},
                      ensure_ascii=False, indent=2)


CONCISE_FORMATS = ("text", "concise")  # two names of one format: path:line:col: CODE message
LINE_FORMATS = (*CONCISE_FORMATS, "full", "github", "jsonl")  # one or more lines per finding


def line_renderer(output_format: str, color: bool = False) -> Callable[[Located], str]:
    """The function that renders one finding in a line format (LINE_FORMATS)."""
    if output_format == "full":
        return functools.partial(full_text, color=color)
    if output_format == "github":
        return github_line
    if output_format == "jsonl":
        return jsonl_line
    return functools.partial(text_line, color=color)


@functools.cache
def _string():
    from json.encoder import encode_basestring  # JSON string literal, ensure_ascii=False

    return encode_basestring


def jsonl_line(item: Located) -> str:
    """One compact JSON object per finding (--format jsonl), written as each file completes: the
    object `to_json` gives, written out directly, which takes half the time of encoding the dict
    (the jsonl of a large crawl holds millions of findings). tests/test_fuzz_text.py checks that
    it parses to `to_json`'s object."""
    q = _string()
    f, offset = item.finding, item.offset
    line, column = item.position(f.start)
    end_line, end_column = item.position(f.end)
    fix = "null"
    if f.fix is not None:
        edits = []
        for e in f.fix.edits:
            edit_line, edit_column = item.position(e.start)
            edits.append(f'{{"offset": {e.start + offset}, "end_offset": {e.end + offset}, '
                         f'"replacement": {q(e.replacement)}, "line": {edit_line}, "column": {edit_column}}}')
        fix = f'{{"safety": "{f.fix.safety.value}", "edits": [{", ".join(edits)}]}}'
    return (f'{{"path": {q(item.path)}, "line": {line}, "column": {column}, "end_line": {end_line}, '
            f'"end_column": {end_column}, "offset": {f.start + offset}, "end_offset": {f.end + offset}, '
            f'"code": {q(f.code)}, "name": {q(f.name)}, "severity": "{f.severity.value}", '
            f'"message": {q(f.message)}, "text": {q(item.doc.text[f.start:f.end])}, "fix": {fix}}}')


def unified_diff(path: str, old: str, new: str) -> str:
    import difflib  # only `fix --diff` needs it

    return "".join(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{path}", tofile=f"b/{path}",
    ))
