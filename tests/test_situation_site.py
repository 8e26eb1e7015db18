"""The situation panel, small-business notes, role pages and fixed-scope editions in built sites."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from conftest import FIXTURE, REPO, assessment_data_in, mkdocs_build, write_project


@pytest.fixture(scope="module")
def fixture_html(fixture_site: Path):
    return lambda path: (fixture_site / path).read_text(encoding="utf-8")


def attribute(html: str, name: str) -> dict:
    found = re.search(rf'<div class="pb-situation"[^>]* {name}="([^"]*)"', html)
    assert found, name
    return json.loads(unescape(found.group(1)))


@pytest.mark.parametrize("page", ["checklists/alpha/index.html", "mistakes/index.html", "print/alpha/index.html",
                                  "print/index.html", "roles/buyer/index.html", "assessment/index.html"])
def test_every_scoped_page_has_the_panel_hidden_until_the_script_shows_it(fixture_html, page: str) -> None:
    html = fixture_html(page)
    assert html.count("data-pb-situation") == 1
    assert re.search(r"<div class=\"pb-situation\" data-pb-situation data-site-root", html)  # there from the first paint
    assert attribute(html, "data-applies") == {"ALP-02": {"size": ["large"]}}
    assert attribute(html, "data-facts")["size"] == {"small": "A small business with no procurement or legal team",
                                                     "large": "A larger organisation"}
    assert attribute(html, "data-fixed") == {}
    assert '<label for="pb-fact-size">How big is your organisation?</label>' in html
    assert '<option value="">Not answered</option>' in html
    root = re.search(r'data-site-root="([^"]*)"', html).group(1)
    assert root == "../" * page.count("/")  # relative to the page's address: works under any sub-path


def test_the_assessment_folds_the_panel_and_its_data_knows_what_applies(fixture_html) -> None:
    html = fixture_html("assessment/index.html")
    # Folded, so that the first question is near the top on a phone; the quick check's hint points at it.
    assert '<details class="pb-situation__box">' in html
    data = assessment_data_in(fixture_html("assessment/data.js"))
    assert data["applies"] == {"ALP-02": {"size": ["large"]}} and data["fixed"] == {}


def test_checklist_pages_mark_summaries_notes_and_small_business_guidance(fixture_html) -> None:
    html = fixture_html("checklists/alpha/index.html")
    assert '<p class="pb-scope-note" data-scope-note data-mistakes="ALP-01 ALP-02" hidden></p>' in html
    assert re.search(r'<p class="pb-summary" data-summary="ALP-01">You pick the vendor with the lowest price.</p>', html)
    note = re.search(r'<div class="admonition tip pb-small-business" data-small-business="ALP-01">(.*?)</div>', html,
                     re.S).group(1)
    assert "In a small business" in note and "Ask two freelancers for a short paid trial task" in note
    assert 'data-small-business="ALP-02"' not in html  # no guidance, no note
    assert "para 4" in html  # the pinpoint shows beside its source


def test_print_lines_carry_their_mistake(fixture_html) -> None:
    html = fixture_html("print/alpha/index.html")
    assert re.findall(r'<li class="pb-item" data-mistake="([A-Z]+-\d+)">', html) == ["ALP-01", "ALP-02"]


def test_role_pages_list_every_mitigation_the_role_owns(fixture_site: Path, fixture_html) -> None:
    data = json.loads((fixture_site / "playbook.json").read_text(encoding="utf-8"))
    owned: dict[str, list[str]] = {}
    for checklist in data["checklists"]:
        for mistake in checklist["mistakes"]:
            for mitigation in mistake["mitigations"]:
                owned.setdefault(mitigation["owner"], []).append((mitigation["id"], mitigation["action"]))
    index = fixture_html("roles/index.html")
    for role in data["roles"]:
        if role["id"] not in owned:
            assert f'href="{role["id"]}/"' not in index
            continue
        assert f'href="{role["id"]}/"' in index
        html = fixture_html(f"roles/{role['id']}/index.html")
        lists = re.findall(r'<ul class="pb-tasks pb-role-actions">(.*?)</ul>', html, re.S)
        found = [item for block in lists for item in re.findall(
            r'<li><a class="pb-mitigation-id" href="[^"]*#([a-z0-9-]+)">([A-Z0-9-]+)</a> (.*?) For <a ', block)]
        assert [unescape(action) for _, _, action in found] == [action for _, action in owned[role["id"]]]
        # each action shows its id and links to its own anchor on the checklist page
        assert [(anchor, mitigation_id) for anchor, mitigation_id, _ in found] == \
            [(mitigation_id.lower(), mitigation_id) for mitigation_id, _ in owned[role["id"]]]
        assert f"{role['title']}: your actions" in html


def test_role_page_items_link_to_their_mistakes(fixture_html) -> None:
    html = fixture_html("roles/buyer/index.html")
    assert 'href="../../checklists/alpha/#alp-01"' in html and 'href="../../checklists/alpha/#alp-02"' in html
    assert 'id="phase-alpha"' in html


def test_an_edition_with_fixed_answers_leaves_out_what_cannot_apply(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE, plugin_options="      scope:\n        size: small\n")
    site = mkdocs_build(config, tmp_path / "site")
    data = json.loads((site / "playbook.json").read_text(encoding="utf-8"))
    assert [m["id"] for c in data["checklists"] for m in c["mistakes"]] == ["ALP-01", "BET-01"]
    assert [q["id"] for q in data["questions"]] == ["ALP-Q1", "BET-Q1"]
    assert data["fixed"] == {"size": "small"}
    html = (site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert "ALP-02" not in html
    assert 'id="pb-fact-size"' not in html and 'id="pb-fact-vendor-location"' in html  # fixed facts are not asked
    assessment = (site / "assessment" / "index.html").read_text(encoding="utf-8")
    assert 'data-question="ALP-Q2"' not in assessment and 'data-question="ALP-Q1"' in assessment


def test_a_fixed_answer_that_names_no_fact_or_option_stops_the_build(tmp_path: Path) -> None:
    config = write_project(tmp_path, FIXTURE, plugin_options="      scope:\n        sise: small\n"
                                                             "        vendor-location: abroad\n")
    result = subprocess.run([sys.executable, "-m", "playbook_builder", "build"], cwd=config.parent,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "scope: there is no scoping fact 'sise' (scope.yml defines size, vendor-location); did you mean " \
           "'size'?" in result.stderr
    assert "scope: 'abroad' is not an option of 'vendor-location' (its options: same-country, offshore)" \
           in result.stderr
    assert not (tmp_path / "site").exists()


def test_the_shipped_playbook_asks_the_seven_scoping_facts() -> None:
    from playbook_builder.load import load_playbook

    playbook, _ = load_playbook(REPO / "checklists")
    assert [fact.id for fact in playbook.facts] == ["size", "sector", "buyer", "personal-data", "vendor-location",
                                                    "vendor-kind", "jurisdiction"]
    assert "small" in [option.id for option in playbook.fact_by_id["size"].options]
    assert [option.id for option in playbook.fact_by_id["jurisdiction"].options] == ["uk", "fr", "eu", "us", "other"]


def test_each_mitigation_shows_its_id_with_an_anchor_on_its_checklist_page(fixture_site: Path, fixture_html) -> None:
    data = json.loads((fixture_site / "playbook.json").read_text(encoding="utf-8"))
    for checklist in data["checklists"]:
        html = fixture_html(f"checklists/{checklist['id']}/index.html")
        for mistake in checklist["mistakes"]:
            for mitigation in mistake["mitigations"]:
                assert f'<li id="{mitigation["id"].lower()}"><span class="pb-mitigation-id">{mitigation["id"]}</span> ' \
                       in html, mitigation["id"]
