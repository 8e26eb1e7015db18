"""The shipped playbook: complete, consistent, spelled right and faithful to the article it started from."""

from __future__ import annotations

import re
import subprocess
import sys

from playbook_builder.load.loader import content_files
from playbook_builder.model import REGISTRY_FILES

from conftest import REPO

PHASES = [
    ("strategy", "STR"), ("business-case", "BIZ"), ("vendor-selection", "SEL"), ("contracting", "CON"),
    ("transition", "TRN"), ("governance", "GOV"), ("communication", "COM"), ("quality", "QPM"),
    ("security", "SEC"), ("resilience", "RES"), ("relationship", "REL"), ("exit", "EXT"),
]


def test_twelve_phases_in_lifecycle_order(shipped_playbook) -> None:
    assert [(c.id, c.code) for c in shipped_playbook.checklists] == PHASES


def test_scope_of_the_content(shipped_playbook) -> None:
    assert len(shipped_playbook.mistakes) >= 110
    assert all(7 <= len(c.mistakes) <= 14 for c in shipped_playbook.checklists)
    assert len(shipped_playbook.questions) >= 60
    assert len(shipped_playbook.sources) >= 80
    assert len(shipped_playbook.cases) >= 18
    for mistake in shipped_playbook.mistakes.values():
        assert len(mistake.warning_signs) >= 2, mistake.id
        assert len(mistake.mitigations) >= 2, mistake.id
        assert mistake.sources, mistake.id
    for question in shipped_playbook.questions.values():
        assert len(question.levels) == 5, question.id
    used = {s for m in shipped_playbook.mistakes.values() for s in m.source_ids} | \
        {s for c in shipped_playbook.cases for s in c.source_ids} | \
        {s for p in shipped_playbook.provisions.values() for s in p.source_ids} | \
        {s for *_, note in shipped_playbook.law_notes for s in note.source_ids} | \
        {s for term in shipped_playbook.terms for s in term.source_ids} | \
        {f.source for f in shipped_playbook.frameworks}
    assert used == set(shipped_playbook.source_by_id), "every source in the bibliography is cited somewhere"


def test_the_six_mistakes_of_the_original_article(shipped_playbook) -> None:
    def text(mistake_id: str) -> str:
        m = shipped_playbook.mistakes[mistake_id]
        return " ".join([m.title, m.summary, m.why_it_hurts, *m.warning_signs, *(x.action for x in m.mitigations)])

    assert re.search(r"core", text("STR-01"), re.I) and re.search(r"rank", text("STR-01"), re.I)
    assert re.search(r"cost.benefit", text("BIZ-01"), re.I)
    assert re.search(r"meet", text("SEL-01"), re.I) and re.search(r"deadline", text("SEL-01"), re.I)
    assert re.search(r"cheapest", text("SEL-02"), re.I) and re.search(r"quality", text("SEL-02"), re.I)
    assert re.search(r"sample", text("SEL-03"), re.I)
    assert re.search(r"locations?", text("COM-01"), re.I) and re.search(r"communicat|contact|talk", text("COM-01"), re.I)


def test_every_content_file_points_editors_at_its_schema() -> None:
    for path in content_files(REPO / "checklists"):
        kind = path.stem if path.stem in REGISTRY_FILES else "checklist"
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../playbook_builder/schema/{kind}.schema.json", path.name
        assert (REPO / "playbook_builder" / "schema" / f"{kind}.schema.json").is_file()


def test_spelling(shipped_playbook, tmp_path) -> None:
    # The English only: French catalogues (*.po, whose msgids repeat the checked YAML), pages (fr/) and the
    # termbase's translations are not English words misspelt. The termbase's English is checked on its own.
    english_terms = tmp_path / "terms-en.txt"
    english_terms.write_text("\n".join(line for term in shipped_playbook.terms
                                       for line in (term.term, *term.forms, term.definition, *term.avoid)))
    result = subprocess.run(
        [sys.executable, "-m", "codespell_lib", "--ignore-words", str(REPO / "tests" / "codespell-ignore.txt"),
         "--skip", "*.po,fr,terms.yml", "checklists", "content", "README.md", "playbook_builder/templates",
         str(english_terms)],
        cwd=REPO, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_shipped_json_schemas_match_the_model() -> None:
    from playbook_builder.render.exports import schema_files

    for path, text in schema_files().items():
        committed = REPO / "playbook_builder" / path
        assert committed.read_text(encoding="utf-8") == text, \
            f"{committed} is out of date: run `playbook schema playbook_builder/schema`"


#: Document-sharing sites and unofficial copies that a source must never point at: cite the primary publisher.
MIRRORS = ("vdocuments", "fdocuments", "pdfslide", "affinitext", "iteh.ai", "scilit", "scribd", "gdpr.eu",
           "studocu", "coursehero", "dokumen.pub", "documents.pub", "yumpu", "issuu", "slideshare")


def test_every_source_points_at_its_primary_publisher_over_https(shipped_playbook) -> None:
    for source in shipped_playbook.sources:
        assert source.url.startswith("https://"), source.id
        assert not any(mirror in source.url for mirror in MIRRORS), source.id
        assert source.publisher and source.kind, source.id


def test_small_businesses_get_guidance_wherever_a_mistake_applies_to_them(shipped_playbook) -> None:
    for mistake in shipped_playbook.mistakes.values():
        applies_to_small = "small" in mistake.applies_when.get("size", ["small"])
        assert bool(mistake.small_business) == applies_to_small, mistake.id


def test_the_article_mistakes_apply_to_everyone(shipped_playbook) -> None:
    for mistake_id in ("STR-01", "BIZ-01", "SEL-01", "SEL-02", "SEL-03", "COM-01"):
        assert shipped_playbook.mistakes[mistake_id].applies_when == {}, mistake_id


def words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+", text.lower()) if len(word) > 3}


def test_no_two_mistakes_say_nearly_the_same(shipped_playbook) -> None:
    mistakes = list(shipped_playbook.mistakes.values())
    texts = {m.id: words(f"{m.title} {m.summary}") for m in mistakes}
    close = []
    for index, first in enumerate(mistakes):
        for second in mistakes[index + 1:]:
            a, b = texts[first.id], texts[second.id]
            overlap = len(a & b) / len(a | b)
            if overlap > 0.4:
                close.append(f"{first.id} ~ {second.id}: {overlap:.2f}")
    assert close == []


def test_retired_ids_are_recorded_and_never_live(shipped_playbook) -> None:
    assert {"CON-05", "CON-07", "REL-03"} <= set(shipped_playbook.retired_by_id)
    live = set(shipped_playbook.mistakes) | set(shipped_playbook.questions)
    assert not live & set(shipped_playbook.retired_by_id)
