"""Each page loads the project's stylesheets and scripts it uses and no others: the home page nothing of the
assessment, the portfolio or the contract review, and the assessment page at most 25 KB of the project's own
JavaScript and CSS, gzipped. The assessment's data (the playbook's questions and mistakes, ``assessment/data.js``)
is content, not code: it is measured by the Lighthouse benchmark with the page, not here."""

from __future__ import annotations

import gzip
import posixpath
import re
from pathlib import Path

import pytest

from playbook_builder.render.assets import EVERYWHERE, WIDGETS

#: The assessment page's budget for the project's own JavaScript and CSS, gzipped (issue: at most 25 KB); the tools
#: and the comparison load as a second script only when the reader opens them.
ASSESSMENT_BUDGET = 25 * 1024
OWN = re.compile(r'(?:src|href)="([^"]*assets/playbook/[^"]+)"')


def own_assets(site: Path, page: str) -> list[str]:
    """The project's stylesheets and scripts a built page links, as site paths."""
    html = (site / page).read_text(encoding="utf-8")
    folder = posixpath.dirname(page)
    return [posixpath.normpath(posixpath.join(folder, href)) for href in OWN.findall(html)]


def names(site: Path, page: str) -> set[str]:
    return {posixpath.basename(path) for path in own_assets(site, page)}


def test_the_home_page_loads_only_what_every_page_needs(shipped_site: Path) -> None:
    assert names(shipped_site, "index.html") <= set(EVERYWHERE)
    assert names(shipped_site, "fr/index.html") <= set(EVERYWHERE)


@pytest.mark.parametrize(("page", "widgets"), [
    ("assessment/index.html", {"situation", "assessment"}),
    ("portfolio/index.html", {"portfolio"}),
    ("contract/review/index.html", {"situation", "ranking", "review", "terms"}),
    ("contract/index.html", {"situation", "ranking", "contract", "terms"}),
    ("checklists/vendor-selection/index.html", {"situation", "ranking", "fold", "terms"}),
    ("print/vendor-selection/index.html", {"situation", "ranking", "print", "terms"}),
    ("guide/glossary/index.html", {"terms"}),
    ("frameworks/dora-contracts/index.html", {"contract"}),
])
def test_a_page_loads_its_widgets_and_no_others(shipped_site: Path, page: str, widgets: set[str]) -> None:
    wanted = {name for widget in widgets for name in WIDGETS[widget]}
    assert names(shipped_site, page) - set(EVERYWHERE) == wanted
    links = own_assets(shipped_site, page)
    assert len(links) == len(set(links)), "each asset once"
    assert all((shipped_site / path).is_file() for path in links)


def test_the_assessment_page_stays_within_its_budget(shipped_site: Path) -> None:
    sizes = {path: len(gzip.compress((shipped_site / path).read_bytes(), compresslevel=9))
             for path in own_assets(shipped_site, "assessment/index.html")}
    total = sum(sizes.values())
    print(f"assessment page, own JS and CSS: {total} bytes gzipped: {sizes}")
    assert total <= ASSESSMENT_BUDGET, sizes
