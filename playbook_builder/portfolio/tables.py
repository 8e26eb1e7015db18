"""The report as spreadsheets: ``portfolio.xlsx`` (subjects × phases as a heatmap, subjects × mistakes flagged,
the history of every result) and ``findings.csv``, the action plan across the portfolio. Cells are written as
text or numbers, never as formulas, with the guard the playbook's own exports use."""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from ..render.spreadsheets import FIXED_DATE, SEVERITY_COLOURS, guarded_csv
from .links import mistake_url
from .rollup import Portfolio, Scored

FINDINGS = ["Subject", "Criticality", "Assessed", "Next review", "Mistake id", "Mistake", "Severity", "Phase",
            "Flagged by", "Mitigations", "Link"]
#: The heatmap's colour scale, from the lowest score to the highest (colour-blind friendly, with the number).
SCALE = {"min_color": "#d7301f", "mid_color": "#fdd49e", "max_color": "#1a9850"}


def subject_row(portfolio: Portfolio, scored: Scored, name: str) -> list[Any]:
    result = scored.result
    return [name, result.side, result.day.isoformat(), result.criticality or "medium",
            *[scored.phases[c["id"]] for c in portfolio.data["checklists"]], scored.overall]


def findings_rows(portfolio: Portfolio, site_url: str) -> list[list[str]]:
    """One row per subject and flagged mistake, the most severe first."""
    data = portfolio.data
    phases = {c["id"]: c["title"] for c in data["checklists"]}
    rows = []
    for subject in portfolio.subjects:
        latest = subject.latest.result
        for flag in subject.latest.flagged:
            mistake = data["mistakes"][flag.id]
            rows.append([
                subject.name, subject.criticality or "medium", latest.day.isoformat(),
                subject.next_review.isoformat(), flag.id, mistake["title"],
                subject.latest.severities.get(flag.id, mistake["severity"]).capitalize(),  # in the subject's situation
                phases[mistake["checklist"]], "; ".join(flag.by),
                "; ".join(f"{action} ({owner})" for action, owner, *_ in mistake["mitigations"]),
                mistake_url(site_url, data, flag.id),
            ])
    return rows


def findings_csv(portfolio: Portfolio, site_url: str) -> bytes:
    """The action plan across the portfolio, written like the playbook's own CSV files."""
    return guarded_csv(FINDINGS, findings_rows(portfolio, site_url))


def _table(book: Any, name: str, header: list[str], rows: list[list[Any]], widths: tuple[int, int]) -> Any:
    """A sheet with a bold frozen header and filters; numbers as numbers, None as blank, the rest as text."""
    sheet = book.add_worksheet(name)
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#e8eaf6", "bottom": 1})
    sheet.set_column(0, 0, widths[0])
    sheet.set_column(1, max(len(header) - 1, 1), widths[1])
    for column, title in enumerate(header):
        sheet.write_string(0, column, title, bold)
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            if value is None:
                sheet.write_blank(row, column, None)
            elif isinstance(value, int | float):
                sheet.write_number(row, column, value)
            else:
                sheet.write_string(row, column, str(value))
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, max(len(rows), 1), len(header) - 1)
    return sheet


def workbook(portfolio: Portfolio) -> bytes:
    """Three sheets: Subjects (the heatmap), Mistakes flagged and History."""
    data = portfolio.data
    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": f"{data['title']}: portfolio", "created": FIXED_DATE})
    phases = [c["title"] for c in data["checklists"]]
    head = ["Subject", "Side", "Assessed", "Criticality", *phases, "Overall"]
    subjects = _table(book, "Subjects", [*head[:4], "Next review", "Overdue", *head[4:]], [
        [*row[:4], s.next_review.isoformat(), "overdue" if s.overdue else "", *row[4:]]
        for s in portfolio.subjects for row in [subject_row(portfolio, s.latest, s.name)]], (24, 12))
    if portfolio.subjects:
        subjects.conditional_format(1, 6, len(portfolio.subjects), 6 + len(phases), {"type": "3_color_scale",
                                    "min_type": "num", "min_value": 0, "mid_type": "num", "mid_value": 50,
                                    "max_type": "num", "max_value": 100, **SCALE})
    ids = [m for m, _ in portfolio.shared]
    flagged = _table(book, "Mistakes flagged", ["Subject", *ids], [
        [s.name, *["flagged" if any(f.id == m for f in s.latest.flagged) else "" for m in ids]]
        for s in portfolio.subjects], (24, 10))
    if ids and portfolio.subjects:
        mark = book.add_format({"bg_color": SEVERITY_COLOURS["high"], "font_color": "#ffffff", "bold": True})
        flagged.conditional_format(1, 1, len(portfolio.subjects), len(ids), {
            "type": "cell", "criteria": "==", "value": '"flagged"', "format": mark})
    history = [[*subject_row(portfolio, scored, s.name), scored.result.version, scored.result.path.name]
               for s in portfolio.subjects for scored in [*s.history, *([s.vendor] if s.vendor else [])]]
    _table(book, "History", [*head, "Playbook version", "File"], history, (24, 12))
    book.close()
    return output.getvalue()
