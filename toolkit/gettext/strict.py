"""Reading a PO catalog as strictly as `msgfmt -c`: what msgfmt refuses is an input error (one
line, file:line), never parsed leniently and checked. polib accepts broken catalogs (an
unterminated string, a duplicate msgid), so the syntax is checked here first.

Checked: each line is a comment, blank, a keyword with one whole C string, or a continuation
string; the escapes are C's; keywords come in order (msgctxt, msgid, msgid_plural, msgstr or
msgstr[N]); no (msgctxt, msgid) is defined twice; in a c-format or python-format entry that is not
fuzzy, the msgstr has the msgid's format directives. A catalog without a header is accepted.
"""

from __future__ import annotations

import re

from ..errors import UserError

_STRING = r'"(?:[^"\\]|\\.)*"'
_LINE = re.compile(rf'^[ \t]*(?:(msgctxt|msgid|msgid_plural|msgstr(?:\[(\d+)\])?)[ \t]+)?({_STRING})[ \t]*$')
_ESCAPE = re.compile(r'\\(?:[ntrabfv"\\?\']|[0-7]{1,3}|x[0-9A-Fa-f]+)')
_NEXT = {  # keyword -> the keywords that may follow it within an entry
    None: {"msgctxt", "msgid"},
    "msgctxt": {"msgid"},
    "msgid": {"msgid_plural", "msgstr"},
    "msgid_plural": {"msgstr[]"},
    "msgstr": set(),
    "msgstr[]": {"msgstr[]"},
}
_C_DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcspn%])")
_PY_DIRECTIVE = re.compile(r"%(?:\(([^)]*)\))?[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?([diouxXeEfFgGcrsa%])")


class _Entry:
    def __init__(self, line: int) -> None:
        self.line = line
        self.values: dict[str, list[str]] = {}
        self.lines: dict[str, int] = {}
        self.flags: set[str] = set()


def _error(path: str, line: int, message: str) -> UserError:
    return UserError(f"malformed PO file: {message}", path, line)


def _string(body: str, path: str, number: int) -> str:
    inner = body[1:-1]
    bad = re.sub(_ESCAPE, "", inner)
    if "\\" in bad:
        raise _error(path, number, "invalid escape sequence")
    return inner


def _lines(text: str, path: str):
    """(line number, keyword or None for a continuation, string, flags of a `#,` line) per line."""
    for number, raw in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 may sit in a string
        raw = raw.removesuffix("\r")
        line = raw.strip()
        if line.startswith("#,"):
            yield number, "#,", "", {f.strip() for f in line[2:].split(",")}
            continue
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(raw)
        if match is None:
            problem = "unterminated string" if line.count('"') % 2 or line.endswith("\\\"") else "syntax error"
            raise _error(path, number, problem)
        keyword = match.group(1)
        if keyword and keyword.startswith("msgstr["):
            keyword = "msgstr[]"
        yield number, keyword, _string(match.group(3), path, number), set()


def _entries(text: str, path: str) -> list[_Entry]:
    entries: list[_Entry] = []
    entry: _Entry | None = None
    last: str | None = None
    flags: set[str] = set()
    for number, keyword, value, line_flags in _lines(text, path):
        if keyword == "#,":
            flags |= line_flags
            continue
        if keyword is None:
            if entry is None or last is None:
                raise _error(path, number, "a string outside any keyword")
            entry.values[last][-1] += value
            continue
        if keyword not in _NEXT[last]:
            if keyword in _NEXT[None] and last in ("msgid", "msgid_plural"):
                raise _error(path, entry.line, "missing msgstr")
            if keyword not in _NEXT[None] or last not in ("msgstr", "msgstr[]"):
                after = f" after {last.replace('[]', '[N]')}" if last else " at the start of an entry"
                raise _error(path, number, f"{keyword.replace('[]', '[N]')} cannot come{after}")
            entry = None
        if entry is None:
            entry = _Entry(number)
            entry.flags, flags = flags, set()
            entries.append(entry)
        entry.values.setdefault(keyword, []).append(value)
        entry.lines.setdefault(keyword, number)
        last = keyword
    if entry is not None and last not in ("msgstr", "msgstr[]"):
        raise _error(path, entry.line, "missing msgstr")
    return entries


def _directives(value: str, python: bool) -> list[tuple[str, str]]:
    pattern = _PY_DIRECTIVE if python else _C_DIRECTIVE
    found = []
    for match in pattern.finditer(value):
        kind = match.groups()[-1]
        if kind != "%":
            name = match.group(1) or "" if python else ""
            found.append((name, "d" if kind == "i" else kind))
    return sorted(found) if python and any(n for n, _ in found) else found


def _check_formats(entry: _Entry, path: str) -> None:
    kinds = [k for k in ("c-format", "python-format") if k in entry.flags]
    if not kinds or "fuzzy" in entry.flags:
        return
    python = kinds[0] == "python-format"
    wanted = _directives(entry.values["msgid"][0], python)
    for keyword in ("msgstr", "msgstr[]"):
        for value in entry.values.get(keyword, []):
            if value and _directives(value, python) != wanted:
                raise _error(path, entry.lines[keyword],
                             f"the format directives of msgstr differ from the msgid's ({kinds[0]})")


def check_strictly(text: str, path: str) -> None:
    """Raise a UserError at the first problem msgfmt -c would refuse the catalog for."""
    seen: dict[tuple[str | None, str], int] = {}
    for entry in _entries(text, path):
        context = entry.values.get("msgctxt", [None])[0]
        key = (context, entry.values["msgid"][0])
        if key in seen:
            raise _error(path, entry.lines["msgid"], f"duplicate msgid (first defined at line {seen[key]})")
        seen[key] = entry.lines["msgid"]
        _check_formats(entry, path)
