"""The typed content model: what a playbook is made of, and the field-level rules each part obeys.

Models remember the YAML they came from (see :class:`Located`), so later checks can point at the exact line of
a bad reference. Everything here is plain pydantic: nothing knows about MkDocs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .positions import LocDict, locate
from .problems import Location

_HTML_TAG = re.compile(r"<\s*[A-Za-z!/?]")


def _plain_text(value: str) -> str:
    value = value.strip()
    if not value:
        raise PydanticCustomError("empty_text", "the text is empty")
    if value.upper().startswith("TODO"):
        raise PydanticCustomError("placeholder_text", "replace the TODO placeholder with real text")
    if _HTML_TAG.search(value):
        raise PydanticCustomError("raw_html", "HTML tags are not allowed in text; write plain text")
    return " ".join(value.split()) if "\n" in value else value


#: The id patterns, defined once: the model validates with them and ``playbook new`` checks its arguments.
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
CODE_PATTERN = r"^[A-Z]{2,5}$"

Text = Annotated[str, AfterValidator(_plain_text)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN, examples=["vendor-selection"])]
MistakeId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-\d{2,3}$", examples=["SEL-01"])]
MitigationId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-\d{2,3}-M\d{1,2}$", examples=["SEL-01-M1"])]
QuestionId = Annotated[str, Field(pattern=r"^[A-Z]{2,5}-Q\d{1,3}$", examples=["SEL-Q1"])]
Year = Annotated[int, Field(ge=1900, le=2100)]


class Severity(str, Enum):
    """How much harm a mistake does; the rubric is shown on the site's content-model page."""

    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"


SEVERITY_RUBRIC: dict[Severity, str] = {
    Severity.critical: "Can end the engagement, cause a regulatory or data breach, or a loss you cannot recover. "
    "Stop and fix it before you go on.",
    Severity.high: "Causes a major cost overrun, delay or service failure that takes months to recover from.",
    Severity.medium: "Causes rework, friction or extra cost that you can recover from within the engagement.",
    Severity.low: "An inefficiency or a missed opportunity. Fix it when it is convenient.",
}


class Located(BaseModel):
    """A model part that remembers the YAML mapping it was read from, to point at its lines later."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    @model_validator(mode="wrap")
    @classmethod
    def _remember_source(cls, data: Any, handler: Any) -> Any:
        instance = handler(data)
        if isinstance(data, LocDict):
            # Kept beside the fields rather than as a pydantic private attribute: a large playbook has tens of
            # thousands of parts, and private attributes cost a hook call for each. Serialisation ignores it.
            instance.__dict__["_raw"] = data
        return instance

    def where(self, *path: str | int, key: bool = False) -> Location:
        """Where this part, or one of its fields (``where("related", 2)``), stands in its file."""
        raw = self.__dict__.get("_raw")
        if raw is None:
            return Location("<generated>")
        return locate(raw, path, key=key) or raw.loc


class Mitigation(Located):
    """A concrete action that prevents or repairs a mistake, and the role that owns it."""

    id: MitigationId = Field(description="Stable id: the mistake's id, then -M and a number.")
    action: Text = Field(description="What to do, phrased so an owner can start on it.")
    owner: Slug = Field(description="The id of the owner role (from roles.yml).")


class Mistake(Located):
    """One common outsourcing mistake: what it is, why it hurts, how to spot it and how to prevent it."""

    id: MistakeId = Field(description="Stable id: the checklist code, a dash and a number, e.g. SEL-01.")
    title: Text = Field(description="A short name for the mistake.")
    severity: Severity = Field(description="critical, high, medium or low, following the severity rubric.")
    summary: Text = Field(description="One sentence that states the mistake.")
    why_it_hurts: Text = Field(description="The consequences, with a sourced figure or case where one exists.")
    confirm: Text = Field(description="The line a team ticks on a printed checklist: what to confirm.")
    warning_signs: list[Text] = Field(description="Signs that the mistake is being made.")
    mitigations: list[Mitigation] = Field(description="Actions that prevent the mistake, each with an owner.")
    related: list[MistakeId] = Field(default_factory=list, description="Ids of related mistakes.")
    sources: list[Slug] = Field(default_factory=list, description="Ids of sources (from sources.yml).")


class Question(Located):
    """A self-assessment question whose low answers reveal mistakes."""

    id: QuestionId = Field(description="Stable id: the checklist code, -Q and a number, e.g. SEL-Q1.")
    text: Text = Field(description="The question.")
    help: Text | None = Field(default=None, description="Optional help that explains what the question is after.")
    weight: float = Field(default=1, gt=0, le=10, description="The question's weight in the scores (default 1).")
    levels: list[Text] = Field(description="Answer levels, from least to most mature; usually five.")
    detects: list[MistakeId] = Field(description="Ids of the mistakes that a low answer reveals.")


class Checklist(Located):
    """One lifecycle phase: its mistakes and its self-assessment questions."""

    id: Slug = Field(description="The checklist's id, equal to its file name without .yml.")
    code: Annotated[str, Field(pattern=CODE_PATTERN)] = Field(description="Prefix of its items' ids, e.g. SEL.")
    title: Text = Field(description="The phase's name.")
    order: int = Field(ge=0, description="Position in the lifecycle; checklists are shown in this order.")
    summary: Text = Field(description="What the phase is about and what goes wrong in it.")
    when: Text = Field(description="The pause point: the moment to run this checklist.")
    style: Literal["do-confirm", "read-do"] = Field(
        default="do-confirm",
        description="do-confirm: work from memory, then pause to confirm every line; read-do: read each line, "
        "then do it.",
    )
    mistakes: list[Mistake] = Field(description="The phase's mistakes.")
    questions: list[Question] = Field(default_factory=list, description="The phase's self-assessment questions.")


class Source(Located):
    """An entry of the bibliography."""

    id: Slug
    title: Text
    author: Text = Field(description="Author or publisher.")
    year: Year
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] = Field(description="Where to read it.")


class Role(Located):
    """A role that owns mitigations, e.g. the procurement lead."""

    id: Slug
    title: Text
    description: Text | None = None


class Case(Located):
    """A real outsourcing failure, linked to the mistakes it illustrates."""

    id: Slug
    title: Text
    organisation: Text
    year: Year
    what_went_wrong: Text
    prevention: Text = Field(description="What would have prevented it.")
    mistakes: list[MistakeId] = Field(description="Ids of the mistakes it illustrates.")
    sources: list[Slug] = Field(description="Ids of sources (from sources.yml).")


class PlaybookMeta(Located):
    """The playbook's identity (playbook.yml)."""

    title: Text
    version: Annotated[str, Field(pattern=r"^\d+\.\d+\.\d+$")] = Field(
        description="The content version (MAJOR.MINOR.PATCH); saved assessments and overlays refer to it."
    )
    description: Text | None = None


