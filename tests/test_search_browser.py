"""Search that finds words whatever their accents, and the language menu that keeps your place, in the real
Chromium at phone and laptop sizes.

Pages are guarded like conftest's ``page``: a request that leaves 127.0.0.1 fails the test (the search worker
loads the theme's worker and language files from the site itself).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

SIZES = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}
SCHEMES = {"light": "default", "dark": "slate"}
TITLE = "Le guide de l'externalisation"


@pytest.fixture(params=sorted(SIZES))
def sized(request: pytest.FixtureRequest, page: Any) -> Any:
    page.set_viewport_size(SIZES[request.param])
    return page


def paths(results: Any) -> list[str]:
    """Where each search result leads, without the words it asks the page to highlight."""
    return [(results.nth(i).locator("a").first.get_attribute("href") or "").split("?")[0]
            for i in range(results.count())]


def search(page: Any, words: str) -> Any:
    """Type ``words`` into Material's search and wait for its results; returns the result list."""
    page.keyboard.press("s")  # Material's shortcut to the search field
    expect(page.locator(".md-search__input")).to_be_focused()
    page.keyboard.type(words)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible()
    return results


def serious_violations(page: Any) -> tuple[list[Any], str]:
    results = Axe().run(page, context={"exclude": [[".md-footer"]]}, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"],
    })
    return [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")], \
        results.generate_report()


@pytest.mark.parametrize("typed", ["reversibilite", "REVERSIBILITE", "réversibilité"])
def test_french_search_finds_reversibility_with_or_without_accents(sized: Any, site_url: str, typed: str) -> None:
    page = sized
    page.goto(f"{site_url}fr/")
    results = search(page, typed)
    hrefs = paths(results)
    assert any(href.endswith("fr/checklists/exit/") for href in hrefs), hrefs
    exit_page = page.locator(".md-search-result__item a[href*='fr/checklists/exit/']")
    marks = [text.lower() for text in exit_page.locator("mark").all_text_contents()]
    assert "réversibilité" in marks, marks  # the page's own words, accents and all
    assert page.locator(".md-search-result__meta").first.text_content() != "Aucun document trouvé"
    assert page.console_errors == []


def test_an_accentless_search_highlights_the_accented_words_on_the_page_it_opens(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}fr/")
    search(page, "reversibilite")
    link = page.locator(".md-search-result__item a[href*='fr/checklists/exit/?h=']").first
    assert "h=r%C3%A9versibilit%C3%A9" in (link.get_attribute("href") or "")  # the page's word, not the query's
    link.click()
    page.wait_for_url(re.compile(r"/fr/checklists/exit/\?h=r%C3%A9versibilit%C3%A9"))
    expect(page.locator("mark[data-md-highlight]").first).to_have_text(re.compile("^réversibilité$", re.I))
    assert page.console_errors == []


def test_english_search_is_unchanged_and_finds_accented_names_without_accents(sized: Any, site_url: str) -> None:
    page = sized
    page.goto(site_url)
    results = search(page, "exit plan")
    hrefs = paths(results)
    assert any(href.endswith("checklists/exit/") for href in hrefs) and not any("/fr/" in h for h in hrefs), hrefs
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("legifrance")
    expect(page.locator(".md-search-result mark", has_text="Légifrance").first).to_be_attached()
    assert page.console_errors == []


def results_for(page: Any, url: str, words: str) -> tuple[str, list[str]]:
    page.goto(url)
    results = search(page, words)
    return page.locator(".md-search-result__meta").inner_text(), [h.split("/playbook")[-1] for h in paths(results)]


def test_english_search_finds_what_the_themes_own_worker_finds(page: Any, site_url: str) -> None:
    """For words without accents, the folding changes nothing: the same results as Material's own worker."""
    served: list[bool] = []

    def themes_worker(route: Any) -> None:
        response = route.fetch()
        body = response.text().replace("playbook-search.js#search.", "search.")
        served.append(body != response.text())
        route.fulfill(response=response, body=body)

    queries = ("exit plan", "SLA", "lock-in", "vendor")
    ours = [results_for(page, site_url, words) for words in queries]
    page.route(site_url, themes_worker)
    theirs = [results_for(page, site_url, words) for words in queries]
    assert served and all(served)  # the pages of the second round named the theme's worker
    assert ours == theirs
    assert all(hrefs for _, hrefs in ours)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_results_have_no_serious_accessibility_violation(sized: Any, site_url: str, scheme: str) -> None:
    page = sized
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site_url}fr/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
    search(page, "reversibilite")
    serious, report = serious_violations(page)
    assert serious == [], report


