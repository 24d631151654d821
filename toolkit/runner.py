"""Checking and fixing files: read, run the engine, write back. The CLI's verbs call these."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .engine import FixResult, check_document, fix_document
from .errors import UserError
from .files import STDIN, Source, expand_paths, read_source
from .model import Finding
from .registry import Rule
from .report import Located


@dataclass
class FileResult:
    source: Source
    doc: Document
    findings: list[Finding] = field(default_factory=list)
    fixed: FixResult | None = None

    @property
    def located(self) -> list[Located]:
        return [Located(self.source.path, self.doc, f) for f in self.findings]

    @property
    def changed(self) -> bool:
        return self.fixed is not None and self.fixed.text != self.source.text


def load(path: str, encoding: str | None = None) -> tuple[Source, Document]:
    source = read_source(path, encoding)
    markdown_hint = None if path != STDIN else False
    return source, Document(source.text, source.path, markdown_hint)


def check_files(paths: Iterable[str], rules: Sequence[Rule], encoding: str | None = None,
                options: Mapping[str, Any] | None = None) -> Iterator[FileResult | UserError]:
    """One result per file, in order; a file that cannot be read yields its error instead.

    `options` are the resolved settings rules read (e.g. "glossary": extra glossary files);
    `resources` built from them (the glossary, its matcher) are shared by all files of the run.
    """
    resources: dict = {}
    for path in paths:
        try:
            source, doc = load(path, encoding)
        except UserError as error:
            yield error
            continue
        yield FileResult(source, doc, check_document(doc, rules, options, resources))


def fix_files(paths: Iterable[str], rules: Sequence[Rule], unsafe: bool = False,
              encoding: str | None = None, options: Mapping[str, Any] | None = None) -> list[FileResult]:
    """Read every file first (so a bad one stops the run before anything is written), then fix.

    Writing is the caller's job: `fix` writes in place, `--diff` prints, `-o` writes elsewhere.
    """
    loaded = [load(path, encoding) for path in paths]
    resources: dict = {}
    results = []
    for source, doc in loaded:
        fixed = fix_document(doc, rules, unsafe=unsafe, options=options, resources=resources)
        results.append(FileResult(source, doc, fixed.remaining, fixed))
    return results


__all__ = ["FileResult", "check_files", "expand_paths", "fix_files", "load"]
