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
    options                        rule options, as the rules declare them (`zhen config` lists them)

A configuration file is TOML, at most 1 MB (MAX_FILE_BYTES); it is data only (toolkit/tomlfile.py).
A glob without "/" matches a file name at any depth; with "/" it matches the path relative to the
configuration file's folder. "**" crosses folders, "*" and "?" stay within one.
Command-line options override the file: --select replaces its selection, --ignore and
--extend-select adjust it, --glossary adds files after its glossary, --fail-on replaces fail-on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from . import tomlfile
from .errors import UserError
from .model import Severity
from .globs import glob_matches
from .profile import Profile, declared_options
from .registry import Rule, select_rules


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
    """Everything the runner needs for one file: the profile (rules, options, glossary) to check
    it with, and what makes the run fail."""

    profile: Profile
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
    options = _options(table.get("options", {}), fail)
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


def _options(options: Any, fail: Callable[[str, str], UserError]) -> dict[str, Any]:
    """The `[options]` table, checked against the options the rules declare."""
    if not isinstance(options, dict):
        raise fail("options", "must be a table of rule options")
    declared = declared_options()
    for name, value in options.items():
        option = declared.get(name)
        if option is None:
            raise fail(f"options.{_quote_key(name)}", f"unknown rule option (known: {', '.join(declared) or 'none'})")
        if type(value) is not option.kind:
            kind = {bool: "true or false", int: "an integer", str: "a string"}.get(option.kind, option.kind.__name__)
            raise fail(f"options.{name}", f"must be {kind}, not {value!r}")
    return options


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
    """A key as TOML writes it: bare, or a basic string with its escapes (a line break in a key
    must not break the one-line error that names it)."""
    import json  # a JSON string of a str is a valid TOML basic string

    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


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
        self._profiles: dict[tuple, Profile] = {}

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
            return Settings(settings.profile, settings.fail_on, True, config)
        return settings

    def _build(self, config: Config, per_file: Sequence[str]) -> Settings:
        o = self.overrides
        codes = _codes(select_rules(config.select, config.ignore, config.extend_select))
        codes = layer(codes, o.select, o.ignore, o.extend_select)
        codes = layer(codes, None, per_file, ())
        rules = tuple(r for r in select_rules(["ALL"]) if r.code in codes)
        profile = Profile(rules, dict(config.options), (*config.glossary, *o.glossary))
        profile = self._profiles.setdefault(profile.key, profile)  # one per distinct configuration
        fail_on = o.fail_on or config.fail_on or Severity.INFO
        return Settings(profile, fail_on, False, config)

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
        "glossary": list(settings.profile.glossary_paths),
        "fail-on": settings.fail_on.value,
    }
    for key, value in values.items():
        if value is not None:
            lines.append(f"{key} = {_toml(value)}")
    lines.append(f"# rules that run on {path}: {', '.join(sorted(r.code for r in settings.profile.rules))}")
    lines.append("")
    lines.append("[per-file-ignores]")
    for glob, codes in config.per_file_ignores:
        lines.append(f"{_toml(glob)} = {_toml(list(codes))}")
    lines.append("")
    lines.append("[options]")
    values = settings.profile.option_values
    for name, option in declared_options().items():
        lines.append(f"{name} = {_toml(values.get(name, option.default))}  # {option.help}")
    return "\n".join(lines)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)
