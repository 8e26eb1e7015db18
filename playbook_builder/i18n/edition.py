"""Where the editions meet: the page tree of each language, its nav, and the links between a page and its
counterparts. English is at the site's root; each other language in a folder of its own (``fr/``), with the same
page paths inside it, so every page has a counterpart in every edition."""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from .ui import SOURCE_LANGUAGE, Messages


def in_edition_folder(source: str, languages: Sequence[str]) -> bool:
    """Whether a docs-folder file belongs to a translated edition (``fr/index.md``), not to the English one."""
    return source.startswith(tuple(f"{language}/" for language in languages))


def edition_pages(sources: Iterable[str], language: str) -> dict[str, str]:
    """The hand-written pages of one edition: edition path → source path under ``LANG/``."""
    prefix = f"{language}/"
    return {source[len(prefix):]: source for source in sources
            if source.startswith(prefix) and source.endswith(".md")}


def shown_in_english(html: str, note: str) -> str:
    """A page with no translation yet, in a translated edition: its English, marked as English for screen readers
    and spell checkers, under a note in the edition's language."""
    return (f'<div class="admonition note pb-untranslated"><p>{escape(note)}</p></div>\n'
            f'<div lang="{SOURCE_LANGUAGE}">\n{html}\n</div>')


def translated_nav(nav: Any, ui: Messages) -> Any:
    """The nav with its section and page titles in the edition's language (titles with no translation stay)."""
    if isinstance(nav, list):
        return [translated_nav(item, ui) for item in nav]
    if isinstance(nav, dict):
        return {ui(title): translated_nav(value, ui) for title, value in nav.items()}
    return nav


@dataclass(frozen=True)
class Editions:
    """The languages a site is built in: English at the root, then the plugin's ``languages``."""

    languages: tuple[str, ...]
    names: tuple[str, ...]

    @classmethod
    def of(cls, translations: Sequence[Messages]) -> Editions:
        everyone = [Messages(), *translations]
        return cls(tuple(m.language for m in everyone), tuple(m.name for m in everyone))

    def root(self, language: str) -> str:
        """The edition's folder from the site's root: '' for English, 'fr/' for French."""
        return "" if language == SOURCE_LANGUAGE else f"{language}/"

    def counterpart(self, page_url: str, here: str, there: str, target_url: str | None = None) -> str:
        """The relative address, from a page of the ``here`` edition, of the same page in the ``there`` edition
        (or of ``target_url`` there: '' for its home). URLs are inside their edition (``checklists/strategy/``,
        or '' for the home page)."""
        current = self.root(here) + page_url
        folder = current[:-1] if current.endswith("/") else posixpath.dirname(current)
        target = self.root(there) + (page_url if target_url is None else target_url)
        relative = posixpath.relpath(target or ".", folder or ".")
        if relative == ".":
            return "./"
        return relative + "/" if not target or target.endswith("/") else relative  # a folder stays a folder
