"""Model: what a playbook is made of, typed, and the field-level rules each part obeys.

Models remember the YAML they came from (see :class:`Located`), so later checks can point at the exact line of
a bad reference. Everything here is plain pydantic: nothing knows about MkDocs.
"""

from .base import CODE_PATTERN, SEVERITY_RUBRIC, SLUG_PATTERN, Located, Severity, Text
from .parts import (
    Case,
    CasesFile,
    Checklist,
    Mistake,
    Mitigation,
    PlaybookMeta,
    Question,
    Role,
    RolesFile,
    Source,
    SourcesFile,
)
from .playbook import KINDS, REGISTRY_FILES, REGISTRY_KINDS, Kind, Playbook

__all__ = [
    "CODE_PATTERN", "KINDS", "REGISTRY_FILES", "REGISTRY_KINDS", "SEVERITY_RUBRIC", "SLUG_PATTERN", "Case",
    "CasesFile", "Checklist", "Kind", "Located", "Mistake", "Mitigation", "Playbook", "PlaybookMeta", "Question",
    "Role", "RolesFile", "Severity", "Source", "SourcesFile", "Text",
]
