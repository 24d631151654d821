"""Checking and fixing files: read, run the engine, write back. The CLI's verbs call these."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from .document import Document
from .engine import FixResult, check_document, fix_document
from .errors import UserError
from .files import STDIN, Source, expand_paths, read_source
from .model import Finding, Severity
from .parallel import in_process, map_ordered
from . import sections
from .profile import Profile
from .emitters import emitter_class
from .tally import Counts, counted, word_count

if TYPE_CHECKING:
    from .config import Settings

# Per-file settings (config.Resolver): rules, options, fail-on and exclusion for a path.
SettingsFor = Callable[[str], "Settings"]


class FileResult(NamedTuple):
    source: Source
    doc: Document
    findings: list[Finding]
    fixed: FixResult | None = None
    fail_on: Severity = Severity.INFO  # findings below this severity do not fail the run
    section: tuple[int, int] = (0, 0)  # characters and lines before `doc` when a file is checked in sections

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if f.severity.rank >= self.fail_on.rank]

    @property
    def changed(self) -> bool:
        return self.fixed is not None and self.fixed.text != self.source.text

    def __reduce__(self):
        # Sent back from a worker without the document's cached structure (lines, regions):
        # the receiver rebuilds the document from the text it already carries.
        return _rebuild, (self.source, self.doc.is_markdown, self.findings, self.fixed, self.fail_on,
                          self.section)


def _rebuild(source: Source, markdown: bool, findings: list[Finding], fixed: FixResult | None,
             fail_on: Severity, section: tuple[int, int]) -> FileResult:
    return FileResult(source, Document(source.text, source.path, markdown), findings, fixed, fail_on, section)


CATALOG_SUFFIXES = (".po", ".pot")


def is_catalog(path: str) -> bool:
    return path.lower().endswith(CATALOG_SUFFIXES)


def checker_for(path: str) -> Callable[..., list[Finding]]:
    """How a file is checked: a PO catalog entry by entry (catalog.check_catalog), any other
    document whole (engine.check_document)."""
    if not is_catalog(path):
        return check_document
    from .gettext.catalog import check_catalog  # on first use: polib is not needed for plain documents

    return check_catalog


def load(path: str, encoding: str | None = None) -> tuple[Source, Document]:
    source = read_source(path, encoding)
    return source, document_of(source, path)


def document_of(source: Source, path: str) -> Document:
    markdown_hint = None if path != STDIN else False
    return Document(source.text, source.path, markdown_hint)


class Task(NamedTuple):
    """One file's work, as sent to a worker process: everything is picklable by value (a Profile
    travels as its description and is rebuilt once per worker, Profile.of)."""

    path: str  # as given: what output shows
    profile: Profile
    fail_on: Severity
    encoding: str | None
    source: Source | None = None  # already read (stdin; fix reads every file before any work)
    unsafe: bool = False
    render: str = ""  # check: the output format (emitters.FORMATS) findings are rendered in, here
    color: bool = False
    count_words: bool = False
    split: bool = False  # a large document may be checked by two processes (engine.check_document)

    def read(self) -> Source:
        if self.source is not None:
            return self.source
        # Read by absolute path, since a Dask worker may run elsewhere in the (shared) file
        # system, but keep the path as given so output is the same as a local run's.
        location = os.path.abspath(self.path)
        try:
            return read_source(location, self.encoding)._replace(path=self.path)
        except UserError as error:
            if error.path == location:
                error.path = self.path
            raise


def _tasks(paths: Iterable[str], settings: SettingsFor, encoding: str | None, **extra: Any) -> list[Task]:
    tasks = []
    for path in paths:
        chosen = settings(path)
        if not chosen.excluded:
            tasks.append(Task(path, chosen.profile, chosen.fail_on, encoding, **extra))
    return tasks


def check_task(task: Task) -> FileResult | UserError:
    """Check one file; a file that cannot be read or checked gives its error instead."""
    try:
        source = task.read()
        doc = document_of(source, task.path)
        check = checker_for(source.path)
        findings = check(doc, task.profile, split=True) if task.split and check is check_document else \
            check(doc, task.profile)
    except UserError as error:
        return error
    return FileResult(source, doc, findings, fail_on=task.fail_on)


class Checked(NamedTuple):
    """A file checked and rendered where it was checked: what the CLI prints and counts, without
    the document, so a worker sends back little and the printing process does little."""

    path: str
    share: Any  # this file's share of the output (Emitter.render): UTF-8 lines, or items
    findings: Counts  # the findings counted by rule: all the totals need
    words: int  # word_count of the text, when asked for (per-document statistics), else 0
    failing: int


def rendered(result: FileResult, task: Task) -> Checked:
    # Rendered here, in the worker: the printing process copies what it is sent to its output.
    share = emitter_class(task.render).render(result.source.path, result.doc, result.findings, task.color,
                                              *result.section)
    words = word_count(result.source.text) if task.count_words else 0
    return Checked(result.source.path, share, counted(result.findings), words, len(result.failing))


def render_task(task: Task) -> Checked | UserError:
    result = check_task(task)
    return result if isinstance(result, UserError) else rendered(result, task)


def _is_large(task: Task) -> bool:
    try:
        return (task.source is None and not is_catalog(task.path)
                and os.path.getsize(task.path) > sections.LARGE_FILE)
    except OSError:
        return False  # reading it will say what is wrong


def check_sections(task: Task) -> Iterator[FileResult | UserError]:
    """Check a file too large to hold section by section (toolkit/sections.py), in this process."""
    try:
        for section in sections.read_sections(task.path, task.encoding, sections.SECTION_CHARS):
            doc = Document(section.text, task.path)
            chosen = [r for r in task.profile.rules if r.runs_on(section.first, section.last)]
            findings = check_document(doc, task.profile, chosen)
            yield FileResult(Source(task.path, section.text), doc, findings, fail_on=task.fail_on,
                             section=(section.offset, section.line))
    except UserError as error:
        yield error


def fix_task(task: Task) -> FileResult | UserError:
    """Fix one file (already read); a catalog that cannot be parsed gives its error instead."""
    source = task.source
    doc = document_of(source, task.path)
    try:
        fixed = fix_document(doc, task.profile, unsafe=task.unsafe, checker=checker_for(source.path))
    except UserError as error:
        return error
    return FileResult(source, doc, fixed.remaining, fixed, task.fail_on)


def check_files(paths: Iterable[str], settings: SettingsFor, encoding: str | None = None,
                jobs: int = 1, scheduler: str | None = None) -> Iterator[FileResult | UserError]:
    """One result per file, in order; a file that cannot be read yields its error instead.

    `settings` gives each file's profile and fail-on (config.Resolver: the project configuration
    with the command line on top) and leaves out excluded files. `jobs` worker processes, or the
    Dask cluster at `scheduler`, do the work; results come back in the order of `paths` either
    way. A file too large to hold comes as a result per section.
    """
    tasks = _tasks(paths, settings, encoding)
    yield from _run(tasks, encoding, check_task, lambda result, task: result, jobs, scheduler)


def check_and_render(paths: Iterable[str], settings: SettingsFor, render: str, encoding: str | None = None,
                     jobs: int = 1, scheduler: str | None = None, color: bool = False,
                     count_words: bool = False) -> Iterator[Checked | UserError]:
    """As check_files, but each file is rendered in output format `render` where it is checked
    (emitters.FORMATS, or emitters.STATISTICS): what `zhen check` prints."""
    tasks = _tasks(paths, settings, encoding, render=render, color=color, count_words=count_words)
    yield from _run(tasks, encoding, render_task, rendered, jobs, scheduler)


def _run(tasks: list[Task], encoding: str | None, work: Callable, finish: Callable, jobs: int,
         scheduler: str | None) -> Iterator[Any]:
    tasks = [t._replace(source=read_source(t.path, encoding)) if t.path == STDIN else t for t in tasks]
    # Runs of ordinary files go to the workers; a very large file streams here, in sections.
    start = 0
    while start < len(tasks):
        if _is_large(tasks[start]):
            for result in check_sections(tasks[start]):
                yield result if isinstance(result, UserError) else finish(result, tasks[start])
            start += 1
            continue
        end = start
        while end < len(tasks) and not _is_large(tasks[end]):
            end += 1
        batch = tasks[start:end]
        if jobs > 1 and in_process(len(batch), jobs, scheduler):
            # Too few files for a pool: the second CPU may check part of a large one instead.
            batch = [t._replace(split=True) for t in batch]
        yield from map_ordered(work, batch, jobs, scheduler)
        start = end


def fix_files(paths: Iterable[str], settings: SettingsFor, unsafe: bool = False,
              encoding: str | None = None, progress: Callable[[], None] | None = None,
              jobs: int = 1, scheduler: str | None = None,
              errors: list[UserError] | None = None) -> list[FileResult]:
    """Read every file first (so a bad one stops the run before anything is written), then fix.

    With an `errors` list, a file that cannot be read or parsed (binary, undecodable, a malformed
    catalog) is added to it and left out instead, so the others are still fixed (`zhen fix` over
    a folder). Writing is the caller's job: `fix` writes in place, `--diff` prints, `-o` writes
    elsewhere. `settings`, `jobs` and `scheduler` as in `check_files`; `progress` is called after
    each file.
    """
    tasks = []
    for task in _tasks(paths, settings, encoding, unsafe=unsafe):
        try:
            tasks.append(task._replace(source=read_source(task.path, encoding)))
        except UserError as error:
            if errors is None:
                raise
            errors.append(error)
            if progress is not None:
                progress()
    results = []
    for result in map_ordered(fix_task, tasks, jobs, scheduler):
        if progress is not None:
            progress()
        if isinstance(result, UserError):
            if errors is None:
                raise result
            errors.append(result)
            continue
        results.append(result)
    return results


__all__ = ["Checked", "FileResult", "check_and_render", "check_files", "expand_paths", "fix_files", "load"]
