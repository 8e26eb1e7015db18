"""What a contract must say: the provisions library (provisions.yml) and the frameworks whose requirements the
provisions and mistakes meet (frameworks.yml)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field

from .base import AppliesWhen, Located, MistakeId, Slug, Text
from .parts import APPLIES_WHEN_DOC, SOURCES_DOC, Cites, Jurisdiction, LawNote, Mistake, SourceRef
from .pinpoints import covers


class Provision(Cites):
    """A clause a contract should hold: what it must establish, a starting wording, what to look for in a draft,
    and the mistakes it prevents."""

    prose: ClassVar[tuple[str, ...]] = ("title", "must_say", "model_wording", "minimum_wording", "red_flags",
                                        "small_business")

    id: Slug = Field(description="Stable id, unique across provisions; the anchor on the contract page.")
    title: Text = Field(description="The clause's name.")
    must_say: Text = Field(description="What the clause must establish, in plain words.")
    model_wording: list[Text] = Field(min_length=1, description="A starting wording, one paragraph a line, blanks "
                                      "to fill in [square brackets]. A starting point, not legal advice.")
    red_flags: list[Text] = Field(min_length=1, description="What to look for in a vendor's draft.")
    mistakes: list[MistakeId] = Field(min_length=1, description="Ids of the mistakes the clause prevents.")
    sources: list[SourceRef] = Field(min_length=1, description=SOURCES_DOC)
    applies_when: AppliesWhen = Field(default_factory=dict, description=APPLIES_WHEN_DOC)
    minimum: bool = Field(default=False, description="Part of the one-page minimum agreement for a freelancer or "
                          "an agency; give it a minimum_wording.")
    minimum_wording: list[Text] = Field(default_factory=list, description="The clause as the one-page minimum "
                                        "agreement says it: short and complete in itself, every detail a blank to "
                                        "fill in (the agreement has no schedules).")
    small_business: Text | None = Field(default=None, description="What a small firm needs instead, plainly.")
    law: dict[Jurisdiction, LawNote] = Field(default_factory=dict, description="Where a jurisdiction treats the "
                                             "point differently: uk, fr, eu or us → {text, sources}.")


class Topic(Located):
    """A group of provisions, as the contract page shows them."""

    prose: ClassVar[tuple[str, ...]] = ("title", "summary")

    id: Slug
    title: Text
    summary: Text | None = None
    provisions: list[Provision] = Field(min_length=1)


class ProvisionsFile(Located):
    """provisions.yml: the provisions library, by topic."""

    topics: list[Topic]


class Requirement(Located):
    """One point of a framework, summarised in the project's own words."""

    prose: ClassVar[tuple[str, ...]] = ("summary",)

    id: Slug = Field(description="Stable id, unique across frameworks, e.g. dora-30-2-a.")
    at: Text = Field(description="The one pinpoint in the framework's source, e.g. Art. 30(2)(a) or para 75(b).")
    summary: Text = Field(description="What it requires, in the project's own words.")


class Framework(Located):
    """A law or guideline that sets what a contract must hold; a provision or mistake covers a requirement when
    one of its citations of the framework's source names the requirement's point (or a sub-point of it)."""

    prose: ClassVar[tuple[str, ...]] = ("title", "summary")

    id: Slug
    title: Text
    source: Slug = Field(description="The id of the source (sources.yml) its requirements pinpoint into.")
    jurisdiction: Jurisdiction = Field(description="uk, fr, eu, us or international.")
    applies_when: AppliesWhen = Field(default_factory=dict, description="Who it binds, in scoping facts; its "
                                      "requirements come first in a contract review for those readers.")
    summary: Text = Field(description="Who it binds and what it requires.")
    requirements: list[Requirement] = Field(min_length=1)


class FrameworksFile(Located):
    """frameworks.yml: the frameworks and their requirements."""

    frameworks: list[Framework]


@dataclass(frozen=True)
class Coverage:
    """What meets a framework requirement."""

    provisions: list[Provision]
    mistakes: list[Mistake]

    def __bool__(self) -> bool:
        return bool(self.provisions or self.mistakes)


def coverage(frameworks: Sequence[Framework], provisions: Sequence[Provision],
             mistakes: Sequence[Mistake]) -> dict[str, Coverage]:
    """What meets each requirement, by requirement id: the provisions and mistakes with a citation of the
    framework's source whose pinpoint names the requirement's point or a sub-point of it."""
    found = {}
    for framework in frameworks:
        for requirement in framework.requirements:
            def names(part: Cites, source: str = framework.source, at: str = requirement.at) -> bool:
                return any(c.source == source and c.at and covers(c.at, at) for c in part.citations)

            found[requirement.id] = Coverage([p for p in provisions if names(p)], [m for m in mistakes if names(m)])
    return found
