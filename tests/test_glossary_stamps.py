"""The glossary's digest kept by the files' status (toolkit/glossary/stamps.py): used only for
files changed long enough before they were read, and never once a file has changed since."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.glossary import stamps as stamps_module
from toolkit.glossary import store

BODY = '[[term]]\nzh = "新词"\nen = "word {n}"\nsource = "unsourced"\nsource_kind = "none"\nno_mt = "test"\n'


def write(path: Path, n: int) -> Path:
    path.write_text('[domain]\nid = "mine"\ntitle = "Test"\nrevised = "2026-01-01"\n' + BODY.format(n=n),
                    encoding="utf-8")
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ZHEN_NO_CACHE", raising=False)
    store._CACHE.clear()
    yield tmp_path / "cache" / "zhen"
    store._CACHE.clear()


def loaded_without_reading(path: Path, monkeypatch) -> str:
    store._CACHE.clear()
    with monkeypatch.context() as m:
        def unread(*args):
            raise AssertionError("read")

        m.setattr(store, "_read", unread)
        return store.load_glossary([path], bundled=False).by_zh["新词"][0].en


def test_a_file_changed_just_now_is_read_again(tmp_path, cache, monkeypatch):
    path = write(tmp_path / "mine.toml", 1)
    assert store.load_glossary([path], bundled=False).by_zh["新词"][0].en == "word 1"
    assert not list(cache.glob("*.stamp"))
    with pytest.raises(AssertionError, match="read"):
        loaded_without_reading(path, monkeypatch)


def test_old_files_are_not_read_again_until_they_change(tmp_path, cache, monkeypatch):
    # A file's change time cannot be set back: the margin is moved instead, as if it were long ago.
    monkeypatch.setattr(stamps_module, "STAMP_AGE_NS", -10**12)
    path = write(tmp_path / "mine.toml", 1)
    assert store.load_glossary([path], bundled=False).by_zh["新词"][0].en == "word 1"
    assert len(list(cache.glob("*.stamp"))) == 1
    assert loaded_without_reading(path, monkeypatch) == "word 1"
    write(path, 22)
    store._CACHE.clear()
    assert store.load_glossary([path], bundled=False).by_zh["新词"][0].en == "word 22"
    assert loaded_without_reading(path, monkeypatch) == "word 22"


def test_a_kept_digest_whose_cache_is_gone_reads_the_files(tmp_path, cache, monkeypatch):
    monkeypatch.setattr(stamps_module, "STAMP_AGE_NS", -10**12)
    path = write(tmp_path / "mine.toml", 1)
    store.load_glossary([path], bundled=False)
    for pickled in cache.glob("*.pickle"):
        pickled.unlink()
    store._CACHE.clear()
    assert store.load_glossary([path], bundled=False).by_zh["新词"][0].en == "word 1"
