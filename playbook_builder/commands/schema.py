"""``playbook schema``: write the JSON Schemas of the content files, for editors, and of the assessment result
file, for tools that write results."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def schema(folder: Path) -> None:
    """Write the JSON Schemas of the content files and of the assessment result file into FOLDER.

    The package ships them in playbook_builder/schema/, where each content file's first line points editors;
    run `playbook schema playbook_builder/schema` after changing the content model or the result format.
    """
    from ..render.exports import schema_files

    folder.mkdir(parents=True, exist_ok=True)
    for path, text in schema_files().items():
        target = folder / Path(path).name
        target.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {target}")
