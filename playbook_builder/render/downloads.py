"""The downloads page, which links and explains every export of the site."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Playbook
from ..oscal import NAMESPACE
from . import paths
from .exports import RESULT_SCHEMAS, SCHEMAS
from .pages import PageRenderer
from .spreadsheets import COLUMNS, FILL_IN, STATUSES


def render_downloads(renderer: PageRenderer) -> str:
    """The page; the column names and statuses in the page's language, as the files say them."""
    ui = renderer.ui
    return renderer.render("downloads.md.j2", paths.DOWNLOADS, columns=[(ui(column), column) for column in COLUMNS],
                           fill_in=[ui(column) for column in FILL_IN], statuses=[ui(status) for status in STATUSES],
                           oscal_namespace=NAMESPACE, schemas=list(SCHEMAS), result_schemas=list(RESULT_SCHEMAS))


def download_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The downloads page (every playbook has exports)."""
    return {paths.DOWNLOADS: render_downloads}
