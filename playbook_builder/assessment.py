"""The self-assessment page (to be built)."""

from __future__ import annotations

from collections.abc import Callable

from .model import Playbook
from .render import PageRenderer


def assessment_pages(playbook: Playbook) -> dict[str, Callable[[PageRenderer], str]]:
    return {}
