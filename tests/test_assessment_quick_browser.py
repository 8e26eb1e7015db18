"""The self-assessment for a small firm, in the real Chromium at phone and laptop sizes: the quick check, the first
question near the top, partial scores called partial, tools folded (and their script loaded) only once there is
something to keep, an import that asks before replacing answers, export names that carry the subject, and several
subjects kept in one browser."""

from __future__ import annotations

import json
from datetime import date

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from test_assessment_browser import (  # noqa: F401 (instant_url is a fixture)
    KEY,
    VERSION,
    answer,
    checked,
    instant_url,
    open_situation,
    progress_text,
    shown_scores,
)

from conftest import assessment_data_in

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
SIZES = pytest.mark.parametrize("size", [PHONE, LAPTOP], ids=["phone", "laptop"])
TOOLS_SCRIPT = "assessment-tools.js"


def start(page, url: str, size: dict[str, int]) -> list[str]:
    """Open the assessment at `size`; returns the list of scripts the page requests, kept up to date."""
    scripts: list[str] = []
    page.on("request", lambda request: request.resource_type == "script" and scripts.append(request.url))
    page.set_viewport_size(size)
    page.goto(url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    return scripts


def visible_questions(page) -> list[str]:
    return page.locator("[data-question]:visible").evaluate_all("sets => sets.map((set) => set.dataset.question)")


def serious_violations(page) -> list[dict]:
    """axe's serious and critical findings in the assessment, target sizes (WCAG 2.2) included; measured once the
    colours have settled (Material's buttons fade to their focus colours)."""
    page.evaluate("Promise.all(document.getAnimations().map((animation) => animation.finished))")
    results = Axe().run(page, context={"include": [["#pb-assessment"]]}, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        "resultTypes": ["violations"],
    })
    found = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    return [{**v, "nodes": [(n["target"], n.get("failureSummary", "")[:300]) for n in v["nodes"]]} for v in found]


def worst_severity(data: dict, question: dict, rank: dict[str, int], hidden: set[str]) -> int:
    ranks = [rank[m] for m in question["detects"] if m not in hidden and m in rank]
    return min(ranks, default=len(data["severities"]))


# ---------- the quick check, on the shipped playbook ----------


@SIZES
def test_the_quick_check_asks_the_most_severe_questions_for_the_situation(page, site_url: str, size) -> None:
    start(page, site_url, size)
    data = assessment_data_in(page.request.get(site_url + "assessment/data.js").text())
    # the first question starts within the first two screens, even on a phone
    top = page.evaluate("document.querySelector('[data-question]').getBoundingClientRect().top + scrollY")
    assert top < 2 * size["height"], top
    full = len(visible_questions(page))
    intro = page.locator("[data-intro]").inner_text()
    assert f"Answer the {full} questions below" in intro  # the intro counts what the counter counts
    assert page.locator('[data-progress="overall"]').inner_text() == f"0 of {full} answered"
    expect(page.get_by_role("button", name=f"Full assessment: {full} questions")).to_have_attribute(
        "aria-pressed", "true")

    open_situation(page)
    page.locator("#pb-fact-size").select_option("small")
    in_scope = set(visible_questions(page))
    assert len(in_scope) < full  # a small firm is asked less
    expect(page.locator("[data-intro]")).to_contain_text(f"Answer the {len(in_scope)} questions below")
    page.get_by_role("button", name="Quick check: 15 questions").click()
    expect(page.get_by_role("button", name="Quick check: 15 questions")).to_have_attribute("aria-pressed", "true")
    quick = visible_questions(page)
    assert len(quick) == 15 and set(quick) <= in_scope
    # the chosen ones detect mistakes at least as severe, for this situation, as any question left out
    severities = page.evaluate("""(data) => Object.fromEntries(Object.entries(data.mistakes).map(([id, m]) =>
        [id, window.playbookSituation.severityFor(m.severity, (data.severity_when || {})[id], window.playbookSituation.answers())]))""", data)
    # a mistake restricted on a fact the reader left blank (a public body's, a freelancer's) counts last
    unsettled = set(page.evaluate("""(data) => Object.keys(data.applies).filter((id) =>
        Object.keys(data.applies[id]).some((fact) => !(fact in window.playbookSituation.answers())))""", data))
    rank = {mistake: len(data["severities"]) if mistake in unsettled else data["severities"].index(severity)
            for mistake, severity in severities.items()}
    hidden = set(page.evaluate("""(data) => Object.keys(data.applies).filter((id) =>
        !window.playbookSituation.applies(data.applies[id], window.playbookSituation.answers()))""", data))
    questions = {question["id"]: question for question in data["questions"]}
    chosen = [worst_severity(data, questions[q], rank, hidden) for q in quick]
    left = [worst_severity(data, questions[q], rank, hidden) for q in in_scope - set(quick)]
    assert max(chosen) <= min(left)
    assert page.locator('[data-progress="overall"]').inner_text() == "0 of 15 answered"
    # the phases without a quick question are left out, their headings too
    phases = {questions[q]["checklist"] for q in quick}
    headings = page.locator("h2.pb-as-phase:visible").evaluate_all("heads => heads.map((head) => head.id)")
    assert set(headings) == phases
    assert serious_violations(page) == []

    # it scores like the full assessment: unanswered questions are left out, not failed
    for question_id in quick[:3]:
        answer(page, question_id, 1)
    assert page.locator('[data-progress="overall"]').inner_text() == "Partial: 3 of 15 questions answered"
    score = page.locator('[data-score="overall"]').inner_text()
    assert score == "0"
    assert page.locator("[data-recs] > li").count() > 0
    # continuing keeps the answers, and the same answers give the same score
    page.get_by_role("button", name="Continue with the full assessment").click()
    assert set(checked(page)) == set(quick[:3])
    assert len(visible_questions(page)) == len(in_scope)
    assert page.locator("h2.pb-as-phase:visible").count() == len(data["checklists"])
    assert page.locator('[data-progress="overall"]').inner_text() == \
        f"Partial: 3 of {len(in_scope)} questions answered"
    assert page.locator('[data-score="overall"]').inner_text() == score
    assert page.console_errors == []


