"""zhen: find and fix the artifacts of English machine-translated from Chinese.

The public API (toolkit/api.py, documented in docs/api.md): `check_text` and `fix_text` check and
fix a string, with a configuration, rule selections and extra glossaries; `lookup` and `scan` find
glossary entries; `load_glossary` loads glossary files; `settings_for` resolves the configuration
of a file as the CLI does; `locate` gives findings lines and columns. `Document`, `Finding`,
`Issue`, `Edit`, `Fix`, `Severity` and `Safety` are the values they use; `check_document` and
`fix_document` are the engine's own entry points; `select_rules` chooses rules by code or prefix.
"""

from .api import Issue, check_text, fix_text, load_glossary, locate, lookup, scan, settings_for
from .document import Document
from .engine import FixResult, apply_edits, check_document, fix_document
from .model import Edit, Finding, Fix, Safety, Severity
from .profile import Profile
from .registry import all_rules, select_rules

__version__ = "0.1.0"

__all__ = [
    "Document", "Edit", "Finding", "Fix", "FixResult", "Issue", "Profile", "Safety", "Severity", "__version__",
    "all_rules", "apply_edits", "check_document", "check_text", "fix_document", "fix_text",
    "load_glossary", "locate", "lookup", "scan", "select_rules", "settings_for",
]
