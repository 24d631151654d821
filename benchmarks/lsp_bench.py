"""Latency of the language server (`zhen lsp`), as an editor sees it, over stdio.

Starts `python -m toolkit lsp` as a subprocess and drives it with pygls's own client:
  - initialize       from starting the process to the initialize response
  - first diagnostics from didOpen of a 2,000-word document to its publishDiagnostics (the first
                     check builds the glossary's automata)
  - per change       from a didChange (an incremental edit: a word typed somewhere in the
                     document) to the publishDiagnostics of that version, once running; each
                     change waits for the previous diagnostics. Target: 100 ms.
Per change is measured twice: with the server's own debounce (twice the last check's time,
between 20 and 300 ms), and with debounceMs 0, which leaves the cost of checking and talking.

    python benchmarks/lsp_bench.py [--changes 40] [--words 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_ea91957da586dbbb.txt"
TARGET_MS = 100.0
WORDS = ["the", "Party", "construction", "work", "and", "of", "building", "my", "country"]


def document(words: int) -> str:
    """The seed's first `words` words, its lines kept (the seed again after its end)."""
    out, count = [], 0
    seed = SEED.read_text(encoding="utf-8").splitlines()
    while count < words:
        for line in seed:
            taken = line.split(" ")[: max(0, words - count)]
            if not taken:
                break
            out.append(" ".join(taken))
            count += len(taken)
    return "\n".join(out) + "\n"


class Client(LanguageClient):
    def __init__(self) -> None:
        super().__init__("zhen-lsp-bench", "1")
        self.published: dict[int | None, float] = {}
        self.arrived = asyncio.Event()

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(client: Client, params: types.PublishDiagnosticsParams) -> None:
            client.published[params.version] = time.perf_counter()
            client.arrived.set()


async def wait_for(client: Client, version: int) -> float:
    while version not in client.published:
        client.arrived.clear()
        await asyncio.wait_for(client.arrived.wait(), 30)
    return client.published[version]


async def session(text: str, changes: int, debounce_ms: float | None) -> dict[str, object]:
    client = Client()
    began = time.perf_counter()
    await client.start_io(sys.executable, "-m", "toolkit", "lsp", cwd=str(ROOT))
    options = {} if debounce_ms is None else {"debounceMs": debounce_ms}
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), initialization_options=options))
    initialized = time.perf_counter() - began
    client.initialized(types.InitializedParams())
    uri = SEED.with_name("bench.txt").as_uri()
    sent = time.perf_counter()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text=text)))
    first = await wait_for(client, 1) - sent
    lines = text.splitlines()
    timings = []
    for version in range(2, changes + 2):
        line = (version * 7) % len(lines)
        column = len(lines[line]) // 2
        word = WORDS[version % len(WORDS)]
        sent = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(line, column), types.Position(line, column)),
                text=f" {word}")]))
        timings.append(await wait_for(client, version) - sent)
        lines[line] = lines[line][:column] + f" {word}" + lines[line][column:]
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {"initialize": initialized, "first": first, "changes": timings}


def report(label: str, result: dict[str, object]) -> None:
    changes = sorted(result["changes"])
    p90 = changes[int(0.9 * (len(changes) - 1))]
    print(f"{label}:")
    print(f"  initialize             {result['initialize'] * 1000:7.1f} ms")
    print(f"  first diagnostics      {result['first'] * 1000:7.1f} ms")
    print(f"  per change  median     {statistics.median(changes) * 1000:7.1f} ms   "
          f"p90 {p90 * 1000:.1f} ms   max {changes[-1] * 1000:.1f} ms   ({len(changes)} changes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=40)
    parser.add_argument("--words", type=int, default=2000)
    args = parser.parse_args()
    text = document(args.words)
    print(f"document: {len(text.split())} words, {len(text)} characters; "
          f"target per change: {TARGET_MS:.0f} ms")
    default = asyncio.run(session(text, args.changes, None))
    report("with the server's debounce", default)
    report("debounceMs 0 (checking and talking only)", asyncio.run(session(text, args.changes, 0)))
    median = statistics.median(default["changes"]) * 1000
    verdict = "within" if median <= TARGET_MS else "OVER"
    print(f"per change (with debounce) median {median:.1f} ms: {verdict} the target")


if __name__ == "__main__":
    main()
