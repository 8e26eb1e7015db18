"""Checklist pages on a phone: each mistake folds under its heading, opens by anchor, link, search and for paper, the
summary's titles link to their mistakes, every mistake leads back to the summary, and each target is 24 px at least.
The fixture site is built as the shipped one runs: instant navigation, search highlighting and permanent links."""

from __future__ import annotations

import re
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import FIXTURE, mkdocs_build, write_project

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
FEATURES = "  features: [navigation.instant, search.highlight]\n  palette:\n    - scheme: default\n    - scheme: slate\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory, local_server) -> str:
    folder = tmp_path_factory.mktemp("fold")
    content = folder / "checklists"
    shutil.copytree(FIXTURE, content)
    # Material's instant navigation only takes over links listed in the sitemap, which needs the site's address.
    config = write_project(folder, content, extra_config=f"site_url: {local_server.base}fold/\n")
    text = config.read_text(encoding="utf-8").replace("  font: false\n", "  font: false\n" + FEATURES, 1)
    config.write_text(text.replace(" toc,", " {toc: {permalink: true}},", 1), encoding="utf-8")
    return local_server.serve(mkdocs_build(config, folder / "site"), "fold")


def visit(page, url: str, size: dict, folds: bool = True) -> None:
    page.set_viewport_size(size)
    page.goto(url)
    if folds:
        page.wait_for_selector(".pb-fold__button")


def button(page, anchor: str):
    return page.locator(f"#{anchor} > .pb-fold__button")


def assert_folds(page, states: dict[str, bool]) -> None:
    """Each mistake's button says it is open or folded, and its body shows or hides to match."""
    for anchor, open_ in states.items():
        expect(button(page, anchor)).to_have_attribute("aria-expanded", str(open_).lower())
        body = page.locator(f"#{anchor}-body")
        (expect(body).to_be_visible if open_ else expect(body).to_be_hidden)()


def test_a_phone_shows_the_headings_folded_and_a_button_opens_each(page, site: str) -> None:
    visit(page, site + "checklists/alpha/", PHONE)
    assert_folds(page, {"alp-01": False, "alp-02": False})
    heading = page.locator("#alp-01")
    expect(heading).to_be_visible()
    assert page.locator("#alp-01").evaluate("h => h.tagName") == "H2"
    expect(button(page, "alp-01")).to_have_attribute("aria-controls", "alp-01-body")
    expect(button(page, "alp-01")).to_contain_text("ALP-01 · Choosing the cheapest bid")
    expect(page.locator("#alp-01 > .headerlink")).to_have_count(1)  # the permanent link stays beside the button
    button(page, "alp-01").click()
    assert_folds(page, {"alp-01": True, "alp-02": False})
    page.keyboard.press("Enter")  # the focused button folds it again
    assert_folds(page, {"alp-01": False})
    everything = page.locator("[data-fold-all]")
    expect(everything).to_have_text("Open all mistakes")
    everything.click()
    assert_folds(page, {"alp-01": True, "alp-02": True})
    expect(everything).to_have_text("Fold all mistakes")
    assert page.console_errors == []


def test_a_laptop_shows_them_open_and_can_fold_them_all(page, site: str) -> None:
    visit(page, site + "checklists/alpha/", LAPTOP)
    assert_folds(page, {"alp-01": True, "alp-02": True})
    page.locator("[data-fold-all]").click()
    assert_folds(page, {"alp-01": False, "alp-02": False})


