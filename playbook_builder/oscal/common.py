"""What the OSCAL catalog and assessment results share: the version, the namespace of the playbook's own
properties, deterministic UUIDs and ids, and the one way documents are written."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date
from typing import Any

from ..jsonio import compact_json, json_lines, one_object_a_line

#: The OSCAL release the documents follow: the last of 1.1, which GRC tools read and compliance-trestle 3
#: validates (trestle 4 and later only accept 1.2).
OSCAL_VERSION = "1.1.3"
#: The namespace of the properties and parts OSCAL does not define (severity, phase, applicability...). OSCAL allows
#: any URI, a URN too, but compliance-trestle's models require an address with a host; the project has no domain
#: of its own, so the name sits under ``.invalid``, which is reserved never to resolve nor to belong to anyone.
NAMESPACE = "https://outsourcing-playbook.invalid/ns/oscal"
#: The root of every UUID the documents carry: the same ids give the same UUIDs, so rebuilds diff cleanly.
_ROOT = uuid.uuid5(uuid.NAMESPACE_URL, NAMESPACE)


def uuid_for(*parts: str) -> str:
    """A UUID (version 5) that depends only on ``parts``: one subject gets the same UUID in every build."""
    return str(uuid.uuid5(_ROOT, "\x1f".join(parts)))


def control_id(mistake_id: str) -> str:
    """A mistake's control id, lower-case as OSCAL catalogs spell them (``SEL-01`` → ``sel-01``)."""
    return mistake_id.lower()


def objective_id(mistake_id: str) -> str:
    """The id of a control's assessment objective, which findings target."""
    return f"{control_id(mistake_id)}_obj"


def prop(name: str, value: str, *, cls: str | None = None, own: bool = True) -> dict[str, str]:
    """A property: the playbook's own (in :data:`NAMESPACE`) unless ``own`` is false (OSCAL's, e.g. ``label``)."""
    found = {"name": name, "value": value}
    if own:
        found["ns"] = NAMESPACE
    if cls:
        found["class"] = cls
    return found


def timestamp(day: date) -> str:
    """Midnight UTC of a day, as OSCAL's date-time with a time zone: builds of the same content agree."""
    return f"{day.isoformat()}T00:00:00Z"


def document(root: str, body: dict[str, Any]) -> dict[str, Any]:
    """An OSCAL document: ``body`` under its root key, with a UUID derived from the body itself, so that it
    changes exactly when the content does (OSCAL asks for a new document UUID on every revision)."""
    return {root: {"uuid": _document_uuid(root, compact_json(body).encode("utf-8")), **body}}


def document_json(root: str, body: dict[str, Any]) -> bytes:
    """``dump(document(root, body))``, encoding the body once (a large edition's catalog takes a while to
    encode) and holding as few copies of it as it can: pass the body as a temporary, it is let go of once encoded."""
    text = compact_json(body)
    del body  # the caller's reference came with the call; the dict takes more memory than its text
    data = text.encode("utf-8")
    del text
    opening = '{"' + root + '":{"uuid":"' + _document_uuid(root, data) + '"' + ("," if len(data) > 2 else "")
    data = b"".join((opening.encode("utf-8"), memoryview(data)[1:], b"}"))  # one copy, the old one then let go
    return one_object_a_line(data)


def _document_uuid(root: str, body_json: bytes) -> str:
    return uuid_for(root, hashlib.sha256(body_json).hexdigest())


def dump(document_: dict[str, Any]) -> bytes:
    """An OSCAL document as JSON in UTF-8, one object a line, so that a diff shows which control changed."""
    return json_lines(document_)
