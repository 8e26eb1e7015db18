"""``playbook overlay upgrade``: bring an overlay written for an older content model up to date, so that it builds
again. Each field the model has made required since 1.0 (:data:`~..model.REQUIRED_SINCE`) is filled in where the
overlay's own items lack it, with the best value the item itself gives; where that is a guess, a comment above the
line says so. The file is edited line by line, so its comments and layout stay as they were."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..load.yamlsource import read_yaml
from ..model import REQUIRED_SINCE
from ..positions import LocDict, LocList
from .spec import OVERLAY_FILE

#: What a filled-in value is: the value, and a note for the reader when it is a guess to review.
Filled = tuple[str, str | None]


def _publisher(item: LocDict) -> Filled | None:
    author = item.get("author")
    return (str(author), "publisher copied from author: name the primary publisher if it differs") \
        if isinstance(author, str) and author.strip() else None


def _kind(item: LocDict) -> Filled:
    host = urlsplit(str(item.get("url", ""))).hostname or ""
    if "." not in host or host.endswith((".local", ".internal", ".intranet", ".corp", ".lan")):
        return "internal", None
    return "web", "kind set to web: make it regulation, guidance, standard, research, survey, report, news, " \
                  "court-record, book or internal if it is one"


#: How each required field is filled in, by list and field; one entry for each of :data:`REQUIRED_SINCE`.
FILLERS: dict[tuple[str, str], Callable[[LocDict], Filled | None]] = {
    ("sources", "publisher"): _publisher,
    ("sources", "kind"): _kind,
}


@dataclass(frozen=True)
class Change:
    """A field filled in: the item, the field, its value, where (1-based line) and the note when it is a guess."""

    item: str
    field: str
    value: str
    line: int
    note: str | None


def _missing(spec: LocDict) -> list[tuple[LocDict, str, str]]:
    """(item, list, field) for each added item of the overlay that lacks a field its list now requires."""
    additions = spec.get("add")
    found = []
    for plural, fields in REQUIRED_SINCE.items():
        items = additions.get(plural) if isinstance(additions, LocDict) else None
        for item in items if isinstance(items, LocList) else ():
            if isinstance(item, LocDict) and isinstance(item.get("id"), str):
                found += [(item, plural, field) for field in fields if field not in item]
    return found


def upgrade(folder: Path) -> tuple[list[Change], list[str]]:
    """Fill in what an overlay's items lack; returns what was filled in and what could not be (for the reader to
    do). Writes ``overlay.yml`` only when something changed."""
    file = folder / OVERLAY_FILE
    spec, problems = read_yaml(file, str(file))
    if problems or not isinstance(spec, LocDict):
        return [], [str(problem) for problem in problems] or [f"{file}: not a mapping of override, remove and add"]
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True)
    changes, left = [], []
    inserts: list[tuple[int, list[str]]] = []
    for item, plural, field in _missing(spec):
        where = item.key_locs["id"]
        filled = FILLERS[(plural, field)](item)
        flow = where.line is not None and lines[where.line - 1].lstrip().startswith(("{", "- {"))
        if filled is None or where.line is None or where.column is None or flow:
            left.append(f"{file}:{where.line}: add '{field}' to the {plural[:-1]} {item['id']} by hand")
            continue
        value, note = filled
        indent = " " * (where.column - 1)
        block = ([f"{indent}# playbook overlay upgrade: {note}\n"] if note else []) + \
            [f"{indent}{field}: {json.dumps(value, ensure_ascii=False)}\n"]
        inserts.append((where.line, block))
        changes.append(Change(item["id"], field, value, where.line, note))
    for line, block in sorted(inserts, key=lambda entry: entry[0], reverse=True):
        lines[line:line] = block  # after the id line, in the item's own indentation
    if inserts:
        file.write_text("".join(lines), encoding="utf-8")
    return changes, left
