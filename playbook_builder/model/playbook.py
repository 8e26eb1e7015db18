"""The whole playbook, assembled from its files, and the tables that say which kinds of item and file exist."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from pydantic import BaseModel, Field

from .base import Located, Severity
from .changelog import Release
from .contract import (
    Coverage,
    Framework,
    Provision,
    Requirement,
    Topic,
    coverage,
)
from .parts import (
    Case,
    Checklist,
    Jurisdiction,
    LawNote,
    Mistake,
    PlaybookMeta,
    Question,
    Retired,
    Role,
    Source,
)
from .scope import Fact, applies
from .terms import Term


class Playbook(BaseModel):
    """The whole checked playbook, assembled from every content file."""

    meta: PlaybookMeta
    checklists: list[Checklist]
    sources: list[Source] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    cases: list[Case] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    """The provisions library (provisions.yml), by topic."""
    frameworks: list[Framework] = Field(default_factory=list)
    terms: list[Term] = Field(default_factory=list)
    """The termbase (terms.yml)."""
    retired: list[Retired] = Field(default_factory=list)
    releases: list[Release] = Field(default_factory=list)
    """The changelog (changelog.yml), newest release first."""
    fixed: dict[str, str] = Field(default_factory=dict)
    """Answers the edition fixes for every reader (the plugin's ``scope`` option); their facts are not asked."""

    def forget_sources(self) -> None:
        """Every part lets go of the YAML it was read from (see :meth:`Located.forget_source`)."""
        parts: list[Located] = [self.meta, *self.sources, *self.roles, *self.cases, *self.facts, *self.retired]
        for checklist in self.checklists:
            parts += [checklist, *checklist.questions]
            parts += [mitigation for mistake in checklist.mistakes for mitigation in mistake.mitigations]
        for fact in self.facts:
            parts += fact.options
        for cites in (*self.mistakes.values(), *self.provisions.values(), *(n for *_, n in self.law_notes)):
            parts += [cites, *(c for c in cites.sources if isinstance(c, Located))]
        parts += [*self.topics, *self.frameworks, *self.requirements.values(), *self.terms]
        parts += [wording for term in self.terms for wording in term.translations.values()]
        for part in parts:
            part.forget_source()

    @property
    def version(self) -> str:
        return self.meta.version

    @cached_property
    def mistakes(self) -> dict[str, Mistake]:
        return {m.id: m for c in self.checklists for m in c.mistakes}

    @cached_property
    def by_severity(self) -> list[Mistake]:
        """Every mistake, the most severe first, in lifecycle order within a severity."""
        order = list(Severity)
        return sorted(self.mistakes.values(), key=lambda mistake: order.index(mistake.severity))

    @cached_property
    def restrictions(self) -> dict[str, dict[str, list[str]]]:
        """Where each restricted mistake applies, its checklist's own restriction included, by mistake id."""
        found = {}
        for checklist in self.checklists:
            for mistake in checklist.mistakes:
                rule = {fact: list(options) for fact, options in checklist.applies_when.items()}
                for fact, options in mistake.applies_when.items():
                    rule[fact] = [o for o in rule[fact] if o in options] if fact in rule else list(options)
                if rule:
                    found[mistake.id] = rule
        return found

    @cached_property
    def questions(self) -> dict[str, Question]:
        return {q.id: q for c in self.checklists for q in c.questions}

    @cached_property
    def checklist_of(self) -> dict[str, Checklist]:
        """The checklist that holds each mistake and question, by item id."""
        found: dict[str, Checklist] = {}
        for checklist in self.checklists:
            found.update((mistake.id, checklist) for mistake in checklist.mistakes)
            found.update((question.id, checklist) for question in checklist.questions)
        return found

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def role_by_id(self) -> dict[str, Role]:
        return {r.id: r for r in self.roles}

    @cached_property
    def fact_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    @cached_property
    def retired_by_id(self) -> dict[str, Retired]:
        return {r.id: r for r in self.retired}

    def owner_title(self, role_id: str) -> str:
        """The title of the role that owns a mitigation (its id if the role is unknown)."""
        role = self.role_by_id.get(role_id)
        return role.title if role else role_id

    def small_owner_title(self, role_id: str) -> str:
        """Who owns a mitigation in a small business: the role's ``small_business`` title, else its title."""
        role = self.role_by_id.get(role_id)
        return (role.small_business or role.title) if role else role_id

    @cached_property
    def severity_rules(self) -> dict[str, list[dict[str, Any]]]:
        """The situation-dependent severities, by mistake id, for the scripts: ``[{severity, when}]`` in order."""
        return {m.id: [{"severity": rule.severity.value, "when": {f: list(o) for f, o in rule.when.items()}}
                       for rule in m.severity_when]
                for m in self.mistakes.values() if m.severity_when}

    def ranked(self, answers: Mapping[str, str]) -> list[Mistake]:
        """The mistakes that apply to a reader with these answers, the most severe for them first, then the ones
        that bite earliest in the lifecycle (checklist order, then their order in it). A mistake restricted to a
        situation the reader has not confirmed (a public-body rule for a reader who has not said whether they are
        one) counts one level lower, after those that surely apply."""
        order = list(Severity)
        found = [m for m in self.mistakes.values() if applies(self.restrictions.get(m.id, {}), answers)]

        def rank(mistake: Mistake) -> tuple[int, bool, bool]:
            unsure = any(fact not in answers for fact in self.restrictions.get(mistake.id, {}))
            return order.index(mistake.severity_for(answers)) + unsure, unsure, not self.for_you(mistake, answers)

        return sorted(found, key=rank)

    def for_you(self, mistake: Mistake, answers: Mapping[str, str]) -> bool:
        """Whether a mistake is marked "applies to you": the reader's answers confirm every fact of its restriction,
        or raise its severity; it then comes first among its equals."""
        rule = self.restrictions.get(mistake.id, {})
        if rule and all(answers.get(fact) in options for fact, options in rule.items()):
            return True
        order = list(Severity)
        return order.index(mistake.severity_for(answers)) < order.index(mistake.severity)

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

    @cached_property
    def provisions(self) -> dict[str, Provision]:
        return {p.id: p for topic in self.topics for p in topic.provisions}

    @cached_property
    def law_notes(self) -> list[tuple[str, Jurisdiction, LawNote]]:
        """Every law note: the id of the mistake or provision that holds it, its jurisdiction, the note."""
        owners: list[Mistake | Provision] = [*self.mistakes.values(), *self.provisions.values()]
        return [(owner.id, key, note) for owner in owners for key, note in owner.law.items()]

    @cached_property
    def term_by_id(self) -> dict[str, Term]:
        return {term.id: term for term in self.terms}

    @cached_property
    def topic_of(self) -> dict[str, Topic]:
        """The topic that holds each provision, by provision id."""
        return {p.id: topic for topic in self.topics for p in topic.provisions}

    @cached_property
    def provisions_of(self) -> dict[str, list[Provision]]:
        """The provisions that prevent each mistake, by mistake id."""
        found: dict[str, list[Provision]] = {}
        for provision in self.provisions.values():
            for mistake_id in provision.mistakes:
                found.setdefault(mistake_id, []).append(provision)
        return found

    @cached_property
    def requirements(self) -> dict[str, Requirement]:
        return {r.id: r for framework in self.frameworks for r in framework.requirements}

    @cached_property
    def covered_by(self) -> dict[str, Coverage]:
        """What meets each framework requirement, by requirement id (see :func:`.contract.coverage`)."""
        return coverage(self.frameworks, list(self.provisions.values()), list(self.mistakes.values()))

    @cached_property
    def required_by(self) -> dict[str, list[tuple[Framework, Requirement]]]:
        """The framework requirements each provision meets, by provision id."""
        found: dict[str, list[tuple[Framework, Requirement]]] = {}
        for framework in self.frameworks:
            for requirement in framework.requirements:
                for provision in self.covered_by[requirement.id].provisions:
                    found.setdefault(provision.id, []).append((framework, requirement))
        return found
