"""The language server: `zhen lsp`, over stdio, on pygls 2 (see docs/editors.md).

Everything zhen-specific goes through the Python API (toolkit/api.py): `settings_for` finds the
configuration from the document's path as the CLI does, `check_text` and `fix_text` apply it,
with suppression comments, Markdown and PO handling. This module only translates: offsets to
positions (positions.py), findings to diagnostics and code actions, glossary entries to hovers.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any, NamedTuple

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__, api
from ..errors import UserError
from ..model import Fix, Safety, Severity
from .hover import markdown as term_markdown
from .hover import term_at
from .positions import UTF8, UTF16, UTF32, Lines
from .rules import rule_href

FIX_ALL = "source.fixAll.zhen"
SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error,
            Severity.WARNING: types.DiagnosticSeverity.Warning,
            Severity.INFO: types.DiagnosticSeverity.Information}
LABEL = {Safety.SAFE: "", Safety.UNSAFE: " (unsafe: check the result)",
         Safety.NONE: " (suggestion: review it)"}
# The wait after a change before checking: twice what the last check of the document took,
# within these bounds, unless the client sets initializationOptions.debounceMs.
DEBOUNCE_MIN, DEBOUNCE_MAX = 0.02, 0.3


class Checked(NamedTuple):
    """One check of one version of a document."""

    version: int | None
    text: str
    lines: Lines
    issues: list[api.Issue]
    settings: Any  # config.Settings, or None when the configuration has an error
    error: str | None = None


class ZhenServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("zhen", __version__)
        self.checked: dict[str, Checked] = {}
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.cost: dict[str, float] = {}  # seconds the last check of each document took
        self.settings_cache: dict[str | None, Any] = {}
        self.rules_url: str | None = None
        self.debounce: float | None = None

    # -- checking -------------------------------------------------------------------------------
    def settings(self, path: str | None) -> Any:
        if path not in self.settings_cache:
            self.settings_cache[path] = api.settings_for(path)
        return self.settings_cache[path]

    def forget_configuration(self) -> None:
        self.settings_cache.clear()  # and with it the profiles: their glossaries and automata

    def encoding(self) -> str:
        chosen = str(self.workspace.position_encoding or UTF16)
        return chosen if chosen in (UTF8, UTF16, UTF32) else UTF16

    def check(self, uri: str, timed: bool = False) -> Checked:
        """Check the document as it is now (or return the check of this very text)."""
        document = self.workspace.get_text_document(uri)
        text = document.source
        done = self.checked.get(uri)
        if done is not None and done.text == text and done.version == document.version:
            return done
        began = time.perf_counter()
        path = to_fs_path(uri) if uri.startswith("file:") else None
        markdown = True if document.language_id == "markdown" else None
        lines = Lines(text, self.encoding())
        try:
            settings = self.settings(path)
            issues = api.check_text(text, path, config=settings, markdown=markdown)
            done = Checked(document.version, text, lines, issues, settings)
        except UserError as error:
            done = Checked(document.version, text, lines, [], None, f"zhen: error: {error}")
        self.checked[uri] = done
        if timed:  # checks after changes only: the first may build the glossary's automata
            self.cost[uri] = time.perf_counter() - began
        return done

    def publish(self, uri: str, timed: bool = False) -> None:
        self.timers.pop(uri, None)
        if uri not in self.workspace.text_documents:
            return  # closed meanwhile
        try:
            done = self.check(uri, timed)
        except Exception as error:  # a bug, not the user's: said in the client's log, not lost
            self.window_log_message(types.LogMessageParams(
                types.MessageType.Error, f"zhen: internal error checking {uri}: {error!r}"))
            return
        diagnostics = [self.diagnostic(done.lines, issue) for issue in done.issues]
        if done.error:
            place = types.Range(types.Position(0, 0), types.Position(0, 0))
            diagnostics = [types.Diagnostic(place, done.error, types.DiagnosticSeverity.Error, source="zhen")]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=done.version))

    def schedule(self, uri: str) -> None:
        """Check `uri` once changes stop for a moment; only this document."""
        pending = self.timers.pop(uri, None)
        if pending is not None:
            pending.cancel()
        delay = self.debounce
        if delay is None:
            delay = min(max(2 * self.cost.get(uri, 0.0), DEBOUNCE_MIN), DEBOUNCE_MAX)
        self.timers[uri] = asyncio.get_running_loop().call_later(delay, self.publish, uri, True)

    # -- translating ----------------------------------------------------------------------------
    def range_of(self, lines: Lines, start: int, end: int) -> types.Range:
        return types.Range(types.Position(*lines.position(start)), types.Position(*lines.position(end)))

    def diagnostic(self, lines: Lines, issue: api.Issue) -> types.Diagnostic:
        return types.Diagnostic(
            range=self.range_of(lines, issue.start, issue.end),
            message=issue.message,
            severity=SEVERITY[issue.severity],
            code=issue.code,
            code_description=types.CodeDescription(href=rule_href(issue.code, self.rules_url)),
            source="zhen",
            data={"fix": issue.safety.value if issue.safety else None, "name": issue.name},
        )

    def text_edits(self, lines: Lines, fix: Fix) -> list[types.TextEdit]:
        return [types.TextEdit(self.range_of(lines, e.start, e.end), e.replacement) for e in fix.edits]


server = ZhenServer()


@server.feature(types.INITIALIZE)
def initialize(ls: ZhenServer, params: types.InitializeParams) -> None:
    options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
    url = options.get("rulesUrl")
    ls.rules_url = url if isinstance(url, str) and "{code}" in url else None
    debounce = options.get("debounceMs")
    if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 10_000:
        ls.debounce = debounce / 1000


@server.feature(types.INITIALIZED)
def initialized(ls: ZhenServer, params: types.InitializedParams) -> None:
    """Ask the client to report changes to .toml files (configurations, glossaries), and build
    the glossary and its automata now, not on the first document opened."""
    watch = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
    if watch and watch.dynamic_registration:
        options = types.DidChangeWatchedFilesRegistrationOptions(
            watchers=[types.FileSystemWatcher(glob_pattern="**/*.toml")])
        ls.client_register_capability(types.RegistrationParams(registrations=[types.Registration(
            id="zhen-toml", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))
    root = ls.workspace.root_path
    try:
        settings = ls.settings(os.path.join(root, "zhen-warm-up.txt") if root else None)
        api.check_text("Warm up: strips and strips.", config=settings)
    except UserError:
        pass  # said when a document is checked


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: ZhenServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ZhenServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: ZhenServer, params: types.DidSaveTextDocumentParams) -> None:
    if params.text_document.uri.endswith(".toml"):
        recheck_all(ls)  # a configuration or glossary file edited in the editor


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: ZhenServer, params: types.DidChangeWatchedFilesParams) -> None:
    if any(change.uri.endswith(".toml") for change in params.changes):
        recheck_all(ls)


def recheck_all(ls: ZhenServer) -> None:
    ls.forget_configuration()
    ls.checked.clear()
    for uri in list(ls.workspace.text_documents):
        ls.publish(uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ZhenServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    pending = ls.timers.pop(uri, None)
    if pending is not None:
        pending.cancel()
    ls.checked.pop(uri, None)
    ls.cost.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]))
def code_action(ls: ZhenServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    done = ls.check(uri)
    only = params.context.only
    wanted = (lambda kind: only is None or any(kind == k or kind.startswith(f"{k}.") for k in only))
    actions = []
    if wanted(types.CodeActionKind.QuickFix):
        low = done.lines.offset(params.range.start.line, params.range.start.character)
        high = done.lines.offset(params.range.end.line, params.range.end.character)
        for issue in done.issues:
            if issue.fix is not None and issue.start <= high and low <= issue.end:
                actions.append(quick_fix(ls, uri, done, issue, issue.fix))
        actions.sort(key=lambda action: not action.is_preferred)  # safe fixes first
    if wanted(FIX_ALL) or wanted(types.CodeActionKind.QuickFix):
        fix_all = fix_all_action(ls, uri, done, FIX_ALL if only and wanted(FIX_ALL) else None)
        if fix_all is not None:
            actions.append(fix_all)
    return actions


def quick_fix(ls: ZhenServer, uri: str, done: Checked, issue: api.Issue, fix: Fix) -> types.CodeAction:
    from ..emitters.full import describe_edit

    edits = fix.edits
    change = describe_edit(done.text[edits[0].start:edits[0].end], edits[0].replacement)
    more = f" (and {len(edits) - 1} more edits)" if len(edits) > 1 else ""
    return types.CodeAction(
        title=f"zhen {issue.code}: {change}{more}{LABEL[fix.safety]}",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[ls.diagnostic(done.lines, issue)],
        is_preferred=fix.safety is Safety.SAFE,
        edit=types.WorkspaceEdit(changes={uri: ls.text_edits(done.lines, fix)}),
    )


def fix_all_action(ls: ZhenServer, uri: str, done: Checked, kind: str | None) -> types.CodeAction | None:
    """Every safe fix in the file, applied pass after pass as `zhen fix` does, as one edit."""
    if done.settings is None or not any(i.safety is Safety.SAFE for i in done.issues):
        return None
    path = to_fs_path(uri) if uri.startswith("file:") else None
    document = ls.workspace.get_text_document(uri)
    markdown = True if document.language_id == "markdown" else None
    fixed = api.fix_text(done.text, path, config=done.settings, markdown=markdown)
    if fixed.text == done.text:
        return None
    old, new = done.text, fixed.text
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    edit = types.TextEdit(ls.range_of(done.lines, head, len(old) - tail), new[head:len(new) - tail])
    count = len(fixed.applied)
    return types.CodeAction(
        title=f"zhen: fix all safe findings in this file ({count})",
        kind=kind or types.CodeActionKind.QuickFix,
        edit=types.WorkspaceEdit(changes={uri: [edit]}),
    )


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: ZhenServer, params: types.HoverParams) -> types.Hover | None:
    """The glossary entry of the term under the cursor, or else the finding there."""
    done = ls.check(params.text_document.uri)
    offset = done.lines.offset(params.position.line, params.position.character)
    if done.settings is not None:
        glossary = done.settings.profile.glossary
        found = term_at(glossary, done.text, offset)
        if found is not None:
            return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, term_markdown(found)),
                               ls.range_of(done.lines, found.start, found.end))
    for issue in done.issues:
        if issue.start <= offset < max(issue.end, issue.start + 1):
            fix = f" · fix: {issue.safety.value}" if issue.safety else ""
            value = f"**{issue.code}** {issue.name}{fix}\n\n{issue.message}"
            return types.Hover(types.MarkupContent(types.MarkupKind.Markdown, value),
                               ls.range_of(done.lines, issue.start, issue.end))
    return None


def serve() -> None:
    """Run the server over stdin and stdout until the client says exit."""
    server.start_io()


__all__ = ["ZhenServer", "serve", "server"]
