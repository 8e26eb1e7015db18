"""The French edition in the real Chromium: the language menu, the French self-assessment, and accessibility.

Pages are guarded like conftest's ``page``: a request that leaves 127.0.0.1 fails the test.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def test_the_language_menu_opens_the_same_page_in_french_and_back(page, site_url: str) -> None:
    page.goto(f"{site_url}checklists/exit/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".md-header .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="fr"]').click()
    page.wait_for_url(re.compile(r"/fr/checklists/exit/$"))
    assert page.locator("html").get_attribute("lang") == "fr"
    assert (page.locator("h1").first.text_content() or "").startswith("Sortie, transfert et réinternalisation")
    page.locator(".md-header .md-select").first.hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_url(re.compile(r"/playbook/checklists/exit/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.console_errors == []


def test_french_search_finds_a_mistake_by_its_french_title(page, site_url: str) -> None:
    page.goto(f"{site_url}fr/")
    page.keyboard.press("s")  # Material's shortcut to the search field
    page.keyboard.type("réversibilité")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    assert "/fr/" in (results.first.locator("a").first.get_attribute("href") or "")
    assert page.console_errors == []


def test_the_french_assessment_scores_in_french_and_keeps_ids(page, site_url: str) -> None:
    page.goto(f"{site_url}fr/assessment/")
    assert page.locator("html").get_attribute("lang") == "fr"
    form = page.locator("#pb-assessment")
    first = form.locator("fieldset[data-question]").first
    first.locator("input[type=radio]").first.check()
    overall = page.locator('[data-progress="overall"]').first
    # a partial score says so
    page.wait_for_function("document.querySelector('[data-progress=\"overall\"]').textContent.startsWith('Partiel')")
    progress = overall.text_content() or ""
    assert progress.startswith("Partiel\u00a0: 1 sur "), progress
    assert "answered" not in progress and "of" not in progress.split(), progress
    saved = page.evaluate("JSON.stringify(Object.entries(localStorage))")
    assert re.search(r"[A-Z]{2,5}-Q\d", saved)  # answers are stored by question id, whatever the language
    assert page.console_errors == []


def test_french_pages_have_no_serious_accessibility_violation(page, site_url: str) -> None:
    for path in ("fr/", "fr/checklists/exit/", "fr/assessment/"):
        page.goto(f"{site_url}{path}")
        results = Axe().run(page, context={"exclude": [[".md-footer"]]}, options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
            "resultTypes": ["violations"],
        })
        serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], (path, results.generate_report())
