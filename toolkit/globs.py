"""Globs from configuration files (exclude, per-file-ignores), matched safely.

Globs come from configuration files, which may come from an untrusted repository, so they are
not translated into regular expressions, where "*a*a*a*a...b" or "**/**/**/...x" backtracks
for hours on a long name. A Glob follows every position of the pattern at once (time: pattern
length x path length at worst) and remembers each step it took, so matching many similar paths
costs a dictionary look-up per character.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path


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
