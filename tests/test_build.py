"""Real MkDocs builds into tmp_path: pages, anchors, exports, search index, and bad content stopping cleanly."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from playbook_builder.problems import ALL_RULES

from conftest import FIXTURE, mkdocs_build, write_project


@pytest.fixture(scope="module")
def fixture_html(fixture_site: Path):
    def read(path: str) -> str:
        return (fixture_site / path).read_text(encoding="utf-8")

    return read


def test_a_page_per_checklist_with_an_anchor_per_mistake(fixture_html) -> None:
    page = fixture_html("checklists/alpha/index.html")
    for anchor in ("alp-01", "alp-02"):
        assert f'id="{anchor}"' in page
    section = page[page.index('id="alp-01"'):page.index('id="alp-02"')]
    assert "High severity" in section
    assert "Poor work costs more to fix than the price saved." in section  # why it hurts
    assert "Nobody can explain how the low price is possible." in section  # a warning sign
    assert '<ul class="pb-tasks pb-mitigations">' in section and "Owner: Manager" in section  # tasks with owners
    assert "<input" not in section  # the boxes are drawn by CSS: a disabled checkbox is a control nobody can use
    assert 'href="../beta/#bet-01"' in section  # related mistake
    assert 'href="../../bibliography/#book-one"' in section  # source
    assert 'href="../../cases/#widget-co"' in section  # case study
    for label in ("Related mistakes:", "Case studies:", "Sources:"):
        assert f"<p><strong>{label}</strong>" in section, label  # each in a paragraph of its own


def test_index_bibliography_cases_and_content_model(fixture_html) -> None:
    index = fixture_html("mistakes/index.html")
    assert 'id="severity-critical"' in index and 'id="phase-beta"' in index
    assert index.index("BET-01") < index.index("ALP-01")  # critical first
    bibliography = fixture_html("bibliography/index.html")
    assert 'id="book-one"' in bibliography and "https://example.org/report-two" in bibliography
    assert "Widget Co chose the lowest bid" in fixture_html("cases/index.html")
    model = fixture_html("reference/content-model/index.html")
    for rule in ALL_RULES:
        assert f"<code>{rule}</code>" in model, rule
    assert 'id="severity-rubric"' in model and "why_it_hurts" in model


def test_checklists_are_listed_in_order(fixture_html) -> None:
    listing = fixture_html("checklists/index.html")
    assert listing.index("Alpha phase") < listing.index("Beta phase")


def test_playbook_json_holds_the_checked_model(fixture_site: Path) -> None:
    data = json.loads((fixture_site / "playbook.json").read_text(encoding="utf-8"))
    assert data["version"] == "0.3.0"
    assert [c["id"] for c in data["checklists"]] == ["alpha", "beta"]
    mistake = data["checklists"][0]["mistakes"][0]
    assert {"id", "title", "severity", "summary", "why_it_hurts", "warning_signs", "mitigations", "related",
            "sources"} <= set(mistake)
    assert mistake["mitigations"][0] == {"id": "ALP-01-M1", "action": "Weight quality at least as high as price.",
                                         "owner": "buyer", "applies_when": {}}
    question = data["questions"][0]
    assert question["checklist"] == "alpha" and question["weight"] == 2
    assert question["levels"][0] == {"label": "Price alone decides."}
    assert question["detects"] == ["ALP-01"]
    assert data["sources"][0]["url"] == "https://example.org/book-one"
    assert data["cases"] == [{"id": "widget-co", "title": "Widget Co helpdesk", "organisation": "Widget Co",
                              "year": 2019, "kind": "outsourcing", "small_firm": False,
                              "what_went_wrong": "Widget Co chose the lowest bid and never met the team.",
                              "prevention": "Meeting the team and weighting quality would have shown the gap.",
                              "mistakes": ["ALP-01"], "sources": ["book-one"],
                              "citations": [{"source": "book-one", "at": None}]}]


def test_json_schema_is_published(fixture_site: Path) -> None:
    schema = json.loads((fixture_site / "schema" / "checklist.schema.json").read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert {"id", "code", "mistakes", "questions"} <= set(schema["properties"])
    for name in ("sources", "roles", "cases", "playbook"):
        assert (fixture_site / "schema" / f"{name}.schema.json").is_file()


def test_search_index_finds_mistakes_by_id_and_title(fixture_site: Path) -> None:
    index = json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    sections = {doc["location"]: doc["title"] for doc in index["docs"]}
    assert "ALP-01" in sections["checklists/alpha/#alp-01"]
    assert "Choosing the cheapest bid" in sections["checklists/alpha/#alp-01"]


def test_search_leaves_out_the_forms_and_the_table_that_repeats_the_headings(fixture_site: Path) -> None:
    """The situation panel, the table of mistakes and the links onwards from each mistake are on the page but not
    in its search entries: search would list them as hits (every mistake that links to the one asked for), and they
    make up a large part of what it would have to parse."""
    html = (fixture_site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert '<table class="pb-summary-table"' in html and "Your situation" in html and "pb-fragment" not in html
    for label in ("Related mistakes:", "Case studies:", "Check yourself:", "Sources:"):
        assert f"<p><strong>{label}</strong>" in html, label
    index = json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    page = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("checklists/alpha/"))
    assert "Choosing who does the work." in page and "Price decides the award." in page
    assert "<table" not in page and "Your situation" not in page and "Not answered" not in page
    assert "Related mistakes" not in page and "Case studies" not in page and "Check yourself" not in page
    assert "Sources: A Report on Contracts" in page  # a search for a source finds the mistakes that cite it


def test_text_from_content_cannot_become_markup(content: Path, tmp_path: Path) -> None:
    alpha = content / "alpha.yml"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace(
        "summary: You pick the vendor with the lowest price.",
        "summary: 'You pick *the* [cheapest](javascript:alert(1)) & `lowest` price > 5 & < 9.'"), encoding="utf-8")
    site = mkdocs_build(write_project(tmp_path / "project", content), tmp_path / "site")
    page = (site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert 'href="javascript' not in page and "<em>the</em>" not in page
    assert "You pick *the* [cheapest](javascript:alert(1)) &amp; `lowest` price &gt; 5 &amp; &lt; 9." in page


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


#: One edit per kind of bad input: (file, old text, new text, the rule the error must name).
BAD_INPUTS = {
    "malformed yaml": ("alpha.yml", "title: Alpha phase", "title: [Alpha phase", "yaml-syntax"),
    "tab indentation": ("beta.yml", "  - id: BET-01", "\t- id: BET-01", "tab-indentation"),
    "duplicate key": ("alpha.yml", "order: 1\n", "order: 1\norder: 2\n", "duplicate-key"),
    "wrong type": ("alpha.yml", "order: 1", "order: [1]", "wrong-type"),
    "unknown field": ("alpha.yml", "    summary: You pick", "    sumary: You pick", "unknown-field"),
    "dangling reference": ("alpha.yml", "owner: manager", "owner: boss", "reference-resolves"),
    "duplicate id": ("alpha.yml", "  - id: ALP-02\n", "  - id: ALP-01\n", "unique-ids"),
    "empty file": ("beta.yml", None, "", "empty-file"),
    "not utf-8": ("beta.yml", "Working with", "Working \udce9 with", "utf-8"),
    "alias bomb": ("beta.yml", None, "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", "yaml-alias"),
    "raw html": ("alpha.yml", "title: Choosing the cheapest bid", "title: Choosing <script>x()</script>", "raw-html"),
}


def _break(content: Path, kind: str) -> str:
    name, old, new, rule = BAD_INPUTS[kind]
    path = content / name
    text = new if old is None else path.read_text(encoding="utf-8").replace(old, new, 1)
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    return rule


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
def test_bad_content_stops_the_build_and_keeps_the_earlier_site(content: Path, tmp_path: Path, kind: str) -> None:
    config = write_project(tmp_path / "project", content)
    site = tmp_path / "project" / "site"
    mkdocs_build(config, site)
    before = _snapshot(site)
    rule = _break(content, kind)
    command = ["mkdocs", "build", "--strict"] if kind == "wrong type" else ["playbook_builder", "build", "--strict"]
    result = subprocess.run([sys.executable, "-m", *command], cwd=config.parent, capture_output=True, text=True,
                            timeout=120, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    assert re.search(rf"checklists/\w+\.yml(:\d+:\d+)?: {rule}: ", output), output
    assert "Nothing was built" in output
    assert _snapshot(site) == before


def test_cli_and_mkdocs_build_the_same_site(tmp_path: Path, fixture_site: Path) -> None:
    config = write_project(tmp_path / "project", FIXTURE)
    result = subprocess.run([sys.executable, "-m", "playbook_builder", "build", "-d", str(tmp_path / "out")],
                            cwd=config.parent, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    mine = _snapshot(tmp_path / "out")
    theirs = _snapshot(fixture_site)
    assert set(mine) == set(theirs)
    different = [path for path in mine if mine[path] != theirs[path] and not path.startswith("sitemap.xml")]
    assert different == []


def test_plugin_watches_the_content_and_orders_the_nav(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    config_file = write_project(tmp_path, FIXTURE, extra_config="nav:\n  - index.md\n  - Checklists: "
                                                                 "checklists/index.md\n")
    config = load_config(str(config_file))
    config = config.plugins.on_config(config)
    assert str(FIXTURE.resolve()) in [str(Path(p).resolve()) for p in config.watch]
    assert config.nav[1] == {"Checklists": ["checklists/index.md", "checklists/alpha.md", "checklists/beta.md"]}
    content_dir = Path(config.docs_dir)
    assert sorted(p.name for p in content_dir.rglob("*")) == ["index.md"]  # nothing written into docs_dir


def test_large_exports_are_copied_from_a_temporary_folder_that_is_removed(tmp_path: Path, monkeypatch) -> None:
    """A large edition's exports are not held in memory for the whole build: they go through a temporary folder,
    which the build removes, and the site gets exactly what was generated."""
    import tempfile

    from playbook_builder import generated
    from playbook_builder.load import load_playbook
    from playbook_builder.render.site import SiteOptions, site_files

    monkeypatch.setattr(generated, "SPILL_BYTES", 0)  # every export spills
    made: list[Path] = []
    original = tempfile.mkdtemp

    def mkdtemp(*args, **kwargs) -> str:  # type: ignore[no-untyped-def]
        made.append(Path(original(*args, dir=tmp_path / "temp", **kwargs)))
        return str(made[-1])

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    (tmp_path / "temp").mkdir()
    site = mkdocs_build(write_project(tmp_path / "project", FIXTURE), tmp_path / "site")
    expected = site_files(load_playbook(FIXTURE)[0], SiteOptions())
    for path in ("playbook.json", "oscal/catalog.json", "downloads/playbook.xlsx", "downloads/alpha.csv"):
        data = expected[path]
        assert (site / path).read_bytes() == (data if isinstance(data, bytes) else data.encode("utf-8")), path
    assert made and list((tmp_path / "temp").iterdir()) == []  # spilled, then cleaned up


HOLDING_PROBE = '''
import json
from pathlib import Path

from mkdocs.plugins import event_priority

TEXT = "Nobody can explain how the low price is possible."
found = {"files": None, "written": []}


def on_files(files, config):
    found["files"] = files


@event_priority(-100)  # after the playbook and search plugins
def on_page_context(context, page, config, nav):
    pages = [f.page for f in found["files"].documentation_pages() if f.page is not None]
    holding = sorted(p.file.src_uri for p in pages if p.content and TEXT in p.content)
    found["written"].append([page.file.src_uri, holding])
    return context


def on_post_build(config):
    Path(config.config_file_path).with_name("holding.json").write_text(json.dumps(found["written"]))
'''


def test_a_page_holds_its_finished_html_only_while_it_is_written(tmp_path: Path) -> None:
    """MkDocs makes the HTML of every page before it writes any; a large edition would hold all of it at once. The
    generated HTML is put in place only when its page is written, before search reads it, and let go after."""
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "probe.py").write_text(HOLDING_PROBE, encoding="utf-8")
    config = write_project(tmp_path / "project", FIXTURE, extra_config="hooks: [probe.py]\n")
    site = mkdocs_build(config, tmp_path / "site")
    written = json.loads((tmp_path / "project" / "holding.json").read_text(encoding="utf-8"))
    assert len(written) > 10
    for page, holding in written:
        assert set(holding) <= {page}, (page, holding)  # no other page holds its finished HTML
    assert ["checklists/alpha.md", ["checklists/alpha.md"]] in written
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    section = next(doc for doc in index["docs"] if doc["location"] == "checklists/alpha/#alp-01")
    assert "Nobody can explain how the low price is possible." in section["text"]
    assert "Nobody can explain" in (site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")


def test_what_search_should_not_index_goes_in_after_it_even_inside_a_fragment_that_it_indexes() -> None:
    from playbook_builder.render.env import put_back, templates

    fragments: list[str] = []
    source = templates().from_string(
        "# Title\n\n{% filter fragment %}<p>Body</p>\n{% filter fragment(searched=False) %}<p>Links</p>"
        "{% endfilter %}{% endfilter %}\n{% filter fragment(searched=False) %}<table></table>{% endfilter %}\n"
    ).render(fragments=fragments)
    assert "Body" not in source and "Links" not in source  # Markdown gets markers only
    searched = put_back(source, fragments, searched_only=True)
    assert "<p>Body</p>" in searched and "Links" not in searched and "<table>" not in searched
    whole = put_back(searched, fragments)
    assert whole == put_back(source, fragments) and "pb-fragment" not in whole
    assert whole.index("<p>Body</p>") < whole.index("<p>Links</p>") < whole.index("<table></table>")
