"""What a contract must say: the provisions library and the frameworks, from the model to the built pages and files.

Each test writes a small provisions.yml and frameworks.yml into a copy of the fixture playbook, so that what is
checked is exactly what the test states; the shipped content has its own tests at the end."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from playbook_builder.load import load_playbook
from playbook_builder.model.pinpoints import covers, points
from playbook_builder.render.agreement import minimum_docx
from playbook_builder.render.exports import playbook_data

from conftest import line_of, mkdocs_build, problems_of, replace_in, write_project

SOURCES = """
  - id: rule-one
    title: A Regulation on Outsourcing
    author: Example Parliament
    publisher: Example Parliament
    kind: regulation
    year: 2024
    url: https://example.org/rule-one
"""

PROVISIONS = """topics:
  - id: delivery
    title: Delivery
    summary: What the supplier delivers and how you accept it.
    provisions:
      - id: acceptance
        title: Acceptance of deliverables
        must_say: You test each deliverable before you accept it.
        model_wording:
          - The Customer tests each deliverable within [number] working days.
          - A deliverable that fails its test is fixed at the Supplier's cost.
        red_flags:
          - Deemed acceptance after a short silence.
        mistakes: [ALP-01]
        sources:
          - {source: rule-one, at: "Art. 30(2)(a), (b)"}
        minimum: true
        minimum_wording:
          - The Customer tests each deliverable within [number] working days and pays once it accepts it.
        small_business: Agree one test per piece of work in an email.
        law:
          fr:
            text: A judge may reduce a penalty that is manifestly excessive.
            sources:
              - {source: rule-one, at: "Art. 5"}
      - id: regulator-access
        title: Access for regulators
        must_say: Your regulator can inspect the supplier.
        model_wording:
          - The Supplier gives the Customer's regulator access to its premises.
        red_flags:
          - Access limited to business hours with 30 days' notice.
        mistakes: [BET-01]
        sources:
          - {source: rule-one, at: "Art. 30(3)(e)"}
        applies_when: {size: [large]}
"""

FRAMEWORKS = """frameworks:
  - id: rule-one-contracts
    title: "Rule one: contracts"
    source: rule-one
    jurisdiction: eu
    applies_when: {size: [large]}
    summary: What rule one asks a contract to hold.
    requirements:
      - id: r1-30-2-a
        at: "Art. 30(2)(a)"
        summary: Describe the services.
      - id: r1-30-2-b
        at: "Art. 30(2)(b)"
        summary: Say where the data is kept.
      - id: r1-30-3-e
        at: "Art. 30(3)(e)"
        summary: Let the regulator in.
