"""The ``playbook`` command: check, build, serve and scaffold a playbook.

``build`` and ``serve`` run MkDocs itself with the project's ``mkdocs.yml``, so they behave exactly like
``mkdocs build`` and ``mkdocs serve``; ``check`` runs only the library.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .loader import load_playbook
from .problems import ContentError

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

config_option = click.option(
    "-f", "--config-file", "config_file", type=click.Path(dir_okay=False, path_type=Path),
    default=Path("mkdocs.yml"), show_default=True, help="The MkDocs configuration to use.",
)


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


def _mkdocs_config(config_file: Path, **overrides: object):
    """Load ``mkdocs.yml`` through MkDocs, reporting a bad or missing file as a one-line error."""
    from mkdocs import exceptions
    from mkdocs.config import load_config

    if not config_file.is_file():
        _fail(f"Error: no MkDocs configuration at {config_file}. Run the command in the playbook's folder or "
              f"pass -f PATH/mkdocs.yml.")
    try:
        return load_config(str(config_file), **{k: v for k, v in overrides.items() if v is not None})
    except exceptions.ConfigurationError as error:
        _fail(f"Error: {error}")


def _content_root(config_file: Path) -> tuple[Path, Path, list]:
    """The content folder configured for the playbook plugin in ``mkdocs.yml``, the folder it is relative to, and
    the overlays to apply over it."""
    from .overlay import content_root, overlays_for

    config = _mkdocs_config(config_file)
    plugin = config.plugins.get("playbook")
    if plugin is None:
        _fail(f"Error: {config_file} does not enable the 'playbook' plugin; add it under 'plugins:'.")
    base = config_file.resolve().parent
    return content_root(plugin.config.checklists, base), base, overlays_for(plugin.config.overlays, base)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.DEBUG if verbose else logging.INFO)


class _Commands(click.Group):
    """Imports the heavier commands only when they are asked for, which keeps ``playbook check`` quick to start."""

    lazy = {"init": "init:init", "overlay": "init:overlay", "pdf": "pdf:pdf"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attribute = self.lazy[name].split(":")
            return getattr(importlib.import_module(f"{__package__}.{module}"), attribute)
        return super().get_command(ctx, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="playbook")
def main() -> None:
    """Check and build the outsourcing playbook from its YAML checklists.

    Run the commands in the folder that holds mkdocs.yml, or pass -f.
    """


@main.command()
@config_option
@click.option("--checklists", "checklists", type=click.Path(file_okay=False, path_type=Path),
              help="Check this content folder instead of the one configured in mkdocs.yml.")
def check(config_file: Path, checklists: Path | None) -> None:
    """Validate the content without building anything.

    Reports every problem as FILE:LINE:COLUMN: RULE: MESSAGE and exits with 1 when there is any.
    """
    if checklists is not None:
        root, base, overlays = checklists.resolve(), Path.cwd(), []
    else:
        root, base, overlays = _content_root(config_file)
    with _loaded_objects_left_alone():
        try:
            playbook, warnings = load_playbook(root, mergers=overlays, display_root=base)
        except ContentError as error:
            _fail(error.report())
        for warning in warnings:
            click.echo(f"WARNING: {warning}", err=True)
        mistakes, questions = len(playbook.mistakes), len(playbook.questions)
        click.echo(
            f"OK: {playbook.meta.title} {playbook.version}: {len(playbook.checklists)} checklists, {mistakes} "
            f"mistakes, {questions} questions, {len(playbook.sources)} sources, {len(playbook.cases)} case studies."
        )


@contextlib.contextmanager
def _loaded_objects_left_alone() -> Iterator[None]:
    """Keep the garbage collector off the loaded playbook while a one-shot command uses it.

    A large playbook is millions of objects without reference cycles; the first collection after loading would
    walk all of them (a quarter of a second at 10,000 mistakes) and reclaim nothing. Frozen, the collector skips
    them for good; reference counting still frees them once they are dropped.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()

@main.command()
@config_option
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the site (default: site_dir from mkdocs.yml).")
@click.option("-s", "--strict", is_flag=True, help="Fail on warnings, as mkdocs build --strict does.")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' debug messages.")
def build(config_file: Path, site_dir: Path | None, strict: bool, verbose: bool) -> None:
    """Check the content and build the site with MkDocs.

    Bad content stops the build before anything is written, so an earlier site stays as it was.
    """
    from mkdocs import exceptions
    from mkdocs.commands.build import build as mkdocs_build

    _setup_logging(verbose)
    config = _mkdocs_config(config_file, site_dir=str(site_dir) if site_dir else None, strict=strict or None)
    try:
        mkdocs_build(config)
    except exceptions.MkDocsException as error:
        _fail(f"Error: {error}" if str(error) else "Error: the build failed.")
    except exceptions.Abort as error:
        _fail(str(error))
    finally:
        config.plugins.on_shutdown()


@main.command()
@config_option
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT",
              help="The address to serve on.")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' debug messages.")
def serve(config_file: Path, dev_addr: str, verbose: bool) -> None:
    """Serve the site with live reload; editing a checklist rebuilds it."""
    from mkdocs import exceptions
    from mkdocs.commands.serve import serve as mkdocs_serve

    _setup_logging(verbose)
    if not config_file.is_file():
        _fail(f"Error: no MkDocs configuration at {config_file}.")
    try:
        mkdocs_serve(str(config_file), dev_addr=dev_addr)
    except (exceptions.MkDocsException, exceptions.Abort) as error:
        _fail(f"Error: {error}")


@main.command()
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
    from .scaffold import ScaffoldError, write_checklist

    try:
        path = write_checklist(checklists, checklist_id, code=code, title=title, order=order)
    except ScaffoldError as error:
        _fail(f"Error: {error}")
    click.echo(f"Created {path}. Fill in the TODO fields, then run: playbook check")


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def schema(folder: Path) -> None:
    """Write the JSON Schemas of the content files into FOLDER.

    The package ships them in playbook_builder/schema/, where each content file's first line points editors;
    run `playbook schema playbook_builder/schema` after changing the content model.
    """
    from .exports import schema_files

    folder.mkdir(parents=True, exist_ok=True)
    for path, text in schema_files().items():
        target = folder / Path(path).name
        target.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {target}")


def run() -> None:
    """The console entry point (``playbook`` and ``python -m playbook_builder``).

    Runs the command, then leaves without tearing the heap down object by object: a large playbook is millions
    of small objects, and freeing them at exit takes as long as checking them (mypy exits the same way).
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
