"""`playbook pdf`: PDFs of every print view and of the booklet; clear errors when its optional parts are missing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main

from conftest import CHROMIUM, FIXTURE, write_project


def pdf_pages(path: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)), re.search(r"^Page size:.*\((\w+)\)", info, re.M)[1]


@pytest.mark.browser
def test_pdf_builds_the_site_when_needed_and_prints_every_view(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE, extra_config="site_url: https://example.org/pb/\n")
    out = tmp_path / "pdf"
    result = subprocess.run(
        [sys.executable, "-m", "playbook_builder", "pdf", "-f", str(config), "--out", str(out),
         "--paper", "a4", "--paper", "letter", "--chromium", CHROMIUM],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Building the site" in result.stderr  # no site yet: it was built first
    assert (tmp_path / "site/print/index.html").is_file()
    assert "Wrote 6 PDFs" in result.stdout
    expected = {f"{name}-{paper}.pdf" for name in ("alpha", "beta", "booklet") for paper in ("a4", "letter")}
    assert {path.name for path in out.iterdir()} == expected
    for name in expected:
        pages, size = pdf_pages(out / name)
        assert size == ("A4" if "a4" in name else "letter")
        assert pages == (3 if name.startswith("booklet") else 1)  # cover + one page per fixture checklist


@pytest.mark.browser
def test_pdf_prints_another_edition_in_its_language(tmp_path: Path) -> None:
    import shutil

    content = tmp_path / "checklists"
    shutil.copytree(FIXTURE, content)
    config = write_project(tmp_path, content, plugin_options="      languages: [fr]\n")
    out = tmp_path / "pdf"
    command = [sys.executable, "-m", "playbook_builder", "pdf", "-f", str(config), "--out", str(out),
               "--chromium", CHROMIUM]
    refused = subprocess.run([*command, "--language", "de"], capture_output=True, text=True, cwd=tmp_path,
                             timeout=300)
    assert refused.returncode == 2 and "no 'de' edition" in refused.stderr and "en, fr" in refused.stderr
    result = subprocess.run([*command, "--language", "fr"], capture_output=True, text=True, cwd=tmp_path,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert {path.name for path in out.iterdir()} == {f"{name}-a4-fr.pdf" for name in ("alpha", "beta", "booklet")}
    text = subprocess.run(["pdftotext", str(out / "alpha-a4-fr.pdf"), "-"], capture_output=True, text=True).stdout
    assert "PORTEUR" in text.upper() and "OWNER" not in text.upper()  # the sheet's own words, in French


def test_pdf_without_playwright_says_how_to_install_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # makes the import fail
    result = CliRunner().invoke(main, ["pdf", "-f", str(write_project(tmp_path, FIXTURE))])
    assert result.exit_code == 1
    assert "pip install playwright" in result.output and "apt-get install chromium" in result.output
    assert "Traceback" not in result.output


def test_pdf_without_chromium_never_downloads_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["pdf", "-f", str(write_project(tmp_path, FIXTURE)), "--chromium", str(tmp_path / "no-chromium")])
    assert result.exit_code == 1
    assert f"Chromium not found at {tmp_path / 'no-chromium'}" in result.output
    assert "never downloads a browser" in result.output
    assert not (tmp_path / "site").exists()
