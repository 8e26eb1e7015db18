"""The translated editions through MkDocs: after the English site is built, each of the plugin's ``languages`` is
built by MkDocs itself into ``LANG/`` of the site, from the same ``mkdocs.yml`` with Material's UI, the search
language and ``<html lang>`` of that language. So ``mkdocs build``, ``mkdocs serve`` and ``playbook build`` all
make every edition, and no plugin that Material's successor will not run is involved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.config_options import Plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from .i18n.edition import Editions, edition_pages, in_edition_folder

#: Stands in for a counterpart's address in Material's language menu until the page's HTML is final; MkDocs'
#: ``url`` filter leaves fragment-only links alone, and cannot express a link above the edition's root.
_PLACEHOLDER = "#pb-edition-"
_HEAD_LINK = re.compile(r'<link rel="alternate" href="#pb-edition-([a-zA-Z_]+)"')
_MENU_LINK = re.compile(r'<a href="#pb-edition-([a-zA-Z_]+)"([^>]*)>')


def build_edition(config: MkDocsConfig, language: str, prepare: Callable[[Any], None]) -> None:
    """Build the ``language`` edition into ``LANG/`` of the English site; ``prepare`` hands the edition's
    playbook plugin what the English build already loaded."""
    plugins = cast(Plugins, dict(MkDocsConfig._schema)["plugins"])
    kept, plugins.plugin_cache = plugins.plugin_cache, {}  # fresh plugins: the English build's keep their state
    try:
        edition = load_config(config.config_file_path, site_dir=str(Path(config.site_dir) / language),
                              site_url=_edition_url(config.site_url, language), strict=config.strict,
                              use_directory_urls=config.use_directory_urls)
    finally:
        plugins.plugin_cache = kept
    edition.theme["language"] = language
    for name in ("material/search", "search"):
        search = edition.plugins.get(name)
        if search is not None:
            search.config["lang"] = [language]
    plugin = edition.plugins["playbook"]
    plugin.config["edition"] = language
    prepare(plugin)
    try:
        build(edition)
    finally:
        edition.plugins.on_shutdown()


def _edition_url(site_url: str | None, language: str) -> str | None:
    return f"{site_url.rstrip('/')}/{language}/" if site_url else None


def set_alternates(config: MkDocsConfig, editions: Editions) -> None:
    """Material's language menu, with a placeholder per edition that :func:`link_alternates` fills in."""
    config.extra["alternate"] = [
        {"name": name, "lang": language, "link": _PLACEHOLDER + language}
        for language, name in zip(editions.languages, editions.names, strict=True)
    ]


def link_alternates(html: str, page_url: str, editions: Editions, here: str) -> str:
    """The page's HTML with the placeholders filled in: the language menu leads to the page's counterpart in each
    edition, and the ``hreflang`` links of the head to each edition's home.

    Material's script reads each head link's ``sitemap.xml`` and takes over clicks on menu links without a
    ``target``; the head links name the editions' homes, where a sitemap is, and the menu links carry
    ``target="_self"``, so a click loads the counterpart itself, in its own language and search index. Each menu
    link also names its edition's home (``data-pb-root``, from which ``language.js`` keeps the link on the page
    and place the reader is at) and its language; the current edition's is marked ``aria-current``.
    """
    def home(found: re.Match[str]) -> str:
        return f'<link rel="alternate" href="{editions.counterpart(page_url, here, found[1], "")}"'

    def counterpart(found: re.Match[str]) -> str:
        there = found[1]
        current = ' aria-current="true"' if there == here else ""
        return (f'<a href="{editions.counterpart(page_url, here, there)}" target="_self"{found[2]} '
                f'data-pb-root="{editions.counterpart(page_url, here, there, "")}" lang="{there}"{current}>')

    return _MENU_LINK.sub(counterpart, _HEAD_LINK.sub(home, html))


def english_files(files: Files, languages: list[str]) -> Files:
    """The English build's files: the translated hand-written pages under ``LANG/`` are not part of it."""
    for file in [file for file in files if in_edition_folder(file.src_uri, languages)]:
        files.remove(file)
    return files


def edition_files(files: Files, config: MkDocsConfig, language: str) -> tuple[Files, set[str]]:
    """An edition's files: its hand-written pages from ``LANG/`` at the paths of their English originals, and the
    English of a page with no translation yet (whose path comes back in the set, to be marked); every other file
    is shared."""
    translated = edition_pages((file.src_uri for file in files), language)
    folder = f"{language}/"
    english: set[str] = set()
    for file in list(files):
        if file.src_uri.startswith(folder):
            files.remove(file)
        elif file.is_documentation_page() and not file.generated_by:
            source = translated.get(file.src_uri)
            if source is None:
                english.add(file.src_uri)
                continue
            files.remove(file)
            text = Path(config.docs_dir, source).read_text(encoding="utf-8-sig")
            files.append(File.generated(config, file.src_uri, content=text, inclusion=file.inclusion))
    return files, english
