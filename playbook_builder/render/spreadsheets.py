"""Spreadsheet exports for people who track their work in spreadsheets: a CSV file per checklist and one XLSX
workbook with a sheet per checklist.

Each row is one mitigation of one mistake: that is the unit someone owns and ticks off, so the rows carry empty
Status, Owner name, Due date and Notes columns to fill in. The workbook adds what a CSV cannot hold: a drop-down
list for the status, a date check on the due date, a frozen header, filters and a "Read me" sheet. Every build
writes the same bytes for the same content (fixed timestamps), so a published workbook changes only when the
content does. Headers, sheet names, statuses and notes are in the edition's language (``ui``); the constants
below are their English, which the code works with.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

import xlsxwriter
from xlsxwriter.format import Format

from ..i18n.extract import N_
from ..i18n.ui import ENGLISH, Messages
from ..model import Checklist, Mistake, Playbook, Severity
from . import paths
from .crosswalk import CROSSWALK_COLUMNS, CROSSWALK_SHEET, CROSSWALK_WIDTHS, crosswalk_rows
from .situation import JURISDICTIONS

#: The columns of every CSV file and checklist sheet; the last four are left empty for the team to fill in.
COLUMNS = [
    N_("Mistake id"), N_("Mistake"), N_("Severity"), N_("Severity by situation"), N_("Confirm"), N_("Mitigation id"),
    N_("Mitigation"), N_("Owner role"), N_("Where the law differs"), N_("Status"), N_("Owner name"), N_("Due date"),
    N_("Notes"),
]
FILL_IN = COLUMNS[-4:]
STATUSES = [N_("Not started"), N_("In progress"), N_("Done"), N_("Not applicable")]
#: Each severity as a word in a cell.
SEVERITY_NAMES = {Severity.critical: N_("Critical"), Severity.high: N_("High"), Severity.medium: N_("Medium"),
                  Severity.low: N_("Low")}
#: The name of the workbook's first sheet.
READ_ME = N_("Read me")
#: Column widths in the workbook, in characters.
WIDTHS = [11, 34, 10, 30, 48, 13, 60, 22, 50, 14, 20, 12, 40]
#: Fixed document dates, so that the same content always gives the same workbook.
FIXED_DATE = datetime(2000, 1, 1)
SPARE_ROWS = 200
SEVERITY_COLOURS = {"critical": "#a4161a", "high": "#b34700", "medium": "#ffd166", "low": "#2d6a4f"}


def rows(playbook: Playbook, checklist: Checklist, ui: Messages = ENGLISH) -> list[list[str]]:
    """The rows of one checklist, one per mitigation, without the header; fill-in columns empty."""
    found = []
    for mistake in checklist.mistakes:
        for mitigation in mistake.mitigations:
            found.append([
                mistake.id, mistake.title, ui(SEVERITY_NAMES[mistake.severity]), by_situation(playbook, mistake, ui),
                mistake.confirm,
                mitigation.id, mitigation.action, playbook.owner_title(mitigation.owner), law_text(mistake, ui),
                *([""] * len(FILL_IN)),
            ])
    return found


def law_text(item: Mistake, ui: Messages = ENGLISH) -> str:
    """An item's law notes in one cell: each jurisdiction's name, its note and the pinpoints it cites."""
    return " | ".join(f"{ui(JURISDICTIONS[key])}: {note.text} "
                      f"({'; '.join(f'{c.source}, {c.at}' if c.at else c.source for c in note.citations)})"
                      for key, note in item.law.items())


def by_situation(playbook: Playbook, mistake: Mistake, ui: Messages = ENGLISH) -> str:
    """A mistake's situation-dependent severities in words: "Critical for a small business; High for in a regulated
    sector" reads as the options' summaries say them; empty when the severity never changes."""
    labels = {(fact.id, option.id): option.summary or option.label
              for fact in playbook.facts for option in fact.options}
    rules = []
    for rule in mistake.severity_when:
        situation = ui(" and ").join(ui(" or ").join(labels.get((fact, option), option) for option in options)
                                     for fact, options in rule.when.items())
        rules.append(ui("%(severity)s for %(situation)s", severity=ui(SEVERITY_NAMES[rule.severity]),
                        situation=situation))
    return "; ".join(rules)


