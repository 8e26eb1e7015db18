"""The kinds of item with an id, and the registry files that list them: the one owner of both, which overlays,
messages, schemas and the content-model page read."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Located
from .changelog import ChangelogFile, Release
from .contract import Framework, FrameworksFile, Provision, ProvisionsFile, Requirement, Topic
from .parts import (
    Case,
    CasesFile,
    Checklist,
    Citation,
    LawNote,
    Mistake,
    Mitigation,
    PlaybookMeta,
    Question,
    Retired,
    RetiredFile,
    Role,
    RolesFile,
    Source,
    SourcesFile,
)
from .scope import Fact, Option, ScopeFile
from .terms import Term, TermsFile, Wording


@dataclass(frozen=True)
class Kind:
    """One kind of item with an id: how overlays and messages name it, its model, and the lists of items with ids
    of their own that it holds."""

    plural: str
    singular: str
    model: type[Located]
    children: tuple[str, ...] = ()
    registry: str | None = None
    """The registry file that lists items of this kind (under the kind's plural), if they live in one."""

    @property
    def parent(self) -> Kind | None:
        """The kind whose items hold items of this kind (a mistake's mitigations), if any."""
        return next((kind for kind in KINDS.values() if self.plural in kind.children), None)


#: Every kind of item with an id, by the plural that overlay sections use, in the order reports list them.
KINDS: dict[str, Kind] = {
    kind.plural: kind
    for kind in (
        Kind("checklists", "checklist", Checklist, ("mistakes", "questions")),
        Kind("mistakes", "mistake", Mistake, ("mitigations",)),
        Kind("mitigations", "mitigation", Mitigation),
        Kind("questions", "question", Question),
        Kind("sources", "source", Source, registry="sources"),
        Kind("roles", "role", Role, registry="roles"),
        Kind("cases", "case study", Case, registry="cases"),
        Kind("facts", "scoping fact", Fact, registry="scope"),
        Kind("topics", "provision topic", Topic, ("provisions",), registry="provisions"),
        Kind("provisions", "provision", Provision),
        Kind("frameworks", "framework", Framework, ("requirements",), registry="frameworks"),
        Kind("requirements", "framework requirement", Requirement),
        Kind("terms", "term", Term, registry="terms"),
    )
}


#: Every part of the content model, in the order the content-model page documents them: each kind of item, then
#: the parts of items and the registry entries that are not items themselves.
PARTS: tuple[type[Located], ...] = (
    *(kind.model for kind in KINDS.values()), Citation, LawNote, Option, Wording, PlaybookMeta, Retired,
    Release,
)


@dataclass(frozen=True)
class Registry:
    """A registry file: its name (the file stem), its model, and the list it holds (also the playbook's field)."""

    file: str
    model: type[Located]
    field: str | None = None


#: The registry files; every other YAML file in a content folder is a checklist.
REGISTRIES: dict[str, Registry] = {
    registry.file: registry
    for registry in (
        Registry("playbook", PlaybookMeta),
        Registry("sources", SourcesFile, "sources"),
        Registry("roles", RolesFile, "roles"),
        Registry("cases", CasesFile, "cases"),
        Registry("scope", ScopeFile, "facts"),
        Registry("provisions", ProvisionsFile, "topics"),
        Registry("frameworks", FrameworksFile, "frameworks"),
        Registry("terms", TermsFile, "terms"),
        Registry("retired", RetiredFile, "retired"),
        Registry("changelog", ChangelogFile, "releases"),
    )
}
REGISTRY_FILES: dict[str, type[Located]] = {name: registry.model for name, registry in REGISTRIES.items()}
#: The kinds of item that registries list, by registry file.
REGISTRY_KINDS: dict[str, str] = {kind.registry: kind.plural for kind in KINDS.values() if kind.registry}
