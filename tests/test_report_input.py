"""``playbook report`` and bad input: every refused file named with its reason, nothing written; --skip-invalid;
duplicates counted once; results from an older version migrated; a buyer and its vendor compared."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from playbook_builder.commands import main
from playbook_builder.portfolio.results import DEEPEST, LARGEST, nests_deeper_than

from conftest import FIXTURE

PORTFOLIO = Path(__file__).parent / "fixtures" / "portfolio"
FIRST = PORTFOLIO / "vendor-a-2026-03-01.json"


def report(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["report", *map(str, args), "--checklists", str(FIXTURE)])


def result(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FIRST.read_text(encoding="utf-8"))
    data.update(changes)
    return data


def write(folder: Path, name: str, content: object) -> Path:
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


@pytest.fixture
def bad_files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.json", result())
    write(folder, "notes.json", "these are my notes, not JSON")
    write(folder, "other-format.json", {"format": "something-else", "answers": {}})
    write(folder, "other-playbook.json", result(playbook="Another Playbook", answers={"ZZZ-Q1": {"level": 2}}))
    write(folder, "bad-answer.json", result(answers={"ALP-Q1": {"level": "high"}}))
    write(folder, "bad-criticality.json", result(criticality="extreme"))
    write(folder, "deep.json", "[" * 200_000 + "]" * 200_000)
    write(folder, "huge.json", json.dumps(result()) + " " * LARGEST)
    unreadable = write(folder, "locked.json", result())
    unreadable.chmod(0)
    return folder


REASONS = {
    "notes.json": "it is not a JSON file",
    "other-format.json": "it is not a self-assessment exported from a playbook site",
    "other-playbook.json": "it holds answers to another playbook (“Another Playbook”)",
    "bad-answer.json": "its answer to “ALP-Q1” is not valid",
    "bad-criticality.json": "its criticality “extreme” is not one of low, medium, high",
    "deep.json": "it is nested too deeply to be a self-assessment",
    "huge.json": "it is too large to be a self-assessment",
}


def test_every_bad_file_is_refused_by_name_and_nothing_is_written(bad_files: Path, tmp_path: Path) -> None:
    done = report(bad_files, bad_files / "missing.json", "-o", tmp_path / "out")
    assert done.exit_code == 1
    assert "Traceback" not in done.output and "nothing was written" in done.output
    for name, reason in REASONS.items():
        assert f"{bad_files / name}: {reason}" in done.output
    assert f"{bad_files / 'missing.json'}: it cannot be read (No such file or directory)" in done.output
    if os.geteuid() != 0:  # root reads a file whatever its mode
        assert f"{bad_files / 'locked.json'}: it cannot be read (Permission denied)" in done.output
    assert "good.json:" not in done.output
    assert not (tmp_path / "out").exists()


def test_skip_invalid_reports_on_the_rest_and_lists_what_it_skipped(bad_files: Path, tmp_path: Path) -> None:
    done = report(bad_files, "-o", tmp_path / "out", "--skip-invalid")
    assert done.exit_code == 0, done.output
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    for name, reason in REASONS.items():
        assert f"Skipped <code>{bad_files / name}</code>: {reason.replace('“', '“')}." in html
        assert f"Skipped {bad_files / name}: {reason}." in done.output


@pytest.mark.parametrize("content", [
    "[" * 200_000 + "]" * 200_000, "{" * 200_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
    json.dumps(result(answers={"ALP-Q1": {"level": 2, "note": ["x"]}})).replace('["x"]', "[" * 200_000 + "]" * 200_000),
], ids=["arrays", "unclosed", "objects", "in-a-note"])
def test_a_deeply_nested_file_is_refused_by_name_without_a_traceback(tmp_path: Path, content: str) -> None:
    deep = write(tmp_path, "deep.json", content)
    done = report(FIRST, deep, "-o", tmp_path / "out")
    assert isinstance(done.exception, SystemExit) and done.exit_code == 1, done.exc_info
    assert done.output.strip().endswith(f"{deep}: it is nested too deeply to be a self-assessment"), done.output
    assert "Traceback" not in done.output and "Recursion" not in done.output
    assert not (tmp_path / "out").exists()


def test_a_file_too_large_to_be_a_result_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:  # sparse: 2 GB on no disk
        file.truncate(2 * 1024**3)
    done = report(FIRST, huge, "-o", tmp_path / "out")
    assert isinstance(done.exception, SystemExit) and done.exit_code == 1, done.exc_info
    assert f"{huge}: it is too large to be a self-assessment" in done.output
    skipped = report(FIRST, huge, "-o", tmp_path / "out", "--skip-invalid")
    assert skipped.exit_code == 0, skipped.output
    assert f"Skipped {huge}: it is too large to be a self-assessment." in skipped.output


def test_brackets_in_names_and_notes_are_not_nesting(tmp_path: Path) -> None:
    text = "[{[{" * 50 + '\\"]' + "[" * 50
    bracketed = result(name="[[[[[[[[[[[[ Vendor {{{{{{{{{{{{", answers={"ALP-Q1": {"level": 2, "note": text}})
    done = report(write(tmp_path, "bracketed.json", bracketed), "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    assert "[[[[[[[[[[[[ Vendor {{{{{{{{{{{{" in done.output


def test_the_nesting_scan_counts_only_arrays_and_objects_outside_strings() -> None:
    assert 3 <= DEEPEST <= 20
    assert not nests_deeper_than('{"a":[{"b":1}]}', 3)
    assert nests_deeper_than('{"a":[{"b":[1]}]}', 3)
    assert not nests_deeper_than("[[],[],[],[]]", 2)
    assert not nests_deeper_than('["[[[[", "\\\\", ["\\\\"]]', 2)
    assert nests_deeper_than('["\\\\", [["x"]]]', 2)
    assert nests_deeper_than('["\\"[[[", [["x"]]]', 2)
    assert not nests_deeper_than("", 0)


def test_nothing_to_report_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    done = report(empty, "-o", tmp_path / "out")
    assert done.exit_code == 1 and "no result to report on" in done.output
    assert not (tmp_path / "out").exists()


def test_a_duplicate_is_reported_and_counted_once(tmp_path: Path) -> None:
    copy = write(tmp_path, "copy.json", result(saved="2026-03-01T18:00:00.000Z"))
    done = report(FIRST, copy, "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    assert f"Duplicate: {FIRST} has the same subject and date as {copy}; counted once." in done.output
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "counted once" in html and "<td>1</td></tr>" in html  # one result for Vendor A


def test_an_older_version_is_migrated_and_says_what_it_dropped(tmp_path: Path) -> None:
    older = result(version="0.2.0", answers={**result()["answers"], "ALP-Q9": {"level": 2},
                                             "BET-Q1": {"level": 7, "of": 7}})
    path = write(tmp_path, "older.json", older)
    done = report(path, "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    assert f"Left out 2 answer(s) of {path} to questions that are no longer in the playbook (saved for version 0.2.0)." in done.output
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "was saved for version 0.2.0: 2 answers to questions that are no longer in the playbook were left out" in html
    # BET-Q1 dropped: beta has nothing answered, alpha 83 as before
    assert '<th scope="row">Vendor A</th><td class="score b4"><span class="n">83</span>' in html


def test_a_result_without_a_name_is_named_after_its_file(tmp_path: Path) -> None:
    anonymous = result()
    del anonymous["name"]
    done = report(write(tmp_path, "acme-2026.json", anonymous), "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    assert "acme-2026 " in done.output


def test_buyer_and_vendor_answers_two_levels_apart(tmp_path: Path) -> None:
    vendor = result(side="vendor", saved="2026-03-05T10:00:00Z",
                    answers={"ALP-Q1": {"level": 1}, "ALP-Q2": {"level": 2}, "BET-Q1": {"level": 5}})
    done = report(FIRST, write(tmp_path, "vendor.json", vendor), "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    gaps = html.split('id="gaps"')[1]
    assert "<code>ALP-Q1</code> How do you weigh price against quality?</th><td>level 4 of 5</td><td>level 1 of 5" in gaps
    assert "<code>BET-Q1</code>" in gaps and "ALP-Q2" not in gaps
    # the vendor's answers are compared, not scored as the subject's own
    assert '<th scope="row">Vendor A</th><td class="score b4"><span class="n">83</span>' in html


def test_many_files_show_a_progress_bar(tmp_path: Path) -> None:
    for number in range(22):
        write(tmp_path, f"r{number:02}.json", result(name=f"Vendor {number:02}"))
    done = report(tmp_path, "-o", tmp_path / "out")
    assert done.exit_code == 0, done.output
    assert "Reading results" in done.output and "Vendor 21" in done.output
