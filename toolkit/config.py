"""Project configuration: `[tool.zhen]` in pyproject.toml, or a zhen.toml, found from each file.

Discovery walks up from the checked file's folder (from the current folder for stdin), like ruff:
in each folder a `zhen.toml` (top-level keys) wins over a `pyproject.toml`, and a pyproject.toml
without a `[tool.zhen]` table is passed over. `--config PATH` uses one file for every input;
`--isolated` uses none. Different files of one run can have different nearest configurations;
discovery is cached per folder, so a run reads each configuration file once.

Keys (all optional):
    select, ignore, extend-select  rule codes or prefixes, as on the command line
    per-file-ignores               {glob = [codes]}: rules left out for the files a glob matches
    glossary                       extra glossary .toml files, relative to the configuration file
    exclude                        globs of files never checked or fixed (even when named)
    fail-on                        "error" | "warning" | "info": findings below it do not exit 1
    options                        rule options, from the declared set OPTIONS below

A configuration file is TOML, at most 1 MB (MAX_FILE_BYTES); it is data only (toolkit/tomlfile.py).
A glob without "/" matches a file name at any depth; with "/" it matches the path relative to the
configuration file's folder. "**" crosses folders, "*" and "?" stay within one.
Command-line options override the file: --select replaces its selection, --ignore and
--extend-select adjust it, --glossary adds files after its glossary, --fail-on replaces fail-on.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from . import tomlfile
from .errors import UserError
from .model import Severity
from .registry import Rule, select_rules


class Option(NamedTuple):
    kind: type
    default: Any
    help: str


# The rule options a configuration may set; rules read them from ctx.options by these names.
OPTIONS: dict[str, Option] = {
    "party-capital": Option(bool, True, 'Capitalise "Party" when it means the Communist Party of China.'),
}

MAX_FILE_BYTES = 1024 * 1024  # a configuration from an untrusted repository must not exhaust memory
_LIST_KEYS = ("select", "ignore", "extend-select", "glossary", "exclude")
KEYS = (*_LIST_KEYS, "per-file-ignores", "fail-on", "options")
_CODE_KEYS = ("select", "ignore", "extend-select")


class Config(NamedTuple):
    """One configuration file, checked; `path` None means the defaults (no file)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    glossary: tuple[str, ...] = ()  # absolute paths
    exclude: tuple[str, ...] = ()
    fail_on: Severity | None = None
    options: tuple[tuple[str, Any], ...] = ()

    @property
    def root(self) -> Path:
        """The folder globs are relative to."""
        return self.path.parent if self.path else Path.cwd()


