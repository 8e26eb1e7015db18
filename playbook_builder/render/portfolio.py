"""The portfolio page: exported self-assessment results rolled up by subject in the browser.

``assets/portfolio/`` reads the files the reader opens and computes what ``playbook report`` writes, with the
assessment's own scoring modules. The page carries the assessment's data (:func:`.assessment.assessment_data`, less
the mitigations), the phases' short codes (the score grid's column headers), the situation's short wording, the
review intervals of the build and the addresses of the checklist pages, so it works offline and from any
sub-path; on a page in another language than English, also the script's words (:mod:`.portfolio_strings`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..model import Playbook
from ..reviews import REVIEW_MONTHS
from . import paths
from .assessment import assessment_data
from .env import embedded_json
from .pages import PageRenderer
from .portfolio_strings import portfolio_strings
from .script_strings import page_strings


def portfolio_pages(playbook: Playbook, review_months: Mapping[str, int] | None = None
                    ) -> dict[str, Callable[[PageRenderer], str]]:
    """The portfolio page, when the playbook has questions to ask; ``review_months`` by criticality."""
    if not playbook.questions:
        return {}
    months = {**REVIEW_MONTHS, **(review_months or {})}

    def render(renderer: PageRenderer) -> str:
        links = {c.id: paths.relative_url(paths.PORTFOLIO, paths.checklist(c.id), renderer.directory_urls)
                 for c in playbook.checklists}
        labels = {fact.id: {option.id: option.summary or option.label for option in fact.options}
                  for fact in playbook.facts}
        codes = {c.id: c.code for c in playbook.checklists}
        data = {**assessment_data(playbook), "reviewMonths": months, "links": links, "situationLabels": labels,
                "codes": codes}
        # The portfolio names mistakes but lists no mitigations (the action plan is the assessment page's): the
        # page carries a third of the data without them.
        data["mistakes"] = {mistake_id: {key: value for key, value in mistake.items() if key != "mitigations"}
                            for mistake_id, mistake in data["mistakes"].items()}
        return renderer.render("portfolio.md.j2", paths.PORTFOLIO, data_json=embedded_json(data),
                               strings=page_strings(renderer.ui, portfolio_strings),
                               review_months=months)

    return {paths.PORTFOLIO: render}
