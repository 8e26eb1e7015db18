"""The generated pages and exports as MkDocs files: Markdown with its fragment markers for pages, content as is
for everything else. Nothing goes into ``docs_dir``, which would loop ``mkdocs serve``.

A build's cost in memory should follow one page, not the whole edition: each file is stored compactly as soon as
it is made (:func:`store`), and a page's finished HTML exists only while MkDocs writes that page."""

from __future__ import annotations

import marshal
import shutil
import tempfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .render import paths
from .render.assets import everywhere
from .render.pages import GeneratedPage

#: Exports larger than this are written to the build's temporary folder, for MkDocs to copy: held in memory, the
#: JSON, OSCAL and workbook of a large edition would stay there for the whole build.
SPILL_BYTES = 256 * 1024


@dataclass(frozen=True)
class PackedPage:
    """A generated page as a build keeps it until MkDocs writes it: the Markdown with its fragment markers, and the
    fragments compressed. MkDocs turns every page into HTML before it writes any, so a large edition's build would
    otherwise hold all of its finished HTML at once."""

    source: str
    packed: bytes

    @classmethod
    def of(cls, page: GeneratedPage) -> PackedPage:
        return cls(page.source, zlib.compress(marshal.dumps(page.fragments), 1) if page.fragments else b"")

    @staticmethod
    def fragments(packed: bytes) -> tuple[str, ...]:
        """The fragments of a page, from :attr:`packed`."""
        found: tuple[str, ...] = marshal.loads(zlib.decompress(packed))
        return found


#: What a build keeps of each generated file until MkDocs takes it: content as is, a packed page, or the copy of a
#: large export in the build's temporary folder.
Stored = str | bytes | PackedPage | Path


def store(generated: Iterable[tuple[str, str | bytes]], spill: bool = False) -> tuple[dict[str, Stored], Path | None]:
    """Keep each generated file, as it is made, in the form that takes least memory: pages packed, and with
    ``spill``, exports larger than :data:`SPILL_BYTES` written to a new temporary folder. Returns the files and that
    folder, which the caller removes once MkDocs has copied them (it is gone already if making the files failed)."""
    folder = Path(tempfile.mkdtemp(prefix="playbook-")) if spill else None
    stored: dict[str, Stored] = {}
    try:
        for path, content in generated:
            if isinstance(content, GeneratedPage):
                stored[path] = PackedPage.of(content)
            elif folder is not None and len(content) > SPILL_BYTES:
                copy = folder / path
                copy.parent.mkdir(parents=True, exist_ok=True)
                copy.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
                stored[path] = copy
            else:
                stored[path] = content
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return stored, folder


def add_generated(files: Files, config: MkDocsConfig, stored: Mapping[str, Stored]) -> dict[str, bytes]:
    """Add every generated file, replacing a hand-written one at the same path; returns each page's packed
    fragments, which :func:`.render.env.put_back` puts into the page's HTML when MkDocs writes it."""
    fragments: dict[str, bytes] = {}
    for path, content in stored.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        inclusion = InclusionLevel.UNDEFINED if paths.in_nav(path) else InclusionLevel.NOT_IN_NAV
        if isinstance(content, PackedPage):
            if content.packed:
                fragments[path] = content.packed
            files.append(File.generated(config, path, content=content.source, inclusion=inclusion))
        elif isinstance(content, Path):
            files.append(File.generated(config, path, abs_src_path=str(content), inclusion=inclusion))
        else:
            files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return fragments


def add_assets(config: MkDocsConfig, generated: Iterable[str]) -> None:
    """Link the stylesheets and scripts that every page needs (:func:`.render.assets.everywhere`; a widget's own
    are linked by the pages that show it); scripts are deferred, never delaying the first paint."""
    for path in everywhere(generated):
        if path.endswith(".css") and path not in config.extra_css:
            config.extra_css.append(path)
        elif path.endswith(".js") and path not in [str(script) for script in config.extra_javascript]:
            script = ExtraScriptValue(path)
            script.defer = True
            config.extra_javascript.append(script)
