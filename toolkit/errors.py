"""The one exception type for mistakes a user can make (bad input, bad options, bad data files).

The CLI prints it as a single line and exits 2; it never becomes a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self):
        # Pickled from worker processes with its path and line (Exception keeps only args).
        return UserError, (self.message, self.path, self.line)

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return where + self.message
