"""Machine-readable exports of a checked playbook: ``playbook.json`` and the JSON Schemas of the content files."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..jsonio import json_lines
from ..model import REGISTRY_FILES, Checklist, Located, Playbook
from ..result_format import result_schema
from . import paths

#: Schema name (``schema/<name>.schema.json`` in the site) → the model it describes: checklists and each registry.
SCHEMAS: dict[str, type[Located]] = {"checklist": Checklist, **REGISTRY_FILES}
#: The schemas of the files the site's tools write and read, beside the content files': the assessment result.
RESULT_SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {"assessment": result_schema}


def playbook_data(playbook: Playbook) -> dict[str, Any]:
    """The whole checked model as plain data; the shape of ``playbook.json``."""
    checklists = []
    questions = []
    for checklist in playbook.checklists:
        entry = checklist.model_dump(mode="json", exclude={"questions"})
        entry["url"] = paths.address(paths.checklist(checklist.id))
        checklists.append(entry)
        for question in checklist.questions:
            item = question.model_dump(mode="json")
            item["checklist"] = checklist.id
            item["levels"] = [{"label": label} for label in question.levels]
            questions.append(item)
    return {
        "title": playbook.meta.title,
        "version": playbook.version,
        "checklists": checklists,
        "questions": questions,
        "sources": [s.model_dump(mode="json") for s in playbook.sources],
        "roles": [r.model_dump(mode="json") for r in playbook.roles],
        "cases": [c.model_dump(mode="json") for c in playbook.cases],
        "scope": [f.model_dump(mode="json") for f in playbook.facts],
        "fixed": playbook.fixed,
        "retired": [r.model_dump(mode="json") for r in playbook.retired],
        "terms": [{**term.model_dump(mode="json"), "url": f"{paths.address(paths.GLOSSARY)}#{term.id}"}
                  for term in playbook.terms],
        **contract_data(playbook),
    }


def contract_data(playbook: Playbook) -> dict[str, Any]:
    """The provisions (each naming its topic and the requirements it meets) and the frameworks (each requirement
    with what covers it), as ``playbook.json`` lists them."""
    required_by = playbook.required_by
    return {
        "topics": [topic.model_dump(mode="json", exclude={"provisions"}) for topic in playbook.topics],
        "provisions": [{**provision.model_dump(mode="json"), "topic": playbook.topic_of[provision.id].id,
                        "required_by": [requirement.id for _, requirement in required_by.get(provision.id, [])]}
                       for provision in playbook.provisions.values()],
        "frameworks": [{**framework.model_dump(mode="json", exclude={"requirements"}), "requirements": [
            {**requirement.model_dump(mode="json"), "covered_by": {
                "provisions": [p.id for p in playbook.covered_by[requirement.id].provisions],
                "mistakes": [m.id for m in playbook.covered_by[requirement.id].mistakes]}}
            for requirement in framework.requirements]} for framework in playbook.frameworks],
    }


def playbook_json(playbook: Playbook) -> bytes:
    """``playbook.json``: the checked model, for scripts and other tools."""
    return json_lines(playbook_data(playbook))


def schema_json(name: str) -> str:
    """The JSON Schema of one content file kind, for editors (``# yaml-language-server: $schema=...``), or of the
    assessment result file."""
    schema = RESULT_SCHEMAS[name]() if name in RESULT_SCHEMAS else SCHEMAS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{name}.schema.json"
    return json.dumps(schema, indent=1) + "\n"


def schema_files() -> dict[str, str]:
    return {paths.schema(name): schema_json(name) for name in [*SCHEMAS, *RESULT_SCHEMAS]}
