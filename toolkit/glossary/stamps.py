"""The digest of glossary files read before, kept by what their status says, so that a start-up
need not read and hash them again.

Reading and hashing the bundled files (1 MB) took 4-5 ms of every start-up. The on-disk cache
(store.py) is named by the digest of the files' content; this module keeps that digest by the
files' status (path, size, modification and change times, inode), as the interpreter validates its
own .pyc files by size and modification time. A status is kept only when every file was last
changed five seconds or more before it was taken (file times move in steps, of a few milliseconds
here and up to two seconds elsewhere: two writes within one step would leave the same times) and
is the same after the files were read; any later write to a file changes its change time, and so
the status looked up.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

STAMP_AGE_NS = 5_000_000_000  # past the steps of file times on any file system (2 s on FAT)


def sha256(data: bytes):
    """hashlib.sha256, from the interpreter's own module where there is one: importing hashlib
    loads OpenSSL, 3-4 ms of every start-up, for one digest of the glossary files."""
    try:
        from _sha256 import sha256 as make  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256 as make  # Python 3.12 and later
        except ImportError:
            from hashlib import sha256 as make
    return make(data)


def file_stamps(paths: Sequence[Path]) -> tuple | None:
    """The status of each of `paths`; None when one cannot be read."""
    try:
        return tuple((str(p), s.st_size, s.st_mtime_ns, s.st_ctime_ns, s.st_ino) for p in paths for s in [os.stat(p)])
    except OSError:
        return None


def _name(schema: str, stamps: tuple) -> str:
    return "glossary-" + sha256(repr((schema, stamps)).encode()).hexdigest() + ".stamp"


def read_digest(folder: Path, schema: str, stamps: tuple) -> str:
    """The digest kept in `folder` for `stamps` ("" when none is)."""
    try:
        with open(folder / _name(schema, stamps), encoding="ascii") as handle:
            return handle.read(64)
    except (OSError, ValueError):
        return ""


def write_digest(folder: Path, schema: str, paths: Sequence[Path], stamps: tuple, digest: str) -> bool:
    """Keep `digest` for `stamps` in `folder` when every file was changed long enough before and
    has the same status now that it has been read; whether it was kept."""
    import time

    if file_stamps(paths) != stamps or any(ctime > time.time_ns() - STAMP_AGE_NS for *_, ctime, _ in stamps):
        return False
    name = _name(schema, stamps)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f".{name}.{os.getpid()}.tmp"
        temp.write_text(digest, encoding="ascii")
        os.replace(temp, folder / name)
    except OSError:
        return False
    return True