class Overrides(NamedTuple):
    """What the command line says; it wins over every configuration file."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    glossary: tuple[str, ...] = ()
    fail_on: Severity | None = None
    config: str | None = None
    isolated: bool = False


class Settings(NamedTuple):
    """Everything the runner needs for one file."""

    rules: tuple[Rule, ...]
    options: Mapping[str, Any]
    fail_on: Severity
    excluded: bool = False
    config: Config = Config()  # immutable: one default serves every Settings


# -- reading one file -------------------------------------------------------------------------
def load_config(path: str | os.PathLike) -> Config:
    """Read and check one configuration file: pyproject.toml ([tool.zhen]) or any other name
    (top-level keys). Every mistake is a UserError naming the file and the key."""
    path = Path(path).resolve()
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        table = tool.get("zhen") if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            raise UserError("has no [tool.zhen] table", str(path))
        return parse_config(table, path, "tool.zhen.")
    return parse_config(data, path)


def _read_toml(path: Path) -> dict[str, Any]:
    return tomlfile.parse(tomlfile.read(path, MAX_FILE_BYTES, "configuration"), str(path))


def parse_config(table: Mapping[str, Any], path: Path, prefix: str = "") -> Config:
    def fail(key: str, message: str) -> UserError:
        return UserError(f"{prefix}{key}: {message}", str(path))

    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise fail(unknown[0], f"unknown key (known: {', '.join(KEYS)})")
    values: dict[str, Any] = {}
    for key in _LIST_KEYS:
        if key in table:
            values[key] = _strings(table[key], lambda m, k=key: fail(k, m))
    for key in _CODE_KEYS:
        for code in values.get(key, ()):
            _check_code(code, lambda m, k=key: fail(k, m))
    per_file: list[tuple[str, tuple[str, ...]]] = []
    raw = table.get("per-file-ignores", {})
    if not isinstance(raw, dict):
        raise fail("per-file-ignores", "must be a table of glob = [rule codes]")
    for glob, codes in raw.items():
        key = f"per-file-ignores.{_quote_key(glob)}"
        codes = _strings(codes, lambda m, k=key: fail(k, m))
        for code in codes:
            _check_code(code, lambda m, k=key: fail(k, m))
        per_file.append((glob, codes))
    glossary = []
    for name in values.get("glossary", ()):
        # Relative to the configuration file, wherever zhen runs; a repository's configuration
        # may name any .toml file (its content is only ever parsed as a glossary), nothing else.
        file = (path.parent / name).resolve()
        if not file.is_file():
            raise fail("glossary", f"no such glossary file {name!r}")
        try:
            tomlfile.require_toml_name(file, "glossary")
        except UserError as error:
            raise fail("glossary", f"{name!r}: {error.message}") from None
        glossary.append(str(file))
    fail_on = None
    if "fail-on" in table:
        fail_on = parse_severity(table["fail-on"], lambda m: fail("fail-on", m))
    options = table.get("options", {})
    if not isinstance(options, dict):
        raise fail("options", "must be a table of rule options")
    for name, value in options.items():
        option = OPTIONS.get(name)
        if option is None:
            raise fail(f"options.{_quote_key(name)}", f"unknown rule option (known: {', '.join(OPTIONS)})")
        if type(value) is not option.kind:
            kind = "true or false" if option.kind is bool else f"a {option.kind.__name__}"
            raise fail(f"options.{name}", f"must be {kind}, not {value!r}")
    return Config(
        path=path,
        select=values.get("select"),
        ignore=values.get("ignore", ()),
        extend_select=values.get("extend-select", ()),
        per_file_ignores=tuple(per_file),
        glossary=tuple(glossary),
        exclude=values.get("exclude", ()),
        fail_on=fail_on,
        options=tuple(sorted(options.items())),
    )


def parse_severity(value: Any, fail=None) -> Severity:
    names = [s.value for s in Severity]
    if isinstance(value, str) and value.lower() in names:
        return Severity(value.lower())
    message = f"must be one of {', '.join(names)}, not {value!r}"
    raise fail(message) if fail else UserError(message)


def _strings(value: Any, fail) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail("must be a list of strings")
    return tuple(v.strip() for v in value)


def _check_code(code: str, fail) -> None:
    try:
        select_rules([code])
    except UserError as error:
        raise fail(error.message) from None


def _quote_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else f'"{key}"'


# -- discovery --------------------------------------------------------------------------------
def find_config(folder: Path, cache: dict[Path, Config | None] | None = None) -> Config | None:
    """The nearest configuration at or above `folder`, or None."""
    cache = {} if cache is None else cache
    if folder in cache:  # the common case in a large run: the folder of the file before
        return cache[folder]
    walked = []
    found: Config | None = None
    for current in (folder, *folder.parents):
        if current in cache:
            found = cache[current]
            break
        walked.append(current)
        found = _config_in(current)
        if found is not None:
            break
    for current in walked:
        cache[current] = found
    return found


def _config_in(folder: Path) -> Config | None:
    zhen_toml = folder / "zhen.toml"
    if zhen_toml.is_file():
        return load_config(zhen_toml)
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and _mentions_zhen(pyproject):
        tool = _read_toml(pyproject).get("tool")
        if isinstance(tool, dict) and "zhen" in tool:
            return load_config(pyproject)  # parsed again: only for the one pyproject.toml that is ours
    return None


def _mentions_zhen(pyproject: Path) -> bool:
    # A cheap look before parsing: most pyproject.toml files on the way up are not ours. One
    # larger than the limit is not read through: it is taken as ours, and refused for its size.
    try:
        with open(pyproject, "rb") as handle:
            head = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return False
    return b"zhen" in head or len(head) > MAX_FILE_BYTES


# -- globs ------------------------------------------------------------------------------------
# Globs come from configuration files, which may come from an untrusted repository, so they are
# not translated into regular expressions, where "*a*a*a*a...b" or "**/**/**/...x" backtracks
# for hours on a long name. A Glob follows every position of the pattern at once (time: pattern
# length x path length at worst) and remembers each step it took, so matching many similar paths
# costs a dictionary look-up per character.

def glob_matches(pattern: str, path: Path, root: Path) -> bool:
    if "/" not in pattern:
        return _glob(pattern).matches(path.name)
    relative = Path(os.path.relpath(path, root)).as_posix()
    return _glob(pattern.lstrip("/")).matches(relative)


@functools.lru_cache(maxsize=256)
def _glob(pattern: str) -> Glob:
    return Glob(pattern)


class Glob:
    """A glob: * and ? within a folder, ** across folders, **/ zero or more folders, [...] a
    character set ([!...] or [^...] negated, a-z ranges); any other character stands for itself."""

    MAX_STEPS = 4096  # remembered steps; forgotten all at once beyond this

    def __init__(self, pattern: str) -> None:
        # Tokens: ("text", char), ("one",), ("set", negated, chars, ranges), ("star",) for *,
        # ("any",) for **, ("dirs",) for **/. States 0..n are positions in the tokens; state
        # n+1+k is "inside the folders of the **/ at k", waiting for a "/" to go on.
        self.tokens = self._tokens(pattern)
        self.end = len(self.tokens)
        self.start = self._closure({0})
        self._steps: dict[tuple[frozenset[int], str], frozenset[int]] = {}

    @staticmethod
    def _tokens(pattern: str) -> list[tuple]:
        tokens: list[tuple] = []
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                if not tokens or tokens[-1] != ("dirs",):  # "**/**/" is "**/"
                    tokens.append(("dirs",))
                i += 3
            elif pattern.startswith("**", i):
                tokens.append(("any",))
                i += 2
            elif pattern[i] in "*?":
                tokens.append(("star",) if pattern[i] == "*" else ("one",))
                i += 1
            elif pattern[i] == "[" and (close := pattern.find("]", i + 2)) != -1:
                body = pattern[i + 1:close]
                negated = body[0] in "!^"
                body = body[1:] if negated else body
                chars, ranges, j = set(), [], 0
                while j < len(body):  # "a-z" is a range; a "-" first or last is itself
                    if j + 2 < len(body) and body[j + 1] == "-":
                        ranges.append((body[j], body[j + 2]))
                        j += 3
                    else:
                        chars.add(body[j])
                        j += 1
                tokens.append(("set", negated, frozenset(chars), tuple(ranges)))
                i = close + 1
            else:
                tokens.append(("text", pattern[i]))
                i += 1
        return tokens

    def _closure(self, states: set[int]) -> frozenset[int]:
        """`states` and the positions after wildcards and **/ that can match nothing."""
        todo = list(states)
        while todo:
            k = todo.pop()
            if k < self.end and self.tokens[k][0] in ("star", "any", "dirs") and k + 1 not in states:
                states.add(k + 1)
                todo.append(k + 1)
        return frozenset(states)

    def _step(self, states: frozenset[int], char: str) -> frozenset[int]:
        n, following = self.end, set()
        for k in states:
            if k > n:  # inside the folders of the **/ at k - n - 1
                following.add(k)
                if char == "/":
                    following.add(k - n)
                continue
            if k == n:
                continue
            token = self.tokens[k]
            kind = token[0]
            if kind == "text" and char == token[1] or kind == "one" and char != "/":
                following.add(k + 1)
            elif kind == "set":
                _, negated, chars, ranges = token
                if (char in chars or any(low <= char <= high for low, high in ranges)) != negated:
                    following.add(k + 1)
            elif kind == "star" and char != "/" or kind == "any":
                following.add(k)
            elif kind == "dirs":
                following.add(n + 1 + k)
                if char == "/":
                    following.add(k + 1)
        return self._closure(following)

    def matches(self, string: str) -> bool:
        states, steps = self.start, self._steps
        for char in string:
            following = steps.get((states, char))
            if following is None:
                if len(steps) >= self.MAX_STEPS:
                    steps.clear()
                following = steps[states, char] = self._step(states, char)
            if not following:
                return False
            states = following
        return self.end in states


# -- resolving settings per file --------------------------------------------------------------
class Resolver:
    """Settings for each file of a run: its nearest configuration, with the command line on top.

    Call it with a path (or "-" for stdin). Results are cached per configuration and set of
    per-file ignores; `unmatched_per_file_ignores()` lists the globs no file of the run matched.
    """

    def __init__(self, overrides: Overrides | None = None) -> None:
        self.overrides = overrides or Overrides()
        if self.overrides.config and self.overrides.isolated:
            raise UserError("--config and --isolated cannot be used together")
        self._fixed: Config | None = None
        if self.overrides.isolated:
            self._fixed = Config()
        elif self.overrides.config:
            self._fixed = load_config(self.overrides.config)
        self._folders: dict[Path, Config | None] = {}
        self._settings: dict[tuple[Config, tuple[str, ...]], Settings] = {}
        self._used: dict[Config, set[str]] = {}
        self._by_path: dict[str, Settings] = {}  # the CLI asks twice per file (validate, then run)
        self._real_folders: dict[str, Path] = {}

    def _located(self, path: str) -> tuple[Path | None, Callable[[], Path] | None]:
        """(the real folder whose configuration applies, the real path of a file when a glob needs
        it). A file's folder is resolved once for all the files in it: a run over 10,000 files
        would otherwise resolve every path component of every file."""
        if path == "-":
            return None, None
        if os.path.islink(path) or os.path.isdir(path):
            resolved = Path(path).resolve()
            return (resolved, None) if resolved.is_dir() else (resolved.parent, lambda: resolved)
        folder, name = os.path.split(path)
        real = self._real_folders.get(folder)
        if real is None:
            real = self._real_folders[folder] = Path(folder or ".").resolve()
        return real, lambda: real / name

    def _config_in(self, folder: Path | None) -> Config:
        if self._fixed is not None:
            return self._fixed
        return find_config(Path.cwd() if folder is None else folder, self._folders) or Config()

    def __call__(self, path: str) -> Settings:
        if path in self._by_path:
            return self._by_path[path]
        folder, file = self._located(path)
        config = self._config_in(folder)
        used = self._used.setdefault(config, set())
        ignores: list[str] = []
        excluded = False
        if file is not None and (config.exclude or config.per_file_ignores):
            real = file()
            root = config.root
            excluded = any(glob_matches(g, real, root) for g in config.exclude)
            for glob, codes in config.per_file_ignores:
                if glob_matches(glob, real, root):
                    used.add(glob)
                    ignores.extend(codes)
        settings = self._by_path[path] = self._settings_for(config, ignores, excluded)
        return settings

    def _settings_for(self, config: Config, ignores: list[str], excluded: bool) -> Settings:
        key = (config, tuple(ignores))
        settings = self._settings.get(key)
        if settings is None:
            settings = self._settings[key] = self._build(config, ignores)
        if excluded:
            return Settings(settings.rules, settings.options, settings.fail_on, True, config)
        return settings

    def _build(self, config: Config, per_file: Sequence[str]) -> Settings:
        o = self.overrides
        codes = _codes(select_rules(config.select, config.ignore, config.extend_select))
        codes = layer(codes, o.select, o.ignore, o.extend_select)
        codes = layer(codes, None, per_file, ())
        rules = tuple(r for r in select_rules(["ALL"]) if r.code in codes)
        options: dict[str, Any] = {name: option.default for name, option in OPTIONS.items()}
        options.update(config.options)
        options["glossary"] = [*config.glossary, *o.glossary]
        fail_on = o.fail_on or config.fail_on or Severity.INFO
        return Settings(rules, options, fail_on, False, config)

    def unmatched_per_file_ignores(self) -> list[tuple[Config, str]]:
        """(configuration, glob) for each per-file-ignores glob, of a configuration used in this
        run, that matches no file: none of the run's, and none under the configuration's folder.

        Looking on disk too keeps the warning for real mistakes (a typo, a file since renamed):
        under pre-commit a run sees only the files of one commit, which most globs never match.
        """
        pending = [(config, glob) for config, used in self._used.items() if config.path
                   for glob, _ in config.per_file_ignores if glob not in used]
        return [(config, glob) for config, glob in pending if not _matches_on_disk(glob, config.root)]


def _matches_on_disk(glob: str, root: Path) -> bool:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        if any(glob_matches(glob, Path(folder) / name, root) for name in files):
            return True
    return False


def layer(codes: set[str], select: Iterable[str] | None, ignore: Iterable[str],
          extend_select: Iterable[str]) -> set[str]:
    """Apply a later layer of selectors (the command line, per-file ignores) to a rule set.

    `select` replaces the set; otherwise only the codes that `ignore` or `extend_select` name
    change, and within the layer the most specific selector wins, as in `select_rules`.
    """
    ignore, extend_select = list(ignore), list(extend_select)
    if select:
        return _codes(select_rules(list(select), ignore, extend_select))
    if not ignore and not extend_select:
        return set(codes)
    named = _codes(select_rules(ignore + extend_select))
    return (set(codes) - named) | _codes(select_rules([], ignore, extend_select))


def _codes(rules: Iterable[Rule]) -> set[str]:
    return {r.code for r in rules}


# -- showing the resolved configuration --------------------------------------------------------
def describe(settings: Settings, path: str) -> str:
    """The resolved configuration for `path`, as TOML a user could copy into zhen.toml."""
    config = settings.config
    lines = [f"# zhen configuration for {path}"]
    if config.path is None:
        lines.append("# no configuration file: defaults and command-line options")
    else:
        table = " [tool.zhen]" if config.path.name == "pyproject.toml" else ""
        lines.append(f"# from {config.path}{table}, with command-line options on top")
    if settings.excluded:
        lines.append("# this file is excluded: it is not checked")
    values = {
        "select": list(config.select) if config.select is not None else None,
        "ignore": list(config.ignore),
        "extend-select": list(config.extend_select),
        "exclude": list(config.exclude),
        "glossary": list(settings.options.get("glossary", [])),
        "fail-on": settings.fail_on.value,
    }
    for key, value in values.items():
        if value is not None:
            lines.append(f"{key} = {_toml(value)}")
    lines.append(f"# rules that run on {path}: {', '.join(sorted(r.code for r in settings.rules))}")
    lines.append("")
    lines.append("[per-file-ignores]")
    for glob, codes in config.per_file_ignores:
        lines.append(f"{_toml(glob)} = {_toml(list(codes))}")
    lines.append("")
    lines.append("[options]")
    for name in OPTIONS:
        lines.append(f"{name} = {_toml(settings.options[name])}  # {OPTIONS[name].help}")
    return "\n".join(lines)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)
