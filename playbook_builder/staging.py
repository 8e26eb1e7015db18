"""The site as a complete docs tree, for a site generator that runs no MkDocs plugin (Zensical): for each edition,
its hand-written pages (the translation where there is one, else the English with a note) and every generated
page, export and asset, each page with its HTML in place. The MkDocs plugin hands the same files to MkDocs one by
one; here they are written into a folder, from the same library calls."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .i18n.checks import translated_edition, translation_state
from .i18n.edition import Editions, edition_pages, in_edition_folder
from .i18n.ui import SOURCE_LANGUAGE, messages_for
from .model import Playbook
from .problems import Problem
from .render.pages import GeneratedPage
from .render.site import SiteOptions, iter_site_files


@dataclass(frozen=True)
class Edition:
    """One edition to stage: its language, its playbook (translated, English where it falls back) and options."""

    language: str
    playbook: Playbook
    options: SiteOptions
    problems: Sequence[Problem] = ()
    """The problems of the edition's translation catalogue, for the build log."""


def editions(playbook: Playbook, roots: Sequence[Path], languages: Sequence[str],
             options: SiteOptions) -> list[Edition]:
    """English, then each of ``languages``, as the plugin makes them; ``options`` are the English edition's."""
    names = Editions.of([messages_for(language, roots) for language in languages])
    states = tuple(translation_state(playbook, roots, language, name)
                   for language, name in zip(names.languages[1:], names.names[1:], strict=True))
    english = SiteOptions(options.site_url, options.directory_urls, options.review_months, messages_for(
        SOURCE_LANGUAGE, roots), translations=states if languages else (), source_links=True)
    found = [Edition(SOURCE_LANGUAGE, playbook, english)]
    for language in languages:
        edition = translated_edition(playbook, roots, language)
        site_url = f"{options.site_url.rstrip('/')}/{language}/" if options.site_url else ""
        found.append(Edition(language, edition.playbook, SiteOptions(
            site_url, options.directory_urls, options.review_months, messages_for(language, roots),
            frozenset(edition.english), states, source_links=True), edition.problems))
    return found


def stage(edition: Edition, docs_dir: Path, languages: Sequence[str], target: Path) -> list[str]:
    """Write the edition's docs tree into ``target`` (emptied first); returns the hand-written pages shown in
    English because they have no translation yet."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    sources = sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*") if path.is_file())
    own = [source for source in sources if not in_edition_folder(source, languages)]
    translations = edition_pages(sources, edition.language) if edition.language != SOURCE_LANGUAGE else {}
    english = []
    for source in own:
        copy = target / source
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source in translations:
            shutil.copyfile(docs_dir / translations[source], copy)
        elif edition.language != SOURCE_LANGUAGE and source.endswith(".md"):
            english.append(source)
            note = edition.options.ui("This page is not translated yet; it is shown in English.")
            copy.write_text(_with_note((docs_dir / source).read_text(encoding="utf-8-sig"), note), encoding="utf-8")
        else:
            shutil.copyfile(docs_dir / source, copy)
    for path, content in iter_site_files(edition.playbook, edition.options):
        copy = target / path
        copy.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, GeneratedPage):
            copy.write_text(content.text, encoding="utf-8")
        elif isinstance(content, bytes):
            copy.write_bytes(content)
        else:
            copy.write_text(content, encoding="utf-8")
    return english


def _with_note(markdown: str, note: str) -> str:
    """A page's Markdown with ``note`` after its front matter, as the first thing a reader sees."""
    if markdown.startswith("---\n") and "\n---\n" in markdown[4:]:
        end = markdown.index("\n---\n", 4) + 5
        return f"{markdown[:end]}\n!!! note\n\n    {note}\n\n{markdown[end:]}"
    return f"!!! note\n\n    {note}\n\n{markdown}"
