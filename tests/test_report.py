"""``playbook report``: the three shared results (tests/fixtures/portfolio) give the numbers in expected.json, in
the page, the workbook and the CSV; the page is self-contained and escapes what the files say."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from playbook_builder.commands import main
from playbook_builder.load import load_playbook
from playbook_builder.portfolio.results import read_result
from playbook_builder.portfolio.rollup import roll_up, trend
from playbook_builder.render.assessment import assessment_data

from conftest import FIXTURE, write_project

PORTFOLIO = Path(__file__).parent / "fixtures" / "portfolio"
EXPECTED = json.loads((PORTFOLIO / "expected.json").read_text(encoding="utf-8"))
RESULTS = sorted(PORTFOLIO.glob("vendor-*.json"))


def report(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["report", *map(str, args)], catch_exceptions=False)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "out"
    done = report(*RESULTS, "--checklists", FIXTURE, "-o", out, "--today", EXPECTED["today"])
    assert done.exit_code == 0, done.output
    assert re.search(r"Vendor B\s+2026-01-15\s+high\s+44\s+2026-07-15 OVERDUE\s+3 of 3\n", done.output)
    # no site_url: one warning line on stderr, and the page says how to find the mistakes without links
    assert done.stderr.count("Warning: the report names mistakes by id") == 1 and "--site-url" in done.stderr
    assert done.stdout.index("Vendor B") < done.stdout.index("Vendor A")  # who needs attention first
    return out


def test_the_rollup_gives_the_expected_numbers() -> None:
    playbook, _ = load_playbook(FIXTURE)
    data = assessment_data(playbook)
    facts = {f.id: {o.id: o.label for o in f.options} for f in playbook.facts}
    from datetime import date

    portfolio = roll_up(data, facts, [read_result(path, data) for path in RESULTS], EXPECTED["review_months"],
                        date.fromisoformat(EXPECTED["today"]))
    got: dict[str, Any] = {}
    for subject in portfolio.subjects:
        latest = subject.latest
        got[subject.name] = {
            "date": latest.result.day.isoformat(), "results": len(subject.history),
            "criticality": latest.result.criticality, "side": latest.result.side,
            "situation": latest.result.situation, "next_review": subject.next_review.isoformat(),
            "overdue": subject.overdue, "scores": {**latest.phases, "overall": latest.overall},
            "flagged": [flag.id for flag in latest.flagged],
        }
    assert got == EXPECTED["subjects"]
    assert {m: len(names) for m, names in portfolio.shared} == EXPECTED["shared"]
    assert list(dict(portfolio.shared)) == list(EXPECTED["shared"])
    trends = {s.name: {"from": s.history[0].result.day.isoformat(), "to": s.latest.result.day.isoformat(),
                       "scores": {p: [a, b] for p, a, b in trend(s)}} for s in portfolio.subjects if trend(s)}
    assert trends == EXPECTED["trends"]


class _Cells(HTMLParser):
    """The text of every table cell, row by row, and every address the page points at."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.addresses: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.addresses += [value or "" for name, value in attrs if name in ("src", "href", "action", "srcset")]
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None


def cells(html: str) -> _Cells:
    parser = _Cells()
    parser.feed(html)
    return parser


def test_the_page_shows_the_expected_numbers(written: Path) -> None:
    html = (written / "index.html").read_text(encoding="utf-8")
    rows = cells(html).rows
    for name, expected in EXPECTED["subjects"].items():
        scores = expected["scores"]
        assert [name, str(scores["alpha"]), str(scores["beta"]), str(scores["overall"])] in rows
        review = expected["next_review"] + (" — overdue" if expected["overdue"] else "")
        flagged = f"{len(expected['flagged'])} of 3"  # the fixture's three mistakes apply to a large organisation
        assert [name, str(scores["overall"]), flagged, rows_situation(expected), expected["date"],
                expected["criticality"], review, str(expected["results"])] in rows
    for phase, (before, after) in EXPECTED["trends"]["Vendor A"]["scores"].items():
        title = {"alpha": "Alpha phase", "beta": "Beta phase", "overall": "Overall"}[phase]
        assert [title, str(before), str(after), f"▲ +{after - before}"] in rows
    assert "flagged for 2 of 2 (Vendor A, Vendor B)" in html
    assert '<td class="overdue">' in html


