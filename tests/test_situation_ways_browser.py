"""The home page's ways in, in the real Chromium on the shipped site at phone and laptop sizes: each situation link
is in the first screen, leads to *Start here* with the situation set and saved, and leaves the address bar clean;
without JavaScript the same links still lead to *Start here*."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}
WAYS = "a[href*='start-here/?situation=']"


def serious(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]},
                                       "resultTypes": ["violations"]})
    return [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def in_first_screen(page, selector: str) -> list[bool]:
    return page.eval_on_selector_all(selector, """links => links.map(link => {
        const box = link.getBoundingClientRect();
        return box.width > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    })""")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("language", "label", "expected"), [
    ("", "I am hiring a freelancer for the first time", {"size": "small", "vendor-kind": "freelancer"}),
    ("fr/", "Je travaille dans un secteur réglementé, ou je prépare un audit", {"size": "large", "sector": "regulated"}),
])
def test_a_way_in_leads_to_start_here_with_the_situation_set(page, site_url: str, size: str, language: str,
                                                            label: str, expected: dict[str, str]) -> None:
    page.set_viewport_size(SIZES[size])
    page.goto(site_url + language)
    assert page.locator(WAYS).count() == 4
    assert all(in_first_screen(page, WAYS)), size
    assert serious(page) == []
    page.get_by_role("link", name=label).click()
    page.wait_for_url("**/start-here/")  # the situation left the address bar once it was taken
    page.wait_for_selector("[data-pb-situation][data-ready]")
    for fact, option in expected.items():
        assert page.locator(f"#pb-fact-{fact}").input_value() == option
    assert page.locator("[data-start-for]").text_content() != ""
    assert page.evaluate("window.playbookSituation.answers()") == expected
    page.reload()  # saved in the browser: a reload keeps the situation
    page.wait_for_selector("[data-pb-situation][data-ready]")
    assert page.evaluate("window.playbookSituation.answers()") == expected
    # The panel folds to its summary line, so that the ranked list is what the reader sees first.
    expect(page.locator(".pb-situation__box")).not_to_have_attribute("open", "")
    expect(page.locator("[data-situation-summary]")).to_be_visible()
    assert serious(page) == []
    assert page.console_errors == []


def test_a_way_in_that_is_not_a_situation_changes_nothing(page, site_url: str) -> None:
    page.goto(site_url + "start-here/?situation=%3Cscript%3E")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    assert page.evaluate("window.playbookSituation.answers()") == {}
    assert page.evaluate("location.search") == ""
    assert page.console_errors == []


def test_without_javascript_the_ways_in_still_lead_to_start_here(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=SIZES["phone"])
    try:
        page = context.new_page()
        page.goto(site_url)
        page.locator(WAYS).first.click()
        page.wait_for_load_state()
        assert "/start-here/" in page.url
        assert page.locator("h1").text_content().startswith("Start here")
    finally:
        context.close()
