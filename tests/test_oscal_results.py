"""OSCAL assessment results of one subject: valid against NIST's models (compliance-trestle), one observation per
answer, one finding per flagged and per cleared mistake, linked to the catalog's controls, the same in every run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from playbook_builder.load import load_playbook
from playbook_builder.model import Playbook
from playbook_builder.oscal import OSCAL_VERSION, assessment_results, catalog, dump, results_file

from conftest import FIXTURE

trestle_results = pytest.importorskip("trestle.oscal.assessment_results",
                                      reason="compliance-trestle is in the test extra")
PORTFOLIO = FIXTURE.parent / "portfolio"
EXPECTED = json.loads((PORTFOLIO / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return load_playbook(FIXTURE)[0]


def exported(name: str) -> dict[str, Any]:
    return json.loads((PORTFOLIO / name).read_text(encoding="utf-8"))


def arguments(playbook: Playbook, result: dict[str, Any]) -> dict[str, Any]:
    """What the report passes for an exported result: its answers as levels, and the mistakes flagged (the shared
    expected.json) and cleared (detected by an applicable answer, yet not flagged)."""
    answers = {qid: 0 if entry.get("notApplicable") else entry["level"] for qid, entry in result["answers"].items()}
    flagged = EXPECTED["subjects"][result["name"]]["flagged"]
    detected = [m for qid, level in answers.items() if level for m in playbook.questions[qid].detects]
    cleared = [m for m in dict.fromkeys(detected) if m not in flagged]
    return {"subject": result["name"], "date": result["saved"], "answers": answers, "flagged": flagged,
            "cleared": cleared}


def results_of(document: dict[str, Any]) -> dict[str, Any]:
    assert document["assessment-results"]["metadata"]["oscal-version"] == OSCAL_VERSION
    trestle_results.AssessmentResults.parse_obj(document["assessment-results"])
    (result,) = document["assessment-results"]["results"]
    return result


@pytest.mark.parametrize("name", ["vendor-a-2026-03-01.json", "vendor-b-2026-01-15.json"])
def test_a_subjects_results_validate_against_nists_models(playbook: Playbook, name: str) -> None:
    given = arguments(playbook, exported(name))
    document = assessment_results(playbook, **given)
    result = results_of(document)
    assert len(result["observations"]) == len(given["answers"])
    states = {f["target"]["target-id"]: f["target"]["status"]["state"] for f in result["findings"]}
    assert states == {**{f"{m.lower()}_obj": "not-satisfied" for m in given["flagged"]},
                      **{f"{m.lower()}_obj": "satisfied" for m in given["cleared"]}}
    party = document["assessment-results"]["metadata"]["parties"][0]
    assert party["name"] == given["subject"]
    assert all(o["subjects"] == [{"subject-uuid": party["uuid"], "type": "party", "title": given["subject"]}]
               for o in result["observations"])


def test_findings_target_the_catalogs_objectives_and_cite_the_answers_that_decided_them(playbook: Playbook) -> None:
    given = arguments(playbook, exported("vendor-b-2026-01-15.json"))
    result = results_of(assessment_results(playbook, **given))
    parts = {node["id"] for group in catalog(playbook)["catalog"]["groups"] for control in group["controls"]
             for node in control["parts"]}
    controls = {c["control-id"] for c in result["reviewed-controls"]["control-selections"][0]["include-controls"]}
    assert controls == {m.lower() for m in given["flagged"] + given["cleared"]}
    observation_of = {o["props"][0]["value"]: o["uuid"] for o in result["observations"]}
    for finding in result["findings"]:
        assert finding["target"]["target-id"] in parts
        mistake = finding["title"].split(":")[0]
        askers = [q.id for q in playbook.detected_by[mistake] if q.id in observation_of]
        assert finding["related-observations"] == [{"observation-uuid": observation_of[q]} for q in askers]


def test_not_applicable_answers_are_observed_as_such(playbook: Playbook) -> None:
    document = assessment_results(playbook, subject="Vendor C", date="2026-05-04", answers={"ALP-Q1": 0, "ALP-Q2": 3},
                                  flagged=[], cleared=["ALP-02"])
    observations = results_of(document)["observations"]
    assert observations[0]["description"] == "Not applicable."
    assert observations[1]["description"] == "Level 3 of 3: Always, against a checklist."


def test_the_same_result_gives_the_same_document_and_another_result_another(playbook: Playbook) -> None:
    given = arguments(playbook, exported("vendor-a-2026-03-01.json"))
    text = dump(assessment_results(playbook, **given))
    assert dump(assessment_results(playbook, **given)) == text
    earlier = arguments(playbook, exported("vendor-a-2025-03-01.json") | {"name": "Vendor A"})
    earlier["flagged"] = ["ALP-01", "ALP-02", "BET-01"]
    other = assessment_results(playbook, **{**earlier, "cleared": []})
    assert other["assessment-results"]["uuid"] != json.loads(text)["assessment-results"]["uuid"]
    # the subject is the same party in both
    assert other["assessment-results"]["metadata"]["parties"] == json.loads(text)["assessment-results"]["metadata"]["parties"]


def test_unknown_ids_and_levels_are_refused_by_name(playbook: Playbook) -> None:
    base: dict[str, Any] = {"subject": "Vendor A", "date": "2026-03-01", "flagged": [], "cleared": []}
    with pytest.raises(ValueError, match="unknown question: ZZZ-Q1"):
        assessment_results(playbook, **base | {"answers": {"ZZZ-Q1": 1}})
    with pytest.raises(ValueError, match="ALP-Q2: level 4"):
        assessment_results(playbook, **base | {"answers": {"ALP-Q2": 4}})
    with pytest.raises(ValueError, match="unknown mistakes: ZZZ-01"):
        assessment_results(playbook, **base | {"answers": {}, "flagged": ["ZZZ-01"]})
    with pytest.raises(ValueError, match="not an ISO date"):
        assessment_results(playbook, **base | {"answers": {}, "date": "March"})


def test_the_file_name_holds_the_subject_and_the_day() -> None:
    assert results_file("Vendor A", "2026-03-01T14:00:00.000Z") == "vendor-a-2026-03-01.json"
    assert results_file("Überall & Co.", "2026-03-01") == "uberall-co-2026-03-01.json"
    assert Path(results_file("..", "2026-03-01")).name == "subject-2026-03-01.json"
    assert results_file("Vendor A", "2026-03-01", side="vendor") == "vendor-a-2026-03-01-vendor.json"


def test_the_vendors_own_answers_of_the_same_day_are_another_result(playbook: Playbook) -> None:
    given = arguments(playbook, exported("vendor-a-2026-03-01.json"))
    buyer, vendor = assessment_results(playbook, **given), assessment_results(playbook, **given, side="vendor")
    results_of(vendor)
    uuids = [{node["uuid"] for node in doc["assessment-results"]["results"][0]["observations"]} for doc in (buyer, vendor)]
    assert not uuids[0] & uuids[1]
    assert results_of(vendor)["props"][0]["value"] == "vendor"
