"""Model: what a playbook is made of, typed, and the field-level rules each part obeys.

Models remember the YAML they came from (see :class:`Located`), so later checks can point at the exact line of
a bad reference. Everything here is plain pydantic: nothing knows about MkDocs.
"""

from .base import CODE_PATTERN, SEVERITY_RUBRIC, SLUG_PATTERN, AppliesWhen, Located, Severity, Text
from .changelog import ChangelogFile, Release
from .contract import (
    Coverage,
    Framework,
    FrameworksFile,
    Provision,
    ProvisionsFile,
    Requirement,
    Topic,
)
from .edition import restrict, scoped
from .kinds import KINDS, PARTS, REGISTRIES, REGISTRY_FILES, REGISTRY_KINDS, Kind, Registry
from .parts import (
    PINPOINTED,
    REQUIRED_SINCE,
    Case,
    CasesFile,
    Checklist,
    Citation,
    Cites,
    Jurisdiction,
    LawNote,
    Mistake,
    Mitigation,
    PlaybookMeta,
    Question,
    Retired,
    RetiredFile,
    Role,
    RolesFile,
    SeverityRule,
    Source,
    SourceKind,
    SourcesFile,
)
from .playbook import Playbook
from .scope import Fact, Option, ScopeFile, applies, fixed_answers_problems
from .terms import Term, TermsFile, Variants, Wording

__all__ = [
    "CODE_PATTERN", "KINDS", "PARTS", "PINPOINTED", "REGISTRIES", "REQUIRED_SINCE", "REGISTRY_FILES", "REGISTRY_KINDS",
    "SEVERITY_RUBRIC",
    "SLUG_PATTERN", "AppliesWhen",
    "Term", "TermsFile", "Variants", "Wording",
    "Case", "CasesFile", "ChangelogFile", "Checklist", "Citation", "Cites", "Fact",
    "Kind", "Located", "Mistake", "Mitigation", "Option", "Playbook", "PlaybookMeta", "Question", "Registry",
    "Release", "Retired", "RetiredFile", "Role", "RolesFile", "ScopeFile", "Severity", "SeverityRule", "Source",
    "SourceKind", "SourcesFile", "Text", "applies", "fixed_answers_problems", "restrict", "scoped",
    "Coverage", "Framework", "FrameworksFile", "Jurisdiction", "LawNote", "Provision", "ProvisionsFile",
    "Requirement", "Topic",
]
