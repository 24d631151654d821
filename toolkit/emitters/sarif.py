"""SARIF 2.1.0 output: one run, the rule catalogue as the driver's rules, a result per finding.

Regions use 1-based lines and columns counted in Unicode code points (`columnKind`), the way zhen
counts them; a fix becomes `fixes[].artifactChanges[].replacements` (deletedRegion, inserted
content). Code scanning services (GitHub's among them) read this format.
"""

from __future__ import annotations

import inspect
import json
import urllib.parse
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..model import Safety, Severity
from ..registry import Rule, all_rules
from .base import Emitter, Located
from .full import describe_edit

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_FIX_TEXT = {Safety.SAFE: "safe fix: `zhen fix`", Safety.UNSAFE: "unsafe fix: `zhen fix --unsafe-fixes`",
             Safety.NONE: "suggestion: review by hand"}


def artifact_uri(path: str) -> str:
    """A relative path stays relative (to the folder zhen ran in); an absolute one becomes file://."""
    if path == "<stdin>":
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return urllib.parse.quote(p.as_posix())


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    doc = inspect.cleandoc(rule.doc)
    examples = [f"- flagged: {e.text}" + (f" → {e.fixed}" if e.fixed is not None else "") for e in rule.bad]
    examples += [f"- not flagged: {g}" for g in rule.good]
    help_text = doc + ("\n\nExamples (⟦ ⟧ marks the finding):\n" + "\n".join(examples) if examples else "")
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVELS[rule.severity], "enabled": rule.default},
        "properties": {"fix": rule.fix.value},
    }


def _region(located: Located, start: int, end: int, snippet: bool = True) -> dict[str, Any]:
    doc = located.doc
    line, column = located.position(start)
    end_line, end_column = located.position(end)
    region: dict[str, Any] = {"startLine": line, "startColumn": column, "endLine": end_line,
                              "endColumn": end_column}
    if snippet and end > start:
        region["snippet"] = {"text": doc.text[start:end]}
    return region


def result(item: Located, rule_index: int) -> dict[str, Any]:
    f = item.finding
    uri = artifact_uri(item.path)
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": _LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                            "region": _region(item, f.start, f.end)}}],
    }
    if f.fix is not None and f.fix.edits:
        text = item.doc.text
        changes = "; ".join(describe_edit(text[e.start:e.end], e.replacement) for e in f.fix.edits)
        out["fixes"] = [{
            "description": {"text": f"{_FIX_TEXT[f.fix.safety]}: {changes}"},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [{"deletedRegion": _region(item, e.start, e.end, snippet=False),
                                  "insertedContent": {"text": e.replacement}} for e in f.fix.edits],
            }],
        }]
        out["properties"] = {"fixSafety": f.fix.safety.value}
    return out


def render_sarif(items: Iterable[Located], errors: Sequence[str] = ()) -> str:
    """The SARIF log of a run; `errors` (files that could not be read) become notifications."""
    return log([result(i, _rule_index()[i.finding.code]) for i in items], errors)


def _rule_index() -> dict[str, int]:
    return {code: i for i, code in enumerate(all_rules())}


def log(results: list[dict[str, Any]], errors: Sequence[str] = ()) -> str:
    rules = list(all_rules().values())
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "zhen",
            "version": __version__,
            "rules": [rule_descriptor(r) for r in rules],
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{
            "executionSuccessful": not errors,
            "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in errors],
        }],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)


class SarifEmitter(Emitter):
    """Each file's results are made where it is checked; the log is written at the end."""

    def __init__(self, out, tally) -> None:
        super().__init__(out, tally)
        self.results: list[dict[str, Any]] = []

    @staticmethod
    def render(path, doc, findings, color=False, offset=0, line=0) -> list[dict[str, Any]]:
        index = _rule_index()
        return [result(Located(path, doc, f, offset, line), index[f.code]) for f in findings]

    def file(self, share: list[dict[str, Any]]) -> None:
        self.results.extend(share)

    def end(self, errors: Sequence[str]) -> None:
        self.out.echo(log(self.results, errors))


EMITTER = SarifEmitter
