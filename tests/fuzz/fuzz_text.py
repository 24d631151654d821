"""Fuzz target: the text pipeline. Bytes are decoded as a document (or, when they are not valid
UTF-8, read leniently), checked and fixed; the fix must change only what it reports
(toolkit.preservation), fixing again must change nothing, and the review catalog of the fix must
rebuild it.

    python tests/fuzz/fuzz_text.py -atheris_runs=100000 -max_len=4096 CORPUS_DIR
(or tests/fuzz/run.py for all targets). The first byte chooses Markdown and unsafe fixes.
"""

from __future__ import annotations

from harness import fuzz

from toolkit import Profile, fix_text
from toolkit.document import Document
from toolkit.errors import UserError
from toolkit.files import decode
from toolkit.preservation import verify
from toolkit.gettext.review import apply_catalog, review_catalog

PROFILE = Profile()  # the glossary and its matchers, built once as for a run over many files


def one_input(data: bytes) -> None:
    flags, body = (data[0], data[1:]) if data else (0, b"")
    path = "doc.md" if flags & 1 else "doc.txt"
    unsafe = bool(flags & 2)
    try:
        text = decode(body, path)[0]
    except UserError:
        text = body.decode("utf-8", "replace")
    doc = Document(text, path)
    doc.sentences(), doc.paragraphs(), doc.ignored
    result = fix_text(text, path, profile=PROFILE, unsafe=unsafe)
    difference = verify(text, result, result.text)
    assert difference is None, str(difference)
    again = fix_text(result.text, path, profile=PROFILE, unsafe=unsafe)
    assert again.text == result.text, "fixing a fixed text changed it"
    original = text.encode("utf-8", "surrogatepass")
    catalog = review_catalog(original, text, result, path)
    assert apply_catalog(catalog, original, text, accept_fuzzy=True) == result.text, "review catalog"


if __name__ == "__main__":
    fuzz(one_input)
