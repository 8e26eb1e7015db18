"""*Start here* and the situation-dependent severities in the real Chromium, on the shipped playbook: the list of
ten follows the situation panel exactly as the library ranks it, badges show the severity for the reader, owners
read as a small firm names them, the page is axe-clean and prints on one page."""

from __future__ import annotations

import re
import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe

from playbook_builder.render.start import START_COUNT

pytestmark = pytest.mark.browser


def visible(page) -> list[str]:
    return page.eval_on_selector_all("li[data-start]:not([hidden])", "items => items.map(item => item.dataset.start)")


def printed_pages(page, path, paper: str) -> tuple[int, str]:
    """Print the page as a reader's browser does (print media) on A4 or Letter: the pages and the text on them."""
    page.emulate_media(media="print")
    page.pdf(path=str(path), format=paper)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1)), text


def choose(page, answers: dict[str, str]) -> None:
    for fact, option in answers.items():
        page.locator(f"#pb-fact-{fact}").select_option(option)


@pytest.fixture
def start(page, site_url: str):
    page.goto(site_url + "start-here/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    yield page
    assert page.console_errors == []


@pytest.mark.parametrize("answers", [
    {"size": "small", "vendor-kind": "freelancer", "vendor-location": "offshore", "personal-data": "shared"},
    {"size": "large", "sector": "regulated", "buyer": "private", "vendor-kind": "large-provider"},
])
def test_the_list_follows_the_panel_as_the_library_ranks_it(start, shipped_playbook, answers: dict[str, str]) -> None:
    everyone = [m.id for m in shipped_playbook.ranked({})[:START_COUNT]]
    assert visible(start) == everyone
    choose(start, answers)
    expected = [m.id for m in shipped_playbook.ranked(answers)[:START_COUNT]]
    assert visible(start) == expected
    assert expected != everyone  # the situation changes what comes first
    assert start.locator("[data-start-for]").text_content() == "Ranked for your situation."
    start.reload()
    start.wait_for_selector("[data-pb-situation][data-ready]")
    assert visible(start) == expected  # the answers are kept in the browser
    # Answered already: the panel is folded, its summary line says what was chosen, the list comes first.
    assert not start.locator(".pb-situation__box").evaluate("box => box.open")
    assert start.locator("[data-situation-summary]").is_visible()
    start.locator(".pb-situation__box > summary").click()
    start.locator("[data-situation-clear]").click()
    assert visible(start) == everyone


def test_a_small_business_sees_its_own_severities_and_owners(start, shipped_playbook, site_url: str) -> None:
    choose(start, {"size": "small"})
    small_owner = start.locator("li[data-start] .pb-owner").first.text_content()
    assert small_owner.startswith("Owner: You") or small_owner.startswith("Owner: Whoever")
    # A small firm reads its own first step where the mistake has one, in place of the enterprise action.
    item = start.locator("li[data-start]:not([hidden])").first
    mistake = shipped_playbook.mistakes[item.get_attribute("data-start")]
    if mistake.small_business:
        assert item.locator("[data-small-show]").is_visible() and not item.locator("[data-small-hide]").is_visible()
        assert item.locator("[data-small-show]").inner_text().endswith(mistake.small_business)
    small = {"size": "small"}
    mistake = next(m for m in shipped_playbook.mistakes.values() if m.severity_for(small) != m.severity)
    expected = mistake.severity_for(small).value
    start.goto(site_url + f"checklists/{shipped_playbook.checklist_of[mistake.id].id}/")
    start.wait_for_selector("[data-pb-situation][data-ready]")
    badge = start.locator(f'span.pb-severity[data-severity-of="{mistake.id}"]')
    assert badge.text_content() == f"{expected.capitalize()} severity"
    assert f"pb-severity--{expected}" in badge.get_attribute("class")
    assert start.locator(f'td[data-severity-of="{mistake.id}"]').text_content() == expected.capitalize()


def test_start_here_is_accessible_and_prints_on_one_page(start, tmp_path) -> None:
    choose(start, {"size": "small", "vendor-kind": "agency"})
    results = Axe().run(start, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]},
                                        "resultTypes": ["violations"]})
    serious = [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    for paper in ("A4", "Letter"):
        pages, text = printed_pages(start, tmp_path / f"start-{paper}.pdf", paper)
        assert pages == 1, paper
        assert all(item in text for item in visible(start)), paper  # the ten the screen shows are on paper


def test_the_assessment_ranks_its_recommendations_by_the_severity_for_the_situation(page, site_url: str,
                                                                                    shipped_playbook) -> None:
    small = {"size": "small"}
    order = ["critical", "high", "medium", "low"]
    mistake = next(m for m in shipped_playbook.mistakes.values() if shipped_playbook.detected_by.get(m.id)
                   and order.index(m.severity_for(small).value) < order.index(m.severity.value)
                   and not shipped_playbook.restrictions.get(m.id))
    question = shipped_playbook.detected_by[mistake.id][0]
    page.goto(site_url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    page.locator(f"#{question.id.lower()} input[value='1']").check()
    badge = page.locator("[data-recs] > li .pb-as-rec-head").filter(has_text=mistake.id).locator(".pb-severity")
    assert badge.inner_text().lower() == mistake.severity.value
    if not page.locator(".pb-situation__box").evaluate("box => box.open"):
        page.locator(".pb-situation__box > summary").click()
    page.locator("#pb-fact-size").select_option("small")
    assert badge.inner_text().lower() == mistake.severity_for(small).value
    assert page.console_errors == []


def test_the_french_start_here_follows_the_panel_and_prints_on_one_page(page, site_url: str, shipped_playbook,
                                                                        tmp_path) -> None:
    page.goto(site_url + "fr/start-here/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    assert page.locator("h1").inner_text().rstrip("¶").strip() == "Par où commencer"
    choose(page, {"size": "small", "vendor-kind": "freelancer"})
    assert visible(page) == [m.id for m in shipped_playbook.ranked({"size": "small", "vendor-kind": "freelancer"})[:START_COUNT]]
    assert page.locator("[data-start-for]").text_content() == "Classement pour votre situation."
    for paper in ("A4", "Letter"):
        assert printed_pages(page, tmp_path / f"start-fr-{paper}.pdf", paper)[0] == 1, paper
    assert page.console_errors == []
