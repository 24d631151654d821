"""The language server, end to end: `zhen lsp` started as a subprocess and driven over stdio by a
real LSP client (pytest-lsp). Diagnostics, code actions, hovers, configuration, PO files, UTF-16
positions, debouncing."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("pygls.lsp.server", reason="needs the lsp extra")
import pytest_lsp  # noqa: E402
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

from toolkit import check_text, fix_text  # noqa: E402
from toolkit.lsp.positions import Lines  # noqa: E402

from conftest import ROOT, SEED  # noqa: E402

CACHE = tempfile.mkdtemp(prefix="zhen-lsp-cache-")  # rule pages go here, not under ~/.cache
CONFIG = ClientServerConfig(server_command=[sys.executable, "-m", "toolkit", "lsp", "--stdio"],
                            server_env={**os.environ, "XDG_CACHE_HOME": CACHE, "PYTHONPATH": str(ROOT)})


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient):
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    # Visual Studio Code's capabilities: it offers no position encoding but UTF-16.
    capabilities = client_capabilities("visual-studio-code")
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    yield
    await lsp_client.shutdown_session()


async def opened(client: LanguageClient, uri: str, text: str, language: str = "plaintext") -> list:
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 30)
    return list(client.diagnostics[uri])


async def changed(client: LanguageClient, uri: str, text: str, version: int) -> list:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangeWholeDocument(text=text)]))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    return list(client.diagnostics[uri])


def apply(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions) to `text`, as an editor does."""
    lines = Lines(text)
    spans = sorted(((lines.offset(e.range.start.line, e.range.start.character),
                     lines.offset(e.range.end.line, e.range.end.character), e.new_text) for e in edits),
                   reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


async def actions(client: LanguageClient, uri: str, rng: types.Range, only=None) -> list[types.CodeAction]:
    return await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), rng, types.CodeActionContext(diagnostics=[], only=only)))


async def hover_at(client: LanguageClient, uri: str, line: int, character: int) -> types.Hover | None:
    return await client.text_document_hover_async(types.HoverParams(
        types.TextDocumentIdentifier(uri), types.Position(line, character)))


@pytest.mark.asyncio
async def test_the_seed_session_diagnoses_fixes_hovers_and_rechecks(client: LanguageClient):
    text = SEED.read_text(encoding="utf-8")
    uri = SEED.as_uri()
    diagnostics = await opened(client, uri, text)
    expected = check_text(text, str(SEED))
    assert len(diagnostics) == len(expected) == 42
    assert [(d.code, d.range.start.line + 1, d.range.start.character + 1) for d in diagnostics] == \
        [(i.code, i.line, i.column) for i in expected]  # the seed is ASCII: UTF-16 = characters
    doubled = next(d for d in diagnostics if d.code == "D101")
    assert doubled.source == "zhen" and doubled.severity == types.DiagnosticSeverity.Warning
    page = Path(doubled.code_description.href.removeprefix("file://"))
    assert page.is_file() and page.read_text(encoding="utf-8").startswith("# D101 doubled-word")

    # a quick fix for the doubled word, preferred because it is safe; applied, then checked again
    offered = await actions(client, uri, doubled.range)
    fix = offered[0]
    assert fix.kind == types.CodeActionKind.QuickFix and fix.is_preferred and "D101" in fix.title
    text2 = apply(text, fix.edit.changes[uri])
    assert "functions Functions" in text and "functions Functions" not in text2
    after = await changed(client, uri, text2, 2)
    # The edited text is checked as it stands, as `check_text` checks it: the doubled word is gone.
    assert len(after) == len(check_text(text2, str(SEED))) < 42
    assert all(d.range != doubled.range or d.code != "D101" for d in after)

    # an unsafe fix is labelled so, and so is a suggestion
    suggestion = next(d for d in after if d.code == "T101" and "'construction of the party'" in d.message)
    [suggested] = [a for a in await actions(client, uri, suggestion.range) if "T101" in a.title]
    assert suggested.title.endswith("(suggestion: review it)") and not suggested.is_preferred
    rendering = next(d for d in after if d.code == "T101" and "'strips and strips'" in d.message)
    unsafe = [a for a in await actions(client, uri, rendering.range) if "T101" in a.title]
    assert unsafe and "unsafe" in unsafe[0].title and not unsafe[0].is_preferred

    # hovering a bad rendering shows the glossary entry: Chinese, canonical, alternatives, source
    line = text2.splitlines()[rendering.range.start.line]
    hover = await hover_at(client, uri, rendering.range.start.line, rendering.range.start.character + 1)
    assert hover is not None and "machine-translation rendering" in hover.contents.value
    assert "source:" in hover.contents.value and "**" in hover.contents.value
    assert line[hover.range.start.character:hover.range.end.character].lower() == "strips and strips"

    # fix all safe findings in the file: the result is what `zhen fix` gives
    whole = types.Range(types.Position(0, 0), types.Position(len(text2.splitlines()), 0))
    fix_all = [a for a in await actions(client, uri, whole, only=[types.CodeActionKind.SourceFixAll])]
    assert len(fix_all) == 1 and fix_all[0].kind == "source.fixAll.zhen"
    text3 = apply(text2, fix_all[0].edit.changes[uri])
    assert text3 == fix_text(text2, str(SEED)).text != text2
    final = await changed(client, uri, text3, 3)
    assert len(final) == len(check_text(text3, str(SEED))) < 42
    assert not await actions(client, uri, whole, only=[types.CodeActionKind.SourceFixAll])


