"""``playbook new``: write a checklist file with every required field, ready to fill in."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader

from .render import yaml_text


class ScaffoldError(Exception):
    """A checklist cannot be scaffolded with these arguments."""


def write_checklist(folder: Path, checklist_id: str, *, code: str, title: str, order: int) -> Path:
    """Create ``folder/<checklist_id>.yml``; refuse bad ids and never overwrite a file."""
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", checklist_id):
        raise ScaffoldError(f"'{checklist_id}' is not a valid id: use lower-case words joined by dashes, "
                            f"e.g. vendor-selection")
    if not re.fullmatch(r"[A-Z]{2,5}", code):
        raise ScaffoldError(f"'{code}' is not a valid code: use 2 to 5 capital letters, e.g. SEL")
    if not title.strip():
        raise ScaffoldError("the title is empty")
    if not folder.is_dir():
        raise ScaffoldError(f"the content folder {folder} does not exist")
    path = folder / f"{checklist_id}.yml"
    if path.exists():
        raise ScaffoldError(f"{path} already exists; choose another id")
    template = Environment(loader=PackageLoader("playbook_builder", "templates"), keep_trailing_newline=True)
    schema = Path(str(resources.files("playbook_builder") / "schema" / "checklist.schema.json"))
    text = template.get_template("new_checklist.yml.j2").render(
        id=checklist_id, code=code, title=yaml_text(title.strip()), order=order,
        schema=Path(os.path.relpath(schema, folder.resolve())).as_posix(),
    )
    path.write_text(text, encoding="utf-8")
    return path
