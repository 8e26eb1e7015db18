"""The site's navigation as the playbook fills it in: the checklists' entry becomes a section listing every
checklist in lifecycle order. Both engines use it (the MkDocs plugin and the staged tree for Zensical)."""

from __future__ import annotations

from typing import Any

from ..i18n.ui import ENGLISH, Messages
from ..model import Playbook
from . import paths


def expand_checklists(nav: Any, playbook: Playbook, ui: Messages = ENGLISH) -> Any:
    """Replace the ``checklists/index.md`` entry of the nav with a section listing every checklist in order."""
    pages = [paths.CHECKLISTS_INDEX, *(paths.checklist(c.id) for c in playbook.checklists)]
    if isinstance(nav, list):
        return [expand_checklists(item, playbook, ui) for item in nav]
    if isinstance(nav, dict):
        return {
            title: pages if value == paths.CHECKLISTS_INDEX else expand_checklists(value, playbook, ui)
            for title, value in nav.items()
        }
    # A bare entry becomes a titled section: a list inside a list is not a valid nav.
    return {ui("Checklists"): pages} if nav == paths.CHECKLISTS_INDEX else nav
