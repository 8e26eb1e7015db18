"""``playbook diff``: what changed between two editions, to read before an upgrade or to draft release notes."""

from __future__ import annotations

from pathlib import Path

import click

from ..compare import FORMATS, compare, edition, render
from ..compare.editions import EditionError
from ..problems import ContentError
from .common import ContentFailure


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--format", "style", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text to read, markdown to draft the changelog from, json for scripts.")
@click.option("--checklists", "subfolder", default="checklists", show_default=True,
              help="For git revisions: the content folder, relative to the folder you run the command in.")
def diff(old: str, new: str, style: str, subfolder: str) -> None:
    """Compare two editions of the playbook, to read before an upgrade or to draft release notes.

    OLD and NEW are content folders, playbook.json files or git revisions of the repository you are in (e.g.
    playbook diff v1.0.0 HEAD). Lists the mistakes, mitigations, questions, sources, cases, roles, checklists and
    scoping facts added, removed, retired (retired.yml) and changed, field by field.
    """
    repository = Path.cwd()
    try:
        editions = [edition(spec, repository=repository, subfolder=subfolder) for spec in (old, new)]
    except EditionError as error:
        raise click.ClickException(str(error)) from None
    except ContentError as error:
        raise ContentFailure(error.report() + "\nThat edition's content has problems, so it cannot be compared.") \
            from None
    click.echo(render(compare(*editions), style))
