"""The downloads page, which links and explains every export of the site."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Playbook
from ..oscal import NAMESPACE
from . import paths
from .pages import PageRenderer
from .spreadsheets import COLUMNS, FILL_IN, STATUSES


def render_downloads(renderer: PageRenderer) -> str:
    return renderer.render("downloads.md.j2", paths.DOWNLOADS, columns=COLUMNS, fill_in=FILL_IN, statuses=STATUSES,
                           oscal_namespace=NAMESPACE)


def download_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The downloads page (every playbook has exports)."""
    return {paths.DOWNLOADS: render_downloads}
