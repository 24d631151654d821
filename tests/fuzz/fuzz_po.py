"""Fuzz target: PO catalogs. A catalog zhen accepts is checked and fixed; the fix must change
only what it reports, only inside msgstr blocks, and leave a catalog that zhen (and polib) still
accept. Anything zhen refuses must be refused with a UserError.

    python tests/fuzz/fuzz_po.py -atheris_runs=100000 -max_len=4096 CORPUS_DIR
The first byte chooses unsafe fixes.
"""

from __future__ import annotations

from harness import fuzz

from toolkit import Profile, fix_document
from toolkit.gettext.catalog import check_catalog
from toolkit.document import Document
from toolkit.errors import UserError
from toolkit.preservation import verify

PROFILE = Profile()  # the glossary and its matchers, built once as for a run over many files


def one_input(data: bytes) -> None:
    flags, body = (data[0], data[1:]) if data else (0, b"")
    text = body.decode("utf-8", "replace")
    doc = Document(text, "messages.po")
    try:
        check_catalog(doc, PROFILE)
    except UserError:
        return
    result = fix_document(doc, PROFILE, unsafe=bool(flags & 1), checker=check_catalog)
    difference = verify(text, result, result.text)
    assert difference is None, str(difference)
    try:
        check_catalog(Document(result.text, "messages.po"), PROFILE)
    except UserError as error:
        raise AssertionError(f"fixing made the catalog unreadable: {error}") from None


if __name__ == "__main__":
    fuzz(one_input)
