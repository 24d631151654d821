"""Checking and fixing existing gettext catalogs: every rule on each msgstr, with the entry's
msgid as context (so T104 can compare the Chinese with the English), findings at the line of the
msgstr, and fixes that rewrite only the msgstr block, leaving every other byte of the file as it
was (comments, flags, order, wrapping).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import polib

from ..document import Document
from ..engine import apply_edits, check_document
from ..errors import UserError
from ..model import FINDING_ORDER, Edit, Finding, Fix
from ..profile import Profile
from .strict import check_strictly

_KEYWORD = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+"')
_CONTINUATION = re.compile(r'^[ \t]*"')
_WRAP = 76


@dataclass
class Block:
    keyword: str
    start: int  # offset of the keyword line in the file
    end: int  # end of its last continuation line (before the line break)
    value: str  # the decoded string
    multiline: bool  # written as `keyword ""` followed by continuation lines


def _blocks(text: str) -> list[Block]:
    """Every keyword block of the file, in order; obsolete (#~) and comment lines are skipped."""
    lines = text.splitlines(keepends=True)
    blocks: list[Block] = []
    offset = 0
    current: Block | None = None
    parts: list[str] = []
    for line in lines:
        body = line.rstrip("\r\n")
        keyword = _KEYWORD.match(body)
        if keyword or not _CONTINUATION.match(body):
            if current is not None:
                current.value = polib.unescape("".join(parts))
                blocks.append(current)
                current = None
        if keyword:
            quoted = body[keyword.end() - 1:]
            parts = [quoted.strip()[1:-1]]
            current = Block(keyword.group(1), offset, offset + len(body), "", quoted.strip() == '""')
        elif current is not None and _CONTINUATION.match(body):
            parts.append(body.strip()[1:-1])
            current.end = offset + len(body)
            current.multiline = True
        offset += len(line)
    if current is not None:
        current.value = polib.unescape("".join(parts))
        blocks.append(current)
    return blocks


def _entries(text: str) -> list[tuple[str, list[Block]]]:
    """(msgid, msgstr blocks) for each entry, the header (empty msgid) left out."""
    entries: list[tuple[str, list[Block]]] = []
    msgid = None
    for block in _blocks(text):
        if block.keyword == "msgid":
            msgid = block.value
            entries.append((msgid, []))
        elif block.keyword.startswith("msgstr") and entries and msgid:
            entries[-1][1].append(block)
    return [(m, b) for m, b in entries if m]


def render(block: Block, value: str) -> str:
    """The block with a new value, written in the block's own style (one line, or wrapped)."""
    if not block.multiline:
        return f'{block.keyword} "{polib.escape(value)}"'
    lines = [f'{block.keyword} ""']
    for chunk in re.findall(r".*?(?:\n|$)", value):
        if not chunk:
            continue
        current = ""
        for word in re.findall(r"\S+\s*|\s+", chunk):
            if current and len(polib.escape(current + word)) > _WRAP:
                lines.append(f'"{polib.escape(current)}"')
                current = ""
            current += word
        if current:
            lines.append(f'"{polib.escape(current)}"')
    return "\n".join(lines)


def validate(text: str, path: str) -> None:
    # polib.pofile takes a file name or the content itself, and reads the file when the content
    # names one: a catalog must not make zhen read another file.
    if os.path.isfile(text):
        raise UserError("malformed PO file: its text is the name of a file", path)
    check_strictly(text, path)
    try:
        polib.pofile(text)
    except (OSError, ValueError) as error:
        raise UserError(f"malformed PO file: {str(error).splitlines()[0]}", path) from None


def check_catalog(doc: Document, profile: Profile | None = None) -> list[Finding]:
    """Findings of the profile's rules on each msgstr, placed on the msgstr's block in the PO file."""
    validate(doc.text, doc.path or "<catalog>")
    findings: list[Finding] = []
    for msgid, blocks in _entries(doc.text):
        for block in blocks:
            if not block.value.strip():
                continue
            inner = check_document(Document(block.value), profile, msgid=msgid)
            for f in inner:
                fix = None
                if f.fix is not None:
                    new_value = apply_edits(block.value, f.fix.edits)
                    fix = Fix(f.fix.safety, (Edit(block.start, block.end, render(block, new_value)),))
                message = f"{block.keyword}: {f.message} (in {block.value[max(0, f.start - 20):f.end + 20]!r})"
                findings.append(Finding(f.code, f.name, message, f.severity, block.start,
                                        block.start + len(block.keyword), fix))
    findings.sort(key=FINDING_ORDER)
    return findings
