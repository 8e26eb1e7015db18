"""The portfolio page leads with a decision, in the real Chromium at phone (390×844) and laptop (1280×800) sizes:
who needs attention first at the top, focus and scroll moved there once files are read, a score grid whose subject
column stays in place when it scrolls sideways inside its own box (never the page), short situation words, counts
out of what applies, and notes for what is cut or missing; axe finds nothing in the loaded state.

The order is the report's: the same files give the same order as ``portfolio/attention.py``.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from test_report_attention import low_results

from playbook_builder.portfolio.attention import needs_attention
from playbook_builder.portfolio.results import read_result
from playbook_builder.portfolio.rollup import roll_up
from playbook_builder.render.assessment import assessment_data
from playbook_builder.reviews import REVIEW_MONTHS

pytestmark = pytest.mark.browser

FOLDER = Path(__file__).parent / "fixtures" / "portfolio"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
RESULTS = sorted(FOLDER.glob("vendor-*.json"))
SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}


def load(page, url: str, size: str, files: list[Path]) -> None:
    page.set_viewport_size(SIZES[size])
    page.clock.set_fixed_time(f"{EXPECTED['today']}T12:00:00Z")
    page.goto(url + "portfolio/")
    page.wait_for_selector("#pb-portfolio[data-ready]")
    page.locator("#pb-pf-files").set_input_files(files)
    page.wait_for_selector(".pb-pf-results .pb-pf-concern")


def named_order(page) -> list[str]:
    return page.locator(".pb-pf-concern").evaluate_all("items => items.map(item => item.dataset.subject)")


def no_page_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def axe_serious(page) -> list[dict]:
    results = Axe().run(page, context={"exclude": [[".md-footer"]]}, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"]})
    found = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    return [{"id": v["id"], "nodes": [(n["target"], n.get("failureSummary")) for n in v["nodes"][:5]]} for v in found]


@pytest.mark.parametrize("size", SIZES)
def test_the_results_open_on_who_needs_attention_first(page, fixture_url: str, size: str) -> None:
    load(page, fixture_url, size, RESULTS)
    heading = page.locator("#pb-pf-first")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()
    assert page.locator(".pb-pf-results h2").first.inner_text() == "Needs attention first"
    assert named_order(page) == ["Vendor B", "Vendor A"]  # high criticality before medium
    first = page.locator(".pb-pf-concern").first
    links = first.locator("a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert links == [f"../checklists/{'beta' if m.startswith('BET') else 'alpha'}/#{m.lower()}"
                     for m in EXPECTED["subjects"]["Vendor B"]["flagged"]]
    assert "3 of 3 mistakes flagged" in first.inner_text() and "review overdue since" in first.inner_text()
    assert "Nothing to compare: no subject has both your result and the vendor's own." in page.locator(
        "section[aria-labelledby=pb-pf-gaps]").inner_text()
    assert "playbook report" not in page.locator("article").inner_text()  # no developer words on the page
    assert no_page_scroll(page)
    assert axe_serious(page) == []
    assert page.console_errors == []


@pytest.mark.parametrize("size", SIZES)
def test_the_shipped_grid_keeps_its_subjects_in_view_and_the_page_still(page, site_url: str, size: str,
                                                                         tmp_path: Path, shipped_playbook) -> None:
    files = low_results(tmp_path, 7)
    load(page, site_url, size, files)
    assert no_page_scroll(page)
    # the same files give the report's order
    data = assessment_data(shipped_playbook)
    facts = {f.id: {o.id: o.label for o in f.options} for f in shipped_playbook.facts}
    portfolio = roll_up(data, facts, [read_result(path, data) for path in files], REVIEW_MONTHS,
                        date.fromisoformat(EXPECTED["today"]))
    assert named_order(page) == [c.name for c in needs_attention(portfolio)]
    assert page.locator("details.pb-pf-rest summary").inner_text() == "Show the other 2 subjects"
    box = page.locator(".pb-pf-scroll:has(table.pb-pf-heatmap)")
    header = box.locator("abbr").first
    assert header.inner_text() == "STR" or len(header.inner_text()) <= 4
    assert header.get_attribute("title") == shipped_playbook.checklists[0].title
    if size == "phone":  # twelve phases do not fit a phone: the grid scrolls in its own box
        assert box.evaluate("box => box.scrollWidth > box.clientWidth")
    box.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    frame = box.bounding_box()
    name = box.locator("tbody th").first.bounding_box()
    assert frame and name and frame["x"] - 1 <= name["x"] and name["x"] + name["width"] <= frame["x"] + frame["width"]
    assert box.locator("tbody th").first.inner_text() == "Vendor 0"
    subjects = page.locator("table.pb-pf-subjects tbody tr").first.locator("td")
    assert subjects.nth(2).inner_text() == "a large organisation · a vendor abroad"
    assert " of " in subjects.nth(1).inner_text()
    cut = page.locator("section[aria-labelledby=pb-pf-shared] .pb-pf-cut")
    total = page.locator("table.pb-pf-shared tbody tr").count()
    assert total > 15 and cut.inner_text().startswith(f"Showing 15 of {total} mistakes")
    assert page.locator("table.pb-pf-shared tbody tr:visible").count() == 15
    cut.get_by_role("button", name=f"Show all {total}").click()
    expect(page.locator("table.pb-pf-shared tbody tr:visible")).to_have_count(total)
    assert cut.inner_text() == f"Showing all {total} mistakes."
    assert axe_serious(page) == []
    assert page.console_errors == []


def test_the_french_page_leads_with_the_same_decision_in_french(page, site_url: str, tmp_path: Path) -> None:
    load(page, site_url + "fr/", "phone", low_results(tmp_path, 7))
    heading = page.locator("#pb-pf-first")
    expect(heading).to_be_focused()
    assert heading.inner_text() == "À traiter en premier"
    assert page.locator("details.pb-pf-rest summary").inner_text() == "Afficher les 2 autres entités évaluées"
    assert "erreurs signalées\u00a0: " in page.locator(".pb-pf-concern").first.inner_text()
    situation = page.locator("table.pb-pf-subjects tbody tr").first.locator("td").nth(2).inner_text()
    assert situation and "a large organisation" not in situation  # the content's French short words
    assert "Rien à comparer" in page.locator("section[aria-labelledby=pb-pf-gaps]").inner_text()
    assert no_page_scroll(page)
    assert page.console_errors == []
