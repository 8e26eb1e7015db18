"""What the plugin's ``branding`` options change in Material's settings: the site title, the logo and the palette.
The colours themselves are worked out by :mod:`.render.branding`, which knows nothing of MkDocs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from .config import BrandingConfig
from .render.branding import Branding, brand_theme, site_title, stylesheet


def apply_branding(config: MkDocsConfig, options: BrandingConfig) -> str | None:
    """Set the title, logo and ``custom`` palette colours from the ``branding`` options; returns the stylesheet
    that carries the colours, if any."""
    branding = Branding(options.organisation, options.logo, options.primary_color, options.accent_color)
    config.site_name = site_title(config.site_name, branding.organisation)
    if branding.logo and not (Path(config.docs_dir) / branding.logo).is_file():
        raise PluginError(f"branding.logo: there is no file {branding.logo} in the docs folder "
                          f"({config.docs_dir}); the path is relative to it.")
    brand_theme(config.theme, branding)
    return stylesheet(branding)
