"""Everything a build adds to the site, as a map of site paths to contents.

The MkDocs plugin turns each entry into a generated file; nothing here touches MkDocs or the disk, so the same
output can feed another site generator.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources

from ..i18n.checks import TranslationState
from ..i18n.ui import ENGLISH, Messages
from ..model import Playbook
from ..oscal import catalog_json
from .agreement import minimum_docx, minimum_provisions
from .assessment import assessment_data, assessment_pages, data_script
from .assets import compact_css
from .changelog import changelog_pages
from .contract import contract_pages
from .downloads import download_pages
from .exports import playbook_json, schema_files
from .glossary import glossary_pages
from .pages import iter_pages
from .paths import ASSESSMENT_DATA, ASSET_DIR, MINIMUM_DOCX, OSCAL_CATALOG, PLAYBOOK_JSON, QUESTIONNAIRE
from .portfolio import portfolio_pages
from .printing import print_pages
from .questionnaire import questionnaire_html
from .roles import role_pages
from .scripts import joined_scripts
from .spreadsheets import spreadsheet_files
from .start import start_pages
from .translation import translation_pages


@dataclass(frozen=True)
class SiteOptions:
    """What the generated output needs to know about the site it goes into."""

    site_url: str = ""
    """The published address (``site_url`` in mkdocs.yml); print views encode it in their QR codes."""
    directory_urls: bool = True
    """Whether pages are served as ``page/`` (MkDocs' ``use_directory_urls``); links in generated HTML follow."""
    review_months: Mapping[str, int] | None = None
    """Months between reviews by criticality (the plugin's ``review_months``); the portfolio page's defaults
    otherwise."""
    ui: Messages = ENGLISH
    """The words the project writes, in the edition's language."""
    english: frozenset[str] = frozenset()
    """Items whose translation is missing or stale, shown in English with a note (``mistake/SEL-01``...)."""
    translations: tuple[TranslationState, ...] = ()
    """Where each translated edition stands, for the translation status page (none without editions)."""
    source_links: bool = False
    """Write the links in the pages' HTML relative to each page's source file, as Zensical resolves them (MkDocs
    leaves HTML as it is, so its pages link from their address)."""


def asset_files() -> dict[str, bytes]:
    """The package's own CSS and JavaScript, by site path."""
    folder = resources.files("playbook_builder") / "assets"
    files: dict[str, bytes] = {
        f"{ASSET_DIR}/{entry.name}": compact_css(entry.read_text(encoding="utf-8")).encode("utf-8")
        if entry.name.endswith(".css") else entry.read_bytes()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.is_file() and entry.name.endswith((".css", ".js"))
    }
    for name, text in joined_scripts(folder).items():
        files[f"{ASSET_DIR}/{name}"] = text.encode("utf-8")
    return dict(sorted(files.items()))


def site_files(playbook: Playbook, options: SiteOptions | None = None) -> dict[str, str | bytes]:
    """Every generated page, export and asset of a build, by site source path."""
    return dict(iter_site_files(playbook, options))


def iter_site_files(playbook: Playbook, options: SiteOptions | None = None) -> Iterator[tuple[str, str | bytes]]:
    """Every generated page, export and asset with its site source path, made one at a time (so a large edition's
    build never holds them all in their full form)."""
    options = options or SiteOptions()
    extra = {**assessment_pages(playbook), **print_pages(playbook, options.site_url, options.ui),
             **download_pages(playbook), **role_pages(playbook), **changelog_pages(playbook),
             **portfolio_pages(playbook, options.review_months), **start_pages(playbook), **contract_pages(playbook),
             **glossary_pages(playbook)}
    extra.update(translation_pages(options.translations))
    yield from iter_pages(playbook, extra, options.directory_urls, options.ui, options.english, options.source_links)
    yield PLAYBOOK_JSON, playbook_json(playbook)
    yield OSCAL_CATALOG, catalog_json(playbook)
    yield from schema_files().items()
    yield from spreadsheet_files(playbook, options.ui).items()
    if minimum_provisions(playbook):
        yield MINIMUM_DOCX, minimum_docx(playbook, options.ui)
    if playbook.questions:
        yield ASSESSMENT_DATA, data_script(assessment_data(playbook, options.ui))
        yield QUESTIONNAIRE, questionnaire_html(playbook, ui=options.ui)
    yield from asset_files().items()
