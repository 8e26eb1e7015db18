"""``playbook pdf``: a PDF of every print view and of the booklet, printed by the system Chromium.

Optional: it needs Playwright (``pip install playwright``) and a Chromium from the operating system
(``apt-get install chromium``); it never downloads a browser. It serves the built site on 127.0.0.1 itself, so the
pages print exactly as a reader's browser prints them (background graphics off), footer and page numbers included,
and blocks any request that would leave the machine.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import click

from ..notices import NO_SITE_URL, first_time
from ..render.paths import PRINT_INDEX, built_file, print_sheet
from .build import build
from .common import config_option, mkdocs_config
from .local_server import only_local, serve_folder

#: Paper sizes by option value, as Chromium names them.
PAPERS = {"a4": "A4", "letter": "Letter"}
DEFAULT_CHROMIUM = "/usr/bin/chromium"


def print_views(site_dir: Path) -> list[tuple[str, str]]:
    """The print views of a built site as (name, site path), checklists in the booklet's order, booklet last.

    The booklet (``print/index.html``) lists every sheet, so it gives the order and proves the site has print views.
    """
    booklet = site_dir / built_file(PRINT_INDEX)
    ids = re.findall(r'<section class="pb-sheet[^"]*" id="sheet-([a-z0-9-]+)"', booklet.read_text(encoding="utf-8"))
    views = []
    for checklist_id in ids:
        for path in (built_file(print_sheet(checklist_id)), built_file(print_sheet(checklist_id), False)):
            if (site_dir / path).is_file():
                views.append((checklist_id, path))
                break
    return [*views, ("booklet", built_file(PRINT_INDEX))]


def _import_playwright() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise click.ClickException("playbook pdf needs Playwright, which is optional: pip install playwright\n"
                                   "It prints with the Chromium of your operating system (e.g. apt-get install "
                                   "chromium); do not run 'playwright install'.") from None
    return sync_playwright


@click.command()
@config_option
@click.option("-d", "--site-dir", type=click.Path(file_okay=False, path_type=Path),
              help="The built site to print (default: site_dir from mkdocs.yml).")
@click.option("--build", "force_build", is_flag=True,
              help="Build the site first. Without it, the site is built only when it has no print views yet.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("pdf"),
              show_default=True, help="Where to write the PDFs.")
@click.option("--paper", type=click.Choice(sorted(PAPERS)), multiple=True, default=("a4",), show_default=True,
              help="Paper size; repeat the option for both (--paper a4 --paper letter).")
@click.option("--chromium", type=click.Path(dir_okay=False, path_type=Path),
              default=lambda: os.environ.get("CHROMIUM", DEFAULT_CHROMIUM),
              show_default=f"$CHROMIUM or {DEFAULT_CHROMIUM}", help="The Chromium executable to print with.")
@click.option("--language", default="en", show_default=True, metavar="LANG",
              help="Print the edition in this language (one of the plugin's languages, e.g. fr).")
@click.pass_context
def pdf(ctx: click.Context, config_file: Path, site_dir: Path | None, force_build: bool, out_dir: Path,
        paper: tuple[str, ...], chromium: Path, language: str) -> None:
    """Write a PDF of every printable checklist and of the booklet (optional).

    Files are named CHECKLIST-PAPER.pdf and booklet-PAPER.pdf (CHECKLIST-PAPER-LANG.pdf in another language).
    Needs Playwright (pip install playwright) and Chromium from your operating system (apt-get install chromium);
    no browser is downloaded. Set site_url in mkdocs.yml so that the sheets carry the full online address and a QR
    code.
    """
    sync_playwright = _import_playwright()
    if not chromium.is_file():
        raise click.ClickException(f"Chromium not found at {chromium}. Install it from your operating system (e.g. "
                                   f"apt-get install chromium), or pass --chromium PATH or set $CHROMIUM. playbook "
                                   f"pdf never downloads a browser.")
    config = mkdocs_config(config_file)
    site_dir = site_dir or Path(config.site_dir)
    if not config.site_url and first_time(NO_SITE_URL):
        click.echo(f"WARNING: {NO_SITE_URL}", err=True)
    if force_build or not (site_dir / built_file(PRINT_INDEX)).is_file():
        click.echo(f"Building the site into {site_dir} first.", err=True)
        ctx.invoke(build, config_file=config_file, site_dir=site_dir)
    if not (site_dir / built_file(PRINT_INDEX)).is_file():
        raise click.ClickException(f"{site_dir} has no print views ({built_file(PRINT_INDEX)}); is the playbook "
                                   f"plugin enabled?")
    edition = _edition_folder(site_dir, config, language)
    views = print_views(edition)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(name, path, size) for size in paper for name, path in views]
    written = []
    suffix = "" if language == "en" else f"-{language}"
    with serve_folder(edition) as base, sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        except Exception as error:  # noqa: BLE001 - Playwright reports a broken browser with a long message
            raise click.ClickException(f"could not start Chromium at {chromium}: {str(error).splitlines()[0]}") \
                from None
        try:
            page = browser.new_page()
            page.route("**/*", only_local)
            with click.progressbar(jobs, label="Printing", item_show_func=lambda job: job and job[0]) as bar:
                for name, path, size in bar:
                    page.goto(base + path, wait_until="load")
                    target = out_dir / f"{name}-{size}{suffix}.pdf"
                    page.pdf(path=str(target), format=PAPERS[size], print_background=False)
                    written.append(target)
        finally:
            browser.close()
    click.echo(f"Wrote {len(written)} PDFs to {out_dir}.")


def _edition_folder(site_dir: Path, config: Any, language: str) -> Path:
    """Where the edition in ``language`` is in the built site: the root for English, ``LANG/`` for the others."""
    if language == "en":
        return site_dir
    plugin = config.plugins.get("playbook")
    languages = list(plugin.config.languages) if plugin is not None else []
    if language not in languages:
        raise click.BadParameter(f"the site has no '{language}' edition; its languages: "
                                 f"{', '.join(['en', *languages])}.", param_hint="--language")
    return site_dir / language
