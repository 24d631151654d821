"""Reading documents (BOM, strict decoding, binary refusal) and writing them back atomically.

A document is read to text without touching its line endings, and written back in the encoding,
with the byte-order mark, it was read with. Writes go to a temporary file beside the target,
are flushed and fsynced, take the target's permissions and then replace it in one rename, so an
interrupted run leaves every file either entirely old or entirely new.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .errors import UserError

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
STDIN = "-"
# Temporary files of write_atomic: hidden (so never taken for documents), and recognisable. Only a
# run killed outright (SIGKILL, power loss) between creating one and renaming it leaves one behind.
TEMP_PREFIX, TEMP_SUFFIX = ".zhen-", ".tmp"
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class Source(NamedTuple):
    """A document as read: its text and what is needed to write it back the same way."""

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bytes = b""
    size: int | None = None  # on-disk size and mtime when read, to refuse overwriting a changed file
    mtime_ns: int | None = None

    def encode(self, text: str) -> bytes:
        try:
            return self.bom + text.encode(self.encoding)
        except UnicodeEncodeError as error:
            char = error.object[error.start]
            raise UserError(f"cannot write {char!r} (U+{ord(char):04X}, character {error.start}) in "
                            f"{self.encoding}; nothing written to this file", self.path) from None
        except UnicodeError as error:  # codecs such as idna fail on whole labels, not characters
            raise UserError(f"cannot write the text in {self.encoding}: {error}", self.path) from None


def sniff(head: bytes, path: str, encoding: str | None = None) -> tuple[str, bytes]:
    """(encoding, bom) from a file's first bytes (at least 8 KB when there are that many)."""
    bom = b""
    if encoding is None:
        for mark, name in _BOMS:
            if head.startswith(mark):
                bom, encoding = mark, name
                break
        else:
            encoding = "utf-8"
        if not bom and b"\0" in head[:8192]:
            raise UserError("binary file (contains NUL bytes), not checked", path)
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise UserError(f"unknown encoding {encoding!r}", path) from None
    # rot13, base64 and the like are codecs, but not between bytes and text (the attribute is
    # how str.encode and bytes.decode themselves tell).
    if not getattr(codec, "_is_text_encoding", True):
        raise UserError(f"{encoding!r} is not a text encoding", path)
    return encoding, bom


def undecodable(path: str, encoding: str, offset: int, line: int) -> UserError:
    """The error for bytes that are not `encoding`, at a byte offset of the file."""
    return UserError(f"byte offset {offset}: not valid {encoding} (use --encoding for other encodings)", path, line)


def decode(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str, bytes]:
    """(text, encoding, bom) of a file's bytes; a clear UserError when they are not text.

    An encoding given by name must give back the very same bytes when the text is encoded again
    (utf-8-sig adds a BOM, utf-16 picks a byte order, some codecs normalise): otherwise writing a
    fix would change bytes that no edit touched, so the file is refused instead.
    """
    named = encoding is not None
    encoding, bom = sniff(data, path, encoding)
    body = data[len(bom):]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as error:
        offset = len(bom) + error.start
        raise undecodable(path, encoding, offset, data[:offset].count(b"\n") + 1) from None
    except UnicodeError as error:
        raise UserError(f"not valid {encoding}: {error}", path) from None
    if named:
        try:
            again = text.encode(encoding)
        except UnicodeError:
            again = b""
        if again != body:
            offset = len(os.path.commonprefix([again, body]))
            raise UserError(f"byte offset {offset}: {encoding} does not give back the same bytes, so a fix "
                            "would change bytes it does not touch; name the exact encoding", path,
                            data[:offset].count(b"\n") + 1)
    return text, encoding, bom


def read_source(path: str, encoding: str | None = None) -> Source:
    if path == STDIN:
        data = sys.stdin.buffer.read()
        text, encoding, bom = decode(data, "<stdin>", encoding)
        return Source("<stdin>", text, encoding, bom)
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
    except FileNotFoundError:
        raise UserError("no such file", path) from None
    except IsADirectoryError:
        raise UserError("is a directory", path) from None
    except OSError as error:
        raise UserError(f"cannot read: {error.strerror}", path) from None
    text, encoding, bom = decode(data, path, encoding)
    return Source(path, text, encoding, bom, stat.st_size, stat.st_mtime_ns)


def expand_paths(paths: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[str]:
    """Files named, and files with `suffixes` found in folders named (sorted, hidden ones skipped)."""
    found: list[str] = []
    for raw in paths:
        if raw == STDIN:
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in _walk(path) if os.path.splitext(p)[1].lower() in suffixes)
            if not inside:
                raise UserError(f"no {'/'.join(suffixes)} files to check in this folder", raw)
            found.extend(inside)
        elif path.exists():
            found.append(raw)
        else:
            raise UserError("no such file or folder", raw)
    return found


def _walk(folder: Path) -> Iterator[str]:
    """The paths of the files in `folder`, written as str(Path(root) / name) writes them (a crawl
    has tens of thousands: strings, not Path objects)."""
    top = str(folder)
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # Path drops the "./" os.walk puts before the folders of ".".
        prefix = "" if root == "." else (root[2:] if top == "." else root) + os.sep
        for name in files:
            if not name.startswith("."):
                yield prefix + name


def write_atomic(path: str, data: bytes | Iterable[bytes], expect: Source | None = None) -> None:
    """Replace `path` (its target, if it is a symlink) with `data` in one rename.

    `data` may be an iterable of chunks, written as they come (a report streamed from a corpus):
    the old file stays in place until the last chunk is written.

    When `expect` is given and the file's size or mtime no longer match what was read, the file
    changed under us: it is not overwritten.
    """
    target = os.path.realpath(path)
    try:
        stat = os.stat(target)
    except FileNotFoundError:
        stat = None
    if expect is not None and expect.size is not None:
        if stat is None or (stat.st_size, stat.st_mtime_ns) != (expect.size, expect.mtime_ns):
            raise UserError("changed on disk since it was read; not overwritten", path)
    if stat is not None and not os.access(target, os.W_OK):
        raise UserError("cannot write: permission denied", path)
    # The temporary file's name is chosen before it is created, so an interrupt (Ctrl-C) that
    # lands just after the creation still knows what to remove; tempfile.mkstemp would not say.
    temp = os.path.join(os.path.dirname(target) or ".", f"{TEMP_PREFIX}{os.urandom(6).hex()}{TEMP_SUFFIX}")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
            mode = stat.st_mode & 0o7777 if stat else 0o666 & ~_umask()
            os.fchmod(handle.fileno(), mode)
        os.replace(temp, target)
    except FileExistsError:  # only the exclusive open raises it: someone else's file, left alone
        raise UserError("cannot write: temporary file name taken, try again", path) from None
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(error, OSError):
            raise UserError(f"cannot write: {error.strerror}", path) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
