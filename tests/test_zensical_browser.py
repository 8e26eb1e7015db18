"""The same site built by Zensical (``playbook build --engine zensical``), which runs no MkDocs plugin, checked in
the real Chromium as the MkDocs build is: checklists with their anchors, search, the assessment's scoring, the
language menu, and no request to another host."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main

from conftest import REPO, replace_in

pytest.importorskip("zensical", reason="Zensical is the optional zensical extra, which bash tests/run installs")
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("zensical") / "site"
    result = CliRunner().invoke(main, ["build", "--engine", "zensical", "-f", str(REPO / "mkdocs.yml"), "-d", str(site)])
    assert result.exit_code == 0, result.output
    return site


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path, local_server) -> str:  # type: ignore[no-untyped-def]
    return local_server.serve(zensical_site, "zensical")


def test_both_editions_are_built_with_every_page_and_no_loopback_address(zensical_site: Path) -> None:
    for page in ("index.html", "checklists/vendor-selection/index.html", "assessment/index.html",
                 "contract/index.html", "contract/review/index.html", "playbook.json", "downloads/playbook.xlsx"):
        assert (zensical_site / page).is_file(), page
        assert (zensical_site / "fr" / page).is_file(), f"fr/{page}"
    assert '<html lang="fr"' in (zensical_site / "fr" / "index.html").read_text(encoding="utf-8")
    loopback = re.compile(r"localhost|127\.0\.0\.1")
    found = [path.relative_to(zensical_site).as_posix() for path in zensical_site.rglob("*.html")
             if loopback.search(path.read_text(encoding="utf-8"))]
    assert found == []


def test_checklists_keep_their_anchors(page, zensical_url: str) -> None:
    page.goto(zensical_url + "checklists/vendor-selection/#sel-02")
    assert page.locator("#sel-02").is_visible() and "SEL-02" in page.locator("#sel-02").inner_text()
    assert page.locator("#sel-02-m1 .pb-mitigation-id").inner_text() == "SEL-02-M1"
    page.wait_for_selector("[data-pb-situation][data-ready]")  # the situation panel's script runs
    assert page.console_errors == []


def test_search_finds_a_mistake(page, zensical_url: str) -> None:
    page.goto(zensical_url)
    page.locator(".md-search__button").click()
    page.locator("input[type=text]").last.fill("cheapest")  # Zensical's search box (open shadow DOM)
    page.locator("a[href*='checklists/vendor-selection/'][href$='#sel-02']").first.wait_for(state="attached")
    assert page.console_errors == []


def test_the_assessment_scores_and_recommends(page, zensical_url: str) -> None:
    page.goto(zensical_url + "assessment/")
    page.wait_for_selector("#pb-assessment[data-ready]")
    page.locator("#sel-q1 input[value='1']").check()
    page.locator("[data-recs] > li").first.wait_for()
    assert page.locator("[data-recs] > li").count() >= 1
    assert page.console_errors == []


def test_the_language_menu_leads_to_the_french_edition(page, zensical_url: str) -> None:
    page.goto(zensical_url + "checklists/vendor-selection/")
    french = page.locator("a[hreflang='fr']").first
    page.goto(french.evaluate("link => link.href"))
    # each edition's home: Zensical runs no plugin that could find the page's own counterpart
    assert page.url == zensical_url + "fr/" and page.evaluate("document.documentElement.lang") == "fr"
    assert page.locator("a[hreflang='en']").first.evaluate("link => link.href") == zensical_url
    assert page.console_errors == []


def test_bad_content_stops_the_build_and_leaves_the_site_as_it_was(tmp_path: Path, content: Path) -> None:
    from conftest import write_project

    config = write_project(tmp_path, content)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("earlier build", encoding="utf-8")
    replace_in(content / "alpha.yml", "severity: high", "severity: huge")
    result = CliRunner().invoke(main, ["build", "--engine", "zensical", "-f", str(config), "-d", str(site)])
    assert result.exit_code != 0 and "invalid-value" in result.output and "Traceback" not in result.output
    assert (site / "index.html").read_text(encoding="utf-8") == "earlier build"


def test_the_french_edition_carries_the_translated_site_name(zensical_site: Path) -> None:
    french = (zensical_site / "fr" / "checklists" / "exit" / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>([^<]*)</title>", french)
    assert title and html.unescape(title[1]).endswith("Le guide de l'externalisation"), title
    assert "Outsourcing Playbook" not in french
    assert "Outsourcing Playbook" in (zensical_site / "index.html").read_text(encoding="utf-8")
