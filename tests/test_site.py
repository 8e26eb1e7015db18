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


def _french(strings: dict[str, str]):
    from babel.messages.catalog import Catalog

    from playbook_builder.i18n.ui import Messages

    catalog = Catalog(locale="fr")
    for english, text in strings.items():
        catalog.add(english, string=text)
    return Messages("fr", [catalog])


NOT_TRANSLATED = "This item is not translated yet; it is shown in English."


def test_items_shown_in_english_say_so_in_the_edition_language() -> None:
    from playbook_builder.load import load_playbook
    from playbook_builder.render.pages import render_pages

    from conftest import FIXTURE, as_text

    playbook = load_playbook(FIXTURE)[0]
    fr = _french({NOT_TRANSLATED: "Pas encore traduit : affiché en anglais.", "Warning signs": "Signaux d'alerte",
                  "High severity": "Gravité élevée"})
    english_items = {"mistake/ALP-01", "checklist/beta", *(f"case/{case.id}" for case in playbook.cases)}
    pages = as_text(render_pages(playbook, ui=fr, english=english_items))
    alpha = pages["checklists/alpha.md"]
    first, second = alpha.split("## ALP-02", 1)
    assert first.count('<p class="pb-untranslated">Pas encore traduit : affiché en anglais.</p>') == 1
    assert "{ #alp-01 lang=\"en\" }" in first and '<ul lang="en">' in first
    assert "pb-untranslated" not in second and 'lang="en"' not in second
    assert "<strong>Signaux d'alerte</strong>" in alpha and ">Gravité élevée<" in alpha
    beta = pages["checklists/beta.md"]
    assert beta.split("## BET-01", 1)[0].count("pb-untranslated") == 1  # the checklist's own header
    if playbook.cases:
        assert pages["cases.md"].count("pb-untranslated") == len(playbook.cases)
    # The English edition (nothing is ever shown in English in place of a translation) never says so.
    english = as_text(render_pages(playbook))
    assert not any("pb-untranslated" in page or NOT_TRANSLATED in page for page in english.values())


def test_the_content_model_page_translates_the_models_words() -> None:
    from playbook_builder.load import load_playbook
    from playbook_builder.model import SEVERITY_RUBRIC, Severity
    from playbook_builder.problems import FILE_RULES
    from playbook_builder.render.pages import render_pages

    from conftest import FIXTURE, as_text

    rule, text = next(iter(FILE_RULES.items()))
    fr = _french({SEVERITY_RUBRIC[Severity.low]: "Une inefficacité.", text: "Règle traduite.",
                  "The question.": "La question.", "Critical": "Critique"})
    page = as_text(render_pages(load_playbook(FIXTURE)[0], ui=fr))["reference/content-model.md"]
    assert "| **Critique** |" in page and "Une inefficacité." in page
    assert f"| `{rule}` | Règle traduite. |" in page and "| La question. |" in page
