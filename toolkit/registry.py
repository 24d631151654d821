"""The rule registry: each rule is declared once, with its code, name, severity, default, fix
safety ceiling, documentation and bad/good examples, by the `@rule` decorator on its check.

A check takes a `Context` and yields `Hit`s; the registry turns hits into findings, so a rule never
repeats its own code, name or severity. Bad examples mark the span a finding must cover with
⟦ ⟧ and give the text that applying the finding's edits must produce; `tests/test_rules.py` runs
every rule's examples.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import itertools
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Any, NamedTuple, Protocol

from . import triggers as shared_scan
from .document import Document
from .errors import UserError
from .model import Edit, Finding, Fix, Safety, Severity



class RuleInputs(Protocol):
    """What a check reads besides the document: the rules, their options, the glossary and the
    trigger automata (profile.Profile is the implementation; the registry only names the need)."""

    rules: tuple[Rule, ...]

    @property
    def glossary(self) -> Any: ...

    @property
    def triggers(self) -> Any: ...

    def options_for(self, code: str) -> Mapping[str, Any]: ...

_CODE = re.compile(r"^[A-Z][0-9]{3}$")
_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


class Hit(NamedTuple):
    """What a check reports: a span, a message and, optionally, the edits that would fix it.

    `replacement` replaces the whole span; `edits` is for fixes that touch other places.
    `safety` may lower the rule's ceiling for this one hit, never raise it.
    """

    start: int
    end: int
    message: str
    replacement: str | None = None
    edits: tuple[Edit, ...] = ()
    safety: Safety | None = None


class Option(NamedTuple):
    """A setting a rule declares (`@rule(options={name: Option(...)})`), set in the `[options]`
    table of a configuration and read by the rule as `ctx.options[name]`."""

    kind: type
    default: Any
    help: str


class Context:
    """What a check may look at: the document, the profile (rules, options, glossary) and, for an
    entry of a PO catalog, its msgid.

    `ctx.options` are the options of the rule being run, typed as it declares them. A rule's
    findings are consumed before the next rule runs (engine.check_document), so the context
    names one rule at a time.

    `use_triggers` False runs every rule over the whole text, as if it declared no triggers: the
    reference that tests/test_triggers.py compares the trigger-driven run with."""

    def __init__(self, doc: Document, profile: RuleInputs, msgid: str | None = None,
                 use_triggers: bool = True) -> None:
        self.doc = doc
        self.profile = profile
        self.msgid = msgid
        self.use_triggers = use_triggers
        self.code = ""  # the rule being run
        self.memo: dict[str, Any] = {}  # what rules work out once per document and share
        # The findings of the rules run so far, when the engine runs the profile's rules in code
        # order (None when a rule runs alone): T101 weighs the other families' findings.
        self.found: list[Finding] | None = None

    def prepare(self) -> None:
        """Work out now the document's views that nearly every rule reads (parallel.check_apart
        does, before two processes share this context)."""
        doc = self.doc
        doc.ascii_lowered, doc.non_ascii, doc.line_starts, doc.is_ignored(0, 1)

    def scan_with(self, scan: Any) -> None:
        """Take the trigger starts from `scan` (a TriggerScan) instead of the profile's: one of
        only the rules this process runs, when two processes share a document."""
        if self.use_triggers:
            self.__dict__["_trigger_starts"] = scan.scan(self.doc)

    def apart(self) -> Context:
        """A context on the same document, profile and msgid with no findings and its own memo,
        for running rules on their own, that shares this one's trigger scan: a second scan would
        read the whole document again (170 ms for 10 MB)."""
        other = Context(self.doc, self.profile, self.msgid, self.use_triggers)
        if "_trigger_starts" in self.__dict__:
            other.__dict__["_trigger_starts"] = self._trigger_starts
        return other

    @property
    def options(self) -> Mapping[str, Any]:
        return self.profile.options_for(self.code)

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def _trigger_starts(self) -> dict[str, list[int]]:
        return self.profile.triggers.scan(self.doc)  # one pass for every rule

    def triggered(self, code: str) -> bool:
        """False when rule `code` declares triggers and none occurs in the document."""
        if not self.use_triggers or code in self._trigger_starts:
            return True
        rule = RULES[code]
        return not (rule.triggers or rule.triggers_nocase)

    def _starts(self, code: str) -> list[int]:
        """Where the triggers of rule `code` occur (none: the rule's triggers are not in the text)."""
        return self._trigger_starts.get(code, [])

    def _longest_trigger(self, code: str) -> int:
        rule = RULES[code]
        return max(map(len, (*rule.triggers, *rule.triggers_nocase)))

    def finditer(self, code: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` for rule `code`, run only on the lines where its triggers
        occur. The pattern must not match across a line break."""
        if not self.use_triggers:
            return pattern.finditer(self.text)
        spans = shared_scan.windows(self.doc, self._starts(code), self._longest_trigger(code))
        return shared_scan.finditer(pattern, self.text, spans)

    def in_non_ascii(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` for a pattern that matches only non-ASCII characters and looks
        at nothing outside its match (no lookaround, anchor or word boundary): run on the runs of
        them (Document.non_ascii), not over the whole text. Any match is then a substring of the
        run's characters, so a text whose non-ASCII characters, joined
        (Document.non_ascii_characters), hold no match has none: asked first, in one search, where
        a text of many runs (Chinese, curly quotes) costs a search per run."""
        if not self.use_triggers:
            return pattern.finditer(self.text)
        doc = self.doc
        if pattern.search(doc.non_ascii_characters) is None:
            return iter(())
        return shared_scan.finditer(pattern, self.text, ((r.start, r.end) for r in doc.non_ascii))

    def matches(self, code: str, pattern: re.Pattern[str],
                offsets: Iterable[int] | Callable[[int], Iterable[int]] = (0,),
                only: tuple[str, ...] | None = None) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` for rule `code` when every match starts at one of `offsets`
        from the start of one of its triggers (or at a position `offsets(start)` gives), of the
        triggers starting with `only` (exact ASCII triggers) if given: the pattern is tried only
        there."""
        if not self.use_triggers:
            return pattern.finditer(self.text)
        text = self.text
        starts = self._starts(code)
        if only is not None:
            # Looked for where the scan found the triggers: in the byte view, with a line break
            # before it (so a start may be -1), where NUL stands for any non-ASCII character.
            scanned, prefixes = self.doc.ascii_bytes, tuple(t.encode("ascii") for t in only)
            head = b"\n" + scanned[:max(map(len, prefixes))]
            starts = [s for s in starts
                      if (scanned.startswith(prefixes, s) if s >= 0 else head.startswith(prefixes))]
        if callable(offsets):
            candidates = sorted(set(itertools.chain.from_iterable(map(offsets, starts))))
        else:
            candidates = sorted({s + k for s in starts for k in offsets})
        if candidates and candidates[0] < 0:
            del candidates[:bisect.bisect_left(candidates, 0)]
        return shared_scan.matches_at(pattern, text, candidates)

    def at_line_starts(self, code: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` for rule `code` when every match starts at the start of a
        line with one of its triggers (a pattern anchored with ^ in MULTILINE mode)."""
        line_starts = self.doc.line_starts  # a bisect: searching back for "\n" is quadratic on one long line
        return self.matches(code, pattern, lambda s: (line_starts[bisect.bisect_right(line_starts, max(s + 1, 0)) - 1],))

    def line_numbers(self, code: str) -> Iterable[int]:
        """Indexes into `doc.lines()` of the lines where the triggers of rule `code` occur."""
        if not self.use_triggers:
            return range(len(self.doc.lines()))
        return shared_scan.line_numbers(self.doc, self._starts(code), self._longest_trigger(code))


class Example(NamedTuple):
    text: str  # with ⟦ ⟧ around each span a finding must cover
    fixed: str | None  # the text after applying the findings' edits; None when there are none
    msgid: str | None = None  # for rules that read a PO entry's msgid

    @property
    def plain(self) -> str:
        return self.text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")

    @property
    def spans(self) -> list[tuple[int, int]]:
        spans, removed, pos = [], 0, 0
        while (start := self.text.find(MARK_OPEN, pos)) != -1:
            end = self.text.index(MARK_CLOSE, start)
            spans.append((start - removed, end - removed - 1))
            removed += 2
            pos = end + 1
        return spans


class Rule(NamedTuple):
    code: str
    name: str
    severity: Severity
    fix: Safety  # the most a fix of this rule can be trusted
    default: bool  # on without being selected
    doc: str
    bad: tuple[Example, ...]
    good: tuple[str, ...]
    check: Callable[[Context], Iterable[Hit]]
    markdown: bool = True  # False: the rule does not run on Markdown documents
    triggers: tuple[str, ...] = ()  # literals every hit contains (see toolkit/triggers.py)
    triggers_nocase: tuple[str, ...] = ()  # the same, matched in the lower-cased text
    # Where in a document the rule looks: "anywhere", or only at its "start" or "end". A file too
    # large to hold is checked in sections (toolkit/sections.py); a "start" rule runs only on the
    # first section, an "end" rule only on the last.
    scope: str = "anywhere"
    options: Mapping[str, Option] = MappingProxyType({})  # settings the rule reads (ctx.options)
    # Code prefixes of the rules whose findings this one reads in ctx.found (T101 weighs the
    # evidence of machine translation): a document checked in two processes keeps them together.
    reads: tuple[str, ...] = ()
    # Whether the rule reports inside regions not checked (code, comments): a rule whose subject
    # is their markup (a damaged code span, a suppression comment) says so.
    in_code: bool = False

    def runs_on(self, first: bool, last: bool) -> bool:
        return {"start": first, "end": last}.get(self.scope, True)

    @property
    def summary(self) -> str:
        """The first sentence of the documentation, whole, however its lines are wrapped."""
        import re

        paragraph = " ".join(self.doc.strip().split("\n\n")[0].split())
        end = re.search(r"(?<=[.!?])\s+(?=[A-Z(\"])", paragraph)
        return paragraph[:end.start()] if end else paragraph

    def run(self, ctx: Context) -> Iterator[Finding]:
        # Decided before a generator is made: on a small document most rules have no trigger,
        # and making and running a generator that yields nothing is most of what they cost.
        if ctx.doc.is_markdown and not self.markdown or not ctx.triggered(self.code):
            return iter(())
        ctx.code = self.code
        return self._findings(ctx)

    def _findings(self, ctx: Context) -> Iterator[Finding]:
        # The named tuples are made with tuple.__new__, as their own __new__ does, without the
        # call of that Python function: a document can have tens of thousands of findings. An
        # edit's span is checked here as Edit.__new__ checks it (which raises the error).
        code, name, severity, ceiling = self.code, self.name, self.severity, self.fix
        new = tuple.__new__
        for start, end, message, replacement, edits, safety in self.check(ctx):
            fix = None
            if replacement is not None:
                if not 0 <= start <= end:
                    Edit(start, end, replacement)  # raises ValueError
                edits = (new(Edit, (start, end, replacement)), *edits) if edits else (new(Edit, (start, end, replacement)),)
            if edits:
                edits = tuple(sorted(edits)) if len(edits) > 1 else tuple(edits)
                fix = new(Fix, (ceiling if safety is None or safety.rank > ceiling.rank else safety, edits))
            yield new(Finding, (code, name, message, severity, start, end, fix))


RULES: dict[str, Rule] = {}
_NAMES: set[str] = set()  # the names in RULES (a search of RULES per rule took 1-2 ms of start-up)


def rule(
    code: str,
    name: str,
    *,
    severity: Severity = Severity.WARNING,
    fix: Safety = Safety.NONE,
    default: bool = True,
    markdown: bool = True,
    scope: str = "anywhere",
    triggers: Iterable[str] = (),
    triggers_nocase: Iterable[str] = (),
    bad: Iterable[tuple[str, str | None] | tuple[str, str | None, str] | str] = (),
    good: Iterable[str] = (),
    options: Mapping[str, Option] | None = None,
    reads: Iterable[str] = (),
    in_code: bool = False,
) -> Callable[[Callable[[Context], Iterable[Hit]]], Callable[[Context], Iterable[Hit]]]:
    """Declare a rule. The decorated function's docstring is the rule's documentation.

    `triggers` are literal strings of which every hit contains one, `triggers_nocase` the same in
    lower case, matched in the lower-cased text: the rule runs only where they occur. In a
    trigger of ASCII characters, NUL stands for any non-ASCII character (toolkit/triggers.py).
    A bad example may give a third item, the msgid of the PO entry the text is the msgstr of.
    `options` declares the settings the rule reads (kebab-case names, see Option); `reads`, the
    code prefixes of the rules whose findings it weighs (ctx.found); `in_code`, that its findings
    may lie in regions not checked (code spans, comments), whose markup is its subject."""
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} must be a family letter and three digits")
    if scope not in ("anywhere", "start", "end"):
        raise ValueError(f"rule scope {scope!r} must be anywhere, start or end")
    if not _NAME.match(name):
        raise ValueError(f"rule name {name!r} must be kebab-case")
    examples = tuple(Example(b, None) if isinstance(b, str) else Example(*b) for b in bad)
    declared = MappingProxyType(dict(options or {}))
    if any(not _NAME.match(n) for n in declared):
        raise ValueError(f"rule {code}: option names must be kebab-case")

    triggers, triggers_nocase = tuple(triggers), tuple(t.lower() for t in triggers_nocase)
    if any(not t for t in (*triggers, *triggers_nocase)):
        raise ValueError(f"rule {code}: an empty trigger would fire everywhere")

    def register(check: Callable[[Context], Iterable[Hit]]) -> Callable[[Context], Iterable[Hit]]:
        if code in RULES or name in _NAMES:
            raise ValueError(f"rule {code} {name} is declared twice")
        _NAMES.add(name)
        RULES[code] = Rule(code, name, severity, fix, default, check.__doc__ or "", examples,
                           tuple(good), check, markdown, triggers, triggers_nocase, scope, declared,
                           tuple(reads), in_code)
        return check

    return register


def all_rules() -> dict[str, Rule]:
    """Every registered rule by code, importing the rule modules on first use."""
    _import_rule_modules()
    return dict(sorted(RULES.items()))


@functools.cache
def _import_rule_modules() -> None:
    from . import rules

    for module in pkgutil.iter_modules(rules.__path__):
        importlib.import_module(f"{rules.__name__}.{module.name}")


def select_rules(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    extend_select: Iterable[str] = (),
) -> list[Rule]:
    """Rules chosen by code or code prefix ("B", "B1", "B101"), like ruff.

    `select` replaces the default set (so it can turn on a rule that is off by default),
    `extend_select` adds to it, `ignore` removes; the longest matching prefix wins when select and
    ignore disagree. Unknown codes are a user error.
    """
    rules = all_rules()

    def matching(prefix: str) -> set[str]:
        prefix = prefix.strip().upper()
        if prefix == "ALL":
            return set(rules)
        found = {code for code in rules if code.startswith(prefix)}
        if not prefix or not found:
            raise UserError(f"unknown rule code or prefix {prefix!r} (see `zhen rules`)")
        return found

    # Decide per code by the most specific selector that names it.
    decision: dict[str, tuple[int, bool]] = {}
    if select is None:
        decision = {code: (0, r.default) for code, r in rules.items()}
    else:
        decision = {code: (0, False) for code in rules}
    for selectors, on in (((select or []), True), (extend_select, True), (ignore, False)):
        for selector in selectors:
            weight = 1 if selector.strip().upper() == "ALL" else 1 + len(selector.strip())
            for code in matching(selector):
                if weight >= decision[code][0]:
                    decision[code] = (weight, on)
    return [rules[code] for code in sorted(rules) if decision[code][1]]
