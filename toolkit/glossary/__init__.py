"""The glossary: the curated Chinese-English term base, and everything derived from it.

`store.py` reads the TOML files (glossary/*.toml at the top of the repository,
shipped as toolkit/data/glossary) into a `Glossary` of `Term`s, which owns its indexes and search
automata as cached properties; `checks.py` is what `zhen glossary check` finds between entries
and against native English; `lookup.py` finds entries by Chinese, English or a bad rendering
and every term in a Chinese text; `export.py` writes the gettext catalogs, CSV and TBX. The
terminology rules that use it are in toolkit/rules/terms.py.
"""

from __future__ import annotations

from .checks import validate
from .store import (Domain, Glossary, Problem, Rendering, Term, bundled_files, cross_check, load_glossary,
                    parse_file)

__all__ = ["Domain", "Glossary", "Problem", "Rendering", "Term", "bundled_files", "cross_check",
           "load_glossary", "parse_file", "validate"]
