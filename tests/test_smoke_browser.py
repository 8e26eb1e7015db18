"""The built site in the real Chromium: it renders, works when opened from disk, and never requests anything from
elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_fixture_site_loads_without_outside_requests(page, fixture_url: str) -> None:
    page.goto(fixture_url + "checklists/alpha/")
    assert page.locator("#alp-01").is_visible()
    assert "Choosing the cheapest bid" in page.locator("#alp-01").inner_text()
    assert page.console_errors == []


def test_the_site_opened_from_disk_starts_its_widgets(browser, shipped_site: Path) -> None:
    """Opened from a folder (file://), where Material turns instant navigation off and its document$ never fires:
    the situation panel and the assessment start on the page's load, the assessment loads its data script from
    disk, scores and keeps the answers; nothing is requested from any host."""
    context = browser.new_context()
    requested: list[str] = []
    context.route(re.compile(r"^(?!file:)"), lambda route: (requested.append(route.request.url), route.abort()))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto((shipped_site / "assessment" / "index.html").as_uri())
    page.wait_for_selector("#pb-assessment[data-ready]")
    page.wait_for_selector("[data-pb-situation][data-ready]", state="attached")
    page.locator('input[name="pb-str-q1"][value="5"]').check()
    assert page.locator('[data-score="strategy"]').inner_text() == "100"
    page.reload()
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert page.locator('input[name="pb-str-q1"]:checked').get_attribute("value") == "5"
    page.goto((shipped_site / "fr" / "checklists" / "exit" / "index.html").as_uri())
    page.wait_for_selector("[data-pb-situation][data-ready]", state="attached")
    assert errors == [] and requested == []
    context.close()
