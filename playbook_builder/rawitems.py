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

from .loader import Document
from .problems import Location, Problem
from .yamlsource import LocDict, LocList

#: The kinds of item, as overlay sections name them, and how messages name one of them.
SINGULAR = {
    "checklists": "checklist", "mistakes": "mistake", "mitigations": "mitigation", "questions": "question",
    "sources": "source", "roles": "role", "cases": "case study",
}
#: Lists of items with ids of their own, inside an item of each kind.
CHILDREN = {"checklists": ("mistakes", "questions"), "mistakes": ("mitigations",)}


@dataclass
class Item:
    """One id-bearing mapping in the raw documents, and the list that holds it (``None`` for a checklist)."""

    kind: str
    id: str
    data: LocDict
    container: LocList | None
    document: Document
    parent: Item | None = None


def _listed(data: Any, key: str, kind: str, document: Document, parent: Item | None) -> Iterator[Item]:
    """The id-bearing mappings in the list under ``key`` of ``data``."""
    values = data.get(key) if isinstance(data, LocDict) else None
    if isinstance(values, LocList):
        for value in values:
            if isinstance(value, LocDict) and isinstance(value.get("id"), str):
                yield Item(kind, value["id"], value, values, document, parent)


def items(documents: Sequence[Document]) -> Iterator[Item]:
    """Every item of the documents, checklists first and each followed by what it holds."""
    for document in documents:
        data = document.data
        if not isinstance(data, LocDict):
            continue
        if document.kind == "checklist":
            identifier = data.get("id") if isinstance(data.get("id"), str) else document.stem
            checklist = Item("checklists", identifier, data, None, document)
            yield checklist
            for mistake in _listed(data, "mistakes", "mistakes", document, checklist):
                yield mistake
                yield from _listed(mistake.data, "mitigations", "mitigations", document, mistake)
            yield from _listed(data, "questions", "questions", document, checklist)
        elif document.kind in ("sources", "roles", "cases"):
            yield from _listed(data, document.kind, document.kind, document, None)


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
    return data[key]


@dataclass
class Removed:
    """What an overlay removed, each id with the location of the remove entry that removed it."""

    ids: dict[str, dict[str, Location]] = field(default_factory=lambda: {kind: {} for kind in SINGULAR})
    parents: dict[str, str] = field(default_factory=dict)  # removed mistake or mitigation id → parent id

    def add(self, item: Item, where: Location) -> None:
        self.ids[item.kind].setdefault(item.id, where)
        if item.parent is not None:
            self.parents[item.id] = item.parent.id


def registry(documents: list[Document], kind: str, path: Path, display: str, where: Location) -> LocList:
    """The list of a registry file (sources, roles, cases), created in the overlay when upstream has none."""
    for document in documents:
        if document.kind == kind and isinstance(document.data, LocDict):
            return child_list(document.data, kind, where)
    data = LocDict()
    data.loc, data.key_locs, data.value_locs = where, {}, {}
    documents.append(Document(path, display, kind, data))
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
    for mitigation in _listed(item.data, "mitigations", "mitigations", item.document, item):
        removed.ids["mitigations"].setdefault(mitigation.id, where)


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


def consequences(documents: list[Document], removed: Removed, detected_before: dict[str, list[str]],
                written_here: Callable[[Location | None], bool]) -> list[Problem]:
    """Clean up references to removed items; report what a removal leaves broken, at the remove line."""
    problems: list[Problem] = []

    def strip(item: Item, key: str, kind: str) -> str | None:
        """Drop references to removed items; the removed id when that left the list empty."""
        values = item.data.get(key)
        if not isinstance(values, LocList) or not values or written_here(values.loc):
            return None
        dropped = _strip(values, removed.ids[kind])
        return dropped if dropped is not None and not values else None

    def broken(kind: str, removed_id: str, consequence: str) -> None:
        problems.append(Problem(removed.ids[kind][removed_id], "overlay-remove",
                                f"removing {removed_id} leaves {consequence}"))

    def lost_children(parent: Item, kind: str) -> list[str]:
        return [i for i, p in removed.parents.items() if p == parent.id and i in removed.ids[kind]]

    everything = list(items(documents))
    for item in everything:
        if item.kind == "mistakes":
            strip(item, "related", "mistakes")
            if source := strip(item, "sources", "sources"):
                broken("sources", source, f"{item.id} citing no source: override its sources, or remove it too")
            if (lost := lost_children(item, "mitigations")) and not item.data.get("mitigations"):
                broken("mitigations", lost[0], f"{item.id} with no mitigation: add one, or remove {item.id} instead")
        elif item.kind == "questions":
            if mistake := strip(item, "detects", "mistakes"):
                broken("mistakes", mistake, f"the question {item.id} detecting no mistake: remove {item.id} too, or "
                                            f"override its detects")
        elif item.kind == "cases":
            if mistake := strip(item, "mistakes", "mistakes"):
                broken("mistakes", mistake, f"the case study {item.id} illustrating no mistake: remove it too, or "
                                            f"override its mistakes")
            if source := strip(item, "sources", "sources"):
                broken("sources", source, f"the case study {item.id} citing no source: override its sources, or "
                                          f"remove it too")
        elif item.kind == "mitigations" and item.data.get("owner") in removed.ids["roles"]:
            if not written_here(item.data.value_locs.get("owner")):
                broken("roles", item.data["owner"], f"{item.id} without an owner: override its owner, or remove "
                                                    f"{item.id} too")
        elif item.kind == "checklists" and not item.data.get("mistakes"):
            if lost := lost_children(item, "mistakes"):
                broken("mistakes", lost[0], f"the checklist {item.id} with no mistakes: remove the checklist "
                                            f"instead, or add a mistake to it")

    detected_after = detections(everything)
    for item in everything:
        if item.kind == "mistakes" and item.id in detected_before and item.id not in detected_after:
            culprits = [q for q in detected_before[item.id] if q in removed.ids["questions"]]
            if culprits:
                broken("questions", culprits[0], f"{item.id} detected by no question: remove {item.id} too, or "
                                                 f"make another question detect it (override its detects, or add "
                                                 f"a question)")
    return problems
