"""Where a content problem is and what rule it breaks.

Every layer (YAML loading, model validation, cross-file checks) reports problems the same way, so that a run
can collect all of them and print them together as ``file:line:column: rule: message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


class Location(NamedTuple):
    """A position in a content file; ``line`` and ``column`` are 1-based, as editors show them.

    A named tuple because a large playbook holds hundreds of thousands of them.
    """

    file: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """One broken rule at one place. ``warning`` problems are reported but do not stop a build."""

    location: Location
    rule: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.location}: {self.rule}: {self.message}"


class ContentError(Exception):
    """Raised when content has problems; carries every problem found in the run, sorted by place."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.location, p.rule))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        lines = [str(p) for p in self.problems]
        lines.append(f"{count} problem{'s' if count != 1 else ''} found in the playbook content.")
        return "\n".join(lines)


def display_path(path: Path, root: Path | None = None) -> str:
    """A short path for messages: relative to ``root`` (or the working directory) when possible."""
    for base in (root, Path.cwd()):
        if base is None:
            continue
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return path.as_posix()
