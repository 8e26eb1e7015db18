"""The print views as generated Markdown and as built pages: what each sheet holds and what it leaves out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import segno
import yaml
from babel.messages.catalog import Catalog

from playbook_builder.i18n.ui import Messages
from playbook_builder.load import load_playbook
from playbook_builder.render.pages import render_pages
from playbook_builder.render.printing import build_date, css_string, page_counter, print_pages
from playbook_builder.render.qr import BORDER, ERROR_LEVEL

from conftest import FIXTURE, as_text, mkdocs_build, write_project

SITE_URL = "https://example.org/pb/"


@pytest.fixture(scope="module")
def playbook():
    return load_playbook(FIXTURE)[0]


def rendered(playbook, site_url: str = "") -> dict[str, str]:
    return as_text(render_pages(playbook, print_pages(playbook, site_url)))


def front_matter(page: str) -> dict:
    match = re.match(r"---\n(.*?)\n---\n", page, re.S)
    assert match, page[:200]
    return yaml.safe_load(match.group(1))


def qr_cells(svg: str) -> set[tuple[float, float]]:
    """The dark modules an inline SVG QR code draws, read back from segno's path (M/m moves and h runs)."""
    path = re.search(r' d="([^"]+)"', svg).group(1)
    cells, x, y = set(), 0.0, 0.0
    for command, first, second in re.findall(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?", path):
        if command == "M":
            x, y = float(first), float(second)
        elif command == "m":
            x, y = x + float(first), y + float(second)
        else:
            cells.update((x + i, y) for i in range(int(first)))
            x += int(first)
    return cells


def expected_cells(url: str) -> set[tuple[float, float]]:
    matrix = segno.make(url, error=ERROR_LEVEL, micro=False).matrix
    return {(col + BORDER, row + BORDER + 0.5) for row, line in enumerate(matrix) for col, dark in enumerate(line)
            if dark}


def test_a_print_view_per_checklist_and_a_booklet(playbook) -> None:
    pages = print_pages(playbook)
    assert set(pages) == {"print/index.md", "print/alpha.md", "print/beta.md"}


def test_print_views_are_kept_out_of_navigation_and_search(playbook) -> None:
    pages = rendered(playbook)
    for path in ("print/index.md", "print/alpha.md"):
        meta = front_matter(pages[path])
        assert {"navigation", "toc"} <= set(meta["hide"])
        assert meta["search"] == {"exclude": True}


def test_sheet_holds_every_line_to_confirm_but_not_the_explanations(playbook, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    pages = rendered(playbook)
    for checklist in playbook.checklists:
        page = pages[f"print/{checklist.id}.md"]
        assert checklist.when in page
        assert {"do-confirm": "DO-CONFIRM", "read-do": "READ-DO"}[checklist.style] in page
        assert f"version {playbook.version} · 2026-01-01" in page
        for mistake in checklist.mistakes:
            assert f"{mistake.id} {mistake.title}." in page
            assert mistake.confirm in page
            assert mistake.why_it_hurts not in page
            assert mistake.summary not in page
            for mitigation in mistake.mitigations:
                assert mitigation.action in page
                assert f"({playbook.role_by_id[mitigation.owner].title})" in page
        assert page.count('class="pb-box"') == len(checklist.mistakes)
        assert "Signature" in page and "Owner" in page and "Due" in page and "Notes" in page
    assert "DO-CONFIRM" not in pages["print/beta.md"] and "READ-DO" not in pages["print/alpha.md"]


def test_build_date_follows_source_date_epoch(monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert build_date().isoformat() == "1970-01-01"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_date() == __import__("datetime").date.today()


def test_qr_code_encodes_the_online_checklist_when_site_url_is_set(playbook) -> None:
    pages = rendered(playbook, SITE_URL)
    for checklist in playbook.checklists:
        page = pages[f"print/{checklist.id}.md"]
        svgs = re.findall(r"<svg .*?</svg>", page)
        assert len(svgs) == 1
        assert qr_cells(svgs[0]) == expected_cells(f"{SITE_URL}checklists/{checklist.id}/")
        assert f'content: "{SITE_URL}checklists/{checklist.id}/"' in page  # the footer's address
    booklet = pages["print/index.md"]
    svgs = re.findall(r"<svg .*?</svg>", booklet)
    assert len(svgs) == 1 + len(playbook.checklists)
    assert qr_cells(svgs[0]) == expected_cells(SITE_URL)


def test_without_site_url_paper_names_the_checklist_by_where_readers_find_it(playbook) -> None:
    page = rendered(playbook)["print/alpha.md"]
    assert "<svg" not in page
    # No bare site path and no build setting on paper: the playbook's name and the menu's way to the checklist.
    assert "Online: Test Playbook › Checklists › Alpha phase" in page
    assert "content: \"Test Playbook › Checklists › Alpha phase\"" in page  # the page footer
    assert "site_url" not in page and "mkdocs.yml" not in page and "checklists/alpha/" not in page


def test_content_text_is_escaped_in_the_sheet(content: Path, tmp_path: Path) -> None:
    alpha = content / "alpha.yml"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace(
        "title: Choosing the cheapest bid", 'title: "Choosing R&D bids < 5 % *cheap* [x](y) \'quoted\'"'),
        encoding="utf-8")
    playbook = load_playbook(content)[0]
    page = rendered(playbook)["print/alpha.md"]
    assert "ALP-01 Choosing R&amp;D bids &lt; 5 % *cheap* [x](y) &#39;quoted&#39;." in page
    site = mkdocs_build(write_project(tmp_path, content), tmp_path / "site")
    html = (site / "print/alpha/index.html").read_text(encoding="utf-8")
    assert "ALP-01 Choosing R&amp;D bids &lt; 5 % *cheap* [x](y) &#39;quoted&#39;.</strong>" in html


def test_css_string_cannot_end_the_style_element() -> None:
    assert css_string('a"b\\c</style>') == '"a\\22 b\\5c c\\3c /style\\3e "'


def test_built_site_has_print_views_outside_search(tmp_path: Path) -> None:
    site = mkdocs_build(write_project(tmp_path, FIXTURE, extra_config=f"site_url: {SITE_URL}\n"), tmp_path / "site")
    for path in ("print/index.html", "print/alpha/index.html", "print/beta/index.html"):
        assert (site / path).is_file()
    html = (site / "print/alpha/index.html").read_text(encoding="utf-8")
    assert 'class="pb-sheet pb-sheet--alpha"' in html and "<svg" in html
    assert 'href="../../checklists/alpha/"' in html  # the toolbar's link back, resolved by MkDocs
    checklist = (site / "checklists/alpha/index.html").read_text(encoding="utf-8")
    assert 'href="../../print/alpha/"' in checklist  # the checklist page's Print button
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("print/")]
    assert any(doc["location"].startswith("checklists/alpha/") for doc in index["docs"])


def french(**strings: str) -> Messages:
    """A French UI catalogue holding just ``strings`` (English → French)."""
    catalog = Catalog(locale="fr")
    for english, text in strings.items():
        catalog.add(english, string=text)
    return Messages("fr", [catalog])


def test_the_footer_counter_says_page_n_of_n_in_the_edition_language() -> None:
    assert page_counter() == '"page " counter(page) " of " counter(pages)'
    fr = french(**{"page %(page)s of %(pages)s": "p. %(page)s/%(pages)s"})
    assert page_counter(fr) == '"p. " counter(page) "/" counter(pages)'
    reordered = french(**{"page %(page)s of %(pages)s": "%(pages)s pages, \"n°\" %(page)s"})
    assert page_counter(reordered) == 'counter(pages) " pages, \\22 n°\\22  " counter(page)'


def test_print_views_speak_the_edition_language(playbook) -> None:
    fr = french(**{
        "Pause point:": "Point d'arrêt :", "Print": "Imprimer", "DO-CONFIRM": "FAIRE-VÉRIFIER",
        "Sign-off: we have confirmed every ticked line above": "Validation : nous avons tout confirmé",
        "QR code: open %(title)s online": "Code QR : ouvrir %(title)s en ligne",
        "Online: %(address)s": "En ligne : %(address)s", "Checklists": "Listes de contrôle",
        "page %(page)s of %(pages)s": "page %(page)s sur %(pages)s",
    })
    pages = as_text(render_pages(playbook, print_pages(playbook, SITE_URL, fr), ui=fr))
    alpha = pages["print/alpha.md"]
    assert "<strong>Point d'arrêt :</strong>" in alpha
    assert ">Imprimer</button>" in alpha and ">FAIRE-VÉRIFIER<" in alpha
    assert "<caption>Validation : nous avons tout confirmé</caption>" in alpha
    assert 'aria-label="Code QR : ouvrir Alpha phase en ligne"' in alpha
    assert '" sur " counter(pages)' in alpha
    assert "Sign-off" not in alpha and "Pause point" not in alpha
    # Without site_url the address line names the checklist, its content text escaped as before.
    offline = as_text(render_pages(playbook, print_pages(playbook, "", fr), ui=fr))["print/alpha.md"]
    assert "En ligne : Test Playbook › Listes de contrôle › Alpha phase" in offline
