"""An edition to compare, as the plain data of ``playbook.json``: from a content folder, a ``playbook.json`` file
(an earlier site's download) or a git revision of the repository (its content folder as it was then).

Folders are read as YAML but not validated: an old release need not meet today's content model (a field that
became required since must not stop the comparison). :func:`.changes.items` evens out what validation would have
changed, such as defaults.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ..load.loader import read_documents
from ..model import REGISTRIES
from ..problems import ContentError
from . import git

#: Registry lists that ``playbook.json`` names differently from the model.
_JSON_KEYS = {"facts": "scope"}


class EditionError(Exception):
    """An edition that cannot be read; the message says why, in one line."""


def edition(spec: str, *, repository: Path, subfolder: str = "checklists") -> dict[str, Any]:
    """The edition that ``spec`` names: a folder, a JSON file, or a revision of the git ``repository`` whose
    ``subfolder`` holds the content.

    A folder whose YAML cannot be read raises :class:`~playbook_builder.problems.ContentError`.
    """
    path = Path(spec)
    if path.is_dir():
        return _folder(path)
    if path.is_file():
        return _json_file(path)
    if git.is_revision(repository, spec):
        with tempfile.TemporaryDirectory(prefix="playbook-diff-") as workspace:
            copy = git.export(repository, spec, subfolder, Path(workspace))
            if copy is None:
                raise EditionError(f"the revision {spec} has no {subfolder}/ folder; name the content folder with "
                                   f"--checklists")
            return _folder(copy, label=f"{spec}:{subfolder}")
    raise EditionError(f"{spec} is neither a content folder, a playbook.json file nor a revision of the git "
                       f"repository at {repository}")


def _folder(folder: Path, label: str | None = None) -> dict[str, Any]:
    """A content folder's YAML in the shape of ``playbook.json``."""
    documents, problems = read_documents(folder, folder.parent if label is None else folder)
    if problems:
        raise ContentError(problems)
    data: dict[str, Any] = {"label": label or folder.as_posix(), "title": "", "version": "", "checklists": [],
                            "questions": []}
    for document in documents:
        plain = json.loads(json.dumps(document.data, default=str))
        if not isinstance(plain, dict):
            continue
        if document.kind == "checklist":
            questions = plain.pop("questions", None) or []
            data["questions"] += [{**q, "checklist": plain.get("id")} for q in questions if isinstance(q, dict)]
            data["checklists"].append(plain)
        elif document.kind == "playbook":
            data.update(title=str(plain.get("title", "")), version=str(plain.get("version", "")))
        elif (field := REGISTRIES[document.kind].field) is not None:
            key = _JSON_KEYS.get(field, field)
            data[key] = [*data.get(key, []), *(plain.get(field) or [])]
    return data


def _json_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise EditionError(f"{path} cannot be read as playbook.json: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("checklists"), list):
        raise EditionError(f"{path} is not a playbook.json (it has no list of checklists)")
    data["label"] = path.as_posix()
    return data
