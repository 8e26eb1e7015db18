"""What changed between two editions: every item with an id added, removed, retired or changed, field by field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import KINDS

Status = Literal["added", "removed", "retired", "changed"]
#: The fields that name an item in a report, the first one it has.
_LABELS = ("title", "action", "text", "question")
#: The top-level lists of ``playbook.json`` that hold registry items, by kind.
_REGISTRY_LISTS = {"sources": "sources", "roles": "roles", "cases": "cases", "facts": "scope", "terms": "terms"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Change:
    """One item that differs; ``kind`` is a plural of :data:`~playbook_builder.model.KINDS`."""

    kind: str
    id: str
    status: Status
    label: str
    fields: tuple[FieldChange, ...] = ()
    retired: dict[str, Any] = field(default_factory=dict)
    """For a retired item, its entry in retired.yml (since, replaced_by, reason)."""


@dataclass(frozen=True)
class Comparison:
    old: dict[str, str]
    """The old edition's ``label``, ``title`` and ``version``; ``new`` likewise."""
    new: dict[str, str]
    changes: list[Change]

    def of(self, kind: str) -> list[Change]:
        return [change for change in self.changes if change.kind == kind]


def _without(item: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key not in names}


def _with_id(entries: Any) -> list[dict[str, Any]]:
    return [entry for entry in entries or [] if isinstance(entry, dict) and isinstance(entry.get("id"), str)]


def items(data: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Every item with an id in a ``playbook.json``'s data, by kind and id, evened out (:func:`_even`); each
    mistake names its checklist, and nested lists with ids of their own (a mistake's mitigations) are items of
    their own kind."""
    found: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in KINDS}
    for checklist in _with_id(data.get("checklists")):
        found["checklists"][checklist["id"]] = _without(checklist, "mistakes", "questions", "url")
        for mistake in _with_id(checklist.get("mistakes")):
            found["mistakes"][mistake["id"]] = {**_without(mistake, "mitigations"), "checklist": checklist["id"]}
            for mitigation in _with_id(mistake.get("mitigations")):
                found["mitigations"][mitigation["id"]] = mitigation
    for question in _with_id(data.get("questions")):
        levels = [level["label"] if isinstance(level, dict) else level for level in question.get("levels") or []]
        found["questions"][question["id"]] = {**question, "levels": levels}
    for kind, key in _REGISTRY_LISTS.items():
        found[kind] = {item["id"]: item for item in _with_id(data.get(key))}
    for term in found["terms"].values():  # the glossary address playbook.json adds is not content
        term.pop("url", None)
    _contract_items(data, found)
    return {kind: {item_id: _even(kind, item) for item_id, item in by_id.items()} for kind, by_id in found.items()}


def _contract_items(data: dict[str, Any], found: dict[str, dict[str, dict[str, Any]]]) -> None:
    """Topics and provisions, frameworks and requirements, from a content folder (provisions inside their topic)
    or from ``playbook.json`` (provisions listed apart, each naming its topic); what the build derives is left out."""
    for topic in _with_id(data.get("topics")):
        found["topics"][topic["id"]] = _without(topic, "provisions")
        for provision in _with_id(topic.get("provisions")):
            found["provisions"][provision["id"]] = {**provision, "topic": topic["id"]}
    for provision in _with_id(data.get("provisions")):
        found["provisions"][provision["id"]] = _without(provision, "required_by")
    for item in (*found["provisions"].values(), *found["mistakes"].values()):  # a law note cites as its item does
        if isinstance(item.get("law"), dict):
            item["law"] = {key: _even_sources(note) for key, note in item["law"].items()}
    for framework in _with_id(data.get("frameworks")):
        found["frameworks"][framework["id"]] = _without(framework, "requirements")
        for requirement in _with_id(framework.get("requirements")):
            found["requirements"][requirement["id"]] = {**_without(requirement, "covered_by"),
                                                        "framework": framework["id"]}


def _defaults(kind: str) -> dict[str, Any]:
    """The defaults of a kind's fields that validation fills in (``weight: 1``), except empty ones."""
    fields = KINDS[kind].model.model_fields
    return {name: info.default for name, info in fields.items()
            if not info.is_required() and info.default_factory is None and info.default not in (None, "", [], {})}


def _even_sources(item: Any) -> Any:
    """``sources`` as citations, whether the item comes from YAML (ids or citations) or playbook.json (ids in
    ``sources``, the pinpoints in ``citations``)."""
    if not isinstance(item, dict):
        return item
    item = dict(item)
    if "citations" in item:
        item["sources"] = item.pop("citations")
    if isinstance(item.get("sources"), list):
        item["sources"] = [{"source": s} if isinstance(s, str) else s for s in item["sources"]]
    return item


def _even(kind: str, item: dict[str, Any]) -> dict[str, Any]:
    """An item as validation would leave it, so that a checked edition (playbook.json) and a folder's YAML compare
    equal: defaults filled in, empty values dropped, text with line breaks joined, citations written out."""
    item = _even_sources({**_defaults(kind), **item})
    return {name: _tidy(value) for name, value in item.items() if _tidy(value) not in (None, "", [], {})}


def _tidy(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()) if "\n" in value else value.strip()
    if isinstance(value, list):
        return [_tidy(entry) for entry in value]
    if isinstance(value, dict):
        return {key: _tidy(entry) for key, entry in value.items() if _tidy(entry) not in (None, "", [], {})}
    return value


def _label(item: dict[str, Any]) -> str:
    return next((str(item[name]) for name in _LABELS if item.get(name)), "")


def _fields(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    names = [*old, *(name for name in new if name not in old)]
    return tuple(FieldChange(name, old.get(name), new.get(name)) for name in names if old.get(name) != new.get(name))


def compare(old: dict[str, Any], new: dict[str, Any]) -> Comparison:
    """The changes from edition ``old`` to edition ``new`` (both ``playbook.json`` data), in kind order, then in
    the order the items stand in the newer edition (removed ones after)."""
    before, after = items(old), items(new)
    retired_before = {entry["id"] for entry in old.get("retired", [])}
    retired_now = {entry["id"]: entry for entry in new.get("retired", []) if entry["id"] not in retired_before}
    changes: list[Change] = []
    for kind in KINDS:
        was, now = before[kind], after[kind]
        for item_id, item in now.items():
            if item_id not in was:
                changes.append(Change(kind, item_id, "added", _label(item)))
            elif fields := _fields(was[item_id], item):
                changes.append(Change(kind, item_id, "changed", _label(item), fields))
        for item_id, item in was.items():
            if item_id in now:
                continue
            entry = retired_now.get(item_id)
            changes.append(Change(kind, item_id, "retired" if entry else "removed", _label(item),
                                  retired=_without(entry, "id") if entry else {}))
    return Comparison(_edition(old), _edition(new), changes)


def _edition(data: dict[str, Any]) -> dict[str, str]:
    return {name: str(data.get(name, "")) for name in ("label", "title", "version")}
