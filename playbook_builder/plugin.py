"""The MkDocs plugin: wires MkDocs events to the library and nothing more.

``on_config`` loads and checks the content before MkDocs cleans the site folder, so bad content stops the build
with every problem listed and an earlier site left as it was. ``on_files`` adds the generated pages and exports
as virtual files (never written into ``docs_dir``, which would loop ``mkdocs serve``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .config import PlaybookConfig
from .loader import load_playbook
from .model import Playbook
from .problems import ContentError
from .site import ASSET_DIR, SiteOptions, site_files

log = get_plugin_logger(__name__)

#: The nav entry that the plugin expands into the ordered list of checklists.
CHECKLISTS_INDEX = "checklists/index.md"


class PlaybookPlugin(BasePlugin[PlaybookConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.playbook: Playbook | None = None
        self.files: dict[str, str | bytes] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config_dir = Path(config.config_file_path or ".").resolve().parent
        root = (config_dir / self.config.checklists).resolve()
        try:
            self.playbook, warnings = load_playbook(root, display_root=config_dir)
        except ContentError as error:
            raise PluginError(error.report() + "\nNothing was built; the site folder was left as it was.") from None
        for warning in warnings:
            log.warning(str(warning))
        config.watch.append(str(root))
        self.files = site_files(self.playbook, SiteOptions(site_url=config.site_url or ""))
        self._add_assets(config)
        if config.nav is not None:
            config.nav = _expand_checklists(config.nav, self.playbook)
        return config

    def _add_assets(self, config: MkDocsConfig) -> None:
        for path in self.files:
            if path.startswith(ASSET_DIR) and path.endswith(".css") and path not in config.extra_css:
                config.extra_css.append(path)
            elif path.startswith(ASSET_DIR) and path.endswith(".js"):
                if path not in [str(script) for script in config.extra_javascript]:
                    config.extra_javascript.append(path)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        for path, content in self.files.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                files.remove(existing)
            files.append(File.generated(config, path, content=content))
        return files


def _expand_checklists(nav: Any, playbook: Playbook) -> Any:
    """Replace the ``checklists/index.md`` entry of the nav with a section listing every checklist in order."""
    pages = [CHECKLISTS_INDEX, *(f"checklists/{c.id}.md" for c in playbook.checklists)]
    if isinstance(nav, list):
        return [_expand_checklists(item, playbook) for item in nav]
    if isinstance(nav, dict):
        return {
            title: pages if value == CHECKLISTS_INDEX else _expand_checklists(value, playbook)
            for title, value in nav.items()
        }
    return pages if nav == CHECKLISTS_INDEX else nav