"""


def with_contract(content: Path, provisions: str = PROVISIONS, frameworks: str = FRAMEWORKS) -> Path:
    """The fixture playbook with the provisions and frameworks above (or those given)."""
    sources = content / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8") + SOURCES, encoding="utf-8")
    (content / "provisions.yml").write_text(provisions, encoding="utf-8")
    (content / "frameworks.yml").write_text(frameworks, encoding="utf-8")
    return content


@pytest.mark.parametrize(("pinpoint", "expected"), [
    ("Art. 28(3)(a)-(c)", [("art", "28", "3", "a"), ("art", "28", "3", "b"), ("art", "28", "3", "c")]),
    ("Art. 28(2) and (4)", [("art", "28", "2"), ("art", "28", "4")]),
    ("Art. 30(2)(g), Art. 64", [("art", "30", "2", "g"), ("art", "64")]),
    ("para 75(k)", [("para", "75", "k")]),
    ("paras 5.1–5.3", [("para", "5.1"), ("para", "5.2"), ("para", "5.3")]),
    ("the whole document", []),
])
def test_a_pinpoint_is_read_as_the_points_it_names(pinpoint: str, expected: list[tuple[str, ...]]) -> None:
    assert list(points(pinpoint)) == expected


def test_a_citation_covers_its_point_and_sub_points_but_a_whole_article_covers_none() -> None:
    assert covers("Art. 28(3)(a)-(h)", "Art. 28(3)(e)")
    assert covers("Art. 30(3)(e)(ii)", "Art. 30(3)(e)")
    assert not covers("Art. 28(3)", "Art. 28(3)(e)")
    assert not covers("Art. 28(3)(e)", "Art. 29(3)(e)")


def test_coverage_joins_requirements_provisions_and_mistakes(content: Path) -> None:
    playbook, warnings = load_playbook(with_contract(content))
    assert warnings == []
    assert [p.id for p in playbook.covered_by["r1-30-2-b"].provisions] == ["acceptance"]
    assert [p.id for p in playbook.provisions_of["BET-01"]] == ["regulator-access"]
    assert [r.id for _, r in playbook.required_by["acceptance"]] == ["r1-30-2-a", "r1-30-2-b"]
    data = playbook_data(playbook)
    assert [p["id"] for p in data["provisions"]] == ["acceptance", "regulator-access"]
    assert data["provisions"][0]["topic"] == "delivery"
    assert data["provisions"][0]["required_by"] == ["r1-30-2-a", "r1-30-2-b"]
    assert data["frameworks"][0]["requirements"][2]["covered_by"] == {"provisions": ["regulator-access"],
                                                                      "mistakes": []}


def test_a_requirement_nothing_covers_warns_at_its_line(content: Path) -> None:
    frameworks = FRAMEWORKS + '      - id: r1-30-2-c\n        at: "Art. 30(2)(c)"\n        summary: Protect the data.\n'
    with_contract(content, frameworks=frameworks)
    _, warnings = load_playbook(content, display_root=content.parent)
    line = line_of(content / "frameworks.yml", 'at: "Art. 30(2)(c)"')
    assert [str(w) for w in warnings] == [
        f"checklists/frameworks.yml:{line}:13: framework-gap: nothing covers rule-one-contracts Art. 30(2)(c) "
        f"(r1-30-2-c): cite it from a provision or a mistake as {{source: rule-one, at: \"Art. 30(2)(c)\"}}"]


def test_bad_references_in_provisions_and_frameworks_are_errors_at_their_lines(content: Path) -> None:
    with_contract(content)
    provisions = content / "provisions.yml"
    replace_in(provisions, "mistakes: [ALP-01]", "mistakes: [ALP-01, ALP-09]")
    replace_in(provisions, '- {source: rule-one, at: "Art. 30(3)(e)"}', "- rule-one")
    replace_in(content / "frameworks.yml", 'at: "Art. 30(2)(b)"', 'at: "where the data lives"')
    replace_in(content / "frameworks.yml", "source: rule-one", "source: rule-two")
    found = problems_of(content)
    assert f"checklists/provisions.yml:{line_of(provisions, 'ALP-09')}:28: reference-resolves: mistakes names " \
           f"the mistake 'ALP-09', which does not exist" in found
    assert any("citation-pinpoint: rule-one is a regulation: cite it with the article" in p and
               f"provisions.yml:{line_of(provisions, '- rule-one')}:" in p for p in found)
    assert any("requirement-at: 'where the data lives' is not a pinpoint the build can read" in p for p in found)
    assert any("reference-resolves: source names the source 'rule-two', which does not exist" in p for p in found)


def test_a_provision_without_wording_or_mistakes_is_refused(content: Path) -> None:
    with_contract(content)
    replace_in(content / "provisions.yml", "        mistakes: [ALP-01]\n", "        mistakes: []\n")
    found = problems_of(content)
    assert any("provisions.yml" in p and "mistakes" in p and "at least 1 item" in p for p in found)


@pytest.fixture(scope="module")
def contract_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from conftest import FIXTURE

    folder = tmp_path_factory.mktemp("contract")
    content = folder / "checklists"
    shutil.copytree(FIXTURE, content)
    with_contract(content)
    return mkdocs_build(write_project(folder, content), folder / "site")


def test_the_library_shows_each_clause_with_its_anchor_wording_flags_and_links(contract_site: Path) -> None:
    page = (contract_site / "contract" / "index.html").read_text(encoding="utf-8")
    assert 'id="acceptance"' in page and 'id="regulator-access"' in page
    assert '<span class="pb-blank">[number]</span> working days' in page
    assert "Deemed acceptance after a short silence." in page
    assert 'data-applies-when="{&#34;size&#34;:[&#34;large&#34;]}"' in page
    assert 'href="../frameworks/rule-one-contracts/#r1-30-2-a"' in page
    assert 'href="../checklists/alpha/#alp-01"' in page
    assert "<summary>Under French law<span" in page
    checklist = (contract_site / "checklists" / "alpha" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../contract/#acceptance">Acceptance of deliverables</a>' in checklist


def test_a_framework_page_goes_from_each_point_to_what_covers_it(contract_site: Path) -> None:
    page = (contract_site / "frameworks" / "rule-one-contracts" / "index.html").read_text(encoding="utf-8")
    assert '<tr id="r1-30-3-e"><td>Art. 30(3)(e)</td>' in page
    assert 'href="../../contract/#regulator-access">Access for regulators</a>' in page
    index = (contract_site / "frameworks" / "index.html").read_text(encoding="utf-8")
    assert "3 of 3" in index


def test_the_crosswalk_and_the_workbook_sheet_list_every_requirement(contract_site: Path) -> None:
    text = (contract_site / "downloads" / "frameworks-crosswalk.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Framework", "Requirement id", "Pinpoint", "Requirement", "Provisions", "Mistakes", "Covered"]
    assert rows[3] == ["Rule one: contracts", "r1-30-3-e", "Art. 30(3)(e)", "Let the regulator in.",
                       "Access for regulators (regulator-access)", "", "Yes"]
    with zipfile.ZipFile(contract_site / "downloads" / "playbook.xlsx") as book:
        assert 'name="Frameworks"' in book.read("xl/workbook.xml").decode("utf-8")


def test_the_minimum_agreement_is_a_page_and_a_word_file(contract_site: Path, content: Path) -> None:
    page = (contract_site / "contract" / "minimum" / "index.html").read_text(encoding="utf-8")
    assert "Acceptance of deliverables" in page and "Access for regulators" not in page
    assert 'href="../../downloads/minimum-agreement.docx"' in page
    document = docx.Document(str(contract_site / "downloads" / "minimum-agreement.docx"))
    text = [paragraph.text for paragraph in document.paragraphs]
    assert "1. Acceptance of deliverables" in text
    assert "The Customer tests each deliverable within [number] working days and pays once it accepts it." in text
    assert any("not legal advice" in line for line in text)
    blank = next(run for p in document.paragraphs for run in p.runs if run.text == "[number]")
    assert blank.font.highlight_color is not None
    playbook, _ = load_playbook(with_contract(content))
    assert minimum_docx(playbook) == minimum_docx(playbook), "the same content gives the same bytes"


def test_the_review_page_carries_its_data_and_one_form_group_per_clause(contract_site: Path) -> None:
    page = (contract_site / "contract" / "review" / "index.html").read_text(encoding="utf-8")
    assert page.count('<fieldset class="pb-review__item"') == 2
    assert page.count('type="radio" name="pb-rv-acceptance"') == 4
    start = page.index('data-review="') + len('data-review="')
    data = json.loads(page[start:page.index('"', start)].replace("&#34;", '"').replace("&quot;", '"'))
    assert data["provisions"]["acceptance"]["required"] == ["rule-one-contracts"]
    assert data["frameworks"]["rule-one-contracts"]["applies"] == {"size": ["large"]}



OVERLAY = """override:
  provisions:
    acceptance: {title: Acceptance by our test team}
