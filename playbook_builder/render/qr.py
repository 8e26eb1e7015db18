"""QR codes as inline SVG, made at build time so a printed checklist leads back to its online page.

Inline SVG needs no script, no image file and no request; its modules are drawn as black strokes, which print
with the browser's default settings (background graphics off), unlike a background colour.
"""

from __future__ import annotations

import functools

import segno
from markupsafe import escape

#: Error correction M survives a crease or a pen mark across the code and keeps the code small (version 4 or 5
#: for a 60-character address).
ERROR_LEVEL = "m"
#: Quiet zone in modules; the sheet's white margin around the figure adds to it.
BORDER = 2


@functools.lru_cache(maxsize=256)  # the same addresses come back at every `mkdocs serve` rebuild
def qr_svg(url: str, label: str) -> str:
    """An ``<svg>`` element, on one line, that encodes ``url``; ``label`` is its accessible name.

    The SVG has no width or height, so the stylesheet sizes it (in millimetres on paper).
    """
    code = segno.make(url, error=ERROR_LEVEL, micro=False)
    svg = code.svg_inline(scale=1, border=BORDER, dark="#000", svgclass="pb-qr__code", omitsize=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
