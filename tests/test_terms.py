"""The termbase (terms.yml): its model and checks, variants reported in content, catalogues and overlays at their
lines, the glossary page generated in each language, and the first use of a term linked with its definition."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main as cli
from playbook_builder.i18n.ui import Messages
from playbook_builder.load import load_playbook
from playbook_builder.overlays import Overlay
from playbook_builder.render.site import SiteOptions, site_files

from conftest import REPO, as_text, line_of, problems_of, replace_in

TERMS = """\
terms:
  - id: cheapest-bid
    term: lowest bid
    forms: [lowest bids]
    definition: The offer with the lowest price, before you weigh quality.
    avoid: [cheapest bid]
    see: [work-sample]
    translations:
      fr:
        term: offre la moins chère
        definition: L'offre au prix le plus bas, avant toute pondération de la qualité.
        avoid: [moins-disant]
  - id: work-sample
    term: work sample
    forms: [samples]
    definition: A piece of work the vendor delivered for another client, shown to you as evidence.
    translations:
      fr:
        term: échantillon de travaux
        definition: Un travail livré à un autre client et montré comme preuve.
"""


@pytest.fixture
def termed(content: Path) -> Path:
    """The fixture playbook with a termbase."""
    (content / "terms.yml").write_text(TERMS, encoding="utf-8")
    return content


def test_a_variant_in_the_english_content_is_a_warning_at_its_line(termed: Path) -> None:
    playbook, warnings = load_playbook(termed, display_root=termed.parent)
    assert [term.id for term in playbook.terms] == ["cheapest-bid", "work-sample"]
    found = [problem for problem in warnings if problem.rule == "term-variant"]
    title_line = line_of(termed / "alpha.yml", "title: Choosing the cheapest bid")
    assert [(p.location.file, p.location.line) for p in found] == [("checklists/alpha.yml", title_line)]
    assert "'cheapest bid' is a variant to avoid for 'lowest bid' (terms.yml: cheapest-bid)" in found[0].message
    assert all(problem.warning for problem in found)


def test_strict_check_fails_on_a_variant_and_passes_once_it_is_gone(termed: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    failed = runner.invoke(cli, ["check", "--strict", "--checklists", str(termed)])
    assert failed.exit_code == 1 and "term-variant" in failed.output
    replace_in(termed / "alpha.yml", "title: Choosing the cheapest bid", "title: Choosing the lowest bid")
    passed = runner.invoke(cli, ["check", "--strict", "--checklists", str(termed)])
    assert passed.exit_code == 0, passed.output


def test_a_variant_in_a_translation_is_reported_at_its_catalogue_line(termed: Path) -> None:
    locales = termed / "locales"
    locales.mkdir()
    (locales / "fr.po").write_text(textwrap.dedent('''\
        msgid ""
        msgstr ""
        "Language: fr\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"

        msgctxt "mistake/ALP-01/title"
        msgid "Choosing the cheapest bid"
        msgstr "Choisir le moins-disant"
        '''), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--checklists", str(termed)])
    variants = [line for line in result.output.splitlines() if "term-variant" in line and "fr:" in line]
    assert len(variants) == 1, result.output
    msgid_line = line_of(locales / "fr.po", 'msgid "Choosing')
    assert f"locales/fr.po:{msgid_line}: term-variant" in variants[0]
    assert "mistake/ALP-01/title: 'moins-disant' is a variant to avoid for 'offre la moins chère'" in variants[0]


def test_a_variant_listed_as_a_form_too_is_an_error(termed: Path) -> None:
    replace_in(termed / "terms.yml", "avoid: [cheapest bid]", "avoid: [cheapest bid, lowest bids]")
    problems = problems_of(termed)
    line = line_of(termed / "terms.yml", "avoid: [cheapest bid, lowest bids]")
    assert any(f"terms.yml:{line}" in problem and "termbase" in problem and "'lowest bids'" in problem
               for problem in problems), problems


def test_a_see_or_a_source_that_names_nothing_is_an_error(termed: Path) -> None:
    replace_in(termed / "terms.yml", "see: [work-sample]", "see: [work-samples]")
    problems = problems_of(termed)
    assert any("reference-resolves" in p and "see names the term 'work-samples'" in p for p in problems), problems


def test_an_overlay_s_own_term_is_enforced_on_the_content(content: Path, tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "overlay.yml").write_text(textwrap.dedent("""\
        description: Our words.
        add:
          terms:
            - id: work-sample
              term: work sample
              definition: A piece of work the vendor delivered for another client.
              avoid: [past work samples, samples of similar past work]
        """), encoding="utf-8")
    playbook, warnings = load_playbook(content, mergers=[Overlay(overlay, display_root=tmp_path)],
                                       display_root=tmp_path)
    assert [term.id for term in playbook.terms] == ["work-sample"]
    found = [(p.location.file, p.location.line) for p in warnings if p.rule == "term-variant"]
    assert found == [("checklists/alpha.yml", line_of(content / "alpha.yml", "title: Skipping past work samples")),
                     ("checklists/alpha.yml", line_of(content / "alpha.yml", "samples of similar past work"))]


def test_the_glossary_page_lists_every_term_in_each_language(termed: Path) -> None:
    playbook, _ = load_playbook(termed)
    english = as_text(site_files(playbook))["guide/glossary.md"]
    assert english.index('<dt id="cheapest-bid">lowest bid</dt>') < english.index('<dt id="work-sample">')
    assert '<span class="pb-glossary__variant">cheapest bid</span>' in english
    assert '<a href="#work-sample">work sample</a>' in english
    french = as_text(site_files(playbook, SiteOptions(ui=Messages("fr"))))["guide/glossary.md"]
    # Alphabetical in French: échantillon (e) before offre (o); the English term in brackets.
    assert french.index('<dt id="work-sample">échantillon de travaux') < french.index('<dt id="cheapest-bid">')
    assert '<span class="pb-glossary__english" lang="en">(lowest bid)</span>' in french


def test_the_first_use_of_a_term_on_a_page_links_to_its_definition(termed: Path) -> None:
    playbook, _ = load_playbook(termed)
    page = as_text(site_files(playbook))["checklists/alpha.md"]
    marked = page.count('class="pb-term"')
    assert marked == 1  # "samples" of ALP-02's confirm line is not marked; its first use is in a mitigation
    assert ('<a class="pb-term__link" href="../../guide/glossary/#work-sample" aria-describedby="pb-term-work-sample">'
            'samples</a><span class="pb-term__tip" role="tooltip" id="pb-term-work-sample">A piece of work the vendor '
            'delivered for another client, shown to you as evidence.</span>').replace('id="pb-term-work-sample">', 'id="pb-term-work-sample" data-search-exclude="definition">') in page
    glossary = as_text(site_files(playbook))["guide/glossary.md"]
    assert 'class="pb-term"' not in glossary  # the glossary does not link to itself


def test_without_a_termbase_there_is_no_glossary_and_no_link(content: Path) -> None:
    playbook, _ = load_playbook(content)
    files = as_text(site_files(playbook))
    assert "guide/glossary.md" not in files
    assert 'class="pb-term"' not in files["checklists/alpha.md"]


def test_the_shipped_termbase(shipped_playbook) -> None:
    terms = shipped_playbook.terms
    assert len(terms) >= 40
    assert all("fr" in term.translations for term in terms), "every term has its French"
    names = {term.id for term in terms}
    for needed in ("hypercare", "step-in-rights", "should-cost", "open-book", "bridge-letter", "gain-share",
                   "dora", "eba", "competent-authority"):
        assert any(needed in name for name in names), needed
    eba = next(term for term in terms if term.id.startswith("eba"))
    assert eba.translations["fr"].term.startswith("ABE") or "ABE" in eba.translations["fr"].forms


def test_diff_reports_a_changed_term_and_a_new_law_note(termed: Path) -> None:
    from playbook_builder.compare import compare
    from playbook_builder.render.exports import playbook_data

    old, _ = load_playbook(termed)
    replace_in(termed / "terms.yml", "definition: A piece of work the vendor delivered for another client, shown",
               "definition: Work the vendor delivered for another client, shown")
    replace_in(termed / "alpha.yml", "    small_business: Ask two freelancers", textwrap.indent(textwrap.dedent("""\
        law:
          uk:
            text: In the UK a public buyer must publish its award criteria.
            sources:
              - {source: book-one, at: "p. 4"}
        small_business: Ask two freelancers"""), "    "))
    new, _ = load_playbook(termed)
    found = compare(dict(playbook_data(old), label="old"), dict(playbook_data(new), label="new"))
    assert [change.id for change in found.of("terms")] == ["work-sample"]
    changed = {change.id: [field.field for field in change.fields] for change in found.of("mistakes")}
    assert changed == {"ALP-01": ["law"]}


def test_a_law_note_cites_each_source_with_a_pinpoint(content: Path) -> None:
    replace_in(content / "alpha.yml", "    small_business: Ask two freelancers", textwrap.indent(textwrap.dedent("""\
        law:
          fr:
            text: In France the buyer must check the vendor's registration.
            sources: [book-one]
        small_business: Ask two freelancers"""), "    "))
    problems = problems_of(content)
    found = [p for p in problems if "citation-pinpoint" in p]
    assert len(found) == 1 and "a law note states a rule: cite book-one with the article" in found[0], problems
    assert f"alpha.yml:{line_of(content / 'alpha.yml', 'text: In France the buyer')+1}:" in found[0]


def test_the_shipped_law_notes(shipped_playbook) -> None:
    noted = {m.id: set(m.law) for m in shipped_playbook.mistakes.values() if len(m.law) >= 2}
    assert len(noted) >= 20, sorted(noted)
    for owner, jurisdiction, note in shipped_playbook.law_notes:
        assert jurisdiction in ("uk", "fr", "eu", "us"), owner
        assert note.citations and all(citation.at for citation in note.citations), f"{owner}.{jurisdiction}"
    # The French notes are about French law, the UK ones about the UK's, and so on: each says whose law it is.
    openings = {"uk": ("In the UK", "In Great Britain", "Under UK", "In England"), "fr": ("In France",),
                "us": ("In the US", "In California", "Under US", "The US"),
                "eu": ("Under EU law", "In the EU", "EU law", "Within the EU", "Under the GDPR", "Under DORA")}
    for owner, jurisdiction, note in shipped_playbook.law_notes:
        assert any(opening in note.text for opening in openings[jurisdiction]), f"{owner}.{jurisdiction}"


def test_pinpoints_read_in_the_page_s_language(termed: Path) -> None:
    replace_in(termed / "alpha.yml", '{source: report-two, at: "para 4"}',
               '{source: report-two, at: "Art. 28(3) and paras 4 to 6"}')
    playbook, _ = load_playbook(termed)
    english = as_text(site_files(playbook))["checklists/alpha.md"]
    french = as_text(site_files(playbook, SiteOptions(ui=Messages("fr"))))["checklists/alpha.md"]
    assert "A Report on Contracts (Example Office, 2022)</a>, Art. 28(3) and paras 4 to 6" in english
    assert "A Report on Contracts (Example Office, 2022)</a>, art. 28(3) et points 4 à 6" in french


def test_the_search_index_leaves_the_definitions_beside_terms_out(shipped_site: Path) -> None:
    """A result reads as the page does, not "exit planA written plan…": only the glossary indexes definitions."""
    import json

    playbook, _ = load_playbook(REPO / "checklists")
    definitions = [" ".join(term.definition.split())[:60] for term in playbook.terms]
    index = json.loads((shipped_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = [doc for doc in index["docs"] if doc["location"].startswith(("checklists/", "roles/", "contract/"))]
    assert pages and "pb-term" in (shipped_site / "checklists" / "exit" / "index.html").read_text(encoding="utf-8")
    found = [(doc["location"], text) for doc in pages for text in definitions if text in " ".join(doc["text"].split())]
    assert found == []