def open_menu(page: Any) -> None:
    """Open the language menu as a keyboard user does: focus its button."""
    page.locator(".md-header .md-select button").first.focus()
    expect(page.locator("a.md-select__link").first).to_be_visible()


def switch_to(page: Any, language: str) -> None:
    open_menu(page)
    page.locator(f'a.md-select__link[hreflang="{language}"]').click()


def test_the_language_menu_keeps_the_mistake_in_both_directions(sized: Any, site_url: str) -> None:
    page = sized
    page.goto(f"{site_url}checklists/exit/#ext-02")
    switch_to(page, "fr")
    page.wait_for_url(re.compile(r"/playbook/fr/checklists/exit/#ext-02$"))
    assert page.locator("html").get_attribute("lang") == "fr"
    switch_to(page, "en")
    page.wait_for_url(re.compile(r"/playbook/checklists/exit/#ext-02$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.console_errors == []


def test_the_language_menu_keeps_the_place_after_instant_navigation(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}checklists/")
    page.locator("article a[href$='exit/']").first.click()  # Material swaps the page without loading it
    page.wait_for_url(re.compile(r"/checklists/exit/$"))
    # the mistake's own permalink (Material made the new page's links absolute when it swapped it in)
    page.locator("article a.headerlink[href$='#ext-02']").click()
    page.wait_for_url(re.compile(r"/checklists/exit/#ext-02$"))
    switch_to(page, "fr")
    page.wait_for_url(re.compile(r"/playbook/fr/checklists/exit/#ext-02$"))
    page.locator("article a.headerlink[href$='#ext-03']").click()
    page.wait_for_url(re.compile(r"/fr/checklists/exit/#ext-03$"))
    switch_to(page, "en")
    page.wait_for_url(re.compile(r"/playbook/checklists/exit/#ext-03$"))
    assert page.console_errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_menu_marks_the_current_language_visibly(sized: Any, site_url: str, scheme: str) -> None:
    page = sized
    page.emulate_media(color_scheme=scheme)
    for path, here, there in (("fr/checklists/exit/", "fr", "en"), ("checklists/exit/", "en", "fr")):
        page.goto(f"{site_url}{path}")
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", SCHEMES[scheme])
        open_menu(page)
        current = page.locator(f'a.md-select__link[hreflang="{here}"]')
        expect(current).to_have_attribute("aria-current", "true")
        assert page.locator(f'a.md-select__link[hreflang="{there}"]').get_attribute("aria-current") is None
        tick = current.evaluate("link => getComputedStyle(link, '::before').content")
        assert "✓" in tick, tick
        weights = [page.locator(f'a.md-select__link[hreflang="{lang}"]').evaluate(
            "link => Number(getComputedStyle(link).fontWeight)") for lang in (here, there)]
        assert weights[0] > weights[1], weights
        serious, report = serious_violations(page)
        assert serious == [], report


def test_without_javascript_the_menu_still_leads_to_the_other_editions_page(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}fr/checklists/exit/")
        href = page.locator('a.md-select__link[hreflang="en"]').get_attribute("href")
        page.goto(f"{site_url}fr/checklists/exit/{href}")
        assert page.url == f"{site_url}checklists/exit/"
    finally:
        context.close()


def test_the_french_header_and_titles_carry_the_translated_name(sized: Any, site_url: str) -> None:
    page = sized
    page.goto(f"{site_url}fr/checklists/exit/")
    assert page.title().endswith(f" - {TITLE}")
    expect(page.locator(".md-header__topic").first).to_have_text(TITLE)
    assert page.locator(".md-header .md-logo").get_attribute("aria-label") == TITLE
    assert "Outsourcing Playbook" not in page.content()
    page.goto(site_url)
    expect(page.locator(".md-header__topic").first).to_have_text("Outsourcing Playbook")