remove:
  provisions: [regulator-access]
add:
  provisions:
    delivery:
      - id: house-security-schedule
        title: Our security schedule
        must_say: The supplier follows our security schedule.
        model_wording: [The Supplier complies with the Customer's security schedule.]
        red_flags: [The supplier's own policy replaces ours.]
        mistakes: [ALP-02]
        sources: [book-one]
  requirements:
    rule-one-contracts:
      - id: r1-house
        at: "Art. 31"
        summary: Our own rule.
"""


def overlaid(content: Path, tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    from playbook_builder.overlays import Overlay

    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "overlay.yml").write_text(text, encoding="utf-8")
    return load_playbook(content, mergers=[Overlay(overlay, display_root=tmp_path)], display_root=tmp_path)


def test_an_overlay_adds_changes_and_removes_clauses_and_requirements(content: Path, tmp_path: Path) -> None:
    playbook, warnings = overlaid(with_contract(content), tmp_path, OVERLAY)
    assert [(p.id, p.title) for p in playbook.provisions.values()] == [
        ("acceptance", "Acceptance by our test team"), ("house-security-schedule", "Our security schedule")]
    found = [str(w) for w in warnings]
    assert found[0].startswith("overlay/overlay.yml:3:5: overlay-pin: 2 item(s) you change or remove are not pinned "
                               "(acceptance, regulator-access)")
    assert found[1:] == [  # the fork's own requirement is checked like upstream's, and removing a clause shows a gap
        "checklists/frameworks.yml:16:13: framework-gap: nothing covers rule-one-contracts Art. 30(3)(e) (r1-30-3-e): "
        'cite it from a provision or a mistake as {source: rule-one, at: "Art. 30(3)(e)"}',
        'overlay/overlay.yml:19:13: framework-gap: nothing covers rule-one-contracts Art. 31 (r1-house): cite it from '
        'a provision or a mistake as {source: rule-one, at: "Art. 31"}']


def test_removing_the_only_mistake_a_clause_prevents_is_reported_at_the_remove_line(content: Path,
                                                                                    tmp_path: Path) -> None:
    from playbook_builder.problems import ContentError

    with pytest.raises(ContentError) as caught:
        overlaid(with_contract(content), tmp_path, "remove:\n  mistakes: [BET-01]\n")
    assert "overlay/overlay.yml:2:14: overlay-remove: removing BET-01 leaves the provision regulator-access " \
           "preventing no mistake: remove it too, or override its mistakes" in [str(p) for p in caught.value.problems]


def test_a_clause_of_the_minimum_agreement_needs_its_own_short_wording(content: Path) -> None:
    with_contract(content)
    replace_in(content / "provisions.yml", "          - The Customer tests each deliverable within [number] working days "
               "and pays once it accepts it.\n", "")
    replace_in(content / "provisions.yml", "        minimum_wording:\n", "")
    found = problems_of(content)
    assert f"checklists/provisions.yml:{line_of(content / 'provisions.yml', 'minimum: true')}:18: minimum-wording: " \
           "acceptance is part of the minimum agreement: give it a minimum_wording, the clause as a one-page " \
           "agreement says it, with blanks for every detail" in found


def test_playbook_diff_reports_changed_clauses_and_requirements(content: Path, tmp_path: Path) -> None:
    from playbook_builder.compare.changes import compare
    from playbook_builder.compare.editions import edition

    with_contract(content)
    old = edition(str(content), repository=tmp_path)  # a content folder's YAML, provisions inside their topics
    replace_in(content / "provisions.yml", "title: Acceptance of deliverables", "title: Acceptance")
    replace_in(content / "frameworks.yml", "summary: Let the regulator in.", "summary: Let the regulator inspect.")
    new = playbook_data(load_playbook(content)[0])
    found = {(c.kind, c.id, c.status, tuple(f.field for f in c.fields)) for c in compare(old, new).changes}
    assert ("provisions", "acceptance", "changed", ("title",)) in found
    assert ("requirements", "r1-30-3-e", "changed", ("summary",)) in found
