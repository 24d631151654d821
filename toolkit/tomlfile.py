"""The TOML data files a user or an untrusted repository supplies (glossaries, configuration).

They can only configure: they are read as data (TOML, nothing else: no code, no includes, no
templates), only when they are regular files, never beyond a size limit (a larger file is refused
before it is read), and every failure is a one-line UserError naming the file and, where TOML
says, the line. Their content is never quoted back except as the values the user wrote.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from .errors import UserError

_TOML_LINE = re.compile(r"at line (\d+)")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size < 10_000_000 else f"{size // 1_000_000} MB"


def require_toml_name(path: Path, kind: str) -> None:
    """TOML only: a .py, .yaml or .json file is refused by its name, before anything is read."""
    if path.suffix.lower() != ".toml":
        raise UserError(f"a {kind} file must be a .toml file, not {path.suffix or 'a name without suffix'}",
                        str(path))


def read(path: Path, limit: int, kind: str) -> str:
    """The text of a data file of `kind` ("glossary", "configuration"), at most `limit` bytes."""
    name = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise UserError(f"{kind} path is a folder, not a TOML file", name)
        if not stat.S_ISREG(info.st_mode):  # a device or a pipe: could block, or never end
            raise UserError(f"{kind} path is not a regular file", name)
        if info.st_size > limit:
            raise UserError(f"{kind} file is {_megabytes(info.st_size)}; the limit is {_megabytes(limit)}",
                            name)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise UserError(f"{kind} file not found", name) from None
    except OSError as error:
        raise UserError(f"cannot read {kind} file: {error.strerror}", name) from None
    if len(data) > limit:  # it grew after the size was checked
        raise UserError(f"{kind} file is larger than the limit of {_megabytes(limit)}", name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise UserError(f"not UTF-8 (byte offset {error.start})", name, line) from None


def parse(text: str, path: str) -> dict[str, Any]:
    """The TOML document `text` as a dict; a UserError with the line for any TOML error."""
    import tomllib  # only when a data file is parsed: it costs start-up time

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        m = _TOML_LINE.search(str(error))
        raise UserError(f"TOML error: {error}", path, int(m.group(1)) if m else None) from None
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise UserError("TOML error: arrays or tables nested too deeply", path) from None
