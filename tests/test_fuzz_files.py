"""Fuzzing the readers of files a user hands zhen: documents as bytes, glossary files,
configuration files and PO catalogs. Whatever the input, the answer is a value or a UserError
(a one-line message, exit 2), never another exception.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from toolkit import Profile, fix_document
from toolkit.gettext.catalog import check_catalog
from toolkit.config import Overrides, Resolver, load_config
from toolkit.document import Document
from toolkit.errors import UserError
from toolkit.files import Source, decode, read_source
from toolkit.glossary import load_glossary, parse_file, validate
from toolkit.preservation import verify
from toolkit.gettext.review import apply_catalog, load_catalog

from fuzzing import FUZZ, PO_DOCUMENTS, TEXTS, config_documents, glossary_documents

ENCODINGS = st.one_of(st.none(), st.sampled_from(["utf-8", "gb18030", "gbk", "utf-16", "utf-16-le", "latin-1",
                                                  "ascii", "big5", "no-such-codec", "rot13", "base64",
                                                  "bz2_codec", "idna", "utf-8-sig", ""]))
BYTES = st.one_of(st.binary(max_size=200), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
                  st.tuples(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""]),
                            st.binary(max_size=60)).map(b"".join))


def user_error_or(function, *args, **kwargs):
    """The function's value, or None when it raised UserError (with a message)."""
    try:
        return function(*args, **kwargs)
    except UserError as error:
        assert str(error).strip() and "\n" not in error.message
        return None


# -- documents --------------------------------------------------------------------------------
@FUZZ
@given(BYTES, ENCODINGS)
@example(b"abc", "rot13")  # a str-to-str codec: not a text encoding
@example(b"abc", "base64")  # a bytes-to-bytes codec
def test_decoding_arbitrary_bytes_gives_text_that_round_trips_or_a_user_error(data, encoding):
    decoded = user_error_or(decode, data, "doc.txt", encoding)
    if decoded is not None:
        text, used, bom = decoded
        assert isinstance(text, str)
        assert Source("doc.txt", text, used, bom).encode(text) == data  # unedited text: the same bytes


@FUZZ
@given(BYTES, ENCODINGS)
def test_reading_arbitrary_files(data, encoding):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        path.write_bytes(data)
        source = user_error_or(read_source, str(path), encoding)
        if source is not None:
            assert source.size == len(data)


# -- glossary files ---------------------------------------------------------------------------
@FUZZ
@given(glossary_documents())
def test_glossary_validation_of_generated_files_gives_problems_not_exceptions(text):
    _, terms, problems = parse_file(Path("mine.toml"), text)
    assert all(p.message and (p.line is None or p.line >= 1) for p in problems)
    assert all(isinstance(t.zh, str) and isinstance(t.en, str) for t in terms)


@FUZZ
@given(st.one_of(glossary_documents().map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.binary(max_size=300)))
def test_loading_and_checking_arbitrary_glossary_files(monkeypatch, data):
    monkeypatch.setenv("ZHEN_NO_CACHE", "1")  # no pickled glossary per example in the user's cache
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.toml"
        path.write_bytes(data)
        problems = validate([path])
        glossary = user_error_or(load_glossary, [path], bundled=False)
        if glossary is not None:
            assert not [p for p in problems if "TOML error" in p.message or "not UTF-8" in p.message]
            # A glossary that loads is usable: lookups and the term rules run on it.
            from toolkit.glossary.lookup import closest, lookup

            for term in glossary.terms[:3]:
                assert lookup(glossary, term.zh)
                closest(glossary, term.en)
        else:
            assert problems


# -- configuration files ----------------------------------------------------------------------
@FUZZ
@given(config_documents(), st.sampled_from(["zhen.toml", "pyproject.toml"]))
def test_arbitrary_configuration_files_configure_or_fail_cleanly(text, name):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "docs").mkdir()
        (root / "docs" / "a.txt").write_text("The plan .\n", encoding="utf-8")
        (root / "extra.toml").write_text('[domain]\nid = "extra"\ntitle = "T"\nrevised = "2026-01-01"\n',
                                         encoding="utf-8")
        body = ("[tool.zhen]\n" + text) if name == "pyproject.toml" else text
        (root / name).write_text(body, encoding="utf-8", errors="surrogatepass")
        config = user_error_or(load_config, root / name)
        if config is None:
            return
        resolver = user_error_or(Resolver, Overrides(config=str(root / name)))
        settings_ = user_error_or(resolver, str(root / "docs" / "a.txt")) if resolver else None
        if settings_ is not None:
            resolver.unmatched_per_file_ignores()
            assert all(Path(g).is_file() for g in settings_.profile.glossary_paths)


