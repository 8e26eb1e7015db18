"""Golden digests of everything the library generates, so that a refactor that changes a page is caught.

The digests cover the output of :func:`~playbook_builder.render.site.site_files` (pages, print views, exports,
spreadsheets, schemas) for the fixture playbook and the shipped one, with a fixed build date and site address.
Assets are left out: their code changes on purpose. When content or a template changes on purpose, rewrite the
list with ``PLAYBOOK_UPDATE_GOLDEN=1 python3 -m pytest tests/test_golden.py`` and review the diff of the list.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from playbook_builder.load import load_playbook
from playbook_builder.render.paths import ASSET_DIR
from playbook_builder.render.site import SiteOptions, site_files

from conftest import FIXTURE, REPO, as_text

GOLDEN = Path(__file__).resolve().parent / "golden"
SITE_URL = "https://playbook.example.org/"


def digests(content: Path) -> dict[str, str]:
    playbook, _ = load_playbook(content)
    files = as_text(site_files(playbook, SiteOptions(site_url=SITE_URL)))
    return {
        path: hashlib.sha256(data if isinstance(data, bytes) else data.encode("utf-8")).hexdigest()
        for path, data in sorted(files.items())
        if not path.startswith(ASSET_DIR + "/")
    }


@pytest.mark.parametrize(("name", "content"), [("fixture", FIXTURE), ("shipped", REPO / "checklists")])
def test_generated_files_match_their_golden_digests(name: str, content: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    found = digests(content)
    golden = GOLDEN / f"{name}-digests.json"
    if os.environ.get("PLAYBOOK_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    changed = sorted(path for path in expected.keys() | found.keys() if expected.get(path) != found.get(path))
    assert not changed, f"generated files differ from {golden.name} (see the module docstring): {changed}"
