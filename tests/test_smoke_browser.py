"""The built site in the real Chromium: it renders, searches, and never requests anything from elsewhere."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_fixture_site_loads_without_outside_requests(page, fixture_url: str) -> None:
    page.goto(fixture_url + "checklists/alpha/")
    assert page.locator("#alp-01").is_visible()
    assert "Choosing the cheapest bid" in page.locator("#alp-01").inner_text()
    assert page.console_errors == []
