"""The report's scoring gives the page's numbers: every golden case of tests/fixtures/scoring-cases.json, the set
tests/js/scoring.test.mjs runs through scoring.js."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from playbook_builder.portfolio.scoring import answer_gaps, fraction, recommend, scope_of, score_answers
from playbook_builder.reviews import add_months, parse_review_months

FIXTURES = Path(__file__).parent / "fixtures"
DATA = json.loads((FIXTURES / "assessment-data.json").read_text(encoding="utf-8"))
CASES = json.loads((FIXTURES / "scoring-cases.json").read_text(encoding="utf-8"))["cases"]
# The fixture's one restriction, as the build writes it in the data (the same as tests/js/fixtures.mjs).
SCOPED = {**DATA, "applies": {"ALP-02": {"size": ["large"]}}, "fixed": {}}


def levels(answers: dict[str, Any]) -> dict[str, int]:
    return {qid: 0 if level == "na" else level for qid, level in answers.items()}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_golden_case(case: dict[str, Any]) -> None:
    answers = levels(case["answers"])
    scope = scope_of(SCOPED, case.get("situation", {}))
    phases, overall = score_answers(SCOPED, answers, scope)

    def pick(field: str) -> dict[str, Any]:
        return {"alpha": getattr(phases["alpha"], field), "beta": getattr(phases["beta"], field),
                "overall": getattr(overall, field)}

    assert pick("score") == case["scores"]
    assert pick("answered") == case["answered"]
    assert pick("total") == case.get("totals", {"alpha": 2, "beta": 1, "overall": 3})
    assert [flag.id for flag in recommend(SCOPED, answers, scope)] == case["flagged"]


def test_every_case_ran() -> None:
    assert len(CASES) >= 20


def test_fraction_and_gaps_as_the_page() -> None:
    assert [fraction(1, 5), fraction(3, 5), fraction(5, 5), fraction(1, 1)] == [0, 0.5, 1, 1]
    gaps = answer_gaps(DATA, {"ALP-Q1": 1, "ALP-Q2": 2, "BET-Q1": 4}, {"ALP-Q1": 4, "ALP-Q2": 3, "BET-Q1": 2})
    assert [(question["id"], a, b) for question, a, b in gaps] == [("ALP-Q1", 1, 4), ("BET-Q1", 4, 2)]
    assert answer_gaps(DATA, {"ALP-Q1": 0, "BET-Q1": 1}, {"ALP-Q1": 5}) == []


def test_recommendations_order_and_reasons() -> None:
    found = recommend(DATA, {"ALP-Q1": 2, "ALP-Q2": 1, "BET-Q1": 3})
    assert [flag.id for flag in found] == ["BET-01", "ALP-01", "ALP-02"]
    assert found[1].by == ["ALP-Q1 (level 2 of 5)"]


def test_review_dates_keep_the_day_or_take_the_months_last() -> None:
    assert add_months(date(2026, 1, 15), 6) == date(2026, 7, 15)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert parse_review_months("high=3, low=36") == {"low": 36, "medium": 12, "high": 3}
    for bad in ("urgent=3", "high=soon", "high=0"):
        with pytest.raises(ValueError):
            parse_review_months(bad)


def test_recommendations_break_ties_as_the_page_does_by_the_weightiest_question() -> None:
    """As ``recommend`` in assessment/scoring.js (tests/js/severity.test.mjs has the same case): at one severity, the
    reader's own mistake first, then the one a heavier question flags, before the lowest answer."""
    levels = ["None", "Some", "Most", "All", "Reviewed"]
    data = {
        "severities": ["critical", "high", "medium", "low"], "low": 0.5,
        "mistakes": {"EXT-09": {"severity": "high"}, "SEL-10": {"severity": "high"}, "QPM-01": {"severity": "low"}},
        "questions": [
            {"id": "SEL-Q6", "weight": 1, "levels": levels, "detects": ["SEL-10", "QPM-01"], "checklist": "selection"},
            {"id": "EXT-Q3", "weight": 2, "levels": levels, "detects": ["EXT-09"], "checklist": "exit"},
        ],
    }
    answers = {"EXT-Q3": 2, "SEL-Q6": 1}  # the freelancer trial has the lower answer, the staff transfer the weight
    assert [flag.id for flag in recommend(data, answers)] == ["EXT-09", "SEL-10", "QPM-01"]
    data["mistakes"]["SEL-10"]["mine"] = True
    assert [flag.id for flag in recommend(data, answers)] == ["SEL-10", "EXT-09", "QPM-01"]
