"""Output formats of `zhen check`: one module per format, and the table of their names.

Each format is an Emitter (base.py): `render` turns one checked file into its share of the
output where the file is checked (in a worker process, so the printing process only copies what
workers send), `file` takes the shares in order, `end` writes what follows the last file.
Streaming formats (text, full, github, jsonl) write each share at once; whole-output formats
(json, sarif) keep the shares and write one document at the end; `--statistics` counts only.
A format's module is imported only when it is asked for.
"""

from __future__ import annotations

import importlib

# Format name -> module of this package (its EMITTER class).
FORMATS = {
    "text": "text", "concise": "text", "full": "full", "json": "json_array", "jsonl": "json_lines",
    "github": "github", "sarif": "sarif",
}
STATISTICS = "statistics"  # the name workers are given under --statistics: they render nothing


def emitter_class(name: str) -> type:
    """The Emitter class of format `name` (a key of FORMATS)."""
    if name == STATISTICS:
        from .base import Emitter

        return Emitter  # renders nothing per file
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").EMITTER


def for_run(name: str, statistics: bool) -> type:
    """The Emitter class `zhen check --format NAME [--statistics]` writes with."""
    if statistics:
        from .statistics import StatisticsEmitter, StatisticsJsonEmitter

        return StatisticsJsonEmitter if name == "json" else StatisticsEmitter
    return emitter_class(name)
