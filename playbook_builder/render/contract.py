"""What a contract must say, as pages: the provisions library (``contract/``), the one-page minimum agreement
(``contract/minimum/``), the contract review (``contract/review/``) and a page per framework with what covers each
of its requirements (``frameworks/``). A playbook without provisions or frameworks gets none of them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from ..model import Framework, Playbook
from . import paths
from .agreement import agreement_note, minimum_provisions, party_lines, signature_lines
from .env import embedded_json
from .pages import PageRenderer
from .review_strings import review_strings
from .script_strings import page_strings


def review_data(playbook: Playbook) -> dict[str, Any]:
    """What the review's script needs: each provision's situation and the frameworks that require it, and each
    framework's title and situation (a requirement counts as required only for readers the framework binds)."""
    return {
        "version": playbook.version,
        "provisions": {p.id: {"applies": p.applies_when,
                              "required": sorted({f.id for f, _ in playbook.required_by.get(p.id, [])})}
                       for p in playbook.provisions.values()},
        "frameworks": {f.id: {"title": f.title, "applies": f.applies_when} for f in playbook.frameworks},
    }


def contract_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The contract pages when the playbook has provisions, and the framework pages when it has frameworks."""
    pages: dict[str, Callable[[PageRenderer], str]] = {}
    if playbook.provisions:
        def library(renderer: PageRenderer) -> str:
            return renderer.render("contract.md.j2", paths.CONTRACT)

        def minimum(renderer: PageRenderer) -> str:
            ui = renderer.ui
            return renderer.render("contract_minimum.md.j2", paths.CONTRACT_MINIMUM,
                                   provisions=minimum_provisions(playbook), note=agreement_note(ui),
                                   parties=party_lines(ui), signatures=signature_lines(ui))

        def review(renderer: PageRenderer) -> str:
            return renderer.render("contract_review.md.j2", paths.CONTRACT_REVIEW,
                                   data=embedded_json(review_data(playbook)),
                                   strings=page_strings(renderer.ui, review_strings))

        pages.update({paths.CONTRACT: library, paths.CONTRACT_REVIEW: review})
        if minimum_provisions(playbook):
            pages[paths.CONTRACT_MINIMUM] = minimum
    if playbook.frameworks:
        covered = {requirement_id for requirement_id, found in playbook.covered_by.items() if found}

        def index(renderer: PageRenderer) -> str:
            return renderer.render("frameworks_index.md.j2", paths.FRAMEWORKS_INDEX, covered_ids=covered)

        def framework(item: Framework, renderer: PageRenderer) -> str:
            return renderer.render("framework.md.j2", paths.framework(item.id), framework=item,
                                   covered_ids=covered)

        pages[paths.FRAMEWORKS_INDEX] = index
        pages.update({paths.framework(f.id): partial(framework, f) for f in playbook.frameworks})
    return pages