# ---------- tools, partial scores, import, export and subjects, on the fixture playbook ----------


@SIZES
def test_the_tools_stay_folded_and_unloaded_until_there_is_an_answer(page, fixture_url: str, size) -> None:
    scripts = start(page, fixture_url, size)
    tools = page.locator("[data-tools]")
    assert not tools.evaluate("box => box.open")
    export = page.locator('[data-action="export"]')
    assert "md-button--primary" not in (export.get_attribute("class") or "")
    assert not any(url.endswith(TOOLS_SCRIPT) for url in scripts)

    answer(page, "ALP-Q1", 2)
    expect(tools).to_have_js_property("open", True)
    expect(export).to_have_class("md-button md-button--primary")
    expect(page.get_by_role("combobox", name="Subject")).to_be_visible()
    page.wait_for_function("!!window.playbookAssessmentTools")  # opening the tools loaded their script
    assert any(url.endswith(TOOLS_SCRIPT) for url in scripts)
    # a phase partly answered says its score is partial
    assert page.locator('[data-phase-progress="alpha"]').inner_text() == progress_text(1, 2)
    assert page.locator('[data-progress="overall"]').inner_text() == "Partial: 1 of 3 questions answered"
    assert serious_violations(page) == []

    page.reload()
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert tools.evaluate("box => box.open")  # answers kept in the browser: the tools show at once
    assert page.console_errors == []


@SIZES
def test_an_import_over_answers_asks_and_cancel_keeps_them(page, fixture_url: str, size, tmp_path) -> None:
    start(page, fixture_url, size)
    answer(page, "ALP-Q1", 4)
    page.get_by_label("Name for these answers").fill("Acme Ltd")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export answers").click()
    assert info.value.suggested_filename == f"assessment-acme-ltd-{date.today().isoformat()}.json"
    exported = tmp_path / "acme.json"
    info.value.save_as(exported)

    answer(page, "ALP-Q1", 1)
    answer(page, "BET-Q1", 2)
    dialog = page.locator("[data-import-dialog]")
    page.get_by_label("Import answers").set_input_files(exported)
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Cancel")).to_be_focused()
    assert serious_violations(page) == []
    page.keyboard.press("Enter")  # Cancel has the focus
    expect(dialog).to_be_hidden()
    expect(page.locator('[data-topic="file"]')).to_contain_text("was not imported: your answers are unchanged")
    assert checked(page) == {"ALP-Q1": "1", "BET-Q1": "2"}

    page.get_by_label("Import answers").set_input_files(exported)
    expect(dialog).to_be_visible()
    page.keyboard.press("Escape")  # Escape cancels too
    expect(dialog).to_be_hidden()
    assert checked(page) == {"ALP-Q1": "1", "BET-Q1": "2"}

    page.get_by_label("Import answers").set_input_files(exported)
    dialog.get_by_role("button", name="Replace my answers").click()
    expect(page.locator('[data-topic="file"]')).to_contain_text("Imported 1 answer")
    assert checked(page) == {"ALP-Q1": "4"}
    assert page.get_by_label("Name for these answers").input_value() == "Acme Ltd"

    # a quick check says so in its file name
    page.get_by_role("button", name="Quick check: 3 questions").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Export answers").click()
    assert info.value.suggested_filename == f"assessment-acme-ltd-quick-check-{date.today().isoformat()}.json"
    assert page.console_errors == []


