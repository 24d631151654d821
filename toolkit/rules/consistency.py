"""Consistency: one name written two ways in one document."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from ..model import Safety
from ..registry import Context, Hit, rule

# The shape of the ASCII byte view: "l" for a lower-case letter or digit, "U" for a capital, a
# space for anything else. A name with a hump ("EasyManager", "macOS") has "lU" in its shape:
# found with bytes.find, far faster than a pattern that must try every letter as a start.
_SHAPE = bytes.maketrans(bytes(range(48, 58)) + bytes(range(97, 123)) + bytes(range(65, 91)),
                         b"l" * 36 + b"U" * 26)
_SHAPE_REST = bytes(b if b in b"lU" else 32 for b in range(256))
_NOT_PROSE = b"_./@\\:#$%&=+<>`"  # beside one of these a word is a path, an identifier or a URL


def _shape(scanned: bytes) -> bytes:
    return scanned.translate(_SHAPE).translate(_SHAPE_REST)


def _humped_words(scanned: bytes, shape: bytes) -> Iterator[tuple[int, int]]:
    """Where the words of prose with a lower-case letter followed by a capital stand."""
    at = shape.find(b"lU")
    while at != -1:
        start = shape.rfind(b" ", 0, at) + 1
        end = shape.find(b" ", at)
        end = len(shape) if end == -1 else end
        if _in_prose(scanned, start, end):
            yield start, end
        at = shape.find(b"lU", end)


def _in_prose(scanned: bytes, start: int, end: int) -> bool:
    """Whether scanned[start:end] stands as a word of prose: not part of a path, an identifier,
    an address or code ("config.yaml", "my_var", "@user"); a full stop after it ends a sentence
    when white space or the end follows."""
    before, after = scanned[start - 1:start], scanned[end:end + 1]
    if before and before in _NOT_PROSE:
        return False
    return not after or after not in _NOT_PROSE or after in b".:" and scanned[end + 1:end + 2] in (b"", b" ", b"\n")


@rule(
    "T105", "name-case-variant", fix=Safety.UNSAFE,
    bad=[
        ("Install PixelForge. Then start ⟦pixelForge⟧ from the menu; PixelForge asks for a key, and PixelForge"
         " remembers it.",
         "Install PixelForge. Then start PixelForge from the menu; PixelForge asks for a key, and PixelForge"
         " remembers it."),
        ("The YunTu board, the ⟦yunTu⟧ case and the YunTu cable; YunTu ships in May.",
         "The YunTu board, the YunTu case and the YunTu cable; YunTu ships in May."),
    ],
    good=[
        "It runs on macOS and iOS. The macOS build is signed.",
        "Use GitHub or Github Enterprise.",  # one of the two forms has no inner capital: another rule's business
        "The IT department said it was fine. It was.",
        "Send the URLs. URLs and PEPs are listed. See URLs below.\n\nGIT URLS\n",
        "ConfigParser reads files. The ConfigParser class, like ConfigParser objects, comes from configparser.",
        "Call getValue() on the object; GetValue is the C# name.",  # each form once: no majority
    ],
)
def name_case_variant(ctx: Context) -> Iterator[Hit]:
    """A name with a hump ("PixelForge", "macOS": a capital after a lower-case letter) written in
    another case in the same document ("pixelForge", "Pixelforge"): machine translation re-cases
    a product or project name by the sentence it lands in, an editor makes every mention match.

    Only names with a hump take part: an ordinary word capitalised at a sentence start ("It",
    "Idea") or a command in lower case ("python") does not, so prose that names the same thing
    in one consistent way gives nothing. The document's majority form
    (three times or more, and at least twice as often as the variant) is the one to keep. Both
    forms must have a hump: "configparser" beside "ConfigParser" is a module beside its
    class, "Doctest" a sentence's first word, "URLS" a heading in capitals; the fix writes it, unsafe
    because the majority can be the wrong one. Code spans, URLs and paths are not looked at.
    """
    doc = ctx.doc
    scanned = doc.ascii_bytes
    shape = _shape(scanned)
    forms: dict[bytes, Counter] = defaultdict(Counter)
    places: dict[bytes, list[tuple[int, int]]] = defaultdict(list)
    # Both forms have a hump (see above), so the hump scan finds every occurrence of either.
    for start, end in _humped_words(scanned, shape):
        if doc.ignored and doc.is_ignored(start, end):
            continue
        form = scanned[start:end]
        forms[form.lower()][form] += 1
        places[form].append((start, end))
    for counts in forms.values():
        if len(counts) < 2:
            continue
        (major, most), *others = counts.most_common()
        for form, count in others:
            if most < max(3, 2 * count):
                continue  # no clear majority
            name = major.decode("ascii")
            for start, end in places[form]:
                yield Hit(start, end, f"{form.decode('ascii')!r} is written {name!r} {most} times in this document",
                          replacement=name)
