""""Your situation" in the real Chromium: the panel, what it hides on the pages and on paper, and the
self-assessment that asks, scores, exports and shares only what applies.

The fixture playbook's scope.yml asks `size` (small, large) and `vendor-location`; ALP-02 applies only to a large
organisation, so a small business loses ALP-02 everywhere and ALP-Q2 (which detects only ALP-02) in the assessment.
ALP-01 has a small-business note. Every page is guarded like conftest's ``page``: a request that leaves 127.0.0.1
fails the test, and so does any console error.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from test_assessment_browser import (
    CASES,
    STORAGE_BLOCKED,
    VERSION,
    answer,
    checked,
    download,
    flagged,
    guarded,
    load_file,
    messages,
    replace_with,
    shown_scores,
)

from conftest import FIXTURE, mkdocs_build, write_project

pytestmark = pytest.mark.browser

#: Where the fixture site keeps the situation: one key per site root.
SITUATION_KEY = "playbook-situation:/fixture/"
SMALL = "A small business with no procurement or legal team"
SMALL_SUMMARY = "Your situation: a small business with no procurement or legal team."


# ---------- helpers ----------


def ready(page) -> None:
    page.wait_for_selector("[data-pb-situation][data-ready]")


def open_panel(page) -> None:
    if not page.locator(".pb-situation__box").evaluate("box => box.open"):
        page.locator(".pb-situation__box > summary").click()


def choose(page, fact: str, option: str) -> None:
    """Answer a scoping fact in the panel ("" for Not answered)."""
    open_panel(page)
    page.locator(f"#pb-fact-{fact}").select_option(option)


def stored_situation(page, key: str = SITUATION_KEY) -> dict | None:
    text = page.evaluate("key => localStorage.getItem(key)", key)
    return None if text is None else json.loads(text)


def hidden_by_scope(page) -> bool:
    """Whether ALP-02 is hidden on a checklist page: its section, its table-of-contents entry, its table row."""
    parts = ["#alp-02", '.md-sidebar--secondary .md-nav__link[href="#alp-02"]', 'table a[href="#alp-02"]']
    states = {part: page.locator(part).first.is_visible() for part in parts}
    assert len(set(states.values())) == 1, states  # all hidden or all shown
    return not states[parts[0]]


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical findings on the panel and the notes (the rest of the page is the theme's and
    the other tests')."""
    results = Axe().run(page, context={"include": [["[data-pb-situation]"], ["[data-scope-note]"]]}, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"],
    })
    return [f"{v['id']} ({v['impact']}): " + "; ".join(f"{node['target']} {node['failureSummary']}" for node in v["nodes"])
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.fixture
def checklist(page, fixture_url: str):
    page.goto(fixture_url + "checklists/alpha/")
    ready(page)
    yield page
    assert page.console_errors == []


@pytest.fixture
def assessment(page, fixture_url: str):
    page.goto(fixture_url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    ready(page)
    yield page
    assert page.console_errors == []


def build_site(tmp_path_factory, local_server, name: str, theme: str) -> str:
    """The fixture playbook with more `theme:` settings, served under /<name>/."""
    folder = tmp_path_factory.mktemp(name)
    content = folder / "checklists"
    shutil.copytree(FIXTURE, content)
    # Material's instant navigation only takes over links listed in the sitemap, which needs the site's address
    config = write_project(folder, content, extra_config=f"site_url: {local_server.base}{name}/\n")
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  font: false\n", "  font: false\n" + theme, 1), encoding="utf-8")
    return local_server.serve(mkdocs_build(config, folder / "site"), name)


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory, local_server) -> str:
    """With Material's instant navigation on, as in the shipped mkdocs.yml."""
    return build_site(tmp_path_factory, local_server, "situation-instant", "  features: [navigation.instant]\n")


@pytest.fixture(scope="module")
def schemes_url(tmp_path_factory, local_server) -> str:
    """With a light and a dark scheme, as in the shipped mkdocs.yml."""
    return build_site(tmp_path_factory, local_server, "situation-schemes",
                      "  palette:\n    - scheme: default\n    - scheme: slate\n")


# ---------- pages ----------


def test_a_small_business_sees_fewer_mistakes_and_is_told_so(checklist, fixture_url: str) -> None:
    page = checklist
    panel = page.locator("[data-pb-situation]")
    assert panel.is_visible()  # there from the first paint, so nothing moves when the script takes it over
    note = page.locator("[data-scope-note]")
    assert note.is_hidden() and not hidden_by_scope(page)
    assert page.locator("[data-situation-summary]").is_hidden()

    choose(page, "size", "small")
    assert hidden_by_scope(page)
    assert page.locator("#alp-01").is_visible()
    assert note.is_visible()
    button = note.get_by_role("button")
    assert note.inner_text().startswith("1 of 2 mistakes is hidden as not applying to your situation.")
    assert button.inner_text() == "Show all" and button.get_attribute("aria-pressed") == "false"
    assert page.locator("[data-situation-summary]").inner_text() == SMALL_SUMMARY
    # the small-business note moves up, right under its mistake's summary
    after_summary = "document.querySelector('p.pb-summary[data-summary=ALP-01]').nextElementSibling"
    assert page.evaluate(f"{after_summary}.dataset.smallBusiness") == "ALP-01"
    assert stored_situation(page) == {"format": "playbook-situation", "answers": {"size": "small"}}

    button.click()
    assert not hidden_by_scope(page)
    assert button.inner_text() == "Hide them again" and button.get_attribute("aria-pressed") == "true"
    assert "do not apply" in note.inner_text() or "does not apply" in note.inner_text()
    button.click()
    assert hidden_by_scope(page)

    # a larger organisation: everything applies, the note goes, the small-business note goes back to its place and
    # leaves the page, since it speaks of someone else; unanswered, it shows again
    choose(page, "size", "large")
    assert not hidden_by_scope(page) and note.is_hidden()
    assert page.evaluate(f"{after_summary}.dataset.smallBusiness") is None
    assert page.locator(".pb-small-business").is_hidden()
    assert page.locator("[data-situation-summary]").inner_text() == "Your situation: a larger organisation."
    choose(page, "size", "")
    assert page.locator(".pb-small-business").is_visible()

    # the answers hold on every page of the site: the mistakes index hides the row and the list item
    choose(page, "size", "small")
    page.goto(fixture_url + "mistakes/")
    ready(page)
    links = page.locator('.md-content li a[href$="#alp-02"], .md-content tr a[href$="#alp-02"]')
    assert links.count() == 2 and all(not links.nth(i).is_visible() for i in range(2))
    assert page.locator('.md-content a[href$="#alp-01"]').first.is_visible()
    assert page.locator("[data-scope-note]").inner_text().startswith("1 of 3 mistakes is hidden")
    assert page.locator("#pb-fact-size").input_value() == "small"

    open_panel(page)
    page.get_by_role("button", name="Clear my situation").click()
    assert page.locator('.md-content li a[href$="#alp-02"]').is_visible()
    assert stored_situation(page) is None
    assert page.locator("#pb-fact-size").input_value() == ""


def test_the_print_view_prints_what_is_shown_and_names_the_situation(page, fixture_url: str) -> None:
    page.goto(fixture_url + "print/alpha/")
    ready(page)
    choose(page, "size", "small")
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        assert page.locator('li.pb-item[data-mistake="ALP-01"]').is_visible(), media
        assert page.locator('li.pb-item[data-mistake="ALP-02"]').is_hidden(), media
        assert page.locator("[data-situation-summary]").inner_text() == SMALL_SUMMARY
        assert page.locator("[data-situation-summary]").is_visible(), media
    # on paper the panel's controls go, the sentence stays
    assert page.locator(".pb-situation__box").is_hidden()
    assert page.locator("[data-scope-note]").is_visible()
    assert page.locator("[data-scope-note] button").is_hidden()
    page.emulate_media(media="screen")
    page.locator("[data-scope-note] button").click()  # Show all: paper shows them too
    page.emulate_media(media="print")
    assert page.locator('li.pb-item[data-mistake="ALP-02"]').is_visible()
    assert page.console_errors == []


@pytest.mark.parametrize(("path", "item", "note"), [
    ("roles/buyer/", '.md-content li:has(> a[href$="#alp-02"])', "1 of 2 mistakes is hidden"),
    ("print/", 'li.pb-item[data-mistake="ALP-02"]', "1 of 3 mistakes is hidden"),
], ids=["role-page", "booklet"])
def test_role_pages_and_the_booklet_hide_what_does_not_apply(page, fixture_url: str, path, item, note) -> None:
    page.goto(fixture_url + path)
    ready(page)
    assert page.locator(item).is_visible()
    choose(page, "size", "small")
    assert page.locator(item).is_hidden()
    assert page.locator("[data-scope-note]").inner_text().startswith(note)
    page.reload()  # kept for the whole site
    ready(page)
    assert page.locator(item).is_hidden()
    assert page.locator("[data-situation-summary]").inner_text() == SMALL_SUMMARY
    assert page.console_errors == []


def test_the_answers_outlive_instant_navigation_even_without_storage(page, instant_url: str) -> None:
    page.add_init_script(STORAGE_BLOCKED)
    page.goto(instant_url + "checklists/alpha/")
    ready(page)
    choose(page, "size", "small")
    assert hidden_by_scope(page)
    page.evaluate("window.__sameDocument = true")
    # The old page's panel is marked: the URL changes before Material swaps the content in, so waiting for a ready
    # panel alone could find the old one.
    page.evaluate("document.querySelector('[data-pb-situation]').setAttribute('data-old-view', '')")
    page.locator(".md-sidebar--primary").get_by_role("link", name="All mistakes").click()
    page.wait_for_url("**/mistakes/")
    page.wait_for_selector("[data-pb-situation][data-ready]:not([data-old-view])")
    assert page.evaluate("window.__sameDocument") is True  # no reload: the script bound the new page view
    assert page.locator("#pb-fact-size").input_value() == "small"
    # The panel is marked ready as it starts, just before it applies the answers: wait for the hiding.
    expect(page.locator('.md-content li a[href$="#alp-02"]')).to_be_hidden()
    assert page.locator("[data-scope-note]").inner_text().startswith("1 of 3 mistakes is hidden")
    choose(page, "size", "")  # the controls work after the swap
    assert page.locator('.md-content li a[href$="#alp-02"]').is_visible()
    assert page.console_errors == []


def test_a_broken_panel_is_reported_once_and_hides_nothing(page, fixture_url: str) -> None:
    def broken(route) -> None:  # type: ignore[no-untyped-def]
        response = route.fetch()
        body, count = re.subn(r"\sdata-situation-summary(=\"[^\"]*\")?(?=[\s>])", "", response.text(), count=1)
        assert count == 1, "the page no longer has what this test removes"
        route.fulfill(response=response, body=body)

    page.route("**/fixture/checklists/alpha/", broken)
    page.goto(fixture_url + "checklists/alpha/")
    page.evaluate("key => localStorage.setItem(key, JSON.stringify({format: 'playbook-situation', "
                  "answers: {size: 'small'}}))", SITUATION_KEY)
    page.console_errors.clear()  # one error per page load: count the reload's
    page.reload()
    page.wait_for_load_state("load")
    page.wait_for_selector("[data-pb-situation][data-ready]", state="attached")
    assert len(page.console_errors) == 1, page.console_errors
    assert "[data-situation-summary]" in page.console_errors[0]
    assert page.locator("[data-pb-situation]").is_hidden()
    assert page.locator("#alp-02").is_visible()


# ---------- the self-assessment ----------


def test_a_small_business_is_asked_fewer_questions_and_scored_on_those(assessment, tmp_path: Path) -> None:
    page = assessment
    # the facts are folded, so that the first question is near the top on a phone; the quick check points to them
    assert not page.locator(".pb-situation__box").evaluate("box => box.open")
    assert "Your situation" in page.locator(".pb-as-modes").inner_text()
    case = CASES["a small business is not asked about past work samples"]
    for question_id, level in case["answers"].items():
        answer(page, question_id, level)
    assert page.locator('[data-progress="overall"]').inner_text() == "3 of 3 answered"

    choose(page, "size", "small")
    assert page.locator("#alp-q2").is_hidden() and page.locator("#alp-q1").is_visible()
    assert shown_scores(page) == case["scores"]
    assert page.locator('[data-progress="alpha"]').inner_text() == "1 of 1"
    assert page.locator('[data-progress="overall"]').inner_text() == "2 of 2 answered"
    assert flagged(page) == case["flagged"] == ["BET-01", "ALP-01"]
    assert "Alpha phase 50" in page.locator("#pb-as-chart-desc").text_content()
    plan = download(page, '[data-action="csv"]', tmp_path, "plan.csv")
    rows = list(csv.reader(io.StringIO(plan.read_text(encoding="utf-8-sig"))))
    assert {row[0].split()[0] for row in rows[1:]} == {"BET-01", "ALP-01"}  # no ALP-02
    saved = json.loads(page.evaluate(f"localStorage.getItem('playbook-assessment:/fixture/assessment/@{VERSION}')"))
    assert saved["situation"] == {"size": "small"}
    assert saved["answers"]["ALP-Q2"]["level"] == 1  # the hidden question's answer is kept

    page.reload()
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert page.locator("#pb-fact-size").input_value() == "small"
    assert page.locator("#alp-q2").is_hidden()
    assert shown_scores(page) == case["scores"]
    assert checked(page) == {"ALP-Q1": "3", "ALP-Q2": "1", "BET-Q1": "2"}

    # a larger organisation is asked ALP-Q2 again, with the answer it had
    choose(page, "size", "large")
    assert page.locator("#alp-q2").is_visible()
    assert page.locator('[data-progress="overall"]').inner_text() == "3 of 3 answered"
    assert "ALP-02" in flagged(page)


def test_the_situation_travels_in_exports_and_imports(assessment, browser, outside_requests, fixture_url,
                                                       tmp_path: Path) -> None:
    page = assessment
    answer(page, "ALP-Q1", 4)
    choose(page, "size", "small")
    choose(page, "vendor-location", "offshore")
    exported = download(page, '[data-action="export"]', tmp_path, "answers.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["situation"] == {"size": "small", "vendor-location": "offshore"}
    assert list(data)[-2:] == ["situation", "answers"]

    context, fresh = guarded(browser, outside_requests)
    try:
        fresh.goto(fixture_url + "assessment/")
        fresh.wait_for_selector("#pb-assessment[data-ready]")
        assert fresh.locator("#alp-q2").is_visible()
        assert "Imported 1 answer and the situation" in load_file(fresh, "Import", exported)
        assert fresh.locator("#pb-fact-size").input_value() == "small"
        assert fresh.locator("#pb-fact-vendor-location").input_value() == "offshore"
        assert fresh.locator("#alp-q2").is_hidden()
        assert fresh.locator('[data-progress="overall"]').inner_text() == "Partial: 1 of 2 questions answered"
        assert stored_situation(fresh)["answers"] == {"size": "small", "vendor-location": "offshore"}
        fresh.reload()  # the import was saved, the situation with it
        fresh.wait_for_selector("#pb-assessment[data-ready]")
        assert fresh.locator("#pb-fact-size").input_value() == "small"
        assert fresh.locator("#alp-q2").is_hidden()

        # a file from before the situation existed keeps the situation as it is; unknown facts are dropped
        older = tmp_path / "older.json"
        older.write_text(json.dumps({"format": "playbook-assessment", "version": VERSION,
                                     "answers": {"BET-Q1": {"level": 2}}}))
        assert "Imported 1 answer from" in replace_with(fresh, older)  # over the answers there are: asked first
        assert fresh.locator("#pb-fact-size").input_value() == "small"
        other = tmp_path / "other.json"
        other.write_text(json.dumps({"format": "playbook-assessment", "version": VERSION,
                                     "situation": {"size": "large", "colour": "blue"},
                                     "answers": {"BET-Q1": {"level": 3}}}))
        replace_with(fresh, other)
        assert stored_situation(fresh)["answers"] == {"size": "large"}
        assert fresh.locator("#alp-q2").is_visible()
        assert fresh.console_errors == []
    finally:
        context.close()


def test_a_share_link_carries_the_situation(assessment, browser, outside_requests) -> None:
    page = assessment
    answer(page, "ALP-Q1", 2)
    choose(page, "size", "small")
    page.get_by_role("button", name="Share as a link").click()
    link = page.locator("[data-share-link]").input_value()
    assert urlsplit(link).fragment == f"answers={VERSION};ALP-Q1:2;size=small"
    choose(page, "size", "large")  # the open link follows the situation
    assert page.locator("[data-share-link]").input_value().endswith(";ALP-Q1:2;size=large")

    context, fresh = guarded(browser, outside_requests)
    try:
        fresh.goto(link)
        fresh.wait_for_selector("#pb-assessment[data-ready]")
        assert "Loaded 1 answer and the situation from a shared link" in messages(fresh)
        assert fresh.locator("#pb-fact-size").input_value() == "small"
        assert fresh.locator("#alp-q2").is_hidden()
        assert checked(fresh) == {"ALP-Q1": "2"}
        assert stored_situation(fresh)["answers"] == {"size": "small"}
        assert fresh.console_errors == []
    finally:
        context.close()


def test_the_comparison_says_when_the_situations_differ(assessment, tmp_path: Path) -> None:
    page = assessment
    answer(page, "ALP-Q1", 1)
    choose(page, "size", "small")
    vendor = tmp_path / "vendor.json"
    vendor.write_text(json.dumps({"format": "playbook-assessment", "version": VERSION, "name": "Vendor Co",
                                  "situation": {"size": "large", "vendor-location": "offshore"},
                                  "answers": {"ALP-Q1": {"level": 5}, "ALP-Q2": {"level": 1}}}))
    load_file(page, "Load a result to compare", vendor)
    text = page.locator('[data-messages="compare"]').inner_text()
    assert "“Your answers” and “Vendor Co” describe different situations (2 scoping facts)" in text
    assert f"How big is your organisation? Your answers: “{SMALL}”; Vendor Co: “A larger organisation”." in text
    assert "Where does the vendor work? Your answers: not answered; Vendor Co: “In another country, or several”." in text
    # both sides are scored on the questions that apply to this side: ALP-Q2 is not counted for the vendor
    assert page.locator('[data-compare-score="alpha"]').inner_text() == "100"
    choose(page, "size", "large")
    choose(page, "vendor-location", "offshore")
    assert "describe different situations" not in page.locator('[data-messages="compare"]').inner_text()
    assert page.locator('[data-compare-score="alpha"]').inner_text() == "67"


# ---------- accessibility ----------


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_axe_finds_no_serious_violation_with_the_panel_open_or_closed(page, schemes_url: str, scheme: str) -> None:
    page.goto(schemes_url + "checklists/alpha/")
    ready(page)
    page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
    background = page.evaluate("getComputedStyle(document.body).getPropertyValue('--md-default-bg-color').trim()")
    assert (scheme == "slate") == (background not in ("#fff", "#ffffff", "white")), background  # the scheme took
    choose(page, "size", "small")  # the note and the summary show
    page.locator("#pb-fact-size").focus()
    assert serious_violations(page) == []
    page.locator(".pb-situation__box > summary").click()
    assert not page.locator(".pb-situation__box").evaluate("box => box.open")
    assert serious_violations(page) == []
    assert page.console_errors == []


def test_the_panel_works_with_the_keyboard_alone(checklist) -> None:
    page = checklist
    summary = page.locator(".pb-situation__box > summary")
    page.locator(".pb-actions a").last.focus()  # the control just before the panel
    page.keyboard.press("Tab")
    assert summary.evaluate("node => node === document.activeElement")
    assert summary.evaluate("node => getComputedStyle(node).outlineStyle") not in ("", "none")
    page.keyboard.press("Enter")
    assert page.locator(".pb-situation__box").evaluate("box => box.open")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "pb-fact-size"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("", "none")
    page.keyboard.press("ArrowDown")  # Not answered -> small
    assert page.locator("#pb-fact-size").input_value() == "small"
    assert hidden_by_scope(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "pb-fact-vendor-location"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.situationClear") == ""
    page.keyboard.press("Tab")  # on to the note's Show all
    assert page.evaluate("document.activeElement.textContent") == "Show all"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("", "none")
    page.keyboard.press("Enter")
    assert not hidden_by_scope(page)
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"
    page.keyboard.press("Space")
    assert hidden_by_scope(page)
    # Clear my situation, from the keyboard: everything shows again and the focus goes back to the first fact
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert not hidden_by_scope(page)
    assert page.evaluate("document.activeElement.id") == "pb-fact-size"


# ---------- an edition with fixed answers ----------


@pytest.fixture(scope="module")
def edition_url(tmp_path_factory, local_server) -> str:
    """The fixture playbook as an edition for small businesses (the plugin's `scope: {size: small}`)."""
    folder = tmp_path_factory.mktemp("situation-edition")
    config = write_project(folder, FIXTURE, plugin_options="      scope:\n        size: small\n")
    return local_server.serve(mkdocs_build(config, folder / "site"), "situation-edition")


def test_an_edition_never_asks_its_fixed_answers_but_acts_on_them(page, edition_url: str, tmp_path: Path) -> None:
    page.goto(edition_url + "checklists/alpha/")
    ready(page)
    assert page.locator("select[data-fact]").evaluate_all("all => all.map(s => s.dataset.fact)") == ["vendor-location"]
    # the fixed size moves the small-business note up without the reader answering anything
    after_summary = "document.querySelector('p.pb-summary[data-summary=ALP-01]').nextElementSibling"
    assert page.evaluate(f"{after_summary}.dataset.smallBusiness") == "ALP-01"
    choose(page, "vendor-location", "offshore")
    assert stored_situation(page, "playbook-situation:/situation-edition/")["answers"] == {"vendor-location": "offshore"}

    page.goto(edition_url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    answer(page, "ALP-Q1", 2)
    exported = download(page, '[data-action="export"]', tmp_path, "answers.json")
    # exports carry the whole situation, the edition's fixed answers included
    assert json.loads(exported.read_text(encoding="utf-8"))["situation"] == {"vendor-location": "offshore", "size": "small"}
    assert page.console_errors == []


def test_a_page_in_another_language_speaks_it(page, fixture_url: str) -> None:
    """A French page (lang="fr", the panel's data-strings from the build) says its note, button and summary in
    French; what it stores keeps its English keys."""
    from html import escape

    from playbook_builder.i18n.ui import Messages
    from playbook_builder.render.script_strings import page_strings, situation_strings

    french = Messages("fr")
    french._strings.update({"Show all": "Tout afficher", "Your situation: %(situation)s.": "Votre situation : "
                            "%(situation)s."})
    french._plurals[("%(count)s of %(total)s mistakes is hidden as not applying to your situation.",
                     "%(count)s of %(total)s mistakes are hidden as not applying to your situation.")] = (
        "%(count)s erreur sur %(total)s est masquée.", "%(count)s erreurs sur %(total)s sont masquées.")
    words = escape(json.dumps(page_strings(french, situation_strings), ensure_ascii=False))

    def in_french(route) -> None:  # type: ignore[no-untyped-def]
        body = route.fetch().text().replace('<html lang="en"', '<html lang="fr"', 1)
        route.fulfill(body=body.replace("data-pb-situation ", f'data-pb-situation data-strings="{words}" ', 1),
                      headers={"content-type": "text/html; charset=utf-8"})

    page.route("**/checklists/alpha/", in_french)
    page.goto(fixture_url + "checklists/alpha/")
    ready(page)
    choose(page, "size", "small")
    note = page.locator("[data-scope-note]")
    assert note.inner_text().startswith("1 erreur sur 2 est masquée.")
    assert note.get_by_role("button").inner_text() == "Tout afficher"
    assert page.locator("[data-situation-summary]").inner_text() == (
        "Votre situation : a small business with no procurement or legal team.")
    assert stored_situation(page) == {"format": "playbook-situation", "answers": {"size": "small"}}
    assert page.console_errors == []
