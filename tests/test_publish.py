"""A default build is ready to publish: no loopback address anywhere, and a clear word when site_url is missing."""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURE, write_project

LOOPBACK = re.compile(rb"127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0")


def loopback_files(site: Path) -> list[str]:
    found = []
    for path in sorted(site.rglob("*")):
        # Material's source map quotes its own source code, whose comments mention localhost; no page loads it.
        if path.is_file() and path.suffix != ".map":
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            if LOOPBACK.search(data):
                found.append(path.relative_to(site).as_posix())
    return found


def test_the_shipped_build_carries_no_loopback_address(shipped_site: Path) -> None:
    assert loopback_files(shipped_site) == []
    home = (shipped_site / "index.html").read_text(encoding="utf-8")
    assert 'rel="canonical"' not in home  # no site_url, no canonical link rather than a wrong one
    sheet = (shipped_site / "print" / "vendor-selection" / "index.html").read_text(encoding="utf-8")
    assert "pb-qr__code" not in sheet and "Online: Outsourcing Playbook › Checklists › Vendor selection" in sheet
    assert "site_url" not in sheet and "Online: checklists/" not in sheet and "(checklists/" not in sheet


def test_playbook_build_says_once_that_site_url_is_missing(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE)
    result = subprocess.run([sys.executable, "-m", "playbook_builder", "build", "--strict"], cwd=config.parent,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    # Once, though the command and then the plugin (once per edition) each meet the missing setting.
    assert result.stderr.count("site_url is not set") == 1
    assert result.stderr.count("WARNING: site_url is not set") == 1
    assert loopback_files(tmp_path / "site") == []


def test_with_site_url_pages_get_canonical_links_and_sheets_qr_codes(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE, extra_config="site_url: https://playbook.example.org/\n")
    result = subprocess.run([sys.executable, "-m", "playbook_builder", "build"], cwd=config.parent,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "site_url is not set" not in result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://playbook.example.org/">' in home
    assert "pb-qr__code" in (tmp_path / "site" / "print" / "alpha" / "index.html").read_text(encoding="utf-8")
