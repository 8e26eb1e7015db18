"""``playbook new``: write a checklist file with every required field, ready to fill in."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

import click

from ..model import CODE_PATTERN, SLUG_PATTERN
from ..render.env import templates, yaml_text


def write_checklist(folder: Path, checklist_id: str, *, code: str, title: str, order: int) -> Path:
    """Create ``folder/<checklist_id>.yml``; refuse bad ids and never overwrite a file."""
    if not re.fullmatch(SLUG_PATTERN, checklist_id):
        raise click.ClickException(f"'{checklist_id}' is not a valid id: use lower-case words joined by dashes, "
                                   f"e.g. vendor-selection")
    if not re.fullmatch(CODE_PATTERN, code):
        raise click.ClickException(f"'{code}' is not a valid code: use 2 to 5 capital letters, e.g. SEL")
    if not title.strip():
        raise click.ClickException("the title is empty")
    if not folder.is_dir():
        raise click.ClickException(f"the content folder {folder} does not exist")
    path = folder / f"{checklist_id}.yml"
    if path.exists():
        raise click.ClickException(f"{path} already exists; choose another id")
    schema = Path(str(resources.files("playbook_builder") / "schema" / "checklist.schema.json"))
    text = templates().get_template("new_checklist.yml.j2").render(
        id=checklist_id, code=code, title=yaml_text(title.strip()), order=order,
        schema=Path(os.path.relpath(schema, folder.resolve())).as_posix(),
    )
    path.write_text(text, encoding="utf-8")
    return path


@click.command()
@click.argument("checklist_id")
@click.option("--code", required=True, help="The prefix of the checklist's item ids, 2 to 5 capital letters.")
@click.option("--title", required=True, help="The phase's name.")
@click.option("--order", type=int, default=99, show_default=True, help="Its position in the lifecycle.")
@click.option("--checklists", "checklists", type=click.Path(file_okay=False, path_type=Path),
              default=Path("checklists"), show_default=True, help="The content folder to write into.")
def new(checklist_id: str, code: str, title: str, order: int, checklists: Path) -> None:
    """Scaffold a new checklist file CHECKLIST_ID.yml with every required field.

    The file fails `playbook check` until you replace its TODO texts.
    """
    path = write_checklist(checklists, checklist_id, code=code, title=title, order=order)
    click.echo(f"Created {path}. Fill in the TODO fields, then run: playbook check")
