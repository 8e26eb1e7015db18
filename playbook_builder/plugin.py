"""The MkDocs plugin: wires MkDocs events to the library and nothing more.

``on_config`` loads and checks the content before MkDocs cleans the site folder, so bad content stops the build
with every problem listed and an earlier site left as it was. ``on_files`` adds the generated pages and exports
as virtual files (never written into ``docs_dir``, which would loop ``mkdocs serve``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .config import PlaybookConfig
from .load import load_playbook
from .load.locate import content_root
from .model import Playbook
from .overlays import overlays_for
from .problems import ContentError
from .render import paths
from .render.branding import Branding, edition_note, site_title, stylesheet, with_note
from .render.site import SiteOptions, site_files

log = get_plugin_logger(__name__)


class PlaybookPlugin(BasePlugin[PlaybookConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.playbook: Playbook | None = None
        self.files: dict[str, str | bytes] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config_dir = Path(config.config_file_path or ".").resolve().parent
        root = content_root(self.config.checklists, config_dir)
        overlays = overlays_for(self.config.overlays, config_dir)
        try:
            self.playbook, warnings = load_playbook(root, mergers=overlays, display_root=config_dir)
        except ContentError as error:
            raise PluginError(error.report() + "\nNothing was built; the site folder was left as it was.") from None
        for warning in warnings:
            log.warning(str(warning))
        config.watch += [str(root), *(str(overlay.folder) for overlay in overlays if overlay.folder.is_dir())]
        self.files = site_files(self.playbook, SiteOptions(site_url=config.site_url or ""))
        self._brand(config)
        self._add_assets(config)
        if config.nav is not None:
            config.nav = _expand_checklists(config.nav, self.playbook)
        return config

    def _brand(self, config: MkDocsConfig) -> None:
        """Apply the ``branding`` options: title, logo and Material's ``custom`` palette colours."""
        options = self.config.branding
        branding = Branding(options.organisation, options.logo, options.primary_color, options.accent_color)
        config.site_name = site_title(config.site_name, branding.organisation)
        if branding.logo:
            if not (Path(config.docs_dir) / branding.logo).is_file():
                raise PluginError(f"branding.logo: there is no file {branding.logo} in the docs folder "
                                  f"({config.docs_dir}); the path is relative to it.")
            config.theme["logo"] = config.theme["favicon"] = branding.logo
        palettes = config.theme.get("palette")
        for palette in [palettes] if isinstance(palettes, dict) else palettes or []:
            if branding.primary_color:
                palette["primary"] = "custom"
            if branding.accent_color:
                palette["accent"] = "custom"
        css = stylesheet(branding)
        if css is not None:
            self.files[f"{paths.ASSET_DIR}/branding.css"] = css

    def on_page_markdown(self, markdown: str, page: Any, config: MkDocsConfig, files: Files) -> str:
        """Name the organisation under the home page's title."""
        organisation = self.config.branding.organisation
        if organisation and self.playbook is not None and page.is_homepage:
            return with_note(markdown, edition_note(self.playbook, organisation))
        return markdown

    def _add_assets(self, config: MkDocsConfig) -> None:
        for path in self.files:
            if path.startswith(paths.ASSET_DIR) and path.endswith(".css") and path not in config.extra_css:
                config.extra_css.append(path)
            elif path.startswith(paths.ASSET_DIR) and path.endswith(".js") and \
                    path not in [str(script) for script in config.extra_javascript]:
                script = ExtraScriptValue(path)
                script.defer = True  # run after parsing, never delaying the first paint
                config.extra_javascript.append(script)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for path, content in self.files.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            inclusion = InclusionLevel.UNDEFINED if paths.in_nav(path) else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, path, content=content, inclusion=inclusion))
        return files


def _expand_checklists(nav: Any, playbook: Playbook) -> Any:
    """Replace the ``checklists/index.md`` entry of the nav with a section listing every checklist in order."""
    pages = [paths.CHECKLISTS_INDEX, *(paths.checklist(c.id) for c in playbook.checklists)]
    if isinstance(nav, list):
        return [_expand_checklists(item, playbook) for item in nav]
    if isinstance(nav, dict):
        return {
            title: pages if value == paths.CHECKLISTS_INDEX else _expand_checklists(value, playbook)
            for title, value in nav.items()
        }
    return pages if nav == paths.CHECKLISTS_INDEX else nav
