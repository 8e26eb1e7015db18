"""The ``playbook`` plugin's options in ``mkdocs.yml``, validated by MkDocs when the config loads."""

from __future__ import annotations

import re

from mkdocs.config import base
from mkdocs.config import config_options as c


class _HexColour(c.Type[str]):
    """A colour as ``#rgb`` or ``#rrggbb``, the form the generated stylesheet needs."""

    def __init__(self) -> None:
        super().__init__(str)

    def run_validation(self, value: object) -> str:
        text = super().run_validation(value)
        if not re.fullmatch(r"#(?:[0-9a-fA-F]{3}){1,2}", text):
            raise base.ValidationError(f"'{text}' is not a colour: write it as #rrggbb, e.g. '#0b5394' (in quotes)")
        return text


class BrandingConfig(base.Config):
    """``branding``: the organisation's name, logo and colours."""

    organisation = c.Optional(c.Type(str))
    """Shown in the site title (unless ``site_name`` already names it) and on the home page."""
    logo = c.Optional(c.Type(str))
    """An image in the docs folder (e.g. ``assets/logo.svg``): the header logo and the favicon."""
    primary_color = c.Optional(_HexColour())
    """The header and link colour; the header text turns black or white, whichever reads better."""
    accent_color = c.Optional(_HexColour())
    """The colour of hovered links and buttons."""


class PlaybookConfig(base.Config):
    """Options of the ``playbook`` plugin.

    ``checklists``: the upstream content folder, relative to ``mkdocs.yml`` (default ``checklists``), or
    ``package`` for the content installed with the package. ``overlays``: overlay folders applied over it, in
    order. ``branding``: see :class:`BrandingConfig`.
    """

    checklists = c.Type(str, default="checklists")
    overlays = c.ListOfItems(c.Type(str), default=[])
    branding = c.SubConfig(BrandingConfig)
