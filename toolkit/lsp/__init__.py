"""The zhen language server (`zhen lsp`; pip install 'zhen[lsp]'). See docs/editors.md.

This package imports pygls only in `serve`: the CLI registers the command without loading it.
"""

from __future__ import annotations

from ..errors import UserError


def serve() -> None:
    """Run the language server over stdio; UserError when the `lsp` extra is not installed."""
    try:
        from .server import serve as run
    except ImportError as error:  # not installed, or a pygls before 2.0
        raise UserError(f"the language server needs pygls 2: pip install 'zhen[lsp]' ({error})") from None

    run()
