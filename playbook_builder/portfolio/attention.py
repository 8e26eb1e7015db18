"""Who needs attention first: the order the report and the portfolio page (``assets/portfolio/attention.js``)
both put subjects in; ``tests/fixtures/attention-cases.json`` checks that the two give the same order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .rollup import Portfolio, Subject
from .scoring import Flag

#: Most critical vendors first; a result that gives no criticality counts as medium, as for reviews.
_RANK = {"high": 0, "medium": 1, "low": 2}
#: The mistakes shown under each subject, and the subjects shown before the list is folded.
TOP_GAPS = 3
SHOWN_FIRST = 5


@dataclass(frozen=True)
class Concern:
    """What decides a subject's place: its criticality, critical findings, overall score and review."""

    name: str
    criticality: str | None
    critical: int
    score: int | None
    overdue: bool
    gaps: Sequence[Flag] = field(default=())


def _key(concern: Concern) -> tuple[int, int, int, bool]:
    """The most critical vendor, then the most critical findings, then the lowest score (none: after every
    score), then an overdue review first; ties keep their order (the sort is stable)."""
    score = 101 if concern.score is None else concern.score
    return _RANK.get(concern.criticality or "medium", 1), -concern.critical, score, not concern.overdue


def attention_order(concerns: Iterable[Concern]) -> list[Concern]:
    return sorted(concerns, key=_key)


def concern_of(subject: Subject) -> Concern:
    latest = subject.latest
    return Concern(subject.name, subject.criticality, latest.critical, latest.overall, subject.overdue,
                   latest.flagged[:TOP_GAPS])


def needs_attention(portfolio: Portfolio) -> list[Concern]:
    """The portfolio's subjects, the one that needs attention first at the top, each with its top gaps."""
    return attention_order(concern_of(subject) for subject in portfolio.subjects)
