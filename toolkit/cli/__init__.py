"""The `zhen` command line, built with click.

`common.py` holds what every verb shares (option decorators, one-line errors, exit codes: 0
nothing found, 1 findings, 2 usage or input error); `commands.py` the verbs over documents
(check, fix, report, apply, config, rules); `glossary.py` the verbs over the glossary (lookup,
glossary check/stats/export). This module puts them on one group, `main`, the `zhen` entry point.
"""

from __future__ import annotations

from .commands import main
from .glossary import glossary_group, lookup_command

main.add_command(lookup_command)
main.add_command(glossary_group)

__all__ = ["main"]