def test_without_scripts_every_mistake_is_open(browser, site: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(site + "checklists/alpha/")
        expect(page.locator("#alp-02-body")).to_be_visible()
        expect(page.locator(".pb-fold__button")).to_have_count(0)
        expect(page.locator(".pb-fold-all")).to_be_hidden()
    finally:
        context.close()


@pytest.mark.parametrize("anchor", ["alp-02", "alp-02-m1"])
def test_an_address_opens_its_mistake_on_load(page, site: str, anchor: str) -> None:
    visit(page, f"{site}checklists/alpha/#{anchor}", PHONE)
    assert_folds(page, {"alp-01": False, "alp-02": True})
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()
    expect(page.locator("#alp-02-m1 .pb-mitigation-id")).to_have_text("ALP-02-M1")  # the id stays, with its anchor


def test_a_link_from_another_page_opens_its_mistake_after_instant_navigation(page, site: str) -> None:
    visit(page, site + "mistakes/", PHONE, folds=False)
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-content a[href$='checklists/alpha/#alp-02']").first.click()
    page.wait_for_url("**/checklists/alpha/#alp-02")
    assert_folds(page, {"alp-01": False, "alp-02": True})
    assert page.evaluate("window.__sameDocument") is True, "the link reloaded the page instead"
    expect(page.locator("#alp-02")).to_be_in_viewport()


def test_links_within_the_page_open_their_mistake_and_lead_back(page, site: str) -> None:
    visit(page, site + "checklists/alpha/", PHONE)
    title = page.locator("#summary tr[data-mistake='ALP-02'] a")
    expect(title).to_have_text("Skipping past work samples")  # the whole title is the link
    title.click()
    assert_folds(page, {"alp-01": False, "alp-02": True})
    expect(page.locator("#alp-02")).to_be_in_viewport()
    back = page.locator("#alp-02-body .pb-back a")
    expect(back).to_have_text("Back to the list of mistakes")
    back.click()
    expect(page.locator("#summary")).to_be_in_viewport()
    page.evaluate("location.hash = '#alp-01-m2'")  # a hashchange the page did not start
    assert_folds(page, {"alp-01": True})
    expect(page.locator("#alp-01-m2")).to_be_in_viewport()


def test_a_search_result_opens_its_mistake(page, site: str) -> None:
    visit(page, site + "", PHONE, folds=False)
    page.evaluate("window.__sameDocument = true")
    page.locator("label.md-header__button[for='__search']").click()
    field = page.locator("input.md-search__input")
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("el => el.textContent && !/initializ/i.test(el.textContent)", arg=meta.element_handle())
    field.fill("samples")
    field.press("End")
    result = page.locator(".md-search-result a[href*='checklists/alpha/'][href$='#alp-02']").first
    expect(result).to_have_attribute("href", re.compile(r"/checklists/alpha/\?h=samples#alp-02$"))
    result.click()
    page.wait_for_url("**/checklists/alpha/?h=samples#alp-02")
    assert_folds(page, {"alp-01": False, "alp-02": True})
    assert page.evaluate("window.__sameDocument") is True


def test_a_search_for_the_page_opens_the_mistakes_that_hold_its_words(page, site: str) -> None:
    visit(page, site + "checklists/alpha/?h=staffing", PHONE)
    assert_folds(page, {"alp-01": True, "alp-02": False})


def test_paper_shows_every_mistake(page, site: str) -> None:
    visit(page, site + "checklists/alpha/", PHONE)
    page.emulate_media(media="print")  # the print style alone shows them, as when a browser prints without events
    expect(page.locator("#alp-01-body")).to_be_visible()
    expect(page.locator("#alp-01-body .pb-back")).to_be_hidden()
    page.evaluate("dispatchEvent(new Event('beforeprint'))")
    assert_folds(page, {"alp-01": True, "alp-02": True})
    page.evaluate("dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert_folds(page, {"alp-01": False, "alp-02": False})


def test_every_target_is_24_px_at_least_on_a_phone(page, site: str) -> None:
    visit(page, site + "checklists/alpha/", PHONE)
    page.locator("[data-fold-all]").click()
    sizes = page.evaluate("""() => [...document.querySelectorAll(
        '#summary a, .pb-fold__button, [data-fold-all], .pb-back a')].map(e => {
        const r = e.getBoundingClientRect();
        return [e.textContent.trim().slice(0, 30), Math.round(r.width), Math.round(r.height)];
    })""")
    assert len(sizes) == 2 + 2 + 1 + 2
    assert [size for size in sizes if size[1] < 24 or size[2] < 24] == []


@pytest.mark.parametrize("path", ["checklists/alpha/", "roles/buyer/"])
def test_mitigations_are_marked_as_actions_not_boxes_to_tick(page, site: str, path: str) -> None:
    visit(page, site + path, LAPTOP, folds=False)
    icons = page.locator(".pb-tasks > li").first.evaluate("""li => {
        const root = getComputedStyle(document.documentElement);
        const marker = getComputedStyle(li, '::before');
        return [marker.maskImage || marker.webkitMaskImage, root.getPropertyValue('--md-details-icon'),
                root.getPropertyValue('--md-tasklist-icon')];
    }""")
    assert "M8.59 16.58" in icons[0] and "M8.59 16.58" in icons[1]  # Material's chevron, the icon of its notes
    assert icons[0] != icons[2] and "M8.59 16.58" not in icons[2]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("folded", [True, False])
def test_axe_finds_nothing_folded_or_open(page, site: str, scheme: str, folded: bool) -> None:
    page.emulate_media(color_scheme=scheme)
    visit(page, site + "checklists/alpha/", PHONE)
    if scheme == "dark":
        page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    if not folded:
        page.locator("[data-fold-all]").click()
        assert_folds(page, {"alp-01": True, "alp-02": True})
    page.wait_for_timeout(300)  # Material eases colours in
    results = Axe().run(page, context={"include": [[".md-content"]]}, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
        "resultTypes": ["violations"]})
    assert results.response["violations"] == [], results.generate_report()


def test_open_all_counts_only_the_mistakes_the_situation_leaves(page, site: str) -> None:
    visit(page, site + "checklists/alpha/", PHONE)
    page.wait_for_selector("[data-pb-situation][data-ready]")
    box = page.locator(".pb-situation__box")
    if not box.evaluate("box => box.open"):
        box.locator("> summary").click()
    page.locator("#pb-fact-size").select_option("small")  # ALP-02 is for large organisations only
    expect(page.locator("#alp-02")).to_be_hidden()
    button(page, "alp-01").click()
    expect(page.locator("[data-fold-all]")).to_have_text("Fold all mistakes")
    page.locator("#pb-fact-size").select_option("large")
    expect(page.locator("[data-fold-all]")).to_have_text("Open all mistakes")
