"""The parts of a playbook as content files hold them: checklists, mistakes, questions and the registries."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal

from pydantic import Field, ValidationInfo, computed_field, field_serializer, field_validator
from pydantic_core import PydanticCustomError

from .base import (
    CODE_PATTERN,
    AppliesWhen,
    ItemId,
    Located,
    MistakeId,
    MitigationId,
    QuestionId,
    Severity,
    Slug,
    Text,
    Version,
    Year,
)
from .scope import matches

APPLIES_WHEN_DOC = ("Where it applies: scoping fact id → the options it applies to (scope.yml). Absent: it applies "
                 "to everyone.")


class Citation(Located):
    """A source cited with a pinpoint: the article, paragraph, section or page that supports the text."""

    source: Slug = Field(description="The id of the source (from sources.yml).")
    at: Text | None = Field(default=None, description="The pinpoint, e.g. Art. 28(3), para 75, p. 12.")


#: A source named by its id alone, or with a pinpoint.
SourceRef = Slug | Citation


SOURCES_DOC = "Sources (from sources.yml): an id, or {source: id, at: pinpoint} to cite an article, paragraph or page."


class Cites(Located):
    """A part that cites sources. Subclasses declare ``sources``, which keeps its place (base fields come first)."""

    if TYPE_CHECKING:
        sources: list[SourceRef]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def citations(self) -> list[Citation]:
        """Every source as a citation (pinpoint ``None`` where none was given); in playbook.json too."""
        return [ref if isinstance(ref, Citation) else Citation.model_construct(source=ref, at=None)
                for ref in self.sources]

    @property
    def source_ids(self) -> list[str]:
        return [ref.source if isinstance(ref, Citation) else ref for ref in self.sources]

    @field_serializer("sources", check_fields=False)
    def _ids(self, sources: list[SourceRef]) -> list[str]:
        # playbook.json keeps sources as ids; the pinpoints are in citations.
        return self.source_ids


class Mitigation(Located):
    """A concrete action that prevents or repairs a mistake, and the role that owns it."""

    prose: ClassVar[tuple[str, ...]] = ("action",)

    id: MitigationId = Field(description="Stable id: the mistake's id, then -M and a number.")
    action: Text = Field(description="What to do, phrased so an owner can start on it.")
    owner: Slug = Field(description="The id of the owner role (from roles.yml).")
    applies_when: AppliesWhen = Field(default_factory=dict, description="The readers this action fits, within "
                                      "those who see its mistake: scoping fact id → the options it fits "
                                      "(scope.yml). Absent: it fits them all. Keep one action for every reader.")


class SeverityRule(Located):
    """A severity that replaces the base one for readers in a given situation (resolved by the situation panel)."""

    severity: Severity = Field(description="The severity for readers whose answers match ``when``.")
    when: AppliesWhen = Field(description="Scoping fact id → the options for which this severity holds; every fact "
                              "named must be answered and match.")


#: Where the law that governs a reader comes from; the keys of ``law`` notes and of a framework's jurisdiction.
Jurisdiction = Literal["uk", "fr", "eu", "us", "international"]


class LawNote(Cites):
    """How one jurisdiction treats a point differently, with the citations that say so."""

    prose: ClassVar[tuple[str, ...]] = ("text",)

    text: Text = Field(description="What differs there, in one to three sentences.")
    sources: list[SourceRef] = Field(min_length=1, description=SOURCES_DOC)


class Mistake(Cites):
    """One common outsourcing mistake: what it is, why it hurts, how to spot it and how to prevent it."""

    prose: ClassVar[tuple[str, ...]] = (
        "title", "summary", "why_it_hurts", "confirm", "warning_signs", "small_business",
    )

    id: MistakeId = Field(description="Stable id: the checklist code, a dash and a number, e.g. SEL-01.")
    title: Text = Field(description="A short name for the mistake.")
    severity: Severity = Field(description="critical, high, medium or low, following the severity rubric.")
    summary: Text = Field(description="One sentence that states the mistake.")
    why_it_hurts: Text = Field(description="The consequences, with a sourced figure or case where one exists.")
    confirm: Text = Field(description="The line a team ticks on a printed checklist: what to confirm.")
    warning_signs: list[Text] = Field(description="Signs that the mistake is being made.")
    mitigations: list[Mitigation] = Field(description="Actions that prevent the mistake, each with an owner.")
    related: list[MistakeId] = Field(default_factory=list, description="Ids of related mistakes.")
    sources: list[SourceRef] = Field(default_factory=list, description=SOURCES_DOC)
    applies_when: AppliesWhen = Field(default_factory=dict, description=APPLIES_WHEN_DOC)
    severity_when: list[SeverityRule] = Field(default_factory=list, description="Severities that depend on the "
                                              "reader's situation; the first rule that matches wins, and the base "
                                              "severity holds for readers who have not answered.")
    small_business: Text | None = Field(default=None, description="How a business with no procurement or legal "
                                        "team does this, in two or three plain sentences.")
    law: dict[Jurisdiction, LawNote] = Field(default_factory=dict, description="Where a jurisdiction treats the "
                                             "point differently: uk, fr, eu or us → {text, sources}.")

    def severity_for(self, answers: Mapping[str, str]) -> Severity:
        """The severity for a reader with these answers: the first rule whose every fact they answered to match,
        else the base severity (so a reader who has not answered sees the base one)."""
        return next((rule.severity for rule in self.severity_when if matches(rule.when, answers)), self.severity)


class Question(Located):
    """A self-assessment question whose low answers reveal mistakes."""

    prose: ClassVar[tuple[str, ...]] = ("text", "vendor", "help", "levels")

    id: QuestionId = Field(description="Stable id: the checklist code, -Q and a number, e.g. SEL-Q1.")
    text: Text = Field(description="The question.")
    vendor: Text | None = Field(None, description="What the vendor's questionnaire asks instead, addressed to them.")
    help: Text | None = Field(default=None, description="Optional help that explains what the question is after.")
    weight: float = Field(default=1, gt=0, le=10, description="The question's weight in the scores (default 1).")
    levels: list[Text] = Field(description="Answer levels, from least to most mature; usually five.")
    detects: list[MistakeId] = Field(description="Ids of the mistakes that a low answer reveals.")


class Checklist(Located):
    """One lifecycle phase: its mistakes and its self-assessment questions."""

    prose: ClassVar[tuple[str, ...]] = ("title", "summary", "when")

    id: Slug = Field(description="The checklist's id, equal to its file name without .yml.")
    code: Annotated[str, Field(pattern=CODE_PATTERN)] = Field(description="Prefix of its items' ids, e.g. SEL.")
    title: Text = Field(description="The phase's name.")
    order: int = Field(ge=0, description="Position in the lifecycle; checklists are shown in this order.")
    summary: Text = Field(description="What the phase is about and what goes wrong in it.")
    when: Text = Field(description="The pause point: the moment to run this checklist.")
    style: Literal["do-confirm", "read-do"] = Field(default="do-confirm", description="do-confirm: work from "
                                                    "memory, then pause to confirm every line; read-do: read each "
                                                    "line, then do it.")
    applies_when: AppliesWhen = Field(default_factory=dict, description=APPLIES_WHEN_DOC)
    mistakes: list[Mistake] = Field(description="The phase's mistakes.")
    questions: list[Question] = Field(default_factory=list, description="The phase's self-assessment questions.")


class SourceKind(str, Enum):
    """What kind of document a source is; regulations, guidance and standards are cited with a pinpoint."""

    regulation = "regulation"
    guidance = "guidance"
    standard = "standard"
    research = "research"
    survey = "survey"
    report = "report"
    news = "news"
    court_record = "court-record"
    book = "book"
    web = "web"
    internal = "internal"
    """An organisation's own rule or policy, on its intranet: a fork's overlay cites its house rules this way."""


#: The kinds of source that a citation must pinpoint (article, paragraph, section or page).
PINPOINTED = frozenset({SourceKind.regulation, SourceKind.guidance, SourceKind.standard})


#: Fields the content model has made required since 1.0, by the list that holds them (the registry's field): field →
#: the version of the content model that added it. ``playbook overlay upgrade`` fills them in for older overlays.
REQUIRED_SINCE: dict[str, dict[str, str]] = {"sources": {"publisher": "1.1.0", "kind": "1.1.0"}}


class Source(Located):
    """An entry of the bibliography."""

    id: Slug
    title: Text
    author: Text = Field(description="Author or publisher.")
    publisher: Text = Field(description="The primary publisher: the regulator, parliament, court, journal or firm "
                            "that issued it.")
    kind: SourceKind = Field(description="regulation, guidance, standard, research, survey, report, news, "
                             "court-record, book, web, or internal for an organisation's own rules.")
    year: Year
    url: Annotated[str, Field(pattern=r"^https?://[^\s/]+\S*$")] = Field(
        description="Where to read it, at its primary publisher: https, or an intranet address (http allowed) for an "
        "internal source; never this computer's own address.")

    @field_validator("url")
    @classmethod
    def _address(cls, url: str, info: ValidationInfo) -> str:
        host = url.split("://", 1)[1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]").lower()
        if host == "localhost" or host.startswith("127.") or host == "::1":
            raise PydanticCustomError("invalid_url", "{url} is this computer's own address, which no reader can open",
                                      {"url": url})
        if not url.startswith("https://") and info.data.get("kind") is not SourceKind.internal:
            raise PydanticCustomError("invalid_url", "{url} is not https; only an internal source (kind: internal) "
                                      "may use an http intranet address", {"url": url})
        return url


class Role(Located):
    """A role that owns mitigations, e.g. the procurement lead."""

    prose: ClassVar[tuple[str, ...]] = ("title", "description", "small_business")

    id: Slug
    title: Text
    description: Text | None = None
    small_business: Text | None = Field(default=None, description="Who does this in a small business, as the "
                                        "owner line reads there, e.g. 'You, the owner'. Default: the title.")


class Case(Cites):
    """A real outsourcing failure, linked to the mistakes it illustrates."""

    prose: ClassVar[tuple[str, ...]] = ("title", "what_went_wrong", "prevention")

    id: Slug
    title: Text
    organisation: Text
    year: Year
    kind: Literal["outsourcing", "product", "supply", "purchase"] = Field(
        default="outsourcing",
        description="outsourcing, or a product, supply-chain or software-purchase failure whose lesson carries over "
        "to outsourcing; the page says so.",
    )
    small_firm: bool = Field(default=False, description="The organisation hurt was a small firm.")
    what_went_wrong: Text
    prevention: Text = Field(description="What would have prevented it.")
    mistakes: list[MistakeId] = Field(description="Ids of the mistakes it illustrates.")
    sources: list[SourceRef] = Field(description=SOURCES_DOC)


class PlaybookMeta(Located):
    """The playbook's identity (playbook.yml)."""

    prose: ClassVar[tuple[str, ...]] = ("title", "description")

    title: Text
    version: Version = Field(
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


class Retired(Located):
    """An id merged away or withdrawn. It is never used again, and what named it gets a clear message."""

    prose: ClassVar[tuple[str, ...]] = ("reason",)

    id: ItemId = Field(description="The retired mistake, mitigation or question id.")
    since: Version = Field(description="The playbook version that retired it.")
    replaced_by: list[ItemId] = Field(default_factory=list, description="Where its content went, if anywhere.")
    reason: Text = Field(description="Why it was retired, in one sentence.")


class RetiredFile(Located):
    """retired.yml: ids that are never to be used again."""

    retired: list[Retired]
