"""The search worker as the site serves it: named in every page's theme settings, in the theme's worker folder,
and folding accents exactly as Unicode's decomposition does (what a reader of any Latin script expects); and a
translated edition's site name."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from playbook_builder.i18n.ui import Messages
from playbook_builder.theme import SEARCH_WORKER, edition_site_name, search_worker, with_search_worker
from tests.test_scripts import needs_node, run_node

FOLD = Path(__file__).resolve().parents[1] / "playbook_builder" / "assets" / "search" / "fold.js"
#: Every letter of Latin-1, Latin Extended-A and B, and the combining marks themselves.
LETTERS = "".join(chr(code) for code in range(0xC0, 0x250)) + "e\u0301o\u0308A\u030a"


def reference_fold(text: str) -> str:
    """NFD, combining marks (Mn) dropped, œ and æ written out."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return bare.translate(str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}))


@needs_node
def test_the_scripts_folding_is_unicodes(tmp_path: Path) -> None:
    script = tmp_path / "fold.mjs"
    script.write_text(f"import {{ fold }} from {json.dumps(FOLD.as_uri())};\n"
                      f"process.stdout.write(JSON.stringify([...{json.dumps(LETTERS)}].map(fold)));\n",
                      encoding="utf-8")
    result = run_node(str(script))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [reference_fold(c) for c in LETTERS]
    assert reference_fold("Réversibilité œuvre") == "Reversibilite oeuvre"


def test_pages_name_our_worker_with_the_themes_after_the_hash() -> None:
    page = '<script id="__config" type="application/json">{"base": "../..", "features": [], ' \
           '"search": "../../assets/javascripts/workers/search.a7633da7.min.js", "tags": null}</script>'
    assert '"search": "../../assets/javascripts/workers/playbook-search.js#search.a7633da7.min.js"' in \
        with_search_worker(page)
    assert with_search_worker("<p>search.a7633da7.min.js</p>") == "<p>search.a7633da7.min.js</p>"
    assert SEARCH_WORKER.startswith("assets/javascripts/workers/")  # where the theme's worker finds its files


@needs_node
def test_the_worker_script_parses_and_loads_only_a_theme_worker(tmp_path: Path) -> None:
    script = tmp_path / "playbook-search.js"
    script.write_text(search_worker(), encoding="utf-8")
    assert run_node("--check", str(script)).returncode == 0
    assert "/* --- worker.js --- */" in search_worker() and "main.js" not in search_worker().splitlines()[0]
    assert "THEME_WORKER.test(theme)" in search_worker()  # nothing but the theme's worker file is loaded


def test_an_editions_site_name_is_the_translated_title_where_it_holds_the_english_one(shipped_playbook) -> None:  # type: ignore[no-untyped-def]
    english = shipped_playbook
    french = english.model_copy(update={"meta": english.meta.model_copy(update={"title": "Le guide"})})
    ui = Messages("fr")
    assert edition_site_name(english.meta.title, english, french, ui) == "Le guide"
    assert edition_site_name(f"Acme {english.meta.title}", english, french, ui) == "Acme Le guide"
    assert edition_site_name("Our vendor handbook", english, french, ui) == "Our vendor handbook"
    ui._strings["Our vendor handbook"] = "Notre manuel"
    assert edition_site_name("Our vendor handbook", english, french, ui) == "Notre manuel"
