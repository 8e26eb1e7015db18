"""Content catalogues: the round trip a translator makes (update, translate, the English changes, the entry goes
stale, the page falls back to English, review), and what ``playbook check`` and ``playbook translate`` say."""

from __future__ import annotations

import json
from pathlib import Path

from babel.messages.pofile import read_po, write_po
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.i18n.apply import translated
from playbook_builder.i18n.catalogue import read_catalogue, status
from playbook_builder.load import load_playbook
from playbook_builder.model.prose import entries

from conftest import REPO, line_of, replace_in


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def translate(po: Path, french: dict[str, str]) -> None:
    """Fill some entries of a catalogue, as a translator would in a PO editor (which clears the fuzzy flag)."""
    with po.open("rb") as stream:
        catalog = read_po(stream)
    for message in catalog:
        if message.context in french:
            message.string = french[message.context]
            message.flags.discard("fuzzy")
            message.previous_id = []
    with po.open("wb") as stream:
        write_po(stream, catalog, width=100, sort_output=False)


def test_update_writes_one_entry_per_text_keyed_by_id_and_field(content: Path) -> None:
    code, output = run("translate", "update", "fr", "--checklists", str(content))
    assert code == 0, output
    po = content / "locales" / "fr.po"
    messages, problems = read_catalogue(po, "fr.po")
    assert problems == []
    playbook, _ = load_playbook(content)
    texts = {entry.key: entry.english for entry in entries(playbook)}
    assert {key: message.id for key, message in messages.items() if key} == texts
    assert texts["mistake/ALP-01/title"] == playbook.mistakes["ALP-01"].title
    assert "mistake/ALP-01/warning_signs/1" in texts and "mitigation/ALP-01-M1/action" in texts
    assert not any(key.startswith("source/") for key in texts)  # source titles stay in their own language
    text = po.read_text(encoding="utf-8")
    assert f"alpha.yml:{line_of(content / 'alpha.yml', 'title: Choosing the cheapest')}\n" in text  # where it is
    assert "python-format" not in text  # a 30% in the English is not a format string
    code, again = run("translate", "update", "fr", "--checklists", str(content))
    assert code == 0 and "0 new, 0 newly stale, 0 dropped" in again
    assert po.read_text(encoding="utf-8") == text  # a second update changes nothing


def test_a_changed_english_text_makes_exactly_its_entry_stale(content: Path) -> None:
    run("translate", "update", "fr", "--checklists", str(content))
    po = content / "locales" / "fr.po"
    playbook, _ = load_playbook(content)
    every = {entry.key: "FR " + entry.english for entry in entries(playbook)}
    translate(po, every)
    code, output = run("check", "--checklists", str(content), "--strict")
    assert code == 0, output
    assert "translation-" not in output

    old = playbook.mistakes["ALP-01"].title
    replace_in(content / "alpha.yml", f"title: {old}", "title: A title that changed")
    code, output = run("check", "--checklists", str(content))
    assert code == 0, output  # a warning, not an error
    warnings = [line for line in output.splitlines() if "translation-" in line]
    assert len(warnings) == 1, output
    assert "translation-stale: fr: mistake/ALP-01/title" in warnings[0]
    assert f"before: {old!r}" in warnings[0] and "now: 'A title that changed'" in warnings[0]
    assert "fr.po:" in warnings[0]
    code, output = run("check", "--checklists", str(content), "--strict")
    assert code == 1

    # The stale entry keeps its translation and shows the English until a translator reviews it.
    messages, _ = read_catalogue(po, "fr.po")
    edited, _ = load_playbook(content)
    french, english = translated(edited, messages)
    assert french.mistakes["ALP-01"].title == "A title that changed" and english == {"mistake/ALP-01"}
    assert french.mistakes["ALP-01"].summary == "FR " + edited.mistakes["ALP-01"].summary
    assert edited.mistakes["ALP-01"].summary != french.mistakes["ALP-01"].summary  # the English copy is untouched

    code, output = run("translate", "update", "fr", "--checklists", str(content))
    assert "1 newly stale" in output
    text = po.read_text(encoding="utf-8")
    assert f'#| msgid "{old}"' in text and '#, fuzzy' in text
    code, output = run("check", "--checklists", str(content))
    assert f"before: {old!r}" in output  # the English it was translated from survives the update
    translate(po, {"mistake/ALP-01/title": "Un titre revu"})
    messages, _ = read_catalogue(po, "fr.po")
    french, english = translated(load_playbook(content)[0], messages)
    assert french.mistakes["ALP-01"].title == "Un titre revu" and english == set()


