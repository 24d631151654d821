"""Review catalogs: every change zhen made or wants, one PO entry per sentence, for a human to
accept or edit; and rebuilding the document from the reviewed catalog.

An entry's msgid is a stretch of the original text (whole sentences, merged where one change
spans several), its msgstr zhen's version. Entries whose change includes an unsafe fix are
fuzzy; sentences zhen only flags keep their original text as msgstr, fuzzy, with the suggestion
in a comment. Applying every non-fuzzy entry as it stands gives exactly what `zhen fix` wrote.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from dataclasses import dataclass, field

import polib

from .. import __version__
from ..document import Document, Span
from ..engine import FixResult
from ..errors import UserError
from ..model import Finding, Safety
from .strict import check_strictly

HASH_HEADER = "X-Zhen-Source-SHA256"
SOURCE_HEADER = "X-Zhen-Source"


@dataclass
class Unit:
    start: int
    end: int
    findings: list[Finding] = field(default_factory=list)  # on the original text
    remaining: list[Finding] = field(default_factory=list)  # still reported after fixing
    fixed: str | None = None


def _changed_regions(old: str, new: str) -> list[tuple[int, int, int, int]]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _expand(start: int, end: int, sentences: list[Span]) -> tuple[int, int]:
    """Grow [start, end) to whole sentences; a change between sentences takes its neighbours."""
    touching = [s for s in sentences if s.start < max(end, start + 1) and start < s.end]
    if not touching:
        before = [s for s in sentences if s.end <= start]
        after = [s for s in sentences if s.start >= end]
        touching = before[-1:] + after[:1]
    if not touching:
        return start, end
    return min(start, touching[0].start), max(end, touching[-1].end)


def build_units(original: str, result: FixResult, path: str | None) -> list[Unit]:
    doc = Document(original, path)
    sentences = doc.sentences()
    regions = _changed_regions(original, result.text)
    spans = [_expand(i1, i2, sentences) for i1, i2, _, _ in regions]
    # A unit whose new text would be empty (a deletion of whole sentences) takes the sentence
    # before it too: an empty msgstr means "untranslated" in gettext.
    spans = [_with_neighbour(span, regions, original, result.text, sentences) for span in spans]
    while True:  # merge, then grow each unit over any changed region it only partly covers
        units_ = _merge(spans)
        grown = False
        for i1, i2, _, _ in regions:
            for unit in units_:
                if i1 < unit[1] and unit[0] < max(i2, i1 + 1) and (i1 < unit[0] or i2 > unit[1]):
                    unit[0], unit[1] = min(unit[0], i1), max(unit[1], i2)
                    grown = True
        spans = [(u[0], u[1]) for u in units_]
        if not grown:
            break
    units = [Unit(s, e) for s, e in spans]
    starts = frozenset(u.start for u in units)
    # Map each unit to the fixed text: outside changed regions the texts align one to one.
    for unit in units:
        unit.fixed = _fixed_text(unit.start, unit.end, regions, original, result.text, starts)
    first_pass = result.passes[0] if result.passes else []
    for finding in first_pass:
        for unit in units:
            if finding.start < unit.end and unit.start < max(finding.end, finding.start + 1):
                unit.findings.append(finding)
    # Findings left on the fixed text: map them back to the original and attach or add units.
    for finding in result.remaining:
        where = _unmap(finding.start, regions)
        unit = next((u for u in units if u.start <= where < max(u.end, u.start + 1)), None)
        if unit is None:
            start, end = _expand(where, _unmap(finding.end, regions), sentences)
            unit = Unit(start, end, fixed=None)
            # Its sentences can take in a unit already made (a finding across two sentences, one
            # of them changed): one unit for both, or their catalog entries would overlap.
            taken = [u for u in units if u.start < end and start < max(u.end, u.start + 1)]
            if taken:
                unit.start, unit.end = min(start, taken[0].start), max(end, taken[-1].end)
                unit.findings = [f for u in taken for f in u.findings]
                unit.remaining = [f for u in taken for f in u.remaining]
                unit.fixed = _fixed_text(unit.start, unit.end, regions, original, result.text, starts)
            units = [u for u in units if u not in taken] + [unit]
            units.sort(key=lambda u: u.start)
        unit.remaining.append(finding)
    return units


def _fixed_text(start: int, end: int, regions, old: str, new: str, starts: frozenset[int] = frozenset()) -> str:
    """The fixed text of the original's [start, end). An insertion at `end` belongs to the unit
    that starts there; where none does (`starts`: the units' starts), to this one, so no inserted
    text is left out of every unit. The end of the original maps to the end of the fixed text."""
    if end >= len(old):
        return new[_map(start, regions):]
    return new[_map(start, regions):_map(end, regions, with_insertion=end not in starts)]


def _with_neighbour(span: tuple[int, int], regions, old: str, new: str, sentences: list[Span]) -> tuple[int, int]:
    start, end = span
    if new[_map(start, regions):_map(end, regions)].strip():
        return span
    before = [s for s in sentences if s.end <= start]
    after = [s for s in sentences if s.start >= end]
    if before:
        return before[-1].start, end
    if after:
        return start, after[0].end
    return span


def _merge(spans: list[tuple[int, int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def _map(position: int, regions, with_insertion: bool = False) -> int:
    """Offset in the fixed text of a unit boundary (never strictly inside a changed region).
    A region counts as before the boundary when it starts before it; an insertion exactly at the
    boundary counts as before it only `with_insertion` (see _fixed_text)."""
    shift = 0
    for i1, i2, j1, j2 in regions:
        if i2 <= position and (i1 < position or with_insertion and i1 == i2 == position):
            shift = j2 - i2
        elif i1 >= position:
            break
    return position + shift


def _unmap(position: int, regions) -> int:
    """Original offset of a fixed-text offset (inside a changed region: the region's start)."""
    shift = 0
    for i1, i2, j1, j2 in regions:
        if j2 <= position:
            shift = i2 - j2
        elif j1 <= position:
            return i1
        else:
            break
    return position + shift


DELETE_FLAG = "zhen-delete"  # an entry whose empty msgstr deletes its msgid


def review_catalog(original: bytes, text: str, result: FixResult, path: str) -> polib.POFile:
    doc = Document(text, path)
    catalog = polib.POFile(wrapwidth=78)
    catalog.metadata = {
        "Project-Id-Version": f"zhen review {__version__}",
        "PO-Revision-Date": "1970-01-01 00:00+0000",  # not reviewed yet; no clock, so output is reproducible
        "Last-Translator": "zhen (generated)",
        "Language-Team": "none",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
        SOURCE_HEADER: path,
        HASH_HEADER: hashlib.sha256(original).hexdigest(),
    }
    for unit in build_units(text, result, path):
        msgid = text[unit.start:unit.end]
        if not msgid:
            continue
        line, column = doc.position(unit.start)
        comments = [f"{f.code} {f.name}: {f.message}" for f in unit.findings]
        comments += [f"still flagged, {f.code} {f.name}: {f.message}" for f in unit.remaining]
        suggestions = [f"suggestion ({f.code}): " + " / ".join(repr(e.replacement) for e in f.fix.edits)
                       for f in unit.remaining if f.fix and f.fix.edits]
        unsafe = any(f.fix and f.fix.safety is Safety.UNSAFE for f in unit.findings)
        changed = unit.fixed is not None and unit.fixed != msgid
        flags = ["fuzzy"] if unsafe or not changed else []
        if changed and not unit.fixed:
            # The fix deletes everything there is (no neighbouring sentence to carry the entry):
            # an empty msgstr means "untranslated" in gettext, so the deletion is a flag.
            flags.append(DELETE_FLAG)
            comments.append(f"the fix deletes this text: remove the {DELETE_FLAG} flag to keep it")
        entry = polib.POEntry(
            msgctxt=f"line {line}, column {column}", msgid=msgid, msgstr=unit.fixed if changed else msgid,
            comment="\n".join(comments + suggestions), occurrences=[(path, str(line))], flags=flags,
        )
        catalog.append(entry)
    return catalog


def apply_catalog(catalog: polib.POFile, original: bytes, text: str, accept_fuzzy: bool = False,
                  skipped: list[polib.POEntry] | None = None) -> str:
    """Rebuild the document from a reviewed catalog: a human's msgstr wins; fuzzy entries keep the
    original unless accepted, and those whose msgstr would have changed the text are added to
    `skipped` (to be reported, not dropped silently). Refuses a catalog that is not a review
    catalog, a document that changed since the catalog was made, and an msgid not where it was."""
    recorded = catalog.metadata.get(HASH_HEADER)
    if recorded is None:
        raise UserError(f"not a review catalog: it has no {HASH_HEADER} header; make one with "
                        "`zhen fix FILE --po REVIEW.po`")
    if recorded != hashlib.sha256(original).hexdigest():
        source = catalog.metadata.get(SOURCE_HEADER, "its document")
        raise UserError(f"the document no longer matches the catalog made from {source} (its SHA-256 "
                        "differs: it changed since `zhen fix --po`, or it is another file); make the catalog again")
    doc = Document(text)
    pieces, pos = [], 0
    for entry in sorted((e for e in catalog if not e.obsolete), key=_position):
        line, column = _position(entry)
        start = _msgid_start(doc, entry.msgid, line, column, pos)
        if start == -1:
            raise UserError(f"msgid at line {line} not found in the document: {entry.msgid[:60]!r}")
        pieces.append(text[pos:start])
        proposed = entry.msgstr if entry.msgstr or DELETE_FLAG in entry.flags else entry.msgid
        accepted = accept_fuzzy or "fuzzy" not in entry.flags
        if not accepted and proposed != entry.msgid and skipped is not None:
            skipped.append(entry)
        pieces.append(proposed if accepted else entry.msgid)
        pos = start + len(entry.msgid)
    pieces.append(text[pos:])
    return "".join(pieces)


def load_catalog(path: str) -> polib.POFile:
    """A PO file read as strictly as `msgfmt -c` (gettext/strict.py), or a one-line UserError
    naming it (polib raises plain IOError/OSError)."""
    if not os.path.isfile(path):  # polib would parse the missing file's name as PO text
        raise UserError("no such file" if not os.path.exists(path) else "not a file", path)
    try:
        with open(path, encoding="utf-8") as handle:
            check_strictly(handle.read(), path)
        return polib.pofile(path, wrapwidth=78)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise UserError(f"not a readable PO file: {message}", path) from None


_COLUMN = re.compile(r"\bcolumn (\d+)$")


def _position(entry: polib.POEntry) -> tuple[int, int]:
    """(line, column) where the entry's msgid starts: the line from its reference, the column from
    its msgctxt ("line 3, column 12"; 0 when a catalog does not record it)."""
    try:
        line = int(entry.occurrences[0][1])
    except (IndexError, ValueError):
        raise UserError(f"entry {entry.msgid[:40]!r} has no line reference") from None
    column = _COLUMN.search(entry.msgctxt or "")
    return line, int(column.group(1)) if column else 0


def _msgid_start(doc: Document, msgid: str, line: int, column: int, after: int) -> int:
    """Where `msgid` starts in the document: exactly at (line, column), since a line can hold the
    same sentence twice (scraped text does); without a column, its first occurrence on or after
    the line and after the previous entry. -1 when it is not there."""
    if not 1 <= line <= len(doc.line_starts):
        return -1 if column else doc.text.find(msgid, after)
    line_start = doc.offset(line, 1)
    if not column:
        return doc.text.find(msgid, max(after, line_start))
    start = line_start + column - 1
    return start if start >= after and doc.text.startswith(msgid, start) else -1
