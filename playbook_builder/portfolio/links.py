"""Where a mistake lives in the published playbook, for the report's links."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..render import paths
from ..render.env import anchor
from ..render.printing import online_address


def mistake_url(site_url: str, data: Mapping[str, Any], mistake_id: str) -> str:
    """The mistake's section on its checklist page; "" without a ``site_url`` (nowhere to point at)."""
    if not site_url:
        return ""
    page = paths.address(paths.checklist(data["mistakes"][mistake_id]["checklist"]))
    return f"{online_address(site_url, page)}#{anchor(mistake_id)}"
