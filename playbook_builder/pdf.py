"""``playbook pdf``: a PDF of every print view and of the booklet, printed by the system Chromium.

Optional: it needs Playwright (``pip install playwright``) and a Chromium from the operating system
(``apt-get install chromium``); it never downloads a browser. It serves the built site on 127.0.0.1 itself, so the
pages print exactly as a reader's browser prints them (background graphics off), footer and page numbers included,
and blocks any request that would leave the machine.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import click

from .cli import _fail, _mkdocs_config, build, config_option
from .printing import PRINT_DIR

#: Paper sizes by option value, as Chromium names them.
PAPERS = {"a4": "A4", "letter": "Letter"}
DEFAULT_CHROMIUM = "/usr/bin/chromium"


def print_views(site_dir: Path) -> list[tuple[str, str]]:
    """The print views of a built site as (name, site path), checklists in the booklet's order, booklet last.

    The booklet (``print/index.html``) lists every sheet, so it gives the order and proves the site has print views.
    """
    booklet = site_dir / PRINT_DIR / "index.html"
    ids = re.findall(r'<section class="pb-sheet[^"]*" id="sheet-([a-z0-9-]+)"', booklet.read_text(encoding="utf-8"))
    views = []
    for checklist_id in ids:
        for path in (f"{PRINT_DIR}/{checklist_id}/index.html", f"{PRINT_DIR}/{checklist_id}.html"):
            if (site_dir / path).is_file():
                views.append((checklist_id, path))
                break
    return [*views, ("booklet", f"{PRINT_DIR}/index.html")]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve_site(site_dir: Path) -> Iterator[str]:
    """Serve ``site_dir`` on 127.0.0.1 on a free port for the duration; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _import_playwright():  # type: ignore[no-untyped-def]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _fail("Error: playbook pdf needs Playwright, which is optional: pip install playwright\n"
              "It prints with the Chromium of your operating system (e.g. apt-get install chromium); "
              "do not run 'playwright install'.")
    return sync_playwright


def _only_local(route) -> None:  # type: ignore[no-untyped-def]
    """Let requests to the local server and inline data through; abort anything that would leave the machine."""
    parts = urlsplit(route.request.url)
    if parts.scheme in ("data", "blob") or parts.hostname == "127.0.0.1":
        route.continue_()
    else:
        route.abort()


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
@click.pass_context
def pdf(ctx: click.Context, config_file: Path, site_dir: Path | None, force_build: bool, out_dir: Path,
        paper: tuple[str, ...], chromium: Path) -> None:
    """Write a PDF of every printable checklist and of the booklet (optional).

    Files are named CHECKLIST-PAPER.pdf and booklet-PAPER.pdf. Needs Playwright (pip install playwright) and
    Chromium from your operating system (apt-get install chromium); no browser is downloaded. Set site_url in
    mkdocs.yml so that the sheets carry the full online address and a QR code.
    """
    sync_playwright = _import_playwright()
    if not chromium.is_file():
        _fail(f"Error: Chromium not found at {chromium}. Install it from your operating system (e.g. apt-get "
              f"install chromium), or pass --chromium PATH or set $CHROMIUM. playbook pdf never downloads a browser.")
    config = _mkdocs_config(config_file)
    site_dir = site_dir or Path(config.site_dir)
    if not config.site_url:
        click.echo("WARNING: site_url is not set in mkdocs.yml: the PDFs show site paths instead of the online "
                   "address and carry no QR code.", err=True)
    if force_build or not (site_dir / PRINT_DIR / "index.html").is_file():
        click.echo(f"Building the site into {site_dir} first.", err=True)
        ctx.invoke(build, config_file=config_file, site_dir=site_dir)
    if not (site_dir / PRINT_DIR / "index.html").is_file():
        _fail(f"Error: {site_dir} has no print views ({PRINT_DIR}/index.html); is the playbook plugin enabled?")
    views = print_views(site_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(name, path, size) for size in paper for name, path in views]
    written = []
    with serve_site(site_dir) as base, sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"])
        except Exception as error:  # Playwright reports a broken or incompatible browser with a long message
            _fail(f"Error: could not start Chromium at {chromium}: {str(error).splitlines()[0]}")
        try:
            page = browser.new_page()
            page.route("**/*", _only_local)
            with click.progressbar(jobs, label="Printing", item_show_func=lambda job: job and job[0]) as bar:
                for name, path, size in bar:
                    page.goto(base + path, wait_until="load")
                    target = out_dir / f"{name}-{size}.pdf"
                    page.pdf(path=str(target), format=PAPERS[size], print_background=False)
                    written.append(target)
        finally:
            browser.close()
    click.echo(f"Wrote {len(written)} PDFs to {out_dir}.")
