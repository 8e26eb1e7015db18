"""The vendor's questionnaire in the vendor's voice: each question's ``vendor`` wording, the check that wants one,
the questionnaire file that asks it in English and French, and overlays that set it."""

from __future__ import annotations

import html as html_lib
import re
import textwrap
from pathlib import Path

from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.load import load_playbook
from playbook_builder.overlays import Overlay

from conftest import FIXTURE, REPO, assessment_data_in, line_of, replace_in, write_project


def _written(tmp_path: Path, config: Path, *options: str) -> str:
    target = tmp_path / "q.html"
    ran = CliRunner().invoke(main, ["questionnaire", "-f", str(config), "-o", str(target), *options])
    assert ran.exit_code == 0, ran.output
    return target.read_text(encoding="utf-8")


def _legends(page: str) -> dict[str, str]:
    """Each question's legend text by id, as the vendor reads it."""
    found = re.findall(r'<span class="pb-as-qid">([A-Z]+-Q\d+)</span> (.*?)</legend>', page)
    return {qid: html_lib.unescape(re.sub(r"<[^>]+>.*", "", text)).strip() for qid, text in found}


def _data_texts(page: str) -> dict[str, str]:
    data = assessment_data_in(page)
    return {question["id"]: question["text"] for question in data["questions"]}


def test_a_question_without_a_vendor_wording_is_a_warning_at_its_line(content: Path) -> None:
    alpha = content / "alpha.yml"
    replace_in(alpha, "    vendor: How do you help the client weigh your price against your quality?\n", "")
    playbook, warnings = load_playbook(content, display_root=content.parent)
    assert playbook.questions["ALP-Q1"].vendor is None
    line = line_of(alpha, "- id: ALP-Q1")
    assert [str(w.location) for w in warnings if w.rule == "question-vendor"] == [f"checklists/alpha.yml:{line}:9"]
    assert all(w.warning for w in warnings) and "ALP-Q1 has no vendor wording" in warnings[0].message


def test_check_passes_without_strict_and_fails_with_it(tmp_path: Path, content: Path) -> None:
    replace_in(content / "beta.yml", "    vendor: How do you confirm the client's deadlines with your team?\n", "")
    config = write_project(tmp_path, content)
    relaxed = CliRunner().invoke(main, ["check", "-f", str(config)])
    assert relaxed.exit_code == 0, relaxed.output
    assert "beta.yml:" in relaxed.output and "question-vendor: BET-Q1 has no vendor wording" in relaxed.output
    strict = CliRunner().invoke(main, ["check", "-f", str(config), "--strict"])
    assert strict.exit_code == 1 and "question-vendor" in strict.output


def test_every_shipped_question_has_a_vendor_wording_in_the_vendors_voice(shipped_playbook) -> None:  # type: ignore[no-untyped-def]
    for question in shipped_playbook.questions.values():
        assert question.vendor, f"{question.id} has no vendor wording"
        assert question.vendor != question.text and question.vendor.endswith("?"), question.id
        # Addressed to the vendor: about "you" and, where the buyer is named, as the client.
        assert re.search(r"\byou(r)?\b", question.vendor), question.id


def test_the_questionnaire_asks_the_vendor_wording_and_states_the_convention(tmp_path: Path) -> None:
    page = _written(tmp_path, REPO / "mkdocs.yml", "--name", "Vendor Beta")
    legends, data = _legends(page), _data_texts(page)
    playbook = load_playbook(REPO / "checklists", display_root=REPO)[0]
    assert set(legends) == set(playbook.questions) == set(data)  # the ids are the assessment's
    for qid, question in playbook.questions.items():
        assert legends[qid] == data[qid] == question.vendor
    assert legends["STR-Q1"] == "How do you help your client decide which tasks to hand to you and which to keep?"
    assert "How did you decide which tasks to outsource" not in page
    assert "Each question is written for you, the vendor" in page and "“we”, “you” and “your” stand for your client" in page


def test_the_french_questionnaire_asks_the_vendor_wording_in_french(tmp_path: Path) -> None:
    page = _written(tmp_path, REPO / "mkdocs.yml", "--language", "fr")
    legends, data = _legends(page), _data_texts(page)
    expected = "Comment aidez-vous votre client à décider quelles tâches vous confier et lesquelles garder\u00a0?"
    assert legends["STR-Q1"] == data["STR-Q1"] == expected
    assert "Comment avez-vous décidé quelles tâches externaliser" not in page
    assert "Chaque question s'adresse à vous, le prestataire\u00a0:" in page
    assert "«\u00a0nous\u00a0», «\u00a0vous\u00a0» et «\u00a0votre\u00a0» y désignent votre client" in page
    assert all(text.endswith("\u00a0?") for text in legends.values()), "French puts a no-break space before ?"
    assert legends["CON-Q3"].startswith("Votre client pourrait-il contrôler votre travail")


def test_the_assessment_page_keeps_the_buyers_wording(fixture_site: Path) -> None:
    page = (fixture_site / "assessment" / "index.html").read_text(encoding="utf-8")
    assert "How do you weigh price against quality?" in page
    assert "How do you help the client weigh your price" not in page


def test_an_overlay_sets_and_changes_the_vendor_wording(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "overlay.yml").write_text(textwrap.dedent("""\
        override:
          questions:
            ALP-Q1:
              vendor: How do you show our buyers your quality as well as your price?
        add:
          questions:
            alpha:
              - id: ALP-Q90
                text: Who signs the award?
                levels: [Nobody., The board.]
                detects: [ALP-01]
        """), encoding="utf-8")
    playbook, warnings = load_playbook(FIXTURE, mergers=[Overlay(overlay, tmp_path)], display_root=tmp_path)
    assert playbook.questions["ALP-Q1"].vendor == "How do you show our buyers your quality as well as your price?"
    missing = [w for w in warnings if w.rule == "question-vendor"]
    assert [(str(w.location), w.warning) for w in missing] == [("overlay/overlay.yml:8:13", True)]
    assert playbook.questions["ALP-Q90"].vendor is None  # the questionnaire asks its text until it has its own


def test_the_site_offers_the_questionnaire_in_each_edition(shipped_site: Path) -> None:
    """A reader of the published site sends the vendor a file from the downloads page: no command to run."""
    for prefix, language, link in (("", "en", "vendor-questionnaire.html"), ("fr/", "fr", "vendor-questionnaire.html")):
        page = (shipped_site / prefix / "downloads" / "vendor-questionnaire.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}">' in page and "playbook questionnaire" not in page
        assert "default-src 'none'" in page  # offline: the file may request nothing
        assert "STR-Q1" in _legends(page)
        downloads = (shipped_site / prefix / "downloads" / "index.html").read_text(encoding="utf-8")
        assert f'<a download="vendor-questionnaire.html" href="{link}">' in downloads
    french = (shipped_site / "fr" / "downloads" / "vendor-questionnaire.html").read_text(encoding="utf-8")
    assert _legends(french)["STR-Q1"].startswith("Comment aidez-vous votre client")  # the vendor's voice, in French
