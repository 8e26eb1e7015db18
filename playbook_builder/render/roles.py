"""Role pages: every mitigation one role owns, phase by phase, linked to its mistake ("my actions as finance lead").

Readers find their part of the playbook without reading all of it, and print it as one sheet. A role that owns no
mitigation gets no page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..model import Checklist, Mistake, Mitigation, Playbook, Role
from . import paths
from .pages import PageRenderer


@dataclass(frozen=True)
class Action:
    mistake: Mistake
    mitigation: Mitigation


def actions_by_phase(playbook: Playbook, role: Role) -> list[tuple[Checklist, list[Action]]]:
    """The role's mitigations grouped by checklist, in lifecycle order."""
    groups = []
    for checklist in playbook.checklists:
        actions = [Action(mistake, mitigation) for mistake in checklist.mistakes for mitigation in mistake.mitigations
                   if mitigation.owner == role.id]
        if actions:
            groups.append((checklist, actions))
    return groups


def role_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """A page per role that owns something, and the index of roles."""
    groups = {role.id: actions_by_phase(playbook, role) for role in playbook.roles}
    owners = [role for role in playbook.roles if groups[role.id]]
    if not owners:
        return {}

    def page(role: Role, renderer: PageRenderer) -> str:
        actions = [action for _, found in groups[role.id] for action in found]
        mistakes = list({action.mistake.id: action.mistake for action in actions}.values())
        return renderer.render("role.md.j2", paths.role(role.id), role=role, groups=groups[role.id],
                               count=len(actions), mistakes=mistakes)

    def index(renderer: PageRenderer) -> str:
        return renderer.render("roles_index.md.j2", paths.ROLES_INDEX, roles=owners, groups=groups)

    pages: dict[str, Callable[[PageRenderer], str]] = {paths.ROLES_INDEX: index}
    for role in owners:
        pages[paths.role(role.id)] = partial(page, role)
    return pages
