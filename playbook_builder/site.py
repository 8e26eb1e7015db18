"""Everything a build adds to the site, as a map of site paths to contents.

The MkDocs plugin turns each entry into a generated file; nothing here touches MkDocs or the disk, so the same
output can feed another site generator.
"""

from __future__ import annotations

from importlib import resources

from .assessment import assessment_pages
from .exports import playbook_json, schema_files
from .model import Playbook
from .options import SiteOptions
from .printing import print_pages
from .scripts import joined_scripts
from .render import render_pages
from .spreadsheets import download_pages, spreadsheet_files

#: The stylesheets and scripts the generated pages need, shipped in the package's ``assets`` folder.
ASSET_DIR = "assets/playbook"


def in_nav(path: str) -> bool:
    """Whether a generated page belongs in the navigation: a single print sheet is reached from its checklist
    page and the booklet, so listing twelve of them would only clutter the nav."""
    return not (path.startswith("print/") and path != "print/index.md")


def asset_files() -> dict[str, bytes]:
    """The package's own CSS and JavaScript, by site path."""
    folder = resources.files("playbook_builder") / "assets"
    files: dict[str, bytes] = {
        f"{ASSET_DIR}/{entry.name}": entry.read_bytes()
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.is_file() and entry.name.endswith((".css", ".js"))
    }
    for name, text in joined_scripts(folder).items():
        files[f"{ASSET_DIR}/{name}"] = text.encode("utf-8")
    return dict(sorted(files.items()))


def site_files(playbook: Playbook, options: SiteOptions = SiteOptions()) -> dict[str, str | bytes]:
    """Every generated page, export and asset of a build, by site source path."""
    extra = {**assessment_pages(playbook), **print_pages(playbook, options), **download_pages(playbook)}
    files: dict[str, str | bytes] = dict(render_pages(playbook, extra))
    files["playbook.json"] = playbook_json(playbook)
    files.update(schema_files())
    files.update(spreadsheet_files(playbook))
    files.update(asset_files())
    return files