@pytest.mark.asyncio
async def test_positions_are_utf16_code_units_past_chinese_and_astral_characters(client: LanguageClient):
    text = "引言\n𠀀𠀀 党建 😀 It is the the plan. 条块结合\n"
    uri = "untitled:utf16.txt"
    diagnostics = {d.code: d for d in await opened(client, uri, text)}
    line = text.splitlines()[1]
    start = line.index(" the the") + 4  # D101 deletes " the", the second one
    # code points before it: 2 astral + space + 2 Han + space + 1 astral ...; UTF-16 counts astral twice
    assert diagnostics["D101"].range.start == types.Position(1, start + 3)
    assert diagnostics["T103"].range.start == types.Position(1, line.index("条块结合") + 3)
    assert diagnostics["T103"].range.end == types.Position(1, line.index("条块结合") + 3 + 4)
    hover = await hover_at(client, uri, 1, line.index("党建") + 2 + 1)  # 2 astral characters before it
    assert hover is not None and "**党建** → **Party building**" in hover.contents.value
    assert hover.range.start == types.Position(1, line.index("党建") + 2)
    hover = await hover_at(client, uri, 1, line.index("条块结合") + 3 + 2)
    assert hover is not None and "**条块结合** →" in hover.contents.value
    # a position inside the surrogate pair of 😀 is that character: nothing there
    assert await hover_at(client, uri, 1, line.index("😀") + 2 + 1) is None
    # no glossary term under the cursor, but a finding: the hover shows the finding
    hover = await hover_at(client, uri, 1, start + 3 + 2)
    assert hover is not None and hover.contents.value.startswith("**D101** doubled-word · fix: safe")
    fixed = apply(text, (await actions(client, uri, diagnostics["D101"].range))[0].edit.changes[uri])
    assert fixed == text.replace("the the", "the")


