"""The shipped site: built strictly, searchable, licensed, and never asking another host for anything."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

EXTERNAL_FETCH = [
    re.compile(r"<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc=[\"']?(?:https?:)?//", re.I),
    re.compile(r"<link\b(?=[^>]*\brel=[\"']?(?:stylesheet|preload|prefetch|preconnect|dns-prefetch|modulepreload|"
               r"icon|manifest))[^>]*\bhref=[\"']?(?:https?:)?//", re.I),
    re.compile(r"url\(\s*[\"']?(?:https?:)?//", re.I),
    re.compile(r"@import\s+[\"']?(?:url\()?[\"']?(?:https?:)?//", re.I),
    re.compile(r"fonts\.googleapis|fonts\.gstatic|googletagmanager|google-analytics", re.I),
]


def test_no_page_or_asset_fetches_from_another_host(shipped_site: Path) -> None:
    offenders = []
    for path in shipped_site.rglob("*"):
        if path.suffix in {".html", ".css", ".js", ".svg"} and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [f"{path.relative_to(shipped_site)}: {m.group(0)}" for p in EXTERNAL_FETCH
                          for m in p.finditer(text)]
    assert offenders == []


def test_the_scanner_catches_external_assets() -> None:
    samples = ['<script src="https://cdn.example.org/x.js">', '<link rel="stylesheet" href="//cdn.example.org/a.css">',
               "@font-face{src:url(https://fonts.example.org/a.woff2)}", '<img src="http://example.org/p.png">']
    assert all(any(p.search(sample) for p in EXTERNAL_FETCH) for sample in samples)


def test_footer_states_both_licences(shipped_site: Path) -> None:
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    assert "MIT licence" in home and "CC BY 4.0" in home


def test_every_checklist_page_is_built(shipped_site: Path) -> None:
    from playbook_builder.load import load_playbook

    from conftest import REPO

    playbook, _ = load_playbook(REPO / "checklists")
    for checklist in playbook.checklists:
        page = (shipped_site / "checklists" / checklist.id / "index.html").read_text(encoding="utf-8")
        for mistake in checklist.mistakes:
            assert f'id="{mistake.id.lower()}"' in page


@pytest.mark.browser
def test_home_and_a_checklist_render_in_chromium(page, site_url: str) -> None:
    page.goto(site_url)
    assert page.locator("h1").first.inner_text().startswith("Outsourcing Playbook")
    assert page.locator("[data-md-component='palette'] label").count() >= 1  # the light/dark toggle
    page.goto(site_url + "checklists/vendor-selection/#sel-02")
    heading = page.locator("#sel-02")
    assert heading.is_visible() and "SEL-02" in heading.inner_text()
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expected"), [("cheapest", "#sel-02"), ("SEL-03", "#sel-03")])
def test_search_finds_a_mistake_by_title_words_and_by_id(page, site_url: str, query: str, expected: str) -> None:
    page.goto(site_url)
    page.locator("input.md-search__input").click()
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("el => el.textContent && !/initializ/i.test(el.textContent)", arg=meta.element_handle())
    search = page.locator("input.md-search__input")
    search.fill(query)
    search.press("End")  # one key press, so the theme searches for the whole query at once
    # The result may be shown or folded away under "more results on this page".
    wanted = page.locator(f".md-search-result a[href*='checklists/vendor-selection/'][href$='{expected}']")
    wanted.first.wait_for(state="attached", timeout=10_000)
    assert urlsplit(wanted.first.get_attribute("href") or "").fragment == expected[1:]


@pytest.mark.browser
def test_the_request_guard_catches_a_request_to_another_host(page, outside_requests) -> None:
    page.set_content('<img src="http://example.org/pixel.png" alt="">')
    page.wait_for_timeout(200)
    assert outside_requests == ["http://example.org/pixel.png"]
    outside_requests.clear()
