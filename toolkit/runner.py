"""Checking and fixing files: read, run the engine, write back. The CLI's verbs call these."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .document import Document
from .engine import FixResult, check_document, fix_document
from .errors import UserError
from .files import STDIN, Source, expand_paths, read_source
from .model import Finding, Severity
from .registry import Rule
from .report import Located

if TYPE_CHECKING:
    from .config import Settings

# Per-file settings (config.Resolver): rules, options, fail-on and exclusion for a path.
SettingsFor = Callable[[str], "Settings"]


@dataclass
class FileResult:
    source: Source
    doc: Document
    findings: list[Finding] = field(default_factory=list)
    fixed: FixResult | None = None
    fail_on: Severity = Severity.INFO  # findings below this severity do not fail the run

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if f.severity.rank >= self.fail_on.rank]

    @property
    def located(self) -> list[Located]:
        return [Located(self.source.path, self.doc, f) for f in self.findings]

    @property
    def changed(self) -> bool:
        return self.fixed is not None and self.fixed.text != self.source.text


CATALOG_SUFFIXES = (".po", ".pot")


def is_catalog(path: str) -> bool:
    return path.lower().endswith(CATALOG_SUFFIXES)


def _catalog_checker():
    # Imported on first use: polib is not needed to check plain documents.
    from .catalog import check_catalog

    return check_catalog


def load(path: str, encoding: str | None = None) -> tuple[Source, Document]:
    source = read_source(path, encoding)
    markdown_hint = None if path != STDIN else False
    return source, Document(source.text, source.path, markdown_hint)


def _per_file(path: str, rules: Sequence[Rule], options: Mapping[str, Any] | None,
              settings: SettingsFor | None) -> tuple[Sequence[Rule], Mapping[str, Any] | None, Severity] | None:
    """(rules, options, fail-on) for a path, None when its configuration excludes it."""
    if settings is None:
        return rules, options, Severity.INFO
    s = settings(path)
    return None if s.excluded else (s.rules, s.options, s.fail_on)


def _resources(shared: dict[str, dict], options: Mapping[str, Any] | None) -> dict:
    # Resources are built from options (the glossary from its files): share them between the
    # files whose options are equal, never between files configured differently.
    return shared.setdefault(repr(sorted((options or {}).items())), {})


def check_files(paths: Iterable[str], rules: Sequence[Rule], encoding: str | None = None,
                options: Mapping[str, Any] | None = None,
                settings: SettingsFor | None = None) -> Iterator[FileResult | UserError]:
    """One result per file, in order; a file that cannot be read yields its error instead.

    `options` are the resolved settings rules read (e.g. "glossary": extra glossary files);
    `resources` built from them (the glossary, its matcher) are shared by all files of the run.
    `settings`, when given, replaces `rules` and `options` per file (project configuration)
    and leaves out excluded files.
    """
    shared: dict[str, dict] = {}
    for path in paths:
        chosen = _per_file(path, rules, options, settings)
        if chosen is None:
            continue
        file_rules, file_options, fail_on = chosen
        try:
            source, doc = load(path, encoding)
        except UserError as error:
            yield error
            continue
        check = _catalog_checker() if is_catalog(source.path) else check_document
        try:
            findings = check(doc, file_rules, file_options, _resources(shared, file_options))
        except UserError as error:
            yield error
            continue
        yield FileResult(source, doc, findings, fail_on=fail_on)


def fix_files(paths: Iterable[str], rules: Sequence[Rule], unsafe: bool = False,
              encoding: str | None = None, options: Mapping[str, Any] | None = None,
              settings: SettingsFor | None = None,
              progress: Callable[[], None] | None = None) -> list[FileResult]:
    """Read every file first (so a bad one stops the run before anything is written), then fix.

    Writing is the caller's job: `fix` writes in place, `--diff` prints, `-o` writes elsewhere.
    `settings` as in `check_files`; `progress` is called after each file is fixed.
    """
    chosen = [(path, c) for path in paths if (c := _per_file(path, rules, options, settings))]
    loaded = [(load(path, encoding), c) for path, c in chosen]
    shared: dict[str, dict] = {}
    results = []
    for (source, doc), (file_rules, file_options, fail_on) in loaded:
        fixed = fix_document(doc, file_rules, unsafe=unsafe, options=file_options,
                             resources=_resources(shared, file_options),
                             checker=_catalog_checker() if is_catalog(source.path) else None)
        results.append(FileResult(source, doc, fixed.remaining, fixed, fail_on))
        if progress is not None:
            progress()
    return results


__all__ = ["FileResult", "check_files", "expand_paths", "fix_files", "load"]
