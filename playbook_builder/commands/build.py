"""``playbook build`` and ``playbook serve``: MkDocs itself with the project's ``mkdocs.yml``, so they behave exactly
like ``mkdocs build`` and ``mkdocs serve``."""

from __future__ import annotations

from pathlib import Path

import click

from ..notices import NO_SITE_URL, first_time
from .common import config_option, mkdocs_config, setup_logging


@click.command()
@config_option
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the site (default: site_dir from mkdocs.yml).")
@click.option("-s", "--strict", is_flag=True, help="Fail on warnings, as mkdocs build --strict does.")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' debug messages.")
@click.option("--engine", type=click.Choice(["mkdocs", "zensical"]), default="mkdocs", show_default=True,
              help="The site generator: MkDocs with the playbook plugin, or Zensical (the optional zensical extra), "
              "which builds the same pages from a staged copy of the docs.")
def build(config_file: Path, site_dir: Path | None, strict: bool, verbose: bool, engine: str) -> None:
    """Check the content and build the site with MkDocs (or Zensical).

    Bad content stops the build before anything is written, so an earlier site stays as it was.
    """
    from mkdocs import exceptions
    from mkdocs.commands.build import build as mkdocs_build

    setup_logging(verbose)
    if engine == "zensical":
        from .zensical import build_with_zensical

        click.echo(f"Built the site with Zensical in {build_with_zensical(config_file, site_dir, strict)}.")
        return
    config = mkdocs_config(config_file, site_dir=str(site_dir) if site_dir else None, strict=strict or None)
    if not config.site_url and first_time(NO_SITE_URL):
        click.echo(f"WARNING: {NO_SITE_URL}", err=True)
    try:
        mkdocs_build(config)
    except exceptions.MkDocsException as error:  # includes Abort, for warnings in strict mode
        raise click.ClickException(str(error) or "the build failed.") from None
    finally:
        config.plugins.on_shutdown()


@click.command()
@config_option
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="IP:PORT",
              help="The address to serve on.")
@click.option("-v", "--verbose", is_flag=True, help="Show MkDocs' debug messages.")
@click.option("--engine", type=click.Choice(["mkdocs", "zensical"]), default="mkdocs", show_default=True,
              help="MkDocs serves with live reload; Zensical builds the site once and serves it as built.")
def serve(config_file: Path, dev_addr: str, verbose: bool, engine: str) -> None:
    """Serve the site with live reload; editing a checklist rebuilds it."""
    from mkdocs import exceptions
    from mkdocs.commands.serve import serve as mkdocs_serve

    setup_logging(verbose)
    if engine == "zensical":
        from .zensical import serve_with_zensical

        serve_with_zensical(config_file, dev_addr)
        return
    if not config_file.is_file():
        raise click.ClickException(f"no MkDocs configuration at {config_file}.")
    try:
        mkdocs_serve(str(config_file), dev_addr=dev_addr)
    except exceptions.MkDocsException as error:
        raise click.ClickException(str(error)) from None
