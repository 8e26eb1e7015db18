"""Editions: a real MkDocs build with English at the root and French under fr/, from the content's catalogue and
the hand-written pages under docs/fr/; every page has its counterpart and the language menu leads to it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po, write_po
from click.testing import CliRunner

from playbook_builder.commands import main

from conftest import mkdocs_build, write_project

NAV = """nav:
  - Home: index.md
  - Guide: guide.md
  - Checklists: checklists/index.md
  - Self-assessment: assessment.md
"""


def french_catalogue(content: Path, keep_english: set[str]) -> None:
    """A French catalogue with every text translated as « FR: … », except the keys in ``keep_english``."""
    result = CliRunner().invoke(main, ["translate", "update", "fr", "--checklists", str(content)])
    assert result.exit_code == 0, result.output
    po = content / "locales" / "fr.po"
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.id and message.context not in keep_english:
            message.string = f"FR: {message.id}"
    with po.open("wb") as stream:
        write_po(stream, catalog, width=100, sort_output=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from conftest import FIXTURE

    folder = tmp_path_factory.mktemp("editions")
    content = folder / "checklists"
    shutil.copytree(FIXTURE, content)
    french_catalogue(content, keep_english={"mistake/ALP-02/title"})
    config = write_project(folder, content, plugin_options="      languages: [fr]\n", extra_config=NAV)
    docs = folder / "docs"
    (docs / "guide.md").write_text("# Guide\n\nHow to use it.\n", encoding="utf-8")
    (docs / "fr").mkdir()
    (docs / "fr" / "index.md").write_text("# Accueil\n\nUn guide d'essai.\n", encoding="utf-8")
    return mkdocs_build(config, folder / "site")


def pages(site: Path) -> set[str]:
    return {str(path.relative_to(site)) for path in site.rglob("*.html")}


def test_each_edition_has_every_page_in_its_language(site: Path) -> None:
    english = {page for page in pages(site) if not page.startswith("fr/")}
    french = {page.removeprefix("fr/") for page in pages(site) if page.startswith("fr/")}
    assert english == french and "checklists/alpha/index.html" in french
    assert '<html lang="en"' in (site / "index.html").read_text(encoding="utf-8")
    home = (site / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in home and "Accueil" in home
    assert not (site / "fr" / "fr").exists()  # the French pages are not English pages too


def test_french_pages_show_the_catalogue_and_fall_back_with_a_note(site: Path) -> None:
    checklist = (site / "fr" / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert "FR: Choosing the cheapest bid" in checklist
    assert "Skipping past work samples" in checklist  # no translation: the English, marked
    guide = (site / "fr" / "guide" / "index.html").read_text(encoding="utf-8")
    assert 'lang="en"' in guide and "How to use it." in guide and "admonition" in guide
    english = (site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert "FR:" not in english


def test_the_language_menu_leads_to_the_same_page_in_the_other_edition(site: Path) -> None:
    for page in ("index.html", "checklists/alpha/index.html", "guide/index.html"):
        for here in (site / page, site / "fr" / page):
            html = here.read_text(encoding="utf-8")
            links = dict(re.findall(r'<a href="([^"]+)" target="_self" hreflang="(\w+)"', html)
                         or [(href, lang) for lang, href in []])
            menu = re.findall(r'<a href="([^"]+)" target="_self" hreflang="(\w+)" class="md-select__link"', html)
            assert {lang for _, lang in menu} == {"en", "fr"}, (here, links)
            for href, lang in menu:
                target = (here.parent / href / "index.html").resolve()
                expected = (site / page) if lang == "en" else (site / "fr" / page)
                assert target == expected.resolve(), (here, href)
            heads = re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="(\w+)"', html)
            assert {lang for _, lang in heads} == {"en", "fr"}
            for href, lang in heads:  # each edition's home, where Material finds its sitemap
                home = (here.parent / href / "index.html").resolve()
                assert home == ((site if lang == "en" else site / "fr") / "index.html").resolve()


def test_the_french_search_index_is_french(site: Path) -> None:
    index = json.loads((site / "fr" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["fr"]
    assert any("FR: Choosing the cheapest bid" in doc["title"] or "FR: Choosing" in doc["text"]
               for doc in index["docs"])
    english = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"] and not any("FR:" in doc["text"] for doc in english["docs"])


def test_exports_and_the_assessment_are_translated_but_keep_their_ids(site: Path) -> None:
    french = json.loads((site / "fr" / "playbook.json").read_text(encoding="utf-8"))
    english = json.loads((site / "playbook.json").read_text(encoding="utf-8"))
    mistake = french["checklists"][0]["mistakes"][0]
    assert mistake["title"].startswith("FR: ") and mistake["id"] == english["checklists"][0]["mistakes"][0]["id"]
    assessment = (site / "fr" / "assessment" / "index.html").read_text(encoding="utf-8")
    assert "FR: " in assessment and 'data-version="' in assessment


def test_the_translation_status_page_names_what_is_still_in_english(site: Path) -> None:
    status = (site / "fr" / "translation" / "index.html").read_text(encoding="utf-8")
    # one item a line, as HTML: a paragraph of hundreds of Markdown links would cost the square of their number
    assert '<ul class="pb-translation-list">\n<li><a href="../checklists/alpha/#alp-02">ALP-02</a></li>' in status
    assert (site / "translation" / "index.html").is_file()


def test_without_languages_nothing_changes(fixture_site: Path) -> None:
    assert not (fixture_site / "fr").exists()
    html = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert "hreflang" not in html and not (fixture_site / "translation").exists()


def test_an_overlay_carries_the_translation_of_what_it_changes(tmp_path: Path) -> None:
    """The upstream catalogue translates the upstream title; the overlay changes the title and its own catalogue
    translates the new one, so the French edition shows the overlay's French."""
    import shutil

    from conftest import FIXTURE

    upstream = tmp_path / "upstream"
    shutil.copytree(FIXTURE, upstream)
    french_catalogue(upstream, keep_english=set())
    shutil.copytree(Path(__file__).parent / "fixtures" / "overlay", tmp_path / "overlay")
    config = write_project(tmp_path, upstream, plugin_options="      overlays: [overlay]\n      languages: [fr]\n")
    runner = CliRunner()
    checked = runner.invoke(main, ["check", "-f", str(config)])
    assert "translation-stale: fr: mistake/ALP-01/title" in checked.output  # the overlay changed the English
    updated = runner.invoke(main, ["translate", "update", "fr", "-f", str(config)])
    assert updated.exit_code == 0 and "overlay/locales/fr.po" in updated.output
    po = tmp_path / "overlay" / "locales" / "fr.po"
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.id and (not message.string or message.fuzzy):
            message.string, message.flags = f"FR: {message.id}", set()
    with po.open("wb") as stream:
        write_po(stream, catalog, width=100, sort_output=False)
    checked = runner.invoke(main, ["check", "-f", str(config), "--strict"])
    assert checked.exit_code == 0, checked.output
    site = mkdocs_build(config, tmp_path / "site")
    page = (site / "fr" / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert "FR: Picking the cheapest bid" in page and "Choosing the cheapest bid" not in page
