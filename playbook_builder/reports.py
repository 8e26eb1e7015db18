"""Problems as text, JSON or GitHub workflow commands, so editors, scripts and pull requests can place them.

Every format names the file, line, column, rule, severity and message of each problem; a problem with a whole file
(no position) leaves line and column out rather than pointing at an invented ``1:1``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .problems import Problem

FORMATS = ("text", "json", "github")


def severity(problem: Problem) -> str:
    return "warning" if problem.warning else "error"


def problem_data(problem: Problem) -> dict[str, Any]:
    """One problem as plain data: ``line`` and ``column`` are ``null`` when the problem has no position."""
    where = problem.location
    return {"file": where.file, "line": where.line, "column": where.column, "rule": problem.rule,
            "severity": severity(problem), "message": problem.message}


def as_json(problems: Iterable[Problem]) -> str:
    return json.dumps([problem_data(problem) for problem in problems], ensure_ascii=False, indent=1)


def _escape_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does (``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value: as a message, plus the separators ``:`` and ``,`` (``escapeProperty``)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problem: Problem) -> str:
    """One problem as a GitHub workflow command (``::error file=…,line=…,col=…,title=rule::message``), which a
    pull request shows on that line of the file."""
    where = problem.location
    properties = {"file": where.file, "line": where.line, "col": where.column, "title": problem.rule}
    listed = ",".join(f"{name}={_escape_property(str(value))}" for name, value in properties.items()
                      if value is not None)
    return f"::{severity(problem)} {listed}::{_escape_data(problem.message)}"


def as_text(problem: Problem) -> str:
    """One problem as ``file:line:column: rule: message``, prefixed ``WARNING:`` for a warning."""
    return f"WARNING: {problem}" if problem.warning else str(problem)
