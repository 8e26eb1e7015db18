"""The ``playbook`` plugin's options in ``mkdocs.yml``, validated by MkDocs when the config loads."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class PlaybookConfig(base.Config):
    """Options of the ``playbook`` plugin.

    ``checklists``: the content folder, relative to ``mkdocs.yml`` (default ``checklists``).
    """

    checklists = c.Type(str, default="checklists")
