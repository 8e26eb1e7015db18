"""Checks of the provisions library and the frameworks: what they name exists, and every requirement is met.

Registered in the same catalogue as :mod:`.checks`; the loader imports this module so they run with the others.
"""

from __future__ import annotations

from ..model import Playbook
from ..model.pinpoints import points
from ..problems import Problem
from .checks import Found, check, dangling


@check("reference-resolves", needs_complete=True)
def provision_references(playbook: Playbook) -> Found:
    mistakes, sources, retired = playbook.mistakes, playbook.source_by_id, playbook.retired_by_id
    for provision in playbook.provisions.values():
        yield from dangling(provision, "mistakes", provision.mistakes, mistakes, "mistake", retired)
        yield from dangling(provision, "sources", provision.source_ids, sources, "source")
    for owner, jurisdiction, note in playbook.law_notes:
        yield from dangling(note, "sources", note.source_ids, sources, f"source (law note {owner}.{jurisdiction})")
    for framework in playbook.frameworks:
        if framework.source not in sources:
            yield Problem(framework.where("source"), "reference-resolves",
                          f"source names the source '{framework.source}', which does not exist in sources.yml")


@check("minimum-wording")
def minimum_wording(playbook: Playbook) -> Found:
    for provision in playbook.provisions.values():
        if provision.minimum and not provision.minimum_wording:
            yield Problem(provision.where("minimum"), "minimum-wording",
                          f"{provision.id} is part of the minimum agreement: give it a minimum_wording, the clause "
                          f"as a one-page agreement says it, with blanks for every detail")
        elif provision.minimum_wording and not provision.minimum:
            yield Problem(provision.where("minimum_wording"), "minimum-wording",
                          f"{provision.id} has a minimum_wording but is not part of the minimum agreement: add "
                          f"minimum: true, or remove the minimum_wording")


@check("requirement-at")
def requirement_at(playbook: Playbook) -> Found:
    for framework in playbook.frameworks:
        for requirement in framework.requirements:
            if not points(requirement.at):
                yield Problem(requirement.where("at"), "requirement-at",
                              f"'{requirement.at}' is not a pinpoint the build can read; write it as "
                              f"Art. 30(2)(a), para 75(b) or section 13.3")


@check("framework-gap", needs_complete=True)
def framework_gap(playbook: Playbook) -> Found:
    for framework in playbook.frameworks:
        for requirement in framework.requirements:
            if points(requirement.at) and not playbook.covered_by[requirement.id]:
                yield Problem(requirement.where("at"), "framework-gap",
                              f"nothing covers {framework.id} {requirement.at} ({requirement.id}): cite it from a "
                              f"provision or a mistake as {{source: {framework.source}, at: \"{requirement.at}\"}}",
                              warning=True)
