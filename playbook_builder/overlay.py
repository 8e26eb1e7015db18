"""Overlays: an organisation's changes to the upstream playbook, kept out of the upstream files.

A fork that edits the upstream checklists gets a merge conflict every time upstream improves the same lines. An
overlay instead names what to change by id, in a folder of its own, and is merged into the upstream content
*while it loads*: after the YAML is read (so every value keeps its file and line) and before it is validated, so
the merged playbook passes exactly the same checks as the upstream one and a bad overlay value is reported at
the overlay's own line. An overlay folder holds:

- ``overlay.yml``: ``override`` (fields to change, by id), ``remove`` (ids) and ``add`` (new items);
- ``checklists/``: optional whole new checklists, in the upstream checklist format;
- ``upstream.lock.yml``: written by ``playbook overlay pin``: the upstream content version and the upstream
  values of every item the overlay changes or removes. ``playbook check`` compares them with the upstream content
  and warns, field by field, when upstream has changed such an item since (the *drift report*).

Several overlays apply in order; for each one, "upstream" is the content as the earlier ones left it. Removing a
mistake or source also drops the references to it from upstream lists (related, detects, sources, case
mistakes); when that leaves an item without a required reference, the overlay gets an error at its remove line.
:mod:`.rawitems` finds and edits items in the raw documents; :mod:`.drift` keeps the lock and the drift report.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from . import rawitems
from .drift import LOCK_FILE, LockFile, drift_warning, lock_text, read_lock, snapshot, unpinned_warning
from .loader import REGISTRY_FILES, Document, content_files, validate
from .model import Case, Checklist, Mistake, Mitigation, Question, Role, Source
from .problems import Location, Problem, display_path
from .rawitems import CHILDREN, SINGULAR, Item, Removed
from .yamlsource import LocDict, LocList, read_yaml

OVERLAY_FILE = "overlay.yml"
CHECKLISTS_DIR = "checklists"
#: The ``checklists`` plugin option that means "the upstream content installed with the package".
PACKAGE = "package"

#: Overlay section names → the model of the items they hold, in the order the drift report lists them.
KINDS: dict[str, type[BaseModel]] = {
    "checklists": Checklist,
    "mistakes": Mistake,
    "mitigations": Mitigation,
    "questions": Question,
    "sources": Source,
    "roles": Role,
    "cases": Case,
}


# --- Where the upstream content comes from --------------------------------------------------------------------


def package_content() -> Path:
    """The upstream checklists installed with the package (``playbook_builder/content`` in a wheel).

    An editable install or a source checkout has no such folder; the repository's ``checklists/`` is the same
    content there.
    """
    installed = Path(str(resources.files("playbook_builder"))) / "content"
    checkout = Path(__file__).resolve().parent.parent / "checklists"
    for folder in (installed, checkout):
        if (folder / "playbook.yml").is_file():
            return folder
    return installed


def content_root(setting: str, base: Path) -> Path:
    """The content folder for the plugin's ``checklists`` option: a folder relative to ``base``, or ``package``."""
    return package_content() if setting == PACKAGE else (base / setting).resolve()


def overlays_for(folders: Iterable[str], base: Path) -> list[Overlay]:
    """The overlays named in the plugin's ``overlays`` option, in order; each is a loader merger."""
    return [Overlay((base / folder).resolve(), display_root=base) for folder in folders]


# --- The overlay file's own shape -----------------------------------------------------------------------------

# Ids are plain strings here: an id that names nothing upstream is reported at its own line, with a suggestion.
_Fields = dict[str, Any]
_Entries = dict[str, _Fields] | None
_Ids = list[str] | None
_NewItems = list[dict[str, Any]] | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Overrides(_Strict):
    """Fields to change, by id, for each kind of item."""

    checklists: _Entries = None
    mistakes: _Entries = None
    mitigations: _Entries = None
    questions: _Entries = None
    sources: _Entries = None
    roles: _Entries = None
    cases: _Entries = None