def test_new_texts_are_missing_and_gone_ones_are_dropped(content: Path) -> None:
    run("translate", "update", "fr", "--checklists", str(content))
    po = content / "locales" / "fr.po"
    playbook, _ = load_playbook(content)
    translate(po, {entry.key: "FR" for entry in entries(playbook)})
    replace_in(content / "alpha.yml", "      - Nobody can explain how the low price is possible.\n",
               "      - Nobody can explain how the low price is possible.\n      - A brand new warning sign.\n")
    code, output = run("check", "--checklists", str(content))
    missing = [line for line in output.splitlines() if "translation-" in line]
    assert len(missing) == 1 and "mistake/ALP-01 has no translation for warning_signs/3" in missing[0], output
    assert "alpha.yml:" in missing[0]  # points at the English to translate
    code, output = run("translate", "status", "--checklists", str(content))
    assert code == 0 and "fr" in output and "1" in output

    replace_in(content / "alpha.yml", "      - A brand new warning sign.\n", "")
    replace_in(content / "alpha.yml", "    small_business: Ask two freelancers for a short paid trial task and "
               "compare the work, not only the rate.\n", "")
    code, output = run("check", "--checklists", str(content))
    obsolete = [line for line in output.splitlines() if "translation-" in line]
    assert len(obsolete) == 1 and "translation-obsolete: fr: mistake/ALP-01/small_business" in obsolete[0], output
    code, output = run("translate", "update", "fr", "--checklists", str(content))
    assert "1 dropped" in output
    assert "mistake/ALP-01/small_business" not in po.read_text(encoding="utf-8")


def test_a_bad_catalogue_is_an_error_with_its_line(content: Path) -> None:
    (content / "locales").mkdir()
    (content / "locales" / "fr.po").write_text('msgctxt "mistake/ALP-01/title"\nmsgid "x"\nmsgstr "y"\nnot PO\n',
                                                encoding="utf-8")
    code, output = run("check", "--checklists", str(content))
    assert code == 1, output
    assert "fr.po:4: po-syntax: this line is not gettext PO: 'not PO'" in output and "Traceback" not in output
    code, output = run("translate", "update", "fr", "--checklists", str(content))
    assert code == 1 and "fr.po:4: po-syntax" in output and "Nothing was written" in output


def test_translate_refuses_a_language_code_it_cannot_use(content: Path) -> None:
    code, output = run("translate", "update", "French", "--checklists", str(content))
    assert code == 2 and "not a language code" in output
    assert not (content / "locales").exists()
    code, output = run("translate", "status", "--checklists", str(content))
    assert code == 1 and "translate update LANG" in output


def test_the_ui_catalogue_lists_what_the_templates_and_the_nav_say(tmp_path: Path) -> None:
    from playbook_builder.i18n.extract import nav_titles, ui_template

    template = {message.id for message in ui_template([("Home", "mkdocs.yml")]) if message.id}
    assert "Home" in template and "Translations" in template
    assert nav_titles([{"Home": "index.md"}, {"Guide": ["a.md", {"Glossary": "g.md"}]}]) == \
        ["Home", "Guide", "Glossary"]


def test_every_shipped_french_entry_is_translated_and_current() -> None:
    """The French edition is complete: every text of the content and every word the project writes."""
    from playbook_builder.i18n.extract import ui_template
    from playbook_builder.i18n.ui import messages_for

    playbook, _ = load_playbook(REPO / "checklists")
    messages, problems = read_catalogue(REPO / "checklists" / "locales" / "fr.po", "fr.po")
    found = status("fr", entries(playbook), messages)
    assert problems == [] and found.missing == [] and found.stale == [] and found.obsolete == []
    ui = messages_for("fr", [REPO / "checklists"])
    with (REPO / "checklists" / "locales" / "fr.ui.po").open("rb") as stream:
        catalog = read_po(stream)
    current = {message.id if isinstance(message.id, str) else json.dumps(message.id)
               for message in ui_template() if message.id}
    done = {message.id if isinstance(message.id, str) else json.dumps(message.id)
            for message in catalog if message.id and message.string and not message.fuzzy
            and all(message.string)}
    assert sorted(current - done) == []
    assert ui("Checklists") != "Checklists"
    pages = sorted(p.relative_to(REPO / "content") for p in (REPO / "content").rglob("*.md")
                   if p.relative_to(REPO / "content").parts[0] != "fr")
    assert [page for page in pages if not (REPO / "content" / "fr" / page).is_file()] == []


def test_words_the_ui_catalogue_does_not_translate_are_reported(tmp_path: Path, content: Path) -> None:
    from playbook_builder.i18n.checks import untranslated_ui

    from conftest import write_project

    assert untranslated_ui("fr", [content]) == []  # the package's own catalogue translates every word it writes
    assert untranslated_ui("fr", [content], [("Our sourcing policy", "mkdocs.yml")]) == ["Our sourcing policy"]
    run("translate", "update", "fr", "--checklists", str(content))
    config = write_project(tmp_path, content, extra_config="nav:\n  - Our sourcing policy: index.md\n")
    code, output = run("check", "-f", str(config))
    assert "translation-missing: fr: the words 'Our sourcing policy' have no translation" in output, output
    code, output = run("translate", "update", "fr", "-f", str(config))
    assert 'msgid "Our sourcing policy"' in (content / "locales" / "fr.ui.po").read_text(encoding="utf-8")
