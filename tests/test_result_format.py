"""The assessment result file, documented: the example in the README and on the Customise page (both languages) is
valid and accepted by ``playbook report``; every field is documented; its JSON Schema is published with the others
and every schema link of the built site opens a schema; ``--skip-invalid`` is suggested only when it would help."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from playbook_builder.commands import main
from playbook_builder.portfolio.results import CRITICALITIES, parse_result
from playbook_builder.render.assessment import assessment_data
from playbook_builder.render.exports import RESULT_SCHEMAS, SCHEMAS, schema_files
from playbook_builder.result_format import FORMAT, SIDES, AssessmentResult, result_schema

from conftest import FIXTURE, REPO

DOCUMENTS = [REPO / "README.md", REPO / "content" / "customize" / "index.md",
             REPO / "content" / "fr" / "customize" / "index.md"]
PORTFOLIO = Path(__file__).parent / "fixtures" / "portfolio"


def documented_example(document: Path) -> str:
    blocks = [block for block in re.findall(r"```json\n(.*?)```", document.read_text(encoding="utf-8"), re.DOTALL)
              if f'"format": "{FORMAT}"' in block]
    assert len(blocks) == 1, f"{document.name} should show one example result"
    return blocks[0]


@pytest.mark.parametrize("document", DOCUMENTS, ids=["readme", "customise", "customise-fr"])
def test_the_documented_example_is_valid_and_the_report_accepts_it(document: Path, tmp_path: Path,
                                                                   shipped_playbook) -> None:  # type: ignore[no-untyped-def]
    text = documented_example(document)
    AssessmentResult.model_validate_json(text)  # what the published schema describes
    result = parse_result(Path("example.json"), text, assessment_data(shipped_playbook))
    assert result.answers and result.dropped == 0, "every answer of the example is to a shipped question"
    example = tmp_path / "vendor-beta.json"
    example.write_text(text, encoding="utf-8")
    ran = CliRunner().invoke(main, ["report", str(example), "-o", str(tmp_path / "out"), "-f", str(REPO / "mkdocs.yml")])
    assert ran.exit_code == 0, ran.output
    assert "Vendor Beta" in ran.output and (tmp_path / "out" / "index.html").is_file()


def test_every_field_is_documented_in_each_document() -> None:
    fields = [*AssessmentResult.model_fields, "level", "notApplicable", "note", "of"]
    for document in DOCUMENTS:
        text = document.read_text(encoding="utf-8")
        missing = [field for field in fields if f"`{field}`" not in text and f'"{field}"' not in text]
        assert not missing, f"{document.name} does not document {missing}"
    assert documented_example(DOCUMENTS[0]) == documented_example(DOCUMENTS[1]) == documented_example(DOCUMENTS[2])


def test_the_schema_says_what_the_readers_accept() -> None:
    schema = result_schema()
    assert sorted(schema["required"]) == ["answers", "format", "saved", "version"]
    properties = schema["properties"]
    assert properties["format"]["const"] == FORMAT
    assert tuple(properties["side"]["enum"]) == SIDES and tuple(properties["criticality"]["enum"]) == CRITICALITIES
    assert '"null"' not in json.dumps(schema), "a reader refuses null: optional fields are left out"
    assert "assessment" in RESULT_SCHEMAS and "schema/assessment.schema.json" in schema_files()


def test_a_result_the_reader_refuses_is_not_valid_by_the_schema_either() -> None:
    valid = json.loads(documented_example(DOCUMENTS[0]))
    for broken in ({**valid, "format": "other"}, {**valid, "answers": {}}, {**valid, "side": "seller"},
                   {**valid, "criticality": "extreme"}, {**valid, "answers": {"STR-Q1": {"level": 0}}},
                   {k: v for k, v in valid.items() if k != "version"}):
        with pytest.raises(ValueError):
            AssessmentResult.model_validate(broken)


def _schema_links(site: Path, page: str) -> set[str]:
    """The schema files a built page links to, as site paths; each must exist."""
    html = (site / page).read_text(encoding="utf-8")
    found = set()
    for href in re.findall(r'href="([^"#]*schema[^"#]*\.json)"', html):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), href))
        assert (site / target).is_file(), f"{page} links to {href}, which the site does not have"
        found.add(target)
    return found


@pytest.mark.parametrize("edition", ["", "fr/"], ids=["en", "fr"])
def test_every_schema_link_of_the_built_site_opens_a_schema(shipped_site: Path, edition: str) -> None:
    every = {f"{edition}schema/{name}.schema.json" for name in [*SCHEMAS, *RESULT_SCHEMAS]}
    assert _schema_links(shipped_site, f"{edition}downloads/index.html") == every
    assert _schema_links(shipped_site, f"{edition}reference/content-model/index.html") == every
    assert _schema_links(shipped_site, f"{edition}customize/index.html") == {f"{edition}schema/assessment.schema.json"}
    published = json.loads((shipped_site / edition / "schema" / "assessment.schema.json").read_text(encoding="utf-8"))
    assert published["properties"]["format"]["const"] == FORMAT


def report(*args: str | Path) -> list[str]:
    ran = CliRunner().invoke(main, ["report", *map(str, args), "--checklists", str(FIXTURE)])
    return [str(ran.exit_code), ran.output]


def test_skip_invalid_is_suggested_only_when_some_file_is_valid(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("my notes", encoding="utf-8")
    good = PORTFOLIO / "vendor-a-2026-03-01.json"
    code, output = report(good, bad, "-o", tmp_path / "out")
    assert code == "1" and "--skip-invalid builds the report from the 1 valid file(s)" in output
    for options in ((), ("--skip-invalid",)):
        code, output = report(bad, "-o", tmp_path / "out", *options)
        assert code == "1" and "--skip-invalid" not in output, output
        assert "no file is a valid result" in output and "Customise page describe the result format" in output
        assert f"{bad}: it is not a JSON file" in output
    assert not (tmp_path / "out").exists()


def test_report_help_explains_the_format_and_where_it_is_documented() -> None:
    ran = CliRunner().invoke(main, ["report", "--help"])
    assert ran.exit_code == 0
    help_text = " ".join(ran.output.split())
    assert f'"format": "{FORMAT}"' in help_text and '"answers"' in help_text and '"saved"' in help_text
    assert "Customise page describe every field" in help_text and "assessment.schema.json" in help_text
