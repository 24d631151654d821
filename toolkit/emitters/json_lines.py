"""`--format jsonl`: one JSON object per finding, streamed as files complete; no summary."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .base import LineEmitter, Located

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


class JsonLinesEmitter(LineEmitter):
    line = staticmethod(lambda item, color=False: jsonl_line(item))

    def end(self, errors: Sequence[str]) -> None:
        pass  # jsonl output is findings only, one per line


EMITTER = JsonLinesEmitter
