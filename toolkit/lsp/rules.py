"""Where a diagnostic's rule code links to (LSP codeDescription.href).

By default, a Markdown page per rule, written on first use under the user's cache folder
($XDG_CACHE_HOME or ~/.cache)/zhen/rules-VERSION/CODE.md, holding what `zhen rules CODE` prints:
a page that exists offline and matches the installed version. An editor opens it when the code
is clicked. A client can link elsewhere with initializationOptions.rulesUrl, a URL holding
"{code}" (for example a documentation site).
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path

from .. import __version__
from ..registry import all_rules


def rules_folder() -> Path:
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "zhen" / f"rules-{__version__}"


def rule_page(code: str) -> str:
    """The documentation of rule `code`, as Markdown (what `zhen rules CODE` says)."""
    rule = all_rules()[code]
    lines = [f"# {rule.code} {rule.name}", "",
             f"severity: {rule.severity.value}; fix: {rule.fix.value}; "
             f"{'on' if rule.default else 'off'} by default",
             "", inspect.cleandoc(rule.doc)]
    if rule.bad:
        lines += ["", "## Flagged (⟦ ⟧ marks the finding)", ""]
        for example in rule.bad:
            fixed = f"  \n  → {example.fixed}" if example.fixed is not None else ""
            lines.append(f"- {example.text}{fixed}")
    if rule.good:
        lines += ["", "## Not flagged", ""]
        lines += [f"- {text}" for text in rule.good]
    lines += ["", f"`zhen rules {rule.code}` prints this page; `zhen rules` lists every rule."]
    return "\n".join(lines) + "\n"


_WRITTEN: dict[str, str] = {}


def rule_href(code: str, template: str | None = None) -> str:
    """The link for rule `code`: `template` with {code} filled in, or the rule's page as a file
    URI (written once per process; if it cannot be written, the link is still given)."""
    if template:
        return template.replace("{code}", code)
    if code not in _WRITTEN:
        page = rules_folder() / f"{code}.md"
        try:
            page.parent.mkdir(parents=True, exist_ok=True)
            text = rule_page(code)
            if not page.is_file() or page.read_text(encoding="utf-8") != text:
                page.write_text(text, encoding="utf-8")
        except (OSError, KeyError):
            pass
        _WRITTEN[code] = page.as_uri()
    return _WRITTEN[code]
