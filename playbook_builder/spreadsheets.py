"""Spreadsheet exports (to be built)."""

from __future__ import annotations

from .model import Playbook


def spreadsheet_files(playbook: Playbook) -> dict[str, bytes | str]:
    return {}
