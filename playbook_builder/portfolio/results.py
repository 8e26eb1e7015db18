"""Exported assessment results, read and checked the way the assessment page does it (``assets/assessment/
result.js``: ``parseResult``, ``adoptResult``, ``acceptResult``), so that a file the page refuses is refused
here for the same reason, and a result from an older playbook version loses the same answers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..result_format import FORMAT, QUESTION_ID, RELEASE, SCOPE_ID, SIDES
from ..reviews import CRITICALITIES

#: An exported result is a few kilobytes and nests three levels deep: a file larger (in bytes) or deeper than these is
#: refused before it is parsed, as the page does it (``LARGEST_RESULT``, ``DEEPEST_RESULT`` in ``result.js``).
LARGEST = 1024 * 1024
DEEPEST = 10
#: What the nesting scan looks at: an escaped character (skipped), a quote, a bracket or a brace.
_STRUCTURE = re.compile(r'\\.|["\[\]{}]', re.DOTALL)


class Refused(Exception):
    """Why a file is not a result of this playbook, in plain words ("it is not a JSON file")."""


@dataclass(frozen=True)
class Result:
    """One exported result, adopted into the configured playbook."""

    path: Path
    subject: str
    day: date
    saved: str
    side: str
    criticality: str | None
    situation: dict[str, str]
    answers: dict[str, int]
    """Levels by question id, 0 for "not applicable"; only questions the playbook has."""
    version: str
    dropped: int
    """Answers left out because their question no longer exists (or offers fewer levels)."""


def _entry(qid: str, entry: object) -> int | None:
    """One answer's level (0: not applicable; None: a note alone), as ``parseEntry`` checks it."""
    bad = Refused(f"its answer to “{qid[:40]}” is not valid")
    if not QUESTION_ID.fullmatch(qid) or not isinstance(entry, dict):
        raise bad
    if "note" in entry and not isinstance(entry["note"], str):
        raise bad
    if entry.get("notApplicable") is True:
        return 0
    if "level" not in entry:
        return None
    level = entry["level"]
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 99:
        raise bad
    return level


def _situation(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
            SCOPE_ID.fullmatch(fact) and isinstance(option, str) and SCOPE_ID.fullmatch(option)
            for fact, option in value.items()):
        raise Refused("its situation is not valid")
    return dict(value)


def _choice(result: Mapping[str, Any], field: str, choices: tuple[str, ...]) -> str | None:
    value = result.get(field)
    if value is not None and value not in choices:
        raise Refused(f"its {field} “{str(value)[:20]}” is not one of {', '.join(choices)}")
    return value


def _day(saved: object) -> date:
    try:
        return date.fromisoformat(str(saved)[:10])
    except ValueError:
        raise Refused("it does not say when it was saved (no date in “saved”)") from None


def nests_deeper_than(text: str, limit: int) -> bool:
    """Whether a JSON text nests arrays and objects more than ``limit`` deep, found in one pass over it without
    parsing or recursion (``json`` recurses, and a deep file would end in a :class:`RecursionError`): brackets in
    strings do not count."""
    depth = 0
    in_string = False
    for match in _STRUCTURE.finditer(text):
        token = match.group()
        if token == '"':
            in_string = not in_string
        elif in_string or len(token) > 1:
            continue
        elif token in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _document(text: str) -> dict[str, Any]:
    """The parsed file, when it is an exported result at all."""
    if len(text) > LARGEST:
        raise Refused("it is too large to be a self-assessment")
    if nests_deeper_than(text, DEEPEST):
        raise Refused("it is nested too deeply to be a self-assessment")
    try:
        result = json.loads(text)
    except ValueError:
        raise Refused("it is not a JSON file") from None
    if not isinstance(result, dict) or result.get("format") != FORMAT:
        raise Refused("it is not a self-assessment exported from a playbook site")
    if not isinstance(result.get("version"), str) or not RELEASE.fullmatch(result["version"]):
        raise Refused("it does not say which version of the playbook its answers belong to")
    if not isinstance(result.get("answers"), dict) or not result["answers"]:
        raise Refused("it holds no answers")
    if not isinstance(result.get("name", ""), str):
        raise Refused("its name is not text")
    return result


def parse_result(path: Path, text: str, data: Mapping[str, Any]) -> Result:
    """A file's text adopted into the playbook of ``data`` (the assessment page's data); :class:`Refused` when
    it is not a result of this playbook."""
    result = _document(text)
    levels = {qid: _entry(qid, entry) for qid, entry in result["answers"].items()}
    questions = {question["id"]: question for question in data["questions"]}
    answers: dict[str, int] = {}
    dropped = 0
    for qid, level in levels.items():
        question = questions.get(qid)
        if question is None or (level is not None and level > len(question["levels"])):
            dropped += 1
        elif level is not None:
            answers[qid] = level
    title = result.get("playbook")
    if not answers and isinstance(title, str) and title and title != data["title"]:
        raise Refused(f"it holds answers to another playbook (“{title[:80]}”)")
    if not answers:
        raise Refused("none of its answers belong to this playbook's questions")
    return Result(
        path=path, subject=" ".join(result.get("name", "").split())[:80] or path.stem,
        day=_day(result.get("saved")), saved=str(result.get("saved")),
        side=_choice(result, "side", SIDES) or "buyer", criticality=_choice(result, "criticality", CRITICALITIES),
        situation=_situation(result.get("situation")), answers=answers, version=result["version"], dropped=dropped)


def read_result(path: Path, data: Mapping[str, Any]) -> Result:
    """Read and adopt one file; :class:`Refused` says why not."""
    try:
        with path.open("rb") as file:
            raw = file.read(LARGEST + 1)  # no more: a huge file is refused without being read into memory
    except OSError as error:
        raise Refused(f"it cannot be read ({error.strerror or error})") from None
    if len(raw) > LARGEST:
        raise Refused("it is too large to be a self-assessment")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused("it is not a JSON file (not UTF-8 text)") from None
    return parse_result(path, text, data)


def result_files(paths: Iterable[Path]) -> list[Path]:
    """The files given, and the ``*.json`` files in the folders given, each once, in the order given."""
    found: dict[Path, None] = {}
    for path in paths:
        for file in sorted(path.glob("*.json")) if path.is_dir() else [path]:
            found.setdefault(file, None)
    return list(found)


def deduplicate(results: Iterable[Result]) -> tuple[list[Result], list[tuple[Result, Result]]]:
    """One result per subject, side and date: the last saved; and each one left out with the one counted."""
    kept: dict[tuple[str, str, date], Result] = {}
    duplicates: list[tuple[Result, Result]] = []
    for result in sorted(results, key=lambda r: (r.saved, str(r.path))):
        key = (result.subject.casefold(), result.side, result.day)
        if key in kept:
            duplicates.append((kept[key], result))
        kept[key] = result
    return list(kept.values()), duplicates
