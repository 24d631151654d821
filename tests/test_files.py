"""Reading and atomic writing: encodings kept, failures leave the original intact."""

from __future__ import annotations

import os

import pytest

from toolkit.errors import UserError
from toolkit.files import decode, read_source, write_atomic


def test_utf16_with_bom_round_trips(tmp_path):
    path = tmp_path / "doc.txt"
    data = "\ufeff条块 and text\r\n".encode("utf-16-le")
    path.write_bytes(data)
    source = read_source(str(path))
    assert source.text == "条块 and text\r\n"
    assert source.encode(source.text) == data


def test_explicit_encoding_is_used(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("条块结合".encode("gb18030"))
    with pytest.raises(UserError):
        read_source(str(path))
    assert read_source(str(path), "gb18030").text == "条块结合"


def test_unknown_encoding_is_a_user_error():
    with pytest.raises(UserError, match="unknown encoding"):
        decode(b"abc", "x.txt", "no-such-codec")


def test_interrupt_between_write_and_rename_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"old")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(path), b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]


def test_interrupt_just_after_the_temporary_file_is_created_removes_it(tmp_path, monkeypatch):
    # Ctrl-C landing as the temporary file comes into being once left it behind (tempfile.mkstemp
    # does not say its name until it returns); the kill test found it.
    path = tmp_path / "doc.txt"
    path.write_bytes(b"old")
    real_open = os.open

    def open_then_interrupt(*args, **kwargs):
        real_open(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(path), b"new")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.txt"]


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"old text")
    source = read_source(str(path))
    path.write_bytes(b"someone else's much longer edit")
    with pytest.raises(UserError, match="changed on disk"):
        write_atomic(str(path), b"new", expect=source)
    assert path.read_bytes() == b"someone else's much longer edit"


def test_symlinks_are_followed_not_replaced(tmp_path):
    target = tmp_path / "real.txt"
    target.write_bytes(b"old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(str(link), b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"
