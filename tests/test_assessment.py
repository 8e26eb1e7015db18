"""The self-assessment page as generated: questions grouped by phase, safe JSON, escaped text, small assets, and
the words its scripts show on a page in another language."""

from __future__ import annotations

import gzip
import json
import os
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from playbook_builder.i18n.ui import Messages
from playbook_builder.load import load_playbook
from playbook_builder.model import Playbook
from playbook_builder.render.assessment import assessment_data, assessment_pages, data_script, embedded_json
from playbook_builder.render.pages import render_pages
from playbook_builder.render.paths import ASSESSMENT as ASSESSMENT_PAGE
from playbook_builder.render.paths import PORTFOLIO as PORTFOLIO_PAGE
from playbook_builder.render.scripts import joined_scripts
from playbook_builder.render.site import SiteOptions, site_files

from conftest import FIXTURE, as_text, assessment_data_in

#: The page's own script and stylesheet must stay this small, gzipped (the issue's budget).
BUDGET = 20 * 1024
#: The fixture's assessment data as the script gets it, for the JavaScript tests (tests/js/) and the golden
#: scoring cases (tests/fixtures/scoring-cases.json).
DATA_FILE = Path(__file__).parent / "fixtures" / "assessment-data.json"


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    return load_playbook(FIXTURE)[0]


