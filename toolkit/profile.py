"""What a check reads besides the document: the selected rules, their typed options, the glossary.

A `Profile` is frozen and built once per distinct configuration (config.Resolver builds them; a
library caller builds one or takes `Profile.default()`). Everything expensive hangs off it and is
made on first use: the glossary (`profile.glossary`, whose indexes and automata are cached
properties of the Glossary itself) and the trigger automata of the rules (`profile.triggers`).
So nothing is cached at module level: two profiles never share state they should not, and
dropping a profile drops what it built.

A Profile travels to worker processes as its description (rule codes, options, glossary paths)
and is rebuilt there once per process (`Profile.of`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .registry import Rule, all_rules, select_rules

if TYPE_CHECKING:
    from .glossary import Glossary
    from .triggers import TriggerScan


class Profile:
    """The rules to run, each rule's options (typed as the rule declares them), and the glossary
    files (the bundled glossary plus `glossary_paths`, later files overriding earlier ones), or a
    glossary already loaded (`glossary`, which then replaces them)."""

    def __init__(self, rules: Sequence[Rule] | None = None, options: Mapping[str, Any] | None = None,
                 glossary_paths: Iterable[str] = (), glossary: Glossary | None = None) -> None:
        rules = tuple(select_rules() if rules is None else rules)
        values = dict(options or {})
        unknown = sorted(set(values) - set(declared_options()))
        if unknown:
            raise ValueError(f"unknown rule option {unknown[0]!r}")
        set_ = object.__setattr__
        set_(self, "rules", rules)
        set_(self, "glossary_paths", tuple(str(p) for p in glossary_paths))
        set_(self, "option_values", MappingProxyType(values))
        if glossary is not None:
            self.__dict__["glossary"] = glossary  # what the cached property would hold
        set_(self, "_token", os.urandom(8).hex())  # this profile's run, in worker processes
        set_(self, "_options", {r.code: MappingProxyType({name: values.get(name, option.default)
                                                          for name, option in r.options.items()})
                                for r in all_rules().values() if r.options})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a Profile is frozen: cannot set {name!r}")

    @classmethod
    @functools.cache
    def default(cls) -> Profile:
        """The default rules, default options and the bundled glossary (one per process)."""
        return cls()

    @property
    def key(self) -> tuple:
        """What the profile is: equal keys, equal profiles."""
        given = self.__dict__.get("glossary") if not self.glossary_paths else None
        return (tuple(r.code for r in self.rules), tuple(sorted(self.option_values.items())), self.glossary_paths,
                *((given.digest,) if given is not None else ()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Profile) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __repr__(self) -> str:
        return f"Profile(rules={len(self.rules)}, options={dict(self.option_values)}, glossary={list(self.glossary_paths)})"

    def options_for(self, code: str) -> Mapping[str, Any]:
        """The options rule `code` declares, with this profile's values or their defaults."""
        return self._options.get(code, _NONE)

    @cached_property
    def glossary(self) -> Glossary:
        from .glossary import load_glossary  # on first use: most rules need no glossary

        return load_glossary(self.glossary_paths)

    @cached_property
    def triggers(self) -> TriggerScan:
        """The trigger automata of every registered rule (Context.triggered answers for any)."""
        from .triggers import TriggerScan

        return TriggerScan(all_rules().values())

    def __reduce__(self):
        if "glossary" in self.__dict__ and not self.glossary_paths:  # a glossary given as an object
            return _with_glossary, (tuple(r.code for r in self.rules), dict(self.option_values), self.glossary)
        # To a worker process: the description, rebuilt once there (Profile.of). The token tells
        # one run's profile from another's with the same description: a long-lived (Dask) worker
        # must load the glossary files anew for a new run, as they may have changed.
        return Profile.of, (*self.key, self._token)

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def of(codes: tuple[str, ...], options: tuple[tuple[str, Any], ...], glossary_paths: tuple[str, ...],
           token: str = "") -> Profile:
        """The profile with this description, made once per process and run (worker processes
        receive profiles as descriptions; every file of a run with one configuration shares one)."""
        registry = all_rules()
        return Profile([registry[code] for code in codes], dict(options), glossary_paths)


def _with_glossary(codes: tuple[str, ...], options: dict[str, Any], glossary: Glossary) -> Profile:
    registry = all_rules()
    return Profile([registry[code] for code in codes], options, glossary=glossary)


_NONE: Mapping[str, Any] = MappingProxyType({})


def declared_options() -> dict[str, Any]:
    """Every rule option a configuration may set: name -> registry.Option (names are shared:
    rules that declare the same name read the same value)."""
    return {name: option for rule in all_rules().values() for name, option in rule.options.items()}
