"""The minimum agreement: the ``minimum`` provisions as one short contract with blanks to fill in, as a Word file
(made with python-docx) beside the printable page. The same content gives the same bytes: the archive's dates and
the document's properties are fixed."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING

from ..i18n.ui import ENGLISH, Messages
from ..model import Playbook, Provision
from .env import pieces

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

_FIXED = datetime(2000, 1, 1)


def minimum_provisions(playbook: Playbook) -> list[Provision]:
    """The provisions of the minimum agreement, in library order."""
    return [provision for provision in playbook.provisions.values() if provision.minimum]


def _write(paragraph: Paragraph, text: str) -> None:
    from docx.enum.text import WD_COLOR_INDEX

    for piece, blank in pieces(text):
        run = paragraph.add_run(piece)
        if blank:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def minimum_docx(playbook: Playbook, ui: Messages = ENGLISH) -> bytes:
    """The Word file: a title, the note that it is a starting point, the parties, a numbered clause per minimum
    provision, and places to sign. (python-docx is imported here: only a build makes the file.)"""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = ui("Minimum outsourcing agreement")
    document.core_properties.author = playbook.meta.title
    document.core_properties.created = document.core_properties.modified = _FIXED
    document.core_properties.last_printed = _FIXED
    document.core_properties.revision = 1
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(ui("Minimum outsourcing agreement"), level=1)
    _write(document.add_paragraph(style="Intense Quote"), agreement_note(ui))
    document.add_heading(ui("Parties"), level=2)
    for line in party_lines(ui):
        _write(document.add_paragraph(), line)
    for number, provision in enumerate(minimum_provisions(playbook), start=1):
        document.add_heading(f"{number}. {provision.title}", level=2)
        for line in provision.minimum_wording:
            _write(document.add_paragraph(), line)
    document.add_heading(ui("Signatures"), level=2)
    for line in signature_lines(ui):
        _write(document.add_paragraph(), line)
    output = io.BytesIO()
    document.save(output)
    return _fixed_dates(output.getvalue())


def agreement_note(ui: Messages = ENGLISH) -> str:
    return ui("A starting point written by the Outsourcing Playbook project, not legal advice. It was written for no "
              "particular legal system: have it checked against the law that governs your contract before you sign. "
              "Fill in every part in [square brackets] and delete what does not apply.")


def party_lines(ui: Messages = ENGLISH) -> list[str]:
    return [ui("This agreement is made on [date] between:"),
            ui("[the Customer's name], of [address] (the Customer), and"),
            ui("[the Supplier's name], of [address] (the Supplier).")]


def signature_lines(ui: Messages = ENGLISH) -> list[str]:
    return [ui("For the Customer: [name], [role], signature: [signature], date: [date]"),
            ui("For the Supplier: [name], [role], signature: [signature], date: [date]")]


def _fixed_dates(archive: bytes) -> bytes:
    """The archive again with every entry dated :data:`_FIXED` (python-docx stamps the time of saving)."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))
    return output.getvalue()
