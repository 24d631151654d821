"""`--format json`: one JSON array of every finding, with offsets, line:column and fixes.

Each file's findings are encoded where the file is checked, already indented as items of the
array; the array is put together at the end."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .base import Emitter, Located

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
    return json.dumps([to_json(i) for i in items], ensure_ascii=False, indent=2)


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2)  # what json.dumps(..., indent=2) makes per call


class JsonEmitter(Emitter):
    def __init__(self, out, tally) -> None:
        super().__init__(out, tally)
        self.items: list[str] = []

    @staticmethod
    def render(path, doc, findings, color=False, offset=0, line=0) -> list[str]:
        # What json.dumps(items, indent=2) writes for each item of the array (JSON strings hold
        # no raw line break, so indenting every line break indents exactly the item's lines).
        encode = _ENCODER.encode
        return [encode(to_json(Located(path, doc, f, offset, line))).replace("\n", "\n  ") for f in findings]

    def file(self, share: list[str]) -> None:
        self.items.extend(share)

    def end(self, errors: Sequence[str]) -> None:
        self.out.echo("[\n  " + ",\n  ".join(self.items) + "\n]" if self.items else "[]")


EMITTER = JsonEmitter
