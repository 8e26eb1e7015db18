"""An overlay folder on disk: ``overlay.yml`` checked against its own shape, and the new checklists beside it.

The shape of ``overlay.yml`` is derived from the item kinds of the model, so a new kind of item can be overridden,
removed and added without touching this module. Ids are plain strings here: an id that names nothing upstream is
reported later, at its own line, with a suggestion.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from ..load.loader import Document, content_files, validate
from ..load.yamlsource import read_yaml
from ..model import KINDS, REGISTRY_FILES, REGISTRY_KINDS
from ..positions import LocDict
from ..problems import Location, Problem, display_path

OVERLAY_FILE = "overlay.yml"
CHECKLISTS_DIR = "checklists"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _section(name: str, field_type: Any, kinds: list[str]) -> type[BaseModel]:
    fields: dict[str, Any] = {kind: (field_type | None, None) for kind in kinds}
    return create_model(name, __base__=_Strict, **fields)


#: Fields to change, by id, for each kind of item.
Overrides = _section("Overrides", dict[str, dict[str, Any]], list(KINDS))
#: Ids to remove, for each kind of item.
Removals = _section("Removals", list[str], list(KINDS))
_Additions: dict[str, Any] = {
    # Items that live inside another item are added by the parent's id; registry entries as a plain list.
    **{kind.plural: (dict[str, list[dict[str, Any]] | None] | None, None) for kind in KINDS.values() if kind.parent},
    **{kind: (list[dict[str, Any]] | None, None) for kind in REGISTRY_KINDS.values()},
}
#: New items: mistakes and questions by checklist id, mitigations by mistake id, registry entries.
Additions = create_model("Additions", __base__=_Strict, **_Additions)


class OverlayFile(_Strict):
    """``overlay.yml``. Items it adds are validated later, with the merged playbook, like any upstream item."""

    description: str | None = None
    override: Overrides | None = None  # type: ignore[valid-type]  # made from KINDS, so mypy cannot see the class
    remove: Removals | None = None  # type: ignore[valid-type]
    add: Additions | None = None


def data_location(data: Any, display: str) -> Location:
    return getattr(data, "loc", None) or Location(display)


def _empty(display: str) -> LocDict:
    data = LocDict()
    data.loc, data.key_locs, data.value_locs = Location(display), {}, {}
    return data


def read_spec(folder: Path, display_root: Path | None) -> tuple[LocDict | None, list[Problem]]:
    """The checked ``overlay.yml`` of ``folder`` (``None`` when it cannot be used) and its problems."""
    file = folder / OVERLAY_FILE
    display = display_path(file, display_root)
    if not folder.is_dir():
        where = Location(display_path(folder, display_root))
        return None, [Problem(where, "missing-file", "the overlay folder does not exist (see the plugin's "
                                                     "'overlays' option in mkdocs.yml)")]
    if not file.is_file():
        return None, [Problem(Location(display), "missing-file",
                              f"an overlay folder needs an {OVERLAY_FILE}, even one with no changes")]
    data, problems = read_yaml(file, display)
    if [p.rule for p in problems] == ["empty-file"]:  # only comments: an overlay that changes nothing
        data, problems = _empty(display), []
    if data is None or problems:
        return None, problems
    if not isinstance(data, LocDict):
        return None, [Problem(data_location(data, display), "wrong-type",
                              f"{OVERLAY_FILE} holds a mapping with the keys override, remove and add")]
    problems = validate(OverlayFile, data, display)[1]
    return (None if problems else data), problems


def read_new_checklists(folder: Path, display_root: Path | None) -> tuple[list[Document], list[Problem]]:
    """The whole new checklists in the overlay's ``checklists/`` folder, read but not yet merged."""
    checklists = folder / CHECKLISTS_DIR
    if not checklists.is_dir():
        return [], []
    documents, problems = [], []
    for path in content_files(checklists):
        display = display_path(path, display_root)
        if path.stem in REGISTRY_FILES:
            problems.append(Problem(Location(display), "overlay-format",
                                    f"{CHECKLISTS_DIR}/ in an overlay holds new checklists only; add "
                                    f"{path.stem} in {OVERLAY_FILE} under 'add'"))
            continue
        data, found = read_yaml(path, display)
        problems += found
        if data is not None:
            documents.append(Document(path, display, "checklist", data))
    return documents, problems
