"""The termbase and the law notes in the real Chromium, on the shipped playbook: a term's definition opens from the
keyboard and hides on Escape, the glossary is generated in both editions, and each reader sees their own law first,
open, with the others folded; every state is axe-clean."""

from __future__ import annotations

import pytest
from test_contract_browser import choose, serious

pytestmark = pytest.mark.browser


def test_a_term_s_definition_opens_from_the_keyboard_and_hides_on_escape(page, site_url: str) -> None:
    page.goto(site_url + "checklists/exit/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    term = page.locator(".pb-term").first
    link, tip = term.locator(".pb-term__link"), term.locator(".pb-term__tip")
    assert tip.is_hidden()
    link.focus()
    assert tip.is_visible()
    # A screen reader announces the definition as the link's description.
    described = link.evaluate("a => document.getElementById(a.getAttribute('aria-describedby')).textContent")
    assert described == tip.text_content() and len(described) > 20
    assert serious(page) == []
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    page.keyboard.press("Tab")  # focus moves on: the next term's definition shows again when it gets focus
    link.focus()
    assert tip.is_visible()
    href = link.get_attribute("href")
    link.click()
    page.wait_for_url("**/guide/glossary/**")
    assert page.locator(f"dt#{href.rsplit('#', 1)[1]}").is_visible()
    assert page.console_errors == []


@pytest.mark.parametrize("prefix", ["", "fr/"])
def test_the_glossary_lists_the_termbase_in_each_edition(page, site_url: str, shipped_playbook, prefix: str) -> None:
    page.goto(f"{site_url}{prefix}guide/glossary/")
    assert page.locator("dl.pb-glossary > dt").count() == len(shipped_playbook.terms)
    eba = page.locator("dt#eba")
    assert ("ABE" if prefix else "EBA") in eba.inner_text()
    assert serious(page) == []
    assert page.console_errors == []


def test_each_reader_sees_their_own_law_first(page, site_url: str, shipped_playbook) -> None:
    mistake = shipped_playbook.mistakes["TRN-09"]
    assert {"uk", "fr", "eu", "us"} <= set(mistake.law)
    page.goto(site_url + "checklists/transition/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    notes = page.locator("[data-law-of='TRN-09'] > details")
    assert [n.get_attribute("data-jurisdiction") for n in notes.all()] == list(mistake.law)
    assert all(not n.evaluate("d => d.open") for n in notes.all())  # nobody said where they are: all folded
    for jurisdiction, first in (("uk", ["uk"]), ("us", ["us"]), ("fr", ["fr", "eu"])):
        choose(page, {"jurisdiction": jurisdiction})
        shown = [(n.get_attribute("data-jurisdiction"), n.evaluate("d => d.open")) for n in notes.all()]
        assert [key for key, _ in shown[:len(first)]] == first, shown
        assert [key for key, is_open in shown if is_open] == first
        own = notes.locator(".pb-law-note__own:visible")
        assert own.count() == 1 and own.first.locator("xpath=ancestor::details").get_attribute(
            "data-jurisdiction") == jurisdiction
        assert serious(page) == []
    assert page.console_errors == []


def test_the_print_view_prints_the_reader_s_law_only(page, site_url: str, shipped_playbook) -> None:
    page.goto(site_url + "print/transition/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    section = page.locator("[data-pb-law-sheet]")
    notes, pointer = section.locator("p[data-jurisdiction]"), section.locator("[data-law-any]")
    noted = [m.id for m in shipped_playbook.checklist_of["TRN-09"].mistakes if m.law]
    # No answer: one line names the mistakes whose law differs, so that the phase still fits its pages.
    assert notes.count() >= 4 and not any(n.is_visible() for n in notes.all())
    assert pointer.is_visible() and ", ".join(noted) in pointer.inner_text()

    def printed() -> list[tuple[str, str]]:
        return [(n.evaluate("p => p.parentElement.dataset.lawOf"), n.get_attribute("data-jurisdiction"))
                for n in notes.all() if n.is_visible()]

    choose(page, {"jurisdiction": "uk"})
    assert printed() == [(m, "uk") for m in noted if "uk" in shipped_playbook.mistakes[m].law]
    assert pointer.is_hidden()
    choose(page, {"jurisdiction": "fr"})  # space is short on paper: the French note, the EU one only without it
    expected = [(m, "fr" if "fr" in law else "eu") for m in noted
                if {"fr", "eu"} & set(law := shipped_playbook.mistakes[m].law)]
    assert printed() == expected
    choose(page, {"jurisdiction": "other"})  # no note for that law: back to the one line
    assert pointer.is_visible() and printed() == []
    assert page.console_errors == []


def test_the_assessment_s_recommendations_give_the_reader_s_law(page, site_url: str, shipped_playbook) -> None:
    question = next(q for q in shipped_playbook.questions.values() if "TRN-09" in q.detects)
    page.goto(site_url + "assessment/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    page.locator(f"#{question.id.lower()} input[value='1']").check()
    recommendation = page.locator("[data-recs] > li", has=page.locator("a", has_text="TRN-09"))
    law = recommendation.locator("p", has_text="the checklist page says how")
    assert "the checklist page says how" in law.inner_text()  # nobody said where they are: where it differs
    choose(page, {"jurisdiction": "uk"})
    assert law.inner_text() == "Your law (United Kingdom) treats this differently: the checklist page says how."
    assert serious(page) == []
    assert page.console_errors == []
