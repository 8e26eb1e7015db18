"""The MkDocs plugin: wires MkDocs events to the library and nothing more.

``on_config`` loads and checks the content before MkDocs cleans the site folder, so bad content stops the build
with every problem listed and an earlier site left as it was. ``on_files`` adds the generated pages and exports
as virtual files (never written into ``docs_dir``, which would loop ``mkdocs serve``).

While serving, broken content never stops the preview: it keeps the last good content (or stand-in pages) and
every page shows a banner listing the problems, until a rebuild finds the content fixed.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from .config import PlaybookConfig
from .editions import build_edition, edition_files, english_files, link_alternates, set_alternates
from .generated import PackedPage, Stored, add_assets, add_generated, store
from .i18n.checks import TranslationState, translated_edition, translation_state
from .i18n.edition import Editions, shown_in_english, translated_nav
from .i18n.ui import ENGLISH, SOURCE_LANGUAGE, Messages, messages_for
from .load import load_playbook
from .load.locate import content_root
from .model import Playbook, scoped
from .notices import NO_SITE_URL, first_time
from .overlays import Overlay, overlays_for
from .problems import ContentError, Problem
from .render import paths
from .render.branding import edition_note, with_note
from .render.env import put_back
from .render.nav import expand_checklists
from .render.preview import problems_banner, stand_in_pages
from .render.site import SiteOptions, iter_site_files
from .theme import SEARCH_WORKER, apply_branding, edition_names, search_worker, with_search_worker

log = get_plugin_logger(__name__)
#: Content problems while serving: outside MkDocs' loggers, so a ``strict`` setting cannot abort the rebuild over them.
preview_log = logging.getLogger("playbook_builder.preview")


class PlaybookPlugin(BasePlugin[PlaybookConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.playbook: Playbook | None = None
        self.files: dict[str, Stored] = {}
        self.fragments: dict[str, bytes] = {}
        """Each generated page's packed fragments, until MkDocs writes the page."""
        self.writing: tuple[str, tuple[str, ...]] | None = None
        """The page being written: its HTML as Markdown made it, with fragment markers, and its fragments."""
        self.spill: Path | None = None
        """A build's temporary folder for large exports, which MkDocs copies rather than holds in memory."""
        self.serving = False
        self.problems: list[Problem] = []
        """The content's problems while serving; every page shows them until a rebuild finds them fixed."""
        self.roots: list[Path] = []
        """The content folder and the overlay folders: where the catalogues of translations are."""
        self.ui: Messages = ENGLISH
        self.editions: Editions | None = None
        """Every language the site is built in, when there is more than English."""
        self.english: Playbook | None = None
        """For a translated edition: the English playbook the English build loaded, if any."""
        self.english_pages: set[str] = set()
        """In a translated edition: the hand-written pages with no translation yet, shown in English."""
        self.states: tuple[TranslationState, ...] = ()
        """Where each translated edition stands against the English content."""

    @property
    def language(self) -> str:
        return self.config.edition or SOURCE_LANGUAGE

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Tell ``serve`` from ``build``. (Having this hook also keeps the plugin, and so the last good content,
        across the rebuilds of ``mkdocs serve``, and across every build in one process: so a new command starts
        from nothing.)"""
        self.serving = command == "serve"
        self.playbook, self.files, self.problems = None, {}, []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config_dir = Path(config.config_file_path or ".").resolve().parent
        root = content_root(self.config.checklists, config_dir)
        overlays = overlays_for(self.config.overlays, config_dir)
        config.watch += [str(root), *(str(overlay.folder) for overlay in overlays if overlay.folder.is_dir())]
        self.roots = [root, *(overlay.folder for overlay in overlays)]
        self._languages()
        css = apply_branding(config, self.config.branding)  # before anything is made: a wrong logo stops the build
        playbook = self.english if self.config.edition else self._load(root, overlays, config_dir)
        if playbook is not None:
            playbook.forget_sources()  # checked: the pages need the content, not its YAML lines
            self.playbook = playbook if self.config.edition else self._edition(playbook)
            if not self.config.edition and self.editions is not None:
                self.states = tuple(translation_state(self.playbook, self.roots, language, name) for language, name
                                    in zip(self.editions.languages[1:], self.editions.names[1:], strict=True))
            self.on_build_error(None)  # a temporary folder of an earlier build that stopped before on_post_build
            site, options = self._translated(self.playbook, config)
            if self.config.edition:
                edition_names(config, self.playbook, site, self.ui)
            self.files, self.spill = store(iter_site_files(site, options),
                                           spill=not self.serving)  # serving keeps the last good content in memory
        elif self.playbook is None:
            self.files = dict(stand_in_pages(self.ui))
        if not config.site_url and first_time(NO_SITE_URL):
            log.info(NO_SITE_URL)
        if css is not None:
            self.files[f"{paths.ASSET_DIR}/branding.css"] = css
        self.files[SEARCH_WORKER] = search_worker()
        add_assets(config, self.files)
        if config.nav is not None and self.playbook is not None:
            config.nav = expand_checklists(config.nav, self.playbook, self.ui)
            if self.config.edition:
                config.nav = translated_nav(config.nav, self.ui)
        return config

    def _languages(self) -> None:
        """The editions: English and the ``languages`` option (a translated edition knows them from the English
        build), and the words the project writes in this one's language."""
        self.ui = messages_for(self.language, self.roots)
        if not self.config.edition:  # MkDocs keeps one plugin object per process: nothing of a last build stays
            self.editions, self.states, self.english_pages = None, (), set()
        if self.config.languages and not self.config.edition:
            self.editions = Editions.of([messages_for(language, self.roots) for language in self.config.languages])

    def _translated(self, playbook: Playbook, config: MkDocsConfig) -> tuple[Playbook, SiteOptions]:
        """The playbook in this build's language and the options of its pages."""
        english: set[str] = set()
        if self.config.edition:
            edition = translated_edition(playbook, self.roots, self.language)
            for problem in edition.problems:
                log.warning(str(problem))
            playbook, english = edition.playbook, edition.english
            if english:
                log.info(f"{self.language}: {len(english)} items are shown in English, their translation missing or "
                         f"stale in {edition.catalogue}; `playbook check` lists them.")
        options = SiteOptions(site_url=config.site_url or "", directory_urls=config.use_directory_urls,
                              review_months=self.config.review_months, ui=self.ui, english=frozenset(english),
                              translations=self.states)
        return playbook, options

    def _load(self, root: Path, overlays: list[Overlay], config_dir: Path) -> Playbook | None:
        """The checked content; while serving, ``None`` when it is broken (a build stops instead)."""
        try:
            loaded: tuple[Playbook, list[Problem]] = load_playbook(root, mergers=overlays, display_root=config_dir)
        except ContentError as error:
            if not self.serving:
                raise PluginError(error.report() + "\nNothing was built; the site folder was left as it was.") from None
            self.problems = error.problems
            kept = "keeps the last good content and " if self.playbook is not None else ""
            preview_log.error(f"{error.report()}\nThe preview {kept}lists these problems on every page until they "
                              f"are fixed.")
            return None
        self.problems = []
        for warning in loaded[1]:
            log.warning(str(warning))
        return loaded[0]

    def _edition(self, playbook: Playbook) -> Playbook:
        """The playbook with the answers that the ``scope`` option fixes for every reader."""
        try:
            return scoped(playbook, self.config.scope)
        except ValueError as error:
            raise PluginError(f"{error}\nFix the playbook plugin's scope option in mkdocs.yml; nothing was "
                              f"built.") from None

    def on_page_markdown(self, markdown: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        """Name the organisation under the home page's title."""
        organisation = self.config.branding.organisation
        if organisation and self.playbook is not None and page.is_homepage:
            return with_note(markdown, edition_note(self.playbook, organisation))
        return markdown

    def on_page_content(self, html: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        """Note a page shown in English; while serving broken content, put the list of problems at the top of every
        page."""
        if page.file.src_uri in self.english_pages:
            html = shown_in_english(html, self.ui("This page is not translated yet; it is shown in English."))
        if not self.problems:
            return html
        return problems_banner(self.problems, stale=self.playbook is not None, ui=self.ui) + html

    @event_priority(50)  # before the search plugin reads the page
    def on_page_context(self, context: Any, page: Any, config: MkDocsConfig, nav: Any) -> Any:
        """Put a generated page's HTML fragments in place, only now that MkDocs writes the page: it makes the HTML
        of every page before it writes any. Fragments that search should not index wait for ``on_post_page``. Also
        Material's language menu and ``hreflang`` links."""
        packed = self.fragments.pop(page.file.src_uri, None)  # a page is written once per build
        if packed:
            self.writing = (page.content, PackedPage.fragments(packed))
            page.content = put_back(page.content, self.writing[1], searched_only=True)
        if self.editions is not None:
            set_alternates(config, self.editions)
        return context

    @event_priority(100)  # before any plugin that rewrites the page (a minifier would drop the markers)
    def on_post_page(self, output: str, page: Any, config: MkDocsConfig) -> str:
        """Put in the fragments search does not read, let go of the page's HTML, name our search worker."""
        if self.writing is not None:
            output = put_back(output, self.writing[1])
            page.content, self.writing = self.writing[0], None
        output = with_search_worker(output)
        if self.editions is None:
            return output
        return link_alternates(output, page.url, self.editions, self.language)

    def on_post_template(self, output_content: str, template_name: str, config: MkDocsConfig) -> str:
        """The "page not found" page searches with our worker too."""
        return with_search_worker(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Build each translated edition into its folder of the site, once the English one is complete."""
        self.on_build_error(None)
        if self.config.edition or not self.config.languages:
            return
        for language in self.config.languages:
            build_edition(config, language, self._hand_over)

    def on_build_error(self, error: Exception | None) -> None:
        """Remove the temporary copies of large exports (MkDocs has copied them into the site, or failed)."""
        if self.spill is not None:
            shutil.rmtree(self.spill, ignore_errors=True)
            self.spill = None

    def _hand_over(self, edition: PlaybookPlugin) -> None:
        """What a translated edition's build takes from the English one: the checked content, the editions, and
        whether this is a preview."""
        edition.english, edition.editions, edition.serving = self.playbook, self.editions, self.serving
        edition.states = self.states
        edition.problems = self.problems

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if self.config.edition:
            files, self.english_pages = edition_files(files, config, self.language)
        elif self.config.languages:
            files = english_files(files, self.config.languages)
        self.fragments = add_generated(files, config, self.files)
        if not self.serving:  # MkDocs' files hold what the build needs; the finished pages would only take memory
            self.files = {}
        return files

