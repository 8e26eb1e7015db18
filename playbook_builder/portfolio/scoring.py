"""The assessment page's scoring (``assets/assessment/scoring.js`` and ``scope.js``) in Python, so a report gives
the numbers the page gives. Both work on the page's data (:func:`..render.assessment.assessment_data`), and
``tests/fixtures/scoring-cases.json`` checks both against the same golden cases.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model.scope import applies, matches

Data = Mapping[str, Any]


@dataclass
class Tally:
    weights: float = 0
    points: float = 0
    answered: int = 0
    total: int = 0
    score: int | None = None


@dataclass(frozen=True)
class Scope:
    """What applies to one situation: the questions asked and the mistakes hidden."""

    questions: frozenset[str]
    hidden: frozenset[str]


@dataclass
class Flag:
    """A mistake that low answers reveal, with the questions that flag it."""

    id: str
    gap: float = 0
    by: list[str] = field(default_factory=list)


def fraction(level: int, count: int) -> float:
    """Where a level sits on its scale, from 0 to 1; a one-level scale is all the way."""
    return (level - 1) / (count - 1) if count > 1 else 1


def scope_of(data: Data, situation: Mapping[str, str]) -> Scope | None:
    """As ``scopeOf``: None when nothing is hidden, which means everything applies."""
    restricted: Mapping[str, Any] = data.get("applies") or {}
    hidden = frozenset(m for m, rule in restricted.items() if not applies(rule, situation))
    if not hidden:
        return None
    asked = frozenset(q["id"] for q in data["questions"]
                      if not q["detects"] or any(m not in hidden for m in q["detects"]))
    return Scope(asked, hidden)


def situated(data: Data, situation: Mapping[str, str]) -> Data:
    """As ``situated``: the data with each mistake's severity for the situation (the first severity_when rule whose
    every fact the situation answers with one of its options); the same data when no severity depends on it."""
    rules: Mapping[str, Any] = data.get("severity_when") or {}
    changed = {}
    for mistake_id, found in rules.items():
        mistake = data["mistakes"].get(mistake_id)
        for rule in found if mistake else []:
            if matches(rule["when"], situation):
                changed[mistake_id] = {**mistake, "severity": rule["severity"]}
                break
    return {**data, "mistakes": {**data["mistakes"], **changed}} if changed else data


def in_scope(scope: Scope | None, question: Mapping[str, Any]) -> bool:
    return scope is None or question["id"] in scope.questions


def js_round(value: float) -> int:
    """JavaScript's Math.round: halves round up."""
    return math.floor(value + 0.5)


def score_answers(data: Data, answers: Mapping[str, int], scope: Scope | None = None
                  ) -> tuple[dict[str, Tally], Tally]:
    """Per phase and overall, as ``scoreAnswers``; a level of 0 is "not applicable"."""
    phases = {checklist["id"]: Tally() for checklist in data["checklists"]}
    overall = Tally()
    for question in data["questions"]:
        if not in_scope(scope, question):
            continue
        level = answers.get(question["id"])
        for tally in (phases[question["checklist"]], overall):
            tally.total += 1
            if level is None:
                continue
            tally.answered += 1
            if level > 0:
                tally.weights += question["weight"]
                tally.points += question["weight"] * fraction(level, len(question["levels"]))
    for tally in [*phases.values(), overall]:
        if tally.weights > 0:
            tally.score = js_round((100 * tally.points) / tally.weights)
    return phases, overall


def recommend(data: Data, answers: Mapping[str, int], scope: Scope | None = None) -> list[Flag]:
    """The mistakes low answers reveal, in ``recommend``'s order: most severe first, then those marked for the reader
    (``mine``), then those flagged by the weightiest question, then the lowest answer, then playbook order."""
    flagged: dict[str, Flag] = {}
    weights: dict[str, float] = {}
    for question in data["questions"]:
        level = answers.get(question["id"])
        if not in_scope(scope, question) or not level:
            continue
        count = len(question["levels"])
        x = fraction(level, count)
        if x > data["low"]:
            continue
        for mistake in question["detects"]:
            if scope is not None and mistake in scope.hidden:
                continue
            entry = flagged.setdefault(mistake, Flag(mistake))
            entry.gap = max(entry.gap, 1 - x)
            weights[mistake] = max(weights.get(mistake, 0), question.get("weight") or 1)
            entry.by.append(f"{question['id']} (level {level} of {count})")
    order = list(data["mistakes"])
    severities = list(data["severities"])

    def rank(entry: Flag) -> tuple[int, int, float, float, int]:
        mistake = data["mistakes"][entry.id]
        return (severities.index(mistake["severity"]), 0 if mistake.get("mine") else 1, -weights[entry.id], -entry.gap,
                order.index(entry.id))

    return sorted((entry for entry in flagged.values() if entry.id in data["mistakes"]), key=rank)


def answer_gaps(data: Data, mine: Mapping[str, int], theirs: Mapping[str, int], scope: Scope | None = None
                ) -> list[tuple[Mapping[str, Any], int, int]]:
    """The questions both sides answered two levels or more apart, in playbook order, as ``answerGaps``."""
    gaps = []
    for question in data["questions"]:
        a, b = mine.get(question["id"], 0), theirs.get(question["id"], 0)
        if in_scope(scope, question) and a > 0 and b > 0 and abs(a - b) >= 2:
            gaps.append((question, a, b))
    return gaps
