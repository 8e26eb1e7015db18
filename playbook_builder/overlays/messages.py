"""The wording of overlay problems, kept apart from the merge so the merge reads as what it does."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from ..model import KINDS
from ..problems import Location, Problem
from .lock import LockFile
from .spec import OVERLAY_FILE


def _did_you_mean(word: str, choices: Iterable[str], quote: str = "") -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean {quote}{close[0]}{quote}?" if close else ""


def unknown_id(kind: str, item_id: str, where: Location, lock: LockFile | None, known: Iterable[str],
               retired: Mapping[str, Any] | None = None) -> Problem:
    """An override or removal names nothing upstream; say whether it was retired or used to exist, or what was
    meant."""
    what = KINDS[kind].singular
    if retired is not None:
        moved = retired.get("replaced_by") or []
        message = (f"upstream retired the {what} {item_id} in version {retired.get('since')}"
                   + (f" and moved its content to {', '.join(map(str, moved))}" if moved else "")
                   + f" ({str(retired.get('reason', '')).rstrip('.')}); change your overlay to match")
    elif lock is not None and lock.pinned(kind, item_id) is not None:
        message = (f"the {what} {item_id} no longer exists upstream (it did in version {lock.upstream_version}, "
                   f"when this overlay was pinned); take it out of your overlay")
    else:
        message = f"there is no {what} '{item_id}' upstream" + _did_you_mean(item_id, known)
    return Problem(where, "overlay-unknown-id", message)


def changed_and_removed(item_id: str, where: Location) -> Problem:
    return Problem(where, "overlay-format", f"{item_id} is both overridden and removed; keep one of the two")


def cannot_change_id(where: Location) -> Problem:
    return Problem(where, "overlay-format", "an override cannot change an id; remove the item and add a new one "
                                            "instead")


def cannot_replace_children(kind: str, name: str, where: Location) -> Problem:
    return Problem(where, "overlay-format", f"an override cannot replace the {name} of a {KINDS[kind].singular}; "
                                            f"add, remove or override them one by one (add.{name}, remove.{name}, "
                                            f"override.{name})")


def unknown_field(kind: str, name: str, where: Location) -> Problem:
    allowed = KINDS[kind].model.model_fields
    return Problem(where, "unknown-field", f"the field '{name}' is not part of a {KINDS[kind].singular}"
                   + _did_you_mean(name, allowed, quote="'"))


def unknown_parent(section: str, parent_kind: str, parent_id: str, where: Location) -> Problem:
    return Problem(where, "overlay-unknown-id", f"add.{section} names the {KINDS[parent_kind].singular} "
                                                f"'{parent_id}', which does not exist upstream or in this overlay")


def checklist_exists(identifier: str, where: Location) -> Problem:
    return Problem(where, "overlay-format", f"the checklist '{identifier}' already exists upstream; change it under "
                                            f"override.checklists, or remove it under remove.checklists to replace "
                                            f"it with this file")


__all__ = ["OVERLAY_FILE", "changed_and_removed", "cannot_change_id", "cannot_replace_children", "checklist_exists",
           "unknown_field", "unknown_id", "unknown_parent"]
