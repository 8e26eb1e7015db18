"""The drift report: what an overlay was written against, and what upstream has changed since.

``playbook overlay pin`` saves, in each overlay's ``upstream.lock.yml``, the upstream content version and a snapshot
of every upstream item the overlay changes or removes (its own fields, text whitespace normalised). Each later load
compares those snapshots with the upstream items as they are now and warns, at the overlay's line, with every field
that changed, old and new, marking the fields the overlay itself overrides. A damaged lock only costs the report,
so it is a warning too, never a stopped build.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

from ..load.loader import validate
from ..load.yamlsource import read_yaml
from ..model import KINDS
from ..positions import LocDict
from ..problems import Location, Problem

LOCK_FILE = "upstream.lock.yml"
#: Upstream snapshots by kind and id: what a lock records.
Pins = dict[str, dict[str, dict[str, Any]]]
LOCK_HEADER = (
    "# Written by `playbook overlay pin`: the upstream version and the upstream values of every item this\n"
    "# overlay changes or removes. `playbook check` compares them with the upstream content and warns when\n"
    "# upstream has changed one of them. Commit this file with the overlay; do not edit it by hand.\n"
)


class LockFile(BaseModel):
    """``upstream.lock.yml``: the upstream values an overlay was written against, by kind and id."""

    model_config = ConfigDict(extra="forbid")
    upstream_version: str
    items: dict[str, dict[str, dict[str, Any]]] = {}

    def pinned(self, kind: str, item_id: str) -> dict[str, Any] | None:
        return self.items.get(kind, {}).get(item_id)


def _plain(value: Any) -> Any:
    """Located YAML data as plain data, with text whitespace normalised (a re-wrapped line is not a change)."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def snapshot(kind: str, data: LocDict) -> dict[str, Any]:
    """What the drift report compares for one item: its own fields, without its id and its child items (which
    have ids, and snapshots, of their own)."""
    skip = {"id", *KINDS[kind].children}
    return {key: _plain(value) for key, value in data.items() if key not in skip}


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The fields that differ between two snapshots: (field, old value, new value), in the item's field order."""
    names = [*new, *(name for name in old if name not in new)]
    return [(name, old.get(name), new.get(name)) for name in names if old.get(name) != new.get(name)]


def _show(value: Any) -> str:
    return "(not set)" if value is None else json.dumps(value, ensure_ascii=False)


def read_lock(path: Path, display: str) -> tuple[LockFile | None, list[Problem]]:
    """The lock of an overlay (``None`` when there is none yet), and warnings when it cannot be used."""
    if not path.is_file():
        return None, []
    lock = None
    data, problems = read_yaml(path, display)
    if data is not None and not problems:
        lock, problems = validate(LockFile, data, display)
    return lock, [Problem(p.location, "overlay-pin", f"{LOCK_FILE} cannot be used ({p.rule}: {p.message}); run "
                                                     f"`playbook overlay pin` to write it again", warning=True)
                  for p in problems]


def drift_warning(kind: str, item_id: str, where: Location, lock: LockFile, now: dict[str, Any],
                  version: str | None, overridden: set[str] | None) -> Problem | None:
    """A warning when the pinned snapshot differs from ``now``; ``overridden`` is ``None`` for a removal."""
    found = changes(_plain(lock.pinned(kind, item_id) or {}), now)
    if not found:
        return None
    versions = lock.upstream_version if lock.upstream_version == version else f"{lock.upstream_version}, now {version}"
    action = "remove" if overridden is None else "change"
    lines = [f"{item_id}, a {KINDS[kind].singular} you {action}, has changed upstream since you pinned it "
             f"(version {versions}):"]
    for name, old, new in found:
        mine = " (you override this field)" if overridden and name in overridden else ""
        lines.append(f"    {name}{mine}: was {_show(old)}, now {_show(new)}")
    lines.append(f"  Check that your {'removal' if overridden is None else 'change'} still makes sense, then run "
                 f"`playbook overlay pin` to accept the new upstream text.")
    return Problem(where, "overlay-drift", "\n".join(lines), warning=True)


def unpinned_warning(unpinned: list[tuple[str, Location]]) -> Problem:
    """One warning for every changed or removed item that the lock does not hold, at the first of them."""
    ids = ", ".join(item_id for item_id, _ in unpinned)
    return Problem(unpinned[0][1], "overlay-pin",
                   f"{len(unpinned)} item(s) you change or remove are not pinned ({ids}), so upstream changes to them "
                   f"cannot be reported: run `playbook overlay pin`", warning=True)


def lock_text(version: str | None, pins: Pins) -> str:
    """The text of ``upstream.lock.yml`` for these snapshots, kinds in the overlay's order."""
    items = {kind: pins[kind] for kind in KINDS if pins.get(kind)}
    body = yaml.safe_dump({"upstream_version": version or "0.0.0", "items": items}, sort_keys=False,
                          allow_unicode=True, width=110, default_flow_style=False)
    return LOCK_HEADER + body