def csv_cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula when it opens the CSV (OWASP "CSV injection")."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def guarded_csv(header: list[str], body: list[list[str]]) -> bytes:
    """CSV as every export of the project writes it: UTF-8 with a byte-order mark, so that Excel reads accents and
    dashes right, and no cell that a spreadsheet would run as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([csv_cell(cell) for cell in row] for row in body)
    return buffer.getvalue().encode("utf-8-sig")


def checklist_csv(playbook: Playbook, checklist: Checklist, ui: Messages = ENGLISH) -> bytes:
    """One checklist as CSV, one row per mitigation."""
    return guarded_csv([ui(column) for column in COLUMNS], rows(playbook, checklist, ui))


#: Words a shortened name does not end on: "Security, data, IP and…" reads better as "Security, data, IP…".
_LINKING_WORDS = frozenset({"and", "or", "of", "the", "for", "to", "with", "et", "ou", "de", "des", "du", "la", "le",
                            "les", "pour", "à", "au", "aux", "en"})


def fit_name(text: str, limit: int = 31) -> str:
    """``text`` as a worksheet name: none of []:*?/\\, and cut at a word with an ellipsis when too long."""
    words = re.sub(r"[\[\]:*?/\\]", " ", text).split()
    if len(" ".join(words)) <= limit:
        return " ".join(words).strip("'")
    while words and (len(" ".join(words)) > limit - 1 or words[-1].casefold() in _LINKING_WORDS):
        words.pop()
    if not words:  # one word longer than the limit: cut it
        return text[:limit - 1].strip("'") + "…"
    return " ".join(words).rstrip(",;").strip("'") + "…"


def sheet_names(playbook: Playbook, ui: Messages = ENGLISH) -> dict[str, str]:
    """A unique, valid worksheet name for each checklist id (31 characters at most, none of []:*?/\\)."""
    names: dict[str, str] = {}
    taken = {ui(READ_ME).casefold(), ui(CROSSWALK_SHEET).casefold()}
    for checklist in playbook.checklists:
        for candidate in (checklist.title, f"{checklist.code} {checklist.title}", checklist.id):
            name = fit_name(candidate)
            if name and name.casefold() not in taken:
                break
        names[checklist.id] = name
        taken.add(name.casefold())
    return names


def workbook(playbook: Playbook, ui: Messages = ENGLISH) -> bytes:
    """The whole playbook as an XLSX workbook: a "Read me" sheet, then one sheet per checklist."""
    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": playbook.meta.title,
                         "subject": ui("Content version %(version)s", version=playbook.version),
                         "created": FIXED_DATE})
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#e8eaf6",
                              "bottom": 1})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    fill = book.add_format({"text_wrap": True, "valign": "top", "bg_color": "#fffbe6", "border": 1,
                            "border_color": "#d9d9d9"})
    date = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top", "bg_color": "#fffbe6", "border": 1,
                            "border_color": "#d9d9d9"})
    severity = {
        name: book.add_format({"bold": True, "valign": "top", "bg_color": colour,
                               "font_color": "#000000" if name == "medium" else "#ffffff"})
        for name, colour in SEVERITY_COLOURS.items()
    }
    names = sheet_names(playbook, ui)
    statuses = [ui(status) for status in STATUSES]
    _read_me(book, playbook, names, header, wrap, ui)
    for checklist in playbook.checklists:
        sheet = book.add_worksheet(names[checklist.id])
        for column, (title, width) in enumerate(zip(COLUMNS, WIDTHS, strict=True)):
            sheet.set_column(column, column, width)
            sheet.write_string(0, column, ui(title), header)
        data = rows(playbook, checklist, ui)
        levels = [mistake.severity.value for mistake in checklist.mistakes for _ in mistake.mitigations]
        for row, values in enumerate(data, start=1):
            for column, value in enumerate(values):
                if COLUMNS[column] in FILL_IN:
                    sheet.write_blank(row, column, None, date if COLUMNS[column] == "Due date" else fill)
                elif COLUMNS[column] == "Severity":
                    sheet.write_string(row, column, value, severity[levels[row - 1]])
                else:
                    sheet.write_string(row, column, value, wrap)
        last = max(len(data), 1)
        status, due = COLUMNS.index("Status"), COLUMNS.index("Due date")
        spare = last + SPARE_ROWS  # rows a team adds below keep the drop-down and the date check
        sheet.data_validation(1, status, spare, status, {
            "validate": "list", "source": statuses, "input_title": ui("Status"),
            "input_message": ui("Pick one: %(statuses)s.", statuses=", ".join(statuses)),
        })
        sheet.data_validation(1, due, spare, due, {
            "validate": "date", "criteria": ">", "value": datetime(1999, 12, 31),
            "input_title": ui("Due date"), "input_message": ui("A date, e.g. 2025-06-30."),
            "error_message": ui("Enter a date, e.g. 2025-06-30."),
        })
        sheet.freeze_panes(1, 2)
        sheet.autofilter(0, 0, last, len(COLUMNS) - 1)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
    if playbook.frameworks:
        _crosswalk(book, playbook, header, wrap, ui)
    book.close()
    return output.getvalue()


def _read_me(book: xlsxwriter.Workbook, playbook: Playbook, names: dict[str, str], header: Format,
             wrap: Format, ui: Messages = ENGLISH) -> None:
    sheet = book.add_worksheet(ui(READ_ME))
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, 1, 90)
    title = book.add_format({"bold": True, "font_size": 14})
    sheet.write_string(0, 0, ui("%(title)s (content version %(version)s)", title=playbook.meta.title,
                                version=playbook.version), title)
    lines = [
        (ui("How to use it"), " ".join([
            ui("Each sheet is one checklist, one row per mitigation of each mistake."),
            ui("Fill in the yellow columns: Status, Owner name, Due date and Notes."),
            ui("Filter a sheet by severity, owner role or status with the arrows in its header."),
        ])),
        (ui("Status"), ui("Pick one from the list: %(statuses)s.",
                          statuses=", ".join(ui(status) for status in STATUSES))),
        (ui("Confirm"), ui("What your team confirms when it runs the checklist at its pause point.")),
        (ui("Owner role"), ui("The role that owns the mitigation; write the person's name under Owner name.")),
    ]
    for row, (name, text) in enumerate(lines, start=2):
        sheet.write_string(row, 0, name, header)
        sheet.write_string(row, 1, text, wrap)
    start = len(lines) + 3
    sheet.write_string(start, 0, ui("Sheet"), header)
    sheet.write_string(start, 1, ui("When to use it"), header)
    for row, checklist in enumerate(playbook.checklists, start=start + 1):
        sheet.write_string(row, 0, names[checklist.id], wrap)
        sheet.write_string(row, 1, checklist.when, wrap)


def _crosswalk(book: xlsxwriter.Workbook, playbook: Playbook, header: Format, wrap: Format,
               ui: Messages = ENGLISH) -> None:
    """The sheet of framework requirements and what covers each, filtered as a table (the gaps say No)."""
    sheet = book.add_worksheet(ui(CROSSWALK_SHEET))
    for column, (title, width) in enumerate(zip(CROSSWALK_COLUMNS, CROSSWALK_WIDTHS, strict=True)):
        sheet.set_column(column, column, width)
        sheet.write_string(0, column, ui(title), header)
    found = crosswalk_rows(playbook, ui)
    for row, values in enumerate(found, start=1):
        for column, value in enumerate(values):
            sheet.write_string(row, column, value, wrap)
    sheet.freeze_panes(1, 2)
    sheet.autofilter(0, 0, max(len(found), 1), len(CROSSWALK_COLUMNS) - 1)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)


def spreadsheet_files(playbook: Playbook, ui: Messages = ENGLISH) -> dict[str, bytes | str]:
    """The CSV file of every checklist, the crosswalk of the frameworks and the workbook, by site path, in the
    edition's language."""
    files: dict[str, bytes | str] = {paths.csv(c.id): checklist_csv(playbook, c, ui) for c in playbook.checklists}
    if playbook.frameworks:
        files[paths.CROSSWALK] = guarded_csv([ui(column) for column in CROSSWALK_COLUMNS], crosswalk_rows(playbook, ui))
    files[paths.WORKBOOK] = workbook(playbook, ui)
    return files
