"""Commands: the ``playbook`` command line, one module per command, loaded only when that command runs."""

from __future__ import annotations

import importlib
import os
import sys

import click

from .. import __version__

#: Command name → module of this package that defines it (as a click command of the same name).
COMMANDS = {
    "build": "build", "check": "check", "diff": "diff", "init": "init", "new": "new", "overlay": "overlay",
    "pdf": "pdf", "questionnaire": "questionnaire", "report": "report", "schema": "schema", "serve": "build",
    "translate": "translate",
}


class _Commands(click.Group):
    """Imports a command's module only when it is asked for, which keeps ``playbook check`` quick to start."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        command: click.Command = getattr(importlib.import_module(f"{__name__}.{COMMANDS[name]}"), name)
        return command


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="playbook")
def main() -> None:
    """Check and build the outsourcing playbook from its YAML checklists.

    Run the commands in the folder that holds mkdocs.yml, or pass -f.
    """
    # MkDocs 1.6 prints a banner about MkDocs 2 on every run; this project pins MkDocs below 2 on purpose.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def run() -> None:
    """The console entry point (``playbook`` and ``python -m playbook_builder``).

    Runs the command, then leaves without tearing the heap down object by object: a large playbook is millions
    of small objects, and freeing them at exit takes as long as checking them (mypy exits the same way). Output is
    flushed first; the commands register no exit handlers.
    """
    try:
        main(prog_name="playbook")
    except SystemExit as done:
        code = done.code
    else:  # pragma: no cover - click always exits in standalone mode
        code = 0
    if isinstance(code, str):
        click.echo(code, err=True)
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)