class SourcesFile(Located):
    """sources.yml: the bibliography."""

    sources: list[Source]


class RolesFile(Located):
    """roles.yml: the owner roles."""

    roles: list[Role]


class CasesFile(Located):
    """cases.yml: the case studies."""

    cases: list[Case]


@dataclass(frozen=True)
class Kind:
    """One kind of item with an id: how overlays and messages name it, its model, and the lists of items with ids
    of their own that it holds."""

    plural: str
    singular: str
    model: type[Located]
    children: tuple[str, ...] = ()

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
        Kind("sources", "source", Source),
        Kind("roles", "role", Role),
        Kind("cases", "case study", Case),
    )
}

#: Registry files by name (the file stem) and the model of each; every other YAML file in a content folder is a
#: checklist.
REGISTRY_FILES: dict[str, type[Located]] = {
    "playbook": PlaybookMeta,
    "sources": SourcesFile,
    "roles": RolesFile,
    "cases": CasesFile,
}

#: The registries that list items of a kind; the file, its list and the playbook's field share the kind's plural.
REGISTRY_KINDS: tuple[str, ...] = tuple(name for name in REGISTRY_FILES if name in KINDS)


class Playbook(BaseModel):
    """The whole checked playbook, assembled from every content file."""

    meta: PlaybookMeta
    checklists: list[Checklist]
    sources: list[Source] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    cases: list[Case] = Field(default_factory=list)

    @property
    def version(self) -> str:
        return self.meta.version

    @cached_property
    def mistakes(self) -> dict[str, Mistake]:
        return {m.id: m for c in self.checklists for m in c.mistakes}

    @cached_property
    def questions(self) -> dict[str, Question]:
        return {q.id: q for c in self.checklists for q in c.questions}

    @cached_property
    def checklist_of(self) -> dict[str, Checklist]:
        """The checklist that holds each mistake and question, by item id."""
        return {item.id: c for c in self.checklists for item in (*c.mistakes, *c.questions)}

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def role_by_id(self) -> dict[str, Role]:
        return {r.id: r for r in self.roles}

    def owner_title(self, role_id: str) -> str:
        """The title of the role that owns a mitigation (its id if the role is unknown)."""
        role = self.role_by_id.get(role_id)
        return role.title if role else role_id

    @cached_property
    def detected_by(self) -> dict[str, list[Question]]:
        """The questions that detect each mistake, by mistake id."""
        found: dict[str, list[Question]] = {}
        for question in self.questions.values():
            for mistake_id in question.detects:
                found.setdefault(mistake_id, []).append(question)
        return found

    @cached_property
    def cases_of(self) -> dict[str, list[Case]]:
        """The case studies that illustrate each mistake, by mistake id."""
        found: dict[str, list[Case]] = {}
        for case in self.cases:
            for mistake_id in case.mistakes:
                found.setdefault(mistake_id, []).append(case)
        return found