class _Elements(HTMLParser):
    """Every element's tag and attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(html)
    return parser.found


def test_embedded_json_holds_nothing_that_looks_like_markup() -> None:
    data = {"text": "</div><!-- & -->\u2028", "nested": ["</SCRIPT>"]}
    text = embedded_json(data)
    assert not set(text) & {"<", ">", "&", "\n", "\u2028"}
    assert json.loads(text) == data


def test_the_page_holds_every_question_grouped_by_phase_in_playbook_order(fixture_site: Path) -> None:
    html = (fixture_site / "assessment" / "index.html").read_text(encoding="utf-8")
    found = elements(html)
    ids = [attrs.get("id") for _, attrs in found]
    # each phase's group comes before its own questions and after the previous phase's
    assert ids.index("alpha") < ids.index("alp-q1") < ids.index("alp-q2") < ids.index("beta") < ids.index("bet-q1")
    fieldsets = [attrs for tag, attrs in found if tag == "fieldset" and "data-question" in attrs]
    assert [f["data-question"] for f in fieldsets] == ["ALP-Q1", "ALP-Q2", "BET-Q1"]
    radios = [attrs for tag, attrs in found if tag == "input" and attrs.get("type") == "radio"]
    assert [r["value"] for r in radios if r["name"] == "pb-alp-q2"] == ["1", "2", "3", "na"]
    legend = re.search(r'<fieldset[^>]*id="alp-q1".*?<legend>(.*?)</legend>', html, re.S).group(1)
    assert "How do you weigh price against quality?" in legend
    assert "Think of your last vendor choice." in html  # the help text
    after_root = found[ids.index("pb-assessment"):]
    holder = next(attrs for tag, attrs in after_root if attrs.get("class") == "pb-as-data")  # inside the root
    assert "hidden" in holder
    assert "<script" not in html.split('id="pb-assessment"')[1].split("</article>")[0]  # see assessment.py
    # The data is a script beside the page, not in it: preloaded, and loaded by the page's script.
    assert "playbookAssessment" not in html
    assert '<link rel="preload" href="data.js" as="script">' in html and holder["data-src"] == "data.js"
    data = assessment_data_in((fixture_site / "assessment" / "data.js").read_text(encoding="utf-8"))
    assert data["version"] == "0.3.0"
    assert [q["id"] for q in data["questions"]] == ["ALP-Q1", "ALP-Q2", "BET-Q1"]


def test_checklist_pages_link_to_their_part_of_the_assessment(fixture_site: Path) -> None:
    html = (fixture_site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../assessment/#alpha"' in html
    assert 'href="../../assessment/#alp-q1"' in html


def test_content_text_is_escaped_in_the_form_and_the_data(content: Path) -> None:
    alpha = content / "alpha.yml"
    alpha.write_text(
        alpha.read_text(encoding="utf-8")
        .replace("How do you weigh price against quality?", "Is price < 2 × quality & *value*?")
        .replace("Never.", "Never_ever [x](y)."),
        encoding="utf-8",
    )
    playbook = load_playbook(content)[0]
    page = as_text(render_pages(playbook, assessment_pages(playbook)))[ASSESSMENT_PAGE]
    assert "Is price &lt; 2 × quality &amp; *value*?" in page
    assert "Never_ever [x](y)." in page  # raw HTML: Markdown leaves it alone, so no backslashes
    assert "price < 2" not in page
    script = data_script(assessment_data(playbook))
    assert "\\u003c 2 × quality \\u0026" in script and "<" not in script


def test_a_playbook_without_questions_has_no_assessment_page(playbook: Playbook) -> None:
    bare = Playbook(
        meta=playbook.meta,
        checklists=[c.model_copy(update={"questions": []}) for c in playbook.checklists],
        roles=playbook.roles,
        sources=playbook.sources,
    )
    assert assessment_pages(bare) == {}
    assert set(assessment_pages(playbook)) == {ASSESSMENT_PAGE}


def test_recommendation_data_names_owners_by_role_title(playbook: Playbook) -> None:
    data = assessment_data(playbook)
    assert data["mistakes"]["ALP-01"]["mitigations"][1] == [
        "Ask the lowest bidder to walk you through its staffing plan.",
        "Manager",
    ]
    assert data["severities"] == ["critical", "high", "medium", "low"]


def test_the_javascript_tests_get_the_data_the_page_gets(playbook: Playbook) -> None:
    """The committed copy must be what the build embeds, so the JavaScript tests cannot drift from the page.
    ``UPDATE_FIXTURES=1`` rewrites it."""
    data = assessment_data(playbook)
    if os.environ.get("UPDATE_FIXTURES") == "1":
        DATA_FILE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert json.loads(DATA_FILE.read_text(encoding="utf-8")) == data, (
        f"{DATA_FILE.name} is stale: run this test with UPDATE_FIXTURES=1, then check the golden scoring cases"
    )


def test_own_script_and_stylesheet_fit_the_budget() -> None:
    assets = resources.files("playbook_builder") / "assets"
    script = joined_scripts(assets)["assessment.js"].encode("utf-8")  # as served
    raw = script + (assets / "assessment.css").read_bytes()
    size = len(gzip.compress(raw, compresslevel=9))
    print(f"assessment.js + assessment.css: {len(raw)} bytes, {size} bytes gzipped")
    assert size <= BUDGET


def _french() -> Messages:
    """A few French words, as a catalogue would give them."""
    french = Messages("fr")
    french._strings.update({
        "Self-assessment": "Autodiagnostic",
        "Start the assessment again": "Recommencer l'évaluation",
        "it is not a JSON file": "ce n'est pas un fichier JSON",
        "Show all": "Tout afficher",
        "Subjects": "Sujets",
    })
    french._plurals[("%(count)s answer", "%(count)s answers")] = ("%(count)s réponse", "%(count)s réponses")
    return french


def _words(html: str, element_id: str | None = None, marker: str | None = None,
           css_class: str | None = None) -> dict[str, object] | None:
    """The data-strings of the element with that id (or that attribute, or that class), parsed; None when it has
    none."""
    for _tag, attrs in elements(html):
        if (element_id and attrs.get("id") == element_id) or (marker and marker in attrs) \
                or (css_class and attrs.get("class") == css_class):
            text = attrs.get("data-strings")
            return None if text is None else json.loads(text)
    raise AssertionError(f"no element {element_id or marker}")


def test_pages_in_another_language_give_the_scripts_their_words(playbook: Playbook) -> None:
    english = as_text(site_files(playbook))
    french = as_text(site_files(playbook, SiteOptions(ui=_french())))
    assert "data-strings" not in str(english[ASSESSMENT_PAGE]) + str(english[PORTFOLIO_PAGE])
    assessment = str(french[ASSESSMENT_PAGE])
    assert "title: \"Autodiagnostic\"" in assessment and "# Autodiagnostic" in assessment
    assert ">Recommencer l'évaluation</button>" in assessment
    assert _words(assessment, css_class="pb-as-data") == {
        "it is not a JSON file": "ce n'est pas un fichier JSON",
        "%(count)s answer": {"one": "%(count)s réponse", "other": "%(count)s réponses"},
    }
    assert _words(assessment, marker="data-pb-situation") == {"Show all": "Tout afficher"}
    assert _words(str(french[PORTFOLIO_PAGE]), "pb-portfolio") == {
        "it is not a JSON file": "ce n'est pas un fichier JSON", "Subjects": "Sujets"}