class _Removals(_Strict):
    """Ids to remove, for each kind of item."""

    checklists: _Ids = None
    mistakes: _Ids = None
    mitigations: _Ids = None
    questions: _Ids = None
    sources: _Ids = None
    roles: _Ids = None
    cases: _Ids = None


class _Additions(_Strict):
    """New items: mistakes and questions by checklist id, mitigations by mistake id, registry entries."""

    mistakes: dict[str, _NewItems] | None = None
    mitigations: dict[str, _NewItems] | None = None
    questions: dict[str, _NewItems] | None = None
    sources: _NewItems = None
    roles: _NewItems = None
    cases: _NewItems = None


class OverlayFile(_Strict):
    """``overlay.yml``. Items it adds are validated later, with the merged playbook, like any upstream item."""

    description: str | None = None
    override: _Overrides | None = None
    remove: _Removals | None = None
    add: _Additions | None = None


class Overlay:
    """One overlay folder; calling it merges the overlay into the documents (a :data:`~.loader.Merger`).

    After a merge, :attr:`pins` holds the upstream snapshot of every item the overlay changes or removes and
    :attr:`upstream_version` the upstream content version: :meth:`write_lock` saves them for the drift report.
    """

    def __init__(self, folder: Path, display_root: Path | None = None):
        self.folder = folder
        self.display_root = display_root
        self.file = folder / OVERLAY_FILE
        self.lock_file = folder / LOCK_FILE
        self.display = display_path(self.file, display_root)
        self.pins: dict[str, dict[str, dict[str, Any]]] = {}
        self.upstream_version: str | None = None

    def __repr__(self) -> str:
        return f"Overlay({self.folder})"

    def __call__(self, documents: list[Document]) -> tuple[list[Document], list[Problem]]:
        return self.merge(documents)

    # Reading ------------------------------------------------------------------------------------------------

    def _read(self) -> tuple[LocDict | None, list[Problem]]:
        if not self.folder.is_dir():
            where = Location(display_path(self.folder, self.display_root))
            return None, [Problem(where, "missing-file", "the overlay folder does not exist (see the plugin's "
                                                         "'overlays' option in mkdocs.yml)")]
        if not self.file.is_file():
            return None, [Problem(Location(self.display), "missing-file",
                                  f"an overlay folder needs an {OVERLAY_FILE}, even one with no changes")]
        data, problems = read_yaml(self.file, self.display)
        if [p.rule for p in problems] == ["empty-file"]:  # only comments: an overlay that changes nothing
            data, problems = LocDict(), []
            data.loc, data.key_locs, data.value_locs = Location(self.display), {}, {}
        if data is None or problems:
            return None, problems
        if not isinstance(data, LocDict):
            return None, [Problem(data_location(data, self.display), "wrong-type",
                                  f"{OVERLAY_FILE} holds a mapping with the keys override, remove and add")]
        problems = validate(OverlayFile, data, self.display)[1]
        return (None if problems else data), problems

    def _read_checklists(self, known: dict[tuple[str, str], Item]) -> tuple[list[Document], list[Problem]]:
        folder = self.folder / CHECKLISTS_DIR
        if not folder.is_dir():
            return [], []
        documents, problems = [], []
        for path in content_files(folder):
            display = display_path(path, self.display_root)
            if path.stem in REGISTRY_FILES:
                problems.append(Problem(Location(display), "overlay-format",
                                        f"{CHECKLISTS_DIR}/ in an overlay holds new checklists only; add "
                                        f"{path.stem} in {OVERLAY_FILE} under 'add'"))
                continue
            data, found = read_yaml(path, display)
            problems += found
            if data is None:
                continue
            document = Document(path, display, "checklist", data)
            identifier = data.get("id") if isinstance(data, LocDict) else None
            if ("checklists", path.stem) in known or ("checklists", identifier) in known:
                problems.append(Problem(data_location(data, display), "overlay-format",
                                        f"the checklist '{identifier or path.stem}' already exists upstream; change "
                                        f"it under override.checklists, or remove it under remove.checklists to "
                                        f"replace it with this file"))
                continue
            documents.append(document)
        return documents, problems

    # Merging ------------------------------------------------------------------------------------------------

    def merge(self, documents: list[Document]) -> tuple[list[Document], list[Problem]]:
        """Apply this overlay to the documents; returns them (changed in place) and every problem found."""
        documents = list(documents)
        self.pins = {}
        self.upstream_version = _version(documents)
        spec, problems = self._read()
        if spec is None:
            return documents, problems
        lock, found = read_lock(self.lock_file, display_path(self.lock_file, self.display_root))
        problems += found
        before = rawitems.index(documents)
        detected_before = rawitems.detections(before.values())
        unpinned: list[tuple[str, Location]] = []
        changed: set[tuple[str, str]] = set()

        for kind, item_id, where, fields in self._entries(spec, "override"):
            item = self._target(before, kind, item_id, where, lock, problems)
            if item is None:
                continue
            problems += self._drift(item, where, lock, unpinned, overridden=set(fields) if fields else set())
            changed.add((kind, item_id))
            if isinstance(fields, LocDict):
                problems += self._override(item, fields)

        removed = Removed()
        for kind, item_id, where, _ in self._entries(spec, "remove"):
            item = self._target(before, kind, item_id, where, lock, problems)
            if item is None:
                continue
            if (kind, item_id) in changed:
                problems.append(Problem(where, "overlay-format", f"{item_id} is both overridden and removed; "
                                                                 f"keep one of the two"))
            problems += self._drift(item, where, lock, unpinned, overridden=None)
            rawitems.remove(item, documents, removed, where)

        new_documents, found = self._read_checklists(rawitems.index(documents))
        problems += found
        documents += new_documents
        problems += self._add(spec, documents)
        problems += rawitems.consequences(documents, removed, detected_before, self._written_here)

        if unpinned:
            problems.append(unpinned_warning(unpinned))
        return documents, problems

    def _written_here(self, where: Location | None) -> bool:
        """Whether a location is in this overlay's files: references written here are checked, never dropped."""
        prefix = display_path(self.folder, self.display_root).rstrip("/") + "/"
        return where is not None and where.file.startswith(prefix)

    def _entries(self, spec: LocDict, section: str) -> Iterator[tuple[str, str, Location, Any]]:
        """(kind, id, location, value) of each entry of the override or remove section, in the file's order."""
        part = spec.get(section)
        if not isinstance(part, LocDict):
            return
        for kind in part:
            entries = part[kind]
            if isinstance(entries, LocDict):
                for item_id, value in entries.items():
                    yield kind, item_id, entries.key_locs[item_id], value
            elif isinstance(entries, LocList):
                for item_id, where in zip(entries, entries.item_locs):
                    yield kind, item_id, where, None

    def _target(self, index: dict[tuple[str, str], Item], kind: str, item_id: str, where: Location,
                lock: LockFile | None, problems: list[Problem]) -> Item | None:
        item = index.get((kind, item_id))
        if item is not None:
            return item
        what = SINGULAR[kind]
        if lock is not None and lock.pinned(kind, item_id) is not None:
            message = (f"the {what} {item_id} no longer exists upstream (it did in version {lock.upstream_version}, "
                       f"when this overlay was pinned); take it out of your overlay")
        else:
            message = f"there is no {what} '{item_id}' upstream"
            close = difflib.get_close_matches(item_id, [i for k, i in index if k == kind], n=1)
            message += f"; did you mean {close[0]}?" if close else ""
        problems.append(Problem(where, "overlay-unknown-id", message))
        return None

    def _drift(self, item: Item, where: Location, lock: LockFile | None, unpinned: list[tuple[str, Location]],
               overridden: set[str] | None) -> list[Problem]:
        """Record the item's upstream snapshot; warn when it differs from the pinned one."""
        now = snapshot(item.kind, item.data)
        self.pins.setdefault(item.kind, {})[item.id] = now
        if lock is None or lock.pinned(item.kind, item.id) is None:
            unpinned.append((item.id, where))
            return []
        warning = drift_warning(item.kind, item.id, where, lock, now, self.upstream_version, overridden)
        return [] if warning is None else [warning]

    def _override(self, item: Item, fields: LocDict) -> list[Problem]:
        problems = []
        allowed = KINDS[item.kind].model_fields
        for name, value in fields.items():
            where = fields.key_locs[name]
            if name == "id":
                problems.append(Problem(where, "overlay-format", "an override cannot change an id; remove the item "
                                                                 "and add a new one instead"))
            elif name in CHILDREN.get(item.kind, ()):
                problems.append(Problem(where, "overlay-format", f"an override cannot replace the {name} of a "
                                                                 f"{SINGULAR[item.kind]}; add, remove or override "
                                                                 f"them one by one (add.{name}, remove.{name}, "
                                                                 f"override.{name})"))
            elif name not in allowed:
                close = difflib.get_close_matches(name, list(allowed), n=1)
                problems.append(Problem(where, "unknown-field", f"the field '{name}' is not part of a "
                                                                f"{SINGULAR[item.kind]}" +
                                        (f"; did you mean '{close[0]}'?" if close else "")))
            else:
                item.data[name] = value
                item.data.key_locs[name] = where
                item.data.value_locs[name] = fields.value_locs[name]
        return problems

    def _add(self, spec: LocDict, documents: list[Document]) -> list[Problem]:
        """Append the new items of the ``add`` section where they belong."""
        problems: list[Problem] = []
        additions = spec.get("add")
        if not isinstance(additions, LocDict):
            return problems
        index = rawitems.index(documents)
        into = {"mistakes": ("checklists", "mistakes"), "questions": ("checklists", "questions"),
                "mitigations": ("mistakes", "mitigations")}
        for section, (parent_kind, key) in into.items():
            groups = additions.get(section)
            if not isinstance(groups, LocDict):
                continue
            for parent_id, new_items in groups.items():
                parent = index.get((parent_kind, parent_id))
                if parent is None:
                    problems.append(Problem(groups.key_locs[parent_id], "overlay-unknown-id",
                                            f"add.{section} names the {SINGULAR[parent_kind]} '{parent_id}', which "
                                            f"does not exist upstream or in this overlay"))
                    continue
                target = rawitems.child_list(parent.data, key, groups.key_locs[parent_id])
                for value, where in zip(new_items, new_items.item_locs):
                    rawitems.append(target, value, where)
        for kind in ("sources", "roles", "cases"):
            new_items = additions.get(kind)
            if isinstance(new_items, LocList):
                target = rawitems.registry(documents, kind, self.file, self.display, additions.key_locs[kind])
                for value, where in zip(new_items, new_items.item_locs):
                    rawitems.append(target, value, where)
        return problems

    # Pinning ------------------------------------------------------------------------------------------------

    def write_lock(self) -> Path:
        """Save the upstream snapshots of the last merge as ``upstream.lock.yml``."""
        self.lock_file.write_text(lock_text(self.upstream_version, self.pins), encoding="utf-8")
        return self.lock_file


def data_location(data: Any, display: str) -> Location:
    return getattr(data, "loc", None) or Location(display)


def _version(documents: Sequence[Document]) -> str | None:
    for document in documents:
        if document.kind == "playbook" and isinstance(document.data, LocDict):
            version = document.data.get("version")
            return None if version is None else str(version)
    return None


# --- Pinning every overlay of a site --------------------------------------------------------------------------


def pin(root: Path, overlays: Sequence[Overlay], display_root: Path | None = None) -> list[Path]:
    """Load the content with its overlays and write each overlay's ``upstream.lock.yml``.

    Refuses (raising :class:`~.problems.ContentError`) while the merged content has errors, so a lock always
    records a state that builds.
    """
    from .loader import load_playbook

    load_playbook(root, mergers=overlays, display_root=display_root)
    return [overlay.write_lock() for overlay in overlays]


__all__ = ["KINDS", "LOCK_FILE", "OVERLAY_FILE", "PACKAGE", "Overlay", "content_root", "overlays_for",
           "package_content", "pin"]
