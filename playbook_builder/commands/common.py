"""What the commands share: the ``-f`` option, loading ``mkdocs.yml``, finding the content, logging and errors.

Errors are :class:`click.ClickException`: click prints ``Error: message`` and exits with 1. A content report is
already a list of located problems, so :class:`ContentFailure` prints it as it is.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from ..overlays import Overlay

config_option = click.option(
    "-f", "--config-file", "config_file", type=click.Path(dir_okay=False, path_type=Path),
    default=Path("mkdocs.yml"), show_default=True, help="The MkDocs configuration to use.",
)


class ContentFailure(click.ClickException):
    """Content problems: the report names every problem with its place, so it is printed without a prefix."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(self.format_message(), err=True)


def mkdocs_config(config_file: Path, **overrides: Any) -> MkDocsConfig:
    """Load ``mkdocs.yml`` through MkDocs, reporting a bad or missing file as a one-line error."""
    from mkdocs import exceptions
    from mkdocs.config import load_config

    if not config_file.is_file():
        raise click.ClickException(f"no MkDocs configuration at {config_file}. Run the command in the playbook's "
                                   f"folder or pass -f PATH/mkdocs.yml.")
    try:
        return load_config(str(config_file), **{k: v for k, v in overrides.items() if v is not None})
    except exceptions.ConfigurationError as error:
        raise click.ClickException(str(error)) from None


def playbook_plugin(config_file: Path) -> tuple[MkDocsConfig, Any]:
    """``mkdocs.yml`` loaded, and its ``playbook`` plugin (whose ``config`` holds the plugin's options)."""
    config = mkdocs_config(config_file)
    plugin: Any = config.plugins.get("playbook")
    if plugin is None:
        raise click.ClickException(f"{config_file} does not enable the 'playbook' plugin; add it under 'plugins:'.")
    return config, plugin


def configured_content(config_file: Path) -> tuple[Path, Path, list[Overlay]]:
    """The content folder configured for the playbook plugin in ``mkdocs.yml``, the folder it is relative to, and
    the overlays to apply over it."""
    from ..load.locate import content_root
    from ..overlays import overlays_for

    _, plugin = playbook_plugin(config_file)
    base = config_file.resolve().parent
    return content_root(plugin.config.checklists, base), base, overlays_for(plugin.config.overlays, base)


def chosen_content(config_file: Path, checklists: Path | None) -> tuple[Path, Path, list[Overlay]]:
    """The content folder a command works on: ``--checklists`` when given (without overlays, relative to the
    current folder), else the one configured in ``mkdocs.yml`` with its overlays."""
    if checklists is not None:
        return checklists.resolve(), Path.cwd(), []
    return configured_content(config_file)


def setup_logging(verbose: bool) -> None:
    level = logging.DEBUG if verbose else logging.INFO
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=level)
    logging.getLogger("mkdocs").setLevel(level)
