"""The spreadsheet exports: a CSV file per checklist and the XLSX workbook, read back and checked against the
site's playbook.json; and the links to them from the checklist pages and the downloads page."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from playbook_builder.load import load_playbook
from playbook_builder.render.spreadsheets import (
    COLUMNS,
    FILL_IN,
    STATUSES,
    checklist_csv,
    fit_name,
    sheet_names,
    spreadsheet_files,
    workbook,
)

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "minimal"
NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}


def read_xlsx(data: bytes) -> dict[str, tuple[list[list[str]], str]]:
    """Sheet name → (rows of cell texts, the sheet's raw XML), read straight from the workbook's XML parts."""
    book = zipfile.ZipFile(io.BytesIO(data))
    strings = [
        "".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
        for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS)
    ]
    targets = {
        rel.get("Id"): rel.get("Target")
        for rel in ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels")).findall("rel:Relationship", NS)
    }
    sheets = {}
    for sheet in ElementTree.fromstring(book.read("xl/workbook.xml")).find("m:sheets", NS):
        xml = book.read("xl/" + targets[sheet.get(f"{{{NS['r']}}}id")]).decode("utf-8")
        rows = []
        for row in ElementTree.fromstring(xml).find("m:sheetData", NS):
            cells: dict[int, str] = {}
            for cell in row:
                letters = re.match(r"[A-Z]+", cell.get("r")).group()
                column = sum((ord(ch) - 64) * 26**i for i, ch in enumerate(reversed(letters))) - 1
                value = cell.find("m:v", NS)
                cells[column] = strings[int(value.text)] if cell.get("t") == "s" and value is not None else ""
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
        sheets[sheet.get("name")] = (rows, xml)
    return sheets


JURISDICTIONS = {"uk": "United Kingdom", "fr": "France", "eu": "European Union", "us": "United States"}


def law_cell(mistake: dict) -> str:
    """A mistake's law notes as the files write them, computed from playbook.json alone."""
    def cited(citation: dict) -> str:
        return f"{citation['source']}, {citation['at']}" if citation["at"] else citation["source"]

    return " | ".join(f"{JURISDICTIONS[key]}: {note['text']} ({'; '.join(cited(c) for c in note['citations'])})"
                      for key, note in mistake.get("law", {}).items())


def expected_rows(data: dict, checklist: dict) -> list[list[str]]:
    """The rows a checklist should have, computed from playbook.json alone."""
    roles = {role["id"]: role["title"] for role in data["roles"]}
    return [
        [mistake["id"], mistake["title"], mistake["severity"].capitalize(), "", mistake["confirm"], mitigation["id"],
         mitigation["action"], roles[mitigation["owner"]], law_cell(mistake), "", "", "", ""]
        for mistake in checklist["mistakes"]
        for mitigation in mistake["mitigations"]
    ]


@pytest.fixture(scope="module")
def data(fixture_site: Path) -> dict:
    return json.loads((fixture_site / "playbook.json").read_text(encoding="utf-8"))


def test_each_checklist_csv_matches_playbook_json(fixture_site: Path, data: dict) -> None:
    assert sorted(p.name for p in (fixture_site / "downloads").glob("*.csv")) == ["alpha.csv", "beta.csv"]
    for checklist in data["checklists"]:
        raw = (fixture_site / "downloads" / f"{checklist['id']}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows[0] == COLUMNS
        assert rows[1:] == expected_rows(data, checklist)
    alpha = list(csv.reader(io.StringIO((fixture_site / "downloads/alpha.csv").read_bytes().decode("utf-8-sig"))))
    assert len(alpha) == 1 + 3  # ALP-01 has two mitigations, ALP-02 one: a row each


def test_the_workbook_matches_playbook_json(fixture_site: Path, data: dict) -> None:
    sheets = read_xlsx((fixture_site / "downloads" / "playbook.xlsx").read_bytes())
    titles = [c["title"] for c in data["checklists"]]
    assert list(sheets) == ["Read me", *titles]
    for checklist in data["checklists"]:
        rows, xml = sheets[checklist["title"]]
        assert rows[0] == COLUMNS
        assert [row + [""] * (len(COLUMNS) - len(row)) for row in rows[1:]] == expected_rows(data, checklist)
        # Status is a drop-down of the statuses, the due date must be a date, the header stays in view.
        validations = ElementTree.fromstring(xml).find("m:dataValidations", NS)
        kinds = {v.get("type"): v for v in validations}
        assert set(kinds) == {"list", "date"}
        status_column = "ABCDEFGHIJKLM"[COLUMNS.index("Status")]
        assert kinds["list"].get("sqref").startswith(f"{status_column}2:")
        assert kinds["list"].find("m:formula1", NS).text == '"' + ",".join(STATUSES) + '"'
        assert kinds["date"].get("sqref").startswith(f'{"ABCDEFGHIJKLM"[COLUMNS.index("Due date")]}2:')
        pane = ElementTree.fromstring(xml).find("m:sheetViews/m:sheetView/m:pane", NS)
        assert pane.get("state") == "frozen" and pane.get("topLeftCell") == "C2"
        assert ElementTree.fromstring(xml).find("m:autoFilter", NS) is not None
    read_me, _ = sheets["Read me"]
    text = " ".join(" ".join(row) for row in read_me)
    assert f"{data['title']} (content version {data['version']})" in text
    for checklist in data["checklists"]:
        assert [checklist["title"], checklist["when"]] in read_me


def test_checklist_pages_and_the_downloads_page_link_the_files(fixture_site: Path, data: dict) -> None:
    for checklist in data["checklists"]:
        page = (fixture_site / "checklists" / checklist["id"] / "index.html").read_text(encoding="utf-8")
        assert f'href="../../downloads/{checklist["id"]}.csv"' in page
        assert 'href="../../downloads/playbook.xlsx"' in page
    downloads = (fixture_site / "downloads" / "index.html").read_text(encoding="utf-8")
    assert 'href="playbook.xlsx"' in downloads
    for checklist in data["checklists"]:
        assert f'href="{checklist["id"]}.csv"' in downloads
    assert 'href="../playbook.json"' in downloads


def test_the_downloads_page_describes_each_column_of_the_files_in_order(fixture_site: Path) -> None:
    downloads = (fixture_site / "downloads" / "index.html").read_text(encoding="utf-8")
    table = downloads[downloads.index("The columns, in order:"):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>", table, re.S)
    assert [name for name, _ in rows] == COLUMNS
    described = dict(rows)
    assert described["Owner role"] == "The role that owns the action."
    assert described["Where the law differs"].startswith("Each jurisdiction")
    assert [name for name, text in rows if text == "Empty: yours to fill in."] == FILL_IN


def test_the_same_content_gives_the_same_bytes() -> None:
    playbook, _ = load_playbook(FIXTURE)
    assert workbook(playbook) == workbook(playbook)
    assert spreadsheet_files(playbook) == spreadsheet_files(playbook)


def test_csv_cells_never_run_as_formulas() -> None:
    playbook, _ = load_playbook(FIXTURE)
    mistake = playbook.mistakes["ALP-01"]
    mistake.title = "=HYPERLINK(\"http://evil\")"
    mistake.mitigations[0].action = "+1 more step"
    rows = list(csv.reader(io.StringIO(checklist_csv(playbook, playbook.checklists[0]).decode("utf-8-sig"))))
    assert rows[1][1] == "'=HYPERLINK(\"http://evil\")"
    assert rows[1][6] == "'+1 more step"
    # The workbook stores text as text, never as a formula.
    sheets = read_xlsx(workbook(playbook))
    assert sheets["Alpha phase"][0][1][1] == "=HYPERLINK(\"http://evil\")"
    assert "<f>" not in sheets["Alpha phase"][1]


def test_sheet_names_are_valid_and_unique() -> None:
    playbook, _ = load_playbook(FIXTURE)
    playbook.checklists[0].title = "Read me"
    playbook.checklists[1].title = "Pay: who/what? [a very long title that goes on]"
    names = sheet_names(playbook)
    assert names == {"alpha": "ALP Read me", "beta": "Pay who what a very long title…"}  # cut at a word
    assert all(len(name) <= 31 for name in names.values())


def test_headers_sheet_names_and_statuses_follow_the_edition_language() -> None:
    from babel.messages.catalog import Catalog

    from playbook_builder.i18n.ui import Messages

    catalog = Catalog(locale="fr")
    for english, text in {"Mistake id": "Réf. de l'erreur", "Severity": "Gravité", "Status": "Statut",
                          "High": "Élevée", "Medium": "Moyenne", "Read me": "Lisez-moi", "Done": "Fait",
                          "Pick one: %(statuses)s.": "Choisissez : %(statuses)s."}.items():
        catalog.add(english, string=text)
    fr = Messages("fr", [catalog])
    playbook, _ = load_playbook(FIXTURE)
    rows = list(csv.reader(io.StringIO(checklist_csv(playbook, playbook.checklists[0], fr).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Réf. de l'erreur", "Mistake", "Gravité"]
    assert {row[2] for row in rows[1:]} == {"Élevée", "Moyenne"}
    sheets = read_xlsx(workbook(playbook, fr))
    assert list(sheets)[0] == "Lisez-moi"
    rows, xml = sheets["Alpha phase"]
    assert rows[0][COLUMNS.index("Status")] == "Statut" and rows[1][2] == "Élevée"
    validations = {v.get("type"): v for v in ElementTree.fromstring(xml).find("m:dataValidations", NS)}
    assert validations["list"].find("m:formula1", NS).text == '"Not started,In progress,Fait,Not applicable"'
    assert validations["list"].get("prompt") == "Choisissez : Not started, In progress, Fait, Not applicable."
    # English stays as it was: the same bytes as with no language given.
    assert spreadsheet_files(playbook) == spreadsheet_files(playbook, Messages())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_shipped_sheet_names_are_never_cut_in_the_middle_of_a_word(language: str) -> None:
    from playbook_builder.i18n.apply import translated
    from playbook_builder.i18n.catalogue import catalogue_path, read_catalogue
    from playbook_builder.i18n.ui import messages_for

    playbook, _ = load_playbook(REPO / "checklists")
    if language == "fr":
        messages, _ = read_catalogue(catalogue_path(REPO / "checklists", language), "fr.po")
        playbook, _ = translated(playbook, messages)
    titles = {checklist.id: " ".join(checklist.title.split()) for checklist in playbook.checklists}
    for checklist_id, name in sheet_names(playbook, messages_for(language, [REPO / "checklists"])).items():
        title = titles[checklist_id]
        assert len(name) <= 31
        if name != title:  # shortened: a whole-word prefix of the title, marked as cut
            kept = name[:-1]
            assert name.endswith("…") and re.match(re.escape(kept) + r"[,;]? ", title), (name, title)


def test_a_long_name_is_cut_at_a_word_and_not_on_a_linking_word() -> None:
    assert fit_name("Security, data, IP and compliance obligations") == "Security, data, IP…"
    assert fit_name("Sécurité des données et de la propriété intellectuelle") == "Sécurité des données…"
    assert fit_name("A" * 40) == "A" * 30 + "…"
