"""The playbook as an OSCAL catalog: one group per phase, one control per mistake, the sources in back-matter.

GRC tools and auditors import controls, not checklists: each mistake becomes a control whose statement is the
mistake, whose guidance says why it hurts and who does what against it, and whose assessment objectives are its
warning signs and the self-assessment questions that detect it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Checklist, Mistake, Playbook, Source
from .common import (
    NAMESPACE,
    OSCAL_VERSION,
    control_id,
    document,
    document_json,
    objective_id,
    prop,
    timestamp,
    uuid_for,
)

#: When the content has no release yet: a fixed date, so builds still agree.
_NO_RELEASE = date(1970, 1, 1)


def source_uuid(source_id: str) -> str:
    """The UUID of a source's back-matter resource, which controls link to."""
    return uuid_for("source", source_id)


def last_modified(playbook: Playbook) -> date:
    """The day of the content's release (the newest one when its version is not released yet): derived from
    the content, so two builds of it write the same catalog."""
    same = [release.date for release in playbook.releases if release.version == playbook.version]
    newest = [release.date for release in playbook.releases]
    return (same or newest or [_NO_RELEASE])[0]


def _with_parts(part: dict[str, Any], parts: list[dict[str, Any]]) -> dict[str, Any]:
    """A part with its sub-parts, if it has any: OSCAL allows no empty list."""
    return {**part, "parts": parts} if parts else part


def _statement(mistake: Mistake) -> dict[str, Any]:
    return {"id": f"{control_id(mistake.id)}_smt", "name": "statement", "prose": mistake.summary}


def _guidance(playbook: Playbook, mistake: Mistake) -> dict[str, Any]:
    """Why it hurts, then one part per mitigation that names the role owning it."""
    mitigations = [
        {"id": f"{control_id(mistake.id)}_gdn.{mitigation.id.lower()}", "name": "mitigation",
         "ns": NAMESPACE,
         "props": [prop("label", mitigation.id, own=False), prop("owner", mitigation.owner)],
         "prose": f"{mitigation.action} Owner: {playbook.owner_title(mitigation.owner)}."}
        for mitigation in mistake.mitigations
    ]
    return _with_parts({"id": f"{control_id(mistake.id)}_gdn", "name": "guidance", "prose": mistake.why_it_hurts},
                       mitigations)


def _objective(playbook: Playbook, mistake: Mistake) -> dict[str, Any]:
    """What an assessor determines: the line the team confirms, no warning sign, good answers to the questions."""
    base = objective_id(mistake.id)
    signs = [
        {"id": f"{base}.{number}", "name": "assessment-objective", "class": "warning-sign",
         "prose": f"This warning sign is absent: {sign}"}
        for number, sign in enumerate(mistake.warning_signs, start=1)
    ]
    questions = [
        {"id": f"{base}.{question.id.lower()}", "name": "assessment-objective", "class": "question",
         "props": [prop("question", question.id)],
         "prose": f"A high answer to the self-assessment question: {question.text}"}
        for question in playbook.detected_by.get(mistake.id, [])
    ]
    return _with_parts({"id": base, "name": "assessment-objective", "prose": mistake.confirm}, signs + questions)


def _props(playbook: Playbook, checklist: Checklist, mistake: Mistake) -> list[dict[str, str]]:
    """The id as the label, then severity, phase and where it applies (one property per fact and option)."""
    found = [prop("label", mistake.id, own=False), prop("severity", mistake.severity.value),
             prop("phase", checklist.id)]
    for fact, options in playbook.restrictions.get(mistake.id, {}).items():
        found += [prop("applies-when", option, cls=fact) for option in options]
    return found


def _links(mistake: Mistake) -> list[dict[str, str]]:
    """A link per citation to its back-matter resource, with the pinpoint as the link's text."""
    links = []
    for citation in mistake.citations:
        link = {"href": f"#{source_uuid(citation.source)}", "rel": "reference"}
        if citation.at:
            link["text"] = citation.at
        links.append(link)
    return links


def control(playbook: Playbook, checklist: Checklist, mistake: Mistake) -> dict[str, Any]:
    """One mistake as a control."""
    found: dict[str, Any] = {"id": control_id(mistake.id), "class": "mistake", "title": mistake.title,
                             "props": _props(playbook, checklist, mistake)}
    if mistake.sources:
        found["links"] = _links(mistake)
    found["parts"] = [_statement(mistake), _guidance(playbook, mistake), _objective(playbook, mistake)]
    return found


def _group(playbook: Playbook, checklist: Checklist) -> dict[str, Any]:
    """One phase: its summary and pause point, and its mistakes as controls."""
    found: dict[str, Any] = {
        "id": checklist.id, "class": "phase", "title": checklist.title,
        "props": [prop("label", checklist.code, own=False), prop("style", checklist.style)],
        "parts": [{"id": f"{checklist.id}_ovw", "name": "overview", "prose": checklist.summary},
                  {"id": f"{checklist.id}_when", "name": "pause-point", "ns": NAMESPACE, "prose": checklist.when}],
    }
    if checklist.mistakes:
        found["controls"] = [control(playbook, checklist, mistake) for mistake in checklist.mistakes]
    return found


def _resource(source: Source) -> dict[str, Any]:
    return {
        "uuid": source_uuid(source.id), "title": source.title,
        "props": [prop("kind", source.kind.value), prop("source-id", source.id)],
        "citation": {"text": f"{source.author}, {source.title}, {source.publisher}, {source.year}."},
        "rlinks": [{"href": source.url}],
    }


def catalog(playbook: Playbook) -> dict[str, Any]:
    """The OSCAL catalog of a checked playbook (an edition's own, when overlays or fixed answers made it)."""
    return document("catalog", _catalog_body(playbook))


def _catalog_body(playbook: Playbook) -> dict[str, Any]:
    metadata: dict[str, Any] = {"title": playbook.meta.title, "last-modified": timestamp(last_modified(playbook)),
                                "version": playbook.version, "oscal-version": OSCAL_VERSION}
    if playbook.meta.description:
        metadata["remarks"] = playbook.meta.description
    body: dict[str, Any] = {"metadata": metadata,
                            "groups": [_group(playbook, checklist) for checklist in playbook.checklists]}
    if playbook.sources:
        body["back-matter"] = {"resources": [_resource(source) for source in playbook.sources]}
    return body


def catalog_json(playbook: Playbook) -> bytes:
    """``oscal/catalog.json``: the catalog as the site publishes it, ``dump(catalog(playbook))``."""
    return document_json("catalog", _catalog_body(playbook))
