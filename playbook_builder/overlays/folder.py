"""One overlay folder as a loader merger: read its files, merge, and keep the pins for ``playbook overlay pin``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from ..load.loader import Document, load_playbook
from ..problems import Problem, display_path
from .lock import LOCK_FILE, Pins, lock_text, read_lock
from .merge import Origin, merge, upstream_version
from .spec import OVERLAY_FILE, read_new_checklists, read_spec


class Overlay:
    """One overlay folder; calling it merges the overlay into the documents (a :data:`~..load.Merger`).

    After a merge, :attr:`pins` holds the upstream snapshot of every item the overlay changes or removes and
    :attr:`upstream_version` the upstream content version: :meth:`write_lock` saves them for the drift report.
    """

    def __init__(self, folder: Path, display_root: Path | None = None):
        self.folder = folder
        self.display_root = display_root
        self.file = folder / OVERLAY_FILE
        self.lock_file = folder / LOCK_FILE
        self.display = display_path(self.file, display_root)
        self.pins: Pins = {}
        self.upstream_version: str | None = None

    def __repr__(self) -> str:
        return f"Overlay({self.folder})"

    def __call__(self, documents: list[Document]) -> tuple[list[Document], list[Problem]]:
        return self.merge(documents)

    def merge(self, documents: list[Document]) -> tuple[list[Document], list[Problem]]:
        """Apply this overlay to the documents; returns them (changed in place) and every problem found."""
        self.pins, self.upstream_version = {}, upstream_version(documents)
        spec, problems = read_spec(self.folder, self.display_root)
        if spec is None:
            return list(documents), problems
        lock, found = read_lock(self.lock_file, display_path(self.lock_file, self.display_root))
        new_checklists, unread = read_new_checklists(self.folder, self.display_root)
        origin = Origin(self.file, self.display, display_path(self.folder, self.display_root).rstrip("/") + "/")
        merged = merge(documents, spec, new_checklists, lock, origin)
        self.pins = merged.pins
        return merged.documents, [*problems, *found, *unread, *merged.problems]

    def write_lock(self) -> Path:
        """Save the upstream snapshots of the last merge as ``upstream.lock.yml``."""
        self.lock_file.write_text(lock_text(self.upstream_version, self.pins), encoding="utf-8")
        return self.lock_file


def overlays_for(folders: Iterable[str], base: Path) -> list[Overlay]:
    """The overlays named in the plugin's ``overlays`` option, in order; each is a loader merger."""
    return [Overlay((base / folder).resolve(), display_root=base) for folder in folders]


def pin(root: Path, overlays: Sequence[Overlay], display_root: Path | None = None) -> list[Path]:
    """Load the content with its overlays and write each overlay's ``upstream.lock.yml``.

    Refuses (raising :class:`~..problems.ContentError`) while the merged content has errors, so a lock always
    records a state that builds.
    """
    load_playbook(root, mergers=overlays, display_root=display_root)
    return [overlay.write_lock() for overlay in overlays]
