"""The Python API: check and fix text, look terms up, scan Chinese, load glossaries.

Every function here is a thin layer over the engine (`engine.check_document`, `fix_document`),
the configuration resolver (`config.Resolver`), the glossary (`glossary.load_glossary`) and
`lookup`, so that the one module can follow the engine when it changes. Documented, with
examples, in docs/api.md; the examples below are doctests (tests/test_api.py runs them).

Nothing heavy is imported here: jieba and OpenCC load only when Chinese text needs them, and the
configuration and glossary modules on first use.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .document import Document
from .engine import FixResult, check_document, fix_document
from .model import Finding, Fix, Safety, Severity

if TYPE_CHECKING:  # `import toolkit` is on the start-up path of `zhen check`: nothing more is made
    from typing import Union

    from .config import Settings
    from .glossary import Glossary
    from .glossary.lookup import Match, ScanHit
    from .profile import Profile

    # A configuration: a file (zhen.toml, or pyproject.toml with [tool.zhen]), or `Settings`
    # already resolved for a path (see `settings_for`). None: zhen's defaults, no file read.
    ConfigLike = Union[str, os.PathLike[str], Settings, None]
    # Extra glossaries: TOML files added to the bundled glossary, or a `Glossary` already loaded.
    GlossaryLike = Union[Glossary, Iterable[Union[str, os.PathLike[str]]], None]


class Issue(Finding):
    """A `Finding` that also knows its place as line and column (1-based; columns count
    characters): `line`, `column`, and `end_line`, `end_column` for `end` (exclusive).

    An issue is a finding: it equals the engine's `Finding` with the same fields (so `issue in
    findings` works), unpacks to the same seven fields and can be used wherever one is.
    `_replace` gives a plain `Finding`, since a changed span is no longer at that place.
    """

    line: int
    column: int
    end_line: int
    end_column: int

    def __new__(cls, finding: Finding, line: int, column: int, end_line: int, end_column: int) -> Issue:
        self = tuple.__new__(cls, finding)
        self.line, self.column, self.end_line, self.end_column = line, column, end_line, end_column
        return self

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Finding:  # type: ignore[override]
        return Finding._make(iterable)

    def __repr__(self) -> str:
        return (f"{Finding.__repr__(self)[:-1]}, line={self.line}, column={self.column}, "
                f"end_line={self.end_line}, end_column={self.end_column})")

    def __reduce__(self) -> tuple[Any, ...]:
        return Issue, (Finding(*self), self.line, self.column, self.end_line, self.end_column)

    @property
    def safety(self) -> Safety | None:
        """How far the fix can be trusted (SAFE, UNSAFE, NONE for a suggestion), None without one."""
        return self.fix.safety if self.fix is not None else None

    @property
    def finding(self) -> Finding:
        """The plain `Finding`."""
        return Finding(*self)


def locate(text: str, findings: Iterable[Finding]) -> list[Issue]:
    """`findings` on `text` as `Issue`s, with 1-based line and column.

    >>> from toolkit import Finding, Severity
    >>> finding = Finding("D101", "doubled-word", "doubled", Severity.WARNING, 8, 12)
    >>> [issue] = locate("One.\\nTwo two.", [finding])
    >>> issue.line, issue.column, issue.end_line, issue.end_column, issue == finding
    (2, 4, 2, 8, True)
    """
    doc = Document(text)
    issues = []
    for f in findings:
        line, column = doc.position(f.start)
        end_line, end_column = doc.position(f.end)
        issues.append(Issue(f, line, column, end_line, end_column))
    return issues


def settings_for(
    path: str | os.PathLike[str] | None = None,
    config: str | os.PathLike[str] | None = None,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    glossary: Sequence[str | os.PathLike[str]] = (),
    isolated: bool = False,
) -> Settings:
    """The settings `zhen check PATH` would use for a file: its nearest configuration (found by
    walking up from the file's folder: zhen.toml, or pyproject.toml with [tool.zhen]), or the
    file `config` when given, with selections and extra glossaries on top, as on the command
    line. `isolated` reads no configuration file. Errors in a configuration raise `UserError`.

    >>> settings = settings_for("notes.txt", isolated=True, select=["D101"])
    >>> [rule.code for rule in settings.profile.rules]
    ['D101']
    """
    from .config import Overrides, Resolver

    overrides = Overrides(
        select=_codes(select) or None, ignore=_codes(ignore), extend_select=_codes(extend_select),
        glossary=_paths(glossary), config=os.fspath(config) if config else None, isolated=isolated,
    )
    return Resolver(overrides)(os.fspath(path) if path is not None else "-")


def _codes(codes: str | Iterable[str] | None) -> tuple[str, ...]:
    """Rule codes as the command line takes them: "D101,P1" is two selectors, as is ["D101", "P1"]."""
    if codes is None:
        return ()
    values = [codes] if isinstance(codes, str) else list(codes)
    return tuple(c.strip() for v in values for c in v.split(",") if c.strip())


def _paths(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None) -> tuple[str, ...]:
    """Glossary files: one path, or several."""
    if paths is None:
        return ()
    if isinstance(paths, (str, os.PathLike)):
        return (os.fspath(paths),)
    return tuple(os.fspath(p) for p in paths)


def _settings(path: str | None, config: ConfigLike, select: Sequence[str] | None, ignore: Sequence[str],
              extend_select: Sequence[str], glossary: GlossaryLike) -> Settings:
    from .config import Settings, layer
    from .glossary import Glossary
    from .profile import Profile

    paths = () if isinstance(glossary, Glossary) else _paths(glossary)
    if not isinstance(config, Settings):
        settings = settings_for(path, config, select=select, ignore=ignore, extend_select=extend_select,
                                glossary=paths, isolated=config is None)
    else:
        profile, rules = config.profile, config.profile.rules
        select, ignore, extend_select = _codes(select), _codes(ignore), _codes(extend_select)
        if select or ignore or extend_select:
            from .registry import select_rules

            codes = layer({r.code for r in rules}, select or None, ignore, extend_select)
            rules = tuple(r for r in select_rules(["ALL"]) if r.code in codes)
        if rules != profile.rules or paths:
            profile = Profile(rules, profile.option_values, (*profile.glossary_paths, *paths))
        settings = config._replace(profile=profile)
    if isinstance(glossary, Glossary):
        profile = settings.profile
        settings = settings._replace(profile=Profile(profile.rules, profile.option_values, glossary=glossary))
    return settings


def _prepare(text: str, path: str | os.PathLike[str] | None, markdown: bool | None, config: ConfigLike,
             select: Sequence[str] | None, ignore: Sequence[str], extend_select: Sequence[str],
             glossary: GlossaryLike, profile: Profile | None) -> tuple[Any, ...] | None:
    """(document, profile, checker), or None for a file the configuration excludes."""
    name = os.fspath(path) if path is not None else None
    if profile is None:
        settings = _settings(name, config, select, ignore, extend_select, glossary)
        if settings.excluded:
            return None
        profile = settings.profile
    checker: Callable[..., list[Finding]] = check_document
    if name is not None and name.lower().endswith((".po", ".pot")):
        from .gettext.catalog import check_catalog  # polib only for catalogs

        checker = check_catalog
    return Document(text, name, markdown), profile, checker


def check_text(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    config: ConfigLike = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    glossary: GlossaryLike = None,
    markdown: bool | None = None,
    profile: Profile | None = None,
) -> list[Issue]:
    """Check `text` and return its findings as `Issue`s, in document order.

    `path` names the text: a .md path checks it as Markdown (or say `markdown=True`), a .po
    path as a gettext catalog, and configuration globs match it; the file is not read.
    `config` is a configuration file or `Settings` from `settings_for` (None: the defaults);
    `select`, `ignore` and `extend_select` are rule codes or prefixes, applied on top as on the
    command line; `glossary` adds glossary files (or is a `Glossary` from `load_glossary`).
    Suppression comments apply. A file the configuration excludes has no findings.
    `profile` is the engine's own argument (a `Profile`: rules, options, glossary), for callers
    that build one themselves and reuse it between calls; it replaces the configuration.

    >>> [(i.code, i.line, i.column, i.safety.value) for i in check_text("We met. It is the the plan.")]
    [('D101', 1, 18, 'safe')]
    >>> check_text("We met. It is the the plan.", ignore=["D"])
    []
    """
    prepared = _prepare(text, path, markdown, config, select, ignore, extend_select, glossary, profile)
    if prepared is None:
        return []
    doc, chosen, checker = prepared
    return locate(text, checker(doc, chosen))


def fix_text(
    text: str,
    path: str | os.PathLike[str] | None = None,
    *,
    unsafe: bool = False,
    config: ConfigLike = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    glossary: GlossaryLike = None,
    markdown: bool | None = None,
    profile: Profile | None = None,
) -> FixResult:
    """Apply the safe fixes (and the unsafe ones with `unsafe=True`) until none applies, as
    `zhen fix` does. Arguments as for `check_text`. The result has `.text` (the fixed text),
    `.applied` (the findings fixed) and `.remaining` (the findings on the fixed text; `locate`
    gives their lines and columns).

    >>> result = fix_text("We met. It is the the plan.")
    >>> result.text
    'We met. It is the plan.'
    >>> [f.code for f in result.applied], result.remaining
    (['D101'], [])
    """
    prepared = _prepare(text, path, markdown, config, select, ignore, extend_select, glossary, profile)
    if prepared is None:
        return FixResult(text)
    doc, chosen, checker = prepared
    return fix_document(doc, chosen, unsafe=unsafe, checker=checker)


def load_glossary(*paths: str | os.PathLike[str], bundled: bool = True) -> Glossary:
    """The bundled glossary with the glossary files `paths` added (a later file's entry replaces
    an earlier one with the same Chinese); `bundled=False` leaves the bundled one out. Cached per
    process; a broken file raises `UserError` naming its file and line.

    >>> glossary = load_glossary()
    >>> glossary.by_zh["条块"][0].en
    'vertical and horizontal lines of authority'
    """
    from .glossary import load_glossary as load

    return load([os.fspath(p) for p in paths], bundled=bundled)


def _glossary(glossary: Glossary | Iterable[str | os.PathLike[str]] | None) -> Glossary:
    from .glossary import Glossary

    if isinstance(glossary, Glossary):
        return glossary
    return load_glossary(*(glossary or ()))


def lookup(query: str, glossary: GlossaryLike = None) -> list[Match]:
    """Glossary entries for `query`: Chinese (simplified or traditional), canonical or accepted
    English, or a known machine-translation rendering. Each `Match` has `.term` (the entry:
    `.zh`, `.en`, `.also`, `.mt`, `.source`, ...), `.matched` (the form found) and `.kind`
    ("zh", "traditional", "en", "also" or "mt"). Empty when nothing matches.

    >>> [(m.term.zh, m.term.en, m.kind) for m in lookup("strips and strips")]
    [('条块', 'vertical and horizontal lines of authority', 'mt')]
    >>> lookup("no such thing")
    []
    """
    from .glossary.lookup import lookup as find

    return find(_glossary(glossary), query)


def scan(chinese_text: str, glossary: GlossaryLike = None) -> list[ScanHit]:
    """Every glossary term in a Chinese text, in order: `ScanHit`s with `.term`, `.word` (as
    written), `.start` and `.end` (character offsets). Loads jieba on first use (about a second).

    >>> [(h.word, h.term.en, h.start, [n.word for n in h.nested]) for h in scan("加强党建工作")]
    [('党建工作', 'Party-building work', 2, ['党建'])]
    """
    from .glossary.lookup import scan as find

    return find(_glossary(glossary), chinese_text)


__all__ = ["Issue", "check_text", "fix_text", "load_glossary", "locate", "lookup", "scan", "settings_for"]
