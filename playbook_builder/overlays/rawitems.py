"""Find, remove and clean up items by id in the *raw* content documents, before validation.

Overlays edit the located YAML data (:class:`~.yamlsource.LocDict` / :class:`~.yamlsource.LocList`) rather than the
checked model, so that every value keeps the file and line it came from. This module knows where each kind of item
sits in those documents, keeps the lists' locations in step as items come and go, and judges what a removal leaves
behind: references to removed mistakes and sources are dropped from upstream lists, and an item left without
something it needs is reported at the line of the removal that broke it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..load.loader import Document
from ..model import KINDS, REGISTRY_KINDS
from ..positions import LocDict, LocList
from ..problems import Location, Problem


@dataclass
class Item:
    """One id-bearing mapping in the raw documents, and the list that holds it (``None`` for a checklist)."""

    kind: str
    id: str
    data: LocDict
    container: LocList | None
    document: Document
    parent: Item | None = None


def _listed(data: Any, kind: str, document: Document, parent: Item | None) -> Iterator[Item]:
    """The id-bearing mappings in the list of ``kind`` items under ``data`` (the list's key is the kind)."""
    values = data.get(kind) if isinstance(data, LocDict) else None
    if isinstance(values, LocList):
        for value in values:
            if isinstance(value, LocDict) and isinstance(value.get("id"), str):
                yield Item(kind, value["id"], value, values, document, parent)


def _inside(item: Item) -> Iterator[Item]:
    """The items that ``item`` holds, each followed by what it holds in turn."""
    for kind in KINDS[item.kind].children:
        for child in _listed(item.data, kind, item.document, item):
            yield child
            yield from _inside(child)


def items(documents: Sequence[Document]) -> Iterator[Item]:
    """Every item of the documents, checklists first and each followed by what it holds."""
    for document in documents:
        data = document.data
        if not isinstance(data, LocDict):
            continue
        if document.kind == "checklist":
            identifier = data["id"] if isinstance(data.get("id"), str) else document.stem
            checklist = Item("checklists", identifier, data, None, document)
            yield checklist
            yield from _inside(checklist)
        elif document.kind in REGISTRY_KINDS:
            for entry in _listed(data, REGISTRY_KINDS[document.kind], document, None):
                yield entry
                yield from _inside(entry)


def retired(documents: Sequence[Document]) -> dict[str, LocDict]:
    """The entries of retired.yml by id, as read."""
    found: dict[str, LocDict] = {}
    for document in documents:
        entries = document.data.get("retired") if document.kind == "retired" and isinstance(document.data, LocDict) \
            else None
        for entry in entries if isinstance(entries, LocList) else ():
            if isinstance(entry, LocDict) and isinstance(entry.get("id"), str):
                found.setdefault(entry["id"], entry)
    return found


def index(documents: Sequence[Document]) -> dict[tuple[str, str], Item]:
    """The items by (kind, id); the first of two with the same id wins (the checks report the second)."""
    found: dict[tuple[str, str], Item] = {}
    for item in items(documents):
        found.setdefault((item.kind, item.id), item)
    return found


def _delete(container: LocList, data: Any) -> None:
    for position, value in enumerate(container):
        if value is data:
            del container[position]
            del container.item_locs[position]
            return


def append(container: LocList, value: Any, where: Location) -> None:
    container.append(value)
    container.item_locs.append(where)


def _new_list(where: Location) -> LocList:
    values = LocList()
    values.loc, values.item_locs = where, []
    return values


def child_list(data: LocDict, key: str, where: Location) -> LocList:
    """The list under ``key`` in ``data``, created (located at the overlay) when the upstream item has none."""
    if not isinstance(data.get(key), LocList):
        data[key] = _new_list(where)
        data.key_locs[key] = data.value_locs[key] = where
    values: LocList = data[key]
    return values


@dataclass
class Removed:
    """What an overlay removed, each id with the location of the remove entry that removed it."""

    ids: dict[str, dict[str, Location]] = field(default_factory=lambda: {kind: {} for kind in KINDS})
    parents: dict[str, str] = field(default_factory=dict)  # removed mistake or mitigation id → parent id

    def add(self, item: Item, where: Location) -> None:
        self.ids[item.kind].setdefault(item.id, where)
        if item.parent is not None:
            self.parents[item.id] = item.parent.id


def registry(documents: list[Document], kind: str, path: Path, display: str, where: Location) -> LocList:
    """The list of the registry file that holds ``kind`` items (sources, roles, cases, facts), created in the
    overlay when upstream has none."""
    file = KINDS[kind].registry or kind
    for document in documents:
        if document.kind == file and isinstance(document.data, LocDict):
            return child_list(document.data, kind, where)
    data = LocDict()
    data.loc, data.key_locs, data.value_locs = where, {}, {}
    documents.append(Document(path, display, file, data))
    return child_list(data, kind, where)


def remove(item: Item, documents: list[Document], removed: Removed, where: Location) -> None:
    """Take an item (and the items inside it) out of the documents."""
    if item.container is None:
        if item.document in documents:  # the same checklist may be named twice
            documents.remove(item.document)
        for inner in items([item.document]):
            removed.add(inner, where)
        return
    _delete(item.container, item.data)
    removed.add(item, where)
    for inner in _inside(item):
        removed.ids[inner.kind].setdefault(inner.id, where)


def detections(everything: Iterable[Item]) -> dict[str, list[str]]:
    """Mistake id → the ids of the questions that detect it."""
    found: dict[str, list[str]] = {}
    for item in everything:
        if item.kind == "questions" and isinstance(item.data.get("detects"), list):
            for mistake_id in item.data["detects"]:
                found.setdefault(str(mistake_id), []).append(item.id)
    return found


def _strip(values: LocList, gone: dict[str, Location]) -> str | None:
    """Drop the removed ids from a located list of references; return the first one dropped."""
    dropped = None
    for index in reversed(range(len(values))):
        if isinstance(values[index], str) and values[index] in gone:
            dropped = values[index]
            del values[index]
            del values.item_locs[index]
    return dropped


class _Cleanup:
    """Drops references to removed items from upstream lists and reports what a removal leaves broken."""

    def __init__(self, removed: Removed, written_here: Callable[[Location | None], bool]):
        self.removed = removed
        self.written_here = written_here
        self.problems: list[Problem] = []

    def strip(self, item: Item, key: str, kind: str) -> str | None:
        """Drop references to removed items; the removed id when that left the list empty."""
        values = item.data.get(key)
        if not isinstance(values, LocList) or not values or self.written_here(values.loc):
            return None
        dropped = _strip(values, self.removed.ids[kind])
        return dropped if dropped is not None and not values else None

    def broken(self, kind: str, removed_id: str, consequence: str) -> None:
        self.problems.append(Problem(self.removed.ids[kind][removed_id], "overlay-remove",
                                     f"removing {removed_id} leaves {consequence}"))

    def lost_children(self, parent: Item, kind: str) -> list[str]:
        return [i for i, p in self.removed.parents.items() if p == parent.id and i in self.removed.ids[kind]]

    def mistakes(self, item: Item) -> None:
        self.strip(item, "related", "mistakes")
        if source := self.strip(item, "sources", "sources"):
            self.broken("sources", source, f"{item.id} citing no source: override its sources, or remove it too")
        if (lost := self.lost_children(item, "mitigations")) and not item.data.get("mitigations"):
            self.broken("mitigations", lost[0], f"{item.id} with no mitigation: add one, or remove {item.id} instead")

    def questions(self, item: Item) -> None:
        if mistake := self.strip(item, "detects", "mistakes"):
            self.broken("mistakes", mistake, f"the question {item.id} detecting no mistake: remove {item.id} too, or "
                                             f"override its detects")

    def _mistakes_and_sources(self, item: Item, what: str, verb: str) -> None:
        """A case study or a provision needs a mistake (that it illustrates, or prevents) and a source."""
        if mistake := self.strip(item, "mistakes", "mistakes"):
            self.broken("mistakes", mistake, f"the {what} {item.id} {verb} no mistake: remove it too, or override its "
                                             f"mistakes")
        if source := self.strip(item, "sources", "sources"):
            self.broken("sources", source, f"the {what} {item.id} citing no source: override its sources, or remove "
                                           f"it too")

    def cases(self, item: Item) -> None:
        self._mistakes_and_sources(item, "case study", "illustrating")

    def provisions(self, item: Item) -> None:
        self._mistakes_and_sources(item, "provision", "preventing")

    def mitigations(self, item: Item) -> None:
        owner = item.data.get("owner")
        if owner in self.removed.ids["roles"] and not self.written_here(item.data.value_locs.get("owner")):
            self.broken("roles", owner, f"{item.id} without an owner: override its owner, or remove {item.id} too")

    def checklists(self, item: Item) -> None:
        if not item.data.get("mistakes") and (lost := self.lost_children(item, "mistakes")):
            self.broken("mistakes", lost[0], f"the checklist {item.id} with no mistakes: remove the checklist "
                                             f"instead, or add a mistake to it")

    def undetected(self, everything: list[Item], detected_before: dict[str, list[str]]) -> None:
        detected_after = detections(everything)
        for item in everything:
            if item.kind == "mistakes" and item.id in detected_before and item.id not in detected_after:
                culprits = [q for q in detected_before[item.id] if q in self.removed.ids["questions"]]
                if culprits:
                    self.broken("questions", culprits[0], f"{item.id} detected by no question: remove {item.id} "
                                                          f"too, or make another question detect it (override its "
                                                          f"detects, or add a question)")


def consequences(documents: list[Document], removed: Removed, detected_before: dict[str, list[str]],
                 written_here: Callable[[Location | None], bool]) -> list[Problem]:
    """Clean up references to removed items; report what a removal leaves broken, at the remove line."""
    cleanup = _Cleanup(removed, written_here)
    handlers: dict[str, Callable[[Item], None]] = {
        "checklists": cleanup.checklists, "mistakes": cleanup.mistakes, "mitigations": cleanup.mitigations,
        "questions": cleanup.questions, "cases": cleanup.cases, "provisions": cleanup.provisions,
    }
    everything = list(items(documents))
    for item in everything:
        if item.kind in handlers:
            handlers[item.kind](item)
    cleanup.undetected(everything, detected_before)
    return cleanup.problems
