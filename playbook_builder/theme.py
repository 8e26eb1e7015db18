"""What the plugin changes in Material's settings and pages: the site title, logo and palette of the ``branding``
options (the colours are worked out by :mod:`.render.branding`, which knows nothing of MkDocs), a translated
edition's site name, and the search worker that finds words whatever their accents."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from .config import BrandingConfig
from .i18n.ui import Messages
from .model import Playbook
from .render.branding import Branding, brand_theme, site_title, stylesheet
from .render.scripts import ENTRY, join_modules

#: Our search worker's place in the site: beside the theme's worker, whose folder it shares (see its header).
SEARCH_WORKER = "assets/javascripts/workers/playbook-search.js"
#: The theme's search worker in a page's ``__config`` (Material names it with a hash of its content).
_THEME_WORKER = re.compile(r'("search":\s*")([^"]*?assets/javascripts/workers/)(search\.[\w-]+\.min\.js)"')


def apply_branding(config: MkDocsConfig, options: BrandingConfig) -> str | None:
    """Set the title, logo and ``custom`` palette colours from the ``branding`` options; returns the stylesheet
    that carries the colours, if any."""
    branding = Branding(options.organisation, options.logo, options.primary_color, options.accent_color)
    config.site_name = site_title(config.site_name, branding.organisation)
    if branding.logo and not (Path(config.docs_dir) / branding.logo).is_file():
        raise PluginError(f"branding.logo: there is no file {branding.logo} in the docs folder "
                          f"({config.docs_dir}); the path is relative to it.")
    brand_theme(config.theme, branding)
    return stylesheet(branding)


def edition_site_name(site_name: str, english: Playbook, edition: Playbook, ui: Messages) -> str:
    """A translated edition's site name: the playbook's translated title where the name holds its English title
    (``Acme Outsourcing Playbook``), else the name's own translation, else the name as it is."""
    if english.meta.title and english.meta.title in site_name:
        return site_name.replace(english.meta.title, edition.meta.title)
    return ui(site_name) if ui.translates(site_name) else site_name


def edition_names(config: MkDocsConfig, english: Playbook, edition: Playbook, ui: Messages) -> None:
    """A translated edition's site name and description in its language, for its header, title tags and meta
    description (the description's translation, else the playbook's)."""
    config.site_name = edition_site_name(config.site_name, english, edition, ui)
    if config.site_description:
        config.site_description = (ui(config.site_description) if ui.translates(config.site_description)
                                   else edition.meta.description or config.site_description)


def search_worker() -> str:
    """The search worker (``assets/search/worker.js`` and what it imports) as one classic script."""
    folder = resources.files("playbook_builder") / "assets" / "search"
    sources = {entry.name: entry.read_text(encoding="utf-8") for entry in folder.iterdir()
               if entry.name.endswith(".js")}
    sources[ENTRY] = sources.pop("worker.js")  # the joiner starts from main.js, which the site would serve alone
    header, _, body = join_modules(sources, "search").partition("\n")
    return header.replace(ENTRY, "worker.js") + "\n" + body.replace(f"/* --- {ENTRY} --- */", "/* --- worker.js --- */")


def with_search_worker(html: str) -> str:
    """The page with our search worker in the theme's settings (``__config``), the theme's worker named after
    its ``#``: Material runs whatever worker its settings name, and ours loads the theme's."""
    return _THEME_WORKER.sub(rf'\1\2{SEARCH_WORKER.rpartition("/")[2]}#\3"', html)