def rows_situation(expected: dict[str, Any]) -> str:
    labels = {"large": "A larger organisation", "offshore": "In another country, or several",
              "same-country": "In your country"}
    return " · ".join(labels[option] for option in expected["situation"].values())


def test_the_page_is_self_contained_and_prints(written: Path) -> None:
    html = (written / "index.html").read_text(encoding="utf-8")
    assert cells(html).addresses == []  # no site_url: mistake ids without links, and a note that says so
    assert re.search(r'<p class="note" id="no-links">This report has no links to the playbook.*by its id \(for '
                     r"example <code>ALP-01</code>\)", html)
    assert not re.search(r"https?://|<link\b|<script\b|@import|url\(", html)
    assert html.count("<style>") == 1 and "<svg" in html
    assert "@media print" in html and "print-color-adjust: exact" in html
    assert '<th scope="col" class="phase"><span>Alpha phase</span></th>' in html and "<caption>" in html


def test_the_workbook_has_the_sheets_and_the_heatmap(written: Path) -> None:
    with zipfile.ZipFile(written / "portfolio.xlsx") as book:
        workbook_xml = book.read("xl/workbook.xml").decode()
        sheets = re.findall(r'<sheet name="([^"]+)"', workbook_xml)
        first = book.read("xl/worksheets/sheet1.xml").decode()
        second = book.read("xl/worksheets/sheet2.xml").decode()
        strings = book.read("xl/sharedStrings.xml").decode()
    assert sheets == ["Subjects", "Mistakes flagged", "History"]
    assert "<conditionalFormatting" in first and 'type="colorScale"' in first
    assert "<conditionalFormatting" in second
    assert "<f>" not in first + second
    assert "Vendor A" in strings and "vendor-a-2025-03-01.json" in strings
    # Vendor B's latest overall score, a number in the heatmap row
    assert re.search(r'<c r="I3"[^>]*><v>44</v></c>', first)


