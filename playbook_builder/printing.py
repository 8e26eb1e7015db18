"""The print views (to be built)."""

from __future__ import annotations

from collections.abc import Callable

from .model import Playbook
from .options import SiteOptions
from .render import PageRenderer


def print_pages(playbook: Playbook, options: SiteOptions) -> dict[str, Callable[[PageRenderer], str]]:
    return {}
