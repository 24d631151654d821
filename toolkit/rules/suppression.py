"""Z: zhen's own directives. Z101 reports suppressions that silence nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Edit, Finding, Safety
from ..registry import Context, Hit, all_rules, rule
from ..suppressions import UNUSED_SUPPRESSION, Directive, directives, silenced_by, touches


@rule(
    UNUSED_SUPPRESSION, "unused-suppression", fix=Safety.UNSAFE, in_code=True,
    bad=[
        ("⟦zhen: ignore D101⟧\nThe plan is ready.\n", "The plan is ready.\n"),
        ("The report was long.\n⟦<!-- zhen: ignore Q999 -->⟧\nIt ended.\n", "The report was long.\nIt ended.\n"),
        ("<!-- zhen: ignore D101,⟦P101⟧ -->\nthe the plan\n", "<!-- zhen: ignore D101 -->\nthe the plan\n"),
        ("<!-- zhen: ignore ⟦P101⟧, D101 -->\nthe the plan\n", "<!-- zhen: ignore D101 -->\nthe the plan\n"),
        ("the plan ⟦<!-- zhen: ignore D101 -->⟧\n", "the plan\n"),
        ("Title\n⟦zhen: ignore-file D101⟧", "Title"),
        ("⟦<!-- zhen: ignore the next line -->⟧\nthe the plan\n", None),
    ],
    good=[
        "zhen: ignore D101\nthe the plan\n",
        "the the plan <!-- zhen: ignore D101 -->\n",
        "<!-- zhen: ignore-file -->\nthe the plan\n",
        "zhen: ignore-file D\nIt works. .\nthe the plan\n",
        "Zhen: ignore the noise, she said.\nzhen: ignore it\n",
    ],
)
def unused_suppression(ctx: Context) -> Iterator[Hit]:
    """A suppression comment that silences nothing (unknown code, malformed, nothing to silence).

    A directive (`zhen: ignore CODE` or `<!-- zhen: ignore CODE -->`) is reported when the rules it
    names find nothing on the line it covers, when a code is unknown, or when it is malformed.

    This is not a translation artifact but a maintenance one: a translator silences a rule on
    one line of a machine-translated document (say a doubled word that the Chinese source really
    repeats, 层层, "level upon level"), the line is later rewritten, and the directive stays,
    hiding whatever appears there next. Reporting it keeps suppressions from rotting. The fix
    deletes the directive (or the unused codes of it); it is unsafe because a human wrote it.
    A blanket `zhen: ignore-file` names no rule and is never reported.
    """
    found = directives(ctx.doc)
    if not found:
        return
    known = all_rules()
    cache: dict[str, list[Finding]] = {}

    def findings_of(prefix: str) -> list[Finding]:
        # What the named rules find before suppression, outside unchecked regions.
        if prefix not in cache:
            cache[prefix] = [
                f for code, r in known.items() if code.startswith(prefix) and code != UNUSED_SUPPRESSION
                for f in r.run(ctx)
                if not ctx.doc.is_ignored(f.start, f.end) and not any(touches(d, f) for d in found)
            ]
        return cache[prefix]

    for directive in found:
        if directive.error:
            yield Hit(directive.start, directive.end, directive.error)
            continue
        unused = []
        for code, start, end in directive.codes:
            if not any(c.startswith(code) for c in known):
                unused.append((code, start, end, f"unknown rule code {code!r}"))
            elif code != UNUSED_SUPPRESSION and not any(
                silenced_by(directive, ctx.doc, f) for f in findings_of(code)
            ):
                unused.append((code, start, end, f"{code} finds nothing {_where(directive)}"))
        if not unused:
            continue
        if len(unused) == len(directive.codes):
            reasons = "; ".join(reason for *_, reason in unused)
            yield Hit(directive.start, directive.end, f"suppression silences nothing: {reasons}",
                      edits=(_delete_directive(ctx.text, directive),))
            continue
        for code, start, end, reason in unused:
            yield Hit(start, end, f"suppression of {code} silences nothing: {reason}",
                      edits=(_delete_code(directive, start, end),))


def _where(directive: Directive) -> str:
    if directive.lines is None:
        return "in this file"
    return f"on line {directive.lines[0]}"


def _delete_directive(text: str, directive: Directive) -> Edit:
    """Delete the directive; when it has a line of its own, delete the line."""
    if not directive.alone:
        start = directive.start
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        return Edit(start, directive.end, "")
    start = text.rfind("\n", 0, directive.start) + 1
    newline = text.find("\n", directive.end)
    if newline != -1:
        return Edit(start, newline + 1, "")
    # The last line: take the line break before it instead, so no empty line is left behind.
    if start > 0:
        start -= 2 if text[start - 2:start] == "\r\n" else 1
    return Edit(start, len(text), "")


def _delete_code(directive: Directive, start: int, end: int) -> Edit:
    """Delete one code of a list, with the comma that separates it from its neighbour."""
    spans = [(s, e) for _, s, e in directive.codes]
    index = spans.index((start, end))
    if index > 0:
        return Edit(spans[index - 1][1], end, "")
    return Edit(start, spans[index + 1][0], "")
