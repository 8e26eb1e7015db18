"""The generated pages and exports as MkDocs files: Markdown with its fragment markers for pages, content as is
for everything else. Nothing goes into ``docs_dir``, which would loop ``mkdocs serve``."""

from __future__ import annotations

from collections.abc import Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .render import paths
from .render.pages import GeneratedPage


def add_generated(files: Files, config: MkDocsConfig,
                  generated: Mapping[str, str | bytes]) -> dict[str, tuple[str, ...]]:
    """Add every generated file, replacing a hand-written one at the same path; returns each page's fragments,
    which :func:`.render.env.put_back` puts into the HTML that Markdown makes of the page."""
    fragments: dict[str, tuple[str, ...]] = {}
    for path, content in generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        inclusion = InclusionLevel.UNDEFINED if paths.in_nav(path) else InclusionLevel.NOT_IN_NAV
        if isinstance(content, GeneratedPage):
            if content.fragments:
                fragments[path] = content.fragments
            content = content.source  # Markdown gets the markers, not the finished HTML
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return fragments
