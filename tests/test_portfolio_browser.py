"""The portfolio page in the real Chromium: the shared fixture results (tests/fixtures/portfolio/) give the
numbers `playbook report` gives (expected.json); bad files are refused by name; CSV, print, axe and keyboard.

Every page is guarded by conftest's ``page``: a request that leaves 127.0.0.1 fails the test, and so does any
console error.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FOLDER = Path(__file__).parent / "fixtures" / "portfolio"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
RESULTS = sorted(path for path in FOLDER.glob("*.json") if path.name != "expected.json")


@pytest.fixture
def portfolio(page, fixture_url: str):
    # the review dates are checked against the day expected.json was computed for
    page.clock.set_fixed_time(f"{EXPECTED['today']}T12:00:00Z")
    page.goto(fixture_url + "portfolio/")
    page.wait_for_selector("#pb-portfolio[data-ready]")
    yield page
    assert page.console_errors == []


def open_files(page, paths: list[Path]) -> None:
    page.get_by_label("Open result files").set_input_files(paths)
    page.wait_for_selector(".pb-pf-messages .pb-as-msg")


def table_rows(page, selector: str) -> dict[str, list[str]]:
    """A table's body rows by their header cell: the other cells' texts."""
    rows = page.locator(f"{selector} tbody tr")
    found = {}
    for index in range(rows.count()):
        row = rows.nth(index)
        found[row.locator("th").inner_text().strip()] = [cell.strip() for cell in row.locator("td").all_inner_texts()]
    return found


def number(text: str) -> int | None:
    return None if text == "–" else int(text)


def test_the_fixture_results_give_the_reports_numbers(portfolio) -> None:
    page = portfolio
    open_files(page, RESULTS)
    assert "3 results of 3 files read" in page.locator(".pb-pf-messages").inner_text()
    heat = table_rows(page, "table.pb-pf-heatmap")
    subjects = table_rows(page, "table.pb-pf-subjects")
    assert sorted(heat) == sorted(EXPECTED["subjects"])
    for name, expected in EXPECTED["subjects"].items():
        alpha, beta, overall = (number(text) for text in heat[name])
        assert {"alpha": alpha, "beta": beta, "overall": overall} == expected["scores"], name
        score, flagged, _situation, day, criticality, review, results = subjects[name]
        assert (number(score), day, criticality) == (expected["scores"]["overall"], expected["date"],
                                                     expected["criticality"])
        assert flagged == f"{len(expected['flagged'])} of 3"  # the fixture's three mistakes apply to large ones
        assert review.startswith(expected["next_review"])
        assert ("OVERDUE" in review.upper()) == expected["overdue"], name
        assert results.startswith(f"{expected['results']} result")
    shared = table_rows(page, "table.pb-pf-shared")
    assert {key.split(" · ")[0]: int(cells[1].split(" of ")[0]) for key, cells in shared.items()} == EXPECTED["shared"]
    for name, trend in EXPECTED["trends"].items():
        table = page.locator("table.pb-pf-trend", has=page.locator("caption", has_text=name))
        assert f"{trend['from']} → {trend['to']}" in table.locator("caption").inner_text()
        rows = table_rows(page, f"table.pb-pf-trend:has(caption:has-text('{name}'))")
        got = {title: [number(cells[0]), number(cells[1])] for title, cells in rows.items()}
        assert got == {"Alpha phase": trend["scores"]["alpha"], "Beta phase": trend["scores"]["beta"],
                       "Overall": trend["scores"]["overall"]}


def test_bad_files_are_refused_by_name_with_the_reason(portfolio, tmp_path: Path) -> None:
    page = portfolio
    (tmp_path / "notes.txt").write_text("not json", encoding="utf-8")
    (tmp_path / "other.json").write_text(json.dumps({"format": "something"}), encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    open_files(page, [tmp_path / "notes.txt", tmp_path / "other.json", tmp_path / "deep.json", RESULTS[0]])
    messages = page.locator(".pb-pf-messages").inner_text()
    assert "“deep.json” was refused: it is nested too deeply to be a self-assessment." in messages
    assert "“notes.txt” was refused: it is not a JSON file." in messages
    assert "“other.json” was refused: it is not a self-assessment exported from this site." in messages
    assert page.locator("table.pb-pf-heatmap tbody tr").count() == 1


def test_the_findings_download_as_csv_with_one_row_per_subject_and_mistake(portfolio) -> None:
    page = portfolio
    open_files(page, RESULTS)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the findings (CSV)").click()
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = {(name, mistake) for name, subject in EXPECTED["subjects"].items() for mistake in subject["flagged"]}
    assert {(row["Subject"], row["Mistake"]) for row in rows} == expected


def test_axe_finds_no_serious_or_critical_violation(portfolio) -> None:
    page = portfolio
    open_files(page, [*RESULTS, Path(__file__)])
    results = Axe().run(page, context={"exclude": [[".md-footer"]]}, options={
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"],
    })
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], results.generate_report()


def test_the_page_works_with_the_keyboard(portfolio) -> None:
    page = portfolio
    # Playwright turns on file-chooser interception without waiting for it; subscribing before the
    # first key press makes sure the chooser is intercepted rather than lost to a race.
    page.on("filechooser", lambda _chooser: None)
    page.locator("p.pb-pf-intro a").first.focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "pb-pf-files":
            break
    assert page.evaluate("document.activeElement.id") == "pb-pf-files"
    outline = page.evaluate("getComputedStyle(document.querySelector('label[for=pb-pf-files]')).outlineStyle")
    assert outline not in ("", "none")  # the focused picker shows on its label
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(RESULTS)
    page.wait_for_selector("table.pb-pf-heatmap")
    # focus goes to the results' first heading; the actions are just before it
    expect(page.locator("#pb-pf-first")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.pb-pf-concern').dataset.subject") == "Vendor B"
    for _ in range(3):  # back past "Remove the loaded results" and "Print the portfolio"
        page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Download the findings (CSV)"
    with page.expect_download():
        page.keyboard.press("Enter")


def test_print_keeps_the_tables_and_hides_the_controls(portfolio) -> None:
    page = portfolio
    open_files(page, RESULTS)
    page.emulate_media(media="print")
    assert page.locator("table.pb-pf-heatmap").is_visible()
    assert page.locator(".pb-pf-load").is_hidden()
    assert page.locator(".pb-pf-actions").is_hidden()


def test_the_assessment_saves_exports_and_imports_the_criticality(page, fixture_url: str, tmp_path: Path) -> None:
    page.goto(fixture_url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    page.locator("[data-tools] > summary").click()  # the name and the criticality are folded with the tools
    group = page.get_by_role("group", name="How critical is this vendor to you?")
    group.get_by_label("High").check()
    page.locator("#alp-q1 input[value='2']").check()
    page.reload()
    page.wait_for_selector("#pb-assessment[data-ready]")
    assert page.get_by_label("High").is_checked()  # saved
    with page.expect_download() as info:
        page.get_by_role("button", name="Export answers").click()
    exported = tmp_path / "result.json"
    exported.write_bytes(Path(info.value.path()).read_bytes())
    assert json.loads(exported.read_text(encoding="utf-8"))["criticality"] == "high"
    page.get_by_label("Low").check()
    page.get_by_label("Import answers").set_input_files(exported)
    page.get_by_role("button", name="Replace my answers").click()  # the page asks before replacing answers
    page.wait_for_selector('.pb-as-messages [data-topic="file"]')
    assert page.get_by_label("High").is_checked()  # imported
    assert page.console_errors == []


def test_files_dropped_on_the_zone_are_read_too(portfolio) -> None:
    page = portfolio
    files = [{"name": path.name, "text": path.read_text(encoding="utf-8")} for path in RESULTS]
    page.evaluate("""files => {
        const transfer = new DataTransfer();
        for (const file of files) transfer.items.add(new File([file.text], file.name, {type: "application/json"}));
        const zone = document.querySelector("[data-drop]");
        zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: transfer, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
    }""", files)
    page.wait_for_selector("table.pb-pf-heatmap")
    assert sorted(table_rows(page, "table.pb-pf-heatmap")) == sorted(EXPECTED["subjects"])


def test_a_page_in_another_language_speaks_it(page, fixture_url: str, tmp_path: Path) -> None:
    """A French page (lang="fr", data-strings from the build) names its tables, dates and refusals in French;
    the findings keep their columns' meaning, in French."""
    from html import escape

    from playbook_builder.i18n.ui import Messages
    from playbook_builder.render.portfolio_strings import portfolio_strings
    from playbook_builder.render.script_strings import page_strings

    french = Messages("fr")
    french._strings.update({"Subjects": "Sujets", "Subject": "Sujet", "it is not a JSON file": "ce n'est pas un "
                            "fichier JSON", "“%(file)s” was refused: %(reason)s.": "« %(file)s » a été refusé : "
                            "%(reason)s.", "Mistake": "Erreur"})
    words = escape(json.dumps(page_strings(french, portfolio_strings), ensure_ascii=False))

    def in_french(route) -> None:  # type: ignore[no-untyped-def]
        body = route.fetch().text()
        body = body.replace('<html lang="en"', '<html lang="fr"', 1)
        body = body.replace('id="pb-portfolio"', f'id="pb-portfolio" data-strings="{words}"', 1)
        route.fulfill(body=body, headers={"content-type": "text/html; charset=utf-8"})

    page.clock.set_fixed_time(f"{EXPECTED['today']}T12:00:00Z")
    page.route("**/portfolio/", in_french)
    page.goto(fixture_url + "portfolio/")
    page.wait_for_selector("#pb-portfolio[data-ready]")
    (tmp_path / "notes.txt").write_text("not json", encoding="utf-8")
    open_files(page, [tmp_path / "notes.txt", *RESULTS])
    assert "« notes.txt » a été refusé : ce n'est pas un fichier JSON." in page.locator(".pb-pf-messages").inner_text()
    assert page.locator("#pb-pf-subjects").inner_text() == "Sujets"
    name, expected = next(iter(EXPECTED["subjects"].items()))
    day = table_rows(page, "table.pb-pf-subjects")[name][3]
    year, month, date = expected["date"].split("-")
    assert day.startswith(str(int(date))) and day.endswith(year) and "-" not in day  # "9 mars 2026"
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the findings (CSV)").click()
    header = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Sujet,Side,Date,")
    assert page.console_errors == []