def test_the_csv_is_the_action_plan(written: Path) -> None:
    raw = (written / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    found = [(row["Subject"], row["Mistake id"]) for row in rows]
    expected = [(name, m) for name, subject in EXPECTED["subjects"].items() for m in subject["flagged"]]
    assert found == expected
    assert rows[0]["Next review"] == "2027-03-01" and rows[0]["Link"] == ""


def test_links_point_at_the_published_playbook_and_review_months_come_from_mkdocs_yml(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE, extra_config="site_url: https://playbook.example.org/\n",
                           plugin_options="      review_months: {high: 12}\n")
    done = report(*RESULTS, "-f", config, "-o", tmp_path / "out", "--today", "2026-11-30")
    assert done.exit_code == 0, done.output
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert set(cells(html).addresses) == {"https://playbook.example.org/checklists/beta/#bet-01",
                                          "https://playbook.example.org/checklists/alpha/#alp-01",
                                          "https://playbook.example.org/checklists/alpha/#alp-02"}
    assert "2027-01-15" in html and "— overdue" not in html and "review overdue since" not in html
    assert 'id="no-links"' not in html and "site_url" not in done.output  # links, so no word about them
    again = report(*RESULTS, "-f", config, "-o", tmp_path / "again", "--today", "2026-11-30",
                   "--review-months", "high=3")
    assert "2026-04-15 OVERDUE" in again.output
    bad = report(*RESULTS, "-f", config, "-o", tmp_path / "bad", "--review-months", "urgent=1")
    assert bad.exit_code == 2 and "'urgent' is not a criticality" in bad.output
    assert not (tmp_path / "bad").exists()


def _report_of_one_named(tmp_path: Path, result: Path, name: str) -> None:
    """The report of one result file whose subject is renamed ``name``, into ``tmp_path / "out"``."""
    data = json.loads(result.read_text(encoding="utf-8"))
    data["name"] = name
    (tmp_path / "renamed.json").write_text(json.dumps(data), encoding="utf-8")
    done = report(tmp_path / "renamed.json", "--checklists", FIXTURE, "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output


def test_content_text_is_escaped(tmp_path: Path) -> None:
    _report_of_one_named(tmp_path, RESULTS[0], '<script>alert("x")</script> & Co')
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in html


def test_oscal_writes_the_catalog_and_one_results_document_per_result(tmp_path: Path) -> None:
    done = report(*RESULTS, "--checklists", FIXTURE, "-o", tmp_path, "--oscal")
    assert done.exit_code == 0, done.output
    names = sorted(path.name for path in (tmp_path / "oscal").iterdir())
    assert names == ["catalog.json", "vendor-a-2025-03-01.json", "vendor-a-2026-03-01.json",
                     "vendor-b-2026-01-15.json"]
    document = json.loads((tmp_path / "oscal" / "vendor-b-2026-01-15.json").read_text(encoding="utf-8"))
    (result,) = document["assessment-results"]["results"]
    states = {f["target"]["target-id"]: f["target"]["status"]["state"] for f in result["findings"]}
    assert states == {f"{m.lower()}_obj": "not-satisfied" for m in EXPECTED["subjects"]["Vendor B"]["flagged"]}
    later = json.loads((tmp_path / "oscal" / "vendor-a-2026-03-01.json").read_text(encoding="utf-8"))
    states = {f["target"]["target-id"]: f["target"]["status"]["state"]
              for f in later["assessment-results"]["results"][0]["findings"]}
    assert states == {"bet-01_obj": "not-satisfied", "alp-01_obj": "satisfied", "alp-02_obj": "satisfied"}


def test_spreadsheet_cells_never_run_as_formulas(tmp_path: Path) -> None:
    _report_of_one_named(tmp_path, RESULTS[2], '=HYPERLINK("http://evil")')
    rows = list(csv.reader(io.StringIO((tmp_path / "out" / "findings.csv").read_bytes().decode("utf-8-sig"))))
    assert {row[0] for row in rows[1:]} == {"'=HYPERLINK(\"http://evil\")"}
    with zipfile.ZipFile(tmp_path / "out" / "portfolio.xlsx") as book:
        sheets = "".join(book.read(f"xl/worksheets/sheet{n}.xml").decode() for n in (1, 2, 3))
    assert "<f>" not in sheets


def test_the_editions_scope_decides_what_is_asked(tmp_path: Path) -> None:
    """An edition for small businesses does not ask ALP-Q2 (it detects only ALP-02, for large ones)."""
    config = write_project(tmp_path, FIXTURE, plugin_options="      scope: {size: small}\n")
    done = report(RESULTS[2], "-f", config, "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    assert f"Left out 1 answer(s) of {RESULTS[2]} to questions this edition does not ask." in done.output
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert ["Vendor B", "50", "25", "42"] in cells(html).rows
    assert "ALP-02" not in html


def test_site_url_links_a_report_to_a_published_playbook(tmp_path: Path) -> None:
    """A newcomer scoring against a content folder, with no mkdocs.yml to say where the playbook lives."""
    out = tmp_path / "out"
    done = CliRunner().invoke(main, ["report", *map(str, RESULTS), "--checklists", str(FIXTURE), "-o", str(out),
                                     "--site-url", "https://playbook.example.org"])
    assert done.exit_code == 0, done.output
    assert "Warning" not in done.stderr
    findings = (out / "findings.csv").read_text(encoding="utf-8-sig")
    assert "https://playbook.example.org/checklists/" in findings
    assert 'href="https://playbook.example.org/checklists/' in (out / "index.html").read_text(encoding="utf-8")
    bad = CliRunner().invoke(main, ["report", *map(str, RESULTS), "--checklists", str(FIXTURE), "-o",
                                    str(tmp_path / "x"), "--site-url", "playbook.example.org"])
    assert bad.exit_code == 2 and "is not an http or https address" in bad.output
    assert not (tmp_path / "x").exists()
