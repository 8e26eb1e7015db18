"""JSON as the project writes it: compact on one line, or with each object of a list on a line of its own so that
a diff shows which item changed. Below every stage that writes JSON (the site's exports, OSCAL, reports)."""

from __future__ import annotations

import json
from typing import Any


def compact_json(data: Any) -> str:
    """JSON on one line, by the C encoder (an indented dump cannot use it: ten times slower on a large edition)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def json_lines(data: Any) -> bytes:
    """JSON in UTF-8 with each object of a list on a line of its own, so that a diff shows which item changed."""
    return one_object_a_line(compact_json(data).encode("utf-8"))


def one_object_a_line(compact: bytes) -> bytes:
    """:func:`compact_json` in UTF-8 with each object of a list on a line of its own, and a final line break. A
    structural ``,{"`` never occurs inside a string, where quotes are escaped."""
    return compact.replace(b',{"', b',\n{"') + b"\n"
