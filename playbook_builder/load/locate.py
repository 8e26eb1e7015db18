"""Where the upstream content comes from: a folder beside ``mkdocs.yml``, or the copy installed with the package."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: The ``checklists`` plugin option that means "the upstream content installed with the package".
PACKAGE = "package"


def package_content() -> Path:
    """The upstream checklists installed with the package (``playbook_builder/content`` in a wheel).

    An editable install or a source checkout has no such folder; the repository's ``checklists/`` is the same
    content there.
    """
    installed = Path(str(resources.files("playbook_builder"))) / "content"
    checkout = Path(__file__).resolve().parents[2] / "checklists"
    for folder in (installed, checkout):
        if (folder / "playbook.yml").is_file():
            return folder
    return installed


def content_root(setting: str, base: Path) -> Path:
    """The content folder for the plugin's ``checklists`` option: a folder relative to ``base``, or ``package``."""
    return package_content() if setting == PACKAGE else (base / setting).resolve()