@pytest.mark.asyncio
async def test_configuration_suppressions_and_markdown_apply_from_the_documents_path(client: LanguageClient,
                                                                                     tmp_path):
    config = tmp_path / "zhen.toml"
    config.write_text('ignore = ["P102"]\n', encoding="utf-8")
    doc = tmp_path / "notes.md"
    text = ("It is the the plan .\n\nRun `the the` here. <!-- zhen: ignore D101 --> and the the end\n"
            "A list . Of the the items.\n")
    doc.write_text(text, encoding="utf-8")
    codes = [(d.code, d.range.start.line) for d in await opened(client, doc.as_uri(), text, "markdown")]
    assert codes == [("D101", 0), ("D101", 3)]  # P102 off, code span skipped, line 2 suppressed
    # the server asked to hear of changes to .toml files, and rechecks open documents on one
    [watch] = [r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    assert [w["globPattern"] for w in watch.register_options["watchers"]] == ["**/*.toml"]
    config.write_text('ignore = ["D101"]\n', encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    assert sorted(d.code for d in client.diagnostics[doc.as_uri()]) == ["P102", "P102"]
    config.write_text('ignore = "D101"\n', encoding="utf-8")  # a mistake: one clear diagnostic
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]))
    await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    [error] = client.diagnostics[doc.as_uri()]
    assert error.message.startswith("zhen: error:") and "ignore: must be a list" in error.message


@pytest.mark.asyncio
async def test_po_files_are_checked_per_msgstr(client: LanguageClient, tmp_path):
    text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            'msgid "党建"\nmsgstr "party construction"\n')
    uri = (tmp_path / "messages.po").as_uri()
    [diagnostic] = await opened(client, uri, text, "po")
    assert diagnostic.code == "T101" and diagnostic.range.start.line == 5
    [action] = [a for a in await actions(client, uri, diagnostic.range) if "T101" in a.title]
    assert "unsafe" in action.title
    assert apply(text, action.edit.changes[uri]).endswith('msgstr "Party building"\n')


@pytest.mark.asyncio
async def test_changes_are_debounced_and_only_the_changed_document_is_checked(client: LanguageClient):
    other = await opened(client, "untitled:other.txt", "It is the the plan.\n")
    before = client.diagnostics["untitled:other.txt"]
    uri = "untitled:typing.txt"
    await opened(client, uri, "Hello.\n")
    for version, text in enumerate(["It is", "It is the", "It is the the", "It is the the plan ."], start=2):
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(text=text)]))
    published = await asyncio.wait_for(
        client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    assert published.uri == uri and published.version == 5  # the burst was checked once, at its end
    assert sorted(d.code for d in published.diagnostics) == ["D101", "P102"]
    assert client.diagnostics["untitled:other.txt"] is before and [d.code for d in other] == ["D101"]


def test_without_the_extra_zhen_lsp_is_one_line_and_exit_2():
    script = ("import sys\n"
              "class Block:\n"
              "    def find_spec(self, name, path=None, target=None):\n"
              "        if name.split('.')[0] in ('pygls', 'lsprotocol'):\n"
              "            raise ImportError('No module named ' + name)\n"
              "sys.meta_path.insert(0, Block())\n"
              "from toolkit.cli import main\n"
              "main(['lsp'])\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "pip install 'zhen[lsp]'" in result.stderr
    assert "Traceback" not in result.stderr


@pytest_lsp.fixture(config=CONFIG)
async def utf8_client(lsp_client: LanguageClient):
    capabilities = types.ClientCapabilities(general=types.GeneralClientCapabilities(
        position_encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16]))
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    lsp_client.encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_client_that_prefers_utf8_gets_byte_positions(utf8_client: LanguageClient):
    assert utf8_client.encoding == types.PositionEncodingKind.Utf8
    text = "党建 😀 It is the the plan.\n"
    uri = "untitled:utf8.txt"
    diagnostics = {d.code: d for d in await opened(utf8_client, uri, text)}
    doubled = diagnostics["D101"]
    assert diagnostics["T103"].range.end == types.Position(0, 6)  # 党建: three bytes each
    start = text.index(" the the") + 4
    assert doubled.range.start == types.Position(0, len(text[:start].encode("utf-8")))
    hover = await hover_at(utf8_client, uri, 0, 4)  # the second byte of 建
    assert hover is not None and "**党建**" in hover.contents.value
    assert hover.range.end == types.Position(0, 6)
    utf8_client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await asyncio.wait_for(utf8_client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), 10)
    assert list(utf8_client.diagnostics[uri]) == []  # closing clears its diagnostics
