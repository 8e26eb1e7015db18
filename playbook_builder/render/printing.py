"""The print views: a paper checklist per checklist at ``print/<id>/`` and a booklet of all of them at ``print/``.

Paper is for confirming, the web page explains: a sheet shows each mistake as a line to tick (its id, title and
``confirm`` sentence) with its mitigations and their owners as sub-items, room for owner, due date and notes, and
a sign-off block, but not why the mistake hurts. The footer (address, "page n of N") comes from CSS ``@page``
margin boxes written into each view, so it appears both in a PDF made by ``playbook pdf`` and when someone prints
the page from the browser. Layout and print rules live in ``assets/print.css``; the Print button in
``assets/print.js``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial

from ..i18n.extract import N_
from ..i18n.ui import ENGLISH, Messages
from ..model import Checklist, Playbook
from . import paths
from .pages import PageRenderer
from .qr import qr_svg

#: What each checklist style means, as printed under the title (in English; :func:`styles` says it in a language).
STYLES: dict[str, tuple[str, str]] = {
    "do-confirm": (
        N_("DO-CONFIRM"),
        N_("Work from memory, then stop at the pause point and confirm each line aloud. Tick a box only when it is "
           "true."),
    ),
    "read-do": (N_("READ-DO"), N_("Read each line aloud, do what it says, then tick its box.")),
}


def styles(ui: Messages = ENGLISH) -> dict[str, tuple[str, str]]:
    """:data:`STYLES` in the language of ``ui``."""
    return {key: (ui(kind), ui(how)) for key, (kind, how) in STYLES.items()}


def page_counter(ui: Messages = ENGLISH) -> str:
    """The CSS ``content`` of the footer's "page n of N", in the language of ``ui``: its words as CSS strings
    around the ``counter(page)`` and ``counter(pages)`` that say the numbers."""
    counters = {"page": "counter(page)", "pages": "counter(pages)"}
    pieces = re.split(r"%\((page|pages)\)s", ui("page %(page)s of %(pages)s"))
    return " ".join(counters[piece] if index % 2 else css_string(piece)
                    for index, piece in enumerate(pieces) if piece)


def build_date() -> date:
    """The date printed on every sheet: today, or ``SOURCE_DATE_EPOCH`` for a reproducible build."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC).date()
    return date.today()


def css_string(text: str) -> str:
    """Quote text as a CSS string for a ``content`` declaration inside an inline ``<style>`` element."""
    return '"' + re.sub(r'[\\"<>\n]', lambda m: f"\\{ord(m.group()):x} ", text) + '"'


@dataclass(frozen=True)
class Sheet:
    """One checklist on paper, with what it needs besides the content: where it lives online."""

    checklist: Checklist
    number: int
    address: str
    """The online checklist's absolute URL; without ``site_url``, where a reader finds it by name (the playbook's
    title, then its place in the menu), since a bare site path means nothing on paper."""
    qr: str | None
    """Inline SVG that opens the online checklist; only with an absolute address."""

    @property
    def page_name(self) -> str:
        """The CSS page name of the sheet's pages, which carry the sheet's own address in their footer."""
        return f"pb-{self.checklist.id}"

    @property
    def style(self) -> tuple[str, str]:
        """The checklist's style as printed: its name and what it means (in English)."""
        return STYLES[self.checklist.style]


def online_address(site_url: str, path: str) -> str:
    """The absolute URL of a site path (``checklists/alpha/``), or the path itself without ``site_url``."""
    if not site_url:
        return path
    return site_url.rstrip("/") + "/" + path


def named_place(playbook: Playbook, checklist: Checklist, ui: Messages) -> str:
    """Where a checklist is found by name on the site: ``Outsourcing Playbook › Checklists › Exit``."""
    return " › ".join((playbook.meta.title, ui("Checklists"), checklist.title))


def sheets(playbook: Playbook, site_url: str, ui: Messages = ENGLISH) -> list[Sheet]:
    """A sheet for every checklist, in lifecycle order."""
    result = []
    for number, checklist in enumerate(playbook.checklists, start=1):
        address = (online_address(site_url, paths.address(paths.checklist(checklist.id))) if site_url
                   else named_place(playbook, checklist, ui))
        qr = qr_svg(address, ui("QR code: open %(title)s online", title=checklist.title)) if site_url else None
        result.append(Sheet(checklist, number, address, qr))
    return result


def print_pages(playbook: Playbook, site_url: str = "",
                ui: Messages = ENGLISH) -> dict[str, Callable[[PageRenderer], str]]:
    """The print views by source path: ``print/index.md`` (the booklet) and ``print/<id>.md`` per checklist.

    ``site_url`` is the published address; without it the sheets name where to find each checklist and carry no
    QR code. ``ui`` says the
    words of the sheets that are not templates' (styles, footer, QR code names) in the edition's language.
    """
    all_sheets = sheets(playbook, site_url, ui)
    common = {
        "date": build_date().isoformat(),
        "styles": styles(ui),
        "page_counter": page_counter(ui),
        "owner_title": playbook.owner_title,
        "css_string": css_string,
        "site_url_set": bool(site_url),
    }

    def view(sheet: Sheet, renderer: PageRenderer) -> str:
        return renderer.render("print_checklist.md.j2", paths.print_sheet(sheet.checklist.id), sheet=sheet,
                               **common)

    def booklet(renderer: PageRenderer) -> str:
        home = online_address(site_url, "") if site_url else playbook.meta.title
        qr = qr_svg(home, ui("QR code: open %(title)s online", title=playbook.meta.title)) if site_url else None
        return renderer.render("print_booklet.md.j2", paths.PRINT_INDEX, sheets=all_sheets,
                               home=home, home_qr=qr, **common)

    pages: dict[str, Callable[[PageRenderer], str]] = {paths.PRINT_INDEX: booklet}
    for sheet in all_sheets:
        pages[paths.print_sheet(sheet.checklist.id)] = partial(view, sheet)
    return pages
