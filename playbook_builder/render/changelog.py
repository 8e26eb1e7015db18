"""The "What's new" page: the committed changelog (changelog.yml), newest release first."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Playbook
from . import paths
from .pages import PageRenderer


def changelog_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    """The page, for :func:`.pages.render_pages`; none when the content has no changelog."""
    if not playbook.releases:
        return {}
    return {paths.WHATS_NEW: lambda renderer: renderer.render("whats_new.md.j2", paths.WHATS_NEW)}
