"""The crosswalk: every framework requirement with the provisions and mistakes that cover it, one row each, for the
CSV download and the workbook's sheet. Headers are in the edition's language; a requirement nothing covers says
so in its own column, so a filter finds the gaps."""

from __future__ import annotations

from ..i18n.extract import N_
from ..i18n.ui import ENGLISH, Messages
from ..model import Playbook

CROSSWALK_COLUMNS = [
    N_("Framework"), N_("Requirement id"), N_("Pinpoint"), N_("Requirement"), N_("Provisions"), N_("Mistakes"),
    N_("Covered"),
]
#: The name of the workbook's sheet.
CROSSWALK_SHEET = N_("Frameworks")
#: Column widths in the workbook, in characters.
CROSSWALK_WIDTHS = [28, 16, 14, 60, 40, 30, 10]


def crosswalk_rows(playbook: Playbook, ui: Messages = ENGLISH) -> list[list[str]]:
    """One row per requirement, in framework order; provisions by title (and id), mistakes by id."""
    found = []
    for framework in playbook.frameworks:
        for requirement in framework.requirements:
            covered = playbook.covered_by[requirement.id]
            found.append([
                framework.title, requirement.id, requirement.at, requirement.summary,
                "; ".join(f"{p.title} ({p.id})" for p in covered.provisions),
                ", ".join(m.id for m in covered.mistakes),
                ui("Yes") if covered else ui("No"),
            ])
    return found
