"""zhen: find and fix the artifacts of English machine-translated from Chinese.

The public API: `check_text` and `fix_text` work on a string; `Document`, `Finding`, `Edit`, `Fix`,
`Severity` and `Safety` are the values they use; `select_rules` chooses rules by code or prefix.
"""

from .document import Document
from .engine import FixResult, apply_edits, check_document, check_text, fix_document, fix_text
from .model import Edit, Finding, Fix, Safety, Severity
from .profile import Profile
from .registry import all_rules, select_rules

__version__ = "0.1.0"

__all__ = [
    "Document", "Edit", "Finding", "Fix", "FixResult", "Profile", "Safety", "Severity", "__version__",
    "all_rules", "apply_edits", "check_document", "check_text", "fix_document", "fix_text",
    "select_rules",
]
