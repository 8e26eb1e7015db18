"""Load a content tree into a checked :class:`~.model.Playbook`.

The pipeline is: read every YAML file with positions (:mod:`.yamlsource`) → let overlays merge into the raw
documents (:mod:`playbook_builder.overlays`, when configured) → validate each document against the model → assemble the
playbook → run the cross-file checks (:mod:`.checks`). Problems from every stage are collected, so one run
reports all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ..model import REGISTRIES, REGISTRY_FILES, REQUIRED_SINCE, Checklist, Located, Playbook, PlaybookMeta
from ..positions import locate
from ..problems import FILE_RULES, ContentError, Location, Problem, display_path
from . import applicability, contract, releases, terms  # noqa: F401 - they register their checks
from .checks import check_file_names, run_checks
from .yamlsource import read_yaml, without_gc

_ERROR_RULES = {
    "extra_forbidden": "unknown-field",
    "missing": "missing-field",
    "empty_text": "empty-text",
    "raw_html": "raw-html",
    "placeholder_text": "placeholder-text",
    "string_pattern_mismatch": "id-format",
}


@dataclass
class Document:
    """One content file as read: its kind (a registry name or ``checklist``) and its located data."""

    path: Path
    display: str
    kind: str
    data: Any

    @property
    def stem(self) -> str:
        return self.path.stem


def content_files(root: Path) -> list[Path]:
    """The YAML files of a content folder, in a stable order."""
    return sorted([*root.glob("*.yml"), *root.glob("*.yaml")])


def read_documents(root: Path, display_root: Path | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every content file under ``root``; return the documents that parsed and all problems."""
    documents, problems = [], []
    for path in content_files(root):
        display = display_path(path, display_root)
        data, found = read_yaml(path, display)
        problems += found
        if data is not None:
            kind = path.stem if path.stem in REGISTRY_FILES else "checklist"
            documents.append(Document(path, display, kind, data))
    return documents, problems


def validate(model: type[BaseModel], data: Any, display: str) -> tuple[Any, list[Problem]]:
    """Validate located data against a model; turn each pydantic error into a located problem."""
    try:
        return model.model_validate(data), []
    except ValidationError as error:
        return None, [_problem(data, display, detail) for detail in error.errors(include_url=False)]


def _problem(data: Any, display: str, detail: ErrorDetails) -> Problem:
    kind = detail["type"]
    path = tuple(detail["loc"])
    rule = _ERROR_RULES.get(kind)
    if rule is None:
        rule = "wrong-type" if kind.endswith("_type") or kind.endswith("_parsing") else "invalid-value"
    if kind == "missing":
        location = locate(data, path[:-1])
        message = f"the field '{path[-1]}' is missing"
        since = REQUIRED_SINCE.get(str(path[0]), {}).get(str(path[-1])) if path else None
        if since:
            message += (f": {path[0]} need it since content model {since}; `playbook overlay upgrade` fills it in "
                        f"for an overlay written before, or add it by hand")
    elif kind == "extra_forbidden":
        location = locate(data, path, key=True)
        message = f"the field '{path[-1]}' is not part of the content model (a typo?)"
    else:
        location = locate(data, path)
        field = ".".join(str(step) for step in path) or "document"
        text = detail["msg"]
        message = f"{field}: {text[:1].lower() + text[1:] if text[1:2].islower() else text}"
        if kind == "string_pattern_mismatch":
            message = f"{field}: '{detail['input']}' does not have the expected form ({detail['ctx']['pattern']})"
    return Problem(location or Location(display), rule, message)


#: An overlay step receives the upstream documents and returns them merged, plus any problems.
Merger = Callable[[list[Document]], tuple[list[Document], list[Problem]]]


def assemble(documents: Sequence[Document]) -> tuple[Playbook | None, list[Problem]]:
    """Validate each document against its model and put the parts together."""
    problems: list[Problem] = []
    meta: PlaybookMeta | None = None
    checklists: list[tuple[str, Checklist]] = []
    registries: dict[str, list[Located]] = {r.field: [] for r in REGISTRIES.values() if r.field}
    for document in documents:
        if document.kind == "checklist":
            checklist, found = validate(Checklist, document.data, document.display)
            if checklist is not None:
                checklists.append((document.stem, checklist))
        else:
            part, found = validate(REGISTRY_FILES[document.kind], document.data, document.display)
            if isinstance(part, PlaybookMeta):
                meta = part
            elif part is not None and (field := REGISTRIES[document.kind].field):
                registries[field] += getattr(part, field)
        problems += found
    if meta is None:
        if not any(d.kind == "playbook" for d in documents):
            anywhere = documents[0].display.rsplit("/", 1)[0] + "/playbook.yml" if documents else "playbook.yml"
            problems.append(
                Problem(Location(anywhere), "missing-file", "the content folder needs a playbook.yml (title, version)")
            )
        return None, problems
    problems += check_file_names(checklists)
    ordered = sorted((c for _, c in checklists), key=lambda c: (c.order, c.id))
    playbook = Playbook(meta=meta, checklists=ordered, **registries)
    return playbook, problems


@without_gc  # loading builds many objects and no garbage cycles; pausing the collector keeps it linear
def load_playbook(
    root: Path,
    *,
    mergers: Sequence[Merger] = (),
    display_root: Path | None = None,
) -> tuple[Playbook, list[Problem]]:
    """Load, merge, validate and check a content folder.

    Returns the playbook and its warnings; raises :class:`ContentError` with every error found.
    """
    if not root.is_dir():
        raise ContentError([Problem(Location(display_path(root, display_root)), "missing-file",
                                    "the content folder does not exist")])
    documents, problems = read_documents(root, display_root)
    for merge in mergers:
        documents, found = merge(documents)
        problems += found
    playbook, found = assemble(documents)
    problems += found
    if playbook is not None:
        # Cross-file references can only be judged when every file made it into the model.
        complete = not any(p.rule in FILE_RULES for p in problems if not p.warning)
        problems += run_checks(playbook, complete=complete, overlaid=bool(mergers))
    errors = [p for p in problems if not p.warning]
    if errors or playbook is None:
        raise ContentError(errors or problems)
    return playbook, [p for p in problems if p.warning]