# -- PO catalogs ------------------------------------------------------------------------------
@FUZZ
@given(PO_DOCUMENTS, st.booleans())
def test_checking_and_fixing_arbitrary_catalogs(text, unsafe):
    doc = Document(text, "messages.po")
    profile = Profile()
    findings = user_error_or(check_catalog, doc, profile)
    if findings is None:
        return
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)
    result = fix_document(doc, profile, unsafe=unsafe, checker=check_catalog)
    assert verify(text, result, result.text) is None
    # A fixed catalog is still a catalog polib reads.
    assert user_error_or(check_catalog, Document(result.text, "messages.po"), profile) is not None


@FUZZ
@given(st.one_of(PO_DOCUMENTS.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200)),
       TEXTS, st.booleans())
def test_loading_and_applying_arbitrary_review_catalogs(data, text, accept_fuzzy):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "review.po"
        path.write_bytes(data)
        catalog = user_error_or(load_catalog, str(path))
        if catalog is None:
            return
        original = text.encode("utf-8", "surrogatepass")
        catalog.metadata["X-Zhen-Source-SHA256"] = __import__("hashlib").sha256(original).hexdigest()
        rebuilt = user_error_or(apply_catalog, catalog, original, text, accept_fuzzy)
        assert rebuilt is None or isinstance(rebuilt, str)


def test_a_catalog_whose_text_names_a_file_is_not_read_from_that_file(tmp_path):
    # polib takes a path or the content itself; content that names a file must stay content.
    secret = tmp_path / "secret.txt"
    secret.write_text('msgid "条块"\nmsgstr "strips and strips"\n', encoding="utf-8")
    doc = Document(str(secret), "messages.po")
    with pytest.raises(UserError, match="malformed PO file"):
        check_catalog(doc, Profile())


def test_a_missing_review_catalog_is_reported_as_missing(tmp_path):
    # polib parses a path that does not exist as if it were PO text.
    with pytest.raises(UserError, match="no such file"):
        load_catalog(str(tmp_path / "missing.po"))



# -- what fuzzing found, kept as regressions --------------------------------------------------
@pytest.mark.parametrize("encoding", ["rot13", "base64", "bz2_codec"])
def test_a_codec_that_is_not_a_text_encoding_is_a_user_error(encoding):
    with pytest.raises(UserError, match="not a text encoding"):
        decode(b"abc", "doc.txt", encoding)  # was: LookupError, a traceback from --encoding rot13


@pytest.mark.parametrize(("data", "encoding"), [
    (b"plain text", "utf-8-sig"),  # writing would add a byte-order mark
    ("\ufefftext".encode("utf-16-be"), "utf-16"),  # writing would turn big-endian into native order
])
def test_an_encoding_that_would_not_give_back_the_same_bytes_is_refused(data, encoding):
    with pytest.raises(UserError, match="byte offset 0: .* does not give back the same bytes"):
        decode(data, "doc.txt", encoding)


def test_text_that_cannot_be_written_back_in_its_encoding_stops_fix_before_any_write(zhen, tmp_path):
    glossary = tmp_path / "mine.toml"
    glossary.write_text('[domain]\nid = "mine"\ntitle = "T"\nrevised = "2026-01-01"\n'
                        '[[term]]\nzh = "中国"\nen = "Zhōngguó"\nsource = "unsourced"\nsource_kind = "none"\n'
                        'mt = [{ text = "Middle Kingdom", fix = "safe", kind = "certain" }]\n', encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes("The plan .\n".encode("latin-1"))
    second.write_bytes("Café in the Middle Kingdom.\n".encode("latin-1"))
    result = zhen("fix", "--unsafe-fixes", "--encoding", "latin-1", "--glossary", glossary, first, second)
    assert result.exit_code == 2
    assert "b.txt: cannot write 'ō' (U+014D, character" in result.stderr and "in latin-1" in result.stderr
    assert first.read_bytes() == b"The plan .\n"  # the file that could be written was not either


@pytest.mark.parametrize("field", ['pos = []', 'pos = { a = 1 }', 'mt = [{ text = "x y", fix = [] }]'])
def test_a_list_or_table_where_the_glossary_wants_a_word_is_a_problem(field):
    text = ('[domain]\nid = "mine"\ntitle = "T"\nrevised = "2026-01-01"\n[[term]]\nzh = "条块"\nen = "x"\n'
            f'source = "unsourced"\nsource_kind = "none"\nno_mt = "n"\n{field}\n')
    _, _, problems = parse_file(Path("mine.toml"), text)  # was: TypeError (unhashable type: 'list')
    assert len(problems) == 1 and problems[0].line == 11


@pytest.mark.parametrize("glob", ["[z-a]", "[!]", "[^]"])
def test_a_glob_that_is_not_a_valid_regular_expression_class_still_works(tmp_path, glob):
    (tmp_path / "zhen.toml").write_text(f'exclude = ["{glob}.txt"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("x\n", encoding="utf-8")
    settings_ = Resolver(Overrides(config=str(tmp_path / "zhen.toml")))(str(tmp_path / "a.txt"))
    assert settings_.excluded == (glob != "[z-a]")  # was: re.error; [!] and [^] match any one character
