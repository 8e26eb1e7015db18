"""A comparison written out: text for a terminal, Markdown to draft release notes from, JSON for scripts."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..model import KINDS
from .changes import Change, Comparison, FieldChange

FORMATS = ("text", "markdown", "json")
_HEADINGS = {"cases": "Case studies", "facts": "Scoping facts (scope)"}
_MARKS = {"added": "+", "removed": "-", "retired": "x", "changed": "~"}
_LONGEST = 100


def heading(kind: str) -> str:
    return _HEADINGS.get(kind, kind.capitalize())


def short(value: Any) -> str:
    """A field value on one line, cut to a readable length."""
    if value is None:
        return "(none)"
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    shown = " ".join(shown.split())
    return shown if len(shown) <= _LONGEST else shown[:_LONGEST - 1] + "…"


def describe(change: FieldChange) -> str:
    """A field's change on one line: for lists, the entries removed and added; otherwise old → new."""
    if isinstance(change.old, list) and isinstance(change.new, list):
        gone = [entry for entry in change.old if entry not in change.new]
        came = [entry for entry in change.new if entry not in change.old]
        if gone or came:
            return "; ".join([*(f"- {short(entry)}" for entry in gone), *(f"+ {short(entry)}" for entry in came)])
        return "reordered"
    return f"{short(change.old)} → {short(change.new)}"


def _retirement(change: Change) -> str:
    entry = change.retired
    replaced = ", ".join(entry.get("replaced_by", []))
    return f"since {entry.get('since', '?')}" + (f", replaced by {replaced}" if replaced else "") + \
        f": {entry.get('reason', '')}"


def _totals(comparison: Comparison) -> str:
    counted: Counter[str] = Counter(change.status for change in comparison.changes)
    return ", ".join(f"{counted[status]} {status}" for status in _MARKS if counted[status]) or "no differences"


def as_text(comparison: Comparison) -> str:
    old, new = comparison.old, comparison.new
    lines = [f"{new['title']}: {old['version']} ({old['label']}) → {new['version']} ({new['label']})",
             f"{_totals(comparison).capitalize()}."]
    for kind in KINDS:
        changes = comparison.of(kind)
        if changes:
            lines += ["", heading(kind)]
        for change in changes:
            lines.append(f"  {_MARKS[change.status]} {change.id}  {change.label}".rstrip())
            if change.status == "retired":
                lines.append(f"      retired {_retirement(change)}")
            lines += [f"      {f.field}: {describe(f)}" for f in change.fields]
    return "\n".join(lines)


def _markdown_line(change: Change) -> str:
    line = f"- {change.status.capitalize()} **{change.id}**" + (f" {change.label}" if change.label else "")
    if change.status == "retired":
        line += f" (retired {_retirement(change)})"
    if change.fields:
        line += ": " + "; ".join(f"{f.field} ({short(f.old)} → {short(f.new)})" if _is_small(f.old, f.new)
                                 else f.field for f in change.fields)
    return line


def _is_small(*values: Any) -> bool:
    return all(value is None or isinstance(value, (int, float)) or (isinstance(value, str) and len(value) <= 30)
               for value in values)


def as_markdown(comparison: Comparison) -> str:
    """A draft of the release notes: a section per kind of item, a line per change."""
    old, new = comparison.old, comparison.new
    lines = [f"## {new['version']}", "", f"Changes since {old['version']}: {_totals(comparison)}."]
    for kind in KINDS:
        changes = comparison.of(kind)
        if changes:
            lines += ["", f"### {heading(kind)}", "", *(_markdown_line(change) for change in changes)]
    return "\n".join(lines)


def as_json(comparison: Comparison) -> str:
    return json.dumps(dataclasses.asdict(comparison), ensure_ascii=False, indent=1)


_WRITERS: dict[str, Callable[[Comparison], str]] = {"text": as_text, "markdown": as_markdown, "json": as_json}


def render(comparison: Comparison, style: str) -> str:
    return _WRITERS[style](comparison)
