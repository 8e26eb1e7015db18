"""The report leads with who needs attention first, in the order the portfolio page gives
(tests/fixtures/attention-cases.json, also run by tests/js/portfolio.test.mjs), and says what it leaves out:
lists cut short, counts with what they are out of, no two-sided comparison, no links."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.load import load_playbook
from playbook_builder.portfolio.attention import Concern, attention_order, needs_attention
from playbook_builder.portfolio.results import read_result
from playbook_builder.portfolio.rollup import roll_up
from playbook_builder.render.assessment import assessment_data
from playbook_builder.reviews import REVIEW_MONTHS

from conftest import FIXTURE, REPO

CASES = json.loads((Path(__file__).parent / "fixtures" / "attention-cases.json").read_text(encoding="utf-8"))
PORTFOLIO = Path(__file__).parent / "fixtures" / "portfolio"
SHIPPED = REPO / "checklists"


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: case["name"])
def test_the_order_is_the_pages(case: dict[str, object]) -> None:
    concerns = [Concern(**subject) for subject in case["subjects"]]  # type: ignore[attr-defined]
    assert [c.name for c in attention_order(concerns)] == case["order"]


def test_the_fixture_portfolio_puts_the_critical_vendor_first_with_its_top_gaps() -> None:
    playbook = load_playbook(FIXTURE)[0]
    data = assessment_data(playbook)
    facts = {f.id: {o.id: o.label for o in f.options} for f in playbook.facts}
    results = [read_result(path, data) for path in sorted(PORTFOLIO.glob("vendor-*.json"))]
    order = needs_attention(roll_up(data, facts, results, REVIEW_MONTHS, date(2026, 11, 30)))
    assert [c.name for c in order] == ["Vendor B", "Vendor A"]  # as tests/js/portfolio.test.mjs finds
    assert [f.id for f in order[0].gaps] == ["BET-01", "ALP-01", "ALP-02"]


def low_results(folder: Path, count: int, vendor_of: int | None = None) -> list[Path]:
    """``count`` results against the shipped playbook, every answer low, the criticality going round; with
    ``vendor_of``, that subject's vendor answers too."""
    data = assessment_data(load_playbook(SHIPPED)[0])
    paths = []
    for number in range(count):
        answers = {q["id"]: {"level": 1 + (number + i) % 2} for i, q in enumerate(data["questions"])}
        result = {"format": "playbook-assessment", "playbook": data["title"], "version": data["version"],
                  "saved": "2026-01-15T10:00:00Z", "name": f"Vendor {number}",
                  "criticality": ["low", "medium", "high"][number % 3],
                  "situation": {"size": "large", "vendor-location": "offshore"}, "answers": answers}
        sides = [("buyer", answers)] + ([("vendor", {k: {"level": 4} for k in answers})] if number == vendor_of else [])
        for side, given in sides:
            path = folder / f"r{number}-{side}.json"
            path.write_text(json.dumps({**result, "side": side, "answers": given}), encoding="utf-8")
            paths.append(path)
    return paths


def _report(tmp_path: Path, inputs: list[Path]) -> str:
    done = CliRunner().invoke(main, ["report", *map(str, inputs), "--checklists", str(SHIPPED), "-o",
                                     str(tmp_path / "out"), "--today", "2026-11-30"])
    assert done.exit_code == 0, done.output
    return (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_the_report_leads_with_who_needs_attention_and_says_what_it_cuts(tmp_path: Path) -> None:
    html = _report(tmp_path, low_results(tmp_path, 7))
    main_part = html.split("<main>")[1]
    assert main_part.index('<h2 id="first">Needs attention first</h2>') < main_part.index('id="heatmap"')
    listed = re.findall(r"<li><strong>(Vendor \d)</strong>\n<div class=\"muted\">criticality (\w+) · overall score "
                        r"(\d+) of 100", main_part)
    # high criticality first (Vendors 2 and 5), then medium (1, 4), then low (0, 3, 6), the lowest score first
    assert [criticality for _, criticality, _ in listed] == ["high"] * 2 + ["medium"] * 2 + ["low"] * 3
    assert {name for name, _, _ in listed[:2]} == {"Vendor 2", "Vendor 5"}
    for tier in (listed[:2], listed[2:4], listed[4:]):
        assert [int(score) for _, _, score in tier] == sorted(int(score) for _, _, score in tier)
    assert len({score for _, _, score in listed}) > 1  # the scores differ, so the order says something
    assert "Showing 5 of 7 subjects; the other 2 follow in the same order under “Show the other 2”." in html
    first = main_part.split('id="heatmap"')[0]
    assert len(re.findall(r"<li><code>[A-Z]{3}-\d\d</code>", first)) == 7 * 3  # the top three gaps of each
    shared = len(re.findall(r"flagged for \d+ of 7", html))
    assert shared > 15 and f"Showing 15 of {shared} mistakes, the most shared first." in html
    assert f"<summary>Show the other {shared - 15}</summary>" in html
    assert re.search(r"mistakes flagged</div>", html) and re.search(r"<td>\d+ of \d+</td>", html)
    assert "<td>a large organisation · a vendor abroad</td>" in html  # the situation's short words
    assert "Nothing to compare: no subject has both a buyer's result and the vendor's own." in html


def test_a_two_sided_subject_is_compared_and_the_note_goes(tmp_path: Path) -> None:
    html = _report(tmp_path, low_results(tmp_path, 2, vendor_of=1))
    assert "Nothing to compare" not in html and "Vendor 1: questions answered two levels or more apart" in html
    assert "Showing 5 of" not in html and "<details>" in html.split('id="shared"')[1]  # 2 subjects, many mistakes


def test_a_later_result_without_criticality_keeps_the_earlier_one_as_the_page_does(tmp_path: Path) -> None:
    """Vendor A's later result gives no criticality: the earlier one's (high) still decides its place and review,
    as rollup.js does it (tests/js/portfolio.test.mjs)."""
    playbook = load_playbook(FIXTURE)[0]
    data = assessment_data(playbook)
    facts = {f.id: {o.id: o.label for o in f.options} for f in playbook.facts}
    earlier, later = sorted(PORTFOLIO.glob("vendor-a-*.json"))
    first = json.loads(earlier.read_text(encoding="utf-8"))
    second = json.loads(later.read_text(encoding="utf-8"))
    first["criticality"] = "high"
    second.pop("criticality", None)
    paths = []
    for name, result in (("a.json", first), ("b.json", second)):
        (tmp_path / name).write_text(json.dumps(result), encoding="utf-8")
        paths.append(tmp_path / name)
    portfolio = roll_up(data, facts, [read_result(path, data) for path in paths], REVIEW_MONTHS, date(2026, 11, 30))
    (subject,) = portfolio.subjects
    assert subject.criticality == "high" and subject.next_review == date(2026, 9, 1)
    assert needs_attention(portfolio)[0].criticality == "high"
