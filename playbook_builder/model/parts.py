"""The parts of a playbook as content files hold them: checklists, mistakes, questions and the registries."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import CODE_PATTERN, Located, MistakeId, MitigationId, QuestionId, Severity, Slug, Text, Year


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
