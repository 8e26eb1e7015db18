"""The report page in the system Chromium: it loads nothing from anywhere, and prints on A4 and US Letter
without cutting anything off, for the fixture's two phases and for the shipped playbook's twelve."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.load import load_playbook
from playbook_builder.render.assessment import assessment_data

from conftest import FIXTURE, REPO, LocalServer

PORTFOLIO = Path(__file__).parent / "fixtures" / "portfolio"
SHIPPED = REPO / "checklists"


def write_report(out: Path, inputs: list[Path], content: Path) -> None:
    done = CliRunner().invoke(main, ["report", *map(str, inputs), "--checklists", str(content), "-o", str(out),
                                     "--today", "2026-11-30"])
    assert done.exit_code == 0, done.output


def shipped_results(folder: Path) -> list[Path]:
    """Results of six vendors with long names against the shipped playbook, every answer in the middle."""
    data = assessment_data(load_playbook(SHIPPED)[0])
    answers = {q["id"]: {"level": (len(q["levels"]) + 1) // 2} for q in data["questions"]}
    paths = []
    for number in range(6):
        path = folder / f"r{number}.json"
        path.write_text(json.dumps({
            "format": "playbook-assessment", "playbook": data["title"], "version": data["version"],
            "saved": f"2025-0{number + 1}-15T10:00:00Z", "name": f"Northwind Offshore Engineering Services {number}",
            "criticality": "high", "situation": {"size": "large"}, "answers": answers}), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def report_urls(tmp_path_factory: pytest.TempPathFactory, local_server: LocalServer) -> dict[str, str]:
    small, wide = tmp_path_factory.mktemp("report-small"), tmp_path_factory.mktemp("report-wide")
    write_report(small, sorted(PORTFOLIO.glob("vendor-*.json")), FIXTURE)
    write_report(wide, shipped_results(tmp_path_factory.mktemp("results")), SHIPPED)
    return {"small": local_server.serve(small, "report-small"), "wide": local_server.serve(wide, "report-wide")}


@pytest.mark.parametrize(("paper", "width_mm"), [("A4", 210), ("Letter", 215.9)])
@pytest.mark.parametrize(("name", "rows"), [("small", 2), ("wide", 6)])
def test_the_report_prints_whole_on_paper(page, report_urls: dict[str, str], paper: str, width_mm: float,
                                          name: str, rows: int) -> None:
    page.goto(report_urls[name])
    assert page.locator("table.heatmap tbody tr").count() == rows
    # the printable width of the paper (the report's @page margins are 12 mm each side), at 96 px per inch
    page.set_viewport_size({"width": int((width_mm - 24) / 25.4 * 96), "height": 1000})
    page.emulate_media(media="print")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    pdf = page.pdf(format=paper, print_background=True)
    assert 1 <= len(re.findall(rb"/Type\s*/Page\b", pdf)) <= 6  # a few tables, not a run-on
    assert page.console_errors == []


@pytest.mark.parametrize("size", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}])
def test_the_report_grid_keeps_its_subjects_in_view_and_the_page_still(page, report_urls: dict[str, str],
                                                                        size: dict[str, int]) -> None:
    page.set_viewport_size(size)
    page.goto(report_urls["wide"])
    assert page.locator("main h2").first.inner_text() == "Needs attention first"
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    box = page.locator(".scroll:has(table.heatmap)")
    if size["width"] < 500:  # twelve phases do not fit a phone: the grid scrolls in its own box
        assert box.evaluate("box => box.scrollWidth > box.clientWidth")
    box.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    frame, name = box.bounding_box(), box.locator("tbody th").first.bounding_box()
    assert frame and name and frame["x"] - 1 <= name["x"] and name["x"] + name["width"] <= frame["x"] + frame["width"]
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a",
                                                                              "wcag21aa"]}})
    assert [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")] == []
    assert page.console_errors == []
