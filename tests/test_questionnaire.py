"""``playbook questionnaire``: one self-contained HTML file, opened from file:// in the real Chromium, answered,
saved, exported, and read back by the assessment page (import and comparison) and by the portfolio page.

The browser context here allows file:// (the questionnaire's own address) and 127.0.0.1 only; any other request
fails the test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.commands.local_server import is_local

from conftest import FIXTURE, write_project


@pytest.fixture(scope="module")
def questionnaire_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("questionnaire")
    config = write_project(folder, FIXTURE)
    target = folder / "out" / "vendor beta.html"
    ran = CliRunner().invoke(main, ["questionnaire", "-f", str(config), "-o", str(target), "--name", "Vendor Beta",
                                    "--situation", "size=small"])
    assert ran.exit_code == 0, ran.output
    return target


def test_the_file_is_self_contained_and_asks_what_applies(questionnaire_file: Path) -> None:
    html = questionnaire_file.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html), "the file must not load anything"
    assert "<link" not in html and "<script src" not in html
    assert 'data-question="ALP-Q1"' in html and 'data-question="BET-Q1"' in html
    assert 'data-question="ALP-Q2"' not in html  # ALP-02 applies to large organisations only
    assert "Share as a link" not in html and "How critical is this vendor" not in html


def test_bad_situations_are_refused(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE)
    for value, message in [("size", "is not FACT=OPTION"), ("size=huge", "'huge' is not an option of 'size'"),
                           ("colour=red", "there is no scoping fact 'colour'")]:
        ran = CliRunner().invoke(main, ["questionnaire", "-f", str(config), "-o", str(tmp_path / "q.html"),
                                        "--situation", value])
        assert ran.exit_code != 0 and message in ran.output, ran.output
    assert not (tmp_path / "q.html").exists()


def test_the_file_speaks_the_language_asked_for(tmp_path: Path) -> None:
    """A vendor who works in French gets the questions, levels and the file's own words in French."""
    from conftest import REPO

    config = REPO / "mkdocs.yml"
    target = tmp_path / "fournisseur.html"
    ran = CliRunner().invoke(main, ["questionnaire", "-f", str(config), "-o", str(target), "--name", "Fournisseur",
                                    "--language", "fr"])
    assert ran.exit_code == 0, ran.output
    html = target.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "questionnaire pour Fournisseur" in html
    assert "Exporter les réponses" in html or "Exporter" in html
    assert "Choose the answer closest" not in html and "Overall score" not in html
    assert 'data-question="STR-Q1"' in html and "data-strings=" in html  # ids as in every language
    ran = CliRunner().invoke(main, ["questionnaire", "-f", str(config), "-o", str(tmp_path / "q.html"),
                                    "--language", "de"])
    assert ran.exit_code == 2 and "no catalogue for 'de'" in ran.output and "fr" in ran.output
    assert not (tmp_path / "q.html").exists()


@pytest.fixture
def offline(browser):  # type: ignore[no-untyped-def]
    """A context that allows file:// and 127.0.0.1 only, recording anything else."""
    outside: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        if url.startswith(("file://", "blob:", "data:")) or is_local(url):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context = browser.new_context(accept_downloads=True)
    context.route("**/*", guard)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not outside, f"requests left the file: {outside}"
    assert errors == []


def answer_and_export(page, questionnaire_file: Path, tmp_path: Path) -> dict:  # type: ignore[no-untyped-def]
    page.goto(questionnaire_file.as_uri())
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert page.locator("#pb-as-name").input_value() == "Vendor Beta"
    page.locator("#alp-q1 input[value='5']").check()
    page.locator("#bet-q1 input[value='2']").check()
    assert page.locator('[data-score="overall"]').inner_text() == "75"  # (2 × 1 + 1 × 0.25) / 3
    with page.expect_download() as info:
        page.get_by_role("button", name="Export answers").click()
    exported = tmp_path / "vendor-beta.json"
    exported.write_bytes(Path(info.value.path()).read_bytes())
    return json.loads(exported.read_text(encoding="utf-8"))


@pytest.mark.browser
def test_answered_from_file_saved_and_exported_as_the_vendors_side(offline, questionnaire_file: Path,
                                                                  tmp_path: Path) -> None:
    page = offline
    result = answer_and_export(page, questionnaire_file, tmp_path)
    assert (result["name"], result["side"], result["situation"]) == ("Vendor Beta", "vendor", {"size": "small"})
    assert {key: value["level"] for key, value in result["answers"].items()} == {"ALP-Q1": 5, "BET-Q1": 2}
    page.reload()  # autosaved
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert page.locator("#alp-q1 input[value='5']").is_checked()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]},
                                       "resultTypes": ["violations"]})
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], results.generate_report()


@pytest.mark.browser
def test_without_storage_the_answers_live_in_memory_and_still_export(offline, questionnaire_file: Path,
                                                                     tmp_path: Path) -> None:
    page = offline
    page.add_init_script("Object.defineProperty(window, 'localStorage', "
                         "{get() { throw new DOMException('denied', 'SecurityError'); }})")
    result = answer_and_export(page, questionnaire_file, tmp_path)
    assert "kept only until you close" in page.locator('[data-messages="main"]').inner_text()
    assert result["side"] == "vendor" and len(result["answers"]) == 2


@pytest.mark.browser
def test_the_export_is_read_by_the_assessment_and_the_portfolio(offline, questionnaire_file: Path, tmp_path: Path,
                                                               fixture_url: str) -> None:
    page = offline
    answer_and_export(page, questionnaire_file, tmp_path)
    exported = tmp_path / "vendor-beta.json"
    page.goto(fixture_url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    page.get_by_label("Load a result to compare").set_input_files(exported)
    compare = page.locator('.pb-as-messages [data-topic="compare"]').inner_text()
    assert "Comparing with “Vendor Beta”: 2 answers loaded" in compare
    page.get_by_label("Import answers").set_input_files(exported)
    assert "Imported 2 answers and the situation" in page.locator('.pb-as-messages [data-topic="file"]').inner_text()
    assert page.locator("#pb-as-name").input_value() == "Vendor Beta"
    page.goto(fixture_url + "portfolio/")
    page.wait_for_selector("#pb-portfolio[data-ready]")
    page.get_by_label("Open result files").set_input_files(exported)
    page.wait_for_selector("table.pb-pf-heatmap")
    assert page.locator("table.pb-pf-heatmap tbody th").all_inner_texts() == ["Vendor Beta"]
