"""``playbook build --engine zensical``: the same site, built by Zensical, Material's successor, which runs no
MkDocs plugin. The library writes each edition's complete docs tree (:mod:`playbook_builder.staging`), this module
writes a configuration for it from ``mkdocs.yml`` (the playbook plugin left out, the nav filled in, the edition's
language and language menu set) and runs Zensical on it, English into the site folder, then each translation into
its ``LANG/`` folder."""

from __future__ import annotations

import contextlib
import copy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
import yaml
from mkdocs.utils.yaml import yaml_load

from ..i18n.edition import Editions, translated_nav
from ..i18n.ui import SOURCE_LANGUAGE, messages_for
from ..load import load_playbook
from ..model import scoped
from ..problems import ContentError
from ..render.assets import asset, everywhere
from ..render.branding import Branding, brand_theme, site_title, stylesheet
from ..render.nav import expand_checklists
from ..render.site import SiteOptions
from ..staging import Edition, editions, stage
from ..theme import edition_site_name
from .common import ContentFailure, configured_content, playbook_plugin


def zensical_command() -> list[str]:
    """How to run Zensical, or a clear error when it is not installed (it is the optional ``zensical`` extra)."""
    try:
        import zensical  # noqa: F401
    except ImportError:
        raise click.ClickException('Zensical is not installed: pip install -e ".[zensical]" (or pip install '
                                   'zensical), then build again.') from None
    return [sys.executable, "-m", "zensical"]


def build_with_zensical(config_file: Path, site_dir: Path | None, strict: bool) -> Path:
    """Check the content, stage every edition and build it with Zensical; returns the site folder."""
    command = zensical_command()
    config, plugin = playbook_plugin(config_file)
    with config_file.open(encoding="utf-8") as file:
        raw: dict[str, Any] = yaml_load(file)  # as written: the plugin's options stay out of Zensical's copy
    root, base, overlays = configured_content(config_file)
    try:
        playbook, warnings = load_playbook(root, mergers=overlays, display_root=base)
    except ContentError as error:
        raise ContentFailure(error.report() + "\nNothing was built; the site folder was left as it was.") from None
    for warning in warnings:
        click.echo(f"WARNING: {warning}", err=True)
    try:
        playbook = scoped(playbook, plugin.config.scope)
    except ValueError as error:
        raise click.ClickException(f"{error}\nFix the playbook plugin's scope option in mkdocs.yml; nothing was "
                                   f"built.") from None
    playbook.forget_sources()
    site = (site_dir or Path(config.site_dir)).resolve()
    options = SiteOptions(site_url=config.site_url or "", directory_urls=config.use_directory_urls,
                          review_months=plugin.config.review_months)
    languages = list(plugin.config.languages)
    roots = [root, *(overlay.folder for overlay in overlays)]
    names = Editions.of([messages_for(language, roots) for language in languages])
    menu = list(zip(names.languages, names.names, strict=True))
    with tempfile.TemporaryDirectory(prefix="playbook-zensical-") as folder:
        built = Path(folder) / "site"  # the whole site first: a failed build leaves the old one as it was
        for edition in editions(playbook, roots, languages, options):
            here = Path(folder) / edition.language
            for problem in edition.problems:
                click.echo(f"WARNING: {problem}", err=True)
            english = stage(edition, Path(config.docs_dir), languages, here / "docs")
            for page in english:
                click.echo(f"INFO: {edition.language}: {page} is not translated yet; it is shown in English.", err=True)
            staged = _config(raw, plugin.config, edition, here / "docs", menu)
            staged["site_name"] = edition_site_name(staged["site_name"], playbook, edition.playbook, edition.options.ui)
            (here / "mkdocs.yml").write_text(yaml.safe_dump(staged, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
            result = subprocess.run([*command, "build", "-f", str(here / "mkdocs.yml"), *(["--strict"] if strict
                                                                                          else [])],
                                    cwd=here, capture_output=True, text=True)
            if result.returncode != 0:
                raise click.ClickException(f"Zensical could not build the {edition.language} edition; the site "
                                           f"folder was left as it was:\n{result.stdout}{result.stderr}")
            # Zensical writes inside its project only: each edition moves to its place in the site
            shutil.move(here / "site", built if edition.language == SOURCE_LANGUAGE else built / edition.language)
        shutil.rmtree(site, ignore_errors=True)
        site.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(built, site)
    return site


def _config(raw: dict[str, Any], plugin: Any, edition: Edition, docs: Path,
            menu: list[tuple[str, str]]) -> dict[str, Any]:
    """The configuration Zensical builds an edition with: ``mkdocs.yml`` as written, without the playbook plugin,
    with the staged docs, the filled-in nav, the branding, the edition's language and a language menu."""
    staged = copy.deepcopy(raw)
    ui = edition.options.ui
    staged.update(docs_dir="docs", site_dir="site")  # Zensical wants both inside its project
    if edition.options.site_url:
        staged["site_url"] = edition.options.site_url
    staged["plugins"] = [{"search": {"lang": [edition.language]}}]
    theme = staged["theme"] = staged["theme"] if isinstance(staged.get("theme"), dict) else \
        {"name": staged.get("theme") or "material"}
    theme["language"] = edition.language
    generated = [asset(name) for name in ("playbook.css", "playbook.js", "branding.css")]
    linked = everywhere(path for path in generated if (docs / path).is_file())
    staged["extra_css"] = [*raw.get("extra_css", []), *(p for p in linked if p.endswith(".css"))]
    staged["extra_javascript"] = [*raw.get("extra_javascript", []), *(p for p in linked if p.endswith(".js"))]
    if "nav" in raw:
        nav = expand_checklists(raw["nav"], edition.playbook, ui)
        staged["nav"] = translated_nav(nav, ui) if edition.language != SOURCE_LANGUAGE else nav
    branding = Branding(plugin.branding.organisation, plugin.branding.logo, plugin.branding.primary_color,
                        plugin.branding.accent_color)
    staged["site_name"] = site_title(str(raw.get("site_name", "")), branding.organisation)
    brand_theme(theme, branding)
    css = stylesheet(branding)
    if css:
        (docs / asset("branding.css")).write_text(css, encoding="utf-8")
        staged["extra_css"].append(asset("branding.css"))
    if len(menu) > 1:  # each edition's home: Zensical runs no plugin that could find a page's own counterpart
        home = "./" if edition.language == SOURCE_LANGUAGE else "../"
        staged.setdefault("extra", {})["alternate"] = [
            {"name": name, "lang": language, "link": home + ("" if language == SOURCE_LANGUAGE else f"{language}/")}
            for language, name in menu]
    return staged


def serve_with_zensical(config_file: Path, dev_addr: str) -> None:
    """Build the site with Zensical into a temporary folder and serve it on ``dev_addr`` until interrupted (no live
    reload: build again after an edit)."""
    import functools
    import http.server

    from .local_server import QuietHandler

    host, _, port = dev_addr.rpartition(":")
    with tempfile.TemporaryDirectory(prefix="playbook-zensical-site-") as folder:
        site = build_with_zensical(config_file, Path(folder) / "site", strict=False)
        handler = functools.partial(QuietHandler, directory=str(site))
        with http.server.ThreadingHTTPServer((host or "127.0.0.1", int(port or 8000)), handler) as server:
            click.echo(f"Serving the Zensical build on http://{host or '127.0.0.1'}:{port or 8000}/ (Ctrl+C stops).")
            with contextlib.suppress(KeyboardInterrupt):
                server.serve_forever()