@SIZES
def test_two_subjects_are_kept_and_switched(page, fixture_url: str, size) -> None:
    start(page, fixture_url, size)
    answer(page, "ALP-Q1", 4)
    page.get_by_label("Name for these answers").fill("Acme Ltd")
    subject = page.get_by_role("combobox", name="Subject")
    expect(subject.locator("option")).to_have_text(["Acme Ltd"])

    page.get_by_role("button", name="New subject").click()
    assert checked(page) == {}
    expect(page.get_by_label("Name for these answers")).to_be_focused()
    page.keyboard.type("Globex")
    answer(page, "ALP-Q1", 1)
    expect(subject.locator("option")).to_have_text(["Globex", "Acme Ltd"])
    assert shown_scores(page)["alpha"] == 0

    subject.select_option(label="Acme Ltd")
    expect(page.get_by_label("Name for these answers")).to_have_value("Acme Ltd")
    assert checked(page) == {"ALP-Q1": "4"}
    expect(subject.locator("option")).to_have_text(["Acme Ltd", "Globex"])
    assert "Now showing “Acme Ltd”" in page.locator('[data-topic="subject"]').inner_text()
    assert serious_violations(page) == []

    page.reload()  # both are kept in the browser, the one chosen last is current
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert checked(page) == {"ALP-Q1": "4"}
    expect(subject.locator("option")).to_have_text(["Acme Ltd", "Globex"])
    subject.select_option(label="Globex")
    expect(page.get_by_label("Name for these answers")).to_have_value("Globex")
    assert checked(page) == {"ALP-Q1": "1"}
    assert page.console_errors == []


def test_a_single_assessment_kept_before_subjects_becomes_a_subject(page, fixture_url: str) -> None:
    page.goto(fixture_url + "assessment/")
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps({
        "format": "playbook-assessment", "playbook": "Test Playbook", "version": VERSION, "name": "Old Co",
        "saved": "2026-01-01T00:00:00Z", "answers": {"BET-Q1": {"level": 2}}})])
    page.reload()
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert checked(page) == {"BET-Q1": "2"}
    subject = page.get_by_role("combobox", name="Subject")
    expect(subject.locator("option")).to_have_text(["Old Co"])
    page.get_by_role("button", name="New subject").click()
    expect(subject.locator("option")).to_have_text(["Your answers", "Old Co"])
    shelf = json.loads(page.evaluate("localStorage.getItem('playbook-assessment-subjects:/fixture/assessment/')"))
    assert shelf["old-co"]["name"] == "Old Co" and shelf["old-co"]["answers"]["BET-Q1"]["level"] == 2
    assert page.console_errors == []


def test_the_tools_load_when_the_page_came_by_instant_navigation(page, instant_url: str) -> None:  # noqa: F811
    """Material's instant navigation runs the page's script without a reload: the tools still load beside it."""
    page.goto(instant_url + "mistakes/")
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-sidebar--primary").get_by_role("link", name="Self-assessment").click()
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert page.evaluate("window.__sameDocument") is True
    answer(page, "ALP-Q1", 2)
    page.get_by_label("Name for these answers").fill("Initech")
    with page.expect_download() as info:
        page.get_by_role("button", name="Export answers").click()
    assert info.value.suggested_filename == f"assessment-initech-{date.today().isoformat()}.json"
    assert page.console_errors == []
