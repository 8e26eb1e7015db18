"""Build options that the output needs from the site configuration, free of MkDocs types."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SiteOptions:
    """What the generated output needs to know about the site it goes into."""

    site_url: str = ""
    """The published address (``site_url`` in mkdocs.yml); print views encode it in their QR codes."""
