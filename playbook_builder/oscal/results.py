"""OSCAL assessment results of one assessed subject (a vendor, an engagement): what ``playbook report --oscal``
writes for each exported self-assessment, so that an auditor's or a GRC tool's records hold the answers and the
mistakes they revealed, linked to the controls of the playbook's catalog (``oscal/catalog.json``)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

from ..model import Playbook, Question
from .common import OSCAL_VERSION, control_id, document, objective_id, prop, timestamp, uuid_for

#: Where the report writes the catalog beside the results, which the results point at.
CATALOG_FILE = "catalog.json"


def _day(value: str) -> date:
    """The day of an ISO date or date-time (``2026-03-01`` or ``2026-03-01T10:00:00.000Z``)."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None


def results_file(subject: str, day: str, side: str | None = None) -> str:
    """The file name of one result: ``vendor-a-2026-03-01.json``, and ``...-vendor.json`` for the vendor's own
    answers, so that both sides of one day keep a file each."""
    ascii_name = unicodedata.normalize("NFKD", subject).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "subject"
    suffix = f"-{side}" if side and side != "buyer" else ""
    return f"{slug}-{_day(day).isoformat()}{suffix}.json"


def _answer_text(question: Question, level: int) -> str:
    if level == 0:
        return "Not applicable."
    return f"Level {level} of {len(question.levels)}: {question.levels[level - 1]}"


def _observation(question: Question, level: int, subject: dict[str, str], collected: str,
                 result_uuid: str) -> dict[str, Any]:
    """One answer: what was asked, the answer given, and by whom (the self-assessment is an interview)."""
    levels = str(len(question.levels))
    props = [prop("question", question.id),
             prop("level", str(level), cls="not-applicable" if level == 0 else None), prop("levels", levels)]
    return {
        "uuid": uuid_for("observation", result_uuid, question.id),
        "title": f"{question.id}: {question.text}", "description": _answer_text(question, level),
        "props": props, "methods": ["INTERVIEW"], "types": ["control-objective"],
        "subjects": [subject], "collected": collected,
    }


def _finding(playbook: Playbook, mistake_id: str, satisfied: bool, observed: dict[str, str],
             result_uuid: str) -> dict[str, Any]:
    """One mistake: revealed by low answers (not satisfied) or cleared by good ones (satisfied)."""
    mistake = playbook.mistakes[mistake_id]
    state = "satisfied" if satisfied else "not-satisfied"
    verdict = f"Cleared: {mistake.confirm}" if satisfied else f"Flagged: {mistake.summary}"
    found: dict[str, Any] = {
        "uuid": uuid_for("finding", result_uuid, mistake_id),
        "title": f"{mistake.id}: {mistake.title}", "description": verdict,
        "props": [prop("severity", mistake.severity.value)],
        "target": {"type": "objective-id", "target-id": objective_id(mistake_id), "status": {"state": state}},
    }
    related = [{"observation-uuid": observed[q.id]} for q in playbook.detected_by.get(mistake_id, [])
               if q.id in observed]
    if related:
        found["related-observations"] = related
    return found


def _check(playbook: Playbook, answers: dict[str, int], mistakes: list[str]) -> None:
    """Refuse ids the playbook does not know and levels its questions do not have, naming them."""
    for question_id, level in answers.items():
        question = playbook.questions.get(question_id)
        if question is None:
            raise ValueError(f"unknown question: {question_id}")
        if not 0 <= level <= len(question.levels):
            raise ValueError(f"{question_id}: level {level} is not between 0 and {len(question.levels)}")
    unknown = [mistake_id for mistake_id in mistakes if mistake_id not in playbook.mistakes]
    if unknown:
        raise ValueError(f"unknown mistakes: {', '.join(unknown)}")


def _result(playbook: Playbook, subject: dict[str, str], collected: str, answers: dict[str, int],
            verdicts: dict[str, bool], side: str) -> dict[str, Any]:
    result_uuid = uuid_for("result", subject["subject-uuid"], collected, side)
    observations = [_observation(playbook.questions[qid], level, subject, collected, result_uuid)
                    for qid, level in answers.items()]
    observed = {question_id: observation["uuid"] for question_id, observation in zip(answers, observations,
                                                                                      strict=True)}
    findings = [_finding(playbook, mistake_id, satisfied, observed, result_uuid)
                for mistake_id, satisfied in verdicts.items()]
    selection: dict[str, Any] = (
        {"include-controls": [{"control-id": control_id(mistake_id)} for mistake_id in verdicts]}
        if verdicts else {"include-all": {}})
    result: dict[str, Any] = {
        "uuid": result_uuid,
        "title": f"Self-assessment of {subject['title']}",
        "description": f"{subject['title']} answered the self-assessment of {playbook.meta.title} "
                       f"{playbook.version}.",
        "start": collected,
        "props": [prop("side", side)],
        "reviewed-controls": {"control-selections": [selection]},
    }
    if observations:
        result["observations"] = observations
    if findings:
        result["findings"] = findings
    return result


def assessment_results(playbook: Playbook, *, subject: str, date: str, answers: dict[str, int],
                       flagged: list[str], cleared: list[str], side: str = "buyer") -> dict[str, Any]:
    """The OSCAL assessment results of one exported self-assessment.

    ``answers`` maps question ids to the level chosen (1 = the lowest; 0 = not applicable); ``flagged`` and
    ``cleared`` are the mistakes the answers revealed and cleared. ``date`` is the result's ISO date or
    date-time; ``side`` says who answered (``buyer``, or ``vendor`` for the vendor's own answers). Raises
    ValueError on an id or level the playbook does not know.
    """
    _check(playbook, answers, [*flagged, *cleared])
    collected = timestamp(_day(date))
    party_uuid = uuid_for("party", subject)
    reference = {"subject-uuid": party_uuid, "type": "party", "title": subject}
    verdicts = {**{mistake_id: False for mistake_id in flagged}, **{mistake_id: True for mistake_id in cleared}}
    plan_uuid = uuid_for("plan", playbook.meta.title, playbook.version)
    body = {
        "metadata": {
            "title": f"{playbook.meta.title}: self-assessment of {subject} ({side} side)", "last-modified": collected,
            "version": playbook.version, "oscal-version": OSCAL_VERSION,
            "parties": [{"uuid": party_uuid, "type": "organization", "name": subject}],
        },
        # The plan is the playbook's self-assessment: its questions, assessing the controls of its catalog.
        "import-ap": {"href": f"#{plan_uuid}"},
        "results": [_result(playbook, reference, collected, answers, verdicts, side)],
        "back-matter": {"resources": [{
            "uuid": plan_uuid, "title": f"The self-assessment of {playbook.meta.title} {playbook.version}",
            "description": "The questions answered, and the catalog of the controls they assess.",
            "rlinks": [{"href": CATALOG_FILE, "media-type": "application/oscal.catalog+json"}],
        }]},
    }
    return document("assessment-results", body)
