"""The generated pages and exports as MkDocs files: Markdown with its fragment markers for pages, content as is
for everything else. Nothing goes into ``docs_dir``, which would loop ``mkdocs serve``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .render import paths
from .render.pages import GeneratedPage

#: Exports larger than this are written to the build's temporary folder, for MkDocs to copy: held in memory, the
#: JSON, OSCAL and workbook of a large edition would stay there for the whole build.
SPILL_BYTES = 256 * 1024


def add_generated(files: Files, config: MkDocsConfig, generated: Mapping[str, str | bytes],
                  spill: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Add every generated file, replacing a hand-written one at the same path; returns each page's fragments,
    which :func:`.render.env.put_back` puts into the HTML that Markdown makes of the page. Large exports go
    through ``spill``, a temporary folder, when there is one."""
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
        elif spill is not None and len(content) > SPILL_BYTES:
            copy = spill / path
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
            files.append(File.generated(config, path, abs_src_path=str(copy), inclusion=inclusion))
            continue
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return fragments


def add_assets(config: MkDocsConfig, generated: Mapping[str, str | bytes]) -> None:
    """Link the generated stylesheets and scripts from every page; scripts are deferred, never delaying the first
    paint."""
    for path in generated:
        if path.startswith(paths.ASSET_DIR) and path.endswith(".css") and path not in config.extra_css:
            config.extra_css.append(path)
        elif path.startswith(paths.ASSET_DIR) and path.endswith(".js") and \
                path not in [str(script) for script in config.extra_javascript]:
            script = ExtraScriptValue(path)
            script.defer = True
            config.extra_javascript.append(script)
