"""The contract pages in the real Chromium, on the shipped playbook: the situation hides the clauses that do not
apply, the review keeps its marks, lists the gaps (required ones first), exports, imports and prints, the minimum
agreement prints on two pages at most, and every state is axe-clean."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


def serious(page) -> list[str]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]},
                                       "resultTypes": ["violations"]})
    return [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def choose(page, answers: dict[str, str]) -> None:
    box = page.locator(".pb-situation__box")
    if not box.evaluate("box => box.open"):
        box.locator("> summary").click()
    for fact, option in answers.items():
        page.locator(f"#pb-fact-{fact}").select_option(option)


def pdf_pages(page, path: Path, paper: str) -> tuple[int, str]:
    page.emulate_media(media="print")
    page.pdf(path=str(path), format=paper)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1)), text


def test_the_situation_hides_the_clauses_that_do_not_apply(page, site_url: str, shipped_playbook) -> None:
    page.goto(site_url + "contract/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    restricted = [p for p in shipped_playbook.provisions.values() if p.applies_when.get("sector") == ["regulated"]]
    assert restricted, "the shipped library has clauses for regulated readers only"
    assert page.locator("section.pb-provision.pb-scope-hidden").count() == 0
    choose(page, {"sector": "other"})
    hidden = page.eval_on_selector_all("section.pb-provision.pb-scope-hidden", "items => items.map(i => i.id)")
    assert set(p.id for p in restricted) <= set(hidden)
    note = page.locator("[data-scope-note][data-kind=clauses]")
    assert re.match(rf"{len(hidden)} of {len(shipped_playbook.provisions)} clauses (is|are) hidden", note.inner_text())
    assert serious(page) == []
    note.locator("button").click()  # show them all the same
    assert page.locator("section.pb-provision.pb-scope-hidden").count() == 0
    assert page.console_errors == []


def mark(page, provision: str, status: str, note: str = "") -> None:
    page.locator(f'input[name="pb-rv-{provision}"][value="{status}"]').check()
    if note:
        page.locator(f"#pb-rv-{provision}-note").fill(note)


def gap_titles(page) -> list[str]:
    return page.eval_on_selector_all("[data-review-gaps] .pb-review__gap-head a", "links => links.map(a => a.textContent)")


def test_the_review_lists_the_gaps_keeps_them_exports_and_imports(page, site_url: str, shipped_playbook,
                                                                 tmp_path: Path) -> None:
    page.goto(site_url + "contract/review/")
    page.wait_for_selector("#pb-review[data-ready]")
    assert page.locator("[data-review-gaps-empty]").is_visible()
    required = next(p for p in shipped_playbook.provisions.values()
                    if any(f.id == "dora-contracts" for f, _ in shipped_playbook.required_by.get(p.id, []))
                    and not p.applies_when)
    plain = next(p for p in shipped_playbook.provisions.values() if p.id not in shipped_playbook.required_by
                 and not p.applies_when)
    page.locator("#pb-review-name").fill("Acme Cloud <b>2026</b>")
    mark(page, plain.id, "missing", "No such clause in the draft.")
    mark(page, required.id, "weak", "Only 'reasonable endeavours'.")
    assert gap_titles(page) == [plain.title, required.title]  # missing before weak, while no framework binds you
    choose(page, {"sector": "regulated"})
    assert gap_titles(page) == [required.title, plain.title]  # required by a framework that binds you: first
    first = page.locator("[data-review-gaps] > li").first
    assert "Required by:" in first.inner_text() and "DORA" in first.inner_text()
    assert "Your note: Only 'reasonable endeavours'." in first.inner_text()
    assert first.locator(".pb-wording").count() == 1  # the clause's wording comes with the gap
    assert serious(page) == []
    page.reload()
    page.wait_for_selector("#pb-review[data-ready]")
    assert gap_titles(page) == [required.title, plain.title]
    assert page.locator("#pb-review-name").input_value() == "Acme Cloud <b>2026</b>"
    with page.expect_download() as info:
        page.locator('[data-review-action="export"]').click()
    assert re.fullmatch(r"contract-review-acme-cloud-b-2026-b-\d{4}-\d{2}-\d{2}\.json", info.value.suggested_filename)
    exported = tmp_path / "review.json"
    info.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "playbook-contract-review" and data["marks"][plain.id]["status"] == "missing"
    with page.expect_download() as info:
        page.locator('[data-review-action="csv"]').click()
    rows = info.value.path().read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Clause,Status,Required by,Note" and len(rows) == 3
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator('[data-review-action="reset"]').click()
    assert gap_titles(page) == [] and page.locator("#pb-review-name").input_value() == ""
    page.locator("#pb-review-import").set_input_files(exported)
    page.wait_for_function("document.querySelectorAll('[data-review-gaps] > li').length === 2")
    assert page.locator("[data-review-status]").inner_text() == "Imported “review.json”."
    mark(page, plain.id, "present")
    page.once("dialog", lambda dialog: dialog.dismiss())  # importing over marks asks first; no keeps them
    page.locator("#pb-review-import").set_input_files(exported)
    page.wait_for_timeout(300)
    assert gap_titles(page) == [required.title]
    assert page.console_errors == []


def test_a_file_that_is_not_a_review_is_refused_by_name(page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "contract/review/")
    page.wait_for_selector("#pb-review[data-ready]")
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    page.locator("#pb-review-import").set_input_files(nested)
    page.wait_for_function("document.querySelector('[data-review-status]').textContent !== ''")
    assert page.locator("[data-review-status]").inner_text() == (
        "“nested.json” cannot be imported: it is not a contract review exported from this site.")
    assert page.console_errors == []


def test_the_minimum_agreement_prints_on_two_pages_at_most(page, site_url: str, shipped_playbook,
                                                           tmp_path: Path) -> None:
    page.goto(site_url + "contract/minimum/")
    minimum = [p for p in shipped_playbook.provisions.values() if p.minimum]
    assert 8 <= len(minimum) <= 16
    assert serious(page) == []
    for paper in ("A4", "Letter"):
        pages, text = pdf_pages(page, tmp_path / f"minimum-{paper}.pdf", paper)
        assert pages <= 2, paper
        flat = " ".join(text.split())
        assert all(p.title in flat for p in minimum), paper
        assert "not legal advice" in flat
    assert page.console_errors == []


def test_the_review_prints_its_gaps(page, site_url: str, shipped_playbook, tmp_path: Path) -> None:
    page.goto(site_url + "contract/review/")
    page.wait_for_selector("#pb-review[data-ready]")
    clause = next(p for p in shipped_playbook.provisions.values() if not p.applies_when)
    mark(page, clause.id, "missing", "Nothing on this in clause 9.")
    pages, text = pdf_pages(page, tmp_path / "review.pdf", "A4")
    flat = " ".join(text.split())
    assert pages >= 1 and "Gaps in this draft" in flat and "Nothing on this in clause 9." in flat
    assert "Export the review" not in flat  # the tools stay on screen
    assert page.console_errors == []


def test_the_french_pages_speak_french(page, site_url: str, shipped_playbook) -> None:
    page.goto(site_url + "fr/contract/")
    page.wait_for_selector("[data-pb-situation][data-ready]")
    assert page.locator("h1").inner_text().rstrip("¶").strip() == "Ce que votre contrat doit prévoir"
    assert page.locator("section.pb-provision").count() == len(shipped_playbook.provisions)
    page.goto(site_url + "fr/contract/review/")
    page.wait_for_selector("#pb-review[data-ready]")
    clause = next(p for p in shipped_playbook.provisions.values() if not p.applies_when)
    mark(page, clause.id, "weak")
    progress = page.locator("[data-review-progress]").inner_text()
    assert progress.startswith("Clauses évaluées") and "Lacunes" in progress
    assert page.locator("[data-review-gaps] .pb-review__gap-status").inner_text() == "Insuffisante"
    assert serious(page) == []
    assert page.console_errors == []
