"""Apply one overlay to the raw upstream documents: override fields, remove items, add items and checklists.

A pure function of what was read: it touches no file and returns the merged documents, the upstream snapshot of
every item the overlay changes or removes (the *pins* that ``upstream.lock.yml`` records) and every problem.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..load.loader import Document
from ..model import KINDS, REGISTRY_KINDS
from ..positions import LocDict, LocList
from ..problems import Location, Problem
from . import messages, rawitems
from .lock import LockFile, Pins, drift_warning, snapshot, unpinned_warning
from .rawitems import Item, Removed


@dataclass(frozen=True)
class Origin:
    """Where the overlay was read from: its file (new registries are located there) and its folder's prefix."""

    file: Path
    display: str
    folder_prefix: str

    def written_here(self, where: Location | None) -> bool:
        """Whether a location is in this overlay's files: references written here are checked, never dropped."""
        return where is not None and where.file.startswith(self.folder_prefix)


@dataclass
class Merged:
    documents: list[Document]
    pins: Pins
    upstream_version: str | None
    problems: list[Problem] = field(default_factory=list)


def upstream_version(documents: Sequence[Document]) -> str | None:
    for document in documents:
        if document.kind == "playbook" and isinstance(document.data, LocDict):
            version = document.data.get("version")
            return None if version is None else str(version)
    return None


def entries(spec: LocDict, section: str) -> Iterator[tuple[str, str, Location, Any]]:
    """(kind, id, location, value) of each entry of the override or remove section, in the file's order."""
    part = spec.get(section)
    if not isinstance(part, LocDict):
        return
    for kind in part:
        listed = part[kind]
        if isinstance(listed, LocDict):
            for item_id, value in listed.items():
                yield kind, item_id, listed.key_locs[item_id], value
        elif isinstance(listed, LocList):
            for item_id, where in zip(listed, listed.item_locs, strict=True):
                yield kind, item_id, where, None


class _Merge:
    """The bookkeeping of one merge: what was pinned, changed and removed so far."""

    def __init__(self, documents: list[Document], lock: LockFile | None, origin: Origin):
        self.result = Merged(list(documents), {}, upstream_version(documents))
        self.lock = lock
        self.origin = origin
        self.before = rawitems.index(documents)
        self.unpinned: list[tuple[str, Location]] = []
        self.changed: set[tuple[str, str]] = set()
        self.removed = Removed()

    def target(self, kind: str, item_id: str, where: Location) -> Item | None:
        item = self.before.get((kind, item_id))
        if item is None:
            known = [i for k, i in self.before if k == kind]
            retired = rawitems.retired(self.result.documents).get(item_id)
            self.result.problems.append(messages.unknown_id(kind, item_id, where, self.lock, known, retired))
        return item

    def pin(self, item: Item, where: Location, overridden: set[str] | None) -> None:
        """Record the item's upstream snapshot; warn when it differs from the pinned one."""
        now = snapshot(item.kind, item.data)
        self.result.pins.setdefault(item.kind, {})[item.id] = now
        if self.lock is None or self.lock.pinned(item.kind, item.id) is None:
            self.unpinned.append((item.id, where))
            return
        warning = drift_warning(item.kind, item.id, where, self.lock, now, self.result.upstream_version, overridden)
        if warning is not None:
            self.result.problems.append(warning)

    def override(self, item: Item, fields: LocDict) -> None:
        problems = self.result.problems
        for name, value in fields.items():
            where = fields.key_locs[name]
            if name == "id":
                problems.append(messages.cannot_change_id(where))
            elif name in KINDS[item.kind].children:
                problems.append(messages.cannot_replace_children(item.kind, name, where))
            elif name not in KINDS[item.kind].model.model_fields:
                problems.append(messages.unknown_field(item.kind, name, where))
            else:
                item.data[name] = value
                item.data.key_locs[name] = where
                item.data.value_locs[name] = fields.value_locs[name]

    def add_checklists(self, new_checklists: list[Document]) -> None:
        """Whole new checklists, unless one takes an id that upstream still uses (after removals)."""
        known = rawitems.index(self.result.documents)
        for document in new_checklists:
            data = document.data
            identifier = data.get("id") if isinstance(data, LocDict) else None
            if ("checklists", document.stem) in known or ("checklists", identifier) in known:
                where = getattr(data, "loc", None) or Location(document.display)
                self.result.problems.append(messages.checklist_exists(identifier or document.stem, where))
            else:
                self.result.documents.append(document)

    def add(self, additions: LocDict) -> None:
        """Append the new items of the ``add`` section where they belong."""
        index = rawitems.index(self.result.documents)
        for kind in KINDS.values():
            groups = additions.get(kind.plural)
            if kind.parent is None or not isinstance(groups, LocDict):
                continue
            for parent_id, new_items in groups.items():
                parent = index.get((kind.parent.plural, parent_id))
                if parent is None:
                    self.result.problems.append(messages.unknown_parent(kind.plural, kind.parent.plural, parent_id,
                                                                        groups.key_locs[parent_id]))
                    continue
                target = rawitems.child_list(parent.data, kind.plural, groups.key_locs[parent_id])
                for value, where in zip(new_items, new_items.item_locs, strict=True):
                    rawitems.append(target, value, where)
        for kind_name in REGISTRY_KINDS.values():
            new_items = additions.get(kind_name)
            if isinstance(new_items, LocList):
                target = rawitems.registry(self.result.documents, kind_name, self.origin.file, self.origin.display,
                                           additions.key_locs[kind_name])
                for value, where in zip(new_items, new_items.item_locs, strict=True):
                    rawitems.append(target, value, where)


def merge(documents: list[Document], spec: LocDict, new_checklists: list[Document], lock: LockFile | None,
          origin: Origin) -> Merged:
    """Apply an overlay (its checked ``overlay.yml`` and new checklists) to the upstream documents."""
    state = _Merge(documents, lock, origin)
    detected_before = rawitems.detections(state.before.values())
    for kind, item_id, where, fields in entries(spec, "override"):
        item = state.target(kind, item_id, where)
        if item is not None:
            state.pin(item, where, overridden=set(fields) if fields else set())
            state.changed.add((kind, item_id))
            if isinstance(fields, LocDict):
                state.override(item, fields)
    for kind, item_id, where, _ in entries(spec, "remove"):
        item = state.target(kind, item_id, where)
        if item is not None:
            if (kind, item_id) in state.changed:
                state.result.problems.append(messages.changed_and_removed(item_id, where))
            state.pin(item, where, overridden=None)
            rawitems.remove(item, state.result.documents, state.removed, where)
    state.add_checklists(new_checklists)
    additions = spec.get("add")
    if isinstance(additions, LocDict):
        state.add(additions)
    state.result.problems += rawitems.consequences(state.result.documents, state.removed, detected_before,
                                                   origin.written_here)
    if state.unpinned:
        state.result.problems.append(unpinned_warning(state.unpinned))
    return state.result
