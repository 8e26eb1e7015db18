"""The portfolio as numbers: each subject's results scored in their own situation, its next review, the
mistakes most subjects share, trends over time and the questions where a buyer and its vendor disagree."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..reviews import next_review
from .results import Result
from .scoring import Flag, answer_gaps, in_scope, recommend, scope_of, score_answers, situated


@dataclass(frozen=True)
class Scored:
    """One result with its scores (None: nothing applicable answered) and the mistakes it flags."""

    result: Result
    phases: dict[str, int | None]
    overall: int | None
    flagged: list[Flag]
    cleared: list[str]
    """The mistakes its applicable answers detect and do not flag, in playbook order."""
    severities: dict[str, str] = field(default_factory=dict)
    """The flagged mistakes' severities in its situation."""
    applicable: int = 0
    """How many of the playbook's mistakes apply to its situation (what "flagged 3 of 40" counts against)."""

    @property
    def critical(self) -> int:
        """How many critical mistakes it flags."""
        return sum(1 for flag in self.flagged if self.severities.get(flag.id) == "critical")


@dataclass(frozen=True)
class Gap:
    """A question the two sides answered two levels or more apart."""

    question: str
    text: str
    buyer: int
    vendor: int
    of: int


@dataclass
class Subject:
    name: str
    history: list[Scored]
    """The results of the side that speaks for the subject (the buyer's, when there are any), oldest first."""
    next_review: date
    overdue: bool
    vendor: Scored | None = None
    gaps: list[Gap] = field(default_factory=list)

    @property
    def latest(self) -> Scored:
        return self.history[-1]

    @property
    def criticality(self) -> str | None:
        return latest_criticality(self.history)


@dataclass(frozen=True)
class Portfolio:
    data: Mapping[str, Any]
    subjects: list[Subject]
    shared: list[tuple[str, list[str]]]
    """Mistake id → the subjects whose latest result flags it; most subjects first, then most severe."""
    today: date


def latest_criticality(history: list[Scored]) -> str | None:
    """The latest criticality the results give (a later result that gives none keeps it), as the page has it."""
    return next((s.result.criticality for s in reversed(history) if s.result.criticality), None)


def situation_of(data: Mapping[str, Any], facts: Mapping[str, Iterable[str]], situation: Mapping[str, str]
                 ) -> dict[str, str]:
    """What decides what applies, as the page works it out: the answers to facts and options the playbook
    still has, with the edition's fixed answers over them (``cleanAnswers`` and ``withFixed``)."""
    fixed: Mapping[str, str] = data.get("fixed") or {}
    kept = {f: o for f, o in situation.items() if f not in fixed and o in facts.get(f, ())}
    return {**kept, **fixed}


def score(data: Mapping[str, Any], facts: Mapping[str, Iterable[str]], result: Result) -> Scored:
    situation = situation_of(data, facts, result.situation)
    scope = scope_of(data, situation)
    phases, overall = score_answers(data, result.answers, scope)
    own = situated(data, situation)
    flagged = recommend(own, result.answers, scope)
    detected = dict.fromkeys(m for q in data["questions"] if result.answers.get(q["id"]) and in_scope(scope, q)
                             for m in q["detects"] if m in data["mistakes"])
    hidden = scope.hidden if scope else frozenset()
    cleared = [m for m in detected if m not in hidden and all(f.id != m for f in flagged)]
    return Scored(result, {pid: tally.score for pid, tally in phases.items()}, overall.score, flagged, cleared,
                  {f.id: own["mistakes"][f.id]["severity"] for f in flagged},
                  sum(1 for m in data["mistakes"] if m not in hidden))


def _gaps(data: Mapping[str, Any], facts: Mapping[str, Iterable[str]], buyer: Result, vendor: Result) -> list[Gap]:
    """Scored on the questions that apply to the buyer's situation, as the page's comparison does."""
    scope = scope_of(data, situation_of(data, facts, buyer.situation))
    return [Gap(q["id"], q["text"], a, b, len(q["levels"]))
            for q, a, b in answer_gaps(data, buyer.answers, vendor.answers, scope)]


def _subject(name: str, scored: list[Scored], data: Mapping[str, Any], facts: Mapping[str, Iterable[str]],
             months: Mapping[str, int], today: date) -> Subject:
    scored.sort(key=lambda s: (s.result.day, s.result.saved))
    buyer = [s for s in scored if s.result.side == "buyer"]
    vendor = [s for s in scored if s.result.side == "vendor"]
    history = buyer or vendor
    latest = history[-1].result
    due = next_review(latest.day, latest_criticality(history), months)
    subject = Subject(name, history, due, due < today)
    if buyer and vendor:
        subject.vendor = vendor[-1]
        subject.gaps = _gaps(data, facts, latest, vendor[-1].result)
    return subject


def natural(name: str) -> list[tuple[int, int | str]]:
    """A sort key that puts "Vendor 2" before "Vendor 10"."""
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", name.casefold())]


def roll_up(data: Mapping[str, Any], facts: Mapping[str, Iterable[str]], results: Iterable[Result],
            months: Mapping[str, int], today: date) -> Portfolio:
    """The portfolio of ``results`` (already deduplicated), subjects in natural order of their names."""
    by_subject: dict[str, list[Scored]] = {}
    names: dict[str, str] = {}
    for result in results:
        key = result.subject.casefold()
        names.setdefault(key, result.subject)
        by_subject.setdefault(key, []).append(score(data, facts, result))
    subjects = [_subject(names[key], by_subject[key], data, facts, months, today)
                for key in sorted(by_subject, key=lambda k: natural(names[k]))]
    counts = Counter(flag.id for subject in subjects for flag in subject.latest.flagged)
    order = list(data["mistakes"])
    severities = list(data["severities"])
    ranked = sorted(counts, key=lambda m: (-counts[m], severities.index(data["mistakes"][m]["severity"]),
                                           order.index(m)))
    shared = [(m, [s.name for s in subjects if any(f.id == m for f in s.latest.flagged)]) for m in ranked]
    return Portfolio(data, subjects, shared, today)


def trend(subject: Subject) -> list[tuple[str, int | None, int | None]]:
    """Per phase and then overall: the earliest score and the latest; nothing for a subject assessed once."""
    if len(subject.history) < 2:
        return []
    first, last = subject.history[0], subject.history[-1]
    rows: list[tuple[str, int | None, int | None]] = [(p, first.phases[p], last.phases[p]) for p in first.phases]
    return [*rows, ("overall", first.overall, last.overall)]
